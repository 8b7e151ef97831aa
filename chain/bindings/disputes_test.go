package bindings_test

import (
	"math/big"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
)

// frac returns n/d tokens in base units.
func frac(n, d int64) *big.Int { return new(big.Int).Div(tokens(n), big.NewInt(d)) }

func TestDisputes_FraudIsSlashedAndReverted(t *testing.T) {
	c := newChain(t, "worker", "delegator", "worker2", "challenger", "v1", "v2", "v3")
	worker, delegator, worker2, ch := c.actor("worker"), c.actor("delegator"), c.actor("worker2"), c.actor("challenger")
	rn := c.createRun(testRunParams("fraud", 64))
	c.register(worker, tokens(1000), 1000)
	c.register(worker2, tokens(1000), 0)
	c.delegateTo(delegator, worker, tokens(3000))
	c.makeValidators(tokens(60_000_000), "v1", "v2", "v3")
	supply0 := c.supply()

	honest := honestTrace(rn.genesis.u.StateHash, 64)
	bad, _ := rn.commitTrace(worker, rn.genesis, wrongFrom(honest, 37, "fraud"))
	child := rn.commitHonest(worker2, bad) // a descendant, built on the wrong state

	cl := rn.newChallenge(ch, bad, honest)
	cl.open(c, tokens(100))
	if got := c.updateInfo(bad.id()).Status; got != statusDisputed {
		t.Fatalf("status %d after reveal, want disputed", got)
	}
	if got := c.workerInfo(worker).ActiveDisputes; got != 1 {
		t.Fatalf("active disputes %d, want 1", got)
	}
	// Moves are turn-based: the challenger cannot move for the worker.
	d := c.dispute(cl.id)
	c.mustRevert(ch, c.d.DisputesC, c.d.Disputes.PackMove(cl.id, proven(c, honest, 32), proven(c, honest, 16)), "NotYourTurn")
	// A state that is not in the mover's trace fails its proof.
	forged := proven(c, bad.trace, 32)
	forged.State = protocol.Keccak256([]byte("forged"))
	c.mustRevert(worker, c.d.DisputesC, c.d.Disputes.PackMove(cl.id, forged, proven(c, bad.trace, 16)), "BadProof")
	_ = d

	moves := cl.bisect(c, worker)
	if got, want := len(moves), 6; got != want {
		t.Fatalf("bisection of k=64 took %d moves, want %d", got, want)
	}
	d = c.dispute(cl.id)
	if d.Phase != phaseVoting || d.Lo != 36 || d.Hi != 37 {
		t.Fatalf("after bisection phase %d [%d, %d], want voting on step 36 -> 37", d.Phase, d.Lo, d.Hi)
	}
	opened := findEvent(c, moves[len(moves)-1], c.d.Disputes.UnpackVotingOpenedEvent)
	if opened.Step.Uint64() != 36 {
		t.Fatalf("VotingOpened step %v, want 36", opened.Step)
	}

	c.mustRevert(worker, c.d.DisputesC, c.d.Disputes.PackVote(cl.id, true), "PartyCannotVote")
	c.mustRevert(c.actor("admin"), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, true), "NoVotingPower")
	for _, v := range []string{"v1", "v2", "v3"} {
		c.must(c.actor(v), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, false))
	}
	c.mustRevert(c.actor("v1"), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, false), "AlreadyVoted")
	c.mustRevert(ch, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()), "DeadlineNotPassed")

	_, res := cl.resolveAfter(c, c.actor("v1"))
	if res.Outcome != outcomeWorkerWrong {
		t.Fatalf("outcome %d, want worker wrong", res.Outcome)
	}
	// Slash: all 1000 of the worker, 10% of the 3000 delegated.
	if got, want := res.Slashed, tokens(1300); got.Cmp(want) != 0 {
		t.Fatalf("slashed %v, want %v", got, want)
	}
	if got, want := c.owed(ch), tokens(100+650); got.Cmp(want) != 0 {
		t.Fatalf("challenger owed %v, want bond + half the slash = %v", got, want)
	}
	if got, want := res.FeePool, tokens(130); got.Cmp(want) != 0 {
		t.Fatalf("validator fee pool %v, want %v", got, want)
	}
	if got, want := new(big.Int).Sub(supply0, c.supply()), tokens(520); got.Cmp(want) != 0 {
		t.Fatalf("burned %v, want the rest of the slash %v", got, want)
	}
	if got := c.workerInfo(worker); got.SelfStake.Sign() != 0 || got.ActiveDisputes != 0 {
		t.Fatalf("worker after slash %+v, want no stake and no open dispute", got)
	}
	value := call(c, c.d.LedgerC, c.d.Ledger.PackDelegatedValue(worker.addr, delegator.addr), c.d.Ledger.UnpackDelegatedValue)
	if want := tokens(2700); value.Cmp(want) != 0 {
		t.Fatalf("delegation worth %v after the capped slash, want %v", value, want)
	}

	// The update and its descendant are reverted; the head is back on the parent.
	if got := c.updateInfo(bad.id()).Status; got != statusReverted {
		t.Fatalf("status %d, want reverted", got)
	}
	if !c.isHead(rn.p.RunId, rn.genesis.id()) {
		t.Fatalf("head is not the parent %s", rn.genesis.id())
	}
	if live := call(c, c.d.LedgerC, c.d.Ledger.PackIsLive(rn.p.RunId, child.id()), c.d.Ledger.UnpackIsLive); live {
		t.Fatal("descendant still live")
	}
	c.advance(3600 * 1e9) // the descendant's window is over, but it can never finalize
	c.mustRevert(worker2, c.d.LedgerC, c.d.Ledger.PackFinalize(child.ref()), "ParentNotFinal")
	c.must(worker2, c.d.LedgerC, c.d.Ledger.PackMarkReverted(child.ref()))
	if got := c.updateInfo(child.id()).Status; got != statusReverted {
		t.Fatalf("descendant status %d, want reverted", got)
	}

	// No double slash: the dispute is over and the update cannot be re-challenged.
	c.mustRevert(ch, c.d.DisputesC, c.d.Disputes.PackResolve(cl.id, bad.dref()), "WrongPhase")
	again := rn.newChallenge(c.actor("v2"), bad, wrongFrom(honest, 5, "again"))
	c.must(c.actor("v2"), c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, tokens(100)))
	c.must(c.actor("v2"), c.d.DisputesC, c.d.Disputes.PackCommitChallenge(again.id))
	c.sim.Commit()
	c.mustRevert(c.actor("v2"), c.d.DisputesC, c.d.Disputes.PackRevealChallenge(bad.dref(), again.reveal(c)), "WrongStatus")

	// Payouts are pulled.
	for _, v := range []string{"v1", "v2", "v3"} {
		a := c.actor(v)
		c.must(a, c.d.DisputesC, c.d.Disputes.PackClaimVoterFee(cl.id))
		c.mustRevert(a, c.d.DisputesC, c.d.Disputes.PackClaimVoterFee(cl.id), "NothingToClaim")
		if got, want := c.owed(a), frac(130, 3); got.Cmp(want) != 0 {
			t.Fatalf("%s owed %v, want a third of the fee %v", v, got, want)
		}
	}
	before := c.balance(ch.addr)
	c.must(ch, c.d.LedgerC, c.d.Ledger.PackClaim())
	if got, want := new(big.Int).Sub(c.balance(ch.addr), before), tokens(750); got.Cmp(want) != 0 {
		t.Fatalf("challenger claimed %v, want %v", got, want)
	}

	// A new commit on the parent succeeds.
	next := rn.commitHonest(worker2, rn.genesis)
	if !c.isHead(rn.p.RunId, next.id()) {
		t.Fatalf("head is not the new commit %s", next.id())
	}
	// The slashed worker cannot commit any more.
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackCommit(rn.p.RunId, next.id(), next.u.StateHash, next.u.TraceRoot, []byte{1}), "InsufficientStake")
}
