package store_test

import (
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// FuzzDecodeNode feeds arbitrary bytes to the block decoder as dag-pb and
// raw blocks: it must never panic, and what it accepts must add up.
func FuzzDecodeNode(f *testing.F) {
	_, blks := buildDAG(f, testData(30, 5000), 3, 1000)
	for _, b := range blks {
		f.Add(b.RawData(), b.Cid().Prefix().Codec == cid.DagProtobuf)
	}
	f.Add([]byte{}, true)
	f.Add([]byte{0x0a, 0x02, 0x08, 0x02}, true)
	f.Fuzz(func(t *testing.T, raw []byte, pb bool) {
		codec := uint64(cid.Raw)
		if pb {
			codec = cid.DagProtobuf
		}
		m, err := mh.Sum(raw, mh.SHA2_256, -1)
		if err != nil {
			t.Fatalf("multihash: %v", err)
		}
		size, children, err := store.DecodeNode(cid.NewCidV1(codec, m), raw)
		if err != nil {
			return
		}
		if !pb && (size != uint64(len(raw)) || children != 0) {
			t.Fatalf("raw block of %d bytes decoded as size %d with %d children", len(raw), size, children)
		}
		if children > store.MaxLinks {
			t.Fatalf("accepted %d links", children)
		}
	})
}
