package checkpoint_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

func Example() {
	dir, _ := os.MkdirTemp("", "checkpoint-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "state.safetensors")

	c := &checkpoint.Checkpoint{
		RunID: protocol.Hash{0xab},
		Step:  64,
		Tensors: []checkpoint.Tensor{
			{Name: "layers.0.weight", Shape: []int{2, 3}, Data: []float32{1, 2, 3, 4, 5, 6}},
			{Name: "layers.0.bias", Shape: []int{2}, Data: []float32{0.5, -0.5}},
		},
	}
	stateHash, err := checkpoint.WriteFile(path, c)
	if err != nil {
		panic(err)
	}
	got, readHash, err := checkpoint.ReadFile(path)
	if err != nil {
		panic(err)
	}
	fmt.Println(readHash == stateHash, got.Step, got.Tensors[0].Name, got.Tensors[1].Shape)
	// Output: true 64 layers.0.bias [2 3]
}
