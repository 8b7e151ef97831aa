package main_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	umnode "github.com/unstoppable-models/umnode/cmd/umnode"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// quietDevnet starts a devnet with no nodes of its own and one spare
// config: chain, contracts, run, seed peer and swarm key.
func quietDevnet(t *testing.T) (*node.Devnet, node.DevnetNode, *ecdsa.PrivateKey) {
	t.Helper()
	opts := node.DefaultDevnetOptions()
	opts.Dir = filepath.Join(t.TempDir(), "dn")
	opts.HTTPAddr = "127.0.0.1:0"
	opts.BlockInterval = 100 * time.Millisecond
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 0, 0, 0, 1
	opts.Eval = false
	opts.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(t.Context()); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { _ = d.Stop(context.Background()) })
	spare := d.Nodes()[0]
	key, err := chain.LoadKey(chain.KeySource{Keystore: spare.Config.Keystore, PasswordFile: spare.Config.PasswordFile}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	return d, spare, key
}

// watchUntil runs 'umnode watch' in-process until cond holds on its output
// (checked every 100ms), then interrupts it; it returns the output.
func watchUntil(t *testing.T, timeout time.Duration, cond func(out string) bool, tick func(), args ...string) string {
	t.Helper()
	var out syncBuffer
	m := &umnode.Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: t.Output(), Getenv: func(k string) string {
		if k == "UMNODE_LOG_LEVEL" {
			return "info"
		}
		return ""
	}}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, append([]string{"watch"}, args...)) }()
	deadline := time.After(timeout)
	for !cond(out.String()) {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("umnode watch ended early: %v\n%s", err, out.String())
		case <-deadline:
			cancel()
			<-done
			t.Fatalf("umnode watch: condition not met within %v:\n%s", timeout, out.String())
		case <-time.After(100 * time.Millisecond):
			if tick != nil {
				tick()
			}
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("umnode watch after Ctrl-C: %v\n%s", err, out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("umnode watch did not stop within 15s of Ctrl-C")
	}
	return out.String()
}

// TestWatch_Devnet runs 'umnode watch --config <spare>.toml --json' against a
// devnet: the watcher bootstraps from the devnet's seed peer (which speaks
// no gossip) with the swarm key, finds a gossiping peer through the DHT and
// prints its announcement; it prints the spare worker's commit from the
// chain. Then the human-readable form of the same commit with --from-start.
func TestWatch_Devnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet (chain, MNIST); skipped with -short")
	}
	d, spare, key := quietDevnet(t)
	dep := d.Deployment()

	// A gossiping peer of the swarm, joined through the seed like a node.
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	pub, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"},
		Bootstrap: d.SeedAddrs(), SwarmKeyFile: spare.Config.SwarmKey, DHTMode: p2p.DHTServer, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pub.Close() })
	g, err := p2p.NewGossip(t.Context(), pub, p2p.GossipConfig{Domain: dep.Domain(), Stake: p2p.AllowList{spare.Address: true}, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Join(dep.RunID); err != nil {
		t.Fatal(err)
	}

	// The spare worker commits an update on the genesis.
	gcid, err := cid.Decode(dep.GenesisCID)
	if err != nil {
		t.Fatal(err)
	}
	genesis := protocol.GenesisUpdate(dep.RunID, dep.GenesisState, gcid.Bytes()).ID()
	u := protocol.Update{RunID: dep.RunID, Parent: genesis, StateHash: protocol.Keccak256([]byte("s1")), TraceRoot: protocol.Keccak256([]byte("r1")),
		CID: gcid.Bytes(), Worker: crypto.PubkeyToAddress(key.PublicKey)}
	cl, err := chain.Dial(t.Context(), d.URL(), chain.Devnet, chain.WithKey(key), chain.WithLogger(logger))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	committed := false
	commit := func() {
		if committed {
			return
		}
		committed = true
		if _, err := cl.TransactAndWait(t.Context(), &dep.Ledger, bindings.NewLedger().PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID), nil); err != nil {
			t.Errorf("commit: %v", err)
		}
	}
	// Announce until the watcher has joined the mesh and prints it.
	seq := uint64(0)
	announce := func() {
		seq++ // a new step each time, so each is a new message
		a := &protocol.UpdateAnnouncement{RunID: u.RunID, UpdateID: u.ID(), Parent: u.Parent, StateHash: u.StateHash, TraceRoot: u.TraceRoot,
			CID: u.CID, Worker: u.Worker, Step: seq, EvalLoss: 2_000_000, EvalAccuracy: 1234, Timestamp: uint64(time.Now().Unix())}
		env, err := protocol.Sign(dep.Domain(), a, key)
		if err != nil {
			t.Fatal(err)
		}
		_ = g.Publish(t.Context(), env)
	}
	id := u.ID().Hex()
	var n int
	out := watchUntil(t, 40*time.Second, func(out string) bool {
		return strings.Contains(out, `"kind":"announcement"`) && strings.Contains(out, `"kind":"update-committed"`)
	}, func() {
		if n++; n%5 == 0 {
			announce()
			commit() // after the watcher started: it follows from the latest block
		}
	}, "--config", spare.ConfigPath, "--json")
	var sawAnn, sawCommit bool
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("--json line is not JSON: %q", l)
		}
		switch {
		case e["kind"] == "announcement" && e["source"] == "gossip" && e["update"] == id && e["actor"] == u.Worker.Hex():
			sawAnn = true
		case e["kind"] == "update-committed" && e["source"] == "chain" && e["update"] == id && e["parent"] == genesis.Hex():
			sawCommit = true
		}
	}
	if !sawAnn || !sawCommit {
		t.Fatalf("announcement seen %v, commit seen %v, want both:\n%s", sawAnn, sawCommit, out)
	}

	// Human-readable, chain only, from the deployment's start block.
	out = watchUntil(t, 20*time.Second, func(out string) bool { return strings.Contains(out, "update-committed") }, nil,
		"--config", spare.ConfigPath, "--no-gossip", "--from-start", "--kinds", "chain")
	line := ""
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "update-committed") {
			line = l
		}
	}
	for _, want := range []string{"chain ", "block ", "update=" + u.ID().Short(), "parent=" + genesis.Short(), "by=" + u.Worker.Hex()[:6]} {
		if !strings.Contains(line, want) {
			t.Fatalf("line %q lacks %q", line, want)
		}
	}
}

func TestWatch_HelpAndBadFlags(t *testing.T) {
	out, _, err := run(t, nil, "watch", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Usage: umnode watch", "--json", "--from-block", "--from-start", "--no-gossip", "--no-chain", "--kinds",
		"UMNODE_KINDS", "announcement", "dispute-opened", "amount_wei", "for_worker", "Examples:"} {
		if !strings.Contains(out, want) {
			t.Fatalf("watch --help lacks %q:\n%s", want, out)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"watch"}, "deployment"},
		{[]string{"watch", "--deployment", "d.json", "--kinds", "announcement,nope"}, `"nope"`},
		{[]string{"watch", "--deployment", "d.json", "--no-gossip", "--no-chain"}, "nothing to watch"},
		{[]string{"watch", "--deployment", "d.json", "--from-start", "--from-block", "9"}, "pick one"},
		{[]string{"watch", "--deployment", "d.json", "--role", "worker"}, "--role does not apply"},
		{[]string{"watch", "--deployment", "d.json", "extra"}, "unexpected argument"},
	} {
		_, _, err := run(t, nil, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--help") {
			t.Fatalf("%v: got %v, want an error naming %q and pointing at --help", tc.args, err, tc.want)
		}
	}
}
