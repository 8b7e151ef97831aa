package store_test

import (
	"bytes"
	"context"
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
