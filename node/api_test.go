package node_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
)

// startFollower starts a node with no role on dir: it follows the run and
// serves its status, without training.
func startFollower(t *testing.T, s *testswarm.Swarm, dir string) *node.Node {
	t.Helper()
	cfg := node.DefaultConfig()
	cfg.DataDir = dir
	cfg.RPCURL = s.URL
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.PollInterval = 100 * time.Millisecond
	n, err := node.New(&cfg, node.WithKey(s.Key(1)), node.WithDeployment(s.Deployment), node.WithDatasets(s.Run.Train, s.Run.Test),
		node.WithLogger(slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))),
		node.WithP2PConfig(func(c *p2p.Config) { c.DHTMode = p2p.DHTOff }))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	return n
}

// TestAPI_StatusListsPeers starts a node, queries its status socket, then
// connects a second libp2p host to it: the status must list that peer.
// After Stop the socket is gone and QueryStatus says no node runs.
func TestAPI_StatusListsPeers(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain, a node and a libp2p host (about 3s)")
	}
	s := testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker()}})
	dir := t.TempDir()
	n := startFollower(t, s, dir)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = n.Stop(context.Background())
		}
	})

	sock, err := node.APISocketPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sock, filepath.Join(dir, node.APISocketFile); got != want {
		t.Fatalf("socket at %s, want %s", got, want)
	}
	fi, err := os.Stat(sock)
	if err != nil {
		t.Fatalf("no status socket: %v", err)
	}
	if got, want := fi.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Fatalf("socket mode %v, want %v", got, want)
	}
	st, err := node.QueryStatus(t.Context(), dir)
	if err != nil {
		t.Fatalf("QueryStatus: %v", err)
	}
	if got, want := st.PeerID, n.PeerID().String(); got != want {
		t.Fatalf("peer_id %s, want %s", got, want)
	}
	if got, want := st.Address, n.Address().Hex(); got != want {
		t.Fatalf("address %s, want %s", got, want)
	}
	if got, want := st.RunID, s.Deployment.RunID.Hex(); got != want {
		t.Fatalf("run_id %s, want %s", got, want)
	}
	if len(st.Addrs) == 0 || !strings.HasSuffix(st.Addrs[0], "/p2p/"+st.PeerID) {
		t.Fatalf("addrs %v, want dialable addresses ending in /p2p/<id>", st.Addrs)
	}
	if len(st.Peers) != 0 {
		t.Fatalf("peers %v before anyone connected", st.Peers)
	}

	other, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"},
		Bootstrap: st.Addrs[:1], DHTMode: p2p.DHTOff, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	testswarm.WaitFor(t, "the status to list the second host", 10*time.Second, func() bool {
		st, err = node.QueryStatus(t.Context(), dir)
		return err == nil && slices.ContainsFunc(st.Peers, func(p node.APIPeer) bool { return p.ID == other.ID().String() })
	})
	i := slices.IndexFunc(st.Peers, func(p node.APIPeer) bool { return p.ID == other.ID().String() })
	if got := st.Peers[i]; !strings.HasPrefix(got.Addr, "/ip4/127.0.0.1/tcp/") || got.Direction != "Inbound" {
		t.Fatalf("peer %+v, want an inbound loopback TCP connection", got)
	}
	testswarm.WaitFor(t, "the follower to see the run's head", 10*time.Second, func() bool {
		st, err = node.QueryStatus(t.Context(), dir)
		return err == nil && st.Head != nil
	})
	if got, want := st.Head.Update, s.Genesis.Hex(); got != want {
		t.Fatalf("head %s, want the genesis %s", got, want)
	}

	// A second node on the same data dir is refused, naming the reason.
	cfg := node.DefaultConfig()
	cfg.DataDir, cfg.RPCURL = dir, s.URL
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	n2, err := node.New(&cfg, node.WithKey(s.Key(1)), node.WithDeployment(s.Deployment), node.WithDatasets(s.Run.Train, s.Run.Test),
		node.WithLogger(slog.New(slog.DiscardHandler)), node.WithP2PConfig(func(c *p2p.Config) { c.DHTMode = p2p.DHTOff }))
	if err != nil {
		t.Fatal(err)
	}
	err = n2.Start(t.Context())
	if err == nil {
		_ = n2.Stop(context.Background())
		t.Fatal("a second node started on a data dir in use")
	}
	if !strings.Contains(err.Error(), "another node is running on data dir "+dir) {
		t.Fatalf("second node on the same data dir: got %v, want an error saying another node runs there", err)
	}
	if _, err := node.QueryStatus(t.Context(), dir); err != nil {
		t.Fatalf("the first node's API is gone after a refused second start: %v", err)
	}

	stopped = true
	if err := n.Stop(context.Background()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := os.Stat(sock); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("socket still there after Stop: %v", err)
	}
	if _, err := node.QueryStatus(t.Context(), dir); !errors.Is(err, node.ErrNoNode) {
		t.Fatalf("QueryStatus after Stop: got %v, want ErrNoNode", err)
	}

	// A data dir too deep for a unix socket path: the API moves to the
	// fallback path, in a directory private to the user.
	long := filepath.Join(t.TempDir(), strings.Repeat("x", 50), strings.Repeat("y", 50))
	n3 := startFollower(t, s, long)
	sock, err = node.APISocketPath(long)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(sock, long) {
		t.Fatalf("socket %s inside the long data dir", sock)
	}
	if st, err := node.QueryStatus(t.Context(), long); err != nil || st.PeerID != n3.PeerID().String() {
		t.Fatalf("QueryStatus on the long data dir: %v, %+v", err, st)
	}
	if fi, err := os.Stat(filepath.Dir(sock)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("fallback socket dir: %v, mode %v; want 0700", err, fi.Mode())
	}
	if err := n3.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sock); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("fallback socket still there after Stop: %v", err)
	}
}

// TestQueryStatus_StaleSocket: a socket file left by a killed node is no
// running node.
func TestQueryStatus_StaleSocket(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, node.APISocketFile)
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("stale socket not left behind: %v", err)
	}
	_, err = node.QueryStatus(t.Context(), dir)
	if !errors.Is(err, node.ErrNoNode) || !strings.Contains(err.Error(), "stale") {
		t.Fatalf("got %v, want ErrNoNode saying the socket is stale", err)
	}
	if _, err := node.QueryStatus(t.Context(), t.TempDir()); !errors.Is(err, node.ErrNoNode) {
		t.Fatalf("empty dir: got %v, want ErrNoNode", err)
	}
}

// TestAPISocketPath_LongDataDir: a data dir too deep for sun_path gets a
// short socket path in the temp dir, the same for node and client.
func TestAPISocketPath_LongDataDir(t *testing.T) {
	long := filepath.Join(t.TempDir(), strings.Repeat("d", 60), strings.Repeat("e", 60))
	got, err := node.APISocketPath(long)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > 103 || strings.HasPrefix(got, long) || !strings.HasPrefix(got, os.TempDir()) {
		t.Fatalf("socket path %q (%d bytes) for a long data dir, want a short one under %s", got, len(got), os.TempDir())
	}
	again, _ := node.APISocketPath(long + "/")
	other, _ := node.APISocketPath(long + "x")
	if again != got || other == got {
		t.Fatalf("paths not stable per data dir: %s, %s, %s", got, again, other)
	}
}
