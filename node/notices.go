package node

import (
	"context"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// Dispute notices: right after one of its dispute transactions is mined, a
// node tells the run's peers on the disputes topic, so `umnode watch` and
// other nodes see a dispute as it is played without reading the chain:
//
//   - the challenger a ChallengeNotice once its reveal opened the dispute;
//   - either side a BisectionMove per state its move posted (the state at
//     the pending midpoint, then the next midpoint unless the move ended
//     bisection), the same states as the move's Moved events;
//   - a validator a VoteNotice once its vote is in.
//
// The chain is the truth and gossip only a hint: a notice that cannot be
// signed or published is logged and dropped, never retried, and never
// stops a dispute loop.

// Every node Ignores an author's messages beyond a token bucket per (topic,
// author) of GossipRateLimit per second and GossipRateBurst. A node's own
// notices go through a bucket of the same rate with one second's worth of
// tokens less, so that delivery jitter of up to a second cannot make a
// receiver count more than its bucket allows.
var (
	noticeRate  = rate.Limit(GossipRateLimit)
	noticeBurst = GossipRateBurst - int(math.Ceil(GossipRateLimit))
)

// noticeMaxDelay is how long a notice may wait for a token; beyond that it
// is dropped (the dispute moved on: the chain has it).
const noticeMaxDelay = 5 * time.Second

type noticeKey struct {
	run    protocol.Hash
	author common.Address
}

// noticeAuthor is what the process keeps per (run, author): the bucket and
// whether a refused notice was already warned about.
type noticeAuthor struct {
	bucket *rate.Limiter
	warned atomic.Bool
}

// noticeAuthors are per (run, author) and shared by the process, as the
// receivers' buckets are per (topic, author) whoever publishes: two Node
// values with one key (a restart in the same process) share one bucket.
var noticeAuthors = struct {
	sync.Mutex
	m map[noticeKey]*noticeAuthor
}{m: map[noticeKey]*noticeAuthor{}}

func noticeAuthorOf(run protocol.Hash, author common.Address) *noticeAuthor {
	noticeAuthors.Lock()
	defer noticeAuthors.Unlock()
	k := noticeKey{run, author}
	a, ok := noticeAuthors.m[k]
	if !ok {
		a = &noticeAuthor{bucket: rate.NewLimiter(noticeRate, noticeBurst)}
		noticeAuthors.m[k] = a
	}
	return a
}

// challengeNotice is what a challenger announces once dispute id against
// update u is open, root being its own trace root.
func challengeNotice(u protocol.Update, id protocol.Hash, challenger common.Address, root protocol.Hash, now time.Time) *protocol.ChallengeNotice {
	return &protocol.ChallengeNotice{RunID: u.RunID, UpdateID: u.ID(), DisputeID: id, Challenger: challenger, TraceRoot: root, Timestamp: unixSeconds(now)}
}

// moveNotices are the states move m posted in dispute id: s_mid, then the
// next midpoint's state unless m ended bisection.
func moveNotices(run, id protocol.Hash, m verify.Move, mover common.Address, now time.Time) []*protocol.BisectionMove {
	ts := unixSeconds(now)
	out := []*protocol.BisectionMove{{RunID: run, DisputeID: id, Index: uint32(m.At.Index), StateHash: m.At.State, Mover: mover, Timestamp: ts}}
	if m.Next != nil {
		out = append(out, &protocol.BisectionMove{RunID: run, DisputeID: id, Index: uint32(m.Next.Index), StateHash: m.Next.State, Mover: mover, Timestamp: ts})
	}
	return out
}

// voteNotice is a validator's vote on step lo -> lo+1 of dispute id: the
// claim it replayed and whether that is the worker's. ok is false for
// Neither, which sends no vote.
func voteNotice(run, id protocol.Hash, lo int, c verify.StepClaims, dec verify.Decision, voter common.Address, now time.Time) (m *protocol.VoteNotice, ok bool) {
	forWorker, ok := dec.Vote()
	if !ok {
		return nil, false
	}
	// Decide matched the replayed s_lo+1 against exactly one claim.
	state := c.Challenger
	if forWorker {
		state = c.Worker
	}
	return &protocol.VoteNotice{RunID: run, DisputeID: id, Index: uint32(lo), StateHash: state, SupportsWorker: forWorker, Voter: voter, Timestamp: unixSeconds(now)}, true
}

func unixSeconds(t time.Time) uint64 { return uint64(max(t.Unix(), 0)) }

// noticeChallenge announces the dispute id this node opened against u with
// its trace (call it once the reveal is mined).
func (n *Node) noticeChallenge(ctx context.Context, u protocol.Update, id protocol.Hash, trace protocol.Trace) {
	root, err := trace.Root()
	if err != nil {
		n.log.Warn("node: challenge notice not published: trace root", "dispute", id.Short(), "err", err)
		return
	}
	n.publishNotice(ctx, challengeNotice(u, id, n.addr, root, time.Now()))
}

// noticeMove announces the states this node's move m posted in dispute id
// (call it once the move is mined).
func (n *Node) noticeMove(ctx context.Context, id protocol.Hash, m verify.Move) {
	for _, bm := range moveNotices(n.dep.RunID, id, m, n.addr, time.Now()) {
		n.publishNotice(ctx, bm)
	}
}

// noticeVote announces this node's vote in dispute id on step lo (call it
// once the vote is mined).
func (n *Node) noticeVote(ctx context.Context, id protocol.Hash, lo int, c verify.StepClaims, dec verify.Decision) {
	if m, ok := voteNotice(n.dep.RunID, id, lo, c, dec, n.addr, time.Now()); ok {
		n.publishNotice(ctx, m)
	}
}

// publishNotice signs m with the node's key and publishes it on the run's
// disputes topic within the node's notice bucket: at once when a token is
// there, after a short wait in the background when one comes within
// noticeMaxDelay, otherwise not at all.
func (n *Node) publishNotice(ctx context.Context, m protocol.Message) {
	if ctx.Err() != nil || n.gossip == nil {
		return
	}
	env, err := protocol.Sign(n.dep.Domain(), m, n.key)
	if err != nil {
		n.log.Warn("node: dispute notice not signed", "kind", m.Kind(), "err", err)
		return
	}
	a := noticeAuthorOf(n.dep.RunID, n.addr)
	publish := func() {
		err := n.gossip.Publish(ctx, env)
		if err == nil || ctx.Err() != nil {
			return
		}
		// Usually this node's own gossip validator refusing it, as every
		// peer would: warn once, then at debug level.
		log := n.log.Debug
		if a.warned.CompareAndSwap(false, true) {
			log = n.log.Warn
		}
		log("node: dispute notice not published; the chain has the dispute, peers miss only the gossip hint (peers hear authors with a worker bond or delegated token votes in the run, within the gossip rate limit; further failures are logged at debug level)",
			"kind", m.Kind(), "err", err)
	}
	r := a.bucket.Reserve()
	switch d := r.Delay(); {
	case d == 0:
		publish()
	case d <= noticeMaxDelay:
		n.log.Debug("node: dispute notice waits for the gossip rate limit", "kind", m.Kind(), "for", d)
		n.goLoop(func() {
			sleep(ctx, d)
			if ctx.Err() == nil {
				publish()
			}
		})
	default:
		r.Cancel()
		n.log.Debug("node: dispute notice dropped: over the gossip rate limit", "kind", m.Kind())
	}
}
