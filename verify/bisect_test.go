package verify_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// handTrace is a stand-in trace of k steps: s_i = H(tag, i).
func handTrace(tag string, k int) protocol.Trace {
	t := make(protocol.Trace, k+1)
	for i := range t {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		t[i] = protocol.Keccak256([]byte(tag), b[:])
	}
	return t
}

// wrongFrom is t with every state from j on replaced.
func wrongFrom(t protocol.Trace, j int) protocol.Trace {
	w := append(protocol.Trace(nil), t...)
	for i := j; i < len(w); i++ {
		w[i] = protocol.Keccak256([]byte("wrong"), w[i][:])
	}
	return w
}

func players(t *testing.T, worker, challenger protocol.Trace) (*verify.Player, *verify.Player) {
	t.Helper()
	w, err := verify.NewPlayer(verify.Worker, worker)
	if err != nil {
		t.Fatal(err)
	}
	c, err := verify.NewPlayer(verify.Challenger, challenger)
	if err != nil {
		t.Fatal(err)
	}
	return w, c
}

func TestPlayer_BisectsToTheFirstWrongStep(t *testing.T) {
	for k := 1; k <= 40; k++ {
		honest := handTrace("honest", k)
		for j := 1; j <= k; j++ {
			for _, workerBad := range []bool{true, false} {
				wt, ct := wrongFrom(honest, j), honest
				if !workerBad {
					wt, ct = honest, wrongFrom(honest, j)
				}
				st, moves := dispute(t, wt, ct)
				if st.Phase != verify.PhaseVoting || st.Lo != j-1 || st.Hi != j {
					t.Fatalf("k=%d wrong from %d: ended %s on [%d, %d], want voting on step %d -> %d", k, j, st.Phase, st.Lo, st.Hi, j-1, j)
				}
				if want := protocol.Depth(k + 1); k > 1 && moves > want {
					t.Fatalf("k=%d: %d moves, more than the depth %d", k, moves, want)
				}
			}
		}
	}
}

// dispute opens a dispute between two traces and plays it out with both
// players, Apply standing in for the contract.
func dispute(t *testing.T, wt, ct protocol.Trace) (verify.DisputeState, int) {
	t.Helper()
	st, moves, _ := disputePosted(t, wt, ct)
	return st, moves
}

// disputePosted is dispute that also returns every state posted, as the
// contract's Moved events would list them.
func disputePosted(t *testing.T, wt, ct protocol.Trace) (verify.DisputeState, int, []verify.Posted) {
	t.Helper()
	var posted []verify.Posted
	post := func(by verify.Side, p verify.Proven) {
		posted = append(posted, verify.Posted{By: by, Index: p.Index, State: p.State})
	}
	w, c := players(t, wt, ct)
	k := len(wt) - 1
	o, err := c.Open(wt[k])
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	st, err := verify.Opened(k, w.Root(), o)
	if err != nil {
		t.Fatalf("Opened: %v", err)
	}
	post(verify.Challenger, o.Final)
	if o.Mid != nil {
		post(verify.Challenger, *o.Mid)
	}
	moves := 0
	for st.Phase == verify.PhaseBisection {
		mover, idle := w, c
		if st.ChallengerToMove {
			mover, idle = c, w
		}
		if _, err := idle.Next(st); !errors.Is(err, verify.ErrNotMyTurn) {
			t.Fatalf("idle %s: %v, want ErrNotMyTurn", idle.Side(), err)
		}
		m, err := mover.Next(st)
		if err != nil {
			t.Fatalf("%s Next: %v", mover.Side(), err)
		}
		next, err := st.Apply(m)
		if err != nil {
			t.Fatalf("Apply %s's move: %v", mover.Side(), err)
		}
		if next.Lo != m.Lo || next.Hi != m.Hi {
			t.Fatalf("move predicted [%d, %d], Apply gave [%d, %d]", m.Lo, m.Hi, next.Lo, next.Hi)
		}
		post(m.By, m.At)
		if m.Next != nil {
			post(m.By, *m.Next)
		}
		st = next
		if moves++; moves > 32 {
			t.Fatal("bisection does not end")
		}
	}
	return st, moves, posted
}

func TestClaimsOf_NamesTheDisputedStep(t *testing.T) {
	for _, k := range []int{1, 2, 3, 8, 13, 64} {
		honest := handTrace("honest", k)
		for j := 1; j <= k; j++ {
			for _, workerBad := range []bool{true, false} {
				wt, ct := wrongFrom(honest, j), honest
				if !workerBad {
					wt, ct = honest, wrongFrom(honest, j)
				}
				st, _, posted := disputePosted(t, wt, ct)
				c, err := verify.ClaimsOf(st, posted, wt[0], wt[k])
				if err != nil {
					t.Fatalf("k=%d j=%d: ClaimsOf: %v", k, j, err)
				}
				if c.Agreed != honest[j-1] || c.Worker != wt[j] || c.Challenger != ct[j] {
					t.Fatalf("k=%d j=%d: claims %+v, want agreed s_%d and each side's s_%d", k, j, c, j-1, j)
				}
			}
		}
	}
	st, _, posted := disputePosted(t, wrongFrom(handTrace("h", 8), 4), handTrace("h", 8))
	if _, err := verify.ClaimsOf(st, posted[:1], protocol.Hash{}, protocol.Hash{}); err == nil {
		t.Fatal("claims found without the posts that name them")
	}
	st.Phase = verify.PhaseBisection
	if _, err := verify.ClaimsOf(st, posted, protocol.Hash{}, protocol.Hash{}); err == nil {
		t.Fatal("claims of a dispute still in bisection")
	}
}

func TestPlayer_SixMovesForK64(t *testing.T) {
	honest := handTrace("h", 64)
	// The contract's own test expects step 36 -> 37 and 6 moves for a wrong s_37.
	st, moves := dispute(t, wrongFrom(honest, 37), honest)
	if moves != 6 || st.Lo != 36 {
		t.Fatalf("%d moves to step %d, want 6 moves to step 36", moves, st.Lo)
	}
}

func TestApply_RejectsForgedMoves(t *testing.T) {
	honest := handTrace("h", 16)
	w, c := players(t, wrongFrom(honest, 9), honest)
	o, err := c.Open(wrongFrom(honest, 9)[16])
	if err != nil {
		t.Fatal(err)
	}
	st, err := verify.Opened(16, w.Root(), o)
	if err != nil {
		t.Fatal(err)
	}
	m, err := w.Next(st)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(m verify.Move) verify.Move{
		"forged state": func(m verify.Move) verify.Move { m.At.State[0] ^= 1; return m },
		"wrong index":  func(m verify.Move) verify.Move { m.At.Index++; return m },
		"wrong side":   func(m verify.Move) verify.Move { m.By = verify.Challenger; return m },
		"no next":      func(m verify.Move) verify.Move { m.Next = nil; return m },
		"forged next": func(m verify.Move) verify.Move {
			n := *m.Next
			n.State[0] ^= 1
			m.Next = &n
			return m
		},
	}
	for name, forge := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := st.Apply(forge(m)); !errors.Is(err, verify.ErrBadMove) {
				t.Fatalf("got %v, want ErrBadMove", err)
			}
		})
	}
	if _, err := st.Apply(m); err != nil {
		t.Fatalf("the honest move: %v", err)
	}
}

func TestPlayer_Errors(t *testing.T) {
	honest := handTrace("h", 8)
	w, c := players(t, honest, wrongFrom(honest, 3))
	if _, err := w.Open(protocol.Hash{}); err == nil {
		t.Fatal("the worker opened a dispute")
	}
	if _, err := c.Open(wrongFrom(honest, 3)[8]); err == nil {
		t.Fatal("challenger opened against its own final state")
	}
	o, err := c.Open(honest[8])
	if err != nil {
		t.Fatal(err)
	}
	st, err := verify.Opened(8, w.Root(), o)
	if err != nil {
		t.Fatal(err)
	}
	// Another trace than the committed one is refused, not played.
	other, _ := verify.NewPlayer(verify.Worker, handTrace("other", 8))
	if _, err := other.Next(st); !errors.Is(err, verify.ErrWrongTrace) {
		t.Fatalf("wrong trace: %v, want ErrWrongTrace", err)
	}
	short, _ := verify.NewPlayer(verify.Worker, handTrace("h", 4))
	if _, err := short.Next(st); !errors.Is(err, verify.ErrWrongTrace) {
		t.Fatalf("wrong k: %v, want ErrWrongTrace", err)
	}
	voting := st
	voting.Phase = verify.PhaseVoting
	if _, err := w.Next(voting); !errors.Is(err, verify.ErrNotBisecting) {
		t.Fatalf("voting phase: %v, want ErrNotBisecting", err)
	}
	bad := st
	bad.Lo, bad.Hi = 5, 3
	if _, err := w.Next(bad); !errors.Is(err, verify.ErrBadDisputeArg) {
		t.Fatalf("range [5, 3]: %v, want ErrBadDisputeArg", err)
	}
	if _, err := verify.NewPlayer(verify.Worker, protocol.Trace{{1}}); err == nil {
		t.Fatal("a one-state trace accepted")
	}
	if got := fmt.Sprint(verify.Challenger, verify.PhaseVoting); got != "challenger voting" {
		t.Fatalf("names %q", got)
	}
}

func TestOpened_SingleStepGoesToVote(t *testing.T) {
	st, moves := dispute(t, handTrace("w", 1), handTrace("c", 1))
	if moves != 0 || st.Phase != verify.PhaseVoting || st.Lo != 0 || st.Hi != 1 {
		t.Fatalf("k=1: %d moves, %s on [%d, %d]; want a vote on step 0 -> 1 at once", moves, st.Phase, st.Lo, st.Hi)
	}
}
