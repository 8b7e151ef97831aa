package bindings_test

import (
	"math/big"
	"testing"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

func TestLedger_HappyPath(t *testing.T) {
	c := newChain(t, "worker", "delegator")
	worker, delegator := c.actor("worker"), c.actor("delegator")
	rn := c.createRun(testRunParams("happy", 64))

	c.register(worker, tokens(1000), 1000) // 10% commission
	c.delegateTo(delegator, worker, tokens(3000))
	u := rn.commitHonest(worker, rn.genesis)
	if !c.isHead(rn.p.RunId, u.id()) {
		t.Fatalf("head is not the new update %s", u.id())
	}

	// No finalize inside the window.
	c.mustRevert(delegator, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()), "ChallengeWindowOpen")
	c.advance(3600 * 1e9)
	r := c.must(delegator, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()))
	fin := findEvent(c, r, c.d.Ledger.UnpackUpdateFinalizedEvent)
	if got, want := fin.Reward, tokens(100); got.Cmp(want) != 0 {
		t.Fatalf("reward %v, want %v", got, want)
	}
	if got := c.updateInfo(u.id()).Status; got != statusFinal {
		t.Fatalf("status %d, want final", got)
	}
	c.mustRevert(delegator, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()), "WrongStatus")

	// Split: 10 commission; 90 pro rata 1000:3000 -> 22.5 worker, 67.5 delegators.
	c.must(delegator, c.d.LedgerC, c.d.Ledger.PackSettle(worker.addr))
	if got, want := c.owed(worker), new(big.Int).Div(tokens(325), big.NewInt(10)); got.Cmp(want) != 0 {
		t.Fatalf("worker owed %v, want %v (commission + own share)", got, want)
	}
	value := call(c, c.d.LedgerC, c.d.Ledger.PackDelegatedValue(worker.addr, delegator.addr), c.d.Ledger.UnpackDelegatedValue)
	if want := new(big.Int).Div(tokens(30675), big.NewInt(10)); value.Cmp(want) != 0 {
		t.Fatalf("delegation worth %v, want %v", value, want)
	}

	// The worker claims; the delegator unbonds everything and withdraws after the delay.
	before := c.balance(worker.addr)
	c.must(worker, c.d.LedgerC, c.d.Ledger.PackClaim())
	if got, want := new(big.Int).Sub(c.balance(worker.addr), before), new(big.Int).Div(tokens(325), big.NewInt(10)); got.Cmp(want) != 0 {
		t.Fatalf("claim paid %v, want %v", got, want)
	}
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackClaim(), "NothingOwed")

	shares := call(c, c.d.LedgerC, c.d.Ledger.PackSharesOf(worker.addr, delegator.addr), c.d.Ledger.UnpackSharesOf)
	r = c.must(delegator, c.d.LedgerC, c.d.Ledger.PackUnbond(worker.addr, shares))
	ub := findEvent(c, r, c.d.Ledger.UnpackUnbondedEvent)
	r = c.must(worker, c.d.LedgerC, c.d.Ledger.PackUnbondSelf(tokens(1000)))
	wub := findEvent(c, r, c.d.Ledger.UnpackUnbondedEvent)
	// With its self-bond unbonding the worker cannot commit.
	root, _ := honestTrace(u.u.StateHash, 64).Root()
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackCommit(rn.p.RunId, u.id(), root, root, []byte{1}), "InsufficientStake")

	c.mustRevert(delegator, c.d.LedgerC, c.d.Ledger.PackWithdraw(ub.UnbondingId), "StillUnbonding")
	c.mustRevert(worker, c.d.LedgerC, c.d.Ledger.PackWithdraw(ub.UnbondingId), "NotOwner")
	c.advance(7 * 24 * 3600 * 1e9)
	c.must(delegator, c.d.LedgerC, c.d.Ledger.PackWithdraw(ub.UnbondingId))
	c.must(worker, c.d.LedgerC, c.d.Ledger.PackWithdraw(wub.UnbondingId))
	if got, want := c.balance(delegator.addr), new(big.Int).Div(tokens(30675), big.NewInt(10)); got.Cmp(want) != 0 {
		t.Fatalf("delegator got back %v, want %v", got, want)
	}
	if got, want := c.balance(worker.addr), new(big.Int).Add(tokens(1000), new(big.Int).Div(tokens(325), big.NewInt(10))); got.Cmp(want) != 0 {
		t.Fatalf("worker ends with %v, want %v", got, want)
	}
	c.mustRevert(delegator, c.d.LedgerC, c.d.Ledger.PackWithdraw(ub.UnbondingId), "NotOwner")
}

func TestLedger_CreateRunBounds(t *testing.T) {
	c := newChain(t)
	cases := []struct {
		name string
		edit func(p *bindings.RunParams)
	}{
		{"k", func(p *bindings.RunParams) { p.K = 0 }},
		{"k", func(p *bindings.RunParams) { p.K = 1 << 16 }},
		{"minStake", func(p *bindings.RunParams) { p.MinStake = new(big.Int) }},
		{"challengeWindow", func(p *bindings.RunParams) { p.ChallengeWindow = 10 }},
		{"moveDeadline", func(p *bindings.RunParams) { p.MoveDeadline = 8 * 24 * 3600 }},
		{"votingPeriod", func(p *bindings.RunParams) { p.VotingPeriod = 1 }},
		{"quorumBps", func(p *bindings.RunParams) { p.QuorumBps = 10001 }},
		{"challengerShareBps", func(p *bindings.RunParams) { p.ChallengerShareBps, p.ValidatorFeeBps = 9000, 2000 }},
		{"challengeBond", func(p *bindings.RunParams) { p.ChallengeBond = new(big.Int) }},
		{"genesisCid", func(p *bindings.RunParams) { p.GenesisCid = nil }},
		// A 6-day window plus the dispute does not fit the 7-day unbonding delay.
		{"challengeWindow+dispute>=unbondingDelay", func(p *bindings.RunParams) { p.ChallengeWindow = 6*24*3600 + 23*3600 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := testRunParams("bounds", 64)
			tc.edit(&p)
			c.mustRevert(c.admin, c.d.LedgerC, c.d.Ledger.PackCreateRun(p), "BadRunParam["+tc.name+"]")
		})
	}
	rn := c.createRun(testRunParams("bounds", 64))
	c.mustRevert(c.admin, c.d.LedgerC, c.d.Ledger.PackCreateRun(rn.p), "RunExists")
}

func TestLedger_RewardsFromAFinitePool(t *testing.T) {
	c := newChain(t, "worker", "delegator")
	worker, delegator := c.actor("worker"), c.actor("delegator")
	p := testRunParams("pool", 8)
	p.Funding = tokens(150)
	rn := c.createRun(p)
	c.register(worker, tokens(1000), 1000)
	c.delegateTo(delegator, worker, tokens(1000))

	var rewards []*big.Int
	parent := rn.genesis
	for i := 0; i < 3; i++ {
		u := rn.commitHonest(worker, parent)
		c.advance(3600 * 1e9)
		r := c.must(delegator, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()))
		rewards = append(rewards, findEvent(c, r, c.d.Ledger.UnpackUpdateFinalizedEvent).Reward)
		parent = u
		if i == 0 {
			// Raising the commission splits what was earned so far at the old rate.
			c.must(worker, c.d.LedgerC, c.d.Ledger.PackSetCommission(10000))
			if got, want := c.owed(worker), tokens(55); got.Cmp(want) != 0 {
				t.Fatalf("worker owed %v after the first reward, want 10 + 45 = %v", got, want)
			}
		}
	}
	for i, want := range []*big.Int{tokens(100), tokens(50), new(big.Int)} {
		if rewards[i].Cmp(want) != 0 {
			t.Fatalf("reward %d = %v, want %v (pool of 150)", i, rewards[i], want)
		}
	}
	// The second reward went wholly to the worker at 100% commission.
	c.must(delegator, c.d.LedgerC, c.d.Ledger.PackSettle(worker.addr))
	if got, want := c.owed(worker), tokens(105); got.Cmp(want) != 0 {
		t.Fatalf("worker owed %v, want %v", got, want)
	}
	value := call(c, c.d.LedgerC, c.d.Ledger.PackDelegatedValue(worker.addr, delegator.addr), c.d.Ledger.UnpackDelegatedValue)
	if want := tokens(1045); value.Cmp(want) != 0 {
		t.Fatalf("delegation worth %v, want %v", value, want)
	}
	// Anyone can top the pool up; the next update earns again.
	c.must(c.admin, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, tokens(100)))
	c.must(c.admin, c.d.LedgerC, c.d.Ledger.PackFundRun(rn.p.RunId, tokens(100)))
	u := rn.commitHonest(worker, parent)
	c.advance(3600 * 1e9)
	r := c.must(delegator, c.d.LedgerC, c.d.Ledger.PackFinalize(u.ref()))
	if got := findEvent(c, r, c.d.Ledger.UnpackUpdateFinalizedEvent).Reward; got.Cmp(tokens(100)) != 0 {
		t.Fatalf("reward after funding %v, want 100", got)
	}
}
