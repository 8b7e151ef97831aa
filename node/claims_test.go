package node_test

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

func TestClaims_LowestRankWins(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	parent := protocol.Keccak256([]byte("parent"))
	workers := []common.Address{common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0xc3")}
	var claims []*protocol.WorkClaim
	for _, w := range workers {
		claims = append(claims, &protocol.WorkClaim{Parent: parent, Worker: w, Expires: uint64(now.Unix()) + 60})
	}
	sorted := slices.Clone(workers)
	slices.SortFunc(sorted, func(a, b common.Address) int {
		ra, rb := node.ClaimRank(parent, a), node.ClaimRank(parent, b)
		return bytes.Compare(ra[:], rb[:])
	})
	none := func(common.Address) bool { return false }
	winner := sorted[0]
	if rival, beaten := node.Beaten(claims, parent, winner, now, none); beaten {
		t.Fatalf("lowest-ranked %s is beaten by %s", winner, rival)
	}
	for _, w := range sorted[1:] {
		if _, beaten := node.Beaten(claims, parent, w, now, none); !beaten {
			t.Fatalf("%s is not beaten though %s ranks lower", w, winner)
		}
	}
	// A winner whose claim expired, or who already committed on the parent,
	// no longer holds the others back.
	if _, beaten := node.Beaten(claims, parent, sorted[1], now.Add(2*time.Minute), none); beaten {
		t.Fatal("beaten by expired claims")
	}
	spent := func(w common.Address) bool { return w == winner }
	if rival, beaten := node.Beaten(claims, parent, sorted[1], now, spent); beaten {
		t.Fatalf("second-ranked beaten by %s, whose claim is spent", rival)
	}
	// The third is then held back by the second, the best unspent rival.
	if rival, beaten := node.Beaten(claims, parent, sorted[2], now, spent); !beaten || rival != sorted[1] {
		t.Fatalf("third-ranked: beaten %v by %s, want beaten by %s", beaten, rival, sorted[1])
	}
	// Claims on another parent do not count.
	other := protocol.Keccak256([]byte("other"))
	if _, beaten := node.Beaten(claims, other, sorted[2], now, none); beaten {
		t.Fatal("beaten by claims on another parent")
	}
	// The order reshuffles with the parent: over many parents every worker
	// wins sometimes.
	wins := map[common.Address]int{}
	for i := range 64 {
		p := protocol.Keccak256([]byte{byte(i)})
		best := workers[0]
		for _, w := range workers[1:] {
			rb, rw := node.ClaimRank(p, best), node.ClaimRank(p, w)
			if bytes.Compare(rw[:], rb[:]) < 0 {
				best = w
			}
		}
		wins[best]++
	}
	for _, w := range workers {
		if wins[w] == 0 {
			t.Fatalf("worker %s never wins over 64 parents: %v", w, wins)
		}
	}
}

// TestClaims_UnbondedWorkerHoldsNobodyBack: the worker loop treats the claim
// of a worker whose bond is under the run's minimum (slashed, unbonded) as
// spent, so it cannot hold honest workers back.
func TestClaims_UnbondedWorkerHoldsNobodyBack(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Worker()}})
	ctx := t.Context()
	w1, w2 := s.Address(1), s.Address(2)
	if !node.CanCommit(ctx, s.Admin, s.Deployment, w1) {
		t.Fatalf("worker %s with 200 bonded (minimum 100) cannot commit", w1)
	}
	if node.CanCommit(ctx, s.Admin, s.Deployment, s.Address(0)) {
		t.Fatal("an unregistered account can commit")
	}
	// Worker 2 unbonds 150 of its 200: 50 is under the run's minimum of 100.
	s.Must(t, s.Dial(t, s.Key(2)), s.Deployment.Ledger, s.Ledger.PackUnbondSelf(testswarm.Tokens(150)))
	if node.CanCommit(ctx, s.Admin, s.Deployment, w2) {
		t.Fatalf("worker %s with 50 bonded (minimum 100) can commit", w2)
	}
}

// claimWorkers returns n addresses sorted by their rank on parent, best
// first.
func claimWorkers(parent protocol.Hash, n int) []common.Address {
	var ws []common.Address
	for i := range n {
		ws = append(ws, common.BytesToAddress([]byte{0xc0, byte(i + 1)}))
	}
	slices.SortFunc(ws, func(a, b common.Address) int {
		ra, rb := node.ClaimRank(parent, a), node.ClaimRank(parent, b)
		return bytes.Compare(ra[:], rb[:])
	})
	return ws
}

// TestClaimBook_HoldBoundsAClaim: a claim holds a worker back for the hold
// (twice the node's longest recent update plus the claim delay, the TTL
// before any update), whatever Expires its claimant chose, and claiming
// again does not extend it.
func TestClaimBook_HoldBoundsAClaim(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0)
	p := protocol.Keccak256([]byte("p"))
	ws := claimWorkers(p, 2)
	squatter, me := ws[0], ws[1]
	b := node.NewClaimBook(2*time.Minute, 500*time.Millisecond)
	none := func(common.Address) bool { return false }
	if got, want := b.Hold(), 2*time.Minute; got != want {
		t.Fatalf("hold before any update %v, want the TTL %v", got, want)
	}
	b.Observe(time.Second)
	b.Observe(2 * time.Second)
	b.Observe(1500 * time.Millisecond)
	hold := b.Hold()
	if want := 500*time.Millisecond + 4*time.Second; hold != want {
		t.Fatalf("hold %v, want %v (delay + twice the longest update)", hold, want)
	}
	claim := &protocol.WorkClaim{Parent: p, Worker: squatter, Expires: uint64(t0.Add(time.Hour).Unix())}
	b.Add(claim, t0)
	if rival, beaten := b.Beaten(p, me, t0.Add(hold-time.Millisecond), none); !beaten || rival != squatter {
		t.Fatalf("within the hold: beaten %v by %s, want beaten by %s", beaten, rival, squatter)
	}
	b.Add(claim, t0.Add(3*time.Second)) // heard again: no extension
	if rival, beaten := b.Beaten(p, me, t0.Add(hold), none); beaten {
		t.Fatalf("after the hold, still beaten by %s (its claim expires in an hour)", rival)
	}
	// The hold never exceeds the TTL, however slow the updates were.
	b.Observe(time.Hour)
	if got := b.Hold(); got != 2*time.Minute {
		t.Fatalf("hold %v after a one-hour update, want the TTL", got)
	}
}

// TestClaimBook_StrikesGrowUntilACommit: when the head moves on from a
// parent, a claimant whose claim there outranked the committer's and had
// run out is ignored for ClaimPenaltyFactor holds, twice that after a
// second lapse, and counts again at once when it commits. An Expires just
// short of the hold is a lapse too.
func TestClaimBook_StrikesGrowUntilACommit(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0)
	b := node.NewClaimBook(time.Minute, time.Second)
	b.Observe(2 * time.Second)
	hold := b.Hold() // 5s
	none := func(common.Address) bool { return false }
	squatter := common.HexToAddress("0x5a")
	me := common.HexToAddress("0xee")
	// parentWhere returns a new parent on which the squatter outranks me.
	i := 0
	parentWhere := func() protocol.Hash {
		for ; ; i++ {
			p := protocol.Keccak256([]byte{byte(i), byte(i >> 8)})
			rs, rm := node.ClaimRank(p, squatter), node.ClaimRank(p, me)
			if bytes.Compare(rs[:], rm[:]) < 0 {
				i++
				return p
			}
		}
	}
	now := t0
	squat := func(p protocol.Hash, expires time.Time) {
		b.Add(&protocol.WorkClaim{Parent: p, Worker: squatter, Expires: uint64(expires.Unix())}, now)
	}
	p1 := parentWhere()
	squat(p1, now.Add(time.Hour))
	if _, beaten := b.Beaten(p1, me, now, none); !beaten {
		t.Fatal("a fresh claim does not hold")
	}
	// The head moves on before the hold ran out: no strike.
	if struck := b.Settle(p1, me, me, now.Add(hold-time.Second)); len(struck) != 0 {
		t.Fatalf("struck %v within the hold", struck)
	}
	p1 = parentWhere()
	squat(p1, now.Add(time.Hour))
	b.Add(&protocol.WorkClaim{Parent: p1, Worker: me, Expires: uint64(now.Add(time.Hour).Unix())}, now) // my own
	now = now.Add(hold)
	if _, beaten := b.Beaten(p1, me, now, none); beaten {
		t.Fatal("beaten after the hold")
	}
	now = now.Add(time.Second) // I trained and committed
	if struck := b.Settle(p1, me, me, now); !slices.Equal(struck, []common.Address{squatter}) {
		t.Fatalf("struck %v when the head moved on, want the squatter", struck)
	}
	until, ignored := b.Ignored(squatter, now)
	if want := now.Add(node.ClaimPenaltyFactor * hold); !ignored || !until.Equal(want) {
		t.Fatalf("after one strike: ignored %v until %v, want until %v", ignored, until, want)
	}
	// A strike is counted once per claim.
	if struck := b.Settle(p1, me, me, now); len(struck) != 0 {
		t.Fatalf("the same lapse struck again: %v", struck)
	}
	// While ignored, its claims hold nobody back, and their lapses cost it
	// nothing more.
	p2 := parentWhere()
	squat(p2, now.Add(time.Hour))
	if _, beaten := b.Beaten(p2, me, now, none); beaten {
		t.Fatal("beaten by an ignored claimant")
	}
	if struck := b.Settle(p2, me, me, now.Add(2*hold)); len(struck) != 0 {
		t.Fatalf("an ignored claimant struck again: %v", struck)
	}
	// After the penalty it counts again; its next lapse, this time by an
	// Expires just short of the hold, doubles the penalty.
	now = until
	p3 := parentWhere()
	squat(p3, now.Add(hold-2*time.Second))
	if _, beaten := b.Beaten(p3, me, now, none); !beaten {
		t.Fatal("not beaten by a claimant whose penalty is over")
	}
	now = now.Add(hold - time.Second)
	if _, beaten := b.Beaten(p3, me, now, none); beaten {
		t.Fatal("beaten after the claim expired")
	}
	if struck := b.Settle(p3, me, me, now); len(struck) != 1 {
		t.Fatalf("struck %v, want the squatter", struck)
	}
	until, _ = b.Ignored(squatter, now)
	if want := now.Add(2 * node.ClaimPenaltyFactor * hold); !until.Equal(want) {
		t.Fatalf("after two strikes ignored until %v, want %v", until, want)
	}
	// A commit clears the record: its claims hold at once.
	b.Committed(squatter)
	if _, ignored := b.Ignored(squatter, now); ignored {
		t.Fatal("still ignored after a commit")
	}
	p4 := parentWhere()
	squat(p4, now.Add(time.Hour))
	if _, beaten := b.Beaten(p4, me, now, none); !beaten {
		t.Fatal("the claimant's new claim does not hold after its commit")
	}
}

// TestClaimBook_HonestTurnsAreNotStruck: when the head moves on long after
// the claims, neither the committer nor claimants ranked below it are
// struck (they rightly yielded to it).
func TestClaimBook_HonestTurnsAreNotStruck(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0)
	p := protocol.Keccak256([]byte("turn"))
	ws := claimWorkers(p, 4)
	me := common.HexToAddress("0xee")
	b := node.NewClaimBook(time.Minute, time.Second)
	for _, w := range ws {
		b.Add(&protocol.WorkClaim{Parent: p, Worker: w, Expires: uint64(t0.Add(time.Minute).Unix())}, t0)
	}
	// The second-ranked committed, late: only the first is struck.
	if struck := b.Settle(p, ws[1], me, t0.Add(2*time.Minute)); !slices.Equal(struck, ws[:1]) {
		t.Fatalf("struck %v, want only %s", struck, ws[0])
	}
	for _, w := range ws[1:] {
		if _, ignored := b.Ignored(w, t0.Add(2*time.Minute)); ignored {
			t.Fatalf("%s ignored", w)
		}
	}
	// The head coming back to a parent long after its claims (a revert)
	// strikes nobody.
	q := protocol.Keccak256([]byte("reverted to"))
	for _, w := range claimWorkers(q, 3) {
		b.Add(&protocol.WorkClaim{Parent: q, Worker: w, Expires: uint64(t0.Add(time.Minute).Unix())}, t0)
	}
	if struck := b.Settle(q, claimWorkers(q, 3)[2], me, t0.Add(time.Hour)); len(struck) != 0 {
		t.Fatalf("struck %v an hour after their claims", struck)
	}
}
