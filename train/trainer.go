package train

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Trainer executes the steps of one run: a manifest bound to its data. It
// keeps scratch buffers between steps, so one Trainer must not be used by
// several goroutines at once (the kernels parallelize internally).
type Trainer struct {
	m      protocol.Manifest
	runID  protocol.Hash
	widths []int
	train  *dataset.Dataset
	eval   *dataset.Dataset // the manifest's eval subset of the test split
	prod   products

	ws        workspace
	permEpoch uint64
	perm      []uint32 // epochPermutation(permEpoch), nil until first use
}

// DatasetHash is the content hash a manifest pins (DatasetSpec.ContentHash)
// for a train/test pair:
//
//	sha256("umnode/train/v1/dataset" ‖ train.ContentHash() ‖ test.ContentHash())
func DatasetHash(train, test *dataset.Dataset) protocol.Hash {
	a, b := train.ContentHash(), test.ContentHash()
	h := sha256.New()
	h.Write([]byte("umnode/train/v1/dataset"))
	h.Write(a[:])
	h.Write(b[:])
	return protocol.Hash(h.Sum(nil))
}

// NewTrainer checks that the manifest is valid and that the datasets are the
// ones it pins (content hash, sizes, features and classes matching the model).
func NewTrainer(m *protocol.Manifest, train, test *dataset.Dataset) (*Trainer, error) {
	id, err := m.ID()
	if err != nil {
		return nil, fmt.Errorf("train: manifest: %w", err)
	}
	if got := DatasetHash(train, test); got != m.Dataset.ContentHash {
		return nil, fmt.Errorf("train: dataset %q has content hash %s, the manifest pins %s: load the dataset the run was created with",
			train.Name, got.Short(), m.Dataset.ContentHash.Short())
	}
	if train.Len() != int(m.Dataset.TrainCount) || test.Len() != int(m.Dataset.TestCount) {
		return nil, fmt.Errorf("train: dataset has %d train and %d test examples, the manifest says %d and %d",
			train.Len(), test.Len(), m.Dataset.TrainCount, m.Dataset.TestCount)
	}
	widths := make([]int, len(m.Model.Widths))
	for i, w := range m.Model.Widths {
		widths[i] = int(w)
	}
	if train.Features != widths[0] || test.Features != widths[0] {
		return nil, fmt.Errorf("train: dataset has %d features, the model's input width is %d", train.Features, widths[0])
	}
	if classes := widths[len(widths)-1]; train.Classes != classes || test.Classes != classes {
		return nil, fmt.Errorf("train: dataset has %d classes, the model's output width is %d", train.Classes, classes)
	}
	t := &Trainer{
		m:      *m,
		runID:  id,
		widths: widths,
		train:  train,
		eval:   test.Slice(int(m.Eval.Offset), int(m.Eval.Offset+m.Eval.Count)),
		prod:   canonical{},
	}
	t.m.Model.Widths = append([]uint32(nil), m.Model.Widths...)
	return t, nil
}

// Manifest returns the run's manifest.
func (t *Trainer) Manifest() protocol.Manifest { return t.m }

// RunID returns the run's identity, the manifest hash.
func (t *Trainer) RunID() protocol.Hash { return t.runID }

func (t *Trainer) momentum() bool { return t.m.Optimizer.Momentum != 0 }

// Init returns the run's state at step 0: He-uniform weights from the
// manifest's init seed (see initParams), zero biases and momentum.
func (t *Trainer) Init() *State {
	s := newState(t.widths, t.momentum())
	initParams(s, t.m.InitSeed)
	return s
}

// StepsPerEpoch is how many steps one pass over the training split takes; the
// last partial batch of each epoch is dropped.
func (t *Trainer) StepsPerEpoch() uint64 {
	return uint64(t.m.Dataset.TrainCount / t.m.BatchSize)
}

// BatchIndices returns the training examples of step: the epoch is
// step / StepsPerEpoch, and the batch is the (step mod StepsPerEpoch)-th run
// of BatchSize indices in that epoch's permutation.
func (t *Trainer) BatchIndices(step uint64) []uint32 {
	return slices.Clone(t.batchIndices(step))
}

// batchIndices is BatchIndices without the copy: the slice aliases the cached
// permutation and is valid until the next call.
func (t *Trainer) batchIndices(step uint64) []uint32 {
	spe := t.StepsPerEpoch()
	epoch, pos := step/spe, step%spe
	if t.perm == nil || t.permEpoch != epoch {
		t.perm = epochPermutation(t.m.InitSeed, epoch, int(t.m.Dataset.TrainCount))
		t.permEpoch = epoch
	}
	b := uint64(t.m.BatchSize)
	return t.perm[pos*b : pos*b+b]
}

// checkState panics unless s has this run's shapes: a wrong state is a
// programming error (states come from Init or StateFrom).
func (t *Trainer) checkState(s *State) {
	if len(s.Weights) != len(t.widths)-1 || len(s.Biases) != len(s.Weights) ||
		(t.momentum() && len(s.Velocity) != 2*len(s.Weights)) || (!t.momentum() && s.Velocity != nil) {
		panic("train: state does not belong to this trainer's model")
	}
	for l := range s.Weights {
		if sh := s.Weights[l].Shape(); len(sh) != 2 || sh[0] != t.widths[l+1] || sh[1] != t.widths[l] {
			panic("train: state does not belong to this trainer's model")
		}
	}
}

// Step advances s by one training step, in place: s.Step selects the batch,
// then forward, softmax cross-entropy, backward and the SGD update, all with
// the canonical kernels; finally s.Step increments. It returns the batch's
// mean loss before the update (for logs; it is not part of the state).
func (t *Trainer) Step(s *State) (loss float64) {
	loss = t.gradients(s)
	lr, mom := t.m.Optimizer.LearningRate, t.m.Optimizer.Momentum
	ws := &t.ws
	for l := range s.Weights {
		var vw, vb []float32
		if s.Velocity != nil {
			vw, vb = data(s.Velocity[2*l]), data(s.Velocity[2*l+1])
		}
		sgdUpdate(s.weight(l), ws.gw[l], vw, lr, mom)
		sgdUpdate(s.bias(l), ws.gb[l], vb, lr, mom)
	}
	s.Step++
	return loss
}

// gradients computes the gradients of the batch of step s.Step into ws.gw and
// ws.gb, and returns the batch's mean loss.
func (t *Trainer) gradients(s *State) float64 {
	t.checkState(s)
	idx := t.batchIndices(s.Step)
	rows := len(idx)
	ws := t.ws.ensure(t.widths, rows)
	in := t.widths[0]
	for r, i := range idx {
		copy(ws.h[0][r*in:(r+1)*in], t.train.X[int(i)*in:(int(i)+1)*in])
		ws.y[r] = t.train.Y[i]
	}
	t.forward(s, rows)

	L := len(s.Weights)
	lossSum, _ := softmaxXent(ws.dz[L-1], ws.h[L], ws.y, rows, t.widths[L])
	for l := L - 1; l >= 0; l-- {
		in, out := t.widths[l], t.widths[l+1]
		t.prod.gradW(ws.gw[l], ws.dz[l], ws.h[l], rows, in, out)
		biasGrad(ws.gb[l], ws.dz[l], rows, out)
		if l > 0 {
			t.prod.gradX(ws.dz[l-1], ws.dz[l], s.weight(l), rows, in, out)
			reluBackward(ws.dz[l-1], ws.h[l])
		}
	}
	return lossSum / float64(rows)
}

// forward runs the model on the rows in ws.h[0], leaving the activations in
// ws.h[1..L-1] (after ReLU) and the logits in ws.h[L].
func (t *Trainer) forward(s *State, rows int) {
	ws := &t.ws
	for l := range s.Weights {
		in, out := t.widths[l], t.widths[l+1]
		t.prod.forward(ws.h[l+1], ws.h[l], s.weight(l), s.bias(l), ws.scratch, rows, in, out)
		if l+1 < len(s.Weights) {
			reluInPlace(ws.h[l+1][:rows*out])
		}
	}
}

// Run returns the state after k steps from s, and the trace s_0..s_k of state
// hashes (s_0 is the hash of s itself). s is not modified. It stops early with
// ctx's error when ctx is cancelled.
func (t *Trainer) Run(ctx context.Context, s *State, k int) (*State, protocol.Trace, error) {
	s = s.Clone()
	trace := make(protocol.Trace, 0, k+1)
	h, err := t.Hash(s)
	if err != nil {
		return nil, nil, err
	}
	trace = append(trace, h)
	for range k {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("train: run stopped at step %d: %w", s.Step, err)
		}
		t.Step(s)
		if h, err = t.Hash(s); err != nil {
			return nil, nil, err
		}
		trace = append(trace, h)
	}
	return s, trace, nil
}

// EvalResult is the model's quality on a set of examples.
type EvalResult struct {
	Loss     float64 // mean softmax cross-entropy
	Accuracy float64 // Correct / Count
	Correct  int
	Count    int
}

// Eval measures s on the manifest's eval subset. Like the step, it uses only
// canonical kernels, so every replayer gets the same numbers to the bit.
func (t *Trainer) Eval(s *State) EvalResult { return t.evalOn(s, t.eval) }

// EvalOn measures s on d, for example the whole test split. It fails when d's
// features or classes do not fit the model.
func (t *Trainer) EvalOn(s *State, d *dataset.Dataset) (EvalResult, error) {
	if d.Features != t.widths[0] || d.Classes != t.widths[len(t.widths)-1] {
		return EvalResult{}, fmt.Errorf("train: eval on %q: %d features and %d classes, the model has %d inputs and %d outputs",
			d.Name, d.Features, d.Classes, t.widths[0], t.widths[len(t.widths)-1])
	}
	return t.evalOn(s, d), nil
}

// evalOn runs d through the model in chunks of evalChunk rows; each example's
// logits do not depend on the chunking, and the loss sums in example order.
func (t *Trainer) evalOn(s *State, d *dataset.Dataset) EvalResult {
	t.checkState(s)
	const evalChunk = 256
	in := t.widths[0]
	var res EvalResult
	var lossSum float64
	for from := 0; from < d.Len(); from += evalChunk {
		rows := min(evalChunk, d.Len()-from)
		ws := t.ws.ensure(t.widths, rows)
		copy(ws.h[0], d.X[from*in:(from+rows)*in])
		t.forward(s, rows)
		L := len(s.Weights)
		loss, correct := softmaxXent(nil, ws.h[L], d.Y[from:from+rows], rows, t.widths[L])
		lossSum += loss
		res.Correct += correct
	}
	res.Count = d.Len()
	if res.Count > 0 {
		res.Loss = lossSum / float64(res.Count)
		res.Accuracy = float64(res.Correct) / float64(res.Count)
	}
	return res
}

// workspace holds the per-step buffers, reused across steps.
type workspace struct {
	rows int
	h    [][]float32 // h[0] input batch, h[l] activations of layer l, h[L] logits; [rows, width]
	y    []uint8
	dz   [][]float32 // dz[l]: gradient w.r.t. layer l's pre-activation output, [rows, widths[l+1]]
	gw   [][]float32 // weight gradients, [out, in]
	gb   [][]float32 // bias gradients
	// scratch holds hᵀ and zᵀ of the forward product: rows × (widest in + widest out).
	scratch []float32
}

func (ws *workspace) ensure(widths []int, rows int) *workspace {
	if ws.rows >= rows && len(ws.h) == len(widths) {
		return ws
	}
	L := len(widths) - 1
	*ws = workspace{rows: rows, y: make([]uint8, rows)}
	for l := 0; l <= L; l++ {
		ws.h = append(ws.h, make([]float32, rows*widths[l]))
	}
	for l := 0; l < L; l++ {
		in, out := widths[l], widths[l+1]
		ws.dz = append(ws.dz, make([]float32, rows*out))
		ws.gw = append(ws.gw, make([]float32, out*in))
		ws.gb = append(ws.gb, make([]float32, out))
	}
	ws.scratch = make([]float32, rows*(slices.Max(widths[:L])+slices.Max(widths[1:])))
	return ws
}

// products are the three matrix products of a step. The canonical ones are
// the protocol; the benchmark swaps in gonum's to compare speed.
type products interface {
	forward(z, h, w, bias, scratch []float32, rows, in, out int) // z = h·Wᵀ + bias
	gradW(gw, dz, h []float32, rows, in, out int)                // gw = dzᵀ·h
	gradX(dh, dz, w []float32, rows, in, out int)                // dh = dz·W
}

type canonical struct{}

// forward computes z = h·Wᵀ + bias as zᵀ = W·hᵀ, so that the vector lanes run
// across the batch and W (the large operand) is read in its stored layout:
//
//	z[i,j] = (s_ij) + bias[j],  s_ij = gemm's canonical sum over p of float32(W[j,p]*h[i,p])
//
// (IEEE multiplication is commutative, so this is also the sum over p of
// h[i,p]*W[j,p]). The bias is added last, in one rounding, while zᵀ is
// transposed back.
func (canonical) forward(z, h, w, bias, scratch []float32, rows, in, out int) {
	ht, zt := scratch[:in*rows], scratch[in*rows:in*rows+out*rows]
	transpose(ht, h, rows, in)
	gemm(zt, w, ht, out, rows, in, in, 1, nil)
	for i := 0; i < rows; i++ {
		zi := z[i*out : i*out+out]
		for j := range zi {
			zi[j] = zt[j*rows+i] + bias[j]
		}
	}
}

func (canonical) gradW(gw, dz, h []float32, rows, in, out int) {
	gemm(gw, dz, h, out, in, rows, 1, out, nil)
}

func (canonical) gradX(dh, dz, w []float32, rows, in, out int) {
	gemm(dh, dz, w, rows, in, out, out, 1, nil)
}
