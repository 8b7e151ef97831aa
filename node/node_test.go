package node_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/dataset"
)

func TestNode_WorkerCommitsAndFinalizes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two nodes (about 15s)")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Worker()}})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	// 100 ms blocks, and 10 more chain seconds every half second: a 60 s
	// challenge window passes in a few seconds of wall time.
	s.FastForward(ctx, 10*time.Second, 500*time.Millisecond)

	ev := s.Events
	n1 := s.Start(t, s.Key(1), node.RoleWorker)
	n2 := s.StartNode(t, s.Key(2), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Bootstrap: testswarm.Addrs(n1)})

	committed := func(evs []node.Event) map[common.Address]int {
		seen := map[protocol.Hash]bool{}
		by := map[common.Address]int{}
		for _, e := range evs {
			if e.Kind == node.EventUpdateCommitted && !seen[e.Update] {
				seen[e.Update] = true
				by[e.Actor]++
			}
		}
		return by
	}
	finalized := func(evs []node.Event) map[common.Address]int {
		seen := map[protocol.Hash]bool{}
		by := map[common.Address]int{}
		for _, e := range evs {
			if e.Kind == node.EventUpdateFinalized && !seen[e.Update] {
				seen[e.Update] = true
				by[e.Actor]++
			}
		}
		return by
	}

	claimed := func(evs []node.Event) bool {
		for _, e := range evs {
			if e.Kind == node.EventClaim && e.Amount != nil && e.Amount.Sign() > 0 {
				return true
			}
		}
		return false
	}
	deadline := time.Now().Add(45 * time.Second)
	for {
		evs := ev.Snapshot()
		c, f := committed(evs), finalized(evs)
		done := c[n1.Address()] >= 2 && c[n2.Address()] >= 2 && f[n1.Address()] >= 1 && f[n2.Address()] >= 1 &&
			n2.BytesReceivedFrom(n1.PeerID()) > 0 && claimed(evs)
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 45s: committed %v, finalized %v, n2 got %d bytes from n1, rewards claimed %t; stats n1 %+v n2 %+v",
				c, f, n2.BytesReceivedFrom(n1.PeerID()), claimed(evs), n1.Stats(), n2.Stats())
		}
		time.Sleep(200 * time.Millisecond)
	}

	evs := ev.Snapshot()
	// No double commit: every committed update has its own parent (the
	// chain allows one child per head; a worker never sends two).
	parents := map[protocol.Hash]protocol.Hash{}
	for _, e := range evs {
		if e.Kind != node.EventUpdateCommitted {
			continue
		}
		if other, ok := parents[e.Parent]; ok && other != e.Update {
			t.Fatalf("two updates on parent %s: %s and %s", e.Parent.Short(), other.Short(), e.Update.Short())
		}
		parents[e.Parent] = e.Update
	}
	c := committed(evs)
	if got, want := n1.Stats().Committed+n2.Stats().Committed, int64(c[n1.Address()]+c[n2.Address()]); got > want {
		t.Fatalf("nodes count %d commits, the chain has %d", got, want)
	}
	if got := s.HeadHeight(t); got < 4 {
		t.Fatalf("head height %d, want at least 4", got)
	}
	// Eval accuracy is reported and training works: the latest eval beats
	// the first one.
	var first, last *node.Event
	for i := range evs {
		if evs[i].Kind == node.EventEval {
			if first == nil {
				first = &evs[i]
			}
			last = &evs[i]
		}
	}
	if first == nil || last.Step <= first.Step || last.Loss >= first.Loss {
		t.Fatalf("eval events: first %+v, last %+v; want the loss to fall as steps grow", first, last)
	}
	t.Logf("committed %v, finalized %v, stats n1 %+v n2 %+v, head height %d", c, finalized(evs), n1.Stats(), n2.Stats(), s.HeadHeight(t))
}

// honestChild is the update an honest worker commits on s's genesis.
func honestChild(t *testing.T, s *testswarm.Swarm, worker common.Address) protocol.Hash {
	t.Helper()
	next, trace, err := s.Trainer.Run(t.Context(), s.Trainer.Init(), int(s.Trainer.Manifest().StepsPerUpdate))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Trainer.Encode(next)
	if err != nil {
		t.Fatal(err)
	}
	c, h, err := store.ComputeCID(t.Context(), bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	root, err := trace.Root()
	if err != nil {
		t.Fatal(err)
	}
	return protocol.Update{RunID: s.Deployment.RunID, Parent: s.Genesis, StateHash: h, TraceRoot: root, CID: c.Bytes(), Worker: worker}.ID()
}

// commits returns the distinct committed updates in order, failing on two
// updates with one parent.
func commits(t *testing.T, evs []node.Event) []node.Event {
	t.Helper()
	var out []node.Event
	seen := map[protocol.Hash]bool{}
	parents := map[protocol.Hash]protocol.Hash{}
	for _, e := range evs {
		if e.Kind != node.EventUpdateCommitted || seen[e.Update] {
			continue
		}
		seen[e.Update] = true
		if other, ok := parents[e.Parent]; ok {
			t.Fatalf("two updates on parent %s: %s and %s", e.Parent.Short(), other.Short(), e.Update.Short())
		}
		parents[e.Parent] = e.Update
		out = append(out, e)
	}
	return out
}

func appendJournal(t *testing.T, dir string, line string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, node.JournalFile), os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(line + "\n"); err != nil {
		t.Fatal(err)
	}
}

func TestNode_RestartNeverCommitsTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and restarts a node (about 10s)")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker()}})
	key, dir := s.Key(1), t.TempDir()
	me := s.Address(1)
	ev := s.Events
	start := func() *node.Node {
		return s.StartNode(t, key, testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Dir: dir})
	}
	stop := func(n *node.Node) {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		defer cancel()
		if err := n.Stop(ctx); err != nil {
			t.Fatalf("Stop: %v", err)
		}
	}

	n := start()
	testswarm.WaitFor(t, "two commits", 20*time.Second, func() bool { return len(commits(t, ev.Snapshot())) >= 2 })
	stop(n)
	cs := commits(t, ev.Snapshot())
	if got, want := cs[0].Update, honestChild(t, s, me); cs[0].Parent != s.Genesis || got != want {
		t.Fatalf("first update %s on %s, want the honest update %s on the genesis %s", got.Short(), cs[0].Parent.Short(), want.Short(), s.Genesis.Short())
	}
	head := cs[len(cs)-1].Update

	// A journal saying we committed on the head (a crash after sending)
	// keeps the restarted worker off it: with no other worker the head
	// stays where it is.
	fake := protocol.Keccak256([]byte("fake update"))
	appendJournal(t, dir, fmt.Sprintf(`{"parent":%q,"update":%q,"state":"committed"}`, head.Hex(), fake.Hex()))
	n = start()
	time.Sleep(3 * time.Second)
	if got := n.Stats().Committed; got != 0 {
		t.Fatalf("worker committed %d updates on a parent its journal says it committed on", got)
	}
	// The restarted node replayed the run's history, marked as past.
	past := 0
	for _, e := range ev.Snapshot() {
		if e.Kind == node.EventUpdateCommitted && e.Past {
			past++
		}
	}
	if past < len(cs) {
		t.Fatalf("%d past commit events after restart, want the %d earlier commits", past, len(cs))
	}
	stop(n)

	// An unresolved intent whose transaction never went out (no pending
	// nonce, update unknown on chain) is resolved as lost at restart: the
	// parent is free again and the worker carries on.
	appendJournal(t, dir, fmt.Sprintf(`{"parent":%q,"update":%q,"state":"intent"}`, head.Hex(), fake.Hex()))
	n = start()
	testswarm.WaitFor(t, "commits after restart", 20*time.Second, func() bool { return n.Stats().Committed >= 2 })
	stop(n)
	all := commits(t, ev.Snapshot()) // fails on two commits on one parent
	found := false
	for _, e := range all {
		if e.Parent == head {
			found = true
		}
	}
	if !found {
		t.Fatalf("no commit on the old head %s after the intent was resolved", head.Short())
	}

	// Same for a commit journaled as sent whose transaction the chain has
	// never seen (dropped from the pool).
	head = all[len(all)-1].Update
	appendJournal(t, dir, fmt.Sprintf(`{"parent":%q,"update":%q,"tx":%q,"state":"sent"}`, head.Hex(), fake.Hex(), protocol.Keccak256([]byte("tx")).Hex()))
	n = start()
	testswarm.WaitFor(t, "a commit on the head after a dropped transaction", 20*time.Second, func() bool {
		for _, e := range commits(t, ev.Snapshot()) {
			if e.Parent == head {
				return true
			}
		}
		return false
	})
	stop(n)
}

func TestNode_FaultyWorkerDiverges(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and a node (about 5s)")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker()}})
	ev := s.Events
	s.Start(t, s.Key(1), node.RoleWorker, node.WithFaulty(1))
	testswarm.WaitFor(t, "a commit", 20*time.Second, func() bool { return len(commits(t, ev.Snapshot())) >= 1 })
	first := commits(t, ev.Snapshot())[0]
	if first.Parent != s.Genesis {
		t.Fatalf("first update's parent %s, want the genesis %s", first.Parent.Short(), s.Genesis.Short())
	}
	if honest := honestChild(t, s, s.Address(1)); first.Update == honest {
		t.Fatalf("faulty worker committed the honest update %s", honest.Short())
	}
}

func TestNew_RejectsBadSetup(t *testing.T) {
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	if _, err := node.New(&cfg); err == nil || !strings.Contains(err.Error(), "deployment") {
		t.Fatalf("New without a deployment: %v, want an error naming the deployment", err)
	}
	d := testDeployment(t)
	if _, err := node.New(&cfg, node.WithDeployment(d), node.WithFaulty(2)); err == nil {
		t.Fatal("New with fault rate 2: no error")
	}
	if _, err := node.New(&cfg, node.WithDeployment(d), node.WithDatasets(dataset.Synthetic(8, 8, 3, 1), nil)); err == nil {
		t.Fatal("New with only a training set: no error")
	}
	// A dataset that is not the manifest's fails at Start, before any
	// network connection, naming the mismatch.
	n, err := node.New(&cfg, node.WithDeployment(d), node.WithDatasets(dataset.Synthetic(64, 8, 3, 9), dataset.Synthetic(16, 8, 3, 2)))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	err = n.Start(t.Context())
	if err == nil || !strings.Contains(err.Error(), "dataset") {
		t.Fatalf("Start with the wrong data: %v, want a dataset mismatch", err)
	}
	if err := n.Stop(t.Context()); err != nil {
		t.Fatalf("Stop after a failed Start: %v", err)
	}
}

func TestNode_WorkerUnpinsOldFinalCheckpoints(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and a node (about 5s)")
	}
	// Restored by a cleanup registered before the node's, so after it stops.
	t.Cleanup(node.SetRetention(2, 3))
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker()}})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.FastForward(ctx, 20*time.Second, 300*time.Millisecond)
	ev := s.Events
	n := s.Start(t, s.Key(1), node.RoleWorker)
	finals := func() int {
		c := 0
		for _, e := range ev.Snapshot() {
			if e.Kind == node.EventUpdateFinalized {
				c++
			}
		}
		return c
	}
	testswarm.WaitFor(t, "8 commits and 4 finalized", 30*time.Second, func() bool {
		return n.Stats().Committed >= 8 && finals() >= 4
	})
	cancel()
	pins, err := n.Store().Pins(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for _, reasons := range pins {
		for _, r := range reasons {
			if strings.HasPrefix(r, "update:") || strings.HasPrefix(r, "parent:") {
				held++
			}
		}
	}
	if committed := int(n.Stats().Committed); held >= committed {
		t.Fatalf("%d checkpoints still pinned after %d commits with retention 2: nothing was released", held, committed)
	}
	last := commits(t, ev.Snapshot())
	want := "update:" + last[len(last)-1].Update.Hex()
	found := false
	for _, reasons := range pins {
		for _, r := range reasons {
			found = found || r == want
		}
	}
	if !found && n.Stats().Committed == int64(len(last)) {
		t.Fatalf("the newest update's checkpoint (%s) is not pinned; pins %v", want, pins)
	}
}

func TestNode_StartRefusesUnstakedWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain (about 1s)")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker()}})
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Roles = []node.Role{node.RoleWorker}
	cfg.RPCURL = s.URL
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	n, err := node.New(&cfg, node.WithKey(devchain.DevKey(7)), node.WithDeployment(s.Deployment), node.WithDatasets(s.Run.Train, s.Run.Test))
	if err != nil {
		t.Fatal(err)
	}
	err = n.Start(t.Context())
	if err == nil || !strings.Contains(err.Error(), "stake first") {
		t.Fatalf("Start of an unstaked worker: %v, want an error telling to stake", err)
	}
	_ = n.Stop(t.Context())

	// The same key without the worker role starts: it only follows the run.
	cfg.Roles = []node.Role{node.RoleValidator}
	n, err = node.New(&cfg, node.WithKey(devchain.DevKey(7)), node.WithDeployment(s.Deployment), node.WithDatasets(s.Run.Train, s.Run.Test))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(t.Context()); err != nil {
		t.Fatalf("Start without the worker role: %v", err)
	}
	if err := n.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
}

// TestNode_MNISTWorkerCommits runs the default run (MLP 784-128-10 on real
// MNIST, k = 64) with the node loading MNIST itself.
func TestNode_MNISTWorkerCommits(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST and trains the default model (about 10s)")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.MNISTRun(t, 0), Accounts: []testswarm.Account{testswarm.Worker()}})
	ev := &testswarm.Events{}
	s.StartNode(t, s.Key(1), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Events: ev, LoadData: true})
	var evals []node.Event
	testswarm.WaitFor(t, "two MNIST updates", 60*time.Second, func() bool {
		evals = evals[:0]
		for _, e := range ev.Snapshot() {
			if e.Kind == node.EventEval {
				evals = append(evals, e)
			}
		}
		return len(evals) >= 2
	})
	if len(evals) < 2 || evals[0].Step != 64 || evals[1].Accuracy <= 0.2 {
		t.Fatalf("eval events %+v: want step 64 first and accuracy above chance after 128 steps", evals)
	}
	t.Logf("MNIST accuracy after %d steps: %.2f%%", evals[1].Step, 100*evals[1].Accuracy)
}
