package train_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

var mnist struct {
	once        sync.Once
	train, test *dataset.Dataset
	err         error
}

// loadMNIST returns the real MNIST splits, loaded once per test binary.
func loadMNIST(tb testing.TB) (tr, te *dataset.Dataset) {
	tb.Helper()
	mnist.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		dir, err := dataset.MNISTDir(ctx)
		if err != nil {
			mnist.err = err
			return
		}
		mnist.train, mnist.test, mnist.err = dataset.LoadMNIST(dir)
	})
	if mnist.err != nil {
		tb.Fatalf("load MNIST: %v", mnist.err)
	}
	return mnist.train, mnist.test
}

// TestDefaultRun_MNIST trains the default run for one epoch on real MNIST and
// checks the accuracy goal of the default manifest on the full test set.
func TestDefaultRun_MNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("one epoch of MNIST; skipped with -short")
	}
	tr, te := loadMNIST(t)
	m := train.DefaultManifest(tr, te)
	if m.Dataset.Name != "mnist" || m.BatchSize != 32 || m.StepsPerUpdate != 64 {
		t.Fatalf("default manifest: dataset %q, batch %d, k %d; want mnist, 32, 64", m.Dataset.Name, m.BatchSize, m.StepsPerUpdate)
	}
	tn, err := train.NewTrainer(m, tr, te)
	if err != nil {
		t.Fatal(err)
	}
	s := tn.Init()
	epoch := tn.StepsPerEpoch()
	for s.Step < epoch {
		tn.Step(s)
	}
	res, err := tn.EvalOn(s, te)
	if err != nil {
		t.Fatal(err)
	}
	sub := tn.Eval(s)
	t.Logf("kernel %s: after %d steps (1 epoch, batch %d): test loss %.4f accuracy %.4f; eval subset accuracy %.4f",
		train.Kernel(), s.Step, m.BatchSize, res.Loss, res.Accuracy, sub.Accuracy)
	if res.Count != 10000 || res.Accuracy < 0.95 {
		t.Fatalf("test accuracy %.4f on %d examples after one epoch, want >= 0.95 on 10000", res.Accuracy, res.Count)
	}
	if sub.Count != int(m.Eval.Count) {
		t.Fatalf("eval subset has %d examples, manifest says %d", sub.Count, m.Eval.Count)
	}
}
