package checkpoint_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/train/checkpoint"
)

const (
	meta    = `"__metadata__":{"format":"pt","umnode.run":"0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f","umnode.step":"5"}`
	runHex  = "0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	tensorA = `"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`
)

// file builds a safetensors file from a raw header, padded canonically
// with spaces, and raw data bytes.
func file(header string, data []byte) []byte {
	for (8+len(header))%8 != 0 {
		header += " "
	}
	return fileRaw(header, data)
}

// fileRaw builds a file with the header exactly as given.
func fileRaw(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, data...)
}

func floats(vs ...float32) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return b
}

func validFile() []byte { return file(`{`+meta+`,`+tensorA+`}`, floats(1, 2)) }

type hostileCase struct {
	name string
	b    []byte
	want error
}

// hostile lists one file per rejection rule. Each is also a fuzz seed.
func hostile() []hostileCase {
	valid := validFile()
	nan := math.Float32frombits(0x7fc00001)
	hdr := func(tensors ...string) string { return `{` + meta + `,` + strings.Join(tensors, ",") + `}` }
	withMeta := func(m string) []byte { return file(`{"__metadata__":`+m+`,`+tensorA+`}`, floats(1, 2)) }
	hugeHeader := binary.LittleEndian.AppendUint64(nil, checkpoint.MaxHeaderBytes+1)
	hugeHeader = append(hugeHeader, "{}"...)
	return []hostileCase{
		// Truncated.
		{"empty", nil, checkpoint.ErrTruncated},
		{"short length", valid[:7], checkpoint.ErrTruncated},
		{"header cut", valid[:20], checkpoint.ErrTruncated},
		{"data cut", valid[:len(valid)-1], checkpoint.ErrTruncated},
		{"header length past end", binary.LittleEndian.AppendUint64(nil, 1000), checkpoint.ErrTruncated},
		// Oversized.
		{"header over 100MB", hugeHeader, checkpoint.ErrOversized},
		{"header length 2^64-1", binary.LittleEndian.AppendUint64(nil, math.MaxUint64), checkpoint.ErrOversized},
		// Malformed JSON or structure.
		{"header not an object", file(`[`+meta+`]`, nil), checkpoint.ErrMalformed},
		{"zero header", fileRaw("", nil), checkpoint.ErrMalformed},
		{"leading space", fileRaw(` {`+meta+`,`+tensorA+`}`, floats(1, 2)), checkpoint.ErrMalformed},
		{"invalid UTF-8", file("{\"\xff\":1}", nil), checkpoint.ErrMalformed},
		{"bad JSON", file(`{`+meta+`,"a":{"dtype":"F32",}}`, floats(1, 2)), checkpoint.ErrMalformed},
		{"trailing garbage", fileRaw(`{`+meta+`,`+tensorA+`}x`, floats(1, 2)), checkpoint.ErrMalformed},
		{"second object", file(`{`+meta+`,`+tensorA+`}{}`, floats(1, 2)), checkpoint.ErrMalformed},
		{"unknown tensor key", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"x":1}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"missing shape", file(hdr(`"a":{"dtype":"F32","data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"negative offset", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[-1,8]}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"float offset", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8.0]}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"three offsets", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4,8]}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"offset over u64", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,18446744073709551616]}`), floats(1, 2)), checkpoint.ErrMalformed},
		{"tensor not an object", file(hdr(`"a":[1]`), nil), checkpoint.ErrMalformed},
		// Duplicate keys, which encoding/json would silently merge.
		{"duplicate tensor", file(hdr(tensorA, `"a":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}`), floats(1, 2, 3, 4)), checkpoint.ErrDuplicate},
		{"duplicate metadata", file(`{`+meta+`,`+meta+`,`+tensorA+`}`, floats(1, 2)), checkpoint.ErrDuplicate},
		{"duplicate metadata key", withMeta(`{"format":"pt","format":"pt","umnode.run":"` + runHex + `","umnode.step":"5"}`), checkpoint.ErrDuplicate},
		{"duplicate dtype", file(hdr(`"a":{"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrDuplicate},
		// Names.
		{"reserved name", file(hdr(`"__a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrName},
		{"escaped name", file(hdr(`"a\nb":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrName},
		// Dtype.
		{"F16", file(hdr(`"a":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}`), floats(1)), checkpoint.ErrDtype},
		{"lowercase f32", file(hdr(`"a":{"dtype":"f32","shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrDtype},
		{"dtype number", file(hdr(`"a":{"dtype":32,"shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrMalformed},
		// Shapes against offsets.
		{"shape too big", file(hdr(`"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrShape},
		{"shape too small", file(hdr(`"a":{"dtype":"F32","shape":[1],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrShape},
		{"shape overflow", file(hdr(`"a":{"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrShape},
		{"zero dim hides huge dim", file(hdr(`"a":{"dtype":"F32","shape":[0,18446744073709551615],"data_offsets":[0,0]}`), nil), checkpoint.ErrShape},
		{"zero dim hides 2^31", file(hdr(`"a":{"dtype":"F32","shape":[2147483648,0],"data_offsets":[0,0]}`), nil), checkpoint.ErrShape},
		{"rank 9", file(hdr(`"a":{"dtype":"F32","shape":[1,1,1,1,1,1,1,1,2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrShape},
		// Offsets.
		{"overlap", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`, `"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}`), floats(1, 2, 3)), checkpoint.ErrOffsets},
		{"same offsets", file(hdr(`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`, `"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrOffsets},
		{"gap", file(hdr(`"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}`, `"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}`), floats(1, 2, 3)), checkpoint.ErrOffsets},
		{"not from zero", file(hdr(`"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}`), floats(1, 2)), checkpoint.ErrOffsets},
		{"end before begin", file(hdr(`"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}`, `"b":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}`), floats(1, 2)), checkpoint.ErrOffsets},
		{"trailing data", file(hdr(tensorA), floats(1, 2, 3)), checkpoint.ErrOffsets},
		{"data past end", file(hdr(`"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}`), floats(1, 2)), checkpoint.ErrTruncated},
		// Values.
		{"NaN", file(hdr(tensorA), floats(1, nan)), checkpoint.ErrNonFinite},
		{"+Inf", file(hdr(tensorA), floats(float32(math.Inf(1)), 2)), checkpoint.ErrNonFinite},
		{"-Inf", file(hdr(tensorA), floats(1, float32(math.Inf(-1)))), checkpoint.ErrNonFinite},
		// Metadata.
		{"no metadata", file(`{`+tensorA+`}`, floats(1, 2)), checkpoint.ErrMetadata},
		{"metadata not object", withMeta(`"x"`), checkpoint.ErrMetadata},
		{"metadata number", withMeta(`{"format":"pt","umnode.run":"` + runHex + `","umnode.step":5}`), checkpoint.ErrMetadata},
		{"format tf", withMeta(`{"format":"tf","umnode.run":"` + runHex + `","umnode.step":"5"}`), checkpoint.ErrMetadata},
		{"no format", withMeta(`{"umnode.run":"` + runHex + `","umnode.step":"5"}`), checkpoint.ErrMetadata},
		{"no run", withMeta(`{"format":"pt","umnode.step":"5"}`), checkpoint.ErrMetadata},
		{"no step", withMeta(`{"format":"pt","umnode.run":"` + runHex + `"}`), checkpoint.ErrMetadata},
		{"short run", withMeta(`{"format":"pt","umnode.run":"0x0001","umnode.step":"5"}`), checkpoint.ErrMetadata},
		{"uppercase run", withMeta(`{"format":"pt","umnode.run":"` + strings.ToUpper(runHex[2:]) + `","umnode.step":"5"}`), checkpoint.ErrMetadata},
		{"step leading zero", withMeta(`{"format":"pt","umnode.run":"` + runHex + `","umnode.step":"05"}`), checkpoint.ErrMetadata},
		{"step negative", withMeta(`{"format":"pt","umnode.run":"` + runHex + `","umnode.step":"-5"}`), checkpoint.ErrMetadata},
		{"extra metadata", withMeta(`{"format":"pt","umnode.run":"` + runHex + `","umnode.step":"5","x":"y"}`), checkpoint.ErrMetadata},
		// Valid per safetensors, but not the one canonical form.
		{"whitespace", file(`{ `+meta+`,`+tensorA+`}`, floats(1, 2)), checkpoint.ErrNonCanonical},
		{"newline padding", fileRaw(`{`+meta+`,`+tensorA+"}\n\n\n\n\n\n", floats(1, 2)), checkpoint.ErrNonCanonical},
		{"no padding", fileRaw(`{`+meta+`,`+tensorA+`}`, floats(1, 2)), checkpoint.ErrNonCanonical},
		{"extra padding", fileRaw(`{`+meta+`,`+tensorA+`}`+strings.Repeat(" ", 14), floats(1, 2)), checkpoint.ErrNonCanonical},
		{"metadata last", file(`{`+tensorA+`,`+meta+`}`, floats(1, 2)), checkpoint.ErrNonCanonical},
		{"metadata key order", withMeta(`{"umnode.run":"` + runHex + `","format":"pt","umnode.step":"5"}`), checkpoint.ErrNonCanonical},
		{"tensor key order", file(hdr(`"a":{"shape":[2],"dtype":"F32","data_offsets":[0,8]}`), floats(1, 2)), checkpoint.ErrNonCanonical},
		{"names unsorted", file(hdr(`"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}`, `"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}`), floats(1, 2)), checkpoint.ErrNonCanonical},
		{"data not in name order", file(hdr(`"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}`, `"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}`), floats(1, 2)), checkpoint.ErrNonCanonical},
		{"escaped key", file(`{"\u005f_metadata__":`+meta[len(`"__metadata__":`):]+`,`+tensorA+`}`, floats(1, 2)), checkpoint.ErrNonCanonical},
		{"escaped value", withMeta(`{"format":"p\u0074","umnode.run":"` + runHex + `","umnode.step":"5"}`), checkpoint.ErrNonCanonical},
	}
}

func TestDecode_Rejects(t *testing.T) {
	if _, err := checkpoint.Decode(validFile()); err != nil {
		t.Fatalf("the base of the hostile cases does not decode: %v", err)
	}
	for _, tc := range hostile() {
		t.Run(tc.name, func(t *testing.T) {
			c, err := checkpoint.Decode(tc.b)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Decode: got %v (checkpoint %+v), want %v", err, c, tc.want)
			}
			if !checkpoint.IsFormatError(err) {
				t.Fatalf("IsFormatError(%v) = false", err)
			}
			if !strings.HasPrefix(err.Error(), "checkpoint: ") {
				t.Fatalf("error %q does not name the layer", err)
			}
		})
	}
}

func TestDecode_TooManyTensors(t *testing.T) {
	c := &checkpoint.Checkpoint{RunID: runID()}
	for _, n := range []string{"a", "b", "c"} {
		c.Tensors = append(c.Tensors, checkpoint.Tensor{Name: n, Data: []float32{1}})
	}
	b, err := checkpoint.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	l := checkpoint.Limits{MaxFileBytes: 1 << 20, MaxTensors: 2}
	if _, err := l.Decode(b); !errors.Is(err, checkpoint.ErrOversized) {
		t.Fatalf("Decode with 3 tensors over a limit of 2 = %v, want ErrOversized", err)
	}
	l.MaxTensors = 3
	if _, err := l.Decode(b); err != nil {
		t.Fatalf("Decode at the limit: %v", err)
	}
	l.MaxFileBytes = int64(len(b)) - 1
	if _, err := l.Decode(b); !errors.Is(err, checkpoint.ErrOversized) {
		t.Fatalf("Decode one byte over the file limit = %v, want ErrOversized", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(validFile())
	for _, c := range []*checkpoint.Checkpoint{tiny(), {RunID: runID()}} {
		b, err := checkpoint.Encode(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, tc := range hostile() {
		f.Add(tc.b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := checkpoint.Decode(b)
		if err != nil {
			if c != nil || !checkpoint.IsFormatError(err) {
				t.Fatalf("Decode failed with a checkpoint or an unclassified error: %v", err)
			}
			return
		}
		again, err := checkpoint.Encode(c)
		if err != nil {
			t.Fatalf("Encode of a decoded checkpoint: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("Encode(Decode(b)) != b:\n%q\n%q", again, b)
		}
	})
}

// FuzzRoundTrip builds checkpoints from fuzz input: whatever Encode accepts,
// Decode must accept and give back bit for bit, and Hash must agree.
func FuzzRoundTrip(f *testing.F) {
	f.Add(uint64(1000), "w,b,s", []byte{2, 2, 0, 2, 0}, floats(1, -2, 0.5, 0, 0.25, 3, 7))
	f.Add(uint64(0), "", []byte{}, []byte{})
	f.Add(uint64(math.MaxUint64), "layers.0.weight,layers.0.bias,optim.momentum.layers.0.weight", []byte{3, 1, 1, 1, 0, 2, 2}, floats(1, 2, 3, 4, 5, 6, 7, 8))
	f.Add(uint64(7), "a,a", []byte{1, 1}, floats(1, 2))
	f.Add(uint64(7), "z,0,Z,-,_", []byte{0, 0, 1, 0, 0, 0}, floats(1, 2, 3, 4, 5))
	f.Fuzz(func(t *testing.T, step uint64, names string, shapes []byte, data []byte) {
		c := &checkpoint.Checkpoint{RunID: runID(), Step: step}
		c.RunID[0] = byte(step)
		vals := make([]float32, len(data)/4)
		for i := range vals {
			vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		if names != "" {
			for _, name := range strings.Split(names, ",") {
				// Shapes: a rank byte, then that many dims (each byte mod 5).
				var shape []int
				n := 1
				if len(shapes) > 0 {
					rank := int(shapes[0]) % 4
					shapes = shapes[1:]
					for range rank {
						d := 1
						if len(shapes) > 0 {
							d = int(shapes[0]) % 5
							shapes = shapes[1:]
						}
						shape = append(shape, d)
						n *= d
					}
				}
				n = min(n, len(vals))
				c.Tensors = append(c.Tensors, checkpoint.Tensor{Name: name, Shape: shape, Data: vals[:n]})
				vals = vals[n:]
			}
		}
		b, err := checkpoint.Encode(c)
		if err != nil {
			if !checkpoint.IsFormatError(err) {
				t.Fatalf("Encode: unclassified error %v", err)
			}
			if _, herr := checkpoint.Hash(c); herr == nil {
				t.Fatalf("Encode failed (%v) but Hash succeeded", err)
			}
			return
		}
		if h, err := checkpoint.Hash(c); err != nil || h != checkpoint.StateHash(b) {
			t.Fatalf("Hash = %v, %v; want %v", h, err, checkpoint.StateHash(b))
		}
		got, err := checkpoint.Decode(b)
		if err != nil {
			t.Fatalf("Decode(Encode(c)): %v", err)
		}
		if got.RunID != c.RunID || got.Step != c.Step || len(got.Tensors) != len(c.Tensors) {
			t.Fatalf("round trip: got run %v step %d %d tensors", got.RunID, got.Step, len(got.Tensors))
		}
		for _, want := range c.Tensors {
			g := got.Tensor(want.Name)
			if g == nil || len(g.Shape) != len(want.Shape) || len(g.Data) != len(want.Data) {
				t.Fatalf("tensor %q: got %+v, want %+v", want.Name, g, want)
			}
			for i := range want.Shape {
				if g.Shape[i] != want.Shape[i] {
					t.Fatalf("tensor %q shape %v, want %v", want.Name, g.Shape, want.Shape)
				}
			}
			for i := range want.Data {
				if math.Float32bits(g.Data[i]) != math.Float32bits(want.Data[i]) {
					t.Fatalf("tensor %q[%d] = %v, want %v", want.Name, i, g.Data[i], want.Data[i])
				}
			}
		}
	})
}

// FuzzDecodeHeader fuzzes the JSON header with a consistent length prefix
// and padding, which reaches deeper into the header checks than FuzzDecode's
// raw bytes. Same properties: no panic, classified errors, and anything
// accepted re-encodes to the input.
func FuzzDecodeHeader(f *testing.F) {
	f.Add(`{`+meta+`,`+tensorA+`}`, floats(1, 2))
	f.Add(`{`+meta+`}`, []byte{})
	f.Add(`{`+meta+`,"a":{"dtype":"F32","shape":[0,18446744073709551615],"data_offsets":[0,0]}}`, []byte{})
	f.Add(`{`+meta+`,"b":{"dtype":"F32","shape":[],"data_offsets":[0,4]},"c":{"dtype":"F32","shape":[1,1],"data_offsets":[4,8]}}`, floats(1, 2))
	for _, tc := range hostile() {
		if len(tc.b) >= 8 {
			n := binary.LittleEndian.Uint64(tc.b)
			if n <= uint64(len(tc.b)-8) {
				f.Add(string(tc.b[8:8+n]), tc.b[8+n:])
			}
		}
	}
	f.Fuzz(func(t *testing.T, header string, data []byte) {
		b := file(header, data)
		c, err := checkpoint.Decode(b)
		if err != nil {
			if c != nil || !checkpoint.IsFormatError(err) {
				t.Fatalf("Decode failed with a checkpoint or an unclassified error: %v", err)
			}
			return
		}
		again, err := checkpoint.Encode(c)
		if err != nil {
			t.Fatalf("Encode of a decoded checkpoint: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("Encode(Decode(b)) != b:\n%q\n%q", again, b)
		}
	})
}
