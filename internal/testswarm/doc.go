// Package testswarm brings up, inside one test process, what a umnode node
// runs against: a chain (an in-process devchain, or an external one such as
// `geth --dev` reached over JSON-RPC), the Token, Ledger and Disputes
// contracts deployed on it, a run created with the test's windows and
// stakes, funded and staked dev accounts, and real nodes started on
// loopback with t.TempDir() data dirs and t.Cleanup teardown.
//
// It is test support only, shared by the Go tests of node, verify and
// cmd/umnode so that each test states its setting (timings, accounts,
// roles) in an Options value and keeps only its assertions:
//
//	s := testswarm.New(t, testswarm.Options{
//		Run:      testswarm.TinyRun("my-test"),
//		Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Holder(200_000_000)},
//	})
//	w := s.Start(t, s.Key(1), node.RoleWorker)
//	s.Events.Wait(t, "a commit", 20*time.Second, func(e node.Event) bool { return e.Kind == node.EventUpdateCommitted })
//
// Dev key 0 deploys and holds the token supply; Options.Accounts are dev
// keys 1, 2, ... in order.
//
// Tests outside Go (a browser test, a Python test) cannot import this
// package; they start the same kind of swarm from the binary with
// `umnode devnet`, as README.md beside this file describes.
package testswarm
