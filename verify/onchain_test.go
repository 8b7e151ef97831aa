package verify_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// The node's chain client is what the adapter runs over.
var _ verify.Backend = (*chain.Client)(nil)

const (
	admin, worker, challenger, validator = 0, 1, 2, 3
	// The run's move deadline and voting period in chain seconds, and its
	// challenge bond in tokens.
	moveDeadline, votingPeriod = 600, 1800
	bond                       = 100
)

// world is a run on a testswarm devchain (a block per transaction): a tiny
// MLP on synthetic data whose genesis is the trainer's s_0, a registered
// worker, a challenger holding the bond and a validator holding enough
// votes for quorum, with one chain client per dev key.
type world struct {
	*testswarm.Swarm
	t            *testing.T
	clients      []*chain.Client
	r            *verify.Replayer
	genesisFile  []byte
	genesisState protocol.Hash
}

func newWorld(t *testing.T, k uint32) *world {
	t.Helper()
	m, tr, te := synthRun(t, k)
	s := testswarm.New(t, testswarm.Options{
		Mode: devchain.OnTx, PollInterval: 10 * time.Millisecond,
		Run:             testswarm.Run{Manifest: m, Train: tr, Test: te},
		ChallengeWindow: 3600, MoveDeadline: moveDeadline, VotingPeriod: votingPeriod, QuorumBps: 1000,
		MinStake: testswarm.Tokens(1000), ChallengeBond: testswarm.Tokens(bond), RewardPerUpdate: testswarm.Tokens(10),
		WorkerSlashBps: 10000, DelegatorSlashBps: 1000,
		Accounts: []testswarm.Account{
			{Tokens: testswarm.Tokens(1000), Stake: testswarm.Tokens(1000)},
			testswarm.Holder(bond),
			{Tokens: testswarm.Tokens(200_000_000), Delegate: true},
		},
	})
	r, err := verify.NewReplayer(m, tr, te)
	if err != nil {
		t.Fatalf("NewReplayer: %v", err)
	}
	w := &world{Swarm: s, t: t, r: r, clients: []*chain.Client{s.Admin}}
	for i := worker; i <= validator; i++ {
		w.clients = append(w.clients, s.Dial(t, s.Key(i)))
	}
	w.must(challenger, s.Deployment.Token, s.Token.PackApprove(s.Deployment.Ledger, testswarm.Tokens(bond)))
	tn := r.Trainer()
	w.genesisFile, w.genesisState = encode(t, tn, tn.Init())
	return w
}

// must sends a transaction from dev account i that has to succeed.
func (w *world) must(i int, to common.Address, data []byte) {
	w.t.Helper()
	w.Must(w.t, w.clients[i], to, data)
}

// commit has the worker commit an update with trace on the genesis.
func (w *world) commit(trace protocol.Trace) protocol.Update {
	w.t.Helper()
	root, _ := trace.Root()
	u := protocol.Update{
		RunID: w.Deployment.RunID, Parent: w.Genesis, StateHash: trace[len(trace)-1], TraceRoot: root,
		CID: []byte("cid " + root.Hex()), Worker: w.clients[worker].From(),
	}
	w.must(worker, w.Deployment.Ledger, w.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
	return u
}

// playBoth runs both sides' Disputants concurrently until bisection ends and
// returns the moves made.
func (w *world) playBoth(ctx context.Context, id protocol.Hash, wp, cp *verify.Player) []verify.Move {
	w.t.Helper()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		moves []verify.Move
		errs  [2]error
	)
	record := func(m verify.Move) { mu.Lock(); moves = append(moves, m); mu.Unlock() }
	for i, side := range []struct {
		acct int
		p    *verify.Player
	}{{worker, wp}, {challenger, cp}} {
		wg.Go(func() {
			dp := verify.NewDisputant(verify.NewDisputes(w.clients[side.acct], w.Deployment.Disputes), id, side.p)
			_, errs[i] = dp.Play(ctx, 5*time.Millisecond, record)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			w.t.Fatalf("player %d: %v", i, err)
		}
	}
	return moves
}

// voteAndResolve has the validator find the claims, replay the step from
// the parent, vote, and resolve once the voting period is over.
func (w *world) voteAndResolve(ctx context.Context, id protocol.Hash, u protocol.Update) (verify.Decision, []verify.Posted, verify.StepClaims, uint8) {
	w.t.Helper()
	vd := verify.NewDisputes(w.clients[validator], w.Deployment.Disputes)
	st, _, err := vd.State(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	posted, err := vd.Moves(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	claims, err := verify.ClaimsOf(st, posted, w.genesisState, u.StateHash)
	if err != nil {
		w.t.Fatalf("ClaimsOf: %v", err)
	}
	agreedFile, agreedHash, err := w.r.StateAt(ctx, w.genesisFile, w.genesisState, st.Lo)
	if err != nil || agreedHash != claims.Agreed {
		w.t.Fatalf("StateAt(%d): %s, %v; want %s", st.Lo, agreedHash.Short(), err, claims.Agreed.Short())
	}
	dec, _, err := w.r.Decide(agreedFile, claims)
	if err != nil {
		w.t.Fatalf("Decide: %v", err)
	}
	if voted, err := vd.Vote(ctx, id, dec); err != nil || !voted {
		w.t.Fatalf("Vote %s: %t, %v", dec, voted, err)
	}
	if err := w.Chain.AdjustTime((votingPeriod + 1) * time.Second); err != nil {
		w.t.Fatal(err)
	}
	outcome, err := vd.Resolve(ctx, id, u)
	if err != nil {
		w.t.Fatalf("Resolve: %v", err)
	}
	return dec, posted, claims, outcome
}

// TestDisputant_PlaysBothSidesOnChain is a whole dispute on a real chain:
// a worker commits an update whose trace a faulty step corrupted, a proofer
// replays it with the real trainer, challenges, and both sides' Disputants
// bisect automatically, concurrently, from their own traces, until voting
// opens on exactly the corrupted step; a validator then replays that step,
// votes, and the resolution slashes the worker.
func TestDisputant_PlaysBothSidesOnChain(t *testing.T) {
	const (
		k     = 16
		wrong = 11 // the faulty worker's first wrong state
	)
	w := newWorld(t, k)
	r, tn := w.r, w.r.Trainer()
	ctx := testCtx(t)
	genesisFile, genesisState := w.genesisFile, w.genesisState

	// The faulty worker trains, corrupting step 11, and commits.
	badTrace, _ := faultyRun(t, tn, tn.Init(), k, wrong)
	bad := w.commit(badTrace)

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
	chDisputes := verify.NewDisputes(w.clients[challenger], w.Deployment.Disputes)
	ch := verify.Challenge{Update: bad, Player: cp, Salt: protocol.Keccak256([]byte("salt"))}
	id, err := chDisputes.Commit(ctx, ch)
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, _, err := chDisputes.Reveal(ctx, ch); !errors.Is(err, verify.ErrRevealTooEarly) {
		t.Fatalf("reveal in the commit's block: %v, want ErrRevealTooEarly", err)
	}
	w.Chain.Commit() // an empty block
	gotID, _, err := chDisputes.Reveal(ctx, ch)
	if err != nil || gotID != id {
		t.Fatalf("Reveal: %s, %v; want dispute %s", gotID.Short(), err, id.Short())
	}

	// Signing with the other side's key is refused before anything is sent.
	if _, _, err := verify.NewDisputant(chDisputes, id, wp).Step(ctx); err == nil || !strings.Contains(err.Error(), "use the worker's key") {
		t.Fatalf("worker's player on the challenger's key: %v, want a key error", err)
	}

	// Both sides play by themselves, concurrently, each from its own trace.
	moves := w.playBoth(ctx, id, wp, cp)
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
	dec, posted, claims, outcome := w.voteAndResolve(ctx, id, bad)
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
	if claims.Agreed != replay.Trace[wrong-1] || claims.Worker != badTrace[wrong] || claims.Challenger != replay.Trace[wrong] {
		t.Fatalf("claims %+v do not name the agreed s_%d and both sides' s_%d", claims, wrong-1, wrong)
	}
	if dec != verify.ChallengerRight || outcome != bindings.OutcomeWorkerWrong {
		t.Fatalf("validator decided %s, outcome %d; want challenger right, worker wrong (%d)", dec, outcome, bindings.OutcomeWorkerWrong)
	}
	if got := w.workerStake(); got.Sign() != 0 {
		t.Fatalf("worker stake %v after the slash, want 0", got)
	}
	if _, _, err := verify.NewDisputant(chDisputes, id, cp).Step(ctx); !errors.Is(err, verify.ErrNotBisecting) {
		t.Fatalf("Step after resolution: %v, want ErrNotBisecting", err)
	}
}

// TestDisputant_RefusesUnknownDispute checks that Play on a dispute that is
// not on chain fails at once instead of polling forever.
func TestDisputant_RefusesUnknownDispute(t *testing.T) {
	s := testswarm.New(t, testswarm.Options{Mode: devchain.OnTx, PollInterval: 10 * time.Millisecond})
	p, err := verify.NewPlayer(verify.Worker, handTrace("h", 4))
	if err != nil {
		t.Fatal(err)
	}
	dp := verify.NewDisputant(verify.NewDisputes(s.Admin, s.Deployment.Disputes), protocol.Keccak256([]byte("nope")), p)
	ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	if _, err := dp.Play(ctx, 10*time.Millisecond, nil); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Play on an unknown dispute: %v, want an immediate error", err)
	}
}

// workerStake is the worker's self-stake on the ledger.
func (w *world) workerStake() *big.Int {
	w.t.Helper()
	return w.WorkerInfo(w.t, w.Address(worker)).SelfStake
}

// TestDisputant_HonestWorkerWinsOnChain is the other way round: an honest
// worker's update is challenged by a proofer whose own trace is wrong from
// step 3. The worker's Disputant defends it by itself, the validator's
// replay sides with the worker, and the challenger loses its bond. It also
// opens the dispute with Challenge on a chain that makes no block by itself.
func TestDisputant_HonestWorkerWinsOnChain(t *testing.T) {
	const (
		k     = 8
		wrong = 3 // the challenger's first wrong state
	)
	w := newWorld(t, k)
	ctx := testCtx(t)
	tn := w.r.Trainer()
	_, honest, err := tn.Run(ctx, tn.Init(), k)
	if err != nil {
		t.Fatal(err)
	}
	u := w.commit(honest)
	badTrace, _ := faultyRun(t, tn, tn.Init(), k, wrong)
	wp, _ := verify.NewPlayer(verify.Worker, honest)
	cp, _ := verify.NewPlayer(verify.Challenger, badTrace)

	// Challenge reveals right after its commit, though the chain makes no
	// block until a transaction comes: the reveal goes out with a fixed gas
	// limit and lands in the next block.
	cd := verify.NewDisputes(w.clients[challenger], w.Deployment.Disputes)
	ch := verify.Challenge{Update: u, Player: cp, Salt: protocol.Keccak256([]byte("salt 2"))}
	id, err := cd.Challenge(ctx, ch, time.Hour)
	if err != nil {
		t.Fatalf("Challenge: %v", err)
	}
	if id != ch.ID(w.clients[challenger].From()) {
		t.Fatalf("dispute %s, want the commitment %s", id.Short(), ch.ID(w.clients[challenger].From()).Short())
	}

	w.playBoth(ctx, id, wp, cp)
	st, _, err := cd.State(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Phase != verify.PhaseVoting || st.Lo != wrong-1 || st.Hi != wrong {
		t.Fatalf("after bisection: %s on [%d, %d], want voting on step %d -> %d", st.Phase, st.Lo, st.Hi, wrong-1, wrong)
	}
	stake := w.workerStake()
	dec, _, _, outcome := w.voteAndResolve(ctx, id, u)
	if dec != verify.WorkerRight || outcome != bindings.OutcomeChallengerWrong {
		t.Fatalf("validator decided %s, outcome %d; want worker right, challenger wrong (%d)", dec, outcome, bindings.OutcomeChallengerWrong)
	}
	if got := w.workerStake(); got.Cmp(stake) != 0 {
		t.Fatalf("worker stake %v after winning, want it untouched at %v", got, stake)
	}
}

// TestDisputant_OpponentTimesOut: a challenger opens a dispute and never
// moves again; after the move deadline the worker's Play stops with a
// TimeoutError naming the challenger, and resolving makes it lose.
func TestDisputant_OpponentTimesOut(t *testing.T) {
	const k = 8
	w := newWorld(t, k)
	ctx := testCtx(t)
	tn := w.r.Trainer()
	_, honest, err := tn.Run(ctx, tn.Init(), k)
	if err != nil {
		t.Fatal(err)
	}
	u := w.commit(honest)
	badTrace, _ := faultyRun(t, tn, tn.Init(), k, 2)
	wp, _ := verify.NewPlayer(verify.Worker, honest)
	cp, _ := verify.NewPlayer(verify.Challenger, badTrace)
	cd := verify.NewDisputes(w.clients[challenger], w.Deployment.Disputes)
	ch := verify.Challenge{Update: u, Player: cp, Salt: protocol.Keccak256([]byte("salt 3"))}
	id, err := cd.Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	w.Chain.Commit()
	if _, _, err := cd.Reveal(ctx, ch); err != nil {
		t.Fatal(err)
	}

	wd := verify.NewDisputant(verify.NewDisputes(w.clients[worker], w.Deployment.Disputes), id, wp)
	if m, _, err := wd.Step(ctx); err != nil || m == nil {
		t.Fatalf("worker's first move: %v, %v", m, err)
	}
	if m, st, err := wd.Step(ctx); err != nil || m != nil || !st.ChallengerToMove {
		t.Fatalf("worker's step on the challenger's turn: move %v, challenger to move %t, %v; want no move", m, st.ChallengerToMove, err)
	}
	if err := w.Chain.AdjustTime((moveDeadline + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = wd.Play(ctx, 5*time.Millisecond, nil)
	var te *verify.TimeoutError
	if !errors.As(err, &te) || te.Side != verify.Challenger || te.Dispute != id || !errors.Is(err, verify.ErrMoveTimedOut) {
		t.Fatalf("Play after the challenger's deadline: %v, want a TimeoutError naming the challenger", err)
	}
	outcome, err := verify.NewDisputes(w.clients[worker], w.Deployment.Disputes).Resolve(ctx, id, u)
	if err != nil || outcome != bindings.OutcomeChallengerWrong {
		t.Fatalf("Resolve: %d, %v; want challenger wrong (%d)", outcome, err, bindings.OutcomeChallengerWrong)
	}
}
