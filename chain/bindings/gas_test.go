package bindings_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

// Gas budgets (all-in transaction gas) from the settlement issue.
var gasBudgets = map[string]uint64{
	"commit":         60_000,
	"finalize":       50_000,
	"bisection-move": 80_000,
	"vote":           80_000,
	"dispute-total":  1_200_000,
}

// TestGasReport measures every operation from real transactions on the
// simulated chain, asserts the budgets, and with UMNODE_GAS_REPORT=1 prints
// one line per operation: `gas <operation> <gasUsed>` (`make gas`).
// Operations measured several times report the largest.
func TestGasReport(t *testing.T) {
	c := newChain(t, "worker", "delegator", "challenger", "v1", "v2", "v3")
	worker, ch := c.actor("worker"), c.actor("challenger")
	rn := c.createRun(testRunParams("gas", 64))
	c.register(worker, tokens(1000), 1000)
	c.delegateTo(c.actor("delegator"), worker, tokens(3000))
	c.makeValidators(tokens(60_000_000), "v1", "v2", "v3")

	var order []string
	got := map[string]uint64{}
	record := func(op string, rs ...*types.Receipt) uint64 {
		var max uint64
		for _, r := range rs {
			max = maxu(max, r.GasUsed)
		}
		if _, ok := got[op]; !ok {
			order = append(order, op)
		}
		got[op] = maxu(got[op], max)
		return max
	}
	sum := func(rs ...*types.Receipt) (s uint64) {
		for _, r := range rs {
			s += r.GasUsed
		}
		return s
	}

	// Happy path: commit, finalize, and a second round on a final parent.
	u1, rc1 := rn.commitTrace(worker, rn.genesis, honestTrace(rn.genesis.u.StateHash, 64))
	record("commit", rc1)
	c.advance(3600 * 1e9)
	record("finalize", c.must(ch, c.d.LedgerC, c.d.Ledger.PackFinalize(u1.ref())))

	// A whole dispute with k=64: commit, challenge commit + reveal, 6 moves, 3 votes, resolve.
	honest := honestTrace(u1.u.StateHash, 64)
	bad, rc2 := rn.commitTrace(worker, u1, wrongFrom(honest, 41, "gas"))
	record("commit", rc2)
	cl := rn.newChallenge(ch, bad, honest)
	rcc, rcr := cl.open(c, tokens(100))
	record("challenge-commit", rcc)
	record("challenge-reveal", rcr)
	moves := cl.bisect(c, worker)
	if len(moves) != 6 {
		t.Fatalf("%d moves, want 6", len(moves))
	}
	record("bisection-move", moves...)
	var votes []*types.Receipt
	for _, v := range []string{"v1", "v2", "v3"} {
		votes = append(votes, c.must(c.actor(v), c.d.DisputesC, c.d.Disputes.PackVote(cl.id, false)))
	}
	record("vote", votes...)
	rres, res := cl.resolveAfter(c, ch)
	if res.Outcome != outcomeWorkerWrong {
		t.Fatalf("outcome %d, want worker wrong", res.Outcome)
	}
	record("resolve", rres)
	record("claim", c.must(ch, c.d.LedgerC, c.d.Ledger.PackClaim()))
	record("claim-voter-fee", c.must(c.actor("v1"), c.d.DisputesC, c.d.Disputes.PackClaimVoterFee(cl.id)))
	total := rc2.GasUsed + rcc.GasUsed + rcr.GasUsed + sum(moves...) + sum(votes...) + rres.GasUsed
	order = append(order, "dispute-total")
	got["dispute-total"] = total

	// A commit on a stale head fails cheaply.
	stale := honestTrace(u1.u.StateHash, 64)
	root, _ := stale.Root()
	tx := c.sendNoEstimate(worker, c.d.LedgerC, c.d.Ledger.PackCommit(rn.p.RunId, u1.id(), stale[64], root, fakeCID("stale")), 200_000)
	if tx.Status != types.ReceiptStatusFailed {
		t.Fatal("commit on a stale head succeeded")
	}
	order = append(order, "commit-stale-revert")
	got["commit-stale-revert"] = tx.GasUsed
	if tx.GasUsed > 30_000 {
		t.Errorf("a stale commit burns %d gas, want a cheap failure (<= 30000)", tx.GasUsed)
	}

	if os.Getenv("UMNODE_GAS_REPORT") == "1" {
		for _, op := range order {
			fmt.Printf("gas %s %d\n", op, got[op])
		}
	}
	for op, budget := range gasBudgets {
		if got[op] > budget {
			t.Errorf("gas %s %d, over the budget %d", op, got[op], budget)
		}
	}
}

func maxu(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}
