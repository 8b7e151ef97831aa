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
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// tinyRun is a tiny MLP (16-8-4) on synthetic data, k = 8.
func tinyRun() (*protocol.Manifest, *dataset.Dataset, *dataset.Dataset) {
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "node-fraud-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}
	return m, trainSet, testSet
}

// newFraudSwarm is a devchain (HTTP JSON-RPC, 100 ms blocks) with the
// contracts deployed and a run of manifest m with the given challenge
// window, whose dispute timings suit a 20x fast-forwarded chain clock: 3 staked workers (dev keys 1-3), a
// proofer holding tokens for challenge bonds (key 4) and two validators
// holding 200M tokens each (keys 5, 6; quorum is 30% of the 1B supply).
func newFraudSwarm(t *testing.T, m *protocol.Manifest, trainSet, testSet *dataset.Dataset, window uint32) (*swarm, [3]*chainKey) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 7})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	s := &swarm{chain: ch, ledger: bindings.NewLedger(), trainSet: trainSet, testSet: testSet}
	start, err := ch.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := bindings.DeployAll(ctx, ch.Client(), bind.NewKeyedTransactor(ch.Key(0), big.NewInt(devchain.ChainID)), bindings.DefaultDeployConfig(ch.Address(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	s.admin = s.dial(t, ch.Key(0))
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
	tok, led := bindings.NewToken(), s.ledger
	s.must(t, s.admin, d.TokenAddr, tok.PackApprove(d.LedgerAddr, tokens(1000)))
	s.must(t, s.admin, d.LedgerAddr, led.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake: tokens(100), ChallengeWindow: window, MoveDeadline: 600, VotingPeriod: 120,
		QuorumBps: 3000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: tokens(10), RewardPerUpdate: tokens(1), Funding: tokens(1000),
	}))
	for i := 1; i <= 3; i++ {
		s.workerKeys = append(s.workerKeys, ch.Key(i))
		s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(i), tokens(500)))
		wc := s.dial(t, ch.Key(i))
		s.must(t, wc, d.TokenAddr, tok.PackApprove(d.LedgerAddr, tokens(200)))
		s.must(t, wc, d.LedgerAddr, led.PackRegister(1000, tokens(200)))
	}
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(4), tokens(100)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(5), tokens(200_000_000)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(6), tokens(200_000_000)))
	s.trainer = tr
	s.genesis = protocol.GenesisUpdate(runID, ghash, gcid.Bytes()).ID()
	s.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return s, [3]*chainKey{{ch, 4}, {ch, 5}, {ch, 6}}
}

type chainKey struct {
	ch *devchain.Chain
	i  int
}

// selfStake is a worker's self-bond on the ledger.
func (s *swarm) selfStake(t *testing.T, w common.Address) *big.Int {
	t.Helper()
	out, err := s.admin.CallContract(t.Context(), ethereum.CallMsg{To: &s.dep.Ledger, Data: s.ledger.PackWorkerInfo(w)}, nil)
	if err != nil {
		t.Fatalf("workerInfo: %v", err)
	}
	wi, err := s.ledger.UnpackWorkerInfo(out)
	if err != nil {
		t.Fatalf("workerInfo: %v", err)
	}
	return wi.SelfStake
}

// TestE2E_FraudIsSlashedTiny runs real nodes on loopback over a dev chain: two
// honest workers, one worker corrupting every update, one proofer and two
// validators. Every faulty update is challenged, bisected to the corrupted
// step, voted wrong by both validators, its worker slashed and the proofer
// paid; the head reverts and training goes on; honest updates finalize and
// the model improves.
func TestE2E_FraudIsSlashedTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and six nodes (about 10s)")
	}
	m, trainSet, testSet := tinyRun()
	s, others := newFraudSwarm(t, m, trainSet, testSet, 120)
	fraudE2E(t, s, others, 50*time.Second)
}

// TestE2E_FraudIsSlashed is TestE2E_FraudIsSlashedTiny on real MNIST with
// the default model (MLP 784-128-10) and k = 16.
func TestE2E_FraudIsSlashed(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST, starts a chain and six nodes (about 30s)")
	}
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
	// A challenge window of 300 chain seconds (15 s of wall time): the
	// proofer replays every update of three workers on two shared cores,
	// under -race too.
	s, others := newFraudSwarm(t, m, trainSet, testSet, 300)
	fraudE2E(t, s, others, 90*time.Second)
}

func fraudE2E(t *testing.T, s *swarm, others [3]*chainKey, timeout time.Duration) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	// 100 ms blocks, 10 chain seconds every half second (20x): a 120 s
	// voting period passes in 6 s, a 600 s move deadline in 30 s.
	s.fastForward(ctx, 10*time.Second, 500*time.Millisecond)

	var ev events
	proofer := s.startRole(t, others[0].ch.Key(others[0].i), nil, &ev, node.RoleProofer)
	boot := addrStrings(proofer)
	v1 := s.startRole(t, others[1].ch.Key(others[1].i), boot, &ev, node.RoleValidator)
	v2 := s.startRole(t, others[2].ch.Key(others[2].i), boot, &ev, node.RoleValidator)
	h1 := s.startNode(t, s.workerKeys[0], t.TempDir(), boot, &ev)
	h2 := s.startNode(t, s.workerKeys[1], t.TempDir(), boot, &ev)
	badDir := t.TempDir()
	bad := s.startNode(t, s.workerKeys[2], badDir, boot, &ev, node.WithFaulty(1))

	var voted []protocol.Hash
	deadline := time.Now().Add(timeout)
	for {
		evs := ev.snapshot()
		var ok string
		ok, voted = fraudDone(evs, proofer.Address(), bad.Address(), []common.Address{v1.Address(), v2.Address()}, []common.Address{h1.Address(), h2.Address()})
		if ok == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", timeout, ok)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Every dispute both validators voted against the worker was bisected
	// to the faulty worker's first wrong state, as an honest replay from
	// the parent checkpoint finds it.
	resolved := 0
	for _, id := range voted {
		if s.checkBisection(t, bad, badDir, id) {
			resolved++
		}
	}
	if resolved == 0 {
		t.Fatalf("none of the %d disputes voted against the worker is resolved as worker wrong on chain", len(voted))
	}
	if got, want := s.selfStake(t, bad.Address()), tokens(200); got.Cmp(want) >= 0 {
		t.Fatalf("faulty worker's stake %v, want below %v after the slash", got, want)
	}
	// The model at the end beats the genesis: wait for the head to be an
	// honest worker's update (the faulty worker's run of reverts ends once
	// its stake is below the run's minimum) and compare its eval.
	start := s.trainer.Eval(s.trainer.Init())
	var end *node.Event
	waitFor(t, "an honest update at the head", timeout, func() bool {
		evs := ev.snapshot()
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; e.Kind == node.EventEval && e.Node != bad.Address() && s.isHead(t, e.Update) {
				end = &evs[i]
				return true
			}
		}
		return false
	})
	if end.Loss >= start.Loss || end.Accuracy < start.Accuracy {
		t.Fatalf("genesis eval loss %.4f accuracy %.2f, head %+v: want a lower loss and no lower accuracy", start.Loss, start.Accuracy, end)
	}
	t.Logf("%d disputes bisected to the corrupted step, %d resolved worker wrong; head height %d; loss %.4f -> %.4f, accuracy %.2f -> %.2f at step %d; faulty stake %v",
		len(voted), resolved, s.headHeight(t), start.Loss, end.Loss, start.Accuracy, end.Accuracy, end.Step, s.selfStake(t, bad.Address()))
}

// startRole starts a node with one role that is not the worker's.
func (s *swarm) startRole(t *testing.T, key *ecdsa.PrivateKey, bootstrap []string, ev *events, r node.Role) *node.Node {
	t.Helper()
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Roles = []node.Role{r}
	cfg.RPCURL = s.chain.URL()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = bootstrap
	cfg.PollInterval = 200 * time.Millisecond
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo})).With("role", r)
	n, err := node.New(&cfg, node.WithKey(key), node.WithDeployment(s.dep), node.WithLogger(logger), node.WithEventSink(ev.add),
		node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }),
		node.WithFetchTimeout(10*time.Second), node.WithDatasets(s.trainSet, s.testSet))
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

// fraudDone says what the fraud-proof run still lacks, "" when nothing, as
// the proofer's node saw the chain events.
func fraudDone(evs []node.Event, proofer, bad common.Address, validators, honest []common.Address) (string, []protocol.Hash) {
	faulty := map[protocol.Hash]uint64{}
	challenged, reverted, fraud := map[protocol.Hash]bool{}, map[protocol.Hash]bool{}, map[protocol.Hash]bool{}
	votesAgainst := map[protocol.Hash]map[common.Address]bool{}
	var slashed, paid bool
	var resetBlock uint64
	commitAfterReset, honestFinal := false, 0
	for _, e := range evs {
		if e.Node != proofer {
			continue
		}
		switch e.Kind {
		case node.EventUpdateCommitted:
			if e.Actor == bad {
				faulty[e.Update] = e.Block
			}
			if resetBlock != 0 && e.Block > resetBlock {
				commitAfterReset = true
			}
		case node.EventChallenge:
			if e.Actor == proofer {
				challenged[e.Update] = true
			}
		case node.EventUpdateReverted:
			reverted[e.Update] = true
		case node.EventResolved:
			if e.Fraud {
				fraud[e.Update] = true
			}
		case node.EventVote:
			if !e.ForWorker {
				if votesAgainst[e.Dispute] == nil {
					votesAgainst[e.Dispute] = map[common.Address]bool{}
				}
				votesAgainst[e.Dispute][e.Actor] = true
			}
		case node.EventSlash:
			slashed = slashed || e.Actor == bad
		case node.EventClaim:
			paid = paid || (e.Local && e.Amount != nil && e.Amount.Sign() > 0)
		case node.EventHeadReset:
			resetBlock = e.Block
			commitAfterReset = false
		case node.EventUpdateFinalized:
			for _, h := range honest {
				if e.Actor == h {
					honestFinal++
				}
			}
		}
	}
	unchallenged := 0
	for u := range faulty {
		if !challenged[u] && !reverted[u] {
			unchallenged++
		}
	}
	var voted []protocol.Hash
	for id, vs := range votesAgainst {
		if vs[validators[0]] && vs[validators[1]] {
			voted = append(voted, id)
		}
	}
	bothVoted := len(voted) > 0
	switch {
	case len(faulty) == 0:
		return "no faulty update committed", voted
	case unchallenged > 0:
		return fmt.Sprintf("%d of %d faulty updates neither challenged nor reverted", unchallenged, len(faulty)), voted
	case !bothVoted:
		return "no dispute with both validators voting against the worker", voted
	case len(fraud) == 0:
		return "no dispute resolved as fraud", voted
	case !slashed:
		return "faulty worker not slashed", voted
	case !paid:
		return "proofer claimed nothing", voted
	case resetBlock == 0 || !commitAfterReset:
		return fmt.Sprintf("no commit after a head reset (reset at block %d)", resetBlock), voted
	case honestFinal == 0:
		return "no honest update finalized", voted
	}
	return "", voted
}

// checkBisection checks that dispute id ended bisection on the step where
// the faulty worker's trace (as it kept it in dir) first differs from an
// honest replay from the update's parent, and reports whether it is
// resolved as worker wrong.
func (s *swarm) checkBisection(t *testing.T, bad *node.Node, dir string, id protocol.Hash) bool {
	t.Helper()
	ctx := t.Context()
	dd, err := verify.NewDisputes(s.admin, s.dep.Disputes).Dispute(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	uid := protocol.Hash(dd.UpdateId)
	buf, err := os.ReadFile(filepath.Join(dir, node.TracesDir, uid.Hex()))
	if err != nil {
		t.Fatalf("faulty worker's trace of %s: %v", uid.Short(), err)
	}
	claimed := make(protocol.Trace, len(buf)/32)
	for i := range claimed {
		copy(claimed[i][:], buf[32*i:])
	}
	parent, err := s.commitOf(t, uid)
	if err != nil {
		t.Fatal(err)
	}
	cidBytes := []byte(nil)
	if parent == s.genesis {
		c, err := cid.Decode(s.dep.GenesisCID)
		if err != nil {
			t.Fatal(err)
		}
		cidBytes = c.Bytes()
	} else {
		pe, err := s.commitEvent(t, parent)
		if err != nil {
			t.Fatal(err)
		}
		cidBytes = pe.Cid
	}
	c, err := cid.Cast(cidBytes)
	if err != nil {
		t.Fatal(err)
	}
	file, err := bad.Store().FetchBytes(ctx, c, claimed[0], nil)
	if err != nil {
		t.Fatalf("parent checkpoint of %s: %v", uid.Short(), err)
	}
	ck, err := checkpoint.Decode(file)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.trainer.StateFrom(ck)
	if err != nil {
		t.Fatal(err)
	}
	_, honest, err := s.trainer.Run(ctx, st, len(claimed)-1)
	if err != nil {
		t.Fatal(err)
	}
	j := protocol.FirstDivergence(honest, claimed)
	if j < 1 || int(dd.Lo) != j-1 || int(dd.Hi) != j {
		t.Fatalf("dispute %s on update %s: bisection ended on [%d, %d], the faulty trace first differs at s_%d", id.Short(), uid.Short(), dd.Lo, dd.Hi, j)
	}
	return verify.Phase(dd.Phase) == verify.PhaseResolved && dd.Outcome == bindings.OutcomeWorkerWrong
}

// commitEvent reads the UpdateCommitted event of update id.
func (s *swarm) commitEvent(t *testing.T, id protocol.Hash) (*bindings.LedgerUpdateCommitted, error) {
	t.Helper()
	ev := s.ledger.GetABI().Events["UpdateCommitted"]
	logs, err := s.admin.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.dep.StartBlock), Addresses: []common.Address{s.dep.Ledger},
		Topics: [][]common.Hash{{ev.ID}, {common.Hash(s.dep.RunID)}, {common.Hash(id)}},
	})
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("%d UpdateCommitted events for %s, want 1", len(logs), id.Short())
	}
	return s.ledger.UnpackUpdateCommittedEvent(&logs[0])
}

// commitOf is the parent of update id.
func (s *swarm) commitOf(t *testing.T, id protocol.Hash) (protocol.Hash, error) {
	e, err := s.commitEvent(t, id)
	if err != nil {
		return protocol.Hash{}, err
	}
	return e.Parent, nil
}

// isHead asks the ledger whether update id is the run's head.
func (s *swarm) isHead(t *testing.T, id protocol.Hash) bool {
	t.Helper()
	out, err := s.admin.CallContract(t.Context(), ethereum.CallMsg{To: &s.dep.Ledger, Data: s.ledger.PackIsHead(s.dep.RunID, id)}, nil)
	if err != nil {
		t.Fatalf("isHead: %v", err)
	}
	ok, err := s.ledger.UnpackIsHead(out)
	if err != nil {
		t.Fatalf("isHead: %v", err)
	}
	return ok
}
