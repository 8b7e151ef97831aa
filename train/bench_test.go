package train_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/unstoppable-models/umnode/train"
)

type benchConfig struct {
	widths []uint32
	batch  uint32
}

var benchConfigs = []benchConfig{
	{[]uint32{784, 128, 10}, 32},
	{[]uint32{784, 1024, 1024, 10}, 128},
}

func (c benchConfig) name() string {
	s := "mlp"
	for _, w := range c.widths {
		s += fmt.Sprintf("-%d", w)
	}
	return fmt.Sprintf("%s/batch-%d", s, c.batch)
}

// flops counts the floating-point operations of the three matrix products of
// one step (2 per multiply-add): forward and weight gradient for every layer,
// input gradient for all but the first.
func (c benchConfig) flops() float64 {
	var f float64
	for l := 0; l+1 < len(c.widths); l++ {
		mac := float64(c.batch) * float64(c.widths[l]) * float64(c.widths[l+1])
		f += 4 * mac
		if l > 0 {
			f += 2 * mac
		}
	}
	return f
}

func benchTrainer(tb testing.TB, c benchConfig, gonum bool) *train.Trainer {
	tr, te := loadMNIST(tb)
	m := train.DefaultManifest(tr, te)
	m.Model.Widths = c.widths
	m.BatchSize = c.batch
	tn, err := train.NewTrainer(m, tr, te)
	if err != nil {
		tb.Fatal(err)
	}
	if gonum {
		tn.UseGonum()
	}
	return tn
}

// BenchmarkStep measures one training step with the canonical kernels and
// with gonum's Sgemm (through gorgonia.org/tensor's MatMul) doing the three
// products instead; everything else is shared. Compare the two in the same
// run: the machine is shared and noisy.
func BenchmarkStep(b *testing.B) {
	for _, c := range benchConfigs {
		for _, impl := range []string{"canonical", "gonum"} {
			b.Run(c.name()+"/"+impl, func(b *testing.B) {
				tn := benchTrainer(b, c, impl == "gonum")
				s := tn.Init()
				tn.Step(s) // warm the buffers
				b.ResetTimer()
				for b.Loop() {
					tn.Step(s)
				}
				sec := b.Elapsed().Seconds() / float64(b.N)
				b.ReportMetric(1/sec, "steps/s")
				b.ReportMetric(c.flops()/sec/1e9, "GFLOP/s")
			})
		}
	}
}

// TestGonumStep_ComputesTheSameStep checks that the benchmark's gonum baseline
// is the same computation (equal up to rounding), so the speed comparison is fair.
func TestGonumStep_ComputesTheSameStep(t *testing.T) {
	c := benchConfig{[]uint32{784, 64, 32, 10}, 32}
	canon, gonum := benchTrainer(t, c, false), benchTrainer(t, c, true)
	a, g := canon.Init(), gonum.Init()
	for range 3 {
		canon.Step(a)
		gonum.Step(g)
	}
	var maxDiff float64
	identical := true
	for l := range a.Weights {
		wa, wg := a.Weights[l].Data().([]float32), g.Weights[l].Data().([]float32)
		for i := range wa {
			maxDiff = math.Max(maxDiff, math.Abs(float64(wa[i]-wg[i])))
			identical = identical && wa[i] == wg[i]
		}
	}
	t.Logf("after 3 steps: max weight difference %g, bit-identical %v", maxDiff, identical)
	if maxDiff > 1e-4 {
		t.Fatalf("gonum step differs from the canonical one by %g, want rounding-level differences", maxDiff)
	}
	ha, _ := canon.Hash(a)
	if hi, _ := canon.Hash(canon.Init()); ha == hi || a.Step != 3 {
		t.Fatalf("canonical state did not advance")
	}
}

// BenchmarkRun measures one update of the default run: k = 64 steps, each
// followed by hashing the state (what a worker and a replayer do).
func BenchmarkRun(b *testing.B) {
	tr, te := loadMNIST(b)
	tn, err := train.NewTrainer(train.DefaultManifest(tr, te), tr, te)
	if err != nil {
		b.Fatal(err)
	}
	s := tn.Init()
	k := int(tn.Manifest().StepsPerUpdate)
	ctx := context.Background()
	for b.Loop() {
		if s, _, err = tn.Run(ctx, s, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(k)*float64(b.N)/b.Elapsed().Seconds(), "steps/s")
}
