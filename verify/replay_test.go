package verify_test

import (
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

func TestReplay_MatchesTrainerRun(t *testing.T) {
	r := newReplayer(t, 8)
	tn := r.Trainer()
	s0 := tn.Init()
	for range 3 { // a parent that is not the genesis state
		tn.Step(s0)
	}
	file, h := encode(t, tn, s0)
	_, want, err := tn.Run(testCtx(t), s0, 8)
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.Replay(testCtx(t), file, h, 0)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	if len(got.Trace) != 9 || protocol.FirstDivergence(got.Trace, want) != -1 {
		t.Fatalf("replayed trace (%d states) differs from train.Run's at %d", len(got.Trace), protocol.FirstDivergence(got.Trace, want))
	}
	if got.Trace[0] != h || got.State.Step != 11 {
		t.Fatalf("replay starts at %s, ends at step %d; want parent %s and step 11", got.Trace[0].Short(), got.State.Step, h.Short())
	}
	root, _ := want.Root()
	if got.Root != root {
		t.Fatalf("root %s, want %s", got.Root.Short(), root.Short())
	}
	v, err := verify.Compare(got.Trace, verify.Claim{StateHash: want[8], TraceRoot: root, Trace: want})
	if err != nil || !v.OK() {
		t.Fatalf("honest claim: %v, %v; want ok", v, err)
	}
}

func TestReplay_FindsFirstDivergence(t *testing.T) {
	r := newReplayer(t, 8)
	tn := r.Trainer()
	s0 := tn.Init()
	file, h := encode(t, tn, s0)
	local, err := r.Replay(testCtx(t), file, h, 8)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []int{1, 5, 8} {
		bad, _ := faultyRun(t, tn, s0, 8, j)
		root, _ := bad.Root()
		v, err := verify.Compare(local.Trace, verify.Claim{StateHash: bad[8], TraceRoot: root, Trace: bad})
		if err != nil {
			t.Fatalf("Compare: %v", err)
		}
		if v.OK() || v.StateOK || v.RootOK || v.Divergence != j {
			t.Fatalf("corrupted at %d: verdict %+v, want wrong state and root, divergence %d", j, v, j)
		}
		// Without the full trace only the state and root are judged.
		v, err = verify.Compare(local.Trace, verify.Claim{StateHash: bad[8], TraceRoot: root})
		if err != nil || v.OK() || v.Divergence != -1 {
			t.Fatalf("corrupted at %d, no trace: verdict %+v, %v; want not ok, divergence unknown", j, v, err)
		}
	}
}

func TestCompare_RejectsInconsistentClaim(t *testing.T) {
	r := newReplayer(t, 4)
	tn := r.Trainer()
	s0 := tn.Init()
	_, trace, err := tn.Run(testCtx(t), s0, 4)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := trace.Root()
	other := append(protocol.Trace(nil), trace...)
	other[2] = protocol.Keccak256([]byte("x"))
	// A served trace that is not the committed root's is refused.
	if _, err := verify.Compare(trace, verify.Claim{StateHash: trace[4], TraceRoot: root, Trace: other}); err == nil || !strings.HasPrefix(err.Error(), "verify: ") {
		t.Fatalf("mismatched served trace: %v, want a verify error", err)
	}
	if _, err := verify.Compare(nil, verify.Claim{}); err == nil {
		t.Fatal("empty local trace accepted")
	}
}

func TestReplay_RejectsWrongParent(t *testing.T) {
	r := newReplayer(t, 4)
	tn := r.Trainer()
	file, h := encode(t, tn, tn.Init())
	wrong := h
	wrong[0] ^= 1
	if _, err := r.Replay(testCtx(t), file, wrong, 4); err == nil || !strings.Contains(err.Error(), "fetch it again") {
		t.Fatalf("wrong parent hash: %v, want an error saying to refetch", err)
	}
	bad := append([]byte(nil), file...)
	bad[8] ^= 0xff // the header's opening brace
	if _, err := r.Replay(testCtx(t), bad, protocol.Hash{}, 4); err == nil {
		t.Fatal("corrupt checkpoint accepted")
	}
	// A checkpoint of another run is refused by the trainer.
	other := newReplayer(t, 5)
	ofile, oh := encode(t, other.Trainer(), other.Trainer().Init())
	if _, err := r.Replay(testCtx(t), ofile, oh, 4); err == nil || !strings.Contains(err.Error(), "run") {
		t.Fatalf("checkpoint of another run: %v, want a run mismatch", err)
	}
}
