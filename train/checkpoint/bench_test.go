package checkpoint_test

import (
	"fmt"
	"testing"

	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// mlpState is the checkpoint of an MLP with the given widths and momentum:
// weights, biases and one velocity per parameter, as the trainer stores them.
func mlpState(widths ...int) *checkpoint.Checkpoint {
	c := &checkpoint.Checkpoint{RunID: runID(), Step: 1000}
	for l := 0; l+1 < len(widths); l++ {
		for _, p := range []struct {
			name  string
			shape []int
		}{
			{fmt.Sprintf("layers.%d.weight", l), []int{widths[l+1], widths[l]}},
			{fmt.Sprintf("layers.%d.bias", l), []int{widths[l+1]}},
		} {
			n := 1
			for _, d := range p.shape {
				n *= d
			}
			for _, prefix := range []string{"", "optim.momentum."} {
				data := make([]float32, n)
				for i := range data {
					data[i] = float32(i%1000)/1000 - 0.5
				}
				c.Tensors = append(c.Tensors, checkpoint.Tensor{Name: prefix + p.name, Shape: p.shape, Data: data})
			}
		}
	}
	return c
}

// BenchmarkCodec measures Encode, Hash and Decode of full MLP states. The
// baseline is sha256/StateHash of the same bytes, which every state needs
// anyway: compare each sub-benchmark's ns/op to it from the same run.
func BenchmarkCodec(b *testing.B) {
	for _, cfg := range []struct {
		name   string
		widths []int
	}{{"784-128-10", []int{784, 128, 10}}, {"784-1024-1024-10", []int{784, 1024, 1024, 10}}} {
		c := mlpState(cfg.widths...)
		file, err := checkpoint.Encode(c)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(cfg.name+"/sha256-baseline", func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				checkpoint.StateHash(file)
			}
		})
		b.Run(cfg.name+"/encode", func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := checkpoint.Encode(c); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(cfg.name+"/encode+sha256", func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				out, err := checkpoint.Encode(c)
				if err != nil {
					b.Fatal(err)
				}
				checkpoint.StateHash(out)
			}
		})
		b.Run(cfg.name+"/hash", func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := checkpoint.Hash(c); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(cfg.name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := checkpoint.Decode(file); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
