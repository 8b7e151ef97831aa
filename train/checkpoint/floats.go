package checkpoint

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// The tensor data of a checkpoint is float32 little-endian. On a
// little-endian machine that is exactly the memory of a []float32, so the
// bulk paths below copy or hash that memory directly; elsewhere (and in tests
// that set portable) they convert value by value. Both give the same bytes.
var portable = binary.NativeEndian.Uint16([]byte{1, 0}) != 1

// floatBytes returns the memory of vs as bytes (little-endian machines only).
func floatBytes(vs []float32) []byte {
	if len(vs) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&vs[0])), 4*len(vs))
}

// firstNonFinite returns the index of the first NaN or infinity in vs, or -1.
func firstNonFinite(vs []float32) int {
	for i, v := range vs {
		if math.Float32bits(v)&0x7f800000 == 0x7f800000 {
			return i
		}
	}
	return -1
}

// putFloats writes vs as little-endian float32 into p.
func putFloats(p []byte, vs []float32) {
	if !portable {
		copy(p, floatBytes(vs))
		return
	}
	p = p[:4*len(vs)]
	for i, v := range vs {
		binary.LittleEndian.PutUint32(p[4*i:], math.Float32bits(v))
	}
}

// getFloats fills vs from little-endian float32 bytes p (len(p) == 4*len(vs)).
func getFloats(vs []float32, p []byte) {
	if !portable {
		copy(floatBytes(vs), p)
		return
	}
	for i := range vs {
		vs[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
}

// hashWriter is the part of hash.Hash that Hash needs.
type hashWriter interface{ Write([]byte) (int, error) }

// writeFloats writes vs as little-endian float32 to h.
func writeFloats(h hashWriter, vs []float32) {
	if !portable {
		h.Write(floatBytes(vs))
		return
	}
	var buf [16 << 10]byte
	for len(vs) > 0 {
		n := min(len(vs), len(buf)/4)
		putFloats(buf[:], vs[:n])
		h.Write(buf[:4*n])
		vs = vs[n:]
	}
}
