package train

import (
	"strings"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Defaults of the default run.
const (
	DefaultInitSeed       = 1
	DefaultBatchSize      = 32
	DefaultStepsPerUpdate = 64
	DefaultLearningRate   = 0.03
	DefaultMomentum       = 0.9
	DefaultEvalCount      = 1000
)

// DefaultManifest is the default run of DESIGN.md: an MLP 784-128-10 on MNIST,
// SGD with momentum at batch 32, k = 64 steps per update, evaluated on the
// first 1000 test examples. With train and test the full MNIST splits it
// reaches more than 95% test accuracy within one epoch (TestDefaultRun_MNIST).
func DefaultManifest(train, test *dataset.Dataset) *protocol.Manifest {
	return &protocol.Manifest{
		Name:     "mnist-mlp-784-128-10",
		Model:    protocol.ModelSpec{Arch: protocol.ArchMLP, Widths: []uint32{uint32(train.Features), 128, uint32(train.Classes)}},
		InitSeed: DefaultInitSeed,
		Dataset: protocol.DatasetSpec{
			Name:        strings.TrimSuffix(train.Name, "-train"), // "mnist"
			ContentHash: DatasetHash(train, test),
			TrainCount:  uint32(train.Len()),
			TestCount:   uint32(test.Len()),
		},
		Optimizer:      protocol.OptimizerSpec{Kind: protocol.OptimizerSGD, LearningRate: DefaultLearningRate, Momentum: DefaultMomentum},
		BatchSize:      DefaultBatchSize,
		StepsPerUpdate: DefaultStepsPerUpdate,
		Eval:           protocol.EvalSpec{Offset: 0, Count: uint32(min(DefaultEvalCount, test.Len()))},
	}
}
