package store

import (
	"context"
	"sync"
	"time"

	bsmsg "github.com/ipfs/boxo/bitswap/message"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
)

// How long a peer that sent a corrupted block stays shunned.
const badPeerTTL = 10 * time.Minute

// guard spots peers that send corrupted blocks. Bitswap recomputes a
// received block's CID from its bytes, so a block altered by its sender
// arrives under a CID nobody asked for and is dropped, but the session goes
// on asking that peer until its DONT_HAVE timeout, again and again. A block
// that no running fetch wants and that the store does not hold can only be
// such a block (servers send only what was asked for; late duplicates are
// in the store already), so its sender is disconnected and reported.
type guard struct {
	s *Store

	mu     sync.Mutex
	wanted map[cid.Cid]int       // CIDs running fetches ask peers for
	recent map[cid.Cid]time.Time // CIDs fetches stopped asking for, and when
	bad    map[peer.ID]time.Time
}

// A block that arrives this long after its fetch ended (a slow peer, a
// failed fetch) is late, not corrupted.
const lateGrace = 2 * time.Minute

func newGuard(s *Store) *guard {
	return &guard{s: s, wanted: map[cid.Cid]int{}, recent: map[cid.Cid]time.Time{}, bad: map[peer.ID]time.Time{}}
}

func (g *guard) want(keys []cid.Cid) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, k := range keys {
		g.wanted[k]++
	}
}

func (g *guard) unwant(keys []cid.Cid) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := time.Now()
	for k, t := range g.recent {
		if now.Sub(t) > lateGrace {
			delete(g.recent, k)
		}
	}
	for _, k := range keys {
		if g.wanted[k] <= 1 {
			delete(g.wanted, k)
			g.recent[k] = now
		} else {
			g.wanted[k]--
		}
	}
}

// isBad reports whether p sent a corrupted block in the last badPeerTTL.
func (g *guard) isBad(p peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	t, ok := g.bad[p]
	if ok && time.Since(t) > badPeerTTL {
		delete(g.bad, p)
		return false
	}
	return ok
}

// MessageReceived implements boxo's bitswap tracer.
func (g *guard) MessageReceived(p peer.ID, msg bsmsg.BitSwapMessage) {
	blks := msg.Blocks()
	if len(blks) == 0 {
		return
	}
	var stray []cid.Cid
	g.mu.Lock()
	for _, b := range blks {
		if _, ok := g.wanted[b.Cid()]; ok {
			continue
		}
		if t, ok := g.recent[b.Cid()]; ok && time.Since(t) <= lateGrace {
			continue
		}
		stray = append(stray, b.Cid())
	}
	g.mu.Unlock()
	for _, c := range stray {
		if has, err := g.s.bstore.Has(context.Background(), c); err != nil || has {
			continue
		}
		g.mu.Lock()
		_, already := g.bad[p]
		g.bad[p] = time.Now()
		g.mu.Unlock()
		if !already {
			g.s.log.Warn("peer sent a block nobody asked for (corrupted?); disconnecting it", "peer", p, "cid", c)
			if g.s.cfg.OnBadPeer != nil {
				g.s.cfg.OnBadPeer(p, "sent a corrupted or unrequested bitswap block "+c.String())
			}
		}
		if h := g.s.cfg.Host; h != nil {
			go h.Network().ClosePeer(p)
		}
		return
	}
}

// MessageSent implements boxo's bitswap tracer.
func (g *guard) MessageSent(peer.ID, bsmsg.BitSwapMessage) {}

// BadPeers returns the peers that sent corrupted blocks in the last ten
// minutes.
func (s *Store) BadPeers() []peer.ID {
	s.guard.mu.Lock()
	defer s.guard.mu.Unlock()
	var out []peer.ID
	for p, t := range s.guard.bad {
		if time.Since(t) <= badPeerTTL {
			out = append(out, p)
		}
	}
	return out
}
