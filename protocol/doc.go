// Package protocol holds the domain types every other part of umnode agrees on:
// the run manifest and its canonical encoding (whose hash is the run's identity),
// state and update hashes, the training trace s_0..s_k with its binary Merkle tree
// (the same tree the dispute contracts verify), gossip topic names, and the
// messages peers exchange.
//
// It does no I/O. It sits at the bottom of the dependency graph: train, p2p and
// chain import it; it imports none of them.
package protocol
