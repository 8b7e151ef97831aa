package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"

	"github.com/unstoppable-models/umnode/protocol"
)

// cidBuilder is what `ipfs add --cid-version=1` uses: CIDv1, dag-pb for
// internal nodes (raw for leaves), sha2-256 with its default length.
func cidBuilder() cid.Builder {
	p, _ := merkledag.PrefixForCidVersion(1)
	p.MhType = mh.SHA2_256
	p.MhLength = -1
	return &p
}

// ImportFile imports the file at path and returns its CID and sha256.
func (s *Store) ImportFile(ctx context.Context, path string) (cid.Cid, protocol.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: import %s: %w", path, err)
	}
	defer f.Close()
	c, h, err := s.Import(ctx, f)
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: import %s: %w", path, err)
	}
	return c, h, nil
}

// ImportBytes imports b and returns its CID and sha256.
func (s *Store) ImportBytes(ctx context.Context, b []byte) (cid.Cid, protocol.Hash, error) {
	return s.Import(ctx, bytes.NewReader(b))
}

// Import reads r to the end as one checkpoint file, stores its UnixFS DAG,
// pins the root with ReasonLocal, announces the new blocks to bitswap peers
// waiting for them and, with Routing, provides the root.
func (s *Store) Import(ctx context.Context, r io.Reader) (cid.Cid, protocol.Hash, error) {
	end, err := s.begin()
	if err != nil {
		return cid.Undef, protocol.Hash{}, err
	}
	defer end()

	sum := sha256.New()
	dag := &importDAG{s: s, ctx: ctx}
	params := helpers.DagBuilderParams{
		Maxlinks:   MaxLinks,
		RawLeaves:  true,
		CidBuilder: cidBuilder(),
		Dagserv:    dag,
	}
	db, err := params.New(chunker.NewSizeSplitter(&ctxReader{ctx: ctx, r: io.TeeReader(r, sum)}, ChunkSize))
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: import: %w", err)
	}
	root, err := balanced.Layout(db)
	if err == nil {
		err = dag.flush()
	}
	if ferr := dag.closeFile(); err == nil {
		err = ferr
	}
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: import: %w", err)
	}
	var h protocol.Hash
	copy(h[:], sum.Sum(nil))
	c := root.Cid()
	s.flushBlocks()
	if err := s.pinLocked(ctx, c, ReasonLocal); err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: import %s: %w", c, err)
	}
	s.provideAsync(c)
	s.log.Debug("imported checkpoint", "cid", c, "hash", h.Short(), "blocks", dag.count)
	return c, h, nil
}

// ComputeCID returns the CID and sha256 that Import would give r's bytes,
// without storing anything (`ipfs add --only-hash` with the profile flags).
func ComputeCID(ctx context.Context, r io.Reader) (cid.Cid, protocol.Hash, error) {
	sum := sha256.New()
	params := helpers.DagBuilderParams{
		Maxlinks:   MaxLinks,
		RawLeaves:  true,
		CidBuilder: cidBuilder(),
		Dagserv:    discardDAG{},
	}
	db, err := params.New(chunker.NewSizeSplitter(&ctxReader{ctx: ctx, r: io.TeeReader(r, sum)}, ChunkSize))
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: compute CID: %w", err)
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, protocol.Hash{}, fmt.Errorf("p2p/store: compute CID: %w", err)
	}
	var h protocol.Hash
	copy(h[:], sum.Sum(nil))
	return root.Cid(), h, nil
}

type discardDAG struct{ *importDAG }

func (discardDAG) Add(context.Context, ipld.Node) error       { return nil }
func (discardDAG) AddMany(context.Context, []ipld.Node) error { return nil }

// ctxReader stops an import when its context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// importDAG is the ipld.DAGService the importer writes to: it batches blocks
// into the blockstore and tells bitswap about them. Raw leaves (every byte
// of the checkpoint) are written, in file order, to a file under Dir/files
// and stored as references to it, like the leaves Fetch receives: each
// byte is written once, and served with a read from the page cache rather
// than a pebble lookup that checksums and copies it.
type importDAG struct {
	s       *Store
	ctx     context.Context
	pending []blocks.Block // internal nodes, to pebble
	bytes   int
	count   int

	file   *os.File // the leaves, when kept by reference
	name   string   // its name under Dir/files
	off    uint64   // bytes written to it
	leaves []leafRef
}

// leafRef is a leaf written to the import file, to reference at the next
// flush.
type leafRef struct {
	blk blocks.Block
	off uint64
}

const importBatchBytes = 16 << 20

func (d *importDAG) Add(ctx context.Context, n ipld.Node) error {
	d.count++
	d.bytes += len(n.RawData())
	if data := n.RawData(); n.Cid().Prefix().Codec == cid.Raw && len(data) > 0 && !d.s.cfg.copyLeaves {
		if d.file == nil {
			f, err := os.CreateTemp(d.s.bstore.dir, "import-*")
			if err != nil {
				return err
			}
			d.file, d.name = f, filepath.Base(f.Name())
		}
		if _, err := d.file.WriteAt(data, int64(d.off)); err != nil {
			return fmt.Errorf("write %s: %w", d.file.Name(), err)
		}
		d.leaves = append(d.leaves, leafRef{blk: n, off: d.off})
		d.off += uint64(len(data))
	} else {
		d.pending = append(d.pending, n)
	}
	if d.bytes >= importBatchBytes {
		return d.flush()
	}
	return nil
}

// closeFile closes the leaf file: the store trusts it (its CIDs were
// computed from the bytes written), or removes it if it holds no leaf.
// After a failed import the leaves already referenced stay until GC.
func (d *importDAG) closeFile() error {
	if d.file == nil {
		return nil
	}
	err := d.file.Close()
	if err == nil && len(d.leaves) == 0 {
		d.s.bstore.trust(d.name)
	}
	if d.off == 0 {
		os.Remove(d.file.Name())
	}
	return err
}

func (d *importDAG) AddMany(ctx context.Context, ns []ipld.Node) error {
	for _, n := range ns {
		if err := d.Add(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

func (d *importDAG) flush() error {
	if len(d.leaves) > 0 {
		blks := make([]blocks.Block, 0, len(d.leaves))
		for _, l := range d.leaves {
			if err := d.s.bstore.putRef(d.ctx, l.blk.Cid(), d.name, l.off, uint64(len(l.blk.RawData()))); err != nil {
				return fmt.Errorf("store block %s: %w", l.blk.Cid(), err)
			}
			blks = append(blks, l.blk)
		}
		d.leaves = d.leaves[:0]
		d.s.notify(d.ctx, blks...)
	}
	d.bytes = 0
	if len(d.pending) == 0 {
		return nil
	}
	if err := d.s.putBlocks(d.ctx, d.pending); err != nil {
		return err
	}
	d.pending = d.pending[:0]
	return nil
}

func (d *importDAG) Get(ctx context.Context, c cid.Cid) (ipld.Node, error) {
	return nil, fmt.Errorf("p2p/store: importer does not read blocks (asked for %s)", c)
}

func (d *importDAG) GetMany(ctx context.Context, cs []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption, 1)
	ch <- &ipld.NodeOption{Err: fmt.Errorf("p2p/store: importer does not read blocks")}
	close(ch)
	return ch
}

func (d *importDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (d *importDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }

// putBlocks stores blks and tells bitswap, so peers that already asked for
// them get them now.
func (s *Store) putBlocks(ctx context.Context, blks []blocks.Block) error {
	if err := s.bstore.PutMany(ctx, blks); err != nil {
		return fmt.Errorf("store blocks: %w", err)
	}
	s.notify(ctx, blks...)
	return nil
}

// notify tells bitswap about new blocks, so peers that already asked for
// them get them now.
func (s *Store) notify(ctx context.Context, blks ...blocks.Block) {
	if s.bs != nil {
		if err := s.bs.NotifyNewBlocks(ctx, blks...); err != nil {
			s.log.Debug("bitswap notify", "err", err)
		}
	}
}

// WriteTo writes the file under c, from local blocks only, to w.
func (s *Store) WriteTo(ctx context.Context, c cid.Cid, w io.Writer) (int64, error) {
	end, err := s.begin()
	if err != nil {
		return 0, err
	}
	defer end()
	if err := checkCID(c); err != nil {
		return 0, fmt.Errorf("p2p/store: export %s: %w", c, err)
	}
	var n int64
	err = s.walkLocal(ctx, c, true, func(_ cid.Cid, nd node) error {
		k, err := w.Write(nd.data)
		n += int64(k)
		return err
	}, func(m cid.Cid) error {
		return fmt.Errorf("block %s is not in the store: Fetch it first", m)
	})
	if err != nil {
		return n, fmt.Errorf("p2p/store: export %s: %w", c, err)
	}
	return n, nil
}

// ReadBytes returns the file under c from local blocks.
func (s *Store) ReadBytes(ctx context.Context, c cid.Cid) ([]byte, error) {
	var b bytes.Buffer
	if _, err := s.WriteTo(ctx, c, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
