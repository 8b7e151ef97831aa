package store

import (
	"context"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/protocol"
)

// SetServeWrapper puts a fault injector between bitswap and the blockstore
// of the Store that cfg opens. Tests only.
func SetServeWrapper(cfg *Config, wrap func(blockstore.Blockstore) blockstore.Blockstore) {
	cfg.wrapServe = wrap
}

// SetSessionFetch makes Fetch on the Store that cfg opens use boxo bitswap
// sessions (the path before the store's want scheduler), as a benchmark
// baseline.
func SetSessionFetch(cfg *Config) { cfg.sessionFetch = true }

// SetCopyLeaves makes Fetch on the Store that cfg opens copy fetched leaves
// into pebble and write the file beside dst (the path before file
// references), as a benchmark baseline.
func SetCopyLeaves(cfg *Config) { cfg.copyLeaves = true }

// DecodeNode exposes the block decoder to the fuzz target.
func DecodeNode(c cid.Cid, raw []byte) (fileSize uint64, children int, err error) {
	n, err := decodeNode(c, raw)
	return n.fileSize, len(n.children), err
}

// PutRaw stores a block as is, for tests that need hostile DAGs.
func (s *Store) PutRaw(ctx context.Context, b blocks.Block) error {
	return s.bstore.Put(ctx, b)
}

// ZeroHashForTest is a state hash no test data has.
var ZeroHashForTest protocol.Hash
