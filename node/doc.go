// Package node is umnode's composition root: one Config, validated up front,
// carries every setting (from flags, UMNODE_* environment variables and a TOML
// file, in that order of precedence); a Deployment file (deployment.json)
// names the swarm's chain, contracts, run manifest and genesis checkpoint;
// and a Node (New, Start, Stop) wires the chain client, the libp2p host with
// gossip on the run's topics, the checkpoint store and the trainer together
// and runs the loops of the node's roles.
//
// # What runs
//
//   - The chain-state adapter follows the ledger's and disputes contract's
//     events from Deployment.StartBlock: the run's updates and their status,
//     the head (the update named by the latest RunCreated, UpdateCommitted or
//     HeadReset event, confirmed with the ledger's isHead, since the ledger
//     stores only a 120-bit tag of it), and events for the node's event
//     sink (WithEventSink). It is the gossip StakeChecker: an author with a
//     worker bond of at least the run's minimum, or with token voting power,
//     is staked; anyone else gets an error (gossip Ignores, never Rejects, as
//     chain views differ by a few blocks).
//   - The worker loop (role "worker"): follow the head; publish a WorkClaim
//     and yield to a higher-ranked rival (below); fetch the parent checkpoint
//     (store, bitswap; sha256 checked against the state hash on chain);
//     train k steps; import and pin the new checkpoint; commit on chain (a
//     stale head means a rival won: try again on the new head, no penalty);
//     announce it on gossip with its eval loss and accuracy; finalize due
//     updates; settle and claim rewards.
//
// # Soft coordination
//
// Among live WorkClaims on one parent P, the lowest
// rank = keccak256(P ‖ worker address) wins; the others back off for a random
// short time and look again, until the head moves or the winner's claim
// expires. The rank cannot be ground per claim and reshuffles with every
// head, so workers take turns. Claims crossing in flight make two workers
// train on one parent; the chain keeps one commit.
//
// # Crash safety
//
// The worker journals every commit in DataDir/worker-journal.jsonl (intent,
// sent with the tx hash, committed or lost; fsynced) and never sends a commit
// on a parent with an entry other than lost. At restart, entries a crash left
// open are settled from the chain: the update exists (committed), the
// transaction is still pending (stay blocked), or nothing can land (lost).
//
// # Not built yet
//
// The fraud-proofer and validator loops (roles "proofer" and "validator"):
// a node with those roles logs that they are not built, follows the run and
// serves checkpoints, but does not challenge, bisect or vote.
package node
