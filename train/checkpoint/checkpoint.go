package checkpoint

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/unstoppable-models/umnode/protocol"
)

// Tensor is one named float32 array, row-major.
type Tensor struct {
	Name  string
	Shape []int
	Data  []float32 // len(Data) is the product of Shape (1 for a scalar, Shape == nil)
}

// Checkpoint is the full training state at one step of one run. Tensors may be
// in any order when encoding; Decode returns them sorted by name.
type Checkpoint struct {
	RunID   protocol.Hash
	Step    uint64
	Tensors []Tensor
}

// Tensor returns the tensor called name, or nil.
func (c *Checkpoint) Tensor(name string) *Tensor {
	for i := range c.Tensors {
		if c.Tensors[i].Name == name {
			return &c.Tensors[i]
		}
	}
	return nil
}

// Format bounds. MaxHeaderBytes is the safetensors reference loader's limit.
const (
	MaxHeaderBytes = 100_000_000
	MaxNameLen     = 256
	MaxRank        = 8

	// Metadata keys and the fixed "format" value, in their canonical order.
	MetaFormat     = "format"
	MetaRun        = "umnode.run"
	MetaStep       = "umnode.step"
	FormatPyTorch  = "pt"
	dtypeF32       = "F32"
	metadataKey    = "__metadata__"
	headerLenBytes = 8
)

// Limits bound what Decode and ReadFile accept, so a hostile file cannot make
// them allocate without bound. Encode enforces the default limits too, so
// that everything written can be read back.
type Limits struct {
	MaxFileBytes int64 // whole file, header included
	MaxTensors   int
}

// DefaultLimits fit the largest model the project trains (784-1024-1024-10
// with momentum is about 15 MB) with a wide margin.
var DefaultLimits = Limits{MaxFileBytes: 1 << 30, MaxTensors: 4096}

// Errors. Every Decode failure wraps exactly one of them.
var (
	ErrTruncated    = errors.New("checkpoint: truncated file")
	ErrOversized    = errors.New("checkpoint: oversized file")
	ErrMalformed    = errors.New("checkpoint: malformed header")
	ErrDuplicate    = errors.New("checkpoint: duplicate key")
	ErrName         = errors.New("checkpoint: invalid tensor name")
	ErrDtype        = errors.New("checkpoint: wrong dtype")
	ErrShape        = errors.New("checkpoint: mis-shaped tensor")
	ErrOffsets      = errors.New("checkpoint: bad data offsets")
	ErrNonFinite    = errors.New("checkpoint: non-finite value")
	ErrMetadata     = errors.New("checkpoint: missing or invalid metadata")
	ErrNonCanonical = errors.New("checkpoint: not in canonical form")
)

func fail(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// StateHash is sha256 of the checkpoint file bytes: the state hash of the
// protocol.
func StateHash(b []byte) protocol.Hash { return sha256.Sum256(b) }

// ValidName reports whether name may be a tensor name: 1..MaxNameLen bytes of
// [A-Za-z0-9._/-], not starting with "__".
func ValidName(name string) bool {
	if len(name) == 0 || len(name) > MaxNameLen || (len(name) >= 2 && name[:2] == "__") {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '/', c == '-':
		default:
			return false
		}
	}
	return true
}

// elements returns the number of elements of shape, or false if a dimension
// is negative or exceeds max, or the count exceeds max.
func elements(shape []int, max int64) (int64, bool) {
	n := int64(1)
	for _, d := range shape {
		if d < 0 || int64(d) > max {
			return 0, false
		}
		if d == 0 {
			n = 0
			continue
		}
		if n > max/int64(d) {
			return 0, false
		}
		n *= int64(d)
	}
	return n, true
}

// Encode returns the canonical safetensors bytes of c. It fails on invalid or
// duplicate names, shapes that do not match the data, NaN or infinite values,
// and checkpoints beyond DefaultLimits. It does not modify c.
func Encode(c *Checkpoint) ([]byte, error) {
	ts, header, total, err := prepare(c)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(header)+int(total))
	copy(out, header)
	p := out[len(header):]
	for _, t := range ts {
		putFloats(p, t.Data)
		p = p[4*len(t.Data):]
	}
	return out, nil
}

// Hash returns StateHash(Encode(c)) without building the file in memory, for
// hashing every state of a trace. It fails exactly when Encode fails.
func Hash(c *Checkpoint) (protocol.Hash, error) {
	ts, header, _, err := prepare(c)
	if err != nil {
		return protocol.Hash{}, err
	}
	h := sha256.New()
	h.Write(header)
	for _, t := range ts {
		writeFloats(h, t.Data)
	}
	return protocol.Hash(h.Sum(nil)), nil
}

// prepare validates c and returns its tensors sorted by name, the header
// (length prefix included) and the number of data bytes.
func prepare(c *Checkpoint) (ts []*Tensor, header []byte, total int64, err error) {
	if len(c.Tensors) > DefaultLimits.MaxTensors {
		return nil, nil, 0, fail(ErrOversized, "%d tensors, at most %d allowed", len(c.Tensors), DefaultLimits.MaxTensors)
	}
	ts = make([]*Tensor, len(c.Tensors))
	for i := range c.Tensors {
		ts[i] = &c.Tensors[i]
	}
	slices.SortFunc(ts, func(a, b *Tensor) int { return cmp.Compare(a.Name, b.Name) })
	maxElems := DefaultLimits.MaxFileBytes / 4
	for i, t := range ts {
		if !ValidName(t.Name) {
			return nil, nil, 0, fail(ErrName, "%q: want 1..%d bytes of [A-Za-z0-9._/-], not starting with __", t.Name, MaxNameLen)
		}
		if i > 0 && ts[i-1].Name == t.Name {
			return nil, nil, 0, fail(ErrDuplicate, "tensor %q appears twice", t.Name)
		}
		if len(t.Shape) > MaxRank {
			return nil, nil, 0, fail(ErrShape, "tensor %q: rank %d, at most %d allowed", t.Name, len(t.Shape), MaxRank)
		}
		n, ok := elements(t.Shape, maxElems)
		if !ok {
			return nil, nil, 0, fail(ErrShape, "tensor %q: shape %v is negative or too large", t.Name, t.Shape)
		}
		if n != int64(len(t.Data)) {
			return nil, nil, 0, fail(ErrShape, "tensor %q: shape %v has %d elements, data has %d", t.Name, t.Shape, n, len(t.Data))
		}
		if j := firstNonFinite(t.Data); j >= 0 {
			return nil, nil, 0, fail(ErrNonFinite, "tensor %q element %d is %v", t.Name, j, t.Data[j])
		}
		total += 4 * n
		if total > DefaultLimits.MaxFileBytes {
			return nil, nil, 0, fail(ErrOversized, "more than %d bytes of tensors", DefaultLimits.MaxFileBytes)
		}
	}
	header = appendHeader(nil, c.RunID, c.Step, ts)
	if len(header)-headerLenBytes > MaxHeaderBytes {
		return nil, nil, 0, fail(ErrOversized, "header of %d bytes, at most %d allowed", len(header)-headerLenBytes, MaxHeaderBytes)
	}
	if int64(len(header))+total > DefaultLimits.MaxFileBytes {
		return nil, nil, 0, fail(ErrOversized, "%d bytes, at most %d allowed", int64(len(header))+total, DefaultLimits.MaxFileBytes)
	}
	return ts, header, total, nil
}

// appendHeader appends the length prefix and the canonical JSON header, padded,
// for tensors already sorted by name and known to be valid.
func appendHeader(b []byte, run protocol.Hash, step uint64, ts []*Tensor) []byte {
	start := len(b)
	b = append(b, make([]byte, headerLenBytes)...)
	b = append(b, `{"`+metadataKey+`":{"`+MetaFormat+`":"`+FormatPyTorch+`","`+MetaRun+`":"`...)
	b = append(b, run.Hex()...)
	b = append(b, `","`+MetaStep+`":"`...)
	b = strconv.AppendUint(b, step, 10)
	b = append(b, `"}`...)
	var off uint64
	for _, t := range ts {
		b = append(b, `,"`...)
		b = append(b, t.Name...)
		b = append(b, `":{"dtype":"`+dtypeF32+`","shape":[`...)
		for i, d := range t.Shape {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendUint(b, uint64(d), 10)
		}
		b = append(b, `],"data_offsets":[`...)
		b = strconv.AppendUint(b, off, 10)
		off += 4 * uint64(len(t.Data))
		b = append(b, ',')
		b = strconv.AppendUint(b, off, 10)
		b = append(b, "]}"...)
	}
	b = append(b, '}')
	for (len(b)-start)%8 != 0 {
		b = append(b, ' ')
	}
	binary.LittleEndian.PutUint64(b[start:], uint64(len(b)-start-headerLenBytes))
	return b
}
