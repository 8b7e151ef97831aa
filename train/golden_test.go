package train_test

import (
	"context"
	"math"
	"runtime"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
)

// The golden values pin the bits of the canonical step. They must be the same
// on amd64 (GOAMD64=v1 and v3, with and without GOEXPERIMENT=simd), on arm64
// (GOARCH=arm64 go test -exec qemu-aarch64) and for any GOMAXPROCS: `make
// golden` runs all of them. Never update them to make a platform pass: a
// difference means a non-canonical operation crept into the step. Update them
// only for a deliberate change of the protocol (kernels, init, batch order,
// checkpoint format, manifest encoding), and say so in the commit.
const (
	goldenRunID     = "0x043163e1a76b08c205c7c3f70cd29197307477b2e169ba35b07eec882f9f9246"
	goldenS0        = "0xdb4e59ce641d555d4beac893fc47228104d57f3f0f699f3d3db9216a2e494f71"
	goldenTraceRoot = "0x2326b07ccda723ea6d96530dc8a6ea66cf5f1f7c8f911c1fedd01f241885dc89"
	goldenEvalLoss  = 0x3fddf2226a192b56 // math.Float64bits of the eval loss after the 64 steps
	goldenEvalRight = 430                // correct eval examples after the 64 steps
)

// goldenManifest is the default model on the first 4096 MNIST training
// examples, with momentum, so one update exercises every kernel of the step.
func goldenManifest(t *testing.T) (*train.Trainer, *protocol.Manifest) {
	tr, te := loadMNIST(t)
	tr, te = tr.Slice(0, 4096), te.Slice(0, 1000)
	// Every field spelled out, so changing DefaultManifest cannot move the golden values.
	m := &protocol.Manifest{
		Name:     "golden-mnist4096-mlp-784-128-10",
		Model:    protocol.ModelSpec{Arch: protocol.ArchMLP, Widths: []uint32{784, 128, 10}},
		InitSeed: 20260101,
		Dataset: protocol.DatasetSpec{
			Name: tr.Name, ContentHash: train.DatasetHash(tr, te),
			TrainCount: uint32(tr.Len()), TestCount: uint32(te.Len()),
		},
		Optimizer:      protocol.OptimizerSpec{Kind: protocol.OptimizerSGD, LearningRate: 0.05, Momentum: 0.9},
		BatchSize:      32,
		StepsPerUpdate: 64,
		Eval:           protocol.EvalSpec{Offset: 0, Count: 500},
	}
	tn, err := train.NewTrainer(m, tr, te)
	if err != nil {
		t.Fatal(err)
	}
	return tn, m
}

func TestGoldenTrace(t *testing.T) {
	tn, m := goldenManifest(t)
	t.Logf("GOARCH %s, GOMAXPROCS %d, kernel %s", runtime.GOARCH, runtime.GOMAXPROCS(0), train.Kernel())
	if got := tn.RunID().Hex(); got != goldenRunID {
		t.Errorf("run ID %s, want %s: the manifest encoding or the dataset content hash changed", got, goldenRunID)
	}
	end, trace, err := tn.Run(context.Background(), tn.Init(), int(m.StepsPerUpdate))
	if err != nil {
		t.Fatal(err)
	}
	if len(trace) != 65 {
		t.Fatalf("trace of %d states, want 65", len(trace))
	}
	if got := trace[0].Hex(); got != goldenS0 {
		t.Errorf("s_0 %s, want %s: init or the checkpoint format changed", got, goldenS0)
	}
	root, err := trace.Root()
	if err != nil {
		t.Fatal(err)
	}
	if got := root.Hex(); got != goldenTraceRoot {
		t.Errorf("trace root %s, want %s (s_1 %s, s_64 %s): the step is not canonical on this platform",
			got, goldenTraceRoot, trace[1].Short(), trace[64].Short())
	}
	ev := tn.Eval(end)
	if got := math.Float64bits(ev.Loss); got != goldenEvalLoss || ev.Correct != goldenEvalRight {
		t.Errorf("eval after 64 steps: loss %v (bits %#x), %d of %d right; want bits %#x, %d right",
			ev.Loss, got, ev.Correct, ev.Count, uint64(goldenEvalLoss), goldenEvalRight)
	}
}
