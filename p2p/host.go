package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/pnet"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/libp2p/go-libp2p/p2p/transport/websocket"
	ma "github.com/multiformats/go-multiaddr"
)

// relayHopProtocol is circuit relay v2's hop protocol, spoken by relays.
const relayHopProtocol = "/libp2p/circuit/relay/0.2.0/hop"

// MDNSService is the mDNS service name umnode nodes announce on a LAN.
const MDNSService = "umnode"

// Host is a running libp2p node: the host, its DHT (unless off) and the
// discovery services around them.
type Host struct {
	host    host.Host
	dht     *dht.IpfsDHT
	mdns    mdns.Service
	bw      *metrics.BandwidthCounter
	private bool
	gater   *blocklist
	log     *slog.Logger

	closeOnce sync.Once
	closeErr  error
}

// Start validates cfg, loads (or creates) the identity in cfg.DataDir and
// starts listening, then dials the bootstrap peers. It returns once the host
// listens; the DHT fills its routing table in the background.
func Start(ctx context.Context, cfg Config) (*Host, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	key, err := LoadOrCreateIdentity(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	var psk pnet.PSK
	if cfg.SwarmKeyFile != "" {
		if psk, err = LoadSwarmKey(cfg.SwarmKeyFile); err != nil {
			return nil, err
		}
	}
	h := &Host{bw: metrics.NewBandwidthCounter(), private: psk != nil, gater: newBlocklist(), log: cfg.Logger.With("layer", "p2p")}

	opts := []libp2p.Option{
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(cfg.Listen...),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.BandwidthReporter(h.bw),
		libp2p.UserAgent("umnode"),
		libp2p.ConnectionGater(h.gater),
	}
	// SO_REUSEPORT lets TCP dials leave from the listen port, which hole
	// punching needs; without it, it only lets a second node on the same
	// machine silently share (and steal connections from) our port.
	if cfg.HolePunching {
		opts = append(opts, libp2p.Transport(tcp.NewTCPTransport))
	} else {
		opts = append(opts, libp2p.Transport(tcp.NewTCPTransport, tcp.DisableReuseport()))
	}
	if psk != nil {
		opts = append(opts, libp2p.PrivateNetwork(psk), libp2p.Transport(websocket.New))
	} else {
		opts = append(opts, libp2p.Transport(quic.NewTransport), libp2p.Transport(websocket.New))
	}
	if cfg.HolePunching {
		opts = append(opts, libp2p.EnableHolePunching(), libp2p.NATPortMap())
	}
	if cfg.AutoRelay {
		relays, err := parseAddrInfos(cfg.Relays)
		if err != nil {
			return nil, err
		}
		if len(relays) > 0 {
			opts = append(opts, libp2p.EnableAutoRelayWithStaticRelays(relays))
		} else {
			opts = append(opts, libp2p.EnableAutoRelayWithPeerSource(h.connectedPeerSource))
		}
	}
	var kad *dht.IpfsDHT
	if cfg.DHTMode != DHTOff {
		bootstrap, err := parseAddrInfos(cfg.Bootstrap)
		if err != nil {
			return nil, err
		}
		mode := map[string]dht.ModeOpt{DHTAuto: dht.ModeAuto, DHTServer: dht.ModeServer, DHTClient: dht.ModeClient}[cfg.DHTMode]
		opts = append(opts, libp2p.Routing(func(hh host.Host) (routing.PeerRouting, error) {
			var err error
			kad, err = dht.New(hh,
				dht.Mode(mode),
				dht.ProtocolPrefix(protocol.ID(DHTProtocolPrefix)),
				dht.BootstrapPeers(bootstrap...),
			)
			return kad, err
		}))
	}

	// Created last, so that no earlier error leaks their goroutines.
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(resourceLimits(cfg.MaxMemory, cfg.MaxFDs)))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	opts = append(opts, libp2p.ResourceManager(rm), libp2p.ConnectionManager(cm))
	lh, err := libp2p.New(opts...)
	if err != nil {
		cm.Close()
		rm.Close()
		return nil, fmt.Errorf("p2p: start host (listen %v): %w (if an address is in use, stop the other node or change the listen addresses)", cfg.Listen, err)
	}
	h.host, h.dht = lh, kad

	if cfg.MDNS {
		h.mdns = mdns.NewMdnsService(lh, MDNSService, mdnsNotifee{h})
		if err := h.mdns.Start(); err != nil {
			h.Close()
			return nil, fmt.Errorf("p2p: mdns: %w", err)
		}
	}
	h.log.Info("p2p host started", "peer", lh.ID(), "addrs", lh.Addrs(), "private", h.private, "dht", cfg.DHTMode)

	if len(cfg.Bootstrap) > 0 {
		infos, _ := parseAddrInfos(cfg.Bootstrap) // validated above
		if n := h.connectAll(ctx, infos); n == 0 {
			h.log.Warn("p2p: no bootstrap peer reachable; waiting for peers to dial in", "bootstrap", cfg.Bootstrap)
		}
	}
	if kad != nil {
		if err := kad.Bootstrap(ctx); err != nil {
			h.Close()
			return nil, fmt.Errorf("p2p: dht bootstrap: %w", err)
		}
	}
	return h, nil
}

// Host is the libp2p host, for protocols built on it (bitswap).
func (h *Host) Host() host.Host { return h.host }

// DHT is the Kademlia DHT, or nil when DHTMode is off.
func (h *Host) DHT() *dht.IpfsDHT { return h.dht }

// Routing is the DHT as content routing (provide / find providers), or nil
// when DHTMode is off.
func (h *Host) Routing() routing.Routing {
	if h.dht == nil {
		return nil
	}
	return h.dht
}

// ID is the host's peer ID.
func (h *Host) ID() peer.ID { return h.host.ID() }

// Private reports whether the host runs in a private (PSK) swarm.
func (h *Host) Private() bool { return h.private }

// Addrs are the host's listen addresses with its /p2p/ ID appended, ready
// to hand to another node's Bootstrap.
func (h *Host) Addrs() []ma.Multiaddr {
	out, err := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.host.ID(), Addrs: h.host.Addrs()})
	if err != nil {
		return nil
	}
	return out
}

// AddrInfo is the host's ID and listen addresses.
func (h *Host) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: h.host.ID(), Addrs: h.host.Addrs()}
}

// Connect dials a peer.
func (h *Host) Connect(ctx context.Context, ai peer.AddrInfo) error {
	if err := h.host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("p2p: connect %s: %w", ai.ID, err)
	}
	return nil
}

// BandwidthByProtocol reports bytes sent and received per protocol since start.
func (h *Host) BandwidthByProtocol() map[protocol.ID]metrics.Stats {
	return h.bw.GetBandwidthByProtocol()
}

// Close stops discovery, the DHT and the host. It is safe to call twice.
func (h *Host) Close() error {
	h.closeOnce.Do(func() {
		var errs []error
		if h.mdns != nil {
			errs = append(errs, h.mdns.Close())
		}
		if h.dht != nil {
			errs = append(errs, h.dht.Close())
		}
		if h.host != nil {
			errs = append(errs, h.host.Close())
		}
		if err := errors.Join(errs...); err != nil {
			h.closeErr = fmt.Errorf("p2p: close host: %w", err)
		}
	})
	return h.closeErr
}

func (h *Host) connectAll(ctx context.Context, infos []peer.AddrInfo) int {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for _, ai := range infos {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := h.host.Connect(ctx, ai); err != nil {
				h.log.Warn("p2p: bootstrap peer unreachable", "peer", ai.ID, "err", err)
				return
			}
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	return n
}

// connectedPeerSource offers AutoRelay the peers we are connected to; it
// keeps only those that speak the relay protocol.
func (h *Host) connectedPeerSource(ctx context.Context, num int) <-chan peer.AddrInfo {
	out := make(chan peer.AddrInfo, num)
	defer close(out)
	if h.host == nil {
		return out
	}
	for _, p := range h.host.Network().Peers() {
		if len(out) == num {
			break
		}
		if ok, _ := h.host.Peerstore().SupportsProtocols(p, relayHopProtocol); len(ok) == 0 {
			continue
		}
		out <- h.host.Peerstore().PeerInfo(p)
	}
	return out
}

type mdnsNotifee struct{ h *Host }

func (n mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	if ai.ID == n.h.host.ID() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.h.host.Connect(ctx, ai); err != nil {
		n.h.log.Debug("p2p: mdns peer unreachable", "peer", ai.ID, "err", err)
	}
}

// resourceLimits scales libp2p's defaults to memory and fds, then raises the
// per-peer and per-stream memory so that bitswap can move multi-GB
// checkpoints over a handful of connections at full speed (yamux windows
// of up to 16 MiB per stream). Still finite: a peer cannot take more than a
// quarter of the budget.
func resourceLimits(memory int64, fds int) rcmgr.ConcreteLimitConfig {
	scaling := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&scaling)
	base := scaling.Scale(memory, fds)
	perPeer := memory / 4
	partial := rcmgr.PartialLimitConfig{
		System:    rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(memory)},
		Transient: rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(memory / 8)},
		PeerDefault: rcmgr.ResourceLimits{
			Memory:          rcmgr.LimitVal64(perPeer),
			Streams:         1024,
			StreamsInbound:  512,
			StreamsOutbound: 1024,
		},
		ServiceDefault:      rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(memory / 2)},
		ServicePeerDefault:  rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(perPeer)},
		ProtocolDefault:     rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(memory / 2)},
		ProtocolPeerDefault: rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(perPeer), Streams: 512, StreamsInbound: 256, StreamsOutbound: 512},
		Stream:              rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(64 << 20)},
		Conn:                rcmgr.ResourceLimits{Memory: rcmgr.LimitVal64(perPeer)},
	}
	return partial.Build(base)
}
