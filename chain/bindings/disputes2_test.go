package bindings_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

func TestDisputes_FalseChallengePaysWorkerAndValidators(t *testing.T) {
	c := newChain(t, "worker", "challenger", "v1", "v2", "v3")
	worker, ch := c.actor("worker"), c.actor("challenger")
	rn := c.createRun(testRunParams("false", 16))
	c.register(worker, tokens(1000), 0)
	c.makeValidators(tokens(60_000_000), "v1", "v2", "v3")
	u := rn.commitHonest(worker, rn.genesis)

	cl := rn.newChallenge(ch, u, wrongFrom(u.trace, 10, "false"))
	cl.open(c, tokens(100))
	cl.bisect(c, worker)
	if d := c.dispute(cl.id); d.Lo != 9 || d.Hi != 10 {
		t.Fatalf("bisection ended on [%d, %d], want [9, 10]", d.Lo, d.Hi)
	}
	for _, v := range []string{"v1", "v2", "v3"} {
		c.must(c.actor(v), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, true))
	}
	_, res := cl.resolveAfter(c, worker)
	if res.Outcome != outcomeChallengerWrong {
		t.Fatalf("outcome %d, want challenger wrong", res.Outcome)
	}
	if got, want := c.owed(worker), tokens(90); got.Cmp(want) != 0 {
		t.Fatalf("worker owed %v, want the bond less the validators' 10%% = %v", got, want)
	}
	for _, v := range []string{"v1", "v2", "v3"} {
		c.must(c.actor(v), c.d.DisputesC, c.d.Disputes.PackClaimVoterFee(cl.id))
		if got, want := c.owed(c.actor(v)), frac(10, 3); got.Cmp(want) != 0 {
			t.Fatalf("%s owed %v, want %v", v, got, want)
		}
	}
	if got := c.owed(ch); got.Sign() != 0 {
		t.Fatalf("false challenger owed %v, want nothing", got)
	}
	if got := c.workerInfo(worker).SelfStake; got.Cmp(tokens(1000)) != 0 {
		t.Fatalf("honest worker's stake %v after a false challenge, want it intact", got)
	}
	// The update is pending again with a fresh window, then finalizes.
	if got := c.updateInfo(u.id()).Status; got != statusPending {
		t.Fatalf("status %d, want pending", got)
	}
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()), "ChallengeWindowOpen")
	c.advance(3600 * 1e9)
	c.must(worker, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()))
}

func TestDisputes_FrontRunningEarnsNothing(t *testing.T) {
	c := newChain(t, "worker", "challenger", "copier")
	worker, ch, cp := c.actor("worker"), c.actor("challenger"), c.actor("copier")
	rn := c.createRun(testRunParams("front", 16))
	c.register(worker, tokens(1000), 0)
	bad, _ := rn.commitTrace(worker, rn.genesis, wrongFrom(honestTrace(rn.genesis.u.StateHash, 16), 3, "front"))
	honest := honestTrace(rn.genesis.u.StateHash, 16)
	cl := rn.newChallenge(ch, bad, honest)
	for _, a := range []*actor{ch, cp} {
		c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(a.addr, tokens(100)))
		c.must(a, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, tokens(100)))
	}

	// A reveal in the block of its commit fails.
	commitTx := c.sendRaw(ch, c.d.DisputesC, c.d.Disputes.PackCommitChallenge(cl.id), 100_000)
	revealTx := c.sendRaw(ch, c.d.DisputesC, c.d.Disputes.PackRevealChallenge(bad.dref(), cl.reveal(c)), 600_000)
	c.sim.Commit()
	rc, err := c.receipt(commitTx)
	if err != nil {
		t.Fatalf("challenge commit: %v", err)
	}
	rr, _ := c.receipt(revealTx)
	if rr == nil || rr.BlockNumber.Cmp(rc.BlockNumber) != 0 {
		t.Fatalf("reveal not mined in the commit's block %v", rc.BlockNumber)
	}
	if rr.Status != types.ReceiptStatusFailed {
		t.Fatal("a reveal in the same block as its commit succeeded")
	}

	// The copier saw the reveal's data: sending it from its own address
	// matches no commitment.
	c.mustRevert(cp, c.d.DisputesC, c.d.Disputes.PackRevealChallenge(bad.dref(), cl.reveal(c)), "UnknownCommitment")
	// It can commit the copied root and salt under its own address...
	copied := rn.newChallenge(cp, bad, honest)
	copied.salt = cl.salt
	root, _ := honest.Root()
	copied.id = call(c, c.d.DisputesC, c.d.Disputes.PackCommitmentOf(bad.id(), root, cl.salt, cp.addr), c.d.Disputes.UnpackCommitmentOf)
	if want := bindings.ChallengeCommitment(bad.id(), root, cl.salt, cp.addr); protocol.Hash(copied.id) != want {
		t.Fatalf("commitmentOf on chain %x, bindings.ChallengeCommitment %s", copied.id, want)
	}
	c.must(cp, c.d.DisputesC, c.d.Disputes.PackCommitChallenge(copied.id))
	// ...but the original challenger, a block after its commit, reveals first.
	c.must(ch, c.d.DisputesC, c.d.Disputes.PackRevealChallenge(bad.dref(), cl.reveal(c)))
	c.sim.Commit()
	c.mustRevert(cp, c.d.DisputesC, c.d.Disputes.PackRevealChallenge(bad.dref(), copied.reveal(c)), "WrongStatus")

	// The original challenger wins by timeout; the copier has its tokens and nothing more.
	_, res := cl.resolveAfter(c, ch)
	if res.Outcome != outcomeWorkerWrong {
		t.Fatalf("outcome %d, want worker wrong (worker never moved)", res.Outcome)
	}
	if got, want := c.owed(ch), tokens(100+500); got.Cmp(want) != 0 {
		t.Fatalf("challenger owed %v, want %v", got, want)
	}
	if got := c.owed(cp); got.Sign() != 0 {
		t.Fatalf("copier owed %v, want 0", got)
	}
	if got := c.balance(cp.addr); got.Cmp(tokens(100)) != 0 {
		t.Fatalf("copier balance %v, want its 100 untouched", got)
	}
}

func TestDisputes_Timeouts(t *testing.T) {
	t.Run("worker misses its move", func(t *testing.T) {
		c := newChain(t, "worker", "challenger")
		worker, ch := c.actor("worker"), c.actor("challenger")
		rn := c.createRun(testRunParams("t1", 16))
		c.register(worker, tokens(1000), 0)
		honest := honestTrace(rn.genesis.u.StateHash, 16)
		bad, _ := rn.commitTrace(worker, rn.genesis, wrongFrom(honest, 7, "t1"))
		cl := rn.newChallenge(ch, bad, honest)
		cl.open(c, tokens(100))
		c.mustRevert(worker, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()), "DeadlineNotPassed")
		c.advance(601 * 1e9)
		c.mustRevert(worker, c.d.DisputesC, c.d.Disputes.PackMove(cl.id, proven(c, bad.trace, 8), proven(c, bad.trace, 4)), "DeadlinePassed")
		supply := c.supply()
		r := c.must(ch, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()))
		res := findEvent(c, r, c.d.Disputes.UnpackDisputeResolvedEvent)
		if res.Outcome != outcomeWorkerWrong || res.Slashed.Cmp(tokens(1000)) != 0 || res.FeePool.Sign() != 0 {
			t.Fatalf("resolved %+v, want worker wrong, 1000 slashed, no voter fee", res)
		}
		// Half to the challenger; with no voters the other half is burned.
		if got, want := new(big.Int).Sub(supply, c.supply()), tokens(500); got.Cmp(want) != 0 {
			t.Fatalf("burned %v, want %v", got, want)
		}
	})
	t.Run("challenger misses its move", func(t *testing.T) {
		c := newChain(t, "worker", "challenger")
		worker, ch := c.actor("worker"), c.actor("challenger")
		rn := c.createRun(testRunParams("t2", 16))
		c.register(worker, tokens(1000), 0)
		u := rn.commitHonest(worker, rn.genesis)
		cl := rn.newChallenge(ch, u, wrongFrom(u.trace, 3, "t2"))
		cl.open(c, tokens(100))
		cl.step(c, worker) // the worker answers; now the challenger is to move
		if d := c.dispute(cl.id); !d.ChallengerToMove {
			t.Fatal("challenger not to move after the worker's move")
		}
		c.advance(601 * 1e9)
		_, res := cl.resolveAfter(c, worker)
		if res.Outcome != outcomeChallengerWrong {
			t.Fatalf("outcome %d, want challenger wrong", res.Outcome)
		}
		if got, want := c.owed(worker), tokens(100); got.Cmp(want) != 0 {
			t.Fatalf("worker owed %v, want the whole bond %v (no voters)", got, want)
		}
	})
	t.Run("no quorum is a draw", func(t *testing.T) {
		c := newChain(t, "worker", "challenger", "v1")
		worker, ch := c.actor("worker"), c.actor("challenger")
		rn := c.createRun(testRunParams("t3", 16))
		c.register(worker, tokens(1000), 0)
		c.makeValidators(tokens(60_000_000), "v1") // 6% of the supply; quorum is 10%
		honest := honestTrace(rn.genesis.u.StateHash, 16)
		bad, _ := rn.commitTrace(worker, rn.genesis, wrongFrom(honest, 12, "t3"))
		cl := rn.newChallenge(ch, bad, honest)
		cl.open(c, tokens(100))
		cl.bisect(c, worker)
		c.must(c.actor("v1"), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, false))
		_, res := cl.resolveAfter(c, ch)
		if res.Outcome != outcomeDraw {
			t.Fatalf("outcome %d, want draw", res.Outcome)
		}
		if got, want := c.owed(ch), tokens(100); got.Cmp(want) != 0 {
			t.Fatalf("challenger owed %v, want its bond back %v", got, want)
		}
		if got := c.workerInfo(worker).SelfStake; got.Cmp(tokens(1000)) != 0 {
			t.Fatalf("worker stake %v after a draw, want intact", got)
		}
		c.mustRevert(c.actor("v1"), c.d.DisputesC, c.d.Disputes.PackClaimVoterFee(cl.id), "NothingToClaim")
		// The update proceeds.
		c.advance(3600 * 1e9)
		c.must(ch, c.d.LedgerC, c.d.Ledger.PackFinalize(bad.ref()))
	})
}

func TestLedger_EscapeAttempts(t *testing.T) {
	c := newChain(t, "worker", "delegator", "challenger")
	worker, delegator, ch := c.actor("worker"), c.actor("delegator"), c.actor("challenger")
	rn := c.createRun(testRunParams("escape", 16))
	c.register(worker, tokens(1000), 0)
	c.delegateTo(delegator, worker, tokens(2000))
	honest := honestTrace(rn.genesis.u.StateHash, 16)
	bad, rcommit := rn.commitTrace(worker, rn.genesis, wrongFrom(honest, 5, "escape"))

	// A commit on a stale head fails, and cheaply.
	stale := c.sendNoEstimate(worker, c.d.LedgerC, c.d.Ledger.PackCommit(rn.p.RunId, rn.genesis.id(), honest[16], honest[16], fakeCID("stale")), 200_000)
	if stale.Status != types.ReceiptStatusFailed {
		t.Fatal("commit on a stale head succeeded")
	}
	if stale.GasUsed > rcommit.GasUsed/2 {
		t.Fatalf("stale commit used %d gas, want under half a commit (%d)", stale.GasUsed, rcommit.GasUsed)
	}
	// No finalize inside the window.
	c.mustRevert(ch, c.d.LedgerC, c.d.Ledger.PackFinalize(bad.ref()), "ChallengeWindowOpen")

	// Worker and delegator try to run with the stake right after the commit.
	r := c.must(worker, c.d.LedgerC, c.d.Ledger.PackUnbondSelf(tokens(1000)))
	wid := findEvent(c, r, c.d.Ledger.UnpackUnbondedEvent).UnbondingId
	shares := call(c, c.d.LedgerC, c.d.Ledger.PackSharesOf(worker.addr, delegator.addr), c.d.Ledger.UnpackSharesOf)
	r = c.must(delegator, c.d.LedgerC, c.d.Ledger.PackUnbond(worker.addr, shares))
	did := findEvent(c, r, c.d.Ledger.UnpackUnbondedEvent).UnbondingId

	cl := rn.newChallenge(ch, bad, honest)
	cl.open(c, tokens(100))
	// Even once the unbonding delay is over, nothing leaves while the dispute is open.
	c.advance(8 * 24 * 3600 * 1e9)
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackWithdraw(wid), "WorkerInDispute")
	c.mustRevert(delegator, c.d.LedgerC, c.d.Ledger.PackWithdraw(did), "WorkerInDispute")

	r = c.must(ch, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()))
	res := findEvent(c, r, c.d.Disputes.UnpackDisputeResolvedEvent)
	if got, want := res.Slashed, tokens(1000+200); res.Outcome != outcomeWorkerWrong || got.Cmp(want) != 0 {
		t.Fatalf("resolved %d slashing %v, want worker wrong slashing %v (unbonding stake included)", res.Outcome, got, want)
	}
	c.mustRevert(ch, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()), "WrongPhase")

	c.must(worker, c.d.LedgerC, c.d.Ledger.PackWithdraw(wid))
	c.must(delegator, c.d.LedgerC, c.d.Ledger.PackWithdraw(did))
	if got := c.balance(worker.addr); got.Sign() != 0 {
		t.Fatalf("worker withdrew %v, want 0 (fully slashed)", got)
	}
	if got, want := c.balance(delegator.addr), tokens(1800); got.Cmp(want) != 0 {
		t.Fatalf("delegator withdrew %v, want %v (10%% slashed)", got, want)
	}
}

func TestDisputes_BisectionFindsTheFirstWrongStep(t *testing.T) {
	c := newChain(t, "worker", "challenger")
	worker, ch := c.actor("worker"), c.actor("challenger")
	c.register(worker, tokens(1000), 0)
	// Odd sizes pad the tree; k=1 goes straight to the vote.
	for _, tc := range []struct{ k, wrong int }{{1, 1}, {2, 1}, {2, 2}, {3, 3}, {5, 2}, {7, 7}, {100, 1}, {100, 63}} {
		rn := c.createRun(testRunParams(fmt.Sprintf("small %d %d", tc.k, tc.wrong), uint32(tc.k)))
		honest := honestTrace(rn.genesis.u.StateHash, tc.k)
		bad, _ := rn.commitTrace(worker, rn.genesis, wrongFrom(honest, tc.wrong, "small"))
		cl := rn.newChallenge(ch, bad, honest)
		cl.open(c, tokens(100))
		moves := cl.bisect(c, worker)
		d := c.dispute(cl.id)
		if d.Phase != phaseVoting || int(d.Lo) != tc.wrong-1 || int(d.Hi) != tc.wrong {
			t.Fatalf("k=%d wrong from %d: phase %d on [%d, %d], want voting on [%d, %d]", tc.k, tc.wrong, d.Phase, d.Lo, d.Hi, tc.wrong-1, tc.wrong)
		}
		if want := protocol.Depth(tc.k + 1); len(moves) > want {
			t.Fatalf("k=%d: %d moves, want at most %d", tc.k, len(moves), want)
		}
	}
}

// A dispute on an update whose ancestor was already reverted slashes its
// worker but leaves the head alone: the head has moved on to a new branch.
func TestDisputes_RevertOfADeadDescendantKeepsTheHead(t *testing.T) {
	c := newChain(t, "w1", "w2", "w3", "ch1", "ch2")
	w1, w2, w3 := c.actor("w1"), c.actor("w2"), c.actor("w3")
	rn := c.createRun(testRunParams("dead", 8))
	for _, w := range []*actor{w1, w2, w3} {
		c.register(w, tokens(1000), 0)
	}
	hA := honestTrace(rn.genesis.u.StateHash, 8)
	a, _ := rn.commitTrace(w1, rn.genesis, wrongFrom(hA, 2, "a"))
	hB := honestTrace(a.u.StateHash, 8)
	b, _ := rn.commitTrace(w2, a, wrongFrom(hB, 5, "b"))
	clA := rn.newChallenge(c.actor("ch1"), a, hA)
	clA.open(c, tokens(100))
	clB := rn.newChallenge(c.actor("ch2"), b, hB)
	clB.open(c, tokens(100))
	// Both workers fail to move: A is resolved first and the head returns to genesis.
	c.advance(601 * 1e9)
	c.must(w3, c.d.DisputesC, c.d.Disputes.PackResolve(clA.id, a.dref()))
	if !c.isHead(rn.p.RunId, rn.genesis.id()) {
		t.Fatal("head did not return to genesis")
	}
	// Building on a reverted update is a stale commit.
	c.mustRevert(w3, c.d.LedgerC, c.d.Ledger.PackCommit(rn.p.RunId, b.id(), hB[8], hB[8], fakeCID("x")), "StaleHead")
	cc := rn.commitHonest(w3, rn.genesis)
	// B, a descendant of A, is resolved now: w2 is slashed, the head stays on C.
	_, res := clB.resolveAfter(c, w3)
	if res.Outcome != outcomeWorkerWrong || res.Slashed.Cmp(tokens(1000)) != 0 {
		t.Fatalf("resolved %+v, want w2 slashed 1000", res)
	}
	if !c.isHead(rn.p.RunId, cc.id()) {
		t.Fatal("resolving a dead update moved the head off the live branch")
	}
	if got := c.updateInfo(b.id()).Status; got != statusReverted {
		t.Fatalf("B status %d, want reverted", got)
	}
	// A live pending update cannot be marked reverted.
	c.mustRevert(w3, c.d.LedgerC, c.d.Ledger.PackMarkReverted(cc.ref()), "StillLive")
	c.advance(3600 * 1e9)
	c.must(w3, c.d.LedgerC, c.d.Ledger.PackFinalize(cc.ref()))
	next := rn.commitHonest(w3, cc)
	if !c.isHead(rn.p.RunId, next.id()) {
		t.Fatal("commit on the live branch did not become head")
	}
}

// Resolving the descendant first, then its ancestor, walks the head back twice.
func TestDisputes_RevertsInChainOrderWalkTheHeadBack(t *testing.T) {
	c := newChain(t, "w1", "w2", "ch1", "ch2")
	w1, w2 := c.actor("w1"), c.actor("w2")
	rn := c.createRun(testRunParams("order", 8))
	c.register(w1, tokens(1000), 0)
	c.register(w2, tokens(1000), 0)
	hA := honestTrace(rn.genesis.u.StateHash, 8)
	a, _ := rn.commitTrace(w1, rn.genesis, wrongFrom(hA, 3, "a"))
	hB := honestTrace(a.u.StateHash, 8)
	b, _ := rn.commitTrace(w2, a, wrongFrom(hB, 4, "b"))
	clA := rn.newChallenge(c.actor("ch1"), a, hA)
	clA.open(c, tokens(100))
	clB := rn.newChallenge(c.actor("ch2"), b, hB)
	clB.open(c, tokens(100))
	c.advance(601 * 1e9)
	c.must(w1, c.d.DisputesC, c.d.Disputes.PackResolve(clB.id, b.dref()))
	if !c.isHead(rn.p.RunId, a.id()) {
		t.Fatal("head not back on A after reverting B")
	}
	c.must(w1, c.d.DisputesC, c.d.Disputes.PackResolve(clA.id, a.dref()))
	if !c.isHead(rn.p.RunId, rn.genesis.id()) {
		t.Fatal("head not back on genesis after reverting A")
	}
	h := call(c, c.d.LedgerC, c.d.Ledger.PackHeadOf(rn.p.RunId), c.d.Ledger.UnpackHeadOf)
	if h.Height != 0 || h.Gen != 2 {
		t.Fatalf("head slot %+v, want height 0 after two reverts (gen 2)", h)
	}
}
