package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// Manifest fully defines a training run: with the dataset and a parent state,
// it is all a replayer needs to recompute any step. Its canonical encoding is
// hashed into the run ID, so every field that changes the training result is
// in it and nothing else is.
type Manifest struct {
	Name      string        // human label, e.g. "mnist-mlp-784-128-10"
	Model     ModelSpec     // architecture
	InitSeed  uint64        // seeds parameter init and batch order (with the step index)
	Dataset   DatasetSpec   // which data, pinned by content hash
	Optimizer OptimizerSpec // update rule and hyper-parameters
	BatchSize uint32        // examples per step
	// StepsPerUpdate is k: the steps in one update, so a trace has k+1 states.
	StepsPerUpdate uint32
	Eval           EvalSpec // the eval subset every replayer recomputes
}

// ModelSpec names the architecture. Only "mlp" exists: fully connected
// layers with ReLU between them and softmax cross-entropy on the last.
type ModelSpec struct {
	Arch   string
	Widths []uint32 // layer widths, input first, classes last: 784,128,10
}

// DatasetSpec pins the training data.
type DatasetSpec struct {
	Name        string // "mnist"
	CID         string // where peers can fetch it, may be empty for well-known sets
	ContentHash Hash   // sha256 of the dataset's canonical form (see train)
	TrainCount  uint32 // examples in the training split
	TestCount   uint32 // examples in the test split
}

// OptimizerSpec is the update rule. Only "sgd" exists, with optional momentum.
type OptimizerSpec struct {
	Kind         string
	LearningRate float32
	Momentum     float32 // 0 disables momentum (and its state tensors)
}

// EvalSpec selects the eval subset of the test split: Count examples from Offset.
type EvalSpec struct {
	Offset uint32
	Count  uint32
}

// Known values and bounds for a manifest.
const (
	ArchMLP          = "mlp"
	OptimizerSGD     = "sgd"
	MaxManifestBytes = 4096
	maxName          = 128
	maxLayers        = 16
	maxWidth         = 1 << 16
	maxBatch         = 1 << 16
	maxStepsPerUpd   = MaxTraceLen - 1
)

var manifestMagic = [4]byte{'U', 'M', 'M', '1'}

// ErrBadManifest wraps every manifest validation and decoding failure.
var ErrBadManifest = errors.New("protocol: bad manifest")

func badManifest(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadManifest, fmt.Sprintf(format, args...))
}

// Validate checks that m describes a run that can be trained.
func (m *Manifest) Validate() error {
	if err := checkString("name", m.Name); err != nil {
		return err
	}
	if m.Model.Arch != ArchMLP {
		return badManifest("model arch %q: only %q is supported", m.Model.Arch, ArchMLP)
	}
	if n := len(m.Model.Widths); n < 2 || n > maxLayers {
		return badManifest("model has %d widths, want 2..%d (input ... classes)", n, maxLayers)
	}
	for i, w := range m.Model.Widths {
		if w == 0 || w > maxWidth {
			return badManifest("model width %d is %d, want 1..%d", i, w, maxWidth)
		}
	}
	if m.Model.Widths[len(m.Model.Widths)-1] < 2 {
		return badManifest("model needs at least 2 output classes")
	}
	if err := checkString("dataset name", m.Dataset.Name); err != nil {
		return err
	}
	if len(m.Dataset.CID) > 2*maxName || !utf8.ValidString(m.Dataset.CID) {
		return badManifest("dataset CID is not valid text of at most %d bytes", 2*maxName)
	}
	if m.Dataset.TrainCount == 0 {
		return badManifest("dataset train count is zero")
	}
	if m.Optimizer.Kind != OptimizerSGD {
		return badManifest("optimizer %q: only %q is supported", m.Optimizer.Kind, OptimizerSGD)
	}
	lr, mom := float64(m.Optimizer.LearningRate), float64(m.Optimizer.Momentum)
	if math.IsNaN(lr) || lr <= 0 || lr > 10 {
		return badManifest("learning rate %v, want in (0, 10]", lr)
	}
	if math.IsNaN(mom) || mom < 0 || mom >= 1 {
		return badManifest("momentum %v, want in [0, 1)", mom)
	}
	if m.BatchSize == 0 || m.BatchSize > maxBatch || m.BatchSize > m.Dataset.TrainCount {
		return badManifest("batch size %d, want 1..min(%d, train count %d)", m.BatchSize, maxBatch, m.Dataset.TrainCount)
	}
	if m.StepsPerUpdate == 0 || m.StepsPerUpdate > maxStepsPerUpd {
		return badManifest("steps per update %d, want 1..%d", m.StepsPerUpdate, maxStepsPerUpd)
	}
	if uint64(m.Eval.Offset)+uint64(m.Eval.Count) > uint64(m.Dataset.TestCount) {
		return badManifest("eval subset [%d, %d) is outside the %d test examples", m.Eval.Offset, uint64(m.Eval.Offset)+uint64(m.Eval.Count), m.Dataset.TestCount)
	}
	return nil
}

func checkString(field, s string) error {
	if s == "" || len(s) > maxName || !utf8.ValidString(s) {
		return badManifest("%s must be 1..%d bytes of UTF-8", field, maxName)
	}
	return nil
}

// Encode returns the canonical encoding: a magic, then every field in
// declaration order, big-endian, strings and lists length-prefixed (u16 and
// u8), floats as their IEEE-754 bits. There is exactly one encoding per
// manifest, and Decode accepts only that one.
func (m *Manifest) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 256)
	b = append(b, manifestMagic[:]...)
	b = appendString(b, m.Name)
	b = appendString(b, m.Model.Arch)
	b = append(b, byte(len(m.Model.Widths)))
	for _, w := range m.Model.Widths {
		b = binary.BigEndian.AppendUint32(b, w)
	}
	b = binary.BigEndian.AppendUint64(b, m.InitSeed)
	b = appendString(b, m.Dataset.Name)
	b = appendString(b, m.Dataset.CID)
	b = append(b, m.Dataset.ContentHash[:]...)
	b = binary.BigEndian.AppendUint32(b, m.Dataset.TrainCount)
	b = binary.BigEndian.AppendUint32(b, m.Dataset.TestCount)
	b = appendString(b, m.Optimizer.Kind)
	b = binary.BigEndian.AppendUint32(b, math.Float32bits(m.Optimizer.LearningRate))
	b = binary.BigEndian.AppendUint32(b, math.Float32bits(m.Optimizer.Momentum))
	b = binary.BigEndian.AppendUint32(b, m.BatchSize)
	b = binary.BigEndian.AppendUint32(b, m.StepsPerUpdate)
	b = binary.BigEndian.AppendUint32(b, m.Eval.Offset)
	b = binary.BigEndian.AppendUint32(b, m.Eval.Count)
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(s)))
	return append(b, s...)
}

// ID is the run's identity: sha256 of the canonical encoding.
func (m *Manifest) ID() (Hash, error) {
	b, err := m.Encode()
	if err != nil {
		return Hash{}, err
	}
	return sha256.Sum256(b), nil
}

// DecodeManifest parses a canonical encoding. It rejects anything that
// Encode would not have produced: wrong magic, truncation, trailing bytes,
// -0 or NaN floats, and manifests that fail Validate.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) > MaxManifestBytes {
		return nil, badManifest("%d bytes, more than the %d allowed", len(b), MaxManifestBytes)
	}
	r := reader{b: b}
	if magic := r.bytes(4); r.err == nil && [4]byte(magic) != manifestMagic {
		return nil, badManifest("wrong magic %q, want %q", magic, manifestMagic[:])
	}
	m := &Manifest{}
	m.Name = r.string()
	m.Model.Arch = r.string()
	nw := r.u8()
	if r.err == nil && nw > maxLayers {
		return nil, badManifest("model has %d widths, at most %d allowed", nw, maxLayers)
	}
	for i := 0; i < int(nw) && r.err == nil; i++ {
		m.Model.Widths = append(m.Model.Widths, r.u32())
	}
	m.InitSeed = r.u64()
	m.Dataset.Name = r.string()
	m.Dataset.CID = r.string()
	copy(m.Dataset.ContentHash[:], r.bytes(32))
	m.Dataset.TrainCount = r.u32()
	m.Dataset.TestCount = r.u32()
	m.Optimizer.Kind = r.string()
	lrBits, momBits := r.u32(), r.u32()
	m.Optimizer.LearningRate = math.Float32frombits(lrBits)
	m.Optimizer.Momentum = math.Float32frombits(momBits)
	m.BatchSize = r.u32()
	m.StepsPerUpdate = r.u32()
	m.Eval.Offset = r.u32()
	m.Eval.Count = r.u32()
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, badManifest("%d trailing bytes", len(r.b))
	}
	if momBits == 0x80000000 {
		return nil, badManifest("momentum is -0, the canonical form is +0")
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// reader is a sticky-error big-endian cursor.
type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if len(r.b) < n {
		r.err = badManifest("truncated: want %d more bytes, have %d", n, len(r.b))
		return make([]byte, n)
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() uint8   { return r.bytes(1)[0] }
func (r *reader) u16() uint16 { return binary.BigEndian.Uint16(r.bytes(2)) }
func (r *reader) u32() uint32 { return binary.BigEndian.Uint32(r.bytes(4)) }
func (r *reader) u64() uint64 { return binary.BigEndian.Uint64(r.bytes(8)) }
func (r *reader) string() string {
	n := r.u16()
	return string(r.bytes(int(n)))
}
