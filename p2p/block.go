package p2p

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// blocklist is the host's connection gater: it refuses every connection to
// and from a peer blocked until a time in the future. Everything else passes.
type blocklist struct {
	mu    sync.Mutex
	until map[peer.ID]time.Time
	now   func() time.Time
}

func newBlocklist() *blocklist {
	return &blocklist{until: map[peer.ID]time.Time{}, now: time.Now}
}

func (b *blocklist) block(p peer.ID, until time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if until.After(b.until[p]) {
		b.until[p] = until
	}
}

func (b *blocklist) blocked(p peer.ID) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	u, ok := b.until[p]
	if !ok {
		return false
	}
	if !b.now().Before(u) {
		delete(b.until, p)
		return false
	}
	return true
}

// The connmgr.ConnectionGater methods.

func (b *blocklist) InterceptPeerDial(p peer.ID) bool                 { return !b.blocked(p) }
func (b *blocklist) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool { return !b.blocked(p) }
func (b *blocklist) InterceptAccept(network.ConnMultiaddrs) bool      { return true }
func (b *blocklist) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return !b.blocked(p)
}
func (b *blocklist) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) {
	return true, 0
}

// Block cuts every connection to peer p and refuses new ones, in either
// direction, for d. Blocking again extends, never shortens, the ban. The
// node blocks a peer that served a corrupted checkpoint block; gossip has
// its own peer scoring. why is logged.
func (h *Host) Block(p peer.ID, d time.Duration, why string) {
	if p == h.host.ID() || d <= 0 {
		return
	}
	h.gater.block(p, h.gater.now().Add(d))
	h.log.Warn("p2p: peer blocked", "peer", p, "for", d, "why", why)
	_ = h.host.Network().ClosePeer(p)
}

// Blocked reports whether p is blocked now.
func (h *Host) Blocked(p peer.ID) bool { return h.gater.blocked(p) }
