package verify_test

import (
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// defaultSized is the default run's model and step (784-128-10, batch 32,
// momentum, k = 64) on synthetic data of MNIST's shape, so the benchmarks
// measure the real per-step cost without reading MNIST.
func defaultSized(b *testing.B) *verify.Replayer {
	b.Helper()
	tr := dataset.Synthetic(4096, 784, 10, 1)
	te := dataset.Synthetic(1000, 784, 10, 2)
	m := train.DefaultManifest(tr, te)
	m.Dataset.Name = tr.Name
	r, err := verify.NewReplayer(m, tr, te)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// BenchmarkReplay is a proofer's cost per update: k = 64 steps with state
// hashing, from a checkpoint file. It is the baseline of BenchmarkDecide.
func BenchmarkReplay(b *testing.B) {
	r := defaultSized(b)
	file, h := encode(b, r.Trainer(), r.Trainer().Init())
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.Replay(b.Context(), file, h, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecide is a validator's cost per dispute: decode s_i, one step,
// hash s_{i+1}. Compare with BenchmarkReplay in the same run.
func BenchmarkDecide(b *testing.B) {
	r := defaultSized(b)
	s := r.Trainer().Init()
	file, h := encode(b, r.Trainer(), s)
	r.Trainer().Step(s)
	next := mustHash(b, r.Trainer(), s)
	c := verify.StepClaims{Agreed: h, Worker: protocol.Keccak256([]byte("w")), Challenger: next}
	b.ResetTimer()
	for b.Loop() {
		if d, _, err := r.Decide(file, c); err != nil || d != verify.ChallengerRight {
			b.Fatal(d, err)
		}
	}
}

// BenchmarkPlayerNext is the strategy's cost per move at k = 64 (proofs
// from a 65-state trace): negligible next to a transaction.
func BenchmarkPlayerNext(b *testing.B) {
	honest := handTrace("b", 64)
	w, _ := verify.NewPlayer(verify.Worker, wrongFrom(honest, 37))
	c, _ := verify.NewPlayer(verify.Challenger, honest)
	o, err := c.Open(wrongFrom(honest, 37)[64])
	if err != nil {
		b.Fatal(err)
	}
	st, err := verify.Opened(64, w.Root(), o)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := w.Next(st); err != nil {
			b.Fatal(err)
		}
	}
}
