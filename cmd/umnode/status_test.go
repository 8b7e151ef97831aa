package main_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/node"
)

// TestStatus_PeersOfRunningNode: with no node on the spare's data dir,
// 'umnode status' says so plainly and still prints the chain part; with a
// node running there, it prints the node's peer ID and its peers (the
// devnet's seed among them).
func TestStatus_PeersOfRunningNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and a node (chain, MNIST); skipped with -short")
	}
	d, spare, _ := quietDevnet(t)

	out, _, err := run(t, nil, "status", "--config", spare.ConfigPath)
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	for _, want := range []string{"run      " + d.Deployment().RunID.Hex(), "head     0x", "no node is running on data dir " + spare.Config.DataDir} {
		if !strings.Contains(out, want) {
			t.Fatalf("status without a node lacks %q:\n%s", want, out)
		}
	}

	cfg := *spare.Config
	cfg.Roles = nil // follow only: no training in this test
	n, err := node.New(&cfg, node.WithGetenv(func(string) string { return "" }),
		node.WithLogger(slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start: %v", err)
	}
	defer n.Stop(context.Background())

	seed, err := peer.AddrInfoFromString(d.SeedAddrs()[0])
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		out, _, err = run(t, nil, "status", "--config", spare.ConfigPath)
		if err != nil {
			t.Fatalf("status: %v\n%s", err, out)
		}
		if strings.Contains(out, "  "+seed.ID.String()+"  /ip4/127.0.0.1/tcp/") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status does not list the seed peer %s within 15s:\n%s", seed.ID, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, want := range []string{"node     running on " + spare.Config.DataDir, "peer " + n.PeerID().String(),
		"account " + spare.Address.Hex(), "roles none", "connected"} {
		if !strings.Contains(out, want) {
			t.Fatalf("status with a node lacks %q:\n%s", want, out)
		}
	}
	t.Logf("status with a node:\n%s", out)
	if strings.Contains(out, "no node is running") {
		t.Fatalf("status says no node runs while one does:\n%s", out)
	}
}
