// Package store keeps umnode checkpoints and moves them between peers.
//
// A checkpoint file is imported as UnixFS with the unixfs-v1-2025 profile
// (CIDv1, raw leaves, sha2-256, 1 MiB chunks, at most 1024 links per node,
// balanced layout), so its CID is the one `ipfs add --cid-version=1
// --raw-leaves --chunker=size-1048576 --max-file-links=1024` prints for the
// same bytes. Everything lives under Config.Dir, so a store reopened on the
// same directory still has and serves what it had.
//
// Blocks are exchanged over bitswap (boxo's server, and boxo's network
// layer) on the libp2p host the caller hands in. Fetch does not use boxo
// sessions, which send all want-blocks to the peer that answered first: its
// own want scheduler (want.go) asks every connected peer for a window of
// blocks at a time, each block of a DAG level to the least loaded peer that
// has not said it lacks it, and moves wants away from a peer that says
// DONT_HAVE, stays silent for Tuning.StallTimeout or disconnects. Fetch
// reports progress, honours the context deadline, stores what it receives
// (so a fetcher serves the blocks it already has to other fetchers), and
// checks sha256 of the reassembled bytes against the expected state hash
// before it puts a file in place. With a content router (the DHT) roots are
// provided after import and fetch, and fetch asks it for providers.
//
// Internal DAG nodes live in a pebble database without a write-ahead log
// (flushed after every import and fetch: a crash loses at most the last
// operations' blocks, which Has then reports missing); pins, tiny and
// precious, live in a second pebble database with synced writes. Leaves,
// the checkpoint's bytes, are not copied into pebble: Import writes them to
// a file under Config.Dir/files, Fetch to its file there (hard-linked to the
// destination), and pebble records where each leaf lies (a file reference),
// so every byte is written once. A leaf read from such a file is checked
// against its CID, except while the file is unchanged since the store wrote
// and checked it (same inode, size and change time); a file changed in place
// is never served as valid: its changed leaves count as missing for reads
// and serving (Has, which does not read leaves, still reports them) and the
// next Fetch gets them again.
//
// Pins are (CID, reason) pairs: a root stays while it has at least one
// reason. GC deletes every block that no pinned root
// reaches. Import and Fetch pin their root with ReasonLocal so a concurrent GC
// cannot take it away before the caller pins it for its own reasons.
//
// store imports protocol (for the state hash type) and nothing else of
// umnode; it takes a host.Host and a routing.ContentRouting, not p2p's Host.
package store
