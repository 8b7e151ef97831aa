package node_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/verify"
)

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

// fraudSwarm is a swarm for the fraud-proof flow: 3 staked workers (dev
// keys 1-3), a proofer holding tokens for timings.bonds challenge bonds
// (key 4) and two validators holding 200M tokens each (keys 5, 6; quorum is
// 30% of the 1B supply). Every node bootstraps to the first one started.
type fraudSwarm struct {
	*testswarm.Swarm
	timings fraudTimings
}

// fraudOptions set up a fraudSwarm of run with timings ft on a devchain
// with 100 ms blocks; set RPCURL and Keys for another chain.
func fraudOptions(run testswarm.Run, ft fraudTimings) testswarm.Options {
	w := testswarm.Worker()
	return testswarm.Options{
		Run: run, ChallengeWindow: ft.window, MoveDeadline: ft.moveDeadline, VotingPeriod: ft.votingPeriod, QuorumBps: 3000,
		Accounts: []testswarm.Account{w, w, w, testswarm.Holder(10 * ft.bonds), testswarm.Holder(200_000_000), testswarm.Holder(200_000_000)},
		Nodes:    testswarm.NodeDefaults{JoinFirst: true},
	}
}

// newFraudSwarm is a fraudSwarm on a devchain with devchainTimings(window).
func newFraudSwarm(t *testing.T, run testswarm.Run, window uint32) *fraudSwarm {
	t.Helper()
	ft := devchainTimings(window)
	return &fraudSwarm{Swarm: testswarm.New(t, fraudOptions(run, ft)), timings: ft}
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
	fraudE2E(t, newFraudSwarm(t, testswarm.TinyRun("node-fraud-test"), 120), 50*time.Second)
}

// TestE2E_FraudIsSlashed is TestE2E_FraudIsSlashedTiny on real MNIST with
// the default model (MLP 784-128-10) and k = 16.
func TestE2E_FraudIsSlashed(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST, starts a chain and six nodes (about 30s)")
	}
	// A challenge window of 300 chain seconds (15 s of wall time): the
	// proofer replays every update of three workers on two shared cores,
	// under -race too.
	fraudE2E(t, newFraudSwarm(t, testswarm.MNISTRun(t, 16), 300), 90*time.Second)
}

// fraudE2E runs the fraud-proof flow on f: a proofer, two validators, two
// honest workers and one corrupting every update, and checks what the issue
// asks for; it logs the timings and gas it saw.
func fraudE2E(t *testing.T, f *fraudSwarm, timeout time.Duration) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	if f.timings.ffStep > 0 {
		f.FastForward(ctx, f.timings.ffStep, f.timings.ffEvery)
	}
	began := time.Now()
	ev := f.Events
	proofer := f.Start(t, f.Key(4), node.RoleProofer)
	v1 := f.Start(t, f.Key(5), node.RoleValidator)
	v2 := f.Start(t, f.Key(6), node.RoleValidator)
	h1 := f.Start(t, f.Key(1), node.RoleWorker)
	h2 := f.Start(t, f.Key(2), node.RoleWorker)
	badDir := t.TempDir()
	bad := f.StartNode(t, f.Key(3), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Dir: badDir, Options: []node.Option{node.WithFaulty(1)}})

	var voted []protocol.Hash
	deadline := time.Now().Add(timeout)
	for {
		evs := ev.Snapshot()
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
	if got, want := f.WorkerInfo(t, bad.Address()).SelfStake, testswarm.Tokens(200); got.Cmp(want) >= 0 {
		t.Fatalf("faulty worker's stake %v, want below %v after the slash", got, want)
	}
	// The model at the end beats the genesis: wait for the head to be an
	// honest worker's update (the faulty worker's run of reverts ends once
	// its stake is below the run's minimum) and compare its eval.
	start := f.Trainer.Eval(f.Trainer.Init())
	var end *node.Event
	testswarm.WaitFor(t, "an honest update at the head", timeout, func() bool {
		evs := ev.Snapshot()
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; e.Kind == node.EventEval && e.Node != bad.Address() && f.IsHead(t, e.Update) {
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
		len(voted), resolved, f.HeadHeight(t), start.Loss, end.Loss, start.Accuracy, end.Accuracy, end.Step, f.WorkerInfo(t, bad.Address()).SelfStake)
	logFraudTimes(t, ev.Snapshot(), proofer.Address(), began, done, f.timings)
	f.logGas(t)
	soak(t, ev, proofer.Address())
}

// EnvSoak, set to a duration, keeps an E2E swarm running that much longer
// after its checks pass, and logs the steady throughput (updates committed
// and finalized per minute, as the proofer saw them) and the eval accuracy
// over that time. For measurements; make test leaves it unset.
const EnvSoak = "UMNODE_E2E_SOAK"

func soak(t *testing.T, ev *testswarm.Events, proofer common.Address) {
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
	for _, e := range ev.Snapshot() {
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
	ledger, disputes := f.Ledger.GetABI(), bindings.NewDisputes().GetABI()
	var out []string
	for _, k := range []struct {
		name string
		at   common.Address
		id   common.Hash
	}{
		{"commit", f.Deployment.Ledger, ledger.Events["UpdateCommitted"].ID},
		{"finalize", f.Deployment.Ledger, ledger.Events["UpdateFinalized"].ID},
		{"reveal", f.Deployment.Disputes, disputes.Events["ChallengeRevealed"].ID},
		{"move", f.Deployment.Disputes, disputes.Events["Moved"].ID},
		{"vote", f.Deployment.Disputes, disputes.Events["Voted"].ID},
		{"resolve", f.Deployment.Disputes, disputes.Events["DisputeResolved"].ID},
	} {
		logs, err := f.Admin.FilterLogs(t.Context(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(f.Deployment.StartBlock), Addresses: []common.Address{k.at}, Topics: [][]common.Hash{{k.id}},
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
			r, err := f.Admin.TransactionReceipt(t.Context(), l.TxHash)
			if err != nil {
				t.Fatalf("%s receipt: %v", k.name, err)
			}
			most = max(most, r.GasUsed)
		}
		out = append(out, fmt.Sprintf("%s %d (%d txs)", k.name, most, len(seen)))
	}
	t.Logf("gas, most per tx: %s", strings.Join(out, ", "))
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
func (f *fraudSwarm) checkBisection(t *testing.T, bad *node.Node, dir string, id protocol.Hash) bool {
	t.Helper()
	ctx := t.Context()
	dd, err := verify.NewDisputes(f.Admin, f.Deployment.Disputes).Dispute(ctx, id)
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
	parent, err := f.commitOf(t, uid)
	if err != nil {
		t.Fatal(err)
	}
	cidBytes := []byte(nil)
	if parent == f.Genesis {
		c, err := cid.Decode(f.Deployment.GenesisCID)
		if err != nil {
			t.Fatal(err)
		}
		cidBytes = c.Bytes()
	} else {
		pe, err := f.commitEvent(t, parent)
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
	st, err := f.Trainer.StateFrom(ck)
	if err != nil {
		t.Fatal(err)
	}
	_, honest, err := f.Trainer.Run(ctx, st, len(claimed)-1)
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
func (f *fraudSwarm) commitEvent(t *testing.T, id protocol.Hash) (*bindings.LedgerUpdateCommitted, error) {
	t.Helper()
	ev := f.Ledger.GetABI().Events["UpdateCommitted"]
	logs, err := f.Admin.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.Deployment.StartBlock), Addresses: []common.Address{f.Deployment.Ledger},
		Topics: [][]common.Hash{{ev.ID}, {common.Hash(f.Deployment.RunID)}, {common.Hash(id)}},
	})
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("%d UpdateCommitted events for %s, want 1", len(logs), id.Short())
	}
	return f.Ledger.UnpackUpdateCommittedEvent(&logs[0])
}

// commitOf is the parent of update id.
func (f *fraudSwarm) commitOf(t *testing.T, id protocol.Hash) (protocol.Hash, error) {
	e, err := f.commitEvent(t, id)
	if err != nil {
		return protocol.Hash{}, err
	}
	return e.Parent, nil
}
