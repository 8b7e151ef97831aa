package train

import (
	"fmt"
	"strconv"

	"gorgonia.org/tensor"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// State is everything a step reads and writes: the parameters, the optimizer
// state and the step counter. Its canonical serialization is a checkpoint
// file, and the state hash is sha256 of that file (see Trainer.Hash).
type State struct {
	Step    uint64
	Weights []*tensor.Dense // layer l: [out, in] float32, the PyTorch nn.Linear layout
	Biases  []*tensor.Dense // layer l: [out] float32
	// Velocity is the SGD momentum buffer of each parameter, in the order
	// w0, b0, w1, b1, ...; nil when the run has no momentum.
	Velocity []*tensor.Dense
}

// newState returns an all-zero state at step 0 for an MLP of the given widths.
func newState(widths []int, momentum bool) *State {
	s := &State{}
	for l := 0; l+1 < len(widths); l++ {
		in, out := widths[l], widths[l+1]
		s.Weights = append(s.Weights, dense(out, in))
		s.Biases = append(s.Biases, dense(out))
		if momentum {
			s.Velocity = append(s.Velocity, dense(out, in), dense(out))
		}
	}
	return s
}

func dense(shape ...int) *tensor.Dense {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(make([]float32, n)))
}

func data(t *tensor.Dense) []float32 { return t.Data().([]float32) }

func (s *State) weight(l int) []float32 { return data(s.Weights[l]) }
func (s *State) bias(l int) []float32   { return data(s.Biases[l]) }

// Clone returns a deep copy of s.
func (s *State) Clone() *State {
	c := &State{Step: s.Step}
	cp := func(ts []*tensor.Dense) []*tensor.Dense {
		if ts == nil {
			return nil
		}
		out := make([]*tensor.Dense, len(ts))
		for i, t := range ts {
			out[i] = tensor.New(tensor.WithShape(t.Shape().Clone()...), tensor.WithBacking(append([]float32(nil), data(t)...)))
		}
		return out
	}
	c.Weights, c.Biases, c.Velocity = cp(s.Weights), cp(s.Biases), cp(s.Velocity)
	return c
}

// Tensor names in checkpoints (layer l counts from 0 at the input):
//
//	layers.<l>.weight                   [out, in]
//	layers.<l>.bias                     [out]
//	optim.momentum.layers.<l>.weight    [out, in]  (only with momentum)
//	optim.momentum.layers.<l>.bias      [out]      (only with momentum)
func paramName(l int, bias bool) string {
	if bias {
		return "layers." + strconv.Itoa(l) + ".bias"
	}
	return "layers." + strconv.Itoa(l) + ".weight"
}

const momentumPrefix = "optim.momentum."

// tensors lists s's tensors with their checkpoint names, sharing s's memory.
func (s *State) tensors() []checkpoint.Tensor {
	var ts []checkpoint.Tensor
	add := func(name string, t *tensor.Dense) {
		ts = append(ts, checkpoint.Tensor{Name: name, Shape: []int(t.Shape()), Data: data(t)})
	}
	for l := range s.Weights {
		add(paramName(l, false), s.Weights[l])
		add(paramName(l, true), s.Biases[l])
		if s.Velocity != nil {
			add(momentumPrefix+paramName(l, false), s.Velocity[2*l])
			add(momentumPrefix+paramName(l, true), s.Velocity[2*l+1])
		}
	}
	return ts
}

// Checkpoint returns s as a checkpoint of this trainer's run. The tensors are
// copies: the checkpoint stays valid when s trains on.
func (t *Trainer) Checkpoint(s *State) *checkpoint.Checkpoint {
	ts := s.tensors()
	for i := range ts {
		ts[i].Shape = append([]int(nil), ts[i].Shape...)
		ts[i].Data = append([]float32(nil), ts[i].Data...)
	}
	return &checkpoint.Checkpoint{RunID: t.runID, Step: s.Step, Tensors: ts}
}

// Encode returns the canonical checkpoint file of s.
func (t *Trainer) Encode(s *State) ([]byte, error) {
	b, err := checkpoint.Encode(&checkpoint.Checkpoint{RunID: t.runID, Step: s.Step, Tensors: s.tensors()})
	if err != nil {
		return nil, fmt.Errorf("train: encode state at step %d: %w", s.Step, err)
	}
	return b, nil
}

// Hash returns the state hash of s: sha256 of its canonical checkpoint file
// (computed without building the file). It fails when s holds NaN or
// infinite values (a diverged run), which the checkpoint format rejects.
func (t *Trainer) Hash(s *State) (protocol.Hash, error) {
	h, err := checkpoint.Hash(&checkpoint.Checkpoint{RunID: t.runID, Step: s.Step, Tensors: s.tensors()})
	if err != nil {
		return protocol.Hash{}, fmt.Errorf("train: hash state at step %d: %w", s.Step, err)
	}
	return h, nil
}

// StateFrom checks that c is a state of this trainer's run (run ID, exactly
// the expected tensor names and shapes, momentum present iff the optimizer
// uses it) and returns it as a State. The data is copied.
func (t *Trainer) StateFrom(c *checkpoint.Checkpoint) (*State, error) {
	if c.RunID != t.runID {
		return nil, fmt.Errorf("train: checkpoint of run %s, want run %s: fetch a checkpoint of this run", c.RunID.Short(), t.runID.Short())
	}
	s := newState(t.widths, t.momentum())
	s.Step = c.Step
	want := s.tensors()
	if len(c.Tensors) != len(want) {
		return nil, fmt.Errorf("train: checkpoint at step %d has %d tensors, the run's model has %d", c.Step, len(c.Tensors), len(want))
	}
	for _, w := range want {
		got := c.Tensor(w.Name)
		if got == nil {
			return nil, fmt.Errorf("train: checkpoint at step %d lacks tensor %q", c.Step, w.Name)
		}
		if !equalShape(got.Shape, w.Shape) || len(got.Data) != len(w.Data) {
			return nil, fmt.Errorf("train: checkpoint tensor %q has shape %v, want %v", w.Name, got.Shape, w.Shape)
		}
		copy(w.Data, got.Data) // w.Data is s's own memory
	}
	return s, nil
}

func equalShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
