package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	unixfspb "github.com/ipfs/boxo/ipld/unixfs/pb"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// Profile constants of unixfs-v1-2025 as used for checkpoints.
const (
	ChunkSize = 1 << 20 // bytes per leaf
	MaxLinks  = 1024    // links per internal node
	// maxDepth bounds the DAG a fetch will follow: 1024^6 MiB is far past
	// any checkpoint, so deeper means hostile.
	maxDepth = 6
)

// errStopWalk ends a walk early without being an error.
var errStopWalk = errors.New("stop walk")

// ErrBadCID is wrapped by errors about CIDs outside the checkpoint profile.
var ErrBadCID = errors.New("CID is not a checkpoint CID (want CIDv1, raw or dag-pb, sha2-256)")

// ErrMalformedDAG is wrapped by errors about blocks that decode but do not
// form a valid UnixFS file.
var ErrMalformedDAG = errors.New("malformed UnixFS DAG")

// ParseCID parses a checkpoint CID and checks it fits the profile.
func ParseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p/store: parse CID %q: %w", s, err)
	}
	if err := checkCID(c); err != nil {
		return cid.Undef, fmt.Errorf("p2p/store: parse CID %q: %w", s, err)
	}
	return c, nil
}

func checkCID(c cid.Cid) error {
	if !c.Defined() {
		return fmt.Errorf("%w: undefined CID", ErrBadCID)
	}
	p := c.Prefix()
	if p.Version != 1 {
		return fmt.Errorf("%w: version %d", ErrBadCID, p.Version)
	}
	if p.Codec != cid.Raw && p.Codec != cid.DagProtobuf {
		return fmt.Errorf("%w: codec 0x%x", ErrBadCID, p.Codec)
	}
	if p.MhType != mh.SHA2_256 || p.MhLength != 32 {
		return fmt.Errorf("%w: multihash 0x%x/%d", ErrBadCID, p.MhType, p.MhLength)
	}
	return nil
}

// child is a link of an internal node with the number of file bytes below it.
type child struct {
	c    cid.Cid
	size uint64
}

// node is a decoded block: data (raw leaf bytes, or bytes held inline by a
// dag-pb node) followed by children.
type node struct {
	data     []byte
	children []child
	fileSize uint64
}

// decodeNode decodes one checkpoint DAG block and checks that its sizes add
// up, so offsets computed from them can be trusted for writing.
func decodeNode(c cid.Cid, raw []byte) (node, error) {
	if c.Prefix().Codec == cid.Raw {
		return node{data: raw, fileSize: uint64(len(raw))}, nil
	}
	pn, err := merkledag.DecodeProtobuf(raw)
	if err != nil {
		return node{}, fmt.Errorf("%w: block %s: %w", ErrMalformedDAG, c, err)
	}
	fsn, err := unixfs.FSNodeFromBytes(pn.Data())
	if err != nil {
		return node{}, fmt.Errorf("%w: block %s: %w", ErrMalformedDAG, c, err)
	}
	if t := fsn.Type(); t != unixfspb.Data_File && t != unixfspb.Data_Raw {
		return node{}, fmt.Errorf("%w: block %s is UnixFS %s, want a file", ErrMalformedDAG, c, t)
	}
	links := pn.Links()
	if len(links) != fsn.NumChildren() {
		return node{}, fmt.Errorf("%w: block %s has %d links and %d block sizes", ErrMalformedDAG, c, len(links), fsn.NumChildren())
	}
	if len(links) > MaxLinks {
		return node{}, fmt.Errorf("%w: block %s has %d links, profile allows %d", ErrMalformedDAG, c, len(links), MaxLinks)
	}
	n := node{data: fsn.Data(), fileSize: fsn.FileSize(), children: make([]child, len(links))}
	total := uint64(len(n.data))
	for i, l := range links {
		if err := checkCID(l.Cid); err != nil {
			return node{}, fmt.Errorf("%w: block %s link %d: %w", ErrMalformedDAG, c, i, err)
		}
		sz := fsn.BlockSize(i)
		n.children[i] = child{c: l.Cid, size: sz}
		total += sz
		if total < sz {
			return node{}, fmt.Errorf("%w: block %s: sizes overflow", ErrMalformedDAG, c)
		}
	}
	if total != n.fileSize {
		return node{}, fmt.Errorf("%w: block %s: file size %d but data and children hold %d", ErrMalformedDAG, c, n.fileSize, total)
	}
	return n, nil
}

// walkLocal visits the DAG under root depth-first in file order using only
// local blocks: visit gets every block present (its n.data are the next file
// bytes); missing is called for a block the store lacks (return nil to skip
// it, an error to stop).
//
// With leafData false, raw leaves are only checked for presence, not read,
// and visit gets them with empty data (for Has and GC).
func (s *Store) walkLocal(ctx context.Context, root cid.Cid, leafData bool, visit func(c cid.Cid, n node) error, missing func(cid.Cid) error) error {
	var walk func(c cid.Cid, depth int) error
	walk = func(c cid.Cid, depth int) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if depth > maxDepth {
			return fmt.Errorf("%w: deeper than %d levels", ErrMalformedDAG, maxDepth)
		}
		if !leafData && c.Prefix().Codec == cid.Raw {
			has, err := s.bstore.Has(ctx, c)
			if err != nil {
				return fmt.Errorf("read block %s: %w", c, err)
			}
			if !has {
				return missing(c)
			}
			return visit(c, node{})
		}
		blk, err := s.bstore.Get(ctx, c)
		if ipld.IsNotFound(err) {
			return missing(c)
		}
		if err != nil {
			return fmt.Errorf("read block %s: %w", c, err)
		}
		n, err := decodeNode(c, blk.RawData())
		if err != nil {
			return err
		}
		if err := visit(c, n); err != nil {
			return err
		}
		for _, ch := range n.children {
			if err := walk(ch.c, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(root, 0)
}
