package node_test

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	s := newSwarm(t, 2)
	ctx := t.Context()
	w1, w2 := s.chain.Address(1), s.chain.Address(2)
	if !node.CanCommit(ctx, s.admin, s.dep, w1) {
		t.Fatalf("worker %s with 200 bonded (minimum 100) cannot commit", w1)
	}
	if node.CanCommit(ctx, s.admin, s.dep, s.chain.Address(0)) {
		t.Fatal("an unregistered account can commit")
	}
	// Worker 2 unbonds 150 of its 200: 50 is under the run's minimum of 100.
	s.must(t, s.dial(t, s.workerKeys[1]), s.dep.Ledger, s.ledger.PackUnbondSelf(tokens(150)))
	if node.CanCommit(ctx, s.admin, s.dep, w2) {
		t.Fatalf("worker %s with 50 bonded (minimum 100) can commit", w2)
	}
}
