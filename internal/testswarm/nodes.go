package testswarm

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
)

// NodeDefaults say how StartNode runs every node of a swarm. Besides them
// every node listens on loopback, polls the chain every 200 ms, holds work
// claims 5 s after a 150 ms wait for rivals (node.WithClaimTiming; a
// node's own options can change it), and is stopped at the end of the
// test with 15 s for its loops to end.
type NodeDefaults struct {
	// LogLevel of the nodes' logs, written through the test's output.
	LogLevel slog.Level
	// FetchTimeout bounds one checkpoint fetch; 0 means 10 s.
	FetchTimeout time.Duration
	// ProductionGossip keeps the gossip rate limits of a real node
	// (node.GossipRateLimit, GossipRateBurst) instead of 50 a second,
	// bursts of 100.
	ProductionGossip bool
	// JoinFirst bootstraps every node to the first node the swarm started
	// (see Boot), besides its NodeSpec.Bootstrap.
	JoinFirst bool
	// LenientStop does not fail the test when a node's Stop at cleanup
	// returns an error.
	LenientStop bool
}

// NodeSpec is one node for StartNode.
type NodeSpec struct {
	Roles []node.Role
	// Dir is the data dir; "" is a fresh t.TempDir(). A node started again
	// on the Dir of a stopped one resumes it.
	Dir string
	// Bootstrap are peers to join (with NodeDefaults.JoinFirst, the first
	// node's addresses too).
	Bootstrap []string
	// Events receives what the node reports; nil means the swarm's Events.
	Events *Events
	// LoadData leaves the datasets to the node (it loads MNIST itself)
	// instead of handing it the run's.
	LoadData bool
	// Options come after the swarm's, so they win.
	Options []node.Option
}

// Start starts a node with one role on a fresh data dir, reporting to the
// swarm's Events; see StartNode.
func (s *Swarm) Start(t testing.TB, key *ecdsa.PrivateKey, role node.Role, extra ...node.Option) *node.Node {
	t.Helper()
	return s.StartNode(t, key, NodeSpec{Roles: []node.Role{role}, Options: extra})
}

// StartNode starts a node sending from key as spec says and stops it at
// the end of the test; stopping it earlier is fine. The first node started
// becomes the swarm's bootstrap peer (Boot).
func (s *Swarm) StartNode(t testing.TB, key *ecdsa.PrivateKey, spec NodeSpec) *node.Node {
	t.Helper()
	ev := spec.Events
	if ev == nil {
		ev = s.Events
	}
	cfg := s.NodeConfig(t, spec)
	spec.Options = append([]node.Option{node.WithEventSink(ev.Add)}, spec.Options...)
	n, err := node.New(&cfg, s.NodeOptions(t, key, spec)...)
	if err != nil {
		t.Fatalf("node.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start (%v): %v", spec.Roles, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := n.Stop(ctx); err != nil && !s.nodes.LenientStop {
			t.Errorf("node.Stop: %v", err)
		}
	})
	s.mu.Lock()
	if s.seed == nil {
		s.seed = Addrs(n)
	}
	s.mu.Unlock()
	return n
}

// Boot is the addresses of the first node the swarm started, nil before.
func (s *Swarm) Boot() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seed
}

// NodeConfig is the node.Config StartNode gives a node of spec: for a node
// started some other way (node.Challenge).
func (s *Swarm) NodeConfig(t testing.TB, spec NodeSpec) node.Config {
	cfg := node.DefaultConfig()
	cfg.DataDir = spec.Dir
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	cfg.Roles = spec.Roles
	cfg.RPCURL = s.URL
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = spec.Bootstrap
	if s.nodes.JoinFirst {
		cfg.Bootstrap = append(s.Boot(), spec.Bootstrap...)
	}
	cfg.PollInterval = 200 * time.Millisecond
	return cfg
}

// NodeOptions are the options StartNode gives a node of spec sending from
// key, ending with spec.Options, but for the event sink: for a node started
// some other way (node.Challenge).
func (s *Swarm) NodeOptions(t testing.TB, key *ecdsa.PrivateKey, spec NodeSpec) []node.Option {
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: s.nodes.LogLevel}))
	if len(spec.Roles) > 0 {
		logger = logger.With("role", fmt.Sprint(spec.Roles))
	}
	opts := []node.Option{
		node.WithKey(key), node.WithDeployment(s.Deployment), node.WithLogger(logger),
		node.WithClaimTiming(5*time.Second, 150*time.Millisecond),
		node.WithFetchTimeout(or(s.nodes.FetchTimeout, 10*time.Second)),
	}
	if !s.nodes.ProductionGossip {
		opts = append(opts, node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }))
	}
	if !spec.LoadData {
		opts = append(opts, node.WithDatasets(s.Run.Train, s.Run.Test))
	}
	return append(opts, spec.Options...)
}

// Addrs are a node's listen addresses, as a bootstrap list.
func Addrs(n *node.Node) []string {
	var out []string
	for _, a := range n.Addrs() {
		out = append(out, a.String())
	}
	return out
}

// Events collects the events of nodes, safe for concurrent use.
type Events struct {
	mu  sync.Mutex
	all []node.Event
}

// Add records e; pass it to node.WithEventSink.
func (e *Events) Add(ev node.Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.all = append(e.all, ev)
}

// Snapshot is a copy of every event so far, in the order they came.
func (e *Events) Snapshot() []node.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]node.Event(nil), e.all...)
}

// Find returns the first event so far that matches.
func (e *Events) Find(match func(node.Event) bool) (node.Event, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, ev := range e.all {
		if match(ev) {
			return ev, true
		}
	}
	return node.Event{}, false
}

// Wait returns the first event that matches, waiting up to timeout for
// it; what names it in the failure.
func (e *Events) Wait(t testing.TB, what string, timeout time.Duration, match func(node.Event) bool) node.Event {
	t.Helper()
	var found node.Event
	WaitFor(t, what, timeout, func() bool {
		ev, ok := e.Find(match)
		found = ev
		return ok
	})
	return found
}

// WaitFor polls cond every 100 ms and fails the test if it is not true
// within timeout.
func WaitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
