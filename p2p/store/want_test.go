package store_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// TestFetch_SpreadsOverSeeders: with four seeders every one of them serves
// a share of the blocks (a boxo session would take nearly all from one).
func TestFetch_SpreadsOverSeeders(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := testData(20, 48<<20)
	fetcher := newNode(t)
	var seeds []node
	for range 4 {
		n := newNode(t)
		if _, _, err := n.st.ImportBytes(ctx, data); err != nil {
			t.Fatalf("ImportBytes: %v", err)
		}
		connect(t, fetcher.h, n.h)
		seeds = append(seeds, n)
	}
	c, h, err := store.ComputeCID(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}
	got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
	var total uint64
	for i, s := range seeds {
		n := fetcher.st.BytesReceivedFrom(s.h.ID())
		total += n
		t.Logf("seeder %d sent %d MiB", i, n>>20)
		if n < uint64(len(data))/16 {
			t.Errorf("seeder %d sent %d bytes, less than 1/16 of %d", i, n, len(data))
		}
	}
	if total < uint64(len(data)) {
		t.Fatalf("seeders sent %d bytes in all, want at least %d", total, len(data))
	}
	if dup := fetcher.st.DuplicateBytesReceived(); dup > uint64(len(data))/8 {
		t.Fatalf("%d duplicate bytes for a %d-byte file", dup, len(data))
	}
}

// TestFetch_SilentPeerSkipped: a peer that takes want-blocks and never
// answers has its wants moved to another peer after StallTimeout.
func TestFetch_SilentPeerSkipped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := testData(21, 16<<20)
	silentHost := newHost(t)
	scfg := store.Config{Host: silentHost}
	store.SetServeWrapper(&scfg, func(bs blockstore.Blockstore) blockstore.Blockstore {
		return &silentBlockstore{Blockstore: bs}
	})
	silent := node{h: silentHost, st: openStore(t, scfg)}
	honest := newNode(t)
	fh := newHost(t)
	fetcher := node{h: fh, st: openStore(t, store.Config{Host: fh, Tuning: store.Tuning{StallTimeout: 500 * time.Millisecond}})}
	for _, n := range []node{silent, honest} {
		if _, _, err := n.st.ImportBytes(ctx, data); err != nil {
			t.Fatalf("ImportBytes: %v", err)
		}
		connect(t, fetcher.h, n.h)
	}
	c, h, err := store.ComputeCID(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}
	start := time.Now()
	got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
	// It serves internal nodes (the root, under 1 KiB here), no leaf.
	if n := fetcher.st.BytesReceivedFrom(silent.h.ID()); n >= store.ChunkSize {
		t.Fatalf("received %d bytes from the silent peer, which serves no leaf", n)
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Fatalf("fetch took %s with a 500ms stall timeout", took)
	}
	t.Logf("fetched in %s", time.Since(start).Round(time.Millisecond))
}

// silentBlockstore says it has every block but never serves a raw leaf.
type silentBlockstore struct {
	blockstore.Blockstore
}

func (s *silentBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	if c.Prefix().Codec == cid.Raw {
		<-ctx.Done()
		return nil, ipld.ErrNotFound{Cid: c}
	}
	return s.Blockstore.Get(ctx, c)
}

// TestFetch_LargeTargetMessageSize: a seeder tuned to pack 4 MiB of blocks
// per bitswap message would send messages over libp2p's 4 MiB limit, which
// the fetcher drops, and no leaf would ever arrive; Open caps the target.
func TestFetch_LargeTargetMessageSize(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := testData(22, 12<<20)
	sh := newHost(t)
	seed := node{h: sh, st: openStore(t, store.Config{Host: sh, Tuning: store.Tuning{TargetMessageSize: 4 << 20, MaxOutstandingBytesPerPeer: 16 << 20}})}
	fetcher := newNode(t)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	connect(t, fetcher.h, seed.h)
	got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes from a seeder with a 4 MiB message target: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
}

// TestFetch_SameCIDTwiceAtOnce: two fetches of one checkpoint on one store
// run side by side (each block is asked once per fetch; a cancel one sends
// must not starve the other).
func TestFetch_SameCIDTwiceAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := testData(23, 24<<20)
	a, b, fetcher := newNode(t), newNode(t), newNode(t)
	for _, n := range []node{a, b} {
		if _, _, err := n.st.ImportBytes(ctx, data); err != nil {
			t.Fatalf("ImportBytes: %v", err)
		}
		connect(t, fetcher.h, n.h)
	}
	c, h, err := store.ComputeCID(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
			if err == nil && !bytes.Equal(got, data) {
				err = errors.New("fetched bytes differ")
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent FetchBytes: %v", err)
		}
	}
}

// TestFetch_SlowOnlySeeder: the only seeder takes longer than StallTimeout
// for every block (a slow uplink); the fetch still completes, from it.
func TestFetch_SlowOnlySeeder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := testData(24, 5<<20)
	sh := newHost(t)
	scfg := store.Config{Host: sh}
	store.SetServeWrapper(&scfg, func(bs blockstore.Blockstore) blockstore.Blockstore {
		return &slowBlockstore{Blockstore: bs, delay: 400 * time.Millisecond}
	})
	seed := node{h: sh, st: openStore(t, scfg)}
	fh := newHost(t)
	fetcher := node{h: fh, st: openStore(t, store.Config{Host: fh, Tuning: store.Tuning{StallTimeout: 300 * time.Millisecond}})}
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	connect(t, fetcher.h, seed.h)
	start := time.Now()
	got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes from a seeder slower than StallTimeout: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
	// 6 blocks served one at a time, 400ms each: 2.4s at best.
	if took := time.Since(start); took > 20*time.Second {
		t.Fatalf("fetch took %s", took)
	}
	t.Logf("fetched in %s", time.Since(start).Round(time.Millisecond))
}

// TestFetch_GiveUpUnserved: when every connected peer answers DONT_HAVE and
// no other peer comes, a fetch with GiveUpUnserved ends after that wait with
// an UnservedError; without it, it waits for its deadline.
func TestFetch_GiveUpUnserved(t *testing.T) {
	fetcher, a, b := newNode(t), newNode(t), newNode(t)
	connect(t, fetcher.h, a.h)
	connect(t, fetcher.h, b.h)
	c, h, err := store.ComputeCID(t.Context(), bytes.NewReader(testData(25, 3000)))
	if err != nil {
		t.Fatalf("ComputeCID: %v", err)
	}

	t.Run("gives up", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		defer cancel()
		start := time.Now()
		_, err := fetcher.st.FetchBytes(ctx, c, h, nil, store.GiveUpUnserved(300*time.Millisecond))
		took := time.Since(start)
		var ue *store.UnservedError
		if !errors.Is(err, store.ErrUnserved) || !errors.As(err, &ue) {
			t.Fatalf("FetchBytes of a CID no peer has: %v, want an UnservedError", err)
		}
		if ue.Peers != 2 || ue.Block != c || ue.Root != c || ue.Waited != 300*time.Millisecond {
			t.Fatalf("UnservedError %+v, want 2 peers, block and root %s, waited 300ms", ue, c)
		}
		want := "no peer has " + c.String() + ": all 2 connected peers answered DONT_HAVE and no new peer appeared in 300ms"
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
		if took > 10*time.Second {
			t.Fatalf("gave up after %v, want soon after 300ms (deadline 30s)", took)
		}
		t.Logf("gave up after %v", took.Round(time.Millisecond))
	})

	t.Run("waits for the deadline without it", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
		defer cancel()
		_, err := fetcher.st.FetchBytes(ctx, c, h, nil)
		if !errors.Is(err, store.ErrIncomplete) || errors.Is(err, store.ErrUnserved) {
			t.Fatalf("FetchBytes without GiveUpUnserved: %v, want ErrIncomplete at the deadline", err)
		}
	})
}
