package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/p2p/store"
)

func TestGC_RemovesUnpinned(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, store.Config{})
	// b shares its first two chunks with a: GC must keep them for a.
	a := testData(20, 4<<20)
	b := append(bytes.Clone(a[:2<<20]), testData(21, 3<<20)...)
	ca, _, err := st.ImportBytes(ctx, a)
	if err != nil {
		t.Fatalf("import a: %v", err)
	}
	cb, _, err := st.ImportBytes(ctx, b)
	if err != nil {
		t.Fatalf("import b: %v", err)
	}
	if err := st.Pin(ctx, ca, "final:7"); err != nil {
		t.Fatalf("Pin a: %v", err)
	}
	for _, c := range []cid.Cid{ca, cb} {
		if err := st.Unpin(ctx, c, store.ReasonLocal); err != nil {
			t.Fatalf("Unpin %s: %v", c, err)
		}
	}

	res, err := st.GC(ctx)
	if err != nil {
		t.Fatalf("GC: %v", err)
	}
	// a: root + 4 leaves kept; b: root + 3 own leaves removed.
	if res.Kept != 5 || res.Removed != 4 {
		t.Fatalf("GC kept %d and removed %d blocks, want 5 and 4", res.Kept, res.Removed)
	}
	if res.Freed < 3<<20 {
		t.Fatalf("GC freed %d bytes, want at least %d", res.Freed, 3<<20)
	}
	if has, err := st.Has(ctx, cb); err != nil || has {
		t.Fatalf("Has(b) after GC = %v, %v; want false", has, err)
	}
	got, err := st.ReadBytes(ctx, ca)
	if err != nil || !bytes.Equal(got, a) {
		t.Fatalf("a after GC: %d bytes, err %v", len(got), err)
	}
	if _, err := st.ReadBytes(ctx, cb); err == nil {
		t.Fatalf("ReadBytes(b) after GC succeeded")
	}

	// A second reason keeps it; dropping the last one lets GC take it.
	if err := st.Pin(ctx, ca, "pending:8"); err != nil {
		t.Fatalf("Pin: %v", err)
	}
	if err := st.Unpin(ctx, ca, "final:7"); err != nil {
		t.Fatalf("Unpin: %v", err)
	}
	pins, err := st.Pins(ctx)
	if err != nil {
		t.Fatalf("Pins: %v", err)
	}
	if got, want := fmt.Sprint(pins), fmt.Sprintf("map[%s:[pending:8]]", ca); got != want {
		t.Fatalf("Pins = %s, want %s", got, want)
	}
	if res, err := st.GC(ctx); err != nil || res.Removed != 0 {
		t.Fatalf("GC with a still pinned = %+v, %v; want nothing removed", res, err)
	}
	if err := st.Unpin(ctx, ca, "pending:8"); err != nil {
		t.Fatalf("Unpin: %v", err)
	}
	if res, err := st.GC(ctx); err != nil || res.Removed != 5 || res.Kept != 0 {
		t.Fatalf("GC with nothing pinned = %+v, %v; want 5 removed", res, err)
	}
}

func TestPin_BadReason(t *testing.T) {
	st := openStore(t, store.Config{})
	c, _, err := st.ImportBytes(context.Background(), []byte("x"))
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	for _, r := range []string{"", "a/b", "white space", string(make([]byte, 200))} {
		if err := st.Pin(context.Background(), c, r); err == nil {
			t.Fatalf("Pin with reason %q accepted", r)
		}
	}
	if err := st.Pin(context.Background(), cid.Undef, "x"); !errors.Is(err, store.ErrBadCID) {
		t.Fatalf("Pin(undefined CID): err = %v, want ErrBadCID", err)
	}
}
