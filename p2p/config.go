package p2p

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// DHT modes.
const (
	DHTAuto   = "auto"   // server when publicly reachable, client otherwise
	DHTServer = "server" // always answer queries (devnets, bootstrap nodes)
	DHTClient = "client" // query only
	DHTOff    = "off"    // no DHT at all (tests, pure gossip nodes)
)

// DHTProtocolPrefix keeps our DHT apart from the IPFS one: the records and
// provider entries of a public umnode swarm are ours alone.
const DHTProtocolPrefix = "/umnode"

// Default listen addresses. A private swarm cannot use QUIC (libp2p refuses
// a PSK on transports that bring their own encryption), so it listens on
// TCP and WebSocket instead.
var (
	DefaultListen        = []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"}
	DefaultPrivateListen = []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/tcp/4002/ws"}
)

// Config is every setting of a Host. Zero values take the defaults noted on
// each field; Validate says what is wrong with the rest.
type Config struct {
	// DataDir holds the identity key (identity.key, created on first start).
	DataDir string
	// Listen are multiaddrs; empty means DefaultListen, or
	// DefaultPrivateListen with a swarm key.
	Listen []string
	// Bootstrap are full multiaddrs (with /p2p/<id>) dialled at start.
	Bootstrap []string
	// SwarmKeyFile, if set, makes this a private swarm keyed by that file
	// (see GenerateSwarmKey).
	SwarmKeyFile string
	// DHTMode is DHTAuto (default), DHTServer, DHTClient or DHTOff.
	DHTMode string
	// MDNS finds peers on the local network.
	MDNS bool
	// HolePunching enables DCUtR hole punching through NATs.
	HolePunching bool
	// AutoRelay reserves slots on relays when this node is not reachable:
	// the Relays if any, otherwise relay-capable peers it is connected to.
	AutoRelay bool
	Relays    []string
	// ConnLow and ConnHigh are the connection manager's water marks
	// (defaults 64 and 192).
	ConnLow, ConnHigh int
	// MaxMemory bounds what the resource manager lets libp2p use (default
	// 4 GiB), MaxFDs the file descriptors (default 4096).
	MaxMemory int64
	MaxFDs    int
	Logger    *slog.Logger
}

// ErrConfig wraps every configuration error.
var ErrConfig = errors.New("p2p: config")

func configError(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrConfig, field, fmt.Sprintf(format, args...))
}

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if len(c.Listen) == 0 {
		if c.SwarmKeyFile != "" {
			c.Listen = DefaultPrivateListen
		} else {
			c.Listen = DefaultListen
		}
	}
	if c.DHTMode == "" {
		c.DHTMode = DHTAuto
	}
	if c.ConnLow == 0 {
		c.ConnLow = 64
	}
	if c.ConnHigh == 0 {
		c.ConnHigh = 192
	}
	if c.MaxMemory == 0 {
		c.MaxMemory = 4 << 30
	}
	if c.MaxFDs == 0 {
		c.MaxFDs = 4096
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate checks c (after defaults) and says which field is wrong and why.
func (c Config) Validate() error {
	c = c.withDefaults()
	if c.DataDir == "" {
		return configError("DataDir", "empty; set a directory for the node's identity key")
	}
	for _, s := range c.Listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return configError("Listen", "%q: %v", s, err)
		}
		if c.SwarmKeyFile != "" && isPSKIncompatible(a) {
			return configError("Listen", "%q: a private swarm (swarm key set) supports only TCP and WebSocket; remove QUIC/WebTransport/WebRTC addresses", s)
		}
	}
	for _, s := range c.Bootstrap {
		if _, err := peer.AddrInfoFromString(s); err != nil {
			return configError("Bootstrap", "%q: %v (want a full multiaddr ending in /p2p/<peer id>)", s, err)
		}
	}
	for _, s := range c.Relays {
		if _, err := peer.AddrInfoFromString(s); err != nil {
			return configError("Relays", "%q: %v (want a full multiaddr ending in /p2p/<peer id>)", s, err)
		}
	}
	switch c.DHTMode {
	case DHTAuto, DHTServer, DHTClient, DHTOff:
	default:
		return configError("DHTMode", "%q, want one of auto, server, client, off", c.DHTMode)
	}
	if c.ConnLow < 0 || c.ConnHigh < c.ConnLow {
		return configError("ConnLow/ConnHigh", "%d/%d, want 0 <= low <= high", c.ConnLow, c.ConnHigh)
	}
	if c.MaxMemory < 64<<20 {
		return configError("MaxMemory", "%d bytes, want at least 64 MiB", c.MaxMemory)
	}
	if c.MaxFDs < 64 {
		return configError("MaxFDs", "%d, want at least 64", c.MaxFDs)
	}
	return nil
}

func isPSKIncompatible(a ma.Multiaddr) bool {
	for _, p := range a.Protocols() {
		switch p.Code {
		case ma.P_QUIC, ma.P_QUIC_V1, ma.P_WEBTRANSPORT, ma.P_WEBRTC_DIRECT, ma.P_WEBRTC:
			return true
		}
	}
	return false
}

func parseAddrInfos(ss []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	for _, s := range ss {
		ai, err := peer.AddrInfoFromString(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("p2p: peer address %q: %w", s, err)
		}
		out = append(out, *ai)
	}
	return out, nil
}
