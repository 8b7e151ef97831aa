package p2p

import (
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// GossipStats counts what the gossip router did since start.
type GossipStats struct {
	Delivered  uint64 // messages accepted and delivered locally
	Rejected   uint64 // messages our validator (or signature check) rejected
	Ignored    uint64 // messages ignored (duplicates by content, rate limit, time window, stake errors)
	DroppedRPC uint64 // outbound RPCs dropped because a peer's queue was full
}

// meshTracer is a pubsub RawTracer that keeps the mesh membership per topic
// (so a node can tell it is connected into a topic's mesh) and counters.
type meshTracer struct {
	mu    sync.Mutex
	mesh  map[string]map[peer.ID]struct{}
	stats GossipStats
}

var _ pubsub.RawTracer = (*meshTracer)(nil)

func newMeshTracer() *meshTracer { return &meshTracer{mesh: map[string]map[peer.ID]struct{}{}} }

func (m *meshTracer) meshSize(topic string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.mesh[topic])
}

func (m *meshTracer) snapshot() GossipStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stats
}

func (m *meshTracer) Graft(p peer.ID, topic string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.mesh[topic] == nil {
		m.mesh[topic] = map[peer.ID]struct{}{}
	}
	m.mesh[topic][p] = struct{}{}
}

func (m *meshTracer) Prune(p peer.ID, topic string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.mesh[topic], p)
}

func (m *meshTracer) RemovePeer(p peer.ID) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, ps := range m.mesh {
		delete(ps, p)
	}
}

func (m *meshTracer) Leave(topic string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.mesh, topic)
}

func (m *meshTracer) DeliverMessage(*pubsub.Message) {
	m.mu.Lock()
	m.stats.Delivered++
	m.mu.Unlock()
}

func (m *meshTracer) RejectMessage(_ *pubsub.Message, reason string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	switch reason {
	case pubsub.RejectValidationIgnored:
		m.stats.Ignored++
	case pubsub.RejectValidationFailed, pubsub.RejectInvalidSignature, pubsub.RejectMissingSignature, pubsub.RejectUnexpectedSignature, pubsub.RejectUnexpectedAuthInfo, pubsub.RejectSelfOrigin:
		m.stats.Rejected++
	}
}

func (m *meshTracer) DropRPC(*pubsub.RPC, peer.ID) {
	m.mu.Lock()
	m.stats.DroppedRPC++
	m.mu.Unlock()
}

func (*meshTracer) AddPeer(peer.ID, protocol.ID)                         {}
func (*meshTracer) OnNewOutboundStream(peer.ID, protocol.ID)             {}
func (*meshTracer) OnClosedOutboundStream(peer.ID)                       {}
func (*meshTracer) Join(string)                                          {}
func (*meshTracer) ValidateMessage(*pubsub.Message)                      {}
func (*meshTracer) DuplicateMessage(*pubsub.Message)                     {}
func (*meshTracer) ThrottlePeer(peer.ID)                                 {}
func (*meshTracer) RecvRPC(*pubsub.RPC)                                  {}
func (*meshTracer) SendRPC(*pubsub.RPC, peer.ID)                         {}
func (*meshTracer) SendRPCCompleted(*pubsub.RPC, peer.ID, time.Duration) {}
func (*meshTracer) UndeliverableMessage(*pubsub.Message)                 {}
