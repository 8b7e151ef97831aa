package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// swarm is a devchain with the contracts deployed, a tiny run created and
// staked worker accounts: what a node needs to run, without the devnet.
type swarm struct {
	chain      *devchain.Chain
	dep        *node.Deployment
	trainSet   *dataset.Dataset
	testSet    *dataset.Dataset
	workerKeys []*ecdsa.PrivateKey
	ledger     *bindings.Ledger
	admin      *chain.Client
	trainer    *train.Trainer
	genesis    protocol.Hash // genesis update ID
}

// newSwarm makes a swarm whose run is a tiny model on synthetic data: 16
// features, 4 classes, k = 8.
func newSwarm(t *testing.T, workers int) *swarm {
	t.Helper()
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "node-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}
	return newSwarmRun(t, workers, m, trainSet, testSet)
}

func newSwarmRun(t *testing.T, workers int, m *protocol.Manifest, trainSet, testSet *dataset.Dataset) *swarm {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: workers + 1})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	s := &swarm{chain: ch, ledger: bindings.NewLedger()}

	adminKey := ch.Key(0)
	opts := bind.NewKeyedTransactor(adminKey, big.NewInt(devchain.ChainID))
	start, err := ch.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := bindings.DeployAll(ctx, ch.Client(), opts, bindings.DefaultDeployConfig(ch.Address(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	s.admin = s.dial(t, adminKey)

	s.trainSet, s.testSet = trainSet, testSet
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runID, err := m.ID()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(m, s.trainSet, s.testSet)
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

	tok, led := bindings.NewToken(), s.ledger
	s.must(t, s.admin, d.TokenAddr, tok.PackApprove(d.LedgerAddr, tokens(1000)))
	s.must(t, s.admin, d.LedgerAddr, led.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake: tokens(100), ChallengeWindow: 60, MoveDeadline: 30, VotingPeriod: 60,
		QuorumBps: 5000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: tokens(10), RewardPerUpdate: tokens(1), Funding: tokens(1000),
	}))
	for i := 1; i <= workers; i++ {
		k := ch.Key(i)
		s.workerKeys = append(s.workerKeys, k)
		s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(i), tokens(500)))
		wc := s.dial(t, k)
		s.must(t, wc, d.TokenAddr, tok.PackApprove(d.LedgerAddr, tokens(200)))
		s.must(t, wc, d.LedgerAddr, led.PackRegister(1000, tokens(200)))
	}
	s.trainer = tr
	s.genesis = protocol.GenesisUpdate(runID, ghash, gcid.Bytes()).ID()
	s.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return s
}

func (s *swarm) dial(t *testing.T, key *ecdsa.PrivateKey) *chain.Client {
	t.Helper()
	c, err := chain.Dial(t.Context(), s.chain.URL(), chain.Devnet, chain.WithKey(key), chain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

func (s *swarm) must(t *testing.T, c *chain.Client, to common.Address, data []byte) {
	t.Helper()
	if _, err := c.TransactAndWait(t.Context(), &to, data, nil); err != nil {
		t.Fatalf("transaction from %s to %s: %v", c.From(), to, err)
	}
}

// headHeight reads the run's head height from the ledger.
func (s *swarm) headHeight(t *testing.T) uint32 {
	t.Helper()
	out, err := s.admin.CallContract(t.Context(), ethereum.CallMsg{To: &s.dep.Ledger, Data: s.ledger.PackHeadOf(s.dep.RunID)}, nil)
	if err != nil {
		t.Fatalf("headOf: %v", err)
	}
	h, err := s.ledger.UnpackHeadOf(out)
	if err != nil {
		t.Fatalf("headOf: %v", err)
	}
	return h.Height
}

// fastForward moves chain time on so challenge windows pass in seconds.
func (s *swarm) fastForward(ctx context.Context, step time.Duration, every time.Duration) {
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				_ = s.chain.AdjustTime(step)
			}
		}
	}()
}

// events collects what nodes report.
type events struct {
	mu  sync.Mutex
	all []node.Event
}

func (e *events) add(ev node.Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.all = append(e.all, ev)
}

func (e *events) snapshot() []node.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]node.Event(nil), e.all...)
}

func (s *swarm) startNode(t *testing.T, key *ecdsa.PrivateKey, dir string, bootstrap []string, ev *events, extra ...node.Option) *node.Node {
	t.Helper()
	cfg := node.DefaultConfig()
	cfg.DataDir = dir
	cfg.Roles = []node.Role{node.RoleWorker}
	cfg.RPCURL = s.chain.URL()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = bootstrap
	cfg.PollInterval = 200 * time.Millisecond
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
	opts := []node.Option{
		node.WithKey(key), node.WithDeployment(s.dep),
		node.WithLogger(logger), node.WithEventSink(ev.add),
		node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }),
		node.WithClaimTiming(5*time.Second, 150*time.Millisecond),
		node.WithFetchTimeout(10 * time.Second),
	}
	if s.trainSet != nil {
		opts = append(opts, node.WithDatasets(s.trainSet, s.testSet))
	}
	opts = append(opts, extra...)
	n, err := node.New(&cfg, opts...)
	if err != nil {
		t.Fatalf("node.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := n.Stop(ctx); err != nil {
			t.Errorf("node.Stop: %v", err)
		}
	})
	return n
}

func addrStrings(n *node.Node) []string {
	var out []string
	for _, a := range n.Addrs() {
		out = append(out, a.String())
	}
	return out
}

func TestNode_WorkerCommitsAndFinalizes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two nodes (about 15s)")
	}
	s := newSwarm(t, 2)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	// 100 ms blocks, and 10 more chain seconds every half second: a 60 s
	// challenge window passes in a few seconds of wall time.
	s.fastForward(ctx, 10*time.Second, 500*time.Millisecond)

	var ev events
	n1 := s.startNode(t, s.workerKeys[0], t.TempDir(), nil, &ev)
	n2 := s.startNode(t, s.workerKeys[1], t.TempDir(), addrStrings(n1), &ev)

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
		evs := ev.snapshot()
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

	evs := ev.snapshot()
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
	if got := s.headHeight(t); got < 4 {
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
	t.Logf("committed %v, finalized %v, stats n1 %+v n2 %+v, head height %d", c, finalized(evs), n1.Stats(), n2.Stats(), s.headHeight(t))
}

// honestChild is the update an honest worker commits on the genesis.
func (s *swarm) honestChild(t *testing.T, worker common.Address) protocol.Hash {
	t.Helper()
	next, trace, err := s.trainer.Run(t.Context(), s.trainer.Init(), int(s.trainer.Manifest().StepsPerUpdate))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.trainer.Encode(next)
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
	return protocol.Update{RunID: s.dep.RunID, Parent: s.genesis, StateHash: h, TraceRoot: root, CID: c.Bytes(), Worker: worker}.ID()
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

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
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
	s := newSwarm(t, 1)
	key, dir := s.workerKeys[0], t.TempDir()
	me := crypto.PubkeyToAddress(key.PublicKey)
	var ev events
	stop := func(n *node.Node) {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		defer cancel()
		if err := n.Stop(ctx); err != nil {
			t.Fatalf("Stop: %v", err)
		}
	}

	n := s.startNode(t, key, dir, nil, &ev)
	waitFor(t, "two commits", 20*time.Second, func() bool { return len(commits(t, ev.snapshot())) >= 2 })
	stop(n)
	cs := commits(t, ev.snapshot())
	if got, want := cs[0].Update, s.honestChild(t, me); cs[0].Parent != s.genesis || got != want {
		t.Fatalf("first update %s on %s, want the honest update %s on the genesis %s", got.Short(), cs[0].Parent.Short(), want.Short(), s.genesis.Short())
	}
	head := cs[len(cs)-1].Update

	// A journal saying we committed on the head (a crash after sending)
	// keeps the restarted worker off it: with no other worker the head
	// stays where it is.
	fake := protocol.Keccak256([]byte("fake update"))
	appendJournal(t, dir, fmt.Sprintf(`{"parent":%q,"update":%q,"state":"committed"}`, head.Hex(), fake.Hex()))
	n = s.startNode(t, key, dir, nil, &ev)
	time.Sleep(3 * time.Second)
	if got := n.Stats().Committed; got != 0 {
		t.Fatalf("worker committed %d updates on a parent its journal says it committed on", got)
	}
	// The restarted node replayed the run's history, marked as past.
	past := 0
	for _, e := range ev.snapshot() {
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
	n = s.startNode(t, key, dir, nil, &ev)
	waitFor(t, "commits after restart", 20*time.Second, func() bool { return n.Stats().Committed >= 2 })
	stop(n)
	all := commits(t, ev.snapshot()) // fails on two commits on one parent
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
	n = s.startNode(t, key, dir, nil, &ev)
	waitFor(t, "a commit on the head after a dropped transaction", 20*time.Second, func() bool {
		for _, e := range commits(t, ev.snapshot()) {
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
	s := newSwarm(t, 1)
	key := s.workerKeys[0]
	var ev events
	s.startNode(t, key, t.TempDir(), nil, &ev, node.WithFaulty(1))
	waitFor(t, "a commit", 20*time.Second, func() bool { return len(commits(t, ev.snapshot())) >= 1 })
	first := commits(t, ev.snapshot())[0]
	if first.Parent != s.genesis {
		t.Fatalf("first update's parent %s, want the genesis %s", first.Parent.Short(), s.genesis.Short())
	}
	if honest := s.honestChild(t, crypto.PubkeyToAddress(key.PublicKey)); first.Update == honest {
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
	s := newSwarm(t, 1)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.fastForward(ctx, 20*time.Second, 300*time.Millisecond)
	var ev events
	n := s.startNode(t, s.workerKeys[0], t.TempDir(), nil, &ev)
	finals := func() int {
		c := 0
		for _, e := range ev.snapshot() {
			if e.Kind == node.EventUpdateFinalized {
				c++
			}
		}
		return c
	}
	waitFor(t, "8 commits and 4 finalized", 30*time.Second, func() bool {
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
	last := commits(t, ev.snapshot())
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
	s := newSwarm(t, 1)
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Roles = []node.Role{node.RoleWorker}
	cfg.RPCURL = s.chain.URL()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	n, err := node.New(&cfg, node.WithKey(devchain.DevKey(7)), node.WithDeployment(s.dep), node.WithDatasets(s.trainSet, s.testSet))
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
	n, err = node.New(&cfg, node.WithKey(devchain.DevKey(7)), node.WithDeployment(s.dep), node.WithDatasets(s.trainSet, s.testSet))
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
	dir, err := dataset.MNISTDir(t.Context())
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	trainSet, testSet, err := dataset.LoadMNIST(dir)
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	s := newSwarmRun(t, 1, train.DefaultManifest(trainSet, testSet), trainSet, testSet)
	s.trainSet, s.testSet = nil, nil // the node loads MNIST itself
	var ev events
	s.startNode(t, s.workerKeys[0], t.TempDir(), nil, &ev)
	var evals []node.Event
	waitFor(t, "two MNIST updates", 60*time.Second, func() bool {
		evals = evals[:0]
		for _, e := range ev.snapshot() {
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
