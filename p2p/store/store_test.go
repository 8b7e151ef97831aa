package store_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// goldenCID is what `ipfs add --cid-version=1 --raw-leaves
// --chunker=size-1048576 --max-file-links=1024` prints for testData(1, 3.5 MiB).
const goldenCID = "bafybeic3wqa73wrdhs5huykj6apgpqrvarm3bhmtsd6nloxokess6zvs3i"

func TestImport_GoldenCID(t *testing.T) {
	st := openStore(t, store.Config{})
	data := testData(1, 3<<20+1<<19)
	c, h, err := st.ImportBytes(context.Background(), data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	if got, want := c.String(), goldenCID; got != want {
		t.Fatalf("CID = %s, want %s", got, want)
	}
	if got, want := h, sum(data); got != want {
		t.Fatalf("hash = %s, want %s", got, want)
	}
	back, err := st.ReadBytes(context.Background(), c)
	if err != nil {
		t.Fatalf("ReadBytes: %v", err)
	}
	if !bytes.Equal(back, data) {
		t.Fatalf("exported %d bytes differ from the %d imported", len(back), len(data))
	}
}

// chachaReader streams ChaCha8 bytes without holding them.
type chachaReader struct {
	r *rand.ChaCha8
	n int64
}

func (c *chachaReader) Read(p []byte) (int, error) {
	if c.n == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	c.r.Read(p)
	c.n -= int64(len(p))
	return len(p), nil
}

// TestComputeCID_GoldenTwoLevels checks a file of more than 1024 chunks,
// whose DAG has two levels of internal nodes, against kubo 0.42's
// `ipfs add --only-hash --cid-version=1 --raw-leaves --chunker=size-1048576
// --max-file-links=1024` for the same 1100 MiB of ChaCha8 bytes (seed 9).
func TestComputeCID_GoldenTwoLevels(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes 1100 MiB; skipped with -short")
	}
	var seed [32]byte
	seed[0] = 9
	c, _, err := store.ComputeCID(context.Background(), &chachaReader{r: rand.NewChaCha8(seed), n: 1100 << 20})
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}
	if got, want := c.String(), "bafybeicpbz6rfjcdno5g3zqipizqpbssb6znp6vu27blzbvycpmoli7pwy"; got != want {
		t.Fatalf("CID = %s, want %s", got, want)
	}
}

func TestComputeCID_MatchesImport(t *testing.T) {
	st := openStore(t, store.Config{})
	for _, n := range []int{0, 1, 1 << 20, 1<<20 + 1, 3 << 20} {
		data := testData(8, n)
		c1, h1, err := st.ImportBytes(context.Background(), data)
		if err != nil {
			t.Fatalf("ImportBytes(%d bytes): %v", n, err)
		}
		c2, h2, err := store.ComputeCID(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ComputeCID(%d bytes): %v", n, err)
		}
		if c1 != c2 || h1 != h2 || h1 != sum(data) {
			t.Fatalf("%d bytes: import %s %s, compute %s %s, sha256 %s", n, c1, h1, c2, h2, sum(data))
		}
		back, err := st.ReadBytes(context.Background(), c1)
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("%d bytes: read back %d bytes, err %v", n, len(back), err)
		}
	}
}

func TestFetch_LocalOnlyOffline(t *testing.T) {
	st := openStore(t, store.Config{}) // no host: offline
	data := testData(60, 2<<20+9)
	c, h, err := st.ImportBytes(context.Background(), data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	var last store.Progress
	got, err := st.FetchBytes(context.Background(), c, h, func(p store.Progress) { last = p })
	if err != nil {
		t.Fatalf("FetchBytes of a local checkpoint offline: %v", err)
	}
	if !bytes.Equal(got, data) || last.Fetched != 0 || last.BlocksDone != 4 {
		t.Fatalf("got %d bytes, last progress %+v; want the data, 4 local blocks", len(got), last)
	}
	other, _, err := store.ComputeCID(context.Background(), bytes.NewReader(testData(61, 10)))
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}
	if _, err := st.FetchBytes(context.Background(), other, h, nil); !errors.Is(err, store.ErrIncomplete) {
		t.Fatalf("FetchBytes of a missing checkpoint offline: err = %v, want ErrIncomplete", err)
	}
}
