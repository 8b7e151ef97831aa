package verify_test

import (
	"errors"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// FuzzPlayer_Next feeds the strategy arbitrary dispute states, as a hostile
// or buggy chain could report them: it must never panic, and every move it
// makes must be one the contract accepts (Apply) with the range it predicts.
func FuzzPlayer_Next(f *testing.F) {
	f.Add(uint16(16), uint16(0), uint16(16), false, uint8(0), uint16(3))
	f.Add(uint16(64), uint16(36), uint16(40), true, uint8(1), uint16(37))
	f.Add(uint16(1), uint16(0), uint16(1), false, uint8(2), uint16(0))
	f.Add(uint16(5), uint16(4), uint16(2), false, uint8(0), uint16(9))
	f.Fuzz(func(t *testing.T, k, lo, hi uint16, challengerToMove bool, pendingFrom uint8, wrong uint16) {
		if k == 0 || k > 300 {
			t.Skip()
		}
		honest := handTrace("f", int(k))
		bad := wrongFrom(honest, 1+int(wrong)%int(k))
		w, _ := verify.NewPlayer(verify.Worker, bad)
		c, _ := verify.NewPlayer(verify.Challenger, honest)
		st := verify.DisputeState{
			Phase: verify.PhaseBisection, K: int(k), Lo: int(lo), Hi: int(hi),
			ChallengerToMove: challengerToMove, WorkerRoot: w.Root(), ChallengerRoot: c.Root(),
		}
		// The pending state: the other side's at the midpoint, or junk.
		mid := st.Mid()
		other := honest
		if challengerToMove {
			other = bad
		}
		switch {
		case pendingFrom%3 == 0 && mid >= 0 && mid <= int(k):
			st.Pending = other[mid]
		case pendingFrom%3 == 1:
			st.Pending = protocol.Keccak256([]byte{pendingFrom})
		}
		mover := w
		if challengerToMove {
			mover = c
		}
		m, err := mover.Next(st)
		if err != nil {
			if !errors.Is(err, verify.ErrBadDisputeArg) {
				t.Fatalf("Next on %+v: unexpected error %v", st, err)
			}
			return
		}
		next, err := st.Apply(m)
		if err != nil {
			t.Fatalf("own move refused: %v", err)
		}
		if next.Lo != m.Lo || next.Hi != m.Hi || next.Hi-next.Lo >= st.Hi-st.Lo || next.Lo < st.Lo || next.Hi > st.Hi {
			t.Fatalf("range [%d, %d] -> [%d, %d] (predicted [%d, %d]): must shrink inside", st.Lo, st.Hi, next.Lo, next.Hi, m.Lo, m.Hi)
		}
	})
}
