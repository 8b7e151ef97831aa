package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	bsmsg "github.com/ipfs/boxo/bitswap/message"
	pb "github.com/ipfs/boxo/bitswap/message/pb"
	bsnetwork "github.com/ipfs/boxo/bitswap/network"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Fetch's own want scheduler. A boxo session sends its want-blocks to the
// peer that answered first and keeps preferring it, so with several seeders
// one serves everything. Fetch instead speaks bitswap to the peers itself,
// through boxo's network layer: it sends WANT_BLOCK (with send-DONT_HAVE)
// for the blocks of a DAG level, a window of them per peer, each block to
// the least loaded peer not known to lack it, in file order; a block a peer
// lacks (DONT_HAVE), a peer that goes silent for StallTimeout or disconnects
// has its wants moved to other peers; once a block arrives every other peer
// asked for it gets a CANCEL. Blocks are checked against their CID as bitswap
// decodes them (a corrupted block arrives under a CID nobody asked for, and
// the guard disconnects and reports its sender). The bitswap server is
// untouched: peers, Kubo included, see ordinary bitswap wants.

// tapNet is boxo's bitswap network with the store's tap added as one more
// receiver of every message and connection event.
type tapNet struct {
	bsnetwork.BitSwapNetwork
	tap *tap
}

func (n *tapNet) Start(r ...bsnetwork.Receiver) {
	n.BitSwapNetwork.Start(append(r, n.tap)...)
}

// tap routes received blocks and presences to the running want schedulers
// and keeps one want stream per peer.
type tap struct {
	net bsnetwork.BitSwapNetwork // set once bitswap started

	mu      sync.Mutex
	runs    map[*wantRun]struct{}
	peers   map[peer.ID]struct{} // connected bitswap peers
	senders map[peer.ID]*peerSender
	recv    map[peer.ID]uint64 // block bytes accepted from each peer
	dup     uint64             // block bytes that arrived after another copy
}

type peerSender struct {
	mu sync.Mutex
	ms bsnetwork.MessageSender
}

func newTap() *tap {
	return &tap{runs: map[*wantRun]struct{}{}, peers: map[peer.ID]struct{}{}, senders: map[peer.ID]*peerSender{}, recv: map[peer.ID]uint64{}}
}

// tapEvent is what a run's loop receives: blocks and DONT_HAVEs of its keys
// from a peer, or a peer (dis)connecting.
type tapEvent struct {
	from      peer.ID
	blks      []blocks.Block
	dontHaves []cid.Cid
	conn      int // +1 connected, -1 disconnected, sendFailed
	q         chan bsmsg.BitSwapMessage
}

// sendFailed is the conn of a tapEvent that says a run's sender to the peer
// failed (q is its queue).
const sendFailed = -2

func (t *tap) ReceiveMessage(ctx context.Context, p peer.ID, msg bsmsg.BitSwapMessage) {
	blks, dh := msg.Blocks(), msg.DontHaves()
	if len(blks) == 0 && len(dh) == 0 {
		return
	}
	for _, r := range t.snapshot() {
		ev := tapEvent{from: p}
		for _, b := range blks {
			if _, ok := r.keys[b.Cid()]; ok {
				ev.blks = append(ev.blks, b)
			}
		}
		for _, c := range dh {
			if _, ok := r.keys[c]; ok {
				ev.dontHaves = append(ev.dontHaves, c)
			}
		}
		if len(ev.blks) > 0 || len(ev.dontHaves) > 0 {
			r.post(ev)
		}
	}
}

func (t *tap) ReceiveError(error) {}

func (t *tap) PeerConnected(p peer.ID) {
	t.mu.Lock()
	t.peers[p] = struct{}{}
	t.mu.Unlock()
	for _, r := range t.snapshot() {
		r.post(tapEvent{from: p, conn: 1})
	}
}

func (t *tap) PeerDisconnected(p peer.ID) {
	t.mu.Lock()
	delete(t.peers, p)
	ps := t.senders[p]
	delete(t.senders, p)
	t.mu.Unlock()
	if ps != nil {
		go func() {
			ps.mu.Lock()
			defer ps.mu.Unlock()
			if ps.ms != nil {
				ps.ms.Reset()
				ps.ms = nil
			}
		}()
	}
	for _, r := range t.snapshot() {
		r.post(tapEvent{from: p, conn: -1})
	}
}

// close resets the want streams (Store.Close; the host may live on).
func (t *tap) close() {
	t.mu.Lock()
	senders := t.senders
	t.senders = map[peer.ID]*peerSender{}
	t.mu.Unlock()
	for _, ps := range senders {
		ps.mu.Lock()
		if ps.ms != nil {
			ps.ms.Reset()
			ps.ms = nil
		}
		ps.mu.Unlock()
	}
}

func (t *tap) snapshot() []*wantRun {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]*wantRun, 0, len(t.runs))
	for r := range t.runs {
		out = append(out, r)
	}
	return out
}

func (t *tap) connected() []peer.ID {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]peer.ID, 0, len(t.peers))
	for p := range t.peers {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

func (t *tap) account(p peer.ID, n int, dup bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if dup {
		t.dup += uint64(n)
	} else {
		t.recv[p] += uint64(n)
	}
}

// send sends msg to p on the store's want stream to p (one per peer, so
// that wants and cancels arrive in order).
func (t *tap) send(ctx context.Context, p peer.ID, msg bsmsg.BitSwapMessage) error {
	t.mu.Lock()
	if _, ok := t.peers[p]; !ok {
		t.mu.Unlock()
		return errNotConnected // do not dial a peer that left
	}
	ps := t.senders[p]
	if ps == nil {
		ps = &peerSender{}
		t.senders[p] = ps
	}
	t.mu.Unlock()
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.ms == nil {
		ms, err := t.net.NewMessageSender(ctx, p, &bsnetwork.MessageSenderOpts{MaxRetries: 1, SendTimeout: 10 * time.Second})
		if err != nil {
			return err
		}
		ps.ms = ms
	}
	if err := ps.ms.SendMsg(ctx, msg); err != nil {
		ps.ms.Reset()
		ps.ms = nil
		return err
	}
	return nil
}

var errNotConnected = errors.New("peer is not connected")

// wantRun fetches one set of keys (a DAG level's missing blocks).
type wantRun struct {
	keys map[cid.Cid]struct{} // read-only once registered
	ch   chan tapEvent
	done chan struct{}
}

func (r *wantRun) post(ev tapEvent) {
	select {
	case r.ch <- ev:
	case <-r.done:
	}
}

// wantState is one key's state in a run.
type wantState struct {
	idx    int              // order in the file
	asked  map[peer.ID]bool // peers whose server holds our want (true: outstanding, false: said DONT_HAVE)
	queued bool             // in the pending queue
	lackAt time.Time        // when every peer lacked it
	saidNo map[peer.ID]bool // peers that answered DONT_HAVE in this run (kept when asked again)
}

// peerState is one peer's state in a run.
type peerState struct {
	window   int       // want-blocks it may have outstanding (see slowPeer)
	inflight int       // want-blocks outstanding, not answered with DONT_HAVE
	last     time.Time // last block or DONT_HAVE, or when wants were sent to an idle peer
}

// maxAssignMisses bounds how far one assign pass looks past keys no free
// peer can take (all asked, or the peers not yet asked are full), so that a
// level of many thousand leaves costs no quadratic time when most peers lack
// most of them.
const maxAssignMisses = 1024

// fetchWanted gets keys (in file order) from peers with the store's want
// scheduler, calling handle for each block as it arrives. It returns once
// every key is handled (handle removes keys from missing), or with an error
// when ctx ends first.
func (f *fetcher) fetchWanted(ctx context.Context, keys []cid.Cid, missing map[cid.Cid][]item, handle func(blocks.Block, bool) error) error {
	s := f.s
	t := s.tap
	window := s.cfg.Tuning.WantsPerPeer
	stallAfter := s.cfg.Tuning.StallTimeout

	run := &wantRun{keys: make(map[cid.Cid]struct{}, len(keys)), ch: make(chan tapEvent, 64), done: make(chan struct{})}
	wants := make(map[cid.Cid]*wantState, len(keys))
	for i, k := range keys {
		run.keys[k] = struct{}{}
		wants[k] = &wantState{idx: i, asked: map[peer.ID]bool{}, queued: true, saidNo: map[peer.ID]bool{}}
	}
	pending := slices.Clone(keys) // in file order; re-queued keys are merged back in order
	t.mu.Lock()
	t.runs[run] = struct{}{}
	t.mu.Unlock()

	peers := map[peer.ID]*peerState{}
	failed := map[peer.ID]time.Time{} // peers a send to failed, and when
	// unservedSince: since when some key has had a DONT_HAVE from every
	// peer of the run, with no peer added (see GiveUpUnserved).
	var unservedSince time.Time
	addPeer := func(p peer.ID) {
		if _, ok := peers[p]; ok || s.guard.isBad(p) || p == s.cfg.Host.ID() {
			return
		}
		if t, ok := failed[p]; ok && time.Since(t) < stallAfter {
			return
		}
		peers[p] = &peerState{window: window, last: time.Now()}
		unservedSince = time.Time{}
	}
	// unserved returns a key every peer of the run has said DONT_HAVE for,
	// or cid.Undef (also when there is no peer: that is the caller's to
	// judge, as no one was asked).
	unserved := func() cid.Cid {
		if len(peers) == 0 {
			return cid.Undef
		}
	keys:
		for k, w := range wants {
			if len(w.saidNo) < len(peers) {
				continue
			}
			for p := range peers {
				if !w.saidNo[p] {
					continue keys
				}
			}
			return k
		}
		return cid.Undef
	}
	for _, p := range t.connected() {
		addPeer(p)
	}

	wantMsgs := map[peer.ID]bsmsg.BitSwapMessage{}
	msgFor := func(p peer.ID) bsmsg.BitSwapMessage {
		m := wantMsgs[p]
		if m == nil {
			m = bsmsg.New(false)
			wantMsgs[p] = m
		}
		return m
	}
	requeue := func(k cid.Cid, w *wantState) {
		if w.queued {
			return
		}
		w.queued = true
		i, _ := slices.BinarySearchFunc(pending, w.idx, func(c cid.Cid, idx int) int { return wants[c].idx - idx })
		pending = slices.Insert(pending, i, k)
	}
	// dropPeer moves the wants of p, which is gone, to other peers.
	dropPeer := func(p peer.ID) {
		for k, w := range wants {
			if _, ok := w.asked[p]; ok {
				delete(w.asked, p)
				requeue(k, w)
			}
		}
		if ps := peers[p]; ps != nil {
			ps.inflight = 0
		}
	}
	// slowPeer: p has sent nothing for StallTimeout. Its wants but the first
	// in file order are cancelled there (and count as lacking until asked
	// again) and go to other peers; the first stays asked at p and is queued
	// for the others too (whoever sends it first). p's window drops to one
	// want and doubles with each block p sends: a slow link keeps a block in
	// flight, a silent peer holds up one.
	slowPeer := func(p peer.ID, ps *peerState) {
		first, firstIdx := cid.Undef, -1
		for k, w := range wants {
			if w.asked[p] && (firstIdx < 0 || w.idx < firstIdx) {
				first, firstIdx = k, w.idx
			}
		}
		for k, w := range wants {
			if !w.asked[p] {
				continue
			}
			if k != first {
				msgFor(p).Cancel(k)
				w.asked[p] = false
				ps.inflight--
			}
			requeue(k, w)
		}
		if ps.window > 1 {
			s.log.Info("fetch: peer sent nothing for a while; asking others", "cid", f.root, "peer", p, "wants", ps.inflight, "after", stallAfter)
		}
		ps.window = 1
		ps.last = time.Now()
	}
	// assign hands queued keys, in file order, to peers with room in their
	// window: each key to the least loaded peer not yet asked for it.
	assign := func() {
		if len(peers) == 0 || len(pending) == 0 {
			return
		}
		ids := make([]peer.ID, 0, len(peers))
		free := 0
		for p, ps := range peers {
			ids = append(ids, p)
			if ps.inflight < ps.window {
				free++
			}
		}
		slices.Sort(ids)
		now := time.Now()
		kept := pending[:0]
		misses := 0 // keys passed over since the last one assigned
		for i := 0; i < len(pending); i++ {
			k := pending[i]
			if free == 0 || misses > maxAssignMisses {
				kept = append(kept, pending[i:]...)
				break
			}
			w := wants[k]
			var best peer.ID
			bestLoad, candidates := window, 0
			for _, p := range ids {
				if _, asked := w.asked[p]; asked {
					continue
				}
				candidates++
				if ps := peers[p]; ps.inflight < ps.window && ps.inflight < bestLoad {
					best, bestLoad = p, ps.inflight
				}
			}
			if best == "" {
				if candidates == 0 && w.lackAt.IsZero() {
					w.lackAt = now // every peer was asked; none delivered
				}
				kept = append(kept, k)
				misses++
				continue
			}
			misses = 0
			ps := peers[best]
			if ps.inflight == 0 {
				ps.last = now
			}
			ps.inflight++
			if ps.inflight == ps.window {
				free--
			}
			w.asked[best] = true
			w.queued = false
			w.lackAt = time.Time{}
			msgFor(best).AddEntry(k, int32(len(keys)-w.idx), pb.Message_Wantlist_Block, true)
		}
		pending = kept
	}
	// Each peer's messages of this run go out in order from a goroutine of
	// its own, so that a peer that stops reading holds up only its wants.
	outq := map[peer.ID]chan bsmsg.BitSwapMessage{}
	startSender := func(p peer.ID) chan bsmsg.BitSwapMessage {
		q := make(chan bsmsg.BitSwapMessage, 64)
		go func() {
			for m := range q {
				sctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
				err := t.send(sctx, p, m)
				cancel()
				if err != nil {
					s.log.Debug("send wants", "peer", p, "err", err)
					select {
					case run.ch <- tapEvent{from: p, conn: sendFailed, q: q}:
					case <-run.done:
					}
					for range q { // drop the rest until the run closes q
					}
					return
				}
			}
		}()
		return q
	}
	// fail stops asking p in this run for StallTimeout (its wants go to
	// other peers).
	fail := func(p peer.ID) {
		if q := outq[p]; q != nil {
			close(q)
			delete(outq, p)
		}
		failed[p] = time.Now()
		if _, ok := peers[p]; ok {
			dropPeer(p)
			delete(peers, p)
		}
	}
	flush := func() {
		for p, m := range wantMsgs {
			delete(wantMsgs, p)
			q := outq[p]
			if q == nil {
				q = startSender(p)
				outq[p] = q
			}
			select {
			case q <- m:
			default: // 64 messages queued: it does not read them
				fail(p)
			}
		}
	}
	defer func() {
		t.mu.Lock()
		delete(t.runs, run)
		t.mu.Unlock()
		close(run.done)
		// Cancel what is still asked for: outstanding wants and the ones
		// servers keep after a DONT_HAVE.
		clear(wantMsgs)
		for k, w := range wants {
			for p := range w.asked {
				msgFor(p).Cancel(k)
			}
		}
		flush()
		for _, q := range outq {
			close(q) // the senders send what is queued, then end
		}
	}()

	onBlock := func(from peer.ID, blk blocks.Block) error {
		w, ok := wants[blk.Cid()]
		if !ok {
			t.account(from, len(blk.RawData()), true)
			return nil // a duplicate: handled already
		}
		delete(wants, blk.Cid())
		if ps := peers[from]; ps != nil {
			ps.last = time.Now()
			ps.window = min(window, 2*ps.window)
		}
		for p, out := range w.asked {
			if out {
				if ps := peers[p]; ps != nil {
					ps.inflight--
				}
			}
			if p != from {
				msgFor(p).Cancel(blk.Cid())
			}
		}
		if w.queued {
			pending = slices.DeleteFunc(pending, func(c cid.Cid) bool { return c == blk.Cid() })
		}
		t.account(from, len(blk.RawData()), false)
		return handle(blk, true)
	}
	onEvent := func(ev tapEvent) error {
		switch ev.conn {
		case 1:
			delete(failed, ev.from)
			addPeer(ev.from)
			return nil
		case -1:
			dropPeer(ev.from)
			delete(peers, ev.from)
			return nil
		case sendFailed:
			if outq[ev.from] == ev.q {
				fail(ev.from)
			}
			return nil
		}
		for _, b := range ev.blks {
			if err := onBlock(ev.from, b); err != nil {
				return err
			}
		}
		for _, c := range ev.dontHaves {
			w, ok := wants[c]
			if !ok {
				continue
			}
			w.saidNo[ev.from] = true
			if out := w.asked[ev.from]; out {
				w.asked[ev.from] = false // its server keeps the want and sends the block if it gets it
				if ps := peers[ev.from]; ps != nil {
					ps.inflight--
					ps.last = time.Now()
				}
				requeue(c, w)
			}
		}
		return nil
	}

	tick := time.NewTicker(min(stallAfter/4, 250*time.Millisecond))
	defer tick.Stop()
	assign()
	flush()
	for len(missing) > 0 {
		select {
		case ev := <-run.ch:
			if err := onEvent(ev); err != nil {
				return err
			}
			// Take what else has arrived before sending new wants.
			for drained := false; !drained && len(missing) > 0; {
				select {
				case ev := <-run.ch:
					if err := onEvent(ev); err != nil {
						return err
					}
				default:
					drained = true
				}
			}
		case <-tick.C:
			now := time.Now()
			for p, ps := range peers {
				if s.guard.isBad(p) { // the guard disconnects it
					dropPeer(p)
					delete(peers, p)
					continue
				}
				if ps.inflight > 0 && now.Sub(ps.last) > stallAfter {
					slowPeer(p, ps)
				}
			}
			// Keys every peer lacked a while ago: ask again (a peer
			// still fetching may have it now).
			for _, w := range wants {
				if w.queued && !w.lackAt.IsZero() && now.Sub(w.lackAt) > stallAfter {
					for p, out := range w.asked {
						if !out {
							delete(w.asked, p)
						}
					}
					w.lackAt = time.Time{}
				}
			}
			for _, p := range t.connected() {
				addPeer(p)
			}
			if f.opts.giveUp > 0 {
				switch k := unserved(); {
				case !k.Defined():
					unservedSince = time.Time{}
				case unservedSince.IsZero():
					unservedSince = now
				case now.Sub(unservedSince) >= f.opts.giveUp:
					return &UnservedError{Root: f.root, Block: k, Peers: len(peers), Waited: f.opts.giveUp, Arrived: f.describe()}
				}
			}
		case <-ctx.Done():
			return fmt.Errorf("%w: %s when it stopped (%w); no connected peer served the rest: check that a peer holding the checkpoint is online and reachable, or allow more time",
				ErrIncomplete, f.describe(), ctx.Err())
		}
		if len(missing) == 0 {
			break
		}
		assign()
		flush()
	}
	return nil
}
