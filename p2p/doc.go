// Package p2p is umnode's peer-to-peer layer: a libp2p host with a
// persistent identity (TCP and QUIC, or TCP and WebSocket in a private swarm
// keyed by a swarm.key), Noise, yamux, resource limits sized for multi-GB
// checkpoint transfers, a Kademlia DHT under the "/umnode" protocol prefix,
// optional mDNS, hole punching and AutoRelay; and gossipsub topics per run
// (see protocol.UpdatesTopic and protocol.DisputesTopic) whose validators
// accept only well-formed, EIP-712-signed messages from staked authors.
//
// Floods are cheap to drop: every incoming RPC is charged to its peer's
// message budget before anything in it is decoded or its libp2p signature
// checked, and a peer far over its budget is scored below the graylist
// threshold and blocked; the validator checks size, encoding, time, a cache
// of stake answers and the author's rate limit before it recovers the
// EIP-712 signature, and bounds per peer the stake lookups of authors it
// does not know.
//
// The checkpoint store and exchange (bitswap) live in p2p/store and use the
// Host's libp2p host and routing.
//
// p2p imports protocol and no other umnode package. What it needs from the
// chain (is this author staked?) it asks through StakeChecker, which the
// node implements.
package p2p
