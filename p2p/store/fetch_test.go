package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/p2p/store"
)

func TestFetch_TwoHosts(t *testing.T) {
	seed, fetcher := newNode(t), newNode(t)
	connect(t, fetcher.h, seed.h)
	data := testData(2, 5<<20+123)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	var last store.Progress
	calls := 0
	dst := filepath.Join(t.TempDir(), "ckpt.safetensors")
	if err := fetcher.st.Fetch(ctx, c, h, dst, func(p store.Progress) { last = p; calls++ }); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	got, err := os.ReadFile(dst)
	if err != nil {
		t.Fatalf("read fetched file: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched %d bytes differ from the %d imported", len(got), len(data))
	}
	if last.BytesDone != int64(len(data)) || last.BytesTotal != int64(len(data)) {
		t.Fatalf("last progress bytes %d/%d, want %d/%d", last.BytesDone, last.BytesTotal, len(data), len(data))
	}
	if last.BlocksDone != 7 || last.BlocksTotal != 7 || last.Fetched != 7 || calls < 7 {
		t.Fatalf("last progress %+v after %d calls, want 7 blocks (root + 6 leaves) all fetched, at least 7 calls", last, calls)
	}
	has, err := fetcher.st.Has(ctx, c)
	if err != nil || !has {
		t.Fatalf("Has after fetch = %v, %v; want true", has, err)
	}
}
