package verify_test

import (
	"testing"

	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// TestReplay_MNISTDefaultRun checks an update of the default run on real
// MNIST: a replay finds the step a faulty worker corrupted, and the
// validator's one-step replay from the agreed state names the right side.
func TestReplay_MNISTDefaultRun(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST; skipped with -short")
	}
	dir, err := dataset.MNISTDir(testCtx(t))
	if err != nil {
		t.Fatalf("MNIST: %v (set UMNODE_MNIST_DIR or allow go mod download)", err)
	}
	tr, te, err := dataset.LoadMNIST(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := train.DefaultManifest(tr, te)
	r, err := verify.NewReplayer(m, tr, te)
	if err != nil {
		t.Fatal(err)
	}
	tn := r.Trainer()
	const k, wrong = 64, 40
	parentFile, parentHash := encode(t, tn, tn.Init())
	rp, err := r.Replay(testCtx(t), parentFile, parentHash, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rp.Trace) != k+1 {
		t.Fatalf("default update replayed %d states, want %d", len(rp.Trace), k+1)
	}
	bad, _ := faultyRun(t, tn, tn.Init(), k, wrong)
	root, _ := bad.Root()
	v, err := verify.Compare(rp.Trace, verify.Claim{StateHash: bad[k], TraceRoot: root, Trace: bad})
	if err != nil || v.OK() || v.Divergence != wrong {
		t.Fatalf("Compare: %v, %v; want divergence at %d", v, err, wrong)
	}
	agreed, h, err := r.StateAt(testCtx(t), parentFile, parentHash, wrong-1)
	if err != nil || h != rp.Trace[wrong-1] {
		t.Fatalf("StateAt(%d): %s, %v; want %s", wrong-1, h.Short(), err, rp.Trace[wrong-1].Short())
	}
	dec, got, err := r.Decide(agreed, verify.StepClaims{Agreed: h, Worker: bad[wrong], Challenger: rp.Trace[wrong]})
	if err != nil || dec != verify.ChallengerRight || got != rp.Trace[wrong] {
		t.Fatalf("Decide: %s (%s), %v; want challenger right", dec, got.Short(), err)
	}
}
