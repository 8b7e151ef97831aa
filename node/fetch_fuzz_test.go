package node_test

import (
	"testing"

	"github.com/unstoppable-models/umnode/node"
)

// FuzzParseCheckpointRef: any string either fails or parses to exactly one
// kind of ref that reads back the same from its String.
func FuzzParseCheckpointRef(f *testing.F) {
	for _, s := range []string{
		"head", " head ", "HEAD", "latest", "",
		"0x3b0eb5c85489b3322ca51aab84c2253568afbdc493d2301d5cdce9e3031440e0",
		"3b0eb5c85489b3322ca51aab84c2253568afbdc493d2301d5cdce9e3031440e0",
		"0x3b0eb5c85489b3322ca51aab84c2253568afbdc493d2301d5cdce9e3031440eZ",
		"bafkreig365zepzgkmtsae2zpsykh4brmgjwgzmkz6uusaizernxr6ibsf4",
		"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
		"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", // CIDv0: not the profile
		"bafkqaaa", // identity multihash
		"0x0000000000000000000000000000000000000000000000000000000000000000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := node.ParseCheckpointRef(s)
		if err != nil {
			return
		}
		kinds := 0
		if r.Head {
			kinds++
		}
		if !r.Update.IsZero() {
			kinds++
		}
		if r.CID.Defined() {
			kinds++
		}
		if kinds != 1 {
			t.Fatalf("%q parsed to %+v: want exactly one kind", s, r)
		}
		back, err := node.ParseCheckpointRef(r.String())
		if err != nil {
			t.Fatalf("%q parsed to %q, which does not parse: %v", s, r.String(), err)
		}
		if back.Head != r.Head || back.Update != r.Update || !back.CID.Equals(r.CID) {
			t.Fatalf("%q: %+v, read back as %+v", s, r, back)
		}
	})
}
