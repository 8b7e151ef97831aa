package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ipfs/boxo/blockstore"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// Bitswap can still ask the blockstore for a block on a stream that outlives
// Store.Close; that must be a clean ErrClosed, not a use of a closed pebble
// database (which panics).
func TestStore_BlockstoreRefusesAfterClose(t *testing.T) {
	var served blockstore.Blockstore
	cfg := store.Config{Host: newHost(t)}
	store.SetServeWrapper(&cfg, func(bs blockstore.Blockstore) blockstore.Blockstore {
		served = bs
		return bs
	})
	st := openStore(t, cfg)
	ctx := context.Background()
	c, _, err := st.ImportBytes(ctx, []byte("a small checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := served.Get(ctx, c); err != nil {
		t.Fatalf("Get before Close: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := served.Get(ctx, c); !errors.Is(err, store.ErrClosed) {
		t.Fatalf("Get after Close: err = %v, want ErrClosed", err)
	}
	if _, err := served.Has(ctx, c); !errors.Is(err, store.ErrClosed) {
		t.Fatalf("Has after Close: err = %v, want ErrClosed", err)
	}
	if _, err := served.GetSize(ctx, c); !errors.Is(err, store.ErrClosed) {
		t.Fatalf("GetSize after Close: err = %v, want ErrClosed", err)
	}
}
