package train_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// synthManifest is a small run on synthetic data, fast enough for unit tests.
func synthManifest(t testing.TB, widths []uint32, momentum float32) (*protocol.Manifest, *dataset.Dataset, *dataset.Dataset) {
	t.Helper()
	features, classes := int(widths[0]), int(widths[len(widths)-1])
	tr := dataset.Synthetic(600, features, classes, 1)
	te := dataset.Synthetic(200, features, classes, 2)
	m := &protocol.Manifest{
		Name:      "synthetic-test",
		Model:     protocol.ModelSpec{Arch: protocol.ArchMLP, Widths: widths},
		InitSeed:  42,
		Dataset:   protocol.DatasetSpec{Name: tr.Name, ContentHash: train.DatasetHash(tr, te), TrainCount: uint32(tr.Len()), TestCount: uint32(te.Len())},
		Optimizer: protocol.OptimizerSpec{Kind: protocol.OptimizerSGD, LearningRate: 0.05, Momentum: momentum},
		BatchSize: 16, StepsPerUpdate: 8,
		Eval: protocol.EvalSpec{Offset: 0, Count: 100},
	}
	return m, tr, te
}

func synthTrainer(t testing.TB, widths []uint32, momentum float32) *train.Trainer {
	t.Helper()
	m, tr, te := synthManifest(t, widths, momentum)
	tn, err := train.NewTrainer(m, tr, te)
	if err != nil {
		t.Fatalf("NewTrainer: %v", err)
	}
	return tn
}

func paramSlices(s *train.State) [][]float32 {
	var out [][]float32
	for l := range s.Weights {
		out = append(out, s.Weights[l].Data().([]float32), s.Biases[l].Data().([]float32))
	}
	return out
}

func TestTrainer_GradientsMatchFiniteDifferences(t *testing.T) {
	tn := synthTrainer(t, []uint32{12, 10, 8, 4}, 0)
	s := tn.Init()
	for range 5 { // move off the init point a little
		tn.Step(s)
	}
	_, grads := tn.Gradients(s)
	const eps = 1e-3
	checked := 0
	for pi, p := range paramSlices(s) {
		for i := range p {
			orig := p[i]
			p[i] = orig + eps
			up, _ := tn.Gradients(s)
			p[i] = orig - eps
			down, _ := tn.Gradients(s)
			p[i] = orig
			// The step actually taken in float32 is not exactly eps.
			h := float64(orig+eps) - float64(orig-eps)
			fd := (up - down) / h
			g := float64(grads[pi][i])
			if math.Abs(fd-g) > 2e-3+0.05*math.Abs(g) {
				t.Fatalf("param tensor %d element %d: gradient %g, finite difference %g", pi, i, g, fd)
			}
			checked++
		}
	}
	if checked < 200 {
		t.Fatalf("checked only %d parameters", checked)
	}
}

func TestRun_ResumeFromCheckpointFileGivesSameTrace(t *testing.T) {
	ctx := context.Background()
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0.9)
	s0 := tn.Init()
	_, whole, err := tn.Run(ctx, s0, 12)
	if err != nil {
		t.Fatal(err)
	}

	// A different trainer instance (as a replayer would have) continues from a file.
	mid, first, err := tn.Run(ctx, s0, 5)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "state.safetensors")
	h, err := checkpoint.WriteFile(path, tn.Checkpoint(mid))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h, first[5]; got != want {
		t.Fatalf("file state hash %s, trace s_5 %s", got, want)
	}
	c, _, err := checkpoint.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tn2 := synthTrainer(t, []uint32{20, 16, 5}, 0.9)
	resumed, err := tn2.StateFrom(c)
	if err != nil {
		t.Fatal(err)
	}
	end, rest, err := tn2.Run(ctx, resumed, 7)
	if err != nil {
		t.Fatal(err)
	}
	got := append(slices.Clone(first), rest[1:]...)
	if !slices.Equal(got, whole) {
		t.Fatalf("resumed trace differs from uninterrupted at index %d", protocol.FirstDivergence(got, whole))
	}
	if end.Step != 12 {
		t.Fatalf("end step %d, want 12", end.Step)
	}
}

func TestRun_SameTraceForAnyGOMAXPROCS(t *testing.T) {
	ctx := context.Background()
	var roots []protocol.Hash
	for _, procs := range []int{1, 2, 4} {
		old := runtime.GOMAXPROCS(procs)
		tn := synthTrainer(t, []uint32{40, 70, 33, 6}, 0.5)
		_, trace, err := tn.Run(ctx, tn.Init(), 6)
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatal(err)
		}
		root, _ := trace.Root()
		roots = append(roots, root)
	}
	if roots[0] != roots[1] || roots[0] != roots[2] {
		t.Fatalf("trace roots differ across GOMAXPROCS 1, 2, 4: %v", roots)
	}
}

func TestRun_LeavesInputUnchanged(t *testing.T) {
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0)
	s := tn.Init()
	before, err := tn.Hash(s)
	if err != nil {
		t.Fatal(err)
	}
	out, trace, err := tn.Run(context.Background(), s, 3)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := tn.Hash(s)
	if after != before || trace[0] != before {
		t.Fatalf("input state changed: %s -> %s (trace s_0 %s)", before.Short(), after.Short(), trace[0].Short())
	}
	b, err := tn.Encode(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := checkpoint.StateHash(b); got != trace[3] || out.Step != 3 {
		t.Fatalf("returned state hash %s step %d, want %s step 3", got.Short(), out.Step, trace[3].Short())
	}
	if len(trace) != 4 || trace[1] == trace[0] || trace[2] == trace[1] {
		t.Fatalf("trace of %d states does not advance: %v", len(trace), trace)
	}
}

func TestRun_StopsWhenCancelled(t *testing.T) {
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := tn.Run(ctx, tn.Init(), 3); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run on a cancelled context: err %v, want context.Canceled", err)
	}
}

func TestInit_DependsOnlyOnSeed(t *testing.T) {
	m, tr, te := synthManifest(t, []uint32{20, 16, 5}, 0)
	a, _ := train.NewTrainer(m, tr, te)
	b, _ := train.NewTrainer(m, tr, te)
	ha, _ := a.Hash(a.Init())
	hb, _ := b.Hash(b.Init())
	if ha != hb {
		t.Fatalf("two inits of the same manifest: %s vs %s", ha.Short(), hb.Short())
	}
	m2 := *m
	m2.InitSeed++
	c, _ := train.NewTrainer(&m2, tr, te)
	w1, w2 := a.Init().Weights[0].Data().([]float32), c.Init().Weights[0].Data().([]float32)
	if slices.Equal(w1, w2) {
		t.Fatalf("init seeds %d and %d give the same weights", m.InitSeed, m2.InitSeed)
	}
	// He-uniform bound for fan-in 20.
	bound := float32(math.Sqrt(6.0 / 20))
	for i, w := range w1 {
		if w < -bound || w > bound {
			t.Fatalf("weight %d = %v outside ±%v", i, w, bound)
		}
	}
}

func TestBatchIndices_EachEpochIsAPermutation(t *testing.T) {
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0)
	spe := tn.StepsPerEpoch() // 600/16 = 37, 8 examples dropped per epoch
	if spe != 37 {
		t.Fatalf("steps per epoch %d, want 37", spe)
	}
	var epochs [2][]uint32
	for e := range 2 {
		seen := map[uint32]bool{}
		for st := uint64(e) * spe; st < uint64(e+1)*spe; st++ {
			for _, i := range tn.BatchIndices(st) {
				if seen[i] || i >= 600 {
					t.Fatalf("epoch %d step %d: index %d repeated or out of range", e, st, i)
				}
				seen[i] = true
				epochs[e] = append(epochs[e], i)
			}
		}
	}
	if slices.Equal(epochs[0], epochs[1]) {
		t.Fatal("epochs 0 and 1 visit the examples in the same order")
	}
	// Random access gives the same batch as sequential access.
	want := slices.Clone(tn.BatchIndices(3))
	tn.BatchIndices(spe + 1)
	if got := tn.BatchIndices(3); !slices.Equal(got, want) {
		t.Fatalf("batch 3 after visiting epoch 1: %v, want %v", got, want)
	}
}

func TestStateFrom_RejectsForeignCheckpoints(t *testing.T) {
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0.9)
	good := tn.Checkpoint(tn.Init())
	if _, err := tn.StateFrom(good); err != nil {
		t.Fatalf("own checkpoint: %v", err)
	}
	for name, mutate := range map[string]func(c *checkpoint.Checkpoint){
		"other run":      func(c *checkpoint.Checkpoint) { c.RunID[0] ^= 1 },
		"missing tensor": func(c *checkpoint.Checkpoint) { c.Tensors = c.Tensors[1:] },
		"renamed tensor": func(c *checkpoint.Checkpoint) { c.Tensors[0].Name = "layers.9.weight" },
		"wrong shape":    func(c *checkpoint.Checkpoint) { c.Tensor("layers.0.weight").Shape = []int{20, 16} },
		"no momentum": func(c *checkpoint.Checkpoint) {
			c.Tensors = slices.DeleteFunc(c.Tensors, func(t checkpoint.Tensor) bool { return t.Name == "optim.momentum.layers.1.bias" })
		},
	} {
		t.Run(name, func(t *testing.T) {
			c := tn.Checkpoint(tn.Init())
			mutate(c)
			if _, err := tn.StateFrom(c); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestNewTrainer_RejectsOtherData(t *testing.T) {
	m, tr, te := synthManifest(t, []uint32{20, 16, 5}, 0)
	other := dataset.Synthetic(600, 20, 5, 99)
	if _, err := train.NewTrainer(m, other, te); err == nil {
		t.Fatal("trainer accepted a training set with another content hash")
	}
	bad := *m
	bad.Model.Widths = []uint32{21, 16, 5}
	if _, err := train.NewTrainer(&bad, tr, te); err == nil {
		t.Fatal("trainer accepted a model whose input width is not the feature count")
	}
}

func TestTrainer_LearnsSyntheticData(t *testing.T) {
	tn := synthTrainer(t, []uint32{20, 16, 5}, 0.9)
	s := tn.Init()
	before := tn.Eval(s)
	for range 2 * tn.StepsPerEpoch() {
		tn.Step(s)
	}
	after := tn.Eval(s)
	if after.Count != 100 || after.Accuracy < 0.9 || after.Loss >= before.Loss {
		t.Fatalf("eval before %+v, after two epochs %+v: want accuracy >= 0.9 and a lower loss", before, after)
	}
	if again := tn.Eval(s); again != after {
		t.Fatalf("eval is not repeatable: %+v then %+v", after, again)
	}
	if _, err := tn.EvalOn(s, dataset.Synthetic(10, 21, 5, 1)); err == nil {
		t.Fatal("EvalOn accepted a dataset with 21 features for a model with 20 inputs")
	}
}

func TestRun_EdgeShapes(t *testing.T) {
	for _, tc := range []struct {
		widths []uint32
		batch  uint32
	}{
		{[]uint32{5, 3}, 1},            // no hidden layer
		{[]uint32{7, 1, 2}, 3},         // width-1 hidden layer
		{[]uint32{33, 65, 17, 2}, 600}, // the whole training set in one batch
	} {
		t.Run(fmt.Sprint(tc.widths, tc.batch), func(t *testing.T) {
			m, tr, te := synthManifest(t, tc.widths, 0.5)
			m.BatchSize = tc.batch
			tn, err := train.NewTrainer(m, tr, te)
			if err != nil {
				t.Fatal(err)
			}
			end, trace, err := tn.Run(context.Background(), tn.Init(), 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(trace) != 4 || end.Step != 3 || trace[3] == trace[2] {
				t.Fatalf("trace of %d states, end step %d", len(trace), end.Step)
			}
			if ev := tn.Eval(end); ev.Count != 100 || math.IsNaN(ev.Loss) {
				t.Fatalf("eval %+v", ev)
			}
		})
	}
}
