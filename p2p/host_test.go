package p2p_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/unstoppable-models/umnode/p2p"
)

func TestConfig_Validate(t *testing.T) {
	good := func() p2p.Config { return p2p.Config{DataDir: t.TempDir()} }
	if err := good().Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	cases := map[string]func(*p2p.Config){
		"no data dir": func(c *p2p.Config) { c.DataDir = "" },
		"bad listen":  func(c *p2p.Config) { c.Listen = []string{"tcp/4001"} },
		"quic with psk": func(c *p2p.Config) {
			c.SwarmKeyFile = "swarm.key"
			c.Listen = []string{"/ip4/0.0.0.0/udp/4001/quic-v1"}
		},
		"bootstrap no id": func(c *p2p.Config) { c.Bootstrap = []string{"/ip4/1.2.3.4/tcp/4001"} },
		"dht mode":        func(c *p2p.Config) { c.DHTMode = "sometimes" },
		"conn marks":      func(c *p2p.Config) { c.ConnLow, c.ConnHigh = 10, 5 },
		"memory":          func(c *p2p.Config) { c.MaxMemory = 1 << 20 },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			c := good()
			f(&c)
			if err := c.Validate(); !errors.Is(err, p2p.ErrConfig) {
				t.Fatalf("got %v, want ErrConfig", err)
			}
		})
	}
}

func TestStart_RestartKeepsPeerID(t *testing.T) {
	dir := t.TempDir()
	h1, err := p2p.Start(t.Context(), loopbackConfig(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	id1 := h1.ID()
	if err := h1.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, p2p.IdentityFile))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Fatalf("identity file mode %v, want %v", got, want)
	}
	h2 := startHost(t, loopbackConfig(t, dir))
	if got, want := h2.ID(), id1; got != want {
		t.Fatalf("peer ID after restart %s, want %s", got, want)
	}
	other := startHost(t, loopbackConfig(t, t.TempDir()))
	if other.ID() == id1 {
		t.Fatal("a fresh data dir got the same peer ID")
	}
	// The restarted host is reachable under its old ID.
	if err := other.Connect(t.Context(), h2.AddrInfo()); err != nil {
		t.Fatal(err)
	}
}

func TestLoadOrCreateIdentity_RefusesReadableKey(t *testing.T) {
	dir := t.TempDir()
	if _, err := p2p.LoadOrCreateIdentity(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, p2p.IdentityFile), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := p2p.LoadOrCreateIdentity(dir)
	if err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("got %v, want an error telling to chmod 600", err)
	}
}

func TestSwarmKey_Format(t *testing.T) {
	path := filepath.Join(t.TempDir(), "swarm.key")
	if err := p2p.WriteSwarmKey(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 || lines[0] != "/key/swarm/psk/1.0.0/" || lines[1] != "/base16/" || len(lines[2]) != 64 {
		t.Fatalf("swarm key file %q is not PSK v1 base16", b)
	}
	psk, err := p2p.LoadSwarmKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(psk) != 32 {
		t.Fatalf("got %d key bytes, want 32", len(psk))
	}
	if err := p2p.WriteSwarmKey(path); err == nil {
		t.Fatal("WriteSwarmKey overwrote an existing key")
	}
	b2, _ := os.ReadFile(path)
	if !bytes.Equal(b, b2) {
		t.Fatal("existing swarm key changed")
	}
	for _, bad := range []string{"", "/key/swarm/psk/1.0.0/\n/base16/\nxyz\n", "/key/swarm/psk/1.0.0/\n/base16/\n" + strings.Repeat("ab", 16) + "\n"} {
		if _, err := p2p.ParseSwarmKey([]byte(bad)); err == nil {
			t.Fatalf("ParseSwarmKey(%q) succeeded", bad)
		}
	}
}

func TestPrivateSwarm_KeyRequired(t *testing.T) {
	dir := t.TempDir()
	key, otherKey := filepath.Join(dir, "swarm.key"), filepath.Join(dir, "other.key")
	if err := p2p.WriteSwarmKey(key); err != nil {
		t.Fatal(err)
	}
	if err := p2p.WriteSwarmKey(otherKey); err != nil {
		t.Fatal(err)
	}
	private := func(keyFile string) func(*p2p.Config) {
		return func(c *p2p.Config) {
			c.SwarmKeyFile = keyFile
			c.Listen = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/tcp/0/ws"}
		}
	}
	a := startHosts(t, 2, private(key))
	outsider := startHost(t, loopbackConfig(t, t.TempDir()))
	wrongKey := startHost(t, func() p2p.Config { c := loopbackConfig(t, t.TempDir()); private(otherKey)(&c); return c }())
	if !a[0].Private() || outsider.Private() {
		t.Fatal("Private() does not reflect the swarm key")
	}

	// Two members connect over TCP and over WebSocket.
	for _, proto := range []int{ma.P_TCP, ma.P_WS} {
		ai := onlyAddrs(a[1].AddrInfo(), proto)
		if len(ai.Addrs) == 0 {
			t.Fatalf("member has no address with protocol %d: %v", proto, a[1].AddrInfo().Addrs)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		err := a[0].Connect(ctx, ai)
		cancel()
		if err != nil {
			t.Fatalf("members cannot connect (protocol %d): %v", proto, err)
		}
		a[0].Host().Network().ClosePeer(a[1].ID())
	}
	// Without the key, or with another swarm's key, in either direction: no connection.
	for name, pair := range map[string][2]*p2p.Host{
		"outsider dials member": {outsider, a[0]},
		"member dials outsider": {a[0], outsider},
		"other swarm dials":     {wrongKey, a[0]},
	} {
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		t0 := time.Now()
		err := pair[0].Connect(ctx, pair[1].AddrInfo())
		cancel()
		t.Logf("%s: %v after %v", name, err, time.Since(t0))
		if err == nil {
			t.Fatalf("%s: connected without a shared swarm key", name)
		}
		if pair[0].Host().Network().Connectedness(pair[1].ID()) == network.Connected {
			t.Fatalf("%s: connected", name)
		}
	}
}

func TestStart_PrivateSwarmRejectsQUIC(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "swarm.key")
	if err := p2p.WriteSwarmKey(key); err != nil {
		t.Fatal(err)
	}
	cfg := loopbackConfig(t, dir)
	cfg.SwarmKeyFile = key
	cfg.Listen = []string{"/ip4/127.0.0.1/udp/0/quic-v1"}
	if _, err := p2p.Start(t.Context(), cfg); !errors.Is(err, p2p.ErrConfig) {
		t.Fatalf("got %v, want ErrConfig", err)
	}
}

func TestStart_PublicQUIC(t *testing.T) {
	hosts := startHosts(t, 2, func(c *p2p.Config) {
		c.Listen = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	})
	ai := onlyAddrs(hosts[1].AddrInfo(), ma.P_QUIC_V1)
	if len(ai.Addrs) == 0 {
		t.Fatalf("no QUIC address in %v", hosts[1].AddrInfo().Addrs)
	}
	if err := hosts[0].Connect(t.Context(), ai); err != nil {
		t.Fatal(err)
	}
	conns := hosts[0].Host().Network().ConnsToPeer(hosts[1].ID())
	if len(conns) == 0 {
		t.Fatal("no connection")
	}
	if _, err := conns[0].RemoteMultiaddr().ValueForProtocol(ma.P_QUIC_V1); err != nil {
		t.Fatalf("connection %v is not QUIC", conns[0].RemoteMultiaddr())
	}
}

func TestDHT_FindPeerThroughNeighbour(t *testing.T) {
	hosts := startHosts(t, 3, func(c *p2p.Config) { c.DHTMode = p2p.DHTServer })
	connectEdges(t, hosts, [][2]int{{0, 1}, {1, 2}})
	for _, h := range hosts {
		if h.DHT() == nil || h.Routing() == nil {
			t.Fatal("DHT missing in server mode")
		}
	}
	waitFor(t, 10*time.Second, "DHT routing tables", func() bool {
		return hosts[0].DHT().RoutingTable().Size() > 0 && hosts[2].DHT().RoutingTable().Size() > 0
	})
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	ai, err := hosts[0].DHT().FindPeer(ctx, hosts[2].ID())
	if err != nil {
		t.Fatal(err)
	}
	if ai.ID != hosts[2].ID() || len(ai.Addrs) == 0 {
		t.Fatalf("FindPeer returned %v", ai)
	}
	protos, err := hosts[1].Host().Peerstore().GetProtocols(hosts[0].ID())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range protos {
		found = found || strings.HasPrefix(string(p), p2p.DHTProtocolPrefix+"/kad/")
	}
	if !found {
		t.Fatalf("peer does not speak %s/kad/...: %v", p2p.DHTProtocolPrefix, protos)
	}
}

func onlyAddrs(ai peer.AddrInfo, code int) peer.AddrInfo {
	out := peer.AddrInfo{ID: ai.ID}
	for _, a := range ai.Addrs {
		has := false
		for _, p := range a.Protocols() {
			has = has || p.Code == code
		}
		// A WebSocket address also contains /tcp: keep plain TCP apart.
		if code == ma.P_TCP {
			for _, p := range a.Protocols() {
				if p.Code == ma.P_WS {
					has = false
				}
			}
		}
		if has {
			out.Addrs = append(out.Addrs, a)
		}
	}
	return out
}

func TestStart_OptionalServices(t *testing.T) {
	h := startHost(t, func() p2p.Config {
		c := loopbackConfig(t, t.TempDir())
		c.DHTMode = p2p.DHTServer
		c.HolePunching = true
		c.AutoRelay = true
		return c
	}())
	if len(h.Addrs()) == 0 {
		t.Fatal("no listen addresses")
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

func TestStart_BootstrapConnects(t *testing.T) {
	seed := startHost(t, loopbackConfig(t, t.TempDir()))
	cfg := loopbackConfig(t, t.TempDir())
	for _, a := range seed.Addrs() {
		cfg.Bootstrap = append(cfg.Bootstrap, a.String())
	}
	h := startHost(t, cfg)
	if got := h.Host().Network().Connectedness(seed.ID()); got != network.Connected {
		t.Fatalf("not connected to the bootstrap peer after Start: %v", got)
	}
}

func FuzzParseSwarmKey(f *testing.F) {
	good, err := p2p.GenerateSwarmKey()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte("/key/swarm/psk/1.0.0/\n/base64/\nAAAA\n"))
	f.Add([]byte("/key/swarm/psk/1.0.0/\n/bin/\n0123456789abcdef0123456789abcdef"))
	f.Fuzz(func(t *testing.T, b []byte) {
		psk, err := p2p.ParseSwarmKey(b)
		if err == nil && len(psk) != 32 {
			t.Fatalf("accepted a %d-byte key", len(psk))
		}
	})
}

// TestMDNS_DiscoversPeer sends multicast DNS on the machine's LAN
// interfaces, so it runs only when asked: UMNODE_TEST_LAN=1.
func TestMDNS_DiscoversPeer(t *testing.T) {
	if os.Getenv("UMNODE_TEST_LAN") == "" {
		t.Skip("sends mDNS multicast on the LAN; set UMNODE_TEST_LAN=1 to run")
	}
	hosts := startHosts(t, 2, func(c *p2p.Config) { c.MDNS = true })
	waitFor(t, 10*time.Second, "mDNS discovery", func() bool {
		return hosts[0].Host().Network().Connectedness(hosts[1].ID()) == network.Connected
	})
}

func TestStart_PortInUse(t *testing.T) {
	a := startHost(t, loopbackConfig(t, t.TempDir()))
	cfg := loopbackConfig(t, t.TempDir())
	cfg.Listen = nil
	for _, m := range a.Host().Addrs() {
		cfg.Listen = append(cfg.Listen, m.String())
	}
	_, err := p2p.Start(t.Context(), cfg)
	if err == nil || !strings.Contains(err.Error(), "listen addresses") {
		t.Fatalf("got %v, want an error about the listen address", err)
	}
}
