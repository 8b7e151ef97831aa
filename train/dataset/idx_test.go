package dataset_test

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"testing"

	"github.com/unstoppable-models/umnode/train/dataset"
)

func TestDecodeIDX_Valid(t *testing.T) {
	b := idx([]uint32{2, 3}, []byte{1, 2, 3, 4, 5, 6})
	x, err := dataset.DecodeIDX(bytes.NewReader(b), 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Dims) != 2 || x.Dims[0] != 2 || x.Dims[1] != 3 || !bytes.Equal(x.Data, []byte{1, 2, 3, 4, 5, 6}) {
		t.Fatalf("got %+v", x)
	}
}

func TestDecodeIDX_Rejects(t *testing.T) {
	cases := map[string]struct {
		b   []byte
		max int64
	}{
		"empty":          {nil, 100},
		"short magic":    {[]byte{0, 0, 8}, 100},
		"nonzero magic":  {[]byte{0x1f, 0x8b, 8, 1, 0, 0, 0, 0}, 100},
		"float type":     {[]byte{0, 0, 0x0d, 1, 0, 0, 0, 0}, 100},
		"zero dims":      {[]byte{0, 0, 8, 0}, 100},
		"five dims":      {idx([]uint32{1, 1, 1, 1, 1}, []byte{1}), 100},
		"short dims":     {[]byte{0, 0, 8, 2, 0, 0, 0, 1}, 100},
		"short data":     {idx([]uint32{4}, []byte{1, 2, 3}), 100},
		"trailing data":  {idx([]uint32{2}, []byte{1, 2, 3}), 100},
		"over limit":     {idx([]uint32{101}, make([]byte, 101)), 100},
		"product over":   {idx([]uint32{1 << 16, 1 << 16, 1 << 16}, nil), 1 << 40},
		"claims 4 GB":    {idx([]uint32{0xffffffff}, []byte{1}), dataset.MaxIDXBytes},
		"claims 2^128 B": {idx([]uint32{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}, nil), dataset.MaxIDXBytes},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := dataset.DecodeIDX(bytes.NewReader(tc.b), tc.max)
			if !errors.Is(err, dataset.ErrIDX) || x != nil {
				t.Fatalf("DecodeIDX = %+v, %v; want ErrIDX", x, err)
			}
		})
	}
}

// TestDecodeIDX_ShortStreamAllocatesLittle feeds a header that claims the
// maximum size followed by only a few bytes: the decoder must fail without
// allocating anything like the claimed size.
func TestDecodeIDX_ShortStreamAllocatesLittle(t *testing.T) {
	b := idx([]uint32{dataset.MaxIDXBytes / 784, 28, 28}, []byte{1, 2, 3})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := dataset.DecodeIDX(bytes.NewReader(b), dataset.MaxIDXBytes)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, dataset.ErrIDX) {
		t.Fatalf("DecodeIDX = %v, want ErrIDX", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Fatalf("a 3-byte stream claiming %d bytes allocated %d bytes", dataset.MaxIDXBytes, got)
	}
}

func FuzzDecodeIDX(f *testing.F) {
	f.Add(idx([]uint32{2, 3}, []byte{1, 2, 3, 4, 5, 6}))
	f.Add(idx([]uint32{1, 28, 28}, make([]byte, 784)))
	f.Add(idx([]uint32{3}, []byte{0, 9, 5}))
	f.Add(idx([]uint32{0}, nil))
	f.Add(idx([]uint32{0xffffffff}, []byte{1}))
	f.Add(idx([]uint32{4}, []byte{1}))
	f.Add([]byte{0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0})
	f.Add([]byte{0, 0, 8})
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := dataset.DecodeIDX(bytes.NewReader(b), 1<<16)
		if err != nil {
			if x != nil || !errors.Is(err, dataset.ErrIDX) {
				t.Fatalf("failed decode returned %+v, %v", x, err)
			}
			return
		}
		size := 1
		dims := make([]uint32, len(x.Dims))
		for i, d := range x.Dims {
			size *= d
			dims[i] = uint32(d)
		}
		if size != len(x.Data) {
			t.Fatalf("dims %v but %d bytes", x.Dims, len(x.Data))
		}
		if again := idx(dims, x.Data); !bytes.Equal(again, b) {
			t.Fatalf("re-encoded %x != input %x", again, b)
		}
		// The same bytes through a one-byte-at-a-time reader decode the same.
		y, err := dataset.DecodeIDX(io.LimitReader(oneByte{bytes.NewReader(b)}, int64(len(b))), 1<<16)
		if err != nil || !bytes.Equal(y.Data, x.Data) {
			t.Fatalf("one-byte reader: %v", err)
		}
	})
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}
