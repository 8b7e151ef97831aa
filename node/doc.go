// Package node is umnode's composition root: one Config, validated up front,
// carries every setting (from flags, UMNODE_* environment variables and a TOML
// file, in that order of precedence), and the node wires the trainer, the chain
// client and the p2p layer into the worker, fraud-proofer and validator loops.
//
// Status: the configuration layer is built; the role loops and the devnet are
// not yet (see README.md).
package node
