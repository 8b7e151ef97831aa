package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// Soft coordination between workers (DESIGN.md section 1, "worker").
//
// Before training on a parent P, a worker publishes a WorkClaim{P, expires}
// on the run's updates topic and waits a short delay for rival claims. Among
// the live claims on P, the one with the lowest rank
//
//	rank(P, worker) = keccak256(P ‖ worker)
//
// wins: every other claimant backs off for a random short time and looks
// again, until the head moves past P or the winner's claim lapses. The rank
// depends only on the parent and the worker, so nobody can grind it per
// claim, and it reshuffles with every new head: the workers take turns
// instead of the same one always winning. The rule is soft: claims that
// cross in flight make two workers train on the same parent, and the chain
// settles it (the second commit finds a stale head and reverts at gas
// estimation, without penalty).
//
// A claim costs its author nothing, so it must never cost the others more
// than a bounded delay (a bonded account that claims every head and never
// commits would otherwise stall the run):
//
//   - A claim counts for at most the hold: the time one update plausibly
//     takes, twice the longest of this node's own recent updates (fetch,
//     train, commit) plus the claim delay, never more than the claim TTL,
//     and never past the claimant's own Expires. It is counted from when
//     this node first heard the claim, so re-publishing does not extend it.
//   - When the head moves on from P, every claim on P that ranked better
//     than the committer's and had stopped counting by then (by its hold or
//     its own Expires) is a strike against its claimant: the claims of a
//     worker with a strike are ignored for claimPenaltyFactor holds,
//     doubling with each further strike (at most claimPenaltyMax). A commit
//     by the claimant clears its strikes. Every node sees the same move, so
//     they all stop honouring a squatter at once.
//   - A worker that has waited on one parent for two holds trains on it
//     whatever the claims say (several claimants cannot add up their holds;
//     two leave the honest winner after a squatter its turn).
//
// An honest worker slower than twice this node's own update time gets
// strikes too, as can one whose claim was out when it yielded to a
// squatter's; its claims are then ignored and others may duplicate its
// work until its next commit clears them, which costs throughput nothing.
// The penalty is long because only a claimant that never commits keeps it.
func claimRank(parent protocol.Hash, worker common.Address) protocol.Hash {
	return protocol.Keccak256(parent[:], worker[:])
}

// Claim timing beyond the options: how many holds a first strike ignores a
// claimant for, the longest penalty, and how many recent update durations
// the hold is derived from.
const (
	claimPenaltyFactor = 64
	claimPenaltyMax    = time.Hour
	claimRecent        = 8
)

// claimBook holds the WorkClaims heard on gossip, the strikes of claimants
// whose claims lapsed without a commit, and the durations of this node's
// recent updates that bound how long a claim counts.
type claimBook struct {
	mu      sync.Mutex
	ttl     time.Duration                                    // the longest hold, and the hold before any update was measured
	delay   time.Duration                                    // the claim delay, part of every hold
	claims  map[protocol.Hash]map[common.Address]*heardClaim // parent -> worker -> claim
	records map[common.Address]*claimant
	recent  []time.Duration // this node's latest update durations, oldest first
}

type heardClaim struct {
	expires uint64    // the claimant's Expires (unix s)
	since   time.Time // when this node first heard a claim of this worker on this parent
	struck  bool      // its lapse was counted against the claimant
}

// claimant is the strike record of a worker whose claims lapsed.
type claimant struct {
	strikes int
	until   time.Time // its claims are ignored until then
}

func newClaimBook() *claimBook { return newClaimBookTimed(2*time.Minute, 500*time.Millisecond) }

// newClaimBookTimed is a claim book for the claim TTL and delay of the node.
func newClaimBookTimed(ttl, delay time.Duration) *claimBook {
	return &claimBook{ttl: ttl, delay: delay, claims: map[protocol.Hash]map[common.Address]*heardClaim{}, records: map[common.Address]*claimant{}}
}

func (b *claimBook) add(c *protocol.WorkClaim, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	m := b.claims[c.Parent]
	if m == nil {
		m = map[common.Address]*heardClaim{}
		b.claims[c.Parent] = m
	}
	if h := m[c.Worker]; h != nil {
		h.expires = max(h.expires, c.Expires)
	} else {
		m[c.Worker] = &heardClaim{expires: c.Expires, since: now}
	}
	// Drop dead claims now and then so the book stays small.
	if len(b.claims) > 256 {
		hold := b.holdLocked()
		for p, ws := range b.claims {
			for w, h := range ws {
				if !h.live(now, hold) {
					delete(ws, w)
				}
			}
			if len(ws) == 0 {
				delete(b.claims, p)
			}
		}
	}
}

// live reports whether the claim still counts at now.
func (h *heardClaim) live(now time.Time, hold time.Duration) bool {
	return h.expires >= uint64(now.Unix()) && now.Before(h.since.Add(hold))
}

// observe records how long one of this node's updates took, from deciding
// to train to the commit's receipt (a commit, or one mined too late).
func (b *claimBook) observe(d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.recent = append(b.recent, d)
	if len(b.recent) > claimRecent {
		b.recent = b.recent[len(b.recent)-claimRecent:]
	}
}

// hold is how long a claim counts after this node first heard it.
func (b *claimBook) hold() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.holdLocked()
}

func (b *claimBook) holdLocked() time.Duration {
	if len(b.recent) == 0 {
		return b.ttl
	}
	return min(b.ttl, b.delay+2*slices.Max(b.recent))
}

// committed clears the strikes of a worker that committed an update.
func (b *claimBook) committed(w common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.records, w)
}

// ignored reports whether w's claims are ignored at now, and until when.
func (b *claimBook) ignored(w common.Address, now time.Time) (time.Time, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	r := b.records[w]
	if r == nil || !now.Before(r.until) {
		return time.Time{}, false
	}
	return r.until, true
}

// strike counts a lapsed claim against w and returns how long its claims
// are now ignored.
func (b *claimBook) strikeLocked(w common.Address, now time.Time) time.Duration {
	r := b.records[w]
	if r == nil {
		r = &claimant{}
		b.records[w] = r
	}
	r.strikes++
	d := claimPenaltyMax
	if r.strikes < 32 {
		d = min(claimPenaltyMax, time.Duration(claimPenaltyFactor)*b.holdLocked()<<(r.strikes-1))
	}
	r.until = now.Add(d)
	return d
}

// beaten returns a rival with a live claim on parent that outranks me.
// Claims of workers for whom spent(worker) is true are ignored: a worker
// that already committed on the parent (the head came back to it after a
// revert) will not commit there again, and one whose bond is under the
// run's minimum (slashed) cannot. Claims of workers under a strike penalty
// are ignored too. spent runs without the book's lock held, so it may ask
// the chain.
func (b *claimBook) beaten(parent protocol.Hash, me common.Address, now time.Time, spent func(common.Address) bool) (common.Address, bool) {
	mine := claimRank(parent, me)
	type rival struct {
		w    common.Address
		rank protocol.Hash
	}
	var rivals []rival
	b.mu.Lock()
	hold := b.holdLocked()
	for w, h := range b.claims[parent] {
		if w == me || !h.live(now, hold) {
			continue
		}
		if r := b.records[w]; r != nil && now.Before(r.until) {
			continue
		}
		if r := claimRank(parent, w); bytes.Compare(r[:], mine[:]) < 0 {
			rivals = append(rivals, rival{w, r})
		}
	}
	b.mu.Unlock()
	// Best rank first, so the answer does not depend on map order.
	slices.SortFunc(rivals, func(a, b rival) int { return bytes.Compare(a.rank[:], b.rank[:]) })
	for _, r := range rivals {
		if !spent(r.w) {
			return r.w, true
		}
	}
	return common.Address{}, false
}

// A lapse is a claim that outranked the worker who committed on its
// parent and stopped counting before that commit was seen.
type lapse struct {
	w       common.Address
	penalty time.Duration // how long its claims are now ignored
}

// settle is called when the head moved from parent to a child committed by
// committer: every claim on parent but mine that ranked better than the
// committer's and had stopped counting (by its hold or by its own Expires)
// is a strike against its claimant. Claims ranked below the committer's
// were rightly yielded, and the committer honoured its claim.
func (b *claimBook) settle(parent protocol.Hash, committer, me common.Address, now time.Time) []lapse {
	b.mu.Lock()
	defer b.mu.Unlock()
	hold := b.holdLocked()
	theirs := claimRank(parent, committer)
	var out []lapse
	for w, h := range b.claims[parent] {
		// A claim heard long before is from a time the parent was the head
		// before (the head came back to it after a revert), not a lapse.
		if w == committer || w == me || h.struck || h.live(now, hold) || now.Sub(h.since) > 4*hold {
			continue
		}
		if r := b.records[w]; r != nil && now.Before(r.until) {
			continue // ignored already: its claim cost nobody anything
		}
		if r := claimRank(parent, w); bytes.Compare(r[:], theirs[:]) < 0 {
			h.struck = true
			out = append(out, lapse{w, b.strikeLocked(w, now)})
		}
	}
	slices.SortFunc(out, func(a, b lapse) int { return bytes.Compare(a.w[:], b.w[:]) })
	return out
}

// readUpdates consumes the updates topic: claims go to the claim book.
func (n *Node) readUpdates(ctx context.Context, ch <-chan p2p.Received) {
	for {
		select {
		case <-ctx.Done():
			return
		case r, ok := <-ch:
			if !ok {
				return
			}
			switch m := r.Envelope.Msg.(type) {
			case *protocol.WorkClaim:
				n.claims.add(m, time.Now())
			case *protocol.UpdateAnnouncement:
				n.log.Debug("update announced", "update", m.UpdateID.Short(), "worker", shortAddr(m.Worker), "accuracy_bps", m.EvalAccuracy, "local", r.Local)
			}
		}
	}
}

// worker is the worker role's loop state.
type worker struct {
	n *Node

	cacheID    protocol.Hash // update whose state is cached
	cacheState *train.State
	lastClaim  time.Time
	rng        *rand.Rand
	// waitOn is the head this worker last looked at, since waitSince: once
	// it has waited on it for a hold, it trains whatever the claims say.
	waitOn    protocol.Hash
	waitSince time.Time
	pins      []pinned // checkpoints this worker pinned, oldest first
	sinceGC   int      // commits since the last store GC
	// understakedUntil pauses the worker after the ledger refused a commit
	// for InsufficientStake (typically after a slash): neither claiming nor
	// training until then, so it does not hold honest workers back with
	// claims it cannot honour, nor retry a doomed commit every few seconds.
	understakedUntil time.Time
}

// understakedPause is how long a worker whose stake fell below the run's
// minimum waits before it tries again (someone may have bonded more).
const understakedPause = time.Minute

// pinned is a checkpoint the worker pinned, for the retention policy.
type pinned struct {
	id     protocol.Hash
	cid    cid.Cid
	reason string
}

// Checkpoint retention: a worker keeps pinned the checkpoints of its last
// keepPins commits and fetched parents, and any older one that is not yet
// final (a challenger or validator may still need it); it unpins the rest
// and runs a store GC every gcEvery commits. The finalized head's
// checkpoint is always among the newest, so the run can always resume.
var (
	keepPins = 64
	gcEvery  = 64
)

// pin pins c for update id with reason and applies the retention policy.
func (w *worker) pin(ctx context.Context, id protocol.Hash, c cid.Cid, reason string) {
	n := w.n
	if err := n.store.Pin(ctx, c, reason); err != nil {
		n.log.Warn("worker: pin", "cid", c, "err", err)
		return
	}
	_ = n.store.Unpin(ctx, c, store.ReasonLocal)
	w.pins = append(w.pins, pinned{id, c, reason})
	if len(w.pins) <= keepPins {
		return
	}
	old, keep := w.pins[:len(w.pins)-keepPins], w.pins[len(w.pins)-keepPins:]
	var still []pinned
	for _, p := range old {
		r, ok := n.cs.get(p.id)
		if (!ok && !n.cs.synced()) || (ok && (r.Status == bindings.StatusPending || r.Status == bindings.StatusDisputed)) {
			still = append(still, p)
			continue
		}
		if err := n.store.Unpin(ctx, p.cid, p.reason); err != nil {
			n.log.Warn("worker: unpin", "cid", p.cid, "err", err)
		}
	}
	w.pins = append(still, keep...)
}

// loadPins adopts the pins an earlier run of this worker left, as the oldest.
func (w *worker) loadPins(ctx context.Context) {
	pins, err := w.n.store.Pins(ctx)
	if err != nil {
		return
	}
	for c, reasons := range pins {
		for _, r := range reasons {
			kind, hex, ok := strings.Cut(r, ":")
			if !ok || (kind != "update" && kind != "parent") {
				continue
			}
			if id, err := protocol.ParseHash(hex); err == nil {
				w.pins = append(w.pins, pinned{id, c, r})
			}
		}
	}
}

// maybeGC runs a store GC every gcEvery commits.
func (w *worker) maybeGC(ctx context.Context) {
	w.sinceGC++
	if w.sinceGC < gcEvery {
		return
	}
	w.sinceGC = 0
	res, err := w.n.store.GC(ctx)
	if err != nil {
		w.n.log.Warn("worker: store GC", "err", err)
		return
	}
	w.n.log.Info("worker: store GC", "kept", res.Kept, "removed", res.Removed, "freed_bytes", res.Freed, "took", res.Took)
	final := func(id protocol.Hash) bool {
		r, ok := w.n.cs.get(id)
		return ok && r.Status == bindings.StatusFinal
	}
	if k, err := w.n.traces.prune(final); err != nil {
		w.n.log.Warn("worker: prune traces", "err", err)
	} else if k > 0 {
		w.n.log.Debug("worker: pruned traces of final updates", "removed", k)
	}
}

// run is the worker loop: follow the head; claim; fetch the parent; train
// k steps; import and pin; commit (a stale head just means try again);
// announce; finalize what is due; claim rewards.
func (w *worker) run(ctx context.Context) {
	n := w.n
	w.rng = rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0))
	w.recover(ctx)
	w.loadPins(ctx)
	for ctx.Err() == nil {
		w.finalizeDue(ctx)
		w.claimRewards(ctx)
		changed := n.cs.headChanged()
		again, err := w.once(ctx)
		if err != nil && ctx.Err() == nil {
			n.log.Warn("worker: update failed; will retry", "err", err)
		}
		if again {
			continue
		}
		wait := n.cfg.PollInterval
		if err != nil {
			wait = max(wait, 2*time.Second)
		}
		select {
		case <-ctx.Done():
		case <-changed:
		case <-time.After(wait):
		}
	}
}

// recover resolves journal entries a crash left open.
func (w *worker) recover(ctx context.Context) {
	for _, e := range w.n.journal.unresolved() {
		w.resolve(ctx, e)
	}
}

// resolve settles an open journal entry (intent or sent) from the chain: the
// update exists (committed), a transaction of ours may still land (stay
// open, the parent blocked), or nothing can land any more (lost: the parent
// is free again). Any doubt keeps the parent blocked.
func (w *worker) resolve(ctx context.Context, e jEntry) {
	n := w.n
	st := jLost
	info, err := n.cs.updateInfo(ctx, e.Update)
	switch {
	case err != nil:
		n.log.Warn("worker: cannot check a journaled commit; keeping its parent blocked", "update", e.Update.Short(), "err", err)
		return
	case info.Status != bindings.StatusNone:
		st = jCommitted
	case e.Tx != (common.Hash{}):
		_, pending, err := n.client.TransactionByHash(ctx, e.Tx)
		switch {
		case err == nil && pending:
			n.log.Info("worker: journaled commit still pending; keeping its parent blocked", "update", e.Update.Short(), "tx", e.Tx)
			return
		case err != nil && !errors.Is(err, ethereum.NotFound):
			n.log.Warn("worker: cannot look up a journaled commit; keeping its parent blocked", "tx", e.Tx, "err", err)
			return
		}
		// Mined (and, since the update is unknown, reverted) or dropped.
	default:
		// Intent only: sent or not, the tx may sit in the pool.
		pend, err1 := n.client.PendingNonceAt(ctx, n.addr)
		mined, err2 := n.client.NonceAt(ctx, n.addr, nil)
		if err1 != nil || err2 != nil || pend > mined {
			n.log.Info("worker: a transaction of ours may be pending; keeping the journaled parent blocked", "update", e.Update.Short())
			return
		}
	}
	e.State = st
	if err := n.journal.record(e); err != nil {
		n.log.Error("worker: journal", "err", err)
		return
	}
	n.log.Info("worker: resolved an open journal entry", "update", e.Update.Short(), "state", st)
}

// once tries one update on the current head. again says to loop at once
// (the head moved) instead of waiting.
func (w *worker) once(ctx context.Context) (again bool, err error) {
	n := w.n
	if time.Now().Before(w.understakedUntil) {
		return false, nil
	}
	head, err := n.cs.Head(ctx)
	if errors.Is(err, errUnsure) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if e, ok := n.journal.get(head.ID); ok && e.State != jLost {
		if e.State == jIntent || e.State == jSent {
			w.resolve(ctx, e) // a commit that timed out may have been dropped
		}
		if n.journal.blocks(head.ID) {
			return false, nil // we (may have) committed on this head: wait for it to move
		}
	}
	// Every commit becomes the head: its worker honoured its claims.
	n.claims.committed(head.Update.Worker)
	if head.ID != w.waitOn {
		w.settle(head)
		w.waitOn, w.waitSince = head.ID, time.Now()
	}
	if rival, ok := w.beaten(ctx, head.ID); ok {
		return false, w.backoff(ctx, head.ID, rival)
	}
	if err := w.publishClaim(ctx, head.ID); err != nil {
		n.log.Warn("worker: work claim not published; training anyway", "err", err)
	}
	select {
	case <-ctx.Done():
		return false, nil
	case <-time.After(n.o.claimDelay):
	}
	if rival, ok := w.beaten(ctx, head.ID); ok {
		return false, w.backoff(ctx, head.ID, rival)
	}

	began := time.Now()
	parent, err := w.load(ctx, head)
	if err != nil {
		return false, err
	}
	k := int(n.manifest.StepsPerUpdate)
	next, trace, faulty, err := w.train(ctx, parent, k)
	if err != nil {
		return false, err
	}
	if n.cs.headCandidate() != head.ID {
		n.stats.lost.Add(1)
		n.emit(Event{Kind: EventLostRace, Parent: head.ID, Local: true})
		return true, nil
	}
	file, err := n.trainer.Encode(next)
	if err != nil {
		return false, fmt.Errorf("node: worker: encode: %w", err)
	}
	c, h, err := n.store.ImportBytes(ctx, file)
	if err != nil {
		return false, fmt.Errorf("node: worker: import: %w", err)
	}
	if h != trace[k] {
		return false, fmt.Errorf("node: worker: checkpoint hashes to %s, trace ends at %s", h.Short(), trace[k].Short())
	}
	root, err := trace.Root()
	if err != nil {
		return false, fmt.Errorf("node: worker: trace root: %w", err)
	}
	u := protocol.Update{RunID: n.dep.RunID, Parent: head.ID, StateHash: h, TraceRoot: root, CID: c.Bytes(), Worker: n.addr}
	id := u.ID()

	// Keep the trace before committing: the update must be defensible the
	// moment it is on chain (defend.go).
	if err := n.traces.put(id, trace); err != nil {
		return false, err
	}

	// Commit, journaled so that a crash never leads to a second commit on
	// this parent.
	if err := n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), State: jIntent, Worker: n.addr}); err != nil {
		return false, err
	}
	data := bindings.NewLedger().PackCommit(n.dep.RunID, head.ID, h, root, u.CID)
	tx, err := n.client.Transact(ctx, &n.dep.Ledger, data, nil)
	if err != nil {
		_ = n.store.Unpin(ctx, c, store.ReasonLocal)
		if staleHead(err) {
			_ = n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), State: jLost, Worker: n.addr})
			n.stats.lost.Add(1)
			n.emit(Event{Kind: EventLostRace, Parent: head.ID, Update: id, Local: true})
			return true, nil
		}
		// Not sent (estimation or signing failed): the parent is free.
		_ = n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), State: jLost, Worker: n.addr})
		if revertNamed(err, "InsufficientStake") {
			w.understakedUntil = time.Now().Add(understakedPause)
			n.log.Error("worker: stake below the run's minimum (slashed?); pausing", "for", understakedPause, "err", err,
				"next", "bond more stake to this worker's address, then it resumes by itself")
			return false, nil
		}
		return false, fmt.Errorf("node: worker: commit: %w", err)
	}
	_ = n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), Tx: tx.Hash(), State: jSent, Worker: n.addr})
	if rcpt, err := n.client.WaitReceipt(ctx, tx); err != nil {
		// Mined but failed: a rival's commit on the same parent landed
		// earlier in the block (the replay that decodes the reason runs on
		// the parent block, where the head was still ours to take, so it
		// rarely names StaleHead). Nothing of ours is on chain.
		if staleHead(err) || (rcpt != nil && rcpt.Status == types.ReceiptStatusFailed) {
			_ = n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), Tx: tx.Hash(), State: jLost, Worker: n.addr})
			// A whole update, mined: as long as a commit takes, so the hold
			// is measured before this worker's first commit too.
			n.claims.observe(time.Since(began))
			n.stats.lost.Add(1)
			n.emit(Event{Kind: EventLostRace, Parent: head.ID, Update: id, Local: true})
			return true, nil
		}
		// Timeout or other: leave the entry "sent"; recover() settles it.
		return false, fmt.Errorf("node: worker: commit %s: %w", tx.Hash(), err)
	}
	if err := n.journal.record(jEntry{Parent: head.ID, Update: id, CID: c.String(), Tx: tx.Hash(), State: jCommitted, Worker: n.addr}); err != nil {
		n.log.Error("worker: journal", "err", err)
	}
	n.stats.committed.Add(1)
	n.claims.observe(time.Since(began))
	w.pin(ctx, id, c, "update:"+id.Hex())
	w.maybeGC(ctx)
	w.cacheID, w.cacheState = id, next

	ev := n.trainer.Eval(next)
	n.emit(Event{Kind: EventEval, Update: id, Parent: head.ID, Step: next.Step, Loss: ev.Loss, Accuracy: ev.Accuracy, Local: true})
	n.log.Info("worker: committed", "update", id.Short(), "parent", head.ID.Short(), "step", next.Step, "accuracy", fmt.Sprintf("%.2f%%", 100*ev.Accuracy), "faulty", faulty)
	w.announce(ctx, u, next.Step, ev)
	return true, nil
}

func staleHead(err error) bool { return revertNamed(err, "StaleHead") }

// revertNamed reports whether err is the contracts' custom error name.
func revertNamed(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}

// beaten applies the claim rule to parent, the head: a rival with a live
// claim that outranks this worker, unless this worker has waited on the
// parent for two holds already.
func (w *worker) beaten(ctx context.Context, parent protocol.Hash) (common.Address, bool) {
	n := w.n
	spent := func(a common.Address) bool { return n.cs.committedOn(parent, a) || !n.cs.canCommit(ctx, a) }
	now := time.Now()
	rival, ok := n.claims.beaten(parent, n.addr, now, spent)
	if !ok {
		return common.Address{}, false
	}
	// Two holds: a squatter's lapsed claim and then the honest winner's
	// turn after it.
	if bound := 2 * n.claims.hold(); now.Sub(w.waitSince) >= bound {
		n.stats.claimWaitsCut.Add(1)
		n.log.Info("worker: waited on the parent longer than two updates take; training despite a rival's claim", "parent", parent.Short(), "rival", shortAddr(rival), "waited", now.Sub(w.waitSince).Round(time.Millisecond), "bound", bound.Round(time.Millisecond))
		return common.Address{}, false
	}
	return rival, true
}

// settle counts strikes against the claimants whose claims on the head's
// parent ran out before the head was committed.
func (w *worker) settle(head *updateRec) {
	n := w.n
	for _, l := range n.claims.settle(head.Update.Parent, head.Update.Worker, n.addr, time.Now()) {
		n.stats.claimStrikes.Add(1)
		n.log.Info("worker: a claim ran out without a commit; ignoring its claimant's claims", "parent", head.Update.Parent.Short(), "claimant", shortAddr(l.w), "for", l.penalty)
	}
}

func (w *worker) backoff(ctx context.Context, parent protocol.Hash, rival common.Address) error {
	n := w.n
	n.stats.backoffs.Add(1)
	d := n.o.claimDelay + time.Duration(w.rng.Int64N(int64(2*n.o.claimDelay)))
	n.log.Debug("worker: parent claimed by a higher-ranked worker; backing off", "parent", parent.Short(), "rival", shortAddr(rival), "for", d)
	select {
	case <-ctx.Done():
	case <-n.cs.headChanged():
	case <-time.After(d):
	}
	return nil
}

func (w *worker) publishClaim(ctx context.Context, parent protocol.Hash) error {
	n := w.n
	now := time.Now()
	m := &protocol.WorkClaim{RunID: n.dep.RunID, Parent: parent, Worker: n.addr, Expires: uint64(now.Add(n.o.claimTTL).Unix())}
	env, err := protocol.Sign(n.dep.Domain(), m, n.key)
	if err != nil {
		return fmt.Errorf("node: sign claim: %w", err)
	}
	n.claims.add(m, now)
	return n.gossip.Publish(ctx, env)
}

func (w *worker) announce(ctx context.Context, u protocol.Update, step uint64, ev train.EvalResult) {
	n := w.n
	m := &protocol.UpdateAnnouncement{
		RunID: u.RunID, UpdateID: u.ID(), Parent: u.Parent, StateHash: u.StateHash, TraceRoot: u.TraceRoot,
		CID: u.CID, Worker: u.Worker, Step: step,
		EvalLoss:     uint64(math.Round(min(ev.Loss, 1e12) * 1e6)),
		EvalAccuracy: uint32(math.Round(ev.Accuracy * protocol.MaxAccuracyBps)),
		Timestamp:    uint64(time.Now().Unix()),
	}
	env, err := protocol.Sign(n.dep.Domain(), m, n.key)
	if err == nil {
		err = n.gossip.Publish(ctx, env)
	}
	if err != nil {
		n.log.Warn("worker: announcement not published", "update", u.ID().Short(), "err", err)
	}
}

// load returns the state of update r: the cached one if it is ours, else
// the checkpoint from the store (local blocks or bitswap peers), verified
// against the state hash committed on chain.
func (w *worker) load(ctx context.Context, r *updateRec) (*train.State, error) {
	n := w.n
	if w.cacheState != nil && w.cacheID == r.ID {
		return w.cacheState, nil
	}
	c, err := cid.Cast(r.Update.CID)
	if err != nil {
		return nil, fmt.Errorf("node: worker: parent %s: CID: %w", r.ID.Short(), err)
	}
	b, fetched, err := w.fetchOrRebuild(ctx, r, c)
	if err != nil {
		return nil, err
	}
	n.stats.fetches.Add(1)
	n.stats.fetchedBlocks.Add(int64(fetched))
	if fetched > 0 {
		n.emit(Event{Kind: EventFetched, Update: r.ID, Blocks: fetched, Local: true})
	}
	w.pin(ctx, r.ID, c, "parent:"+r.ID.Hex())
	ck, err := checkpoint.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("node: worker: parent %s: %w", r.ID.Short(), err)
	}
	s, err := n.trainer.StateFrom(ck)
	if err != nil {
		return nil, fmt.Errorf("node: worker: parent %s: %w", r.ID.Short(), err)
	}
	w.cacheID, w.cacheState = r.ID, s
	return s, nil
}

// fetchOrRebuild returns the checkpoint of update r (CID c), hash-checked.
// It fetches it from the store or peers; when nobody serves it within
// rebuildAfter (its worker left before anyone fetched it: the run would
// stall on a head nobody can load), it rebuilds it instead by replaying r
// from its parent's checkpoint, which training's determinism makes
// byte-identical, checks it against r's state hash and CID, and imports
// it, so this node serves it from then on. If the parent cannot be loaded
// either, or the replay disagrees (r is wrong: proofers challenge it), the
// fetch goes on until the fetch timeout.
func (w *worker) fetchOrRebuild(ctx context.Context, r *updateRec, c cid.Cid) ([]byte, int, error) {
	n := w.n
	fetched := 0
	progress := func(p store.Progress) { fetched = p.Fetched }
	first := n.o.fetchTimout
	parent, hasParent := n.cs.get(r.Update.Parent)
	if hasParent && n.o.rebuildAfter < first {
		first = n.o.rebuildAfter
	}
	fctx, cancel := context.WithTimeout(ctx, first)
	b, err := n.store.FetchBytes(fctx, c, r.Update.StateHash, progress)
	cancel()
	if err == nil || ctx.Err() != nil || first == n.o.fetchTimout {
		if err != nil {
			return nil, 0, fmt.Errorf("node: worker: fetch parent %s: %w", r.ID.Short(), err)
		}
		return b, fetched, nil
	}
	n.log.Warn("worker: nobody served the head's checkpoint; rebuilding it by replaying its update from its parent", "update", r.ID.Short(), "parent", parent.ID.Short(), "after", first, "err", err)
	b, rerr := w.rebuild(ctx, r, parent, c)
	if rerr == nil {
		n.log.Info("worker: rebuilt the head's checkpoint (hash and CID match the chain); serving it", "update", r.ID.Short())
		return b, 0, nil
	}
	n.log.Warn("worker: could not rebuild the head's checkpoint; still fetching", "update", r.ID.Short(), "err", rerr)
	fctx, cancel = context.WithTimeout(ctx, n.o.fetchTimout-first)
	defer cancel()
	b, err = n.store.FetchBytes(fctx, c, r.Update.StateHash, progress)
	if err != nil {
		return nil, 0, fmt.Errorf("node: worker: fetch parent %s: %w (and rebuilding it from its parent failed: %v)", r.ID.Short(), err, rerr)
	}
	return b, fetched, nil
}

// rebuild replays update r from its parent's checkpoint and imports the
// result when it is exactly r's committed checkpoint.
func (w *worker) rebuild(ctx context.Context, r, parent *updateRec, c cid.Cid) ([]byte, error) {
	n := w.n
	pc, err := cid.Cast(parent.Update.CID)
	if err != nil {
		return nil, fmt.Errorf("parent %s: CID: %w", parent.ID.Short(), err)
	}
	fctx, cancel := context.WithTimeout(ctx, n.o.rebuildAfter)
	defer cancel()
	pb, err := n.store.FetchBytes(fctx, pc, parent.Update.StateHash, nil)
	if err != nil {
		return nil, fmt.Errorf("parent %s: %w", parent.ID.Short(), err)
	}
	ck, err := checkpoint.Decode(pb)
	if err != nil {
		return nil, fmt.Errorf("parent %s: %w", parent.ID.Short(), err)
	}
	s, err := n.trainer.StateFrom(ck)
	if err != nil {
		return nil, fmt.Errorf("parent %s: %w", parent.ID.Short(), err)
	}
	next, _, err := n.trainer.Run(ctx, s, int(n.manifest.StepsPerUpdate))
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	b, err := n.trainer.Encode(next)
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	if got := protocol.Hash(sha256.Sum256(b)); got != r.Update.StateHash {
		return nil, fmt.Errorf("the replay's state hash %s differs from the committed %s: the update is wrong", got.Short(), r.Update.StateHash.Short())
	}
	got, _, err := n.store.ImportBytes(ctx, b)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if !got.Equals(c) {
		return nil, fmt.Errorf("the rebuilt checkpoint's CID %s differs from the committed %s", got, c)
	}
	return b, nil
}

// train runs k steps from s. A faulty worker (WithFaulty), on a share of its
// updates, perturbs one weight after step j in [1, k]: its trace then
// differs from the honest one from s_j on.
func (w *worker) train(ctx context.Context, s *train.State, k int) (*train.State, protocol.Trace, bool, error) {
	n := w.n
	if n.o.faultRate == 0 || w.rng.Float64() >= n.o.faultRate {
		next, tr, err := n.trainer.Run(ctx, s, k)
		if err != nil {
			return nil, nil, false, fmt.Errorf("node: worker: train: %w", err)
		}
		return next, tr, false, nil
	}
	j := 1 + w.rng.IntN(k)
	mid, t1, err := n.trainer.Run(ctx, s, j)
	if err != nil {
		return nil, nil, false, fmt.Errorf("node: worker: train: %w", err)
	}
	wt := mid.Weights[0].Data().([]float32)
	wt[w.rng.IntN(len(wt))] += 0.01
	next, t2, err := n.trainer.Run(ctx, mid, k-j)
	if err != nil {
		return nil, nil, false, fmt.Errorf("node: worker: train: %w", err)
	}
	trace := append(append(protocol.Trace{}, t1[:j]...), t2...)
	n.log.Info("worker: FAULTY update: corrupted a weight", "after_step", j)
	return next, trace, true, nil
}

// finalizeDue finalizes, oldest first, the run's pending updates whose
// challenge window has passed. Anyone may finalize; a rival finalizing the
// same update first makes ours fail at gas estimation, which costs nothing.
func (w *worker) finalizeDue(ctx context.Context) {
	n := w.n
	pend := n.cs.pending()
	if len(pend) == 0 {
		return
	}
	hdr, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return
	}
	for _, r := range pend {
		// The window end is cached per update (a cleared dispute resets it),
		// so a long list of young updates costs no RPC calls.
		if r.Until != 0 && hdr.Time < r.Until {
			continue
		}
		info, err := n.cs.updateInfo(ctx, r.ID)
		if err != nil {
			return
		}
		if info.Status != bindings.StatusPending {
			n.cs.setStatus(r.ID, info.Status)
			continue
		}
		until := info.WindowStart.Uint64() + info.ChallengeWindow.Uint64()
		n.cs.setUntil(r.ID, until)
		if hdr.Time < until {
			continue // a cleared dispute restarts the window: order is not by block
		}
		if p, ok := n.cs.get(r.Update.Parent); !ok || p.Status != bindings.StatusFinal {
			pi, err := n.cs.updateInfo(ctx, r.Update.Parent)
			if err != nil {
				return
			}
			if pi.Status == bindings.StatusReverted {
				// On a dead branch: it can never finalize.
				n.cs.setStatus(r.ID, bindings.StatusReverted)
				continue
			}
			if pi.Status != bindings.StatusFinal {
				continue // parents finalize first
			}
			n.cs.setStatus(r.Update.Parent, bindings.StatusFinal)
		}
		ref := bindings.UpdateRefOf(r.Update)
		tx, err := n.client.Transact(ctx, &n.dep.Ledger, bindings.NewLedger().PackFinalize(ref), nil)
		if err != nil {
			// Usually a rival finalized it first (WrongStatus at estimation).
			n.log.Debug("worker: finalize not sent", "update", r.ID.Short(), "err", err)
			continue
		}
		if _, err := n.client.WaitReceipt(ctx, tx); err != nil {
			n.log.Debug("worker: finalize failed", "update", r.ID.Short(), "err", err)
			continue
		}
		n.cs.setStatus(r.ID, bindings.StatusFinal)
	}
}

// claimRewards settles and claims this worker's rewards after one of its
// updates finalized.
func (w *worker) claimRewards(ctx context.Context) {
	n := w.n
	got := false
	for {
		select {
		case <-n.cs.finalized:
			got = true
			continue
		default:
		}
		break
	}
	if !got && time.Since(w.lastClaim) < 10*time.Minute {
		return
	}
	w.lastClaim = time.Now()
	l := bindings.NewLedger()
	out, err := n.cs.call(ctx, l.PackWorkerInfo(n.addr))
	if err != nil {
		return
	}
	wi, err := l.UnpackWorkerInfo(out)
	if err != nil {
		return
	}
	if wi.Unsettled != nil && wi.Unsettled.Sign() > 0 {
		if _, err := n.client.TransactAndWait(ctx, &n.dep.Ledger, l.PackSettle(n.addr), nil); err != nil {
			n.log.Warn("worker: settle rewards failed", "err", err)
			return
		}
	}
	out, err = n.cs.call(ctx, l.PackOwed(n.addr))
	if err != nil {
		return
	}
	owed, err := l.UnpackOwed(out)
	if err != nil || owed.Sign() == 0 {
		return
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Ledger, l.PackClaim(), nil); err != nil {
		n.log.Warn("worker: claim rewards failed", "err", err)
	}
}
