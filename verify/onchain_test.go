package verify_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// testnet is a devchain (a block per transaction) served over HTTP JSON-RPC,
// with the contracts deployed and one chain.Client per dev key.
type testnet struct {
	t       *testing.T
	dc      *devchain.Chain
	d       *bindings.Deployment
	clients []*chain.Client
}

func newTestnet(t *testing.T, accounts int) *testnet {
	t.Helper()
	dc, err := devchain.New(devchain.Options{Accounts: accounts, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	if err != nil {
		t.Fatalf("devchain.New: %v", err)
	}
	t.Cleanup(func() { dc.Close() })
	p := chain.Devnet
	p.PollInterval = 10 * time.Millisecond
	p.ReceiptTimeout = 20 * time.Second
	n := &testnet{t: t, dc: dc}
	for i := range accounts {
		c, err := chain.Dial(testCtx(t), dc.URL(), p, chain.WithKey(dc.Key(i)), chain.WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatalf("Dial: %v", err)
		}
		t.Cleanup(c.Close)
		n.clients = append(n.clients, c)
	}
	admin := n.clients[0]
	ctx := testCtx(t)
	_, err = admin.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		var err error
		n.d, err = bindings.DeployAll(ctx, admin, o, bindings.DefaultDeployConfig(admin.From()), nil)
		return nil, err
	})
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	return n
}

// must sends a transaction from dev account i that has to succeed.
func (n *testnet) must(i int, to common.Address, data []byte) *types.Receipt {
	n.t.Helper()
	r, err := n.clients[i].TransactAndWait(testCtx(n.t), &to, data, nil)
	if err != nil {
		n.t.Fatalf("transaction from account %d to %s: %v", i, to, err)
	}
	return r
}

// TestDisputant_PlaysBothSidesOnChain is a whole dispute on a real chain:
// a worker commits an update whose trace a faulty step corrupted, a proofer
// replays it with the real trainer, challenges, and both sides' Disputants
// bisect automatically, concurrently, from their own traces, until voting
// opens on exactly the corrupted step; a validator then replays that step,
// votes, and the resolution slashes the worker.
func TestDisputant_PlaysBothSidesOnChain(t *testing.T) {
	const (
		k                                    = 16
		wrong                                = 11 // the faulty worker's first wrong state
		admin, worker, challenger, validator = 0, 1, 2, 3
	)
	n := newTestnet(t, 4)
	d := n.d
	ctx := testCtx(t)

	// The run: a tiny MLP on synthetic data, its genesis the trainer's s_0.
	r := newReplayer(t, k)
	tn := r.Trainer()
	genesisFile, genesisState := encode(t, tn, tn.Init())
	runID := tn.RunID()
	genesis := protocol.GenesisUpdate(runID, genesisState, []byte("genesis cid"))
	params := bindings.RunParams{
		RunId: runID, GenesisState: genesisState, GenesisCid: genesis.CID, K: k,
		MinStake: tokens(1000), ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 1800,
		QuorumBps: 1000, WorkerSlashBps: 10000, DelegatorSlashBps: 1000, ChallengerShareBps: 5000,
		ValidatorFeeBps: 1000, ChallengeBond: tokens(100), RewardPerUpdate: tokens(10), Funding: tokens(1000),
	}
	n.must(admin, d.TokenAddr, d.Token.PackApprove(d.LedgerAddr, params.Funding))
	n.must(admin, d.LedgerAddr, d.Ledger.PackCreateRun(params))
	n.must(admin, d.TokenAddr, d.Token.PackTransfer(n.clients[worker].From(), tokens(1000)))
	n.must(worker, d.TokenAddr, d.Token.PackApprove(d.LedgerAddr, tokens(1000)))
	n.must(worker, d.LedgerAddr, d.Ledger.PackRegister(0, tokens(1000)))
	n.must(admin, d.TokenAddr, d.Token.PackTransfer(n.clients[challenger].From(), params.ChallengeBond))
	n.must(admin, d.TokenAddr, d.Token.PackTransfer(n.clients[validator].From(), tokens(200_000_000)))
	n.must(validator, d.TokenAddr, d.Token.PackDelegate(n.clients[validator].From()))

	// The faulty worker trains, corrupting step 11, and commits.
	badTrace, _ := faultyRun(t, tn, tn.Init(), k, wrong)
	badRoot, _ := badTrace.Root()
	bad := protocol.Update{
		RunID: runID, Parent: genesis.ID(), StateHash: badTrace[k], TraceRoot: badRoot,
		CID: []byte("bad cid"), Worker: n.clients[worker].From(),
	}
	n.must(worker, d.LedgerAddr, d.Ledger.PackCommit(bad.RunID, bad.Parent, bad.StateHash, bad.TraceRoot, bad.CID))

	// The proofer samples it (p = 1), replays it and finds the fault.
	sampler, err := verify.NewSampler([]byte("proofer secret, devnet only"), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !sampler.Replay(bad.ID()) {
		t.Fatal("p = 1 sampler skipped the update")
	}
	replay, err := r.Replay(ctx, genesisFile, genesisState, k)
	if err != nil {
		t.Fatal(err)
	}
	v, err := verify.Compare(replay.Trace, verify.Claim{StateHash: bad.StateHash, TraceRoot: bad.TraceRoot, Trace: badTrace})
	if err != nil || v.OK() || v.Divergence != wrong {
		t.Fatalf("Compare: %v, %v; want a claim diverging at %d", v, err, wrong)
	}

	// Challenge: commit, then reveal once a later block exists.
	cp, err := verify.NewPlayer(verify.Challenger, replay.Trace)
	if err != nil {
		t.Fatal(err)
	}
	wp, err := verify.NewPlayer(verify.Worker, badTrace)
	if err != nil {
		t.Fatal(err)
	}
	chDisputes := verify.NewDisputes(n.clients[challenger], d.DisputesAddr)
	ch := verify.Challenge{Update: bad, Player: cp, Salt: protocol.Keccak256([]byte("salt"))}
	n.must(challenger, d.TokenAddr, d.Token.PackApprove(d.LedgerAddr, params.ChallengeBond))
	id, err := chDisputes.Commit(ctx, ch)
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, _, err := chDisputes.Reveal(ctx, ch); !errors.Is(err, verify.ErrRevealTooEarly) {
		t.Fatalf("reveal in the commit's block: %v, want ErrRevealTooEarly", err)
	}
	n.dc.Commit() // an empty block
	gotID, _, err := chDisputes.Reveal(ctx, ch)
	if err != nil || gotID != id {
		t.Fatalf("Reveal: %s, %v; want dispute %s", gotID.Short(), err, id.Short())
	}

	// Signing with the other side's key is refused before anything is sent.
	if _, _, err := verify.NewDisputant(chDisputes, id, wp).Step(ctx); err == nil || !strings.Contains(err.Error(), "use the worker's key") {
		t.Fatalf("worker's player on the challenger's key: %v, want a key error", err)
	}

	// Both sides play by themselves, concurrently, each from its own trace.
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		moves []verify.Move
		final [2]verify.DisputeState
		errs  [2]error
	)
	record := func(m verify.Move) { mu.Lock(); moves = append(moves, m); mu.Unlock() }
	for i, side := range []struct {
		acct int
		p    *verify.Player
	}{{worker, wp}, {challenger, cp}} {
		wg.Go(func() {
			dp := verify.NewDisputant(verify.NewDisputes(n.clients[side.acct], d.DisputesAddr), id, side.p)
			final[i], errs[i] = dp.Play(ctx, 5*time.Millisecond, record)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("player %d: %v", i, err)
		}
	}
	st, _, err := chDisputes.State(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Phase != verify.PhaseVoting || st.Lo != wrong-1 || st.Hi != wrong {
		t.Fatalf("after bisection: %s on [%d, %d], want voting on step %d -> %d", st.Phase, st.Lo, st.Hi, wrong-1, wrong)
	}
	if got, want := len(moves), protocol.Depth(k+1); got > want || got < 3 {
		t.Fatalf("%d moves, want between 3 and the tree depth %d", got, want)
	}
	// A validator reads the posted states, replays the one step from the
	// agreed state and votes; after the voting period the worker is slashed.
	vd := verify.NewDisputes(n.clients[validator], d.DisputesAddr)
	posted, err := vd.Moves(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// On chain, turns alternate: the reveal, then one group of posts per move.
	var groups []verify.Side
	for _, p := range posted {
		if len(groups) == 0 || groups[len(groups)-1] != p.By {
			groups = append(groups, p.By)
		}
	}
	if len(groups) != len(moves)+1 || groups[0] != verify.Challenger {
		t.Fatalf("posts by %v for %d moves: want the challenger's reveal, then alternating sides", groups, len(moves))
	}
	claims, err := verify.ClaimsOf(st, posted, genesisState, bad.StateHash)
	if err != nil {
		t.Fatalf("ClaimsOf: %v", err)
	}
	if claims.Agreed != replay.Trace[wrong-1] || claims.Worker != badTrace[wrong] || claims.Challenger != replay.Trace[wrong] {
		t.Fatalf("claims %+v do not name the agreed s_%d and both sides' s_%d", claims, wrong-1, wrong)
	}
	agreedFile, agreedHash, err := r.StateAt(ctx, genesisFile, genesisState, st.Lo)
	if err != nil || agreedHash != claims.Agreed {
		t.Fatalf("StateAt(%d): %s, %v; want %s", st.Lo, agreedHash.Short(), err, claims.Agreed.Short())
	}
	dec, _, err := r.Decide(agreedFile, claims)
	if err != nil || dec != verify.ChallengerRight {
		t.Fatalf("Decide: %s, %v; want challenger right", dec, err)
	}
	if voted, err := vd.Vote(ctx, id, dec); err != nil || !voted {
		t.Fatalf("Vote: %t, %v", voted, err)
	}
	if err := n.dc.AdjustTime(time.Duration(params.VotingPeriod+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	outcome, err := vd.Resolve(ctx, id, bad)
	if err != nil || outcome != bindings.OutcomeWorkerWrong {
		t.Fatalf("Resolve: outcome %d, %v; want worker wrong (%d)", outcome, err, bindings.OutcomeWorkerWrong)
	}
	if _, _, err := verify.NewDisputant(chDisputes, id, cp).Step(ctx); !errors.Is(err, verify.ErrNotBisecting) {
		t.Fatalf("Step after resolution: %v, want ErrNotBisecting", err)
	}
}

// TestDisputant_RefusesUnknownDispute checks that Play on a dispute that is
// not on chain fails at once instead of polling forever.
func TestDisputant_RefusesUnknownDispute(t *testing.T) {
	n := newTestnet(t, 1)
	p, err := verify.NewPlayer(verify.Worker, handTrace("h", 4))
	if err != nil {
		t.Fatal(err)
	}
	dp := verify.NewDisputant(verify.NewDisputes(n.clients[0], n.d.DisputesAddr), protocol.Keccak256([]byte("nope")), p)
	ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	if _, err := dp.Play(ctx, 10*time.Millisecond, nil); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Play on an unknown dispute: %v, want an immediate error", err)
	}
}
