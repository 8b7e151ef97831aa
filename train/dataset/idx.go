package dataset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// IDX is a decoded IDX file of unsigned bytes: its dimensions and the data,
// row-major.
type IDX struct {
	Dims []int
	Data []byte
}

// IDX format constants. The magic is two zero bytes, the element type, then
// the number of dimensions; only unsigned bytes (0x08) are supported.
const (
	idxTypeUbyte = 0x08
	maxIDXDims   = 4
	// MaxIDXBytes bounds the data of one IDX file; MNIST's largest holds
	// 60000*28*28 = 47,040,000 bytes.
	MaxIDXBytes = 64 << 20
)

// ErrIDX wraps every IDX decoding failure.
var ErrIDX = errors.New("dataset: bad IDX data")

func idxErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrIDX, fmt.Sprintf(format, args...))
}

// DecodeIDX reads one uncompressed IDX file of unsigned bytes from r. It
// rejects other element types, zero or more than 4 dimensions, a data size
// above maxBytes, and a stream that is shorter or longer than the header
// says. It never allocates more than maxBytes+1 bytes for the data, and a
// short stream allocates only what it holds.
func DecodeIDX(r io.Reader, maxBytes int64) (*IDX, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil {
		return nil, idxErr("magic: %v", err)
	}
	if magic[0] != 0 || magic[1] != 0 {
		return nil, idxErr("magic %x: first two bytes must be zero (is this file gzipped?)", magic)
	}
	if magic[2] != idxTypeUbyte {
		return nil, idxErr("element type 0x%02x, only unsigned bytes (0x08) are supported", magic[2])
	}
	nd := int(magic[3])
	if nd == 0 || nd > maxIDXDims {
		return nil, idxErr("%d dimensions, want 1..%d", nd, maxIDXDims)
	}
	raw := make([]byte, 4*nd)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, idxErr("dimensions: %v", err)
	}
	x := &IDX{Dims: make([]int, nd)}
	size := int64(1)
	for i := range x.Dims {
		d := int64(binary.BigEndian.Uint32(raw[4*i:]))
		if d != 0 && size > maxBytes/d {
			return nil, idxErr("dimensions %v claim more than %d bytes", dimsOf(raw), maxBytes)
		}
		size *= d
		x.Dims[i] = int(d)
	}
	data, err := io.ReadAll(io.LimitReader(r, size+1))
	if err != nil {
		return nil, idxErr("data: %v", err)
	}
	if int64(len(data)) < size {
		return nil, idxErr("truncated: dimensions %v need %d bytes, got %d", x.Dims, size, len(data))
	}
	if int64(len(data)) > size {
		return nil, idxErr("trailing bytes after the %d bytes of dimensions %v", size, x.Dims)
	}
	x.Data = data
	return x, nil
}

func dimsOf(raw []byte) []uint32 {
	out := make([]uint32, len(raw)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(raw[4*i:])
	}
	return out
}
