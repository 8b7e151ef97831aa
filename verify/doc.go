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
//     On chain, Disputes (over the ABI of chain/bindings and any Backend; a
//     *chain.Client satisfies it) opens a challenge (Commit, Reveal, or both
//     with Challenge), and a Disputant makes one side's moves by itself
//     (Step, or Play until bisection ends or a side misses its move
//     deadline: TimeoutError). Moves reads back every posted state; Vote and
//     Resolve finish a dispute.
//   - Decide is the validator's decision: from the agreed state s_i (checked
//     against its hash) it replays the single step i -> i+1 and says which of
//     the two claimed s_{i+1} is right, or neither. ClaimsOf finds the agreed
//     s_i and both claims among a dispute's posted states; StateAt rebuilds
//     the checkpoint of s_i by replay from the update's parent.
//
// Not built here: fetching checkpoints and traces (the caller passes the
// bytes, from p2p/store), following chain events to learn of updates and
// disputes (node/ does that with chain.Client.Follow), scheduling a
// validator's vote before the voting deadline, and persisting a dispute's progress across restarts (Step re-reads the
// chain each time, so a restarted Disputant resumes where the chain is).
//
// Dependencies: verify imports protocol, train (and its checkpoint and
// dataset sub-packages) and chain/bindings for the ABI of the Disputes
// contract. It declares the small Backend interface it needs from a chain
// client instead of importing package chain.
package verify
