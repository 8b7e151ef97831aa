package testswarm

import (
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Run is the training run a swarm creates: its manifest and the datasets
// the manifest is computed from.
type Run struct {
	Manifest    *protocol.Manifest
	Train, Test *dataset.Dataset
}

// TinyRun is a tiny MLP (16-8-4) on synthetic data (512 training and 128
// test samples, 4 classes), batch 16, k = 8, learning rate 0.1: an update
// trains in milliseconds. name is the manifest's name, so it sets the run
// ID.
func TinyRun(name string) Run {
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = name
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}
	return Run{Manifest: m, Train: trainSet, Test: testSet}
}

// MNISTRun is the default run (MLP 784-128-10 on real MNIST) with k steps
// per update; k = 0 keeps the default manifest's. It fails the test when
// MNIST cannot be found or fetched.
func MNISTRun(t testing.TB, k uint32) Run {
	t.Helper()
	dir, err := dataset.MNISTDir(t.Context())
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	trainSet, testSet, err := dataset.LoadMNIST(dir)
	if err != nil {
		t.Fatalf("MNIST: %v", err)
	}
	m := train.DefaultManifest(trainSet, testSet)
	if k != 0 {
		m.StepsPerUpdate = k
	}
	return Run{Manifest: m, Train: trainSet, Test: testSet}
}
