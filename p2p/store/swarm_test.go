package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// TestFetch_FiveHosts: a 64 MiB checkpoint imported on one host is fetched
// by the four others; they are all connected, so they also trade the blocks
// they already have. The origin serves through a throttle (a slow uplink)
// so that the fetchers' copies are worth asking for.
func TestFetch_FiveHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB over 5 hosts; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	originHost := newHost(t)
	var ocfg store.Config
	ocfg.Host = originHost
	store.SetServeWrapper(&ocfg, func(bs blockstore.Blockstore) blockstore.Blockstore {
		return &slowBlockstore{Blockstore: bs, delay: 20 * time.Millisecond}
	})
	origin := node{h: originHost, st: openStore(t, ocfg)}
	nodes := []node{origin}
	for range 4 {
		nodes = append(nodes, newNode(t))
	}
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			connect(t, nodes[i].h, nodes[j].h)
		}
	}
	data := testData(3, 64<<20)
	c, h, err := origin.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}

	// Fetcher 1 starts alone; the others start once it has a quarter, so
	// that it (and then they) can serve what the slow origin has not yet.
	var wg sync.WaitGroup
	errs := make([]error, len(nodes))
	dir := t.TempDir()
	startOthers := make(chan struct{})
	var once sync.Once
	fetch := func(i int, progress func(store.Progress)) {
		defer wg.Done()
		errs[i] = nodes[i].st.Fetch(ctx, c, h, filepath.Join(dir, fmt.Sprint(i)), progress)
	}
	wg.Add(len(nodes) - 1)
	go fetch(1, func(p store.Progress) {
		if p.BytesDone >= p.BytesTotal/4 {
			once.Do(func() { close(startOthers) })
		}
	})
	go func() {
		select {
		case <-startOthers:
		case <-ctx.Done():
		}
		for i := 2; i < len(nodes); i++ {
			go fetch(i, nil)
		}
	}()
	wg.Wait()
	fromOthers := 0
	for i := 1; i < len(nodes); i++ {
		if errs[i] != nil {
			t.Fatalf("fetcher %d: %v", i, errs[i])
		}
		got, err := os.ReadFile(filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			t.Fatalf("fetcher %d: %v", i, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("fetcher %d: bytes differ", i)
		}
		var fromOrigin, fromPeers uint64
		for j, n := range nodes {
			if j == i {
				continue
			}
			if j == 0 {
				fromOrigin = nodes[i].st.BytesReceivedFrom(n.h.ID())
			} else {
				fromPeers += nodes[i].st.BytesReceivedFrom(n.h.ID())
			}
		}
		t.Logf("fetcher %d: %d MiB from the origin, %d MiB from other fetchers", i, fromOrigin>>20, fromPeers>>20)
		if fromPeers > 0 {
			fromOthers++
		}
	}
	if fromOthers == 0 {
		t.Fatalf("no fetcher received a block from a peer other than the origin")
	}
}

// slowBlockstore serves one Get at a time, each after a delay: a seeder
// with a slow disk or uplink (20 ms per 1 MiB block is 50 MiB/s).
type slowBlockstore struct {
	blockstore.Blockstore
	delay time.Duration
	mu    sync.Mutex
}

func (s *slowBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Blockstore.Get(ctx, c)
}

// corruptBlockstore serves every raw leaf with one bit flipped, under its
// right CID: a lying peer.
type corruptBlockstore struct {
	blockstore.Blockstore
}

func (s *corruptBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	b, err := s.Blockstore.Get(ctx, c)
	if err != nil || c.Prefix().Codec != cid.Raw {
		return b, err
	}
	d := bytes.Clone(b.RawData())
	d[len(d)/2] ^= 1
	return blocks.NewBlockWithCid(d, c)
}

func TestFetch_SeederLeaves(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, b, fetcher := newNode(t), newNode(t), newNode(t)
	data := testData(4, 32<<20)
	c, h, err := a.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("import on a: %v", err)
	}
	if _, _, err := b.st.ImportBytes(ctx, data); err != nil {
		t.Fatalf("import on b: %v", err)
	}
	connect(t, fetcher.h, a.h)
	connect(t, fetcher.h, b.h)

	var left bool
	var doneAtLeave int64
	dst := filepath.Join(t.TempDir(), "ckpt")
	err = fetcher.st.Fetch(ctx, c, h, dst, func(p store.Progress) {
		if !left && p.BlocksDone >= 3 {
			left = true
			doneAtLeave = p.BytesDone
			a.st.Close()
			a.h.Close()
		}
	})
	if err != nil {
		t.Fatalf("Fetch after seeder a left: %v", err)
	}
	if !left || doneAtLeave >= int64(len(data)) {
		t.Fatalf("seeder a did not leave mid-fetch (left=%v at %d bytes)", left, doneAtLeave)
	}
	got, err := os.ReadFile(dst)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("fetched file wrong (err %v)", err)
	}
	if got := fetcher.st.BytesReceivedFrom(b.h.ID()); got == 0 {
		t.Fatalf("nothing came from the remaining seeder b")
	}
	t.Logf("a left after %d MiB; b sent %d MiB", doneAtLeave>>20, fetcher.st.BytesReceivedFrom(b.h.ID())>>20)
}

func TestFetch_NoSeeder(t *testing.T) {
	fetcher, empty := newNode(t), newNode(t)
	connect(t, fetcher.h, empty.h)
	// A CID nobody has: the root of data only an offline store imported.
	offline := openStore(t, store.Config{})
	data := testData(5, 2<<20)
	c, h, err := offline.ImportBytes(context.Background(), data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	dir := t.TempDir()
	dst := filepath.Join(dir, "ckpt")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	err = fetcher.st.Fetch(ctx, c, h, dst, nil)
	took := time.Since(start)
	if !errors.Is(err, store.ErrIncomplete) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Fetch with no seeder: err = %v, want ErrIncomplete and DeadlineExceeded", err)
	}
	if took > 5*time.Second {
		t.Fatalf("Fetch returned %s after a 2s deadline", took)
	}
	t.Logf("error after %s: %v", took.Round(time.Millisecond), err)
	assertEmptyDir(t, dir)
}

func TestFetch_CorruptPeer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	liarHost := newHost(t)
	var lcfg store.Config
	lcfg.Host = liarHost
	store.SetServeWrapper(&lcfg, func(bs blockstore.Blockstore) blockstore.Blockstore {
		return &corruptBlockstore{Blockstore: bs}
	})
	liar := node{h: liarHost, st: openStore(t, lcfg)}
	honest, fetcher := newNode(t), newNode(t)
	data := testData(6, 8<<20)
	c, h, err := liar.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("import on liar: %v", err)
	}

	t.Run("only the liar", func(t *testing.T) {
		connect(t, fetcher.h, liar.h)
		fctx, fcancel := context.WithTimeout(ctx, 2*time.Second)
		defer fcancel()
		_, err := fetcher.st.FetchBytes(fctx, c, h, nil)
		if !errors.Is(err, store.ErrIncomplete) {
			t.Fatalf("FetchBytes from a corrupting peer only: err = %v, want ErrIncomplete", err)
		}
		if got := fetcher.st.BadPeers(); len(got) != 1 || got[0] != liar.h.ID() {
			t.Fatalf("BadPeers = %v, want the liar %s", got, liar.h.ID())
		}
	})
	t.Run("liar and honest", func(t *testing.T) {
		if _, _, err := honest.st.ImportBytes(ctx, data); err != nil {
			t.Fatalf("import on honest: %v", err)
		}
		connect(t, fetcher.h, liar.h) // it was disconnected as a liar
		connect(t, fetcher.h, honest.h)
		before := fetcher.st.BytesReceivedFrom(liar.h.ID()) // its honest root, in the first run
		got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
		if err != nil {
			t.Fatalf("FetchBytes with an honest peer too: %v", err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("fetched bytes differ")
		}
		if got := fetcher.st.BytesReceivedFrom(liar.h.ID()) - before; got != 0 {
			t.Fatalf("accepted %d bytes from the liar", got)
		}
	})
}

func TestStore_Restart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := t.TempDir()
	data := testData(7, 3<<20)

	h1 := newHost(t)
	st1 := openStore(t, store.Config{Dir: dir, Host: h1})
	c, h, err := st1.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	if err := st1.Pin(ctx, c, "final:1"); err != nil {
		t.Fatalf("Pin: %v", err)
	}
	if err := st1.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := st1.Has(ctx, c); !errors.Is(err, store.ErrClosed) {
		t.Fatalf("Has on a closed store: err = %v, want ErrClosed", err)
	}
	h1.Close()

	h2 := newHost(t)
	st2 := openStore(t, store.Config{Dir: dir, Host: h2})
	has, err := st2.Has(ctx, c)
	if err != nil || !has {
		t.Fatalf("Has after reopen = %v, %v; want true", has, err)
	}
	pins, err := st2.Pins(ctx)
	if err != nil {
		t.Fatalf("Pins: %v", err)
	}
	if got, want := fmt.Sprint(pins[c]), "[final:1 local]"; got != want {
		t.Fatalf("pins after reopen = %s, want %s", got, want)
	}
	fetcher := newNode(t)
	connect(t, fetcher.h, h2)
	got, err := fetcher.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes from the reopened store: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
}

func assertEmptyDir(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	for _, e := range ents {
		t.Errorf("left behind in %s: %s", dir, e.Name())
	}
}
