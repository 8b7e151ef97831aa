package main_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// challengeSwarm is a dev chain (100 ms blocks, HTTP JSON-RPC) with a run
// of the default MNIST model (k = 16), an honest worker (dev key 1), a
// worker corrupting every update (key 2), two validators (keys 4, 5; 200M
// tokens each, quorum 30% of the 1B supply) as in-process nodes, and a
// challenger account (key 3) holding 100 tokens with no node: the
// 'umnode challenge' command is its node. No proofer runs, so only the
// command challenges.
type challengeSwarm struct {
	acctChain
	trainSet, testSet *dataset.Dataset
	boot              []string
	mu                sync.Mutex
	events            []node.Event
}

func (s *challengeSwarm) add(e node.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, e)
}

// find returns the first event that matches, if any.
func (s *challengeSwarm) find(match func(node.Event) bool) (node.Event, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.events {
		if match(e) {
			return e, true
		}
	}
	return node.Event{}, false
}

func newChallengeSwarm(t *testing.T) *challengeSwarm {
	t.Helper()
	dir, err := dataset.MNISTDir(t.Context())
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	trainSet, testSet, err := dataset.LoadMNIST(dir)
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	m := train.DefaultManifest(trainSet, testSet)
	m.StepsPerUpdate = 16

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 6})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	start, err := ch.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := bindings.DeployAll(ctx, ch.Client(), bind.NewKeyedTransactor(ch.Key(0), big.NewInt(devchain.ChainID)), bindings.DefaultDeployConfig(ch.Address(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	s := &challengeSwarm{acctChain: acctChain{ch: ch, led: bindings.NewLedger(), tok: bindings.NewToken()}, trainSet: trainSet, testSet: testSet}
	s.admin = s.dial(t, 0)
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runID, err := m.ID()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(m, trainSet, testSet)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := tr.Encode(tr.Init())
	if err != nil {
		t.Fatal(err)
	}
	gcid, ghash, err := store.ComputeCID(ctx, bytes.NewReader(gen))
	if err != nil {
		t.Fatal(err)
	}
	// A challenge window of an hour of chain time: the simulated chain's
	// blocks are a chain second apart, so with 100 ms blocks the chain clock
	// runs 10x (6 minutes of wall time for the window), and it is fast
	// forwarded further only once the command's dispute is open: the
	// command has minutes to join, fetch, replay and reveal on two busy
	// cores, under -race too.
	s.must(t, s.admin, d.TokenAddr, s.tok.PackApprove(d.LedgerAddr, units(t, "1000")))
	s.must(t, s.admin, d.LedgerAddr, s.led.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake: units(t, "100"), ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 120,
		QuorumBps: 3000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: units(t, "10"), RewardPerUpdate: units(t, "1"), Funding: units(t, "1000"),
	}))
	for i := 1; i <= 2; i++ {
		s.must(t, s.admin, d.TokenAddr, s.tok.PackTransfer(ch.Address(i), units(t, "500")))
		wc := s.dial(t, i)
		s.must(t, wc, d.TokenAddr, s.tok.PackApprove(d.LedgerAddr, units(t, "200")))
		s.must(t, wc, d.LedgerAddr, s.led.PackRegister(1000, units(t, "200")))
	}
	s.must(t, s.admin, d.TokenAddr, s.tok.PackTransfer(ch.Address(3), units(t, "100")))
	s.must(t, s.admin, d.TokenAddr, s.tok.PackTransfer(ch.Address(4), units(t, "200000000")))
	s.must(t, s.admin, d.TokenAddr, s.tok.PackTransfer(ch.Address(5), units(t, "200000000")))
	s.genesis = protocol.GenesisUpdate(runID, ghash, gcid.Bytes()).ID()
	s.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	s.depPath = filepath.Join(t.TempDir(), "deployment.json")
	if err := s.dep.WriteFile(s.depPath); err != nil {
		t.Fatal(err)
	}
	return s
}

// startNode starts an in-process node of the swarm with role r.
func (s *challengeSwarm) startNode(t *testing.T, key *ecdsa.PrivateKey, r node.Role, extra ...node.Option) *node.Node {
	t.Helper()
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Roles = []node.Role{r}
	cfg.RPCURL = s.ch.URL()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = s.boot
	cfg.PollInterval = 200 * time.Millisecond
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn})).With("role", r)
	opts := append([]node.Option{node.WithKey(key), node.WithDeployment(s.dep), node.WithLogger(logger), node.WithEventSink(s.add),
		node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }),
		node.WithClaimTiming(5*time.Second, 150*time.Millisecond),
		node.WithFetchTimeout(20 * time.Second), node.WithDatasets(s.trainSet, s.testSet)}, extra...)
	n, err := node.New(&cfg, opts...)
	if err != nil {
		t.Fatalf("node.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = n.Stop(ctx)
	})
	if s.boot == nil {
		for _, a := range n.Addrs() {
			s.boot = append(s.boot, a.String())
		}
	}
	return n
}

// challenge runs 'umnode challenge' as dev key 3 with its own data dir.
func (s *challengeSwarm) challenge(t *testing.T, id string, extra ...string) (string, error) {
	t.Helper()
	env := map[string]string{"UMNODE_ETH_KEY": devchain.DevKeyHex(3), "UMNODE_LOG_LEVEL": "warn"}
	args := append([]string{"challenge", id, "--deployment", s.depPath, "--rpc-url", s.ch.URL(),
		"--data-dir", t.TempDir(), "--listen", "/ip4/127.0.0.1/tcp/0", "--bootstrap", strings.Join(s.boot, ","),
		"--poll-interval", "200ms"}, extra...)
	out, _, err := run(t, env, args...)
	return out, err
}

func (s *challengeSwarm) waitEvent(t *testing.T, what string, timeout time.Duration, match func(node.Event) bool) node.Event {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if e, ok := s.find(match); ok {
			return e
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %v", what, timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestChallenge_RefusesRightAndSlashesWrong runs 'umnode challenge' on an
// honest worker's update (refused: nothing sent, the bond untouched) and on
// a faulty worker's update (challenged, bisected to one step, voted wrong
// by the validator nodes, resolved: the worker is slashed and the
// challenger paid).
func TestChallenge_RefusesRightAndSlashesWrong(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST, starts a chain, four nodes and the command's node (about 40s)")
	}
	s := newChallengeSwarm(t)
	v1 := s.startNode(t, s.ch.Key(4), node.RoleValidator)
	v2 := s.startNode(t, s.ch.Key(5), node.RoleValidator)
	honest := s.startNode(t, s.ch.Key(1), node.RoleWorker)
	bad := s.startNode(t, s.ch.Key(2), node.RoleWorker, node.WithFaulty(1))
	committedBy := func(w common.Address) func(node.Event) bool {
		return func(e node.Event) bool {
			return e.Kind == node.EventUpdateCommitted && e.Actor == w && e.Node == v1.Address()
		}
	}
	good := s.waitEvent(t, "honest commit", 60*time.Second, committedBy(honest.Address()))
	wrong := s.waitEvent(t, "faulty commit", 60*time.Second, committedBy(bad.Address()))
	bond0 := s.balance(t, 3)

	// The honest update, by its short ID: refused, nothing sent.
	out, err := s.challenge(t, good.Update.Short(), "--bond-check")
	if err == nil || !strings.Contains(err.Error(), "refused") || !strings.Contains(err.Error(), "would lose its bond") {
		t.Fatalf("challenge of an honest update: got %v, want a refusal\n%s", err, out)
	}
	wantOutput(t, out, "bond check: ", "checking update "+good.Update.Hex(), "claim matches the replay")
	wantBig(t, "challenger balance after a refusal", s.balance(t, 3), bond0)

	// The faulty update: fast-forward the chain clock (10 s every half
	// second) once a validator voted, so the vote's 120 s pass quickly.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if _, ok := s.find(func(e node.Event) bool { return e.Kind == node.EventVote }); ok {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		tk := time.NewTicker(500 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				_ = s.ch.AdjustTime(10 * time.Second)
			}
		}
	}()
	start := time.Now()
	out, err = s.challenge(t, wrong.Update.Hex())
	if err != nil {
		t.Fatalf("challenge of a faulty update: %v\n%s", err, out)
	}
	t.Logf("umnode challenge took %v:\n%s", time.Since(start).Round(time.Millisecond), out)
	wantOutput(t, out, "claim differs from the replay", "challenged: dispute 0x", "move: proved our s_", "bisection over",
		"dispute resolved: worker wrong", "outcome: worker wrong: worker "+bad.Address().Hex()+" slashed")

	// On chain: the dispute is resolved worker wrong with the command's
	// account as challenger, on one step; the worker lost stake; the
	// challenger got its bond back and more.
	line := out[strings.Index(out, "challenged: dispute ")+len("challenged: dispute "):]
	did, err := protocol.ParseHash(strings.TrimRight(line[:66], ";"))
	if err != nil {
		t.Fatalf("dispute ID in %q: %v", line, err)
	}
	dd, err := verify.NewDisputes(s.admin, s.dep.Disputes).Dispute(t.Context(), did)
	if err != nil {
		t.Fatal(err)
	}
	if dd.Outcome != bindings.OutcomeWorkerWrong || dd.Challenger != s.ch.Address(3) || dd.Hi-dd.Lo != 1 {
		t.Fatalf("dispute %s: outcome %d, challenger %s, [%d, %d]; want worker wrong by %s on one step", did.Short(), dd.Outcome, dd.Challenger, dd.Lo, dd.Hi, s.ch.Address(3))
	}
	if got := s.workerInfo(t, 2).SelfStake; got.Cmp(units(t, "200")) >= 0 {
		t.Fatalf("faulty worker's self stake %s, want below 200 tokens after the slash", got)
	}
	if got := s.balance(t, 3); got.Cmp(bond0) <= 0 {
		t.Fatalf("challenger balance %s, want above %s (bond back plus a share of the slash)", got, bond0)
	}
	wantBig(t, "challenger owed after the command's claim", s.owed(t, 3), new(big.Int))

	// The same update again (reverted now), an ID the ledger does not know,
	// and an account that cannot pay the bond: refused with what to do.
	if _, err := s.challenge(t, wrong.Update.Hex()); err == nil || !strings.Contains(err.Error(), "reverted already") {
		t.Fatalf("second challenge of a reverted update: got %v", err)
	}
	if _, err := s.challenge(t, protocol.Keccak256([]byte("no such update")).Hex()); err == nil || !strings.Contains(err.Error(), "not on the ledger") {
		t.Fatalf("challenge of an unknown update: got %v", err)
	}
	_, _, err = run(t, map[string]string{"UMNODE_ETH_KEY": devchain.DevKeyHex(7)}, "challenge", good.Update.Hex(), "--bond-check",
		"--deployment", s.depPath, "--rpc-url", s.ch.URL())
	if err == nil || !strings.Contains(err.Error(), "holds 0 UM") || !strings.Contains(err.Error(), "challenge bond needs 10 UM") {
		t.Fatalf("--bond-check with no tokens: got %v", err)
	}
	_ = v2
}
