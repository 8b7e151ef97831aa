// Package node is umnode's composition root: one Config, validated up front,
// carries every setting (from flags, UMNODE_* environment variables and a TOML
// file, in that order of precedence); a Deployment file names the swarm's
// contracts and run; and a Node wires the chain client, the libp2p host and
// gossip, the checkpoint store and the trainer together with a Start/Stop
// lifecycle, running the loops of the node's roles.
//
// Status: the configuration layer and the Deployment file are built. The
// chain-state adapter and the worker loop are in progress; the fraud-proofer
// and validator loops are not built yet (see README.md).
package node
