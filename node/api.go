package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// The status API: a running node serves GET /v1/status (JSON, APIStatus) over
// HTTP on a unix socket, APISocketPath(DataDir), readable by the node's user
// only (the socket file is 0600). umnode status reads it.

// APISocketFile is the status API's socket in the data directory.
const APISocketFile = "node.sock"

// maxSocketPath is the longest unix socket path that fits every platform's
// sun_path (108 bytes on Linux, 104 on macOS and the BSDs, NUL included).
const maxSocketPath = 103

// ErrNoNode means no node answers on a data directory's status socket.
var ErrNoNode = errors.New("node: no node is running on this data dir")

// APISocketPath is where the node on dataDir serves its status API:
// dataDir/node.sock, or, when that path is too long for a unix socket, a
// socket named by a hash of the absolute data dir in a per-user 0700
// directory under the temp dir. Node and client compute the same path.
func APISocketPath(dataDir string) (string, error) {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return "", fmt.Errorf("node: api: data dir %s: %w", dataDir, err)
	}
	p := filepath.Join(abs, APISocketFile)
	if len(p) <= maxSocketPath {
		return p, nil
	}
	sum := sha256.Sum256([]byte(abs))
	p = filepath.Join(os.TempDir(), fmt.Sprintf("umnode-%d", os.Getuid()), hex.EncodeToString(sum[:8])+".sock")
	if len(p) > maxSocketPath {
		return "", fmt.Errorf("node: api: socket paths %s/%s and %s are too long for a unix socket (%d bytes at most); use a shorter --data-dir or TMPDIR", abs, APISocketFile, p, maxSocketPath)
	}
	return p, nil
}

// APIStatus is the JSON of GET /v1/status. Field names are stable.
type APIStatus struct {
	PeerID    string     `json:"peer_id"`
	Addrs     []string   `json:"addrs"`
	Roles     []Role     `json:"roles"`
	Address   string     `json:"address"` // the node's Ethereum account
	RunID     string     `json:"run_id"`
	ChainID   uint64     `json:"chain_id"`
	DataDir   string     `json:"data_dir"`
	StartedAt time.Time  `json:"started_at"`
	Peers     []APIPeer  `json:"peers"` // connected peers, sorted by ID
	Head      *APIHead   `json:"head"`  // nil until the follower saw a head event
	Chain     APIChain   `json:"chain"`
	Stats     Stats      `json:"stats"`
	Gossip    APIGossip  `json:"gossip"`
	Scores    []APIScore `json:"scores,omitempty"` // gossipsub score per peer
}

// APIPeer is one connected peer.
type APIPeer struct {
	ID        string `json:"id"`
	Addr      string `json:"addr"`      // remote multiaddr of one connection
	Direction string `json:"direction"` // Inbound or Outbound
}

// APIHead is the head as the node's chain follower last saw it (the latest
// head event; not confirmed with isHead).
type APIHead struct {
	Update string `json:"update"`
	Block  uint64 `json:"block"`
}

// APIChain is the chain follower's progress.
type APIChain struct {
	NextBlock uint64 `json:"next_block"` // next block the follower scans
	Synced    bool   `json:"synced"`
	Updates   int    `json:"updates"` // updates of the run it knows
	Pending   int    `json:"pending"`
}

// APIGossip is the gossip mesh size per topic kind.
type APIGossip struct {
	UpdatesMesh  int `json:"updates_mesh"`
	DisputesMesh int `json:"disputes_mesh"`
}

// APIScore is a peer's gossipsub score.
type APIScore struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// apiServer serves the status API of one node.
type apiServer struct {
	path string
	ln   net.Listener
	srv  *http.Server
	done chan struct{}
}

// startAPI listens on the node's socket. A live socket there means another
// node runs on the data dir: an error. A dead one (a node killed before
// Stop) is replaced.
func startAPI(ctx context.Context, n *Node, log *slog.Logger) (*apiServer, error) {
	path, err := APISocketPath(n.cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("node: api: %w", err)
	}
	if abs, _ := filepath.Abs(n.cfg.DataDir); filepath.Dir(path) != abs {
		if err := checkPrivateDir(filepath.Dir(path)); err != nil {
			return nil, err
		}
	}
	if _, err := os.Lstat(path); err == nil {
		if err := checkNoOtherNode(ctx, n.cfg.DataDir); err != nil {
			return nil, err
		}
		if err := os.Remove(path); err != nil {
			return nil, fmt.Errorf("node: api: remove stale socket %s: %w", path, err)
		}
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("node: api: listen on %s: %w", path, err)
	}
	// The data dir is 0700 already; the socket itself is 0600 too, in case
	// the directory is shared or the fallback path is used.
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("node: api: chmod %s: %w", path, err)
	}
	started := time.Now().UTC()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		st := n.apiStatus(started)
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(st)
	})
	s := &apiServer{path: path, ln: ln, done: make(chan struct{}),
		srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelDebug)}}
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Warn("node: status API stopped", "socket", path, "err", err)
		}
	}()
	log.Debug("status API listening", "socket", path)
	return s, nil
}

// checkPrivateDir refuses a socket directory that is not ours alone (the
// shared temp dir fallback could have been made by another user).
func checkPrivateDir(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return fmt.Errorf("node: api: %w", err)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !fi.IsDir() || (ok && int(st.Uid) != os.Getuid()) || fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("node: api: socket directory %s is not a directory private to this user (mode %v): remove it, or use a shorter --data-dir", dir, fi.Mode())
	}
	return nil
}

// checkNoOtherNode fails when a node answers on dataDir's status socket:
// two nodes on one data dir would share an identity, a journal and a store.
func checkNoOtherNode(ctx context.Context, dataDir string) error {
	if _, err := QueryStatus(ctx, dataDir); err == nil {
		path, _ := APISocketPath(dataDir)
		return fmt.Errorf("node: another node is running on data dir %s (its status API answers at %s): stop it, or give this node its own --data-dir", dataDir, path)
	}
	return nil
}

// close stops serving and removes the socket file.
func (s *apiServer) close() error {
	err := s.srv.Close()
	<-s.done
	if rerr := os.Remove(s.path); rerr != nil && !errors.Is(rerr, os.ErrNotExist) && err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("node: api: close %s: %w", s.path, err)
	}
	return nil
}

// apiStatus collects the node's status.
func (n *Node) apiStatus(started time.Time) APIStatus {
	st := APIStatus{
		PeerID: n.host.ID().String(), Roles: slices.Clone(n.cfg.Roles), Address: n.addr.Hex(),
		RunID: n.dep.RunID.Hex(), ChainID: n.dep.ChainID, DataDir: n.cfg.DataDir, StartedAt: started,
		Peers: peersOf(n.host), Stats: n.Stats(), Addrs: []string{},
	}
	if st.Roles == nil {
		st.Roles = []Role{}
	}
	for _, a := range n.host.Addrs() {
		st.Addrs = append(st.Addrs, a.String())
	}
	st.Gossip.UpdatesMesh = n.gossip.MeshSize(protocol.UpdatesTopic(n.dep.RunID))
	st.Gossip.DisputesMesh = n.gossip.MeshSize(protocol.DisputesTopic(n.dep.RunID))
	for id, s := range n.gossip.PeerScores() {
		st.Scores = append(st.Scores, APIScore{ID: id.String(), Score: s})
	}
	slices.SortFunc(st.Scores, func(a, b APIScore) int { return strings.Compare(a.ID, b.ID) })

	cs := n.cs
	cs.mu.Lock()
	if r, ok := cs.updates[cs.headCand]; ok {
		st.Head = &APIHead{Update: r.ID.Hex(), Block: r.Block}
	}
	st.Chain = APIChain{NextBlock: cs.next, Synced: cs.next > cs.syncedAt, Updates: len(cs.updates)}
	cs.mu.Unlock()
	st.Chain.Pending = len(cs.pending())
	return st
}

// peersOf lists a host's connected peers with one remote address each.
func peersOf(h *p2p.Host) []APIPeer {
	seen := map[peer.ID]bool{}
	out := []APIPeer{}
	for _, c := range h.Host().Network().Conns() {
		if seen[c.RemotePeer()] {
			continue
		}
		seen[c.RemotePeer()] = true
		out = append(out, APIPeer{ID: c.RemotePeer().String(), Addr: c.RemoteMultiaddr().String(), Direction: c.Stat().Direction.String()})
	}
	slices.SortFunc(out, func(a, b APIPeer) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// QueryStatus asks the node running on dataDir for its status. It returns
// an error wrapping ErrNoNode when no node answers there (no socket, or a
// stale one left by a killed node).
func QueryStatus(ctx context.Context, dataDir string) (*APIStatus, error) {
	path, err := APISocketPath(dataDir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w (no status socket at %s)", ErrNoNode, path)
	}
	hc := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		}},
	}
	defer hc.CloseIdleConnections()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://node/v1/status", nil)
	if err != nil {
		return nil, fmt.Errorf("node: api: %w", err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w (stale status socket %s: the node that made it is gone)", ErrNoNode, path)
		}
		return nil, fmt.Errorf("node: api: query %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, fmt.Errorf("node: api: %s: %s: %s", path, resp.Status, strings.TrimSpace(string(b)))
	}
	var st APIStatus
	if err := json.NewDecoder(io.LimitReader(resp.Body, 4<<20)).Decode(&st); err != nil {
		return nil, fmt.Errorf("node: api: %s: decode status: %w", path, err)
	}
	return &st, nil
}
