package verify_test

import (
	"context"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// synthRun is a tiny run on synthetic data: fast enough to train in a unit
// test, real enough to exercise the trainer end to end.
func synthRun(t testing.TB, k uint32) (*protocol.Manifest, *dataset.Dataset, *dataset.Dataset) {
	t.Helper()
	tr := dataset.Synthetic(400, 12, 4, 1)
	te := dataset.Synthetic(100, 12, 4, 2)
	m := &protocol.Manifest{
		Name:      "verify-test",
		Model:     protocol.ModelSpec{Arch: protocol.ArchMLP, Widths: []uint32{12, 10, 4}},
		InitSeed:  7,
		Dataset:   protocol.DatasetSpec{Name: tr.Name, ContentHash: train.DatasetHash(tr, te), TrainCount: uint32(tr.Len()), TestCount: uint32(te.Len())},
		Optimizer: protocol.OptimizerSpec{Kind: protocol.OptimizerSGD, LearningRate: 0.05, Momentum: 0.9},
		BatchSize: 16, StepsPerUpdate: k,
		Eval: protocol.EvalSpec{Offset: 0, Count: 50},
	}
	return m, tr, te
}

func newReplayer(t testing.TB, k uint32) *verify.Replayer {
	t.Helper()
	m, tr, te := synthRun(t, k)
	r, err := verify.NewReplayer(m, tr, te)
	if err != nil {
		t.Fatalf("NewReplayer: %v", err)
	}
	return r
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// encode returns the checkpoint file of s and its hash.
func encode(t testing.TB, tn *train.Trainer, s *train.State) ([]byte, protocol.Hash) {
	t.Helper()
	b, err := tn.Encode(s)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	h, err := tn.Hash(s)
	if err != nil {
		t.Fatalf("Hash: %v", err)
	}
	return b, h
}

// faultyRun is what a faulty worker computes: k honest steps from s, except
// that after step j (1 <= j <= k) it nudges one weight, so s_j and every
// later state are wrong. It returns the trace and the states s_0..s_k.
func faultyRun(t testing.TB, tn *train.Trainer, s *train.State, k, j int) (protocol.Trace, []*train.State) {
	t.Helper()
	s = s.Clone()
	states := []*train.State{s.Clone()}
	trace := protocol.Trace{mustHash(t, tn, s)}
	for i := 1; i <= k; i++ {
		tn.Step(s)
		if i == j {
			w := s.Weights[0].Data().([]float32)
			w[0] += 1e-3
		}
		states = append(states, s.Clone())
		trace = append(trace, mustHash(t, tn, s))
	}
	return trace, states
}

func mustHash(t testing.TB, tn *train.Trainer, s *train.State) protocol.Hash {
	t.Helper()
	h, err := tn.Hash(s)
	if err != nil {
		t.Fatalf("Hash: %v", err)
	}
	return h
}
