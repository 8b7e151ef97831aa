package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
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
)

// newFraudSwarm is a devchain (HTTP JSON-RPC, 100 ms blocks) with the
// contracts deployed and a tiny synthetic run whose dispute timings suit a
// 20x fast-forwarded chain clock: 3 staked workers (dev keys 1-3), a
// proofer holding tokens for challenge bonds (key 4) and two validators
// holding 200M tokens each (keys 5, 6; quorum is 30% of the 1B supply).
func newFraudSwarm(t *testing.T) (*swarm, [3]*chainKey) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "node-fraud-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}

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
		MinStake: tokens(100), ChallengeWindow: 120, MoveDeadline: 600, VotingPeriod: 120,
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

// TestE2E_FraudIsSlashed runs real nodes on loopback over a dev chain: two
// honest workers, one worker corrupting every update, one proofer and two
// validators. Every faulty update is challenged, bisected to the corrupted
// step, voted wrong by both validators, its worker slashed and the proofer
// paid; the head reverts and training goes on; honest updates finalize and
// the model improves.
func TestE2E_FraudIsSlashed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and six nodes (about 30s)")
	}
	s, others := newFraudSwarm(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	// 100 ms blocks, 10 chain seconds every half second (20x): a 120 s
	// challenge window or voting period passes in 6 s, a 600 s move
	// deadline in 30 s.
	s.fastForward(ctx, 10*time.Second, 500*time.Millisecond)

	var ev events
	proofer := s.startRole(t, others[0].ch.Key(others[0].i), nil, &ev, node.RoleProofer)
	boot := addrStrings(proofer)
	v1 := s.startRole(t, others[1].ch.Key(others[1].i), boot, &ev, node.RoleValidator)
	v2 := s.startRole(t, others[2].ch.Key(others[2].i), boot, &ev, node.RoleValidator)
	h1 := s.startNode(t, s.workerKeys[0], t.TempDir(), boot, &ev)
	h2 := s.startNode(t, s.workerKeys[1], t.TempDir(), boot, &ev)
	bad := s.startNode(t, s.workerKeys[2], t.TempDir(), boot, &ev, node.WithFaulty(1))

	deadline := time.Now().Add(50 * time.Second)
	for {
		evs := ev.snapshot()
		ok := fraudDone(evs, proofer.Address(), bad.Address(), []common.Address{v1.Address(), v2.Address()}, []common.Address{h1.Address(), h2.Address()})
		if ok == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 50s: %s", ok)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if got, want := s.selfStake(t, bad.Address()), tokens(200); got.Cmp(want) >= 0 {
		t.Fatalf("faulty worker's stake %v, want below %v after the slash", got, want)
	}
	evs := ev.snapshot()
	var first, last *node.Event
	for i := range evs {
		if evs[i].Kind == node.EventEval && evs[i].Node != bad.Address() {
			if first == nil {
				first = &evs[i]
			}
			last = &evs[i]
		}
	}
	if first == nil || last.Step <= first.Step || last.Loss >= first.Loss {
		t.Fatalf("honest eval events: first %+v, last %+v; want the loss to fall as steps grow", first, last)
	}
	t.Logf("head height %d; honest loss %.4f -> %.4f (accuracy %.2f -> %.2f); faulty stake %v",
		s.headHeight(t), first.Loss, last.Loss, first.Accuracy, last.Accuracy, s.selfStake(t, bad.Address()))
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
func fraudDone(evs []node.Event, proofer, bad common.Address, validators, honest []common.Address) string {
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
	bothVoted := false
	for _, vs := range votesAgainst {
		if vs[validators[0]] && vs[validators[1]] {
			bothVoted = true
		}
	}
	switch {
	case len(faulty) == 0:
		return "no faulty update committed"
	case unchallenged > 0:
		return fmt.Sprintf("%d of %d faulty updates neither challenged nor reverted", unchallenged, len(faulty))
	case !bothVoted:
		return "no dispute with both validators voting against the worker"
	case len(fraud) == 0:
		return "no dispute resolved as fraud"
	case !slashed:
		return "faulty worker not slashed"
	case !paid:
		return "proofer claimed nothing"
	case resetBlock == 0 || !commitAfterReset:
		return fmt.Sprintf("no commit after a head reset (reset at block %d)", resetBlock)
	case honestFinal == 0:
		return "no honest update finalized"
	}
	return ""
}
