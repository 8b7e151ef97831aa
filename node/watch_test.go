package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
)

// jsonLines collects a watch's --json output: one object per line.
type jsonLines struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (j *jsonLines) sink(e node.WatchEvent) {
	b, err := json.Marshal(e)
	if err != nil {
		panic(err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.b.Write(b)
	j.b.WriteByte('\n')
}

// objects parses every line back into a generic JSON object, so the test
// checks the field names a consumer of --json sees.
func (j *jsonLines) objects(t *testing.T) []map[string]any {
	t.Helper()
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(j.b.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("watch output line is not JSON: %v: %q", err, l)
		}
		out = append(out, m)
	}
	return out
}

func (j *jsonLines) String() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.b.String()
}

func find(objs []map[string]any, kv map[string]string) map[string]any {
	for _, o := range objs {
		ok := true
		for k, v := range kv {
			if s, _ := o[k].(string); s != v {
				ok = false
				break
			}
		}
		if ok {
			return o
		}
	}
	return nil
}

// TestWatch_GossipAndChain runs Watch against a devchain and a real libp2p
// peer on loopback. The peer publishes a valid announcement (by a staked
// worker) and an invalid one (by an unstaked key, which the peer's own
// permissive validator lets through); a worker commits and finalizes an
// update on chain. The JSON output must show the valid announcement and
// both chain events, each with its source, and never the invalid one.
func TestWatch_GossipAndChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two libp2p hosts (about 5s)")
	}
	s := testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker()}})
	worker := s.Key(1)
	rogue, _ := crypto.GenerateKey()
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))

	// The publishing peer accepts both authors: its validator is an
	// AllowList, so the invalid message leaves it and reaches the watcher.
	pub, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, DHTMode: p2p.DHTOff, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pub.Close() })
	allow := p2p.AllowList{crypto.PubkeyToAddress(worker.PublicKey): true, crypto.PubkeyToAddress(rogue.PublicKey): true}
	pg, err := p2p.NewGossip(t.Context(), pub, p2p.GossipConfig{Domain: s.Deployment.Domain(), Stake: allow, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.Join(s.Deployment.RunID); err != nil {
		t.Fatal(err)
	}
	var boot []string
	for _, a := range pub.Addrs() {
		boot = append(boot, a.String())
	}

	cfg := node.DefaultConfig()
	cfg.RPCURL = s.URL
	cfg.Bootstrap = boot
	cfg.PollInterval = 100 * time.Millisecond
	var out jsonLines
	ready := make(chan string, 2)
	var watcherID string
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- node.Watch(ctx, node.WatchConfig{
			Config: &cfg, Deployment: s.Deployment, Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Logger: logger, Retry: time.Second,
			OnReady: func(src string, h *p2p.Host) {
				if h != nil {
					watcherID = h.ID().String()
				}
				ready <- src
			},
		}, out.sink)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Watch: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("Watch did not return within 10s of its context ending")
		}
	})
	for range 2 {
		select {
		case <-ready:
		case err := <-done:
			t.Fatalf("Watch ended early: %v", err)
		case <-time.After(20 * time.Second):
			t.Fatal("Watch not ready within 20s")
		}
	}
	updates := protocol.UpdatesTopic(s.Deployment.RunID)
	testswarm.WaitFor(t, "the publisher to see the watcher on the updates topic", 10*time.Second, func() bool {
		return slices.ContainsFunc(pg.PubSub().ListPeers(updates), func(p peer.ID) bool { return p.String() == watcherID })
	})

	// On chain: the worker commits an update on the genesis.
	c, _, err := store.ComputeCID(t.Context(), strings.NewReader("watch test checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	u := protocol.Update{RunID: s.Deployment.RunID, Parent: s.Genesis, StateHash: protocol.Keccak256([]byte("state")),
		TraceRoot: protocol.Keccak256([]byte("root")), CID: c.Bytes(), Worker: crypto.PubkeyToAddress(worker.PublicKey)}
	wc := s.Dial(t, worker)
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))

	announce := func(key *ecdsa.PrivateKey, a *protocol.UpdateAnnouncement) {
		t.Helper()
		env, err := protocol.Sign(s.Deployment.Domain(), a, key)
		if err != nil {
			t.Fatal(err)
		}
		if err := pg.Publish(t.Context(), env); err != nil {
			t.Fatalf("publish: %v", err)
		}
	}
	// The invalid one first: an unstaked author announcing an update that
	// is not its own.
	ru := u
	ru.Worker = crypto.PubkeyToAddress(rogue.PublicKey)
	now := uint64(time.Now().Unix())
	announce(rogue, &protocol.UpdateAnnouncement{RunID: ru.RunID, UpdateID: ru.ID(), Parent: ru.Parent, StateHash: ru.StateHash,
		TraceRoot: ru.TraceRoot, CID: ru.CID, Worker: ru.Worker, Step: 8, EvalLoss: 1_500_000, EvalAccuracy: 5000, Timestamp: now})
	announce(worker, &protocol.UpdateAnnouncement{RunID: u.RunID, UpdateID: u.ID(), Parent: u.Parent, StateHash: u.StateHash,
		TraceRoot: u.TraceRoot, CID: u.CID, Worker: u.Worker, Step: 8, EvalLoss: 1_250_000, EvalAccuracy: 7512, Timestamp: now})

	// Past the challenge window, anyone may finalize.
	if err := s.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackFinalize(bindings.UpdateRefOf(u)))

	id := u.ID().Hex()
	testswarm.WaitFor(t, "the announcement and both chain events", 20*time.Second, func() bool {
		objs := out.objects(t)
		return find(objs, map[string]string{"kind": "announcement", "update": id}) != nil &&
			find(objs, map[string]string{"kind": "update-committed", "update": id}) != nil &&
			find(objs, map[string]string{"kind": "update-finalized", "update": id}) != nil
	})
	objs := out.objects(t)
	a := find(objs, map[string]string{"kind": "announcement", "update": id})
	for k, want := range map[string]any{"source": "gossip", "actor": u.Worker.Hex(), "parent": s.Genesis.Hex(), "cid": c.String(), "accuracy": 0.7512, "loss": 1.25, "step": 8.0} {
		if got := a[k]; got != want {
			t.Fatalf("announcement %s = %v, want %v\n%s", k, got, want, out.String())
		}
	}
	if p, _ := a["peer"].(string); p != pub.ID().String() {
		t.Fatalf("announcement peer = %q, want the publisher %s", p, pub.ID())
	}
	cm := find(objs, map[string]string{"kind": "update-committed", "update": id})
	if got, want := cm["source"], "chain"; got != want {
		t.Fatalf("update-committed source = %v, want %v", got, want)
	}
	if got, want := cm["actor"], u.Worker.Hex(); got != want {
		t.Fatalf("update-committed actor = %v, want %v", got, want)
	}
	if b, _ := cm["block"].(float64); b == 0 {
		t.Fatalf("update-committed has no block:\n%s", out.String())
	}
	if bt, _ := cm["block_time"].(string); bt == "" {
		t.Fatalf("update-committed has no block_time:\n%s", out.String())
	}
	fin := find(objs, map[string]string{"kind": "update-finalized", "update": id})
	if got, want := fin["amount"], "1"; got != want {
		t.Fatalf("update-finalized amount = %v, want %v tokens (the run's reward)", got, want)
	}
	if got, want := fin["amount_wei"], testswarm.Tokens(1).String(); got != want {
		t.Fatalf("update-finalized amount_wei = %v, want %v", got, want)
	}
	rogueAddr := crypto.PubkeyToAddress(rogue.PublicKey).Hex()
	for _, o := range objs {
		if o["actor"] == rogueAddr || o["update"] == ru.ID().Hex() {
			t.Fatalf("watch shows the unstaked author's invalid announcement:\n%s", out.String())
		}
	}
}

// TestWatch_KindsFilterAndNoGossip watches only the chain, keeping only
// update-finalized: the commit must not show, the finalization must.
func TestWatch_KindsFilterAndNoGossip(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain")
	}
	s := testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker()}})
	cfg := node.DefaultConfig()
	cfg.RPCURL = s.URL
	cfg.PollInterval = 100 * time.Millisecond
	kinds, err := node.ParseWatchKinds("update-finalized")
	if err != nil {
		t.Fatal(err)
	}

	// Commit and finalize before the watch starts: --from-start sees them.
	worker := s.Key(1)
	u := protocol.Update{RunID: s.Deployment.RunID, Parent: s.Genesis, StateHash: protocol.Keccak256([]byte("s")),
		TraceRoot: protocol.Keccak256([]byte("r")), CID: otherCID(t), Worker: crypto.PubkeyToAddress(worker.PublicKey)}
	wc := s.Dial(t, worker)
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
	if err := s.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackFinalize(bindings.UpdateRefOf(u)))

	var out jsonLines
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- node.Watch(ctx, node.WatchConfig{Config: &cfg, Deployment: s.Deployment, NoGossip: true, FromStart: true, Kinds: kinds,
			Logger: slog.New(slog.NewTextHandler(t.Output(), nil))}, out.sink)
	}()
	testswarm.WaitFor(t, "update-finalized", 15*time.Second, func() bool {
		return find(out.objects(t), map[string]string{"kind": "update-finalized", "update": u.ID().Hex()}) != nil
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Watch: %v", err)
	}
	for _, o := range out.objects(t) {
		if o["kind"] != "update-finalized" {
			t.Fatalf("--kinds update-finalized let %v through:\n%s", o["kind"], out.String())
		}
	}
}

// TestWatch_DeadRPCRetriesThenEndsCleanly points Watch at a closed RPC port
// and a bootstrap peer that is not there: it must keep retrying (not fail),
// say what is wrong, and return nil when cancelled.
func TestWatch_DeadRPCRetriesThenEndsCleanly(t *testing.T) {
	cfg := node.DefaultConfig()
	cfg.RPCURL = "http://127.0.0.1:1"
	cfg.Bootstrap = []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWMXqannnToHb8JCr5tJxcby5KuXUgea7FZhcST85vG2At"}
	var logs syncLog
	ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
	defer cancel()
	err := node.Watch(ctx, node.WatchConfig{Config: &cfg, Deployment: testDeployment(t), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Retry: 200 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}, func(node.WatchEvent) {})
	if err != nil {
		t.Fatalf("Watch on a dead RPC returned %v, want nil after retrying until cancelled", err)
	}
	if got := strings.Count(logs.String(), "not reachable; retrying"); got < 2 {
		t.Fatalf("logged %d retries, want at least 2:\n%s", got, logs.String())
	}
	// A warning at once, then about one a minute: not one per retry.
	if got := strings.Count(logs.String(), `level=WARN msg="watch: chain RPC`); got != 1 {
		t.Fatalf("%d warnings in 1.5s of retries, want 1:\n%s", got, logs.String())
	}
	for _, want := range []string{"check --rpc-url", "no peer gossips the run's topics yet", "do --bootstrap and --swarm-key match"} {
		if !strings.Contains(logs.String(), want) {
			t.Fatalf("logs lack %q:\n%s", want, logs.String())
		}
	}
}

func TestWatch_RejectsBadConfig(t *testing.T) {
	cfg := node.DefaultConfig()
	err := node.Watch(t.Context(), node.WatchConfig{Config: &cfg, Deployment: testDeployment(t), NoGossip: true, NoChain: true}, func(node.WatchEvent) {})
	if !errors.Is(err, node.ErrConfig) || !strings.Contains(err.Error(), "nothing to watch") {
		t.Fatalf("both sources off: got %v", err)
	}
	if _, err := node.ParseWatchKinds("announcement,bogus"); err == nil || !strings.Contains(err.Error(), `"bogus"`) || !strings.Contains(err.Error(), "update-committed") {
		t.Fatalf("ParseWatchKinds(bogus): got %v, want an error naming it and listing the kinds", err)
	}
	got, err := node.ParseWatchKinds("gossip,slash")
	if err != nil {
		t.Fatal(err)
	}
	if want := append(slices.Clone(node.WatchGossipKinds), node.WatchSlash); !slices.Equal(got, want) {
		t.Fatalf("ParseWatchKinds(gossip,slash) = %v, want %v", got, want)
	}
}

func TestWatchEvent_String(t *testing.T) {
	id := protocol.Keccak256([]byte("u"))
	e := node.WatchEvent{Source: node.SourceChain, Kind: node.WatchUpdateFinalized, Block: 42, Update: &id,
		Actor: "0x1234567890abcdef1234567890abcdef12345678", Amount: "1.5"}
	got := e.String()
	for _, want := range []string{"chain", "block 42", "update-finalized", "update=" + id.Short(), "by=0x1234…5678", "amount=1.5UM"} {
		if !strings.Contains(got, want) {
			t.Fatalf("String() = %q lacks %q", got, want)
		}
	}
}

type syncLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func otherCID(t *testing.T) []byte {
	t.Helper()
	c, _, err := store.ComputeCID(t.Context(), strings.NewReader("another checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	return c.Bytes()
}
