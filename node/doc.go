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
//     updates; settle and claim rewards. It keeps the trace of every update
//     it commits (DataDir/traces, written before the commit is sent) and
//     defends each challenged update: on a ChallengeRevealed naming it, it
//     plays the worker's side of the bisection from that trace, then
//     resolves the dispute after its deadline.
//   - The fraud-proofer loop (role "proofer"): for each pending update of
//     the run (chain events; gossip announcements are not used), sample it
//     with Config.SampleRate (verify.Sampler, keyed by DataDir/proofer-secret),
//     fetch the parent checkpoint, replay k steps, and when the state hash
//     or trace root differ, approve the challenge bond, challenge (commit,
//     reveal in a later block) and play the challenger's side of the
//     bisection until voting; after the voting deadline resolve the dispute
//     (unless someone did) and claim what the ledger owes.
//   - The validator loop (role "validator"): at start, delegate its tokens
//     to itself (vote weight is the token's past votes at the block a
//     dispute opened). For every dispute in the run, once bisection ends,
//     read both sides' claims on the one disputed step (verify.ClaimsOf),
//     rebuild the agreed state by replay from the update's parent
//     checkpoint, decide and vote; resolve after the voting deadline, claim
//     the voter fee.
//   - The status API: a running node serves its status (peer ID, peers,
//     head seen, stats, gossip mesh) as JSON, GET /v1/status, over HTTP on
//     the unix socket DataDir/node.sock (0600; a hashed path under the
//     temp dir when the data dir is too deep for a socket path). QueryStatus
//     reads it; a second node on the same data dir is refused.
//   - Dispute notices: after each dispute transaction it sends is mined, a
//     node publishes on the run's disputes topic a ChallengeNotice (reveal),
//     a BisectionMove per state a move posted, or a VoteNotice (vote),
//     EIP-712 signed, within the gossip rate limit. They are hints for
//     watchers; the chain is the truth. Proofers (and umnode challenge)
//     delegate their tokens to themselves at start, like validators, so
//     that other nodes count them as staked authors.
//   - Watch streams a run's gossip (validated like a node would) and its
//     contracts' events, for umnode watch.
//
// A restarted proofer resumes the disputes its account opened before the
// restart and that are not resolved: after the reveal no salt is needed,
// and it gets the trace back by replaying the update from its parent.
//
// A worker that cannot fetch the head's checkpoint within 20 seconds
// (its worker left before anyone fetched it) rebuilds it by replaying the
// head's update from its parent's checkpoint: training is deterministic, so
// the bytes are the committed ones (hash and CID checked), and it serves
// them from then on. One level only: if the parent is unavailable too, it
// keeps fetching.
//
// Claims of workers whose bond is under the run's minimum (slashed,
// unbonded) are ignored. A worker removes the traces of its final updates
// at each store GC. A peer that serves a corrupted checkpoint block is
// banned for 30 minutes (p2p.Host.Block).
//
// # Soft coordination
//
// Among live WorkClaims on one parent P, the lowest
// rank = keccak256(P ‖ worker address) wins; the others back off for a random
// short time and look again, until the head moves or the winner's claim
// stops counting. The rank cannot be ground per claim and reshuffles with
// every head, so workers take turns. Claims crossing in flight make two
// workers train on one parent; the chain keeps one commit.
//
// A claim never costs more than a bounded delay. It counts for the hold
// only: twice the longest of the node's own recent updates (fetch, train,
// commit) plus the claim delay, at most the claim TTL, from when the node
// first heard it, whatever Expires the claimant chose. When the head moves
// on, a claim that outranked the committer's and had run out is a strike
// against its claimant, whose claims are then ignored for 64 holds,
// doubling with each further strike (at most an hour); a commit by it
// clears its strikes. A worker that has waited on one parent for two holds
// trains on it whatever the claims say.
//
// # Crash safety
//
// The worker journals every commit in DataDir/worker-journal.jsonl (intent,
// sent with the tx hash, committed or lost; fsynced) and never sends a commit
// on a parent with an entry other than lost. At restart, entries a crash left
// open are settled from the chain: the update exists (committed), the
// transaction is still pending (stay blocked), or nothing can land (lost).
// A restarted worker resumes defending its disputes: the dispute follower
// rescans from the deployment's start block, the traces are on disk, and a
// Disputant reads the dispute's state before every move.
//
// # Not built yet
//
//   - Several proofers do not coordinate: each challenges a wrong update
//     that is still pending when it finishes its replay.
//   - Nobody watches for an abandoned dispute that no local loop plays: a
//     dispute is resolved by its two sides and the validators.
//   - The proofer ignores gossip announcements (it learns of updates from
//     the chain only) and fetches parent checkpoints it has not replayed
//     itself; it does not pin them.
package node
