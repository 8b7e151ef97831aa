// Package verify is how a umnode node checks other nodes' work and defends
// its own (DESIGN.md section 6). It is a library: the proofer and validator
// loops in node/ and the CLI build on it.
//
//   - Replay (Replayer.Replay) recomputes an update's trace s_0..s_k from the
//     manifest, the datasets and the parent checkpoint with package train,
//     and Compare checks it against a claimed state hash and trace root,
//     naming the first divergent state when the full claimed trace is known.
//   - Sampler decides whether a proofer replays an update: with probability
//     p, by a keyed hash of a node secret and the update ID, so the choice is
//     reproducible for the node and unpredictable to workers.
//   - Bisection: Player is a pure, chain-independent strategy that, given its
//     side's local trace and the dispute as the Disputes contract stores it
//     (DisputeState), computes the next move with its Merkle proofs;
//     DisputeState.Apply is the Go twin of the contract's move rule.
//     Disputant makes those moves on chain through the bindings of
//     chain/bindings, over any Backend (a *chain.Client satisfies it).
//   - Decide is the validator's decision: from the agreed state s_i (checked
//     against its hash) it replays the single step i -> i+1 and says which of
//     the two claimed s_{i+1} is right, or neither.
//
// Not built yet: fetching checkpoints (the caller passes the bytes, from
// p2p/store), following chain events to find disputes (node/ does that with
// chain.Client.Follow), and resolving or voting on disputes (a validator
// sends Disputes.vote itself with Decide's answer).
//
// Dependencies: verify imports protocol, train (and its checkpoint and
// dataset sub-packages) and chain/bindings for the ABI of the Disputes
// contract. It declares the small Backend interface it needs from a chain
// client instead of importing package chain.
package verify
