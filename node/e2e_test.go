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
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
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

// fraudNet is the chain a fraud swarm runs on, which the nodes reach only
// through its JSON-RPC URL: the in-process devchain or an external geth --dev.
type fraudNet struct {
	url  string
	keys []*ecdsa.PrivateKey // dev keys 0-6, funded with ether
	// adjustTime moves the chain clock on (devchain); nil on a chain whose
	// blocks carry real time (geth --dev).
	adjustTime func(time.Duration) error
}

// fraudTimings are the run's dispute timings in chain seconds, how fast the
// test moves the chain clock (ffStep every ffEvery; zero: real time), and
// how many challenge bonds (10 tokens each) the proofer can post: each
// dispute holds one until it is resolved.
type fraudTimings struct {
	window, moveDeadline, votingPeriod uint32
	ffStep, ffEvery                    time.Duration
	bonds                              int64
}

func (ft fraudTimings) String() string {
	s := fmt.Sprintf("challenge window %ds, move deadline %ds, voting period %ds", ft.window, ft.moveDeadline, ft.votingPeriod)
	if ft.ffStep > 0 {
		s += fmt.Sprintf(" of chain time, which runs %gx (+%v every %v)", 1+ft.ffStep.Seconds()/ft.ffEvery.Seconds(), ft.ffStep, ft.ffEvery)
	} else {
		s += " of real time"
	}
	return s
}

// devchainTimings suit a devchain whose clock runs 21x: 10 chain seconds
// more every half second, so a 120 s voting period passes in about 6 s and
// a 600 s move deadline in about 30 s.
func devchainTimings(window uint32) fraudTimings {
	return fraudTimings{window: window, moveDeadline: 600, votingPeriod: 120, ffStep: 10 * time.Second, ffEvery: 500 * time.Millisecond, bonds: 10}
}

// fraudSwarm is a swarm for the fraud-proof flow on a fraudNet: 3 staked
// workers (dev keys 1-3), a proofer holding tokens for timings.bonds
// challenge bonds (key 4) and two validators holding 200M tokens each (keys
// 5, 6; quorum is 30% of the 1B supply). Its swarm has no devchain when it
// runs on geth: start nodes and dial with the fraudSwarm's methods, which
// use net.url.
type fraudSwarm struct {
	*swarm
	net     fraudNet
	timings fraudTimings
}

// newFraudSwarm is a fraudSwarm on a devchain (HTTP JSON-RPC, 100 ms
// blocks) with devchainTimings(window).
func newFraudSwarm(t *testing.T, m *protocol.Manifest, trainSet, testSet *dataset.Dataset, window uint32) *fraudSwarm {
	t.Helper()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 7})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	f := deployFraudRun(t, fraudNet{url: ch.URL(), keys: ch.Keys(), adjustTime: ch.AdjustTime}, m, trainSet, testSet, devchainTimings(window))
	f.chain = ch
	return f
}

// deployFraudRun deploys the contracts on net, creates the run of manifest m
// with timings ft, and stakes and funds the accounts (see fraudSwarm).
func deployFraudRun(t *testing.T, net fraudNet, m *protocol.Manifest, trainSet, testSet *dataset.Dataset, ft fraudTimings) *fraudSwarm {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	s := &swarm{ledger: bindings.NewLedger(), trainSet: trainSet, testSet: testSet}
	f := &fraudSwarm{swarm: s, net: net, timings: ft}
	ec, err := ethclient.DialContext(ctx, net.url)
	if err != nil {
		t.Fatalf("dial %s: %v", net.url, err)
	}
	defer ec.Close()
	start, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(net.keys[i].PublicKey) }
	d, err := bindings.DeployAll(ctx, ec, bind.NewKeyedTransactor(net.keys[0], big.NewInt(devchain.ChainID)), bindings.DefaultDeployConfig(addr(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	s.admin = f.dial(t, net.keys[0])
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
		MinStake: tokens(100), ChallengeWindow: ft.window, MoveDeadline: ft.moveDeadline, VotingPeriod: ft.votingPeriod,
		QuorumBps: 3000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: tokens(10), RewardPerUpdate: tokens(1), Funding: tokens(1000),
	}))
	for i := 1; i <= 3; i++ {
		s.workerKeys = append(s.workerKeys, net.keys[i])
		s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(addr(i), tokens(500)))
		wc := f.dial(t, net.keys[i])
		s.must(t, wc, d.TokenAddr, tok.PackApprove(d.LedgerAddr, tokens(200)))
		s.must(t, wc, d.LedgerAddr, led.PackRegister(1000, tokens(200)))
	}
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(addr(4), tokens(10*ft.bonds)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(addr(5), tokens(200_000_000)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(addr(6), tokens(200_000_000)))
	s.trainer = tr
	s.genesis = protocol.GenesisUpdate(runID, ghash, gcid.Bytes()).ID()
	s.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return f
}

// dial is a chain client on the swarm's chain sending from key.
func (f *fraudSwarm) dial(t *testing.T, key *ecdsa.PrivateKey) *chain.Client {
	t.Helper()
	c, err := chain.Dial(t.Context(), f.net.url, chain.Devnet, chain.WithKey(key), chain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("dial %s: %v", f.net.url, err)
	}
	t.Cleanup(c.Close)
	return c
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
	fraudE2E(t, newFraudSwarm(t, m, trainSet, testSet, 120), 50*time.Second)
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
	fraudE2E(t, newFraudSwarm(t, m, trainSet, testSet, 300), 90*time.Second)
}

// fraudE2E runs the fraud-proof flow on f: a proofer, two validators, two
// honest workers and one corrupting every update, and checks what the issue
// asks for; it logs the timings and gas it saw.
func fraudE2E(t *testing.T, f *fraudSwarm, timeout time.Duration) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	if f.net.adjustTime != nil && f.timings.ffStep > 0 {
		go func() {
			tick := time.NewTicker(f.timings.ffEvery)
			defer tick.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
					_ = f.net.adjustTime(f.timings.ffStep)
				}
			}
		}()
	}
	began := time.Now()
	var ev events
	proofer := f.startNode(t, f.net.keys[4], t.TempDir(), nil, &ev, node.RoleProofer)
	boot := addrStrings(proofer)
	v1 := f.startNode(t, f.net.keys[5], t.TempDir(), boot, &ev, node.RoleValidator)
	v2 := f.startNode(t, f.net.keys[6], t.TempDir(), boot, &ev, node.RoleValidator)
	h1 := f.startNode(t, f.workerKeys[0], t.TempDir(), boot, &ev, node.RoleWorker)
	h2 := f.startNode(t, f.workerKeys[1], t.TempDir(), boot, &ev, node.RoleWorker)
	badDir := t.TempDir()
	bad := f.startNode(t, f.workerKeys[2], badDir, boot, &ev, node.RoleWorker, node.WithFaulty(1))

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
			t.Fatalf("after %s (%s): %s", timeout, f.timings, ok)
		}
		time.Sleep(200 * time.Millisecond)
	}
	done := time.Now()
	// Every dispute both validators voted against the worker was bisected
	// to the faulty worker's first wrong state, as an honest replay from
	// the parent checkpoint finds it.
	resolved := 0
	for _, id := range voted {
		if f.checkBisection(t, bad, badDir, id) {
			resolved++
		}
	}
	if resolved == 0 {
		t.Fatalf("none of the %d disputes voted against the worker is resolved as worker wrong on chain", len(voted))
	}
	if got, want := f.selfStake(t, bad.Address()), tokens(200); got.Cmp(want) >= 0 {
		t.Fatalf("faulty worker's stake %v, want below %v after the slash", got, want)
	}
	// The model at the end beats the genesis: wait for the head to be an
	// honest worker's update (the faulty worker's run of reverts ends once
	// its stake is below the run's minimum) and compare its eval.
	start := f.trainer.Eval(f.trainer.Init())
	var end *node.Event
	waitFor(t, "an honest update at the head", timeout, func() bool {
		evs := ev.snapshot()
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; e.Kind == node.EventEval && e.Node != bad.Address() && f.isHead(t, e.Update) {
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
		len(voted), resolved, f.headHeight(t), start.Loss, end.Loss, start.Accuracy, end.Accuracy, end.Step, f.selfStake(t, bad.Address()))
	logFraudTimes(t, ev.snapshot(), proofer.Address(), began, done, f.timings)
	f.logGas(t)
	soak(t, &ev, proofer.Address())
}

// EnvSoak, set to a duration, keeps an E2E swarm running that much longer
// after its checks pass, and logs the steady throughput (updates committed
// and finalized per minute, as the proofer saw them) and the eval accuracy
// over that time. For measurements; make test leaves it unset.
const EnvSoak = "UMNODE_E2E_SOAK"

func soak(t *testing.T, ev *events, proofer common.Address) {
	t.Helper()
	v := os.Getenv(EnvSoak)
	if v == "" {
		return
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		t.Fatalf("%s=%q: %v (give a duration such as 2m)", EnvSoak, v, err)
	}
	from := time.Now()
	time.Sleep(d)
	commits, finalized := 0, 0
	var curve []string
	var lastEval time.Time
	for _, e := range ev.snapshot() {
		if e.Time.Before(from) {
			continue
		}
		switch {
		case e.Node == proofer && e.Kind == node.EventUpdateCommitted:
			commits++
		case e.Node == proofer && e.Kind == node.EventUpdateFinalized:
			finalized++
		case e.Kind == node.EventEval && e.Time.Sub(lastEval) >= d/10:
			lastEval = e.Time
			curve = append(curve, fmt.Sprintf("%.0fs step %d: %.1f%%", e.Time.Sub(from).Seconds(), e.Step, 100*e.Accuracy))
		}
	}
	t.Logf("soak %v: %d updates committed, %d finalized (%.1f and %.1f per minute); accuracy: %s",
		d, commits, finalized, float64(commits)/d.Minutes(), float64(finalized)/d.Minutes(), strings.Join(curve, ", "))
}

// logFraudTimes logs, as the proofer's node saw the chain, the wall time
// from each faulty commit to the dispute that slashed it, and how many
// updates were committed and finalized per minute from the nodes' start
// until the flow was complete.
func logFraudTimes(t *testing.T, evs []node.Event, proofer common.Address, began, done time.Time, ft fraudTimings) {
	t.Helper()
	committed := map[protocol.Hash]time.Time{}
	var toSlash []string
	var first time.Duration
	commits, finalized := 0, 0
	for _, e := range evs {
		if e.Node != proofer || e.Time.After(done) {
			continue
		}
		switch e.Kind {
		case node.EventUpdateCommitted:
			committed[e.Update] = e.Time
			commits++
		case node.EventUpdateFinalized:
			finalized++
		case node.EventResolved:
			if at, ok := committed[e.Update]; ok && e.Fraud {
				d := e.Time.Sub(at)
				if first == 0 {
					first = d
				}
				toSlash = append(toSlash, d.Round(100*time.Millisecond).String())
			}
		}
	}
	mins := done.Sub(began).Minutes()
	t.Logf("timings: %s; faulty commit to slash: first %v, all %v; %d updates committed and %d finalized in %.1f min from the nodes' start (%.1f and %.1f per minute)",
		ft, first.Round(100*time.Millisecond), toSlash, commits, finalized, mins, float64(commits)/mins, float64(finalized)/mins)
}

// logGas logs the most gas any transaction of each kind used on f's chain,
// found from the events the contracts logged.
func (f *fraudSwarm) logGas(t *testing.T) {
	t.Helper()
	ledger, disputes := f.ledger.GetABI(), bindings.NewDisputes().GetABI()
	var out []string
	for _, k := range []struct {
		name string
		at   common.Address
		id   common.Hash
	}{
		{"commit", f.dep.Ledger, ledger.Events["UpdateCommitted"].ID},
		{"finalize", f.dep.Ledger, ledger.Events["UpdateFinalized"].ID},
		{"reveal", f.dep.Disputes, disputes.Events["ChallengeRevealed"].ID},
		{"move", f.dep.Disputes, disputes.Events["Moved"].ID},
		{"vote", f.dep.Disputes, disputes.Events["Voted"].ID},
		{"resolve", f.dep.Disputes, disputes.Events["DisputeResolved"].ID},
	} {
		logs, err := f.admin.FilterLogs(t.Context(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(f.dep.StartBlock), Addresses: []common.Address{k.at}, Topics: [][]common.Hash{{k.id}},
		})
		if err != nil {
			t.Fatalf("%s logs: %v", k.name, err)
		}
		var most uint64
		seen := map[common.Hash]bool{}
		for _, l := range logs {
			if seen[l.TxHash] {
				continue
			}
			seen[l.TxHash] = true
			r, err := f.admin.TransactionReceipt(t.Context(), l.TxHash)
			if err != nil {
				t.Fatalf("%s receipt: %v", k.name, err)
			}
			most = max(most, r.GasUsed)
		}
		out = append(out, fmt.Sprintf("%s %d (%d txs)", k.name, most, len(seen)))
	}
	t.Logf("gas, most per tx: %s", strings.Join(out, ", "))
}

// startNode starts a node with role r on f's chain.
func (f *fraudSwarm) startNode(t *testing.T, key *ecdsa.PrivateKey, dir string, bootstrap []string, ev *events, r node.Role, extra ...node.Option) *node.Node {
	t.Helper()
	cfg := node.DefaultConfig()
	cfg.DataDir = dir
	cfg.Roles = []node.Role{r}
	cfg.RPCURL = f.net.url
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = bootstrap
	cfg.PollInterval = 200 * time.Millisecond
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo})).With("role", r)
	opts := []node.Option{node.WithKey(key), node.WithDeployment(f.dep), node.WithLogger(logger), node.WithEventSink(ev.add),
		node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }),
		node.WithFetchTimeout(10 * time.Second), node.WithDatasets(f.trainSet, f.testSet)}
	if r == node.RoleWorker {
		opts = append(opts, node.WithClaimTiming(5*time.Second, 150*time.Millisecond))
	}
	n, err := node.New(&cfg, append(opts, extra...)...)
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
