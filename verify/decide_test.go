package verify_test

import (
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

func TestDecide_ReplaysTheDisputedStep(t *testing.T) {
	r := newReplayer(t, 8)
	tn := r.Trainer()
	s0 := tn.Init()
	_, honest, err := tn.Run(testCtx(t), s0, 8)
	if err != nil {
		t.Fatal(err)
	}
	const j = 5 // the faulty worker's first wrong state
	bad, states := faultyRun(t, tn, s0, 8, j)
	if protocol.FirstDivergence(bad, honest) != j {
		t.Fatalf("faulty run diverges at %d, want %d", protocol.FirstDivergence(bad, honest), j)
	}
	agreed, h := encode(t, tn, states[j-1]) // s_{j-1}, the same in both traces
	if h != honest[j-1] {
		t.Fatalf("agreed state %s is not the honest s_%d %s", h.Short(), j-1, honest[j-1].Short())
	}
	cases := []struct {
		name               string
		worker, challenger protocol.Hash
		want               verify.Decision
		forWorker, vote    bool
	}{
		{"faulty worker", bad[j], honest[j], verify.ChallengerRight, false, true},
		{"wrong challenger", honest[j], bad[j], verify.WorkerRight, true, true},
		{"both wrong", bad[j], protocol.Keccak256([]byte("junk")), verify.Neither, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, computed, err := r.Decide(agreed, verify.StepClaims{Agreed: h, Worker: c.worker, Challenger: c.challenger})
			if err != nil {
				t.Fatalf("Decide: %v", err)
			}
			if got != c.want || computed != honest[j] {
				t.Fatalf("decision %s, replayed %s; want %s, %s", got, computed.Short(), c.want, honest[j].Short())
			}
			if fw, ok := got.Vote(); fw != c.forWorker || ok != c.vote {
				t.Fatalf("vote (%t, %t), want (%t, %t)", fw, ok, c.forWorker, c.vote)
			}
		})
	}
}

func TestDecide_Errors(t *testing.T) {
	r := newReplayer(t, 4)
	tn := r.Trainer()
	file, h := encode(t, tn, tn.Init())
	a, b := protocol.Keccak256([]byte("a")), protocol.Keccak256([]byte("b"))
	wrong := h
	wrong[31] ^= 1
	for name, c := range map[string]verify.StepClaims{
		"agreed hash mismatch": {Agreed: wrong, Worker: a, Challenger: b},
		"no disagreement":      {Agreed: h, Worker: a, Challenger: a},
		"zero agreed hash":     {Worker: a, Challenger: b},
	} {
		t.Run(name, func(t *testing.T) {
			d, _, err := r.Decide(file, c)
			if err == nil || d != verify.Neither || !strings.HasPrefix(err.Error(), "verify: decide: ") {
				t.Fatalf("got %s, %v; want neither and a verify: decide error", d, err)
			}
		})
	}
}
