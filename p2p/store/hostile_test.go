package store_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"

	"github.com/unstoppable-models/umnode/p2p/store"
)

func TestFetch_WrongHash(t *testing.T) {
	seed, fetcher := newNode(t), newNode(t)
	connect(t, fetcher.h, seed.h)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := testData(10, 2<<20+5)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	h[0] ^= 1
	dir := t.TempDir()
	err = fetcher.st.Fetch(ctx, c, h, filepath.Join(dir, "ckpt"), nil)
	if !errors.Is(err, store.ErrHashMismatch) {
		t.Fatalf("Fetch with a wrong state hash: err = %v, want ErrHashMismatch", err)
	}
	if !strings.Contains(err.Error(), c.String()) {
		t.Fatalf("error %q does not name the CID", err)
	}
	assertEmptyDir(t, dir)
	if _, err := fetcher.st.FetchBytes(ctx, c, h, nil); !errors.Is(err, store.ErrHashMismatch) {
		t.Fatalf("FetchBytes with a wrong state hash: err = %v, want ErrHashMismatch", err)
	}
}

func TestParseCID_Hostile(t *testing.T) {
	good := "bafybeic3wqa73wrdhs5huykj6apgpqrvarm3bhmtsd6nloxokess6zvs3i"
	if _, err := store.ParseCID(good); err != nil {
		t.Fatalf("ParseCID(%s): %v", good, err)
	}
	v0 := cid.NewCidV0(mustHash(t, []byte("x"), mh.SHA2_256))
	sha3 := cid.NewCidV1(cid.Raw, mustHash(t, []byte("x"), mh.SHA3_256))
	cbor := cid.NewCidV1(cid.DagCBOR, mustHash(t, []byte("x"), mh.SHA2_256))
	for _, tc := range []struct {
		name, in string
		bad      bool // fits the CID syntax but not the profile
	}{
		{"truncated", good[:len(good)-7], false},
		{"empty", "", false},
		{"garbage", "not-a-cid", false},
		{"cidv0", v0.String(), true},
		{"sha3", sha3.String(), true},
		{"dag-cbor", cbor.String(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := store.ParseCID(tc.in)
			if err == nil {
				t.Fatalf("ParseCID(%q) accepted it", tc.in)
			}
			if got := errors.Is(err, store.ErrBadCID); got != tc.bad {
				t.Fatalf("ParseCID(%q) = %v; errors.Is(ErrBadCID) = %v, want %v", tc.in, err, got, tc.bad)
			}
		})
	}
	st := openStore(t, store.Config{})
	if _, err := st.FetchBytes(context.Background(), sha3, store.ZeroHashForTest, nil); !errors.Is(err, store.ErrBadCID) {
		t.Fatalf("FetchBytes(sha3 CID): err = %v, want ErrBadCID", err)
	}
	if _, err := st.FetchBytes(context.Background(), cid.Undef, store.ZeroHashForTest, nil); !errors.Is(err, store.ErrBadCID) {
		t.Fatalf("FetchBytes(undefined CID): err = %v, want ErrBadCID", err)
	}
}

func mustHash(t testing.TB, b []byte, code uint64) mh.Multihash {
	t.Helper()
	m, err := mh.Sum(b, code, -1)
	if err != nil {
		t.Fatalf("multihash: %v", err)
	}
	return m
}

// buildDAG imports data with boxo's importer at the given fan-out and chunk
// size into memory and returns the root and every block.
func buildDAG(t testing.TB, data []byte, maxLinks int, chunk int64) (cid.Cid, []blocks.Block) {
	t.Helper()
	bs := blockstore.NewBlockstore(dssync.MutexWrap(ds.NewMapDatastore()))
	dag := merkledag.NewDAGService(blockservice.New(bs, nil))
	prefix, _ := merkledag.PrefixForCidVersion(1)
	prefix.MhType = mh.SHA2_256
	prefix.MhLength = -1
	p := helpers.DagBuilderParams{Maxlinks: maxLinks, RawLeaves: true, CidBuilder: &prefix, Dagserv: dag}
	db, err := p.New(chunker.NewSizeSplitter(bytes.NewReader(data), chunk))
	if err != nil {
		t.Fatalf("DagBuilderParams.New: %v", err)
	}
	root, err := balanced.Layout(db)
	if err != nil {
		t.Fatalf("balanced.Layout: %v", err)
	}
	var out []blocks.Block
	seen := map[cid.Cid]bool{}
	var walk func(c cid.Cid)
	walk = func(c cid.Cid) {
		if seen[c] {
			return
		}
		seen[c] = true
		nd, err := dag.Get(context.Background(), c)
		if err != nil {
			t.Fatalf("Get %s: %v", c, err)
		}
		out = append(out, nd)
		for _, l := range nd.Links() {
			walk(l.Cid)
		}
	}
	walk(root.Cid())
	return root.Cid(), out
}

// TestFetch_DeepDAG fetches a DAG of four levels (fan-out 3, 1 KiB chunks)
// in which many leaves repeat, as zero-filled tensors would.
func TestFetch_DeepDAG(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := append(make([]byte, 10<<10), testData(11, 30<<10+17)...)
	data = append(data, make([]byte, 5<<10)...)
	root, blks := buildDAG(t, data, 3, 1<<10)
	seed, fetcher := newNode(t), newNode(t)
	for _, b := range blks {
		if err := seed.st.PutRaw(ctx, b); err != nil {
			t.Fatalf("PutRaw: %v", err)
		}
	}
	if has, err := seed.st.Has(ctx, root); err != nil || !has {
		t.Fatalf("seed Has(root) = %v, %v", has, err)
	}
	connect(t, fetcher.h, seed.h)
	var last store.Progress
	got, err := fetcher.st.FetchBytes(ctx, root, sum(data), func(p store.Progress) { last = p })
	if err != nil {
		t.Fatalf("FetchBytes: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
	if last.BlocksDone != last.BlocksTotal || last.BytesDone != int64(len(data)) {
		t.Fatalf("last progress %+v", last)
	}
}

// TestFetch_MalformedDAG: a root whose block sizes do not add up is refused
// before anything is written.
func TestFetch_MalformedDAG(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	leaf := blocks.NewBlock(testData(12, 1000))
	rawLeaf, _ := blocks.NewBlockWithCid(leaf.RawData(), cid.NewCidV1(cid.Raw, leaf.Multihash()))
	fsn := unixfs.NewFSNode(unixfs.TFile)
	fsn.AddBlockSize(5000) // the leaf holds 1000
	b, err := fsn.GetBytes()
	if err != nil {
		t.Fatalf("GetBytes: %v", err)
	}
	nd := merkledag.NodeWithData(b)
	prefix, _ := merkledag.PrefixForCidVersion(1)
	nd.SetCidBuilder(prefix)
	if err := nd.AddRawLink("", &ipld.Link{Cid: rawLeaf.Cid(), Size: 1000}); err != nil {
		t.Fatalf("AddRawLink: %v", err)
	}
	seed, fetcher := newNode(t), newNode(t)
	for _, blk := range []blocks.Block{rawLeaf, nd} {
		if err := seed.st.PutRaw(ctx, blk); err != nil {
			t.Fatalf("PutRaw: %v", err)
		}
	}
	connect(t, fetcher.h, seed.h)
	dir := t.TempDir()
	err = fetcher.st.Fetch(ctx, nd.Cid(), sum(leaf.RawData()), filepath.Join(dir, "x"), nil)
	if !errors.Is(err, store.ErrMalformedDAG) {
		t.Fatalf("Fetch of a malformed DAG: err = %v, want ErrMalformedDAG", err)
	}
	assertEmptyDir(t, dir)
}

// TestFetch_HugeClaim: a root that claims more bytes than allowed is refused
// before anything is allocated or written.
func TestFetch_HugeClaim(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	seed, fetcher := newNode(t), newNode(t)
	connect(t, fetcher.h, seed.h)
	leaf := blocks.NewBlock(testData(13, 1000))
	rawLeaf, _ := blocks.NewBlockWithCid(leaf.RawData(), cid.NewCidV1(cid.Raw, leaf.Multihash()))
	for _, claim := range []uint64{8 << 30, 1 << 40} { // past MaxFetchBytes; past MaxFetchSize
		fsn := unixfs.NewFSNode(unixfs.TFile)
		fsn.AddBlockSize(claim)
		b, err := fsn.GetBytes()
		if err != nil {
			t.Fatalf("GetBytes: %v", err)
		}
		nd := merkledag.NodeWithData(b)
		prefix, _ := merkledag.PrefixForCidVersion(1)
		nd.SetCidBuilder(prefix)
		if err := nd.AddRawLink("", &ipld.Link{Cid: rawLeaf.Cid(), Size: 1000}); err != nil {
			t.Fatalf("AddRawLink: %v", err)
		}
		for _, blk := range []blocks.Block{rawLeaf, nd} {
			if err := seed.st.PutRaw(ctx, blk); err != nil {
				t.Fatalf("PutRaw: %v", err)
			}
		}
		_, err = fetcher.st.FetchBytes(ctx, nd.Cid(), sum(leaf.RawData()), nil)
		if !errors.Is(err, store.ErrMalformedDAG) {
			t.Fatalf("FetchBytes of a root claiming %d bytes: err = %v, want ErrMalformedDAG", claim, err)
		}
	}
}
