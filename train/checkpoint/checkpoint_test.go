package checkpoint_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

func runID() protocol.Hash {
	var h protocol.Hash
	for i := range h {
		h[i] = byte(i)
	}
	return h
}

// tiny is the checkpoint whose bytes TestEncode_Golden pins.
func tiny() *checkpoint.Checkpoint {
	return &checkpoint.Checkpoint{
		RunID: runID(),
		Step:  1000,
		Tensors: []checkpoint.Tensor{
			{Name: "w", Shape: []int{2, 2}, Data: []float32{1, -2, 0.5, float32(math.Copysign(0, -1))}},
			{Name: "b", Shape: []int{2}, Data: []float32{0.25, 3}},
			{Name: "s", Data: []float32{7}}, // a scalar
		},
	}
}

// goldenTiny is Encode(tiny()), built independently of this package (by
// hand from the safetensors spec, with Python's struct module). If this test fails, the file format changed:
// every state hash, trace root and golden test of the project changes with it.
const goldenTiny = "3001000000000000" + // N = 304, so 8+N = 312 = 39*8
	"7b225f5f6d657461646174615f5f223a7b22666f726d6174223a227074222c22756d6e6f64652e72756e223a22307830303031303230333034303530363037303830393061306230633064306530663130313131323133313431" +
	"353136313731383139316131623163316431653166222c22756d6e6f64652e73746570223a2231303030227d2c2262223a7b226474797065223a22463332222c227368617065223a5b325d2c22646174615f6f66667365747322" +
	"3a5b302c385d7d2c2273223a7b226474797065223a22463332222c227368617065223a5b5d2c22646174615f6f666673657473223a5b382c31325d7d2c2277223a7b226474797065223a22463332222c227368617065223a5b32" +
	"2c325d2c22646174615f6f666673657473223a5b31322c32385d7d7d202020202020" + // 6 spaces of padding
	"0000803e00004040" + // b = [0.25, 3]
	"0000e040" + // s = 7
	"0000803f000000c00000003f00000080" // w = [1, -2, 0.5, -0]

func TestEncode_Golden(t *testing.T) {
	got, err := checkpoint.Encode(tiny())
	if err != nil {
		t.Fatal(err)
	}
	if want := goldenTiny; hex.EncodeToString(got) != want {
		t.Fatalf("Encode(tiny) =\n%x\nwant\n%s\nheader: %q", got, want, got[8:])
	}
	wantHeader := `{"__metadata__":{"format":"pt","umnode.run":"0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f","umnode.step":"1000"},` +
		`"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"s":{"dtype":"F32","shape":[],"data_offsets":[8,12]},` +
		`"w":{"dtype":"F32","shape":[2,2],"data_offsets":[12,28]}}      `
	n := binary.LittleEndian.Uint64(got)
	if h := string(got[8 : 8+n]); h != wantHeader {
		t.Fatalf("header = %q, want %q", h, wantHeader)
	}
	if (8+n)%8 != 0 {
		t.Fatalf("8+N = %d, not a multiple of 8", 8+n)
	}
}

// TestPortable_SameBytes runs the value-by-value float path (the one
// big-endian machines take) against the golden bytes and a round trip.
func TestPortable_SameBytes(t *testing.T) {
	defer checkpoint.SetPortable(true)()
	got, err := checkpoint.Encode(tiny())
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(got) != goldenTiny {
		t.Fatalf("portable Encode(tiny) = %x, want the golden bytes", got)
	}
	h, err := checkpoint.Hash(tiny())
	if err != nil || h != checkpoint.StateHash(got) {
		t.Fatalf("portable Hash = %v, %v", h, err)
	}
	c, err := checkpoint.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	if w := c.Tensor("w"); w == nil || w.Data[2] != 0.5 || math.Signbit(float64(w.Data[3])) != true {
		t.Fatalf("portable Decode: w = %+v", w)
	}
	bad := tiny()
	bad.Tensors[1].Data[1] = float32(math.Inf(1))
	if _, err := checkpoint.Hash(bad); !errors.Is(err, checkpoint.ErrNonFinite) {
		t.Fatalf("portable Hash(Inf) = %v", err)
	}
}

func TestHash_EqualsStateHashOfEncode(t *testing.T) {
	big := &checkpoint.Checkpoint{RunID: runID(), Step: 3}
	for i, n := range []int{0, 1, 4095, 4096, 4097, 100000} { // around the hash buffer size
		d := make([]float32, n)
		for j := range d {
			d[j] = float32(j*7+i) / 3
		}
		big.Tensors = append(big.Tensors, checkpoint.Tensor{Name: fmt.Sprintf("t%d", i), Shape: []int{n}, Data: d})
	}
	for _, c := range []*checkpoint.Checkpoint{tiny(), big, {RunID: runID()}} {
		b, err := checkpoint.Encode(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := checkpoint.Hash(c)
		if err != nil {
			t.Fatal(err)
		}
		if want := checkpoint.StateHash(b); got != want {
			t.Fatalf("Hash = %v, StateHash(Encode) = %v", got, want)
		}
	}
}

func TestEncode_DoesNotReorderInput(t *testing.T) {
	c := tiny()
	if _, err := checkpoint.Encode(c); err != nil {
		t.Fatal(err)
	}
	if got, want := c.Tensors[0].Name, "w"; got != want {
		t.Fatalf("first input tensor after Encode = %q, want %q", got, want)
	}
}

func TestDecode_RoundTrip(t *testing.T) {
	c := tiny()
	b, err := checkpoint.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := checkpoint.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.RunID != c.RunID || got.Step != c.Step {
		t.Fatalf("run, step = %v, %d; want %v, %d", got.RunID, got.Step, c.RunID, c.Step)
	}
	var names []string
	for _, tt := range got.Tensors {
		names = append(names, tt.Name)
	}
	if want := []string{"b", "s", "w"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("names = %v, want %v", names, want)
	}
	w := got.Tensor("w")
	if w == nil || !reflect.DeepEqual(w.Shape, []int{2, 2}) {
		t.Fatalf("w = %+v", w)
	}
	for i, v := range c.Tensors[0].Data {
		if math.Float32bits(w.Data[i]) != math.Float32bits(v) {
			t.Fatalf("w[%d] = %v, want %v (bitwise)", i, w.Data[i], v)
		}
	}
	if s := got.Tensor("s"); s == nil || s.Shape != nil || len(s.Data) != 1 || s.Data[0] != 7 {
		t.Fatalf("scalar s = %+v", s)
	}
	again, err := checkpoint.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, b) {
		t.Fatal("Encode(Decode(b)) != b")
	}
}

func TestDecode_EmptyCheckpoint(t *testing.T) {
	c := &checkpoint.Checkpoint{RunID: runID(), Step: 0}
	b, err := checkpoint.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := checkpoint.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Tensors) != 0 || got.Step != 0 {
		t.Fatalf("got %+v", got)
	}
}

func TestEncode_Rejects(t *testing.T) {
	nan := float32(math.NaN())
	inf := float32(math.Inf(-1))
	cases := []struct {
		name    string
		tensors []checkpoint.Tensor
		want    error
	}{
		{"empty name", []checkpoint.Tensor{{Name: "", Data: []float32{1}}}, checkpoint.ErrName},
		{"reserved name", []checkpoint.Tensor{{Name: "__metadata__", Data: []float32{1}}}, checkpoint.ErrName},
		{"quote in name", []checkpoint.Tensor{{Name: `a"b`, Data: []float32{1}}}, checkpoint.ErrName},
		{"long name", []checkpoint.Tensor{{Name: strings.Repeat("a", checkpoint.MaxNameLen+1), Data: []float32{1}}}, checkpoint.ErrName},
		{"duplicate", []checkpoint.Tensor{{Name: "a", Data: []float32{1}}, {Name: "a", Data: []float32{2}}}, checkpoint.ErrDuplicate},
		{"short data", []checkpoint.Tensor{{Name: "a", Shape: []int{3}, Data: []float32{1, 2}}}, checkpoint.ErrShape},
		{"negative dim", []checkpoint.Tensor{{Name: "a", Shape: []int{-1}, Data: nil}}, checkpoint.ErrShape},
		{"rank", []checkpoint.Tensor{{Name: "a", Shape: make([]int, checkpoint.MaxRank+1), Data: nil}}, checkpoint.ErrShape},
		{"zero hides huge", []checkpoint.Tensor{{Name: "a", Shape: []int{0, math.MaxInt}, Data: nil}}, checkpoint.ErrShape},
		{"huge", []checkpoint.Tensor{{Name: "a", Shape: []int{1 << 20, 1 << 20}, Data: nil}}, checkpoint.ErrShape},
		{"NaN", []checkpoint.Tensor{{Name: "a", Shape: []int{2}, Data: []float32{0, nan}}}, checkpoint.ErrNonFinite},
		{"Inf", []checkpoint.Tensor{{Name: "a", Data: []float32{inf}}}, checkpoint.ErrNonFinite},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &checkpoint.Checkpoint{RunID: runID(), Tensors: tc.tensors}
			if _, err := checkpoint.Encode(c); !errors.Is(err, tc.want) {
				t.Fatalf("Encode: got %v, want %v", err, tc.want)
			}
			if _, err := checkpoint.Hash(c); !errors.Is(err, tc.want) {
				t.Fatalf("Hash: got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestWriteFile_ReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.safetensors")
	h, err := checkpoint.WriteFile(path, tiny())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hex.EncodeToString(raw), goldenTiny; got != want {
		t.Fatalf("file bytes = %s, want %s", got, want)
	}
	if got, want := h, checkpoint.StateHash(raw); got != want {
		t.Fatalf("WriteFile hash = %v, want sha256 of file %v", got, want)
	}
	c, h2, err := checkpoint.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if h2 != h || c.Step != 1000 {
		t.Fatalf("ReadFile: hash %v step %d, want %v 1000", h2, c.Step, h)
	}

	// Overwrite in place, and leave no temporary file behind.
	next := tiny()
	next.Step = 1001
	h3, err := checkpoint.WriteFile(path, next)
	if err != nil {
		t.Fatal(err)
	}
	if h3 == h {
		t.Fatal("a different step gave the same state hash")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 {
		t.Fatalf("dir holds %d entries after two writes, want 1", len(ents))
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("file mode = %v, %v; want 0644", fi.Mode(), err)
	}
}

func TestWriteFile_InvalidLeavesOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.safetensors")
	if _, err := checkpoint.WriteFile(path, tiny()); err != nil {
		t.Fatal(err)
	}
	bad := tiny()
	bad.Tensors[0].Data[0] = float32(math.NaN())
	if _, err := checkpoint.WriteFile(path, bad); !errors.Is(err, checkpoint.ErrNonFinite) {
		t.Fatalf("WriteFile(NaN) = %v, want ErrNonFinite", err)
	}
	if _, _, err := checkpoint.ReadFile(path); err != nil {
		t.Fatalf("old file no longer readable: %v", err)
	}
}

func TestReadFile_Rejects(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.safetensors")
	if _, err := checkpoint.WriteFile(path, tiny()); err != nil {
		t.Fatal(err)
	}
	small := checkpoint.Limits{MaxFileBytes: 64, MaxTensors: 8}
	if _, _, err := small.ReadFile(path); !errors.Is(err, checkpoint.ErrOversized) {
		t.Fatalf("ReadFile over the limit = %v, want ErrOversized", err)
	}
	if _, _, err := checkpoint.ReadFile(filepath.Join(dir, "missing")); err == nil || checkpoint.IsFormatError(err) || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("ReadFile(missing) = %v, want a not-exist I/O error", err)
	}
	if _, _, err := checkpoint.ReadFile(dir); err == nil || checkpoint.IsFormatError(err) {
		t.Fatalf("ReadFile(a directory) = %v, want an I/O error", err)
	}
	raw, _ := os.ReadFile(path)
	if err := os.WriteFile(path, raw[:len(raw)-1], 0o644); err != nil {
		t.Fatal(err)
	}
	_, h, err := checkpoint.ReadFile(path)
	if !errors.Is(err, checkpoint.ErrTruncated) || !checkpoint.IsFormatError(err) {
		t.Fatalf("ReadFile(truncated) = %v, want ErrTruncated", err)
	}
	if want := checkpoint.StateHash(raw[:len(raw)-1]); h != want {
		t.Fatalf("hash of rejected file = %v, want %v", h, want)
	}
}
