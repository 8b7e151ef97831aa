package store

import "github.com/ipfs/boxo/blockstore"

// SetServeWrapper puts a fault injector between bitswap and the blockstore
// of the Store that cfg opens. Tests only.
func SetServeWrapper(cfg *Config, wrap func(blockstore.Blockstore) blockstore.Blockstore) {
	cfg.wrapServe = wrap
}
