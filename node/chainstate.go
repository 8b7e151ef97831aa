package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// errUnsure means the node's view of the chain cannot answer yet (not
// synced, or the head event not seen); callers wait and ask again.
var errUnsure = errors.New("node: chain view not synced")

// updateRec is what the node knows about one update of its run.
type updateRec struct {
	ID     protocol.Hash
	Update protocol.Update
	Block  uint64
	Status uint8  // bindings.Status*
	Until  uint64 // end of the challenge window (chain time), 0 until read
}

// chainState is the node's view of its run on chain, built from the ledger's
// and disputes contract's events (the follower) and confirmed with views
// (isHead, updateInfo). It implements p2p.StakeChecker.
type chainState struct {
	client *chain.Client
	dep    *Deployment
	ledger *bindings.Ledger
	disp   *bindings.Disputes
	token  *bindings.Token
	log    *slog.Logger
	emit   func(Event)

	mu        sync.Mutex
	updates   map[protocol.Hash]*updateRec
	headCand  protocol.Hash // ID in the latest RunCreated/UpdateCommitted/HeadReset event
	headCh    chan struct{} // closed and replaced whenever headCand changes
	next      uint64        // next block the follower scans
	syncedAt  uint64        // the chain's block number at start: synced once next > syncedAt
	disputes  map[protocol.Hash]bool
	minStake  *big.Int
	stake     map[common.Address]stakeEntry
	bond      map[common.Address]stakeEntry // can the worker commit: self stake >= the run's minimum
	finalized chan protocol.Hash            // own finalized updates, for claiming
	self      common.Address
	children  map[protocol.Hash]map[common.Address]bool // parent -> workers who committed on it
}

type stakeEntry struct {
	ok    bool
	until time.Time
}

// stakeTTL is how long a positive stake answer is cached: a slash or an
// unbond takes effect for gossip this much later, which is harmless (the
// chain, not gossip, enforces stake).
const stakeTTL = 30 * time.Second

func newChainState(c *chain.Client, d *Deployment, self common.Address, log *slog.Logger, emit func(Event)) *chainState {
	return &chainState{
		client: c, dep: d, self: self, log: log, emit: emit,
		ledger: bindings.NewLedger(), disp: bindings.NewDisputes(), token: bindings.NewToken(),
		updates: map[protocol.Hash]*updateRec{}, headCh: make(chan struct{}),
		disputes: map[protocol.Hash]bool{}, stake: map[common.Address]stakeEntry{}, bond: map[common.Address]stakeEntry{},
		next: d.StartBlock, finalized: make(chan protocol.Hash, 64),
		children: map[protocol.Hash]map[common.Address]bool{},
	}
}

// run follows the contracts' events until ctx ends, restarting the follower
// from where it stopped when the RPC fails.
func (cs *chainState) run(ctx context.Context) {
	for ctx.Err() == nil {
		cs.mu.Lock()
		from := cs.next
		cs.mu.Unlock()
		err := cs.client.Follow(ctx, chain.Follow{
			Query: ethereum.FilterQuery{Addresses: []common.Address{cs.dep.Ledger, cs.dep.Disputes}},
			From:  from,
			Progress: func(next uint64) {
				cs.mu.Lock()
				cs.next = next
				cs.mu.Unlock()
			},
		}, cs.handle)
		if err != nil && ctx.Err() == nil {
			cs.log.Warn("chain follower stopped; restarting", "from", from, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
		}
	}
}

// markStart records the chain's block number at start: the follower is
// synced once it has scanned past it.
func (cs *chainState) markStart(ctx context.Context) error {
	b, err := cs.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("node: block number: %w", err)
	}
	cs.mu.Lock()
	cs.syncedAt = b
	cs.mu.Unlock()
	return nil
}

// synced reports whether the follower has scanned past the block the chain
// was at when the node started.
func (cs *chainState) synced() bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.next > cs.syncedAt
}

// handle applies one log. It is idempotent (the follower may deliver a log
// twice after a reorg): every case keys on what the log means.
func (cs *chainState) handle(_ context.Context, l types.Log) error {
	if len(l.Topics) == 0 {
		return nil
	}
	run := cs.dep.RunID
	cs.mu.Lock()
	past := l.BlockNumber <= cs.syncedAt
	cs.mu.Unlock()
	ev := Event{Time: time.Now(), Node: cs.self, Block: l.BlockNumber, Past: past}
	la, da := cs.ledger.GetABI(), cs.disp.GetABI()
	topic := l.Topics[0]
	ofRun := len(l.Topics) > 1 && protocol.Hash(l.Topics[1]) == run
	switch {
	case l.Address == cs.dep.Ledger && topic == la.Events["RunCreated"].ID && ofRun:
		e, err := cs.ledger.UnpackRunCreatedEvent(&l)
		if err != nil {
			return cs.bad("RunCreated", err)
		}
		g := protocol.GenesisUpdate(run, e.GenesisState, e.GenesisCid)
		if g.ID() != e.GenesisId {
			return cs.bad("RunCreated", fmt.Errorf("genesis ID %x does not match its fields", e.GenesisId))
		}
		if g.StateHash != cs.dep.GenesisState {
			cs.log.Warn("run's genesis state on chain differs from the deployment file", "chain", protocol.Hash(e.GenesisState).Short(), "file", cs.dep.GenesisState.Short())
		}
		cs.put(&updateRec{ID: g.ID(), Update: g, Block: l.BlockNumber, Status: bindings.StatusFinal}, true)
	case l.Address == cs.dep.Ledger && topic == la.Events["UpdateCommitted"].ID && ofRun:
		e, err := cs.ledger.UnpackUpdateCommittedEvent(&l)
		if err != nil {
			return cs.bad("UpdateCommitted", err)
		}
		u := protocol.Update{RunID: run, Parent: e.Parent, StateHash: e.StateHash, TraceRoot: e.TraceRoot, CID: e.Cid, Worker: e.Worker}
		if u.ID() != e.UpdateId {
			return cs.bad("UpdateCommitted", fmt.Errorf("update ID %x does not match its fields", e.UpdateId))
		}
		cs.put(&updateRec{ID: u.ID(), Update: u, Block: l.BlockNumber, Status: bindings.StatusPending}, true)
		ev.Kind, ev.Update, ev.Parent, ev.Actor, ev.Local = EventUpdateCommitted, u.ID(), u.Parent, u.Worker, u.Worker == cs.self
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["UpdateFinalized"].ID && ofRun:
		e, err := cs.ledger.UnpackUpdateFinalizedEvent(&l)
		if err != nil {
			return cs.bad("UpdateFinalized", err)
		}
		cs.setStatus(e.UpdateId, bindings.StatusFinal)
		if e.Worker == cs.self {
			select {
			case cs.finalized <- e.UpdateId:
			default:
			}
		}
		ev.Kind, ev.Update, ev.Actor, ev.Amount, ev.Local = EventUpdateFinalized, e.UpdateId, e.Worker, e.Reward, e.Worker == cs.self
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["UpdateReverted"].ID && ofRun:
		e, err := cs.ledger.UnpackUpdateRevertedEvent(&l)
		if err != nil {
			return cs.bad("UpdateReverted", err)
		}
		cs.setStatus(e.UpdateId, bindings.StatusReverted)
		ev.Kind, ev.Update = EventUpdateReverted, e.UpdateId
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["HeadReset"].ID && ofRun:
		e, err := cs.ledger.UnpackHeadResetEvent(&l)
		if err != nil {
			return cs.bad("HeadReset", err)
		}
		cs.setHead(e.Head)
		ev.Kind, ev.Update = EventHeadReset, e.Head
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["DisputeOpened"].ID && ofRun:
		e, err := cs.ledger.UnpackDisputeOpenedEvent(&l)
		if err != nil {
			return cs.bad("DisputeOpened", err)
		}
		cs.setStatus(e.UpdateId, bindings.StatusDisputed)
		ev.Kind, ev.Update, ev.Actor, ev.Amount = EventChallenge, e.UpdateId, e.Challenger, e.Bond
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["DisputeClosed"].ID && ofRun:
		e, err := cs.ledger.UnpackDisputeClosedEvent(&l)
		if err != nil {
			return cs.bad("DisputeClosed", err)
		}
		if e.Fraud {
			cs.setStatus(e.UpdateId, bindings.StatusReverted)
		} else {
			cs.setStatus(e.UpdateId, bindings.StatusPending)
			cs.setUntil(e.UpdateId, 0) // a fresh window: read it again
		}
		ev.Kind, ev.Update, ev.Fraud, ev.Amount = EventResolved, e.UpdateId, e.Fraud, e.Slashed
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["Slashed"].ID:
		e, err := cs.ledger.UnpackSlashedEvent(&l)
		if err != nil {
			return cs.bad("Slashed", err)
		}
		cs.mu.Lock()
		delete(cs.bond, e.Worker) // its bond may be under the minimum now
		cs.mu.Unlock()
		// Slashed names no run: report it when the worker has updates in ours.
		if !cs.hasWorker(e.Worker) {
			return nil
		}
		ev.Kind, ev.Actor, ev.Amount = EventSlash, e.Worker, new(big.Int).Add(e.FromWorker, e.FromDelegators)
		ev.Local = e.Worker == cs.self
		cs.emit(ev)
	case l.Address == cs.dep.Ledger && topic == la.Events["Claimed"].ID:
		e, err := cs.ledger.UnpackClaimedEvent(&l)
		if err != nil {
			return cs.bad("Claimed", err)
		}
		if e.Account != cs.self {
			return nil
		}
		ev.Kind, ev.Actor, ev.Amount, ev.Local = EventClaim, e.Account, e.Amount, true
		cs.emit(ev)
	case l.Address == cs.dep.Disputes && topic == da.Events["ChallengeRevealed"].ID:
		e, err := cs.disp.UnpackChallengeRevealedEvent(&l)
		if err != nil {
			return cs.bad("ChallengeRevealed", err)
		}
		if protocol.Hash(e.RunId) != run {
			return nil
		}
		cs.mu.Lock()
		cs.disputes[e.DisputeId] = true
		cs.mu.Unlock()
	case l.Address == cs.dep.Disputes && topic == da.Events["Moved"].ID:
		e, err := cs.disp.UnpackMovedEvent(&l)
		if err != nil {
			return cs.bad("Moved", err)
		}
		if !cs.isDispute(e.DisputeId) {
			return nil
		}
		ev.Kind, ev.Dispute, ev.Actor, ev.Index = EventMove, e.DisputeId, e.Mover, e.Index.Uint64()
		cs.emit(ev)
	case l.Address == cs.dep.Disputes && topic == da.Events["Voted"].ID:
		e, err := cs.disp.UnpackVotedEvent(&l)
		if err != nil {
			return cs.bad("Voted", err)
		}
		if !cs.isDispute(e.DisputeId) {
			return nil
		}
		ev.Kind, ev.Dispute, ev.Actor, ev.ForWorker, ev.Amount = EventVote, e.DisputeId, e.Voter, e.ForWorker, e.Weight
		cs.emit(ev)
	}
	return nil
}

// bad logs an undecodable log and skips it: one malformed log must not stop
// the follower (it would be delivered again forever).
func (cs *chainState) bad(event string, err error) error {
	cs.log.Error("node: chain event undecodable; skipped", "event", event, "err", err)
	return nil
}

func (cs *chainState) put(r *updateRec, head bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if old, ok := cs.updates[r.ID]; ok {
		r.Until = old.Until
		r.Status = max(r.Status, old.Status) // a redelivered commit must not undo a finalization
		if old.Status == bindings.StatusReverted {
			r.Status = old.Status
		}
	}
	cs.updates[r.ID] = r
	if !r.Update.Parent.IsZero() {
		m := cs.children[r.Update.Parent]
		if m == nil {
			m = map[common.Address]bool{}
			cs.children[r.Update.Parent] = m
		}
		m[r.Update.Worker] = true
	}
	if head {
		cs.setHeadLocked(r.ID)
	}
}

func (cs *chainState) setHead(id protocol.Hash) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.setHeadLocked(id)
}

func (cs *chainState) setHeadLocked(id protocol.Hash) {
	if cs.headCand == id {
		return
	}
	cs.headCand = id
	close(cs.headCh)
	cs.headCh = make(chan struct{})
}

func (cs *chainState) setStatus(id protocol.Hash, st uint8) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if r, ok := cs.updates[id]; ok {
		r.Status = st
	}
}

func (cs *chainState) setUntil(id protocol.Hash, until uint64) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if r, ok := cs.updates[id]; ok {
		r.Until = until
	}
}

func (cs *chainState) isDispute(id protocol.Hash) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.disputes[id]
}

func (cs *chainState) hasWorker(a common.Address) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, r := range cs.updates {
		if r.Update.Worker == a {
			return true
		}
	}
	return false
}

// committedOn reports whether worker has committed an update on parent (a
// worker never commits twice on one parent, so its claim there is spent).
func (cs *chainState) committedOn(parent protocol.Hash, worker common.Address) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.children[parent][worker]
}

// headChanged returns a channel closed when the head candidate changes.
func (cs *chainState) headChanged() <-chan struct{} {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.headCh
}

// headCandidate is the head as the events say, unconfirmed.
func (cs *chainState) headCandidate() protocol.Hash {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.headCand
}

// Head returns the run's current head: the update named by the latest head
// event, confirmed with the ledger's isHead. errUnsure means the follower
// has not caught up (the event is not seen yet, or a newer one is on chain).
func (cs *chainState) Head(ctx context.Context) (*updateRec, error) {
	if !cs.synced() {
		return nil, errUnsure
	}
	cs.mu.Lock()
	id := cs.headCand
	r := cs.updates[id]
	cs.mu.Unlock()
	if r == nil {
		return nil, errUnsure
	}
	ok, err := cs.isHead(ctx, id)
	if err != nil {
		return nil, err
	}
	if ok {
		rc := *r
		return &rc, nil
	}
	// The latest event does not name the head: either a newer event is not
	// seen yet (wait), or a log was redelivered out of order after a reorg.
	// Look for the head among the most recent known updates.
	for _, c := range cs.recent(headSearch) {
		if c.ID == id {
			continue
		}
		ok, err := cs.isHead(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		if ok {
			cs.setHead(c.ID)
			return &c, nil
		}
	}
	return nil, errUnsure
}

// headSearch bounds how many recent updates Head checks with isHead when the
// latest head event does not name the head.
const headSearch = 16

// recent returns up to n known updates that are not reverted, newest first.
func (cs *chainState) recent(n int) []updateRec {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	var out []updateRec
	for _, r := range cs.updates {
		if r.Status != bindings.StatusReverted {
			out = append(out, *r)
		}
	}
	slices.SortFunc(out, func(a, b updateRec) int { return int(b.Block) - int(a.Block) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func (cs *chainState) isHead(ctx context.Context, id protocol.Hash) (bool, error) {
	out, err := cs.call(ctx, cs.ledger.PackIsHead(cs.dep.RunID, id))
	if err != nil {
		return false, fmt.Errorf("node: isHead %s: %w", id.Short(), err)
	}
	return cs.ledger.UnpackIsHead(out)
}

// get returns what the node knows about an update.
func (cs *chainState) get(id protocol.Hash) (*updateRec, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	r, ok := cs.updates[id]
	if !ok {
		return nil, false
	}
	rc := *r
	return &rc, true
}

// pending returns the updates the node believes pending, oldest first.
func (cs *chainState) pending() []updateRec {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	var out []updateRec
	for _, r := range cs.updates {
		if r.Status == bindings.StatusPending {
			out = append(out, *r)
		}
	}
	slices.SortFunc(out, func(a, b updateRec) int { return int(a.Block) - int(b.Block) })
	return out
}

// updateInfo reads an update's record from the ledger.
func (cs *chainState) updateInfo(ctx context.Context, id protocol.Hash) (bindings.LedgerUpdateInfo, error) {
	out, err := cs.call(ctx, cs.ledger.PackUpdateInfo(id))
	if err != nil {
		return bindings.LedgerUpdateInfo{}, fmt.Errorf("node: updateInfo %s: %w", id.Short(), err)
	}
	return cs.ledger.UnpackUpdateInfo(out)
}

func (cs *chainState) call(ctx context.Context, data []byte) ([]byte, error) {
	return cs.callTo(ctx, cs.dep.Ledger, data)
}

func (cs *chainState) callTo(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return cs.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// runMinStake is the run's minimum worker bond (immutable, cached).
func (cs *chainState) runMinStake(ctx context.Context) (*big.Int, error) {
	cs.mu.Lock()
	m := cs.minStake
	cs.mu.Unlock()
	if m != nil {
		return m, nil
	}
	out, err := cs.call(ctx, cs.ledger.PackRunInfo(cs.dep.RunID))
	if err != nil {
		return nil, fmt.Errorf("node: runInfo: %w", err)
	}
	info, err := cs.ledger.UnpackRunInfo(out)
	if err != nil {
		return nil, fmt.Errorf("node: runInfo: %w", err)
	}
	if info.Config.MinStake == nil || info.Config.MinStake.Sign() == 0 {
		return nil, fmt.Errorf("node: run %s does not exist on ledger %s", cs.dep.RunID.Short(), cs.dep.Ledger)
	}
	cs.mu.Lock()
	cs.minStake = info.Config.MinStake
	cs.mu.Unlock()
	return info.Config.MinStake, nil
}

// Staked implements p2p.StakeChecker. An author may publish in the run when
// it is a worker with at least the run's minimum self-bond, or holds token
// voting power (validators and challengers). It never answers false: an
// author this node cannot vouch for gets an error, so gossip Ignores the
// message instead of penalizing the peers that relayed it (their chain view
// may be a few blocks ahead of ours).
func (cs *chainState) Staked(ctx context.Context, runID protocol.Hash, author common.Address) (bool, error) {
	if runID != cs.dep.RunID {
		return false, fmt.Errorf("node: stake check: run %s is not the run this node serves", runID.Short())
	}
	cs.mu.Lock()
	e, ok := cs.stake[author]
	cs.mu.Unlock()
	if ok && e.ok && time.Now().Before(e.until) {
		return true, nil
	}
	staked, err := cs.bondMeetsMin(ctx, author)
	if err != nil {
		return false, err
	}
	if !staked {
		out, err := cs.callTo(ctx, cs.dep.Token, cs.token.PackGetVotes(author))
		if err != nil {
			return false, fmt.Errorf("node: stake check %s: votes: %w", author, err)
		}
		v, err := cs.token.UnpackGetVotes(out)
		if err != nil {
			return false, fmt.Errorf("node: stake check %s: votes: %w", author, err)
		}
		staked = v.Sign() > 0
	}
	if !staked {
		return false, fmt.Errorf("node: stake check: %s has no bond in run %s and no voting power as far as this node sees", author, cs.dep.RunID.Short())
	}
	cs.mu.Lock()
	cs.stake[author] = stakeEntry{ok: true, until: time.Now().Add(stakeTTL)}
	cs.mu.Unlock()
	return true, nil
}

// canCommit reports whether worker's self stake meets the run's minimum, so
// that a commit of its would not be refused for InsufficientStake. Answers
// are cached for stakeTTL and dropped when the worker is slashed. When the
// chain cannot be asked it answers true: a claim is then honoured, as it was
// before the check (a missed slash costs a backoff, not safety).
func (cs *chainState) canCommit(ctx context.Context, worker common.Address) bool {
	cs.mu.Lock()
	e, ok := cs.bond[worker]
	cs.mu.Unlock()
	if ok && time.Now().Before(e.until) {
		return e.ok
	}
	ok, err := cs.bondMeetsMin(ctx, worker)
	if err != nil {
		return true
	}
	e = stakeEntry{ok: ok, until: time.Now().Add(stakeTTL)}
	cs.mu.Lock()
	cs.bond[worker] = e
	cs.mu.Unlock()
	return e.ok
}

// bondMeetsMin asks the ledger whether worker's self stake is at least the
// run's minimum (no cache).
func (cs *chainState) bondMeetsMin(ctx context.Context, worker common.Address) (bool, error) {
	need, err := cs.runMinStake(ctx)
	if err != nil {
		return false, err
	}
	out, err := cs.call(ctx, cs.ledger.PackWorkerInfo(worker))
	if err != nil {
		return false, fmt.Errorf("node: stake check %s: %w", worker, err)
	}
	w, err := cs.ledger.UnpackWorkerInfo(out)
	if err != nil {
		return false, fmt.Errorf("node: stake check %s: %w", worker, err)
	}
	return w.SelfStake != nil && w.SelfStake.Cmp(need) >= 0, nil
}

// isLive asks the ledger whether update id is on the run's live chain: not
// reverted, and no revert since its commit hit an ancestor of it. A pending
// update that is not live was abandoned with its branch and can never
// finalize.
func (cs *chainState) isLive(ctx context.Context, id protocol.Hash) (bool, error) {
	out, err := cs.call(ctx, cs.ledger.PackIsLive(cs.dep.RunID, id))
	if err != nil {
		return false, fmt.Errorf("node: isLive %s: %w", id.Short(), err)
	}
	return cs.ledger.UnpackIsLive(out)
}
