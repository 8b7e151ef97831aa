package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"

	"github.com/unstoppable-models/umnode/protocol"
)

// Dataset is a set of labelled examples.
type Dataset struct {
	Name     string
	Features int // values per example
	Classes  int // labels are 0..Classes-1
	// X holds Len()*Features values, row-major: example i is
	// X[i*Features:(i+1)*Features]. MNIST pixels are float32(b)/255.
	X []float32
	Y []uint8 // one label per example
}

// ErrInvalid wraps every Validate failure.
var ErrInvalid = errors.New("dataset: invalid")

// Len is the number of examples.
func (d *Dataset) Len() int { return len(d.Y) }

// Row returns example i's features (a view into X).
func (d *Dataset) Row(i int) []float32 { return d.X[i*d.Features : (i+1)*d.Features] }

// Validate checks that the shapes agree, the labels are in range and every
// value is finite.
func (d *Dataset) Validate() error {
	if d.Features <= 0 || d.Classes < 2 || d.Classes > 256 {
		return fmt.Errorf("%w: %s: %d features and %d classes, want >= 1 and 2..256", ErrInvalid, d.Name, d.Features, d.Classes)
	}
	if len(d.X) != len(d.Y)*d.Features {
		return fmt.Errorf("%w: %s: %d values for %d examples of %d features", ErrInvalid, d.Name, len(d.X), len(d.Y), d.Features)
	}
	for i, y := range d.Y {
		if int(y) >= d.Classes {
			return fmt.Errorf("%w: %s: example %d has label %d, want < %d", ErrInvalid, d.Name, i, y, d.Classes)
		}
	}
	for i, v := range d.X {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("%w: %s: value %d (example %d) is %v", ErrInvalid, d.Name, i, i/d.Features, v)
		}
	}
	return nil
}

// Slice returns examples [from, to) as a dataset named "<name>[from:to]".
// It shares X and Y with d (so do not modify either), and panics on bounds
// outside 0 <= from <= to <= Len(), as slicing does.
func (d *Dataset) Slice(from, to int) *Dataset {
	if from < 0 || to < from || to > d.Len() {
		panic(fmt.Sprintf("dataset: %s: slice [%d:%d] out of range of %d examples", d.Name, from, to, d.Len()))
	}
	return &Dataset{
		Name:     fmt.Sprintf("%s[%d:%d]", d.Name, from, to),
		Features: d.Features,
		Classes:  d.Classes,
		X:        d.X[from*d.Features : to*d.Features : to*d.Features],
		Y:        d.Y[from:to:to],
	}
}

// hashDomain starts every content hash, so it cannot collide with a hash of
// anything else the project hashes.
const hashDomain = "umnode/dataset/v1\x00"

// ContentHash is sha256 over this canonical encoding (all integers
// big-endian):
//
//	"umnode/dataset/v1" 0x00
//	u32 len(Name) || Name (UTF-8 bytes)
//	u32 Features || u32 Classes || u64 Len()
//	Y: Len() bytes, one label each
//	X: Len()*Features IEEE-754 float32 values, each as 4 bytes little-endian
//
// For MNIST the float32 values are exactly float32(pixel)/255, so the hash
// pins the source pixels too. The hash changes with the name; a Slice has a
// name of its own. It goes into the run manifest
// (protocol.DatasetSpec), combined for the train and test splits by the
// trainer (train.DatasetHash).
func (d *Dataset) ContentHash() protocol.Hash {
	h := sha256.New()
	var b []byte
	b = append(b, hashDomain...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(d.Name)))
	b = append(b, d.Name...)
	b = binary.BigEndian.AppendUint32(b, uint32(d.Features))
	b = binary.BigEndian.AppendUint32(b, uint32(d.Classes))
	b = binary.BigEndian.AppendUint64(b, uint64(d.Len()))
	h.Write(b)
	h.Write(d.Y)
	if !portable && len(d.X) > 0 {
		// On a little-endian machine the memory of X is the encoding.
		h.Write(unsafe.Slice((*byte)(unsafe.Pointer(&d.X[0])), 4*len(d.X)))
		return protocol.Hash(h.Sum(nil))
	}
	buf := make([]byte, 0, 64<<10)
	for _, v := range d.X {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		if len(buf) == cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return protocol.Hash(h.Sum(nil))
}

// portable selects the value-by-value encoding: on big-endian machines, and
// in tests that check both paths give the same hash.
var portable = binary.NativeEndian.Uint16([]byte{1, 0}) != 1
