package main_test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// fetchDevnet is a devnet (embedded chain, MNIST run, seed peer; no nodes
// started) on which one update is committed whose checkpoint the seed
// serves, and on top of it one whose committed state hash is wrong.
type fetchDevnet struct {
	d          *node.Devnet
	config     string // a node config file (not running)
	good, bad  protocol.Hash
	goodCID    cid.Cid
	goodHash   protocol.Hash
	goodStep   uint64
	goodParent protocol.Hash
}

func newFetchDevnet(t *testing.T) *fetchDevnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	d, err := node.NewDevnet(node.DevnetOptions{
		Dir: t.TempDir(), HTTPAddr: "127.0.0.1:0", BlockInterval: 50 * time.Millisecond,
		Workers: 1, StartNodes: false, Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = d.Stop(ctx)
	})
	f := &fetchDevnet{d: d, config: d.Nodes()[0].ConfigPath}
	dep := d.Deployment()

	// A checkpoint of the run other than the genesis: the genesis one step
	// on, with one weight changed.
	gcid, err := cid.Decode(dep.GenesisCID)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := d.Store().ReadBytes(ctx, gcid)
	if err != nil {
		t.Fatal(err)
	}
	ck, err := checkpoint.Decode(gb)
	if err != nil {
		t.Fatal(err)
	}
	ck.Step++
	ck.Tensors[0].Data[0] += 0.5
	b, err := checkpoint.Encode(ck)
	if err != nil {
		t.Fatal(err)
	}
	if f.goodCID, f.goodHash, err = d.Store().ImportBytes(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := d.Store().Pin(ctx, f.goodCID, "test"); err != nil {
		t.Fatal(err)
	}
	f.goodStep = ck.Step

	// Commit it from the devnet's worker account, then one with the right
	// CID but the genesis's state hash.
	worker, err := chain.Dial(ctx, d.URL(), chain.Devnet, chain.WithKey(devchain.DevKey(d.Nodes()[0].Index)))
	if err != nil {
		t.Fatal(err)
	}
	defer worker.Close()
	f.goodParent = protocol.GenesisUpdate(dep.RunID, dep.GenesisState, gcid.Bytes()).ID()
	commit := func(parent, hash protocol.Hash, c cid.Cid) protocol.Hash {
		u := protocol.Update{RunID: dep.RunID, Parent: parent, StateHash: hash, TraceRoot: protocol.Keccak256([]byte("trace")), CID: c.Bytes(), Worker: worker.From()}
		data := bindings.NewLedger().PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID)
		if _, err := worker.TransactAndWait(ctx, &dep.Ledger, data, nil); err != nil {
			t.Fatalf("commit: %v", err)
		}
		return u.ID()
	}
	f.good = commit(f.goodParent, f.goodHash, f.goodCID)
	f.bad = commit(f.good, dep.GenesisState, f.goodCID)
	return f
}

func mustCID(t *testing.T, s string) cid.Cid {
	t.Helper()
	c, err := cid.Decode(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFetchExport_Devnet runs fetch and export against one devnet (starting
// one takes most of the time).
func TestFetchExport_Devnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet on MNIST (about 5s)")
	}
	f := newFetchDevnet(t)
	t.Run("Fetch", func(t *testing.T) { testFetch(t, f) })
	t.Run("Export", func(t *testing.T) { testExport(t, f) })
	t.Run("FailsClearly", func(t *testing.T) { testFetchFails(t, f) })
}

func testFetch(t *testing.T, f *fetchDevnet) {
	dataDir := t.TempDir()
	fetch := func(args ...string) string {
		t.Helper()
		out, stderr, err := run(t, nil, append([]string{"fetch", "--config", f.config, "--data-dir", dataDir}, args...)...)
		if err != nil {
			t.Fatalf("umnode fetch %v: %v\n%s%s", args, err, out, stderr)
		}
		return out
	}

	out := fetch("--quiet", f.good.Hex())
	t.Logf("umnode fetch UPDATE-ID:\n%s", out)
	for _, want := range []string{"fetched  " + f.goodCID.String(), "update   " + f.good.Hex() + " (pending)",
		"sha256   " + f.goodHash.Hex() + " (matches the state hash committed on chain)", "MB/s from peers", "pinned   in " + filepath.Join(dataDir, "store")} {
		if !strings.Contains(out, want) {
			t.Fatalf("fetch by update ID printed no %q:\n%s", want, out)
		}
	}

	// The short ID that status prints resolves to the update.
	short := strings.TrimPrefix(f.good.Hex(), "0x")[:8]
	out = fetch("--quiet", short)
	if want := "update   " + f.good.Hex() + " (pending)"; !strings.Contains(out, want) {
		t.Fatalf("fetch by the prefix %s printed no %q:\n%s", short, want, out)
	}

	out = fetch(f.goodCID.String())
	// Both updates commit this CID, with different state hashes.
	for _, want := range []string{"commit this CID with different state hashes", "every block was already local"} {
		if !strings.Contains(out, want) {
			t.Fatalf("fetch by CID printed no %q:\n%s", want, out)
		}
	}

	// The head is the bad update: its bytes do not hash to its state hash.
	_, _, err := run(t, nil, "fetch", "--config", f.config, "--data-dir", dataDir, "head")
	if err == nil || !strings.Contains(err.Error(), "update "+f.bad.Short()) || !strings.Contains(err.Error(), "do not hash to the state hash") {
		t.Fatalf("fetch head (an update with a wrong hash): %v", err)
	}
}

func testExport(t *testing.T, f *fetchDevnet) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.safetensors")
	out, stderr, err := run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), f.good.Hex(), path)
	if err != nil {
		t.Fatalf("export: %v\n%s%s", err, out, stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := protocol.Hash(sha256.Sum256(b)), f.goodHash; got != want {
		t.Fatalf("exported file hashes to %s, want the on-chain state hash %s", got, want)
	}
	t.Logf("umnode export:\n%s", out)
	ck, err := checkpoint.Decode(b)
	if err != nil {
		t.Fatalf("exported file does not decode: %v", err)
	}
	if ck.Step != f.goodStep || ck.RunID != f.d.Deployment().RunID {
		t.Fatalf("exported step %d of run %s, want step %d of %s", ck.Step, ck.RunID, f.goodStep, f.d.Deployment().RunID)
	}
	for _, want := range []string{"wrote    " + path, fmt.Sprintf("model    step %d, ", f.goodStep)} {
		if !strings.Contains(out, want) {
			t.Fatalf("export printed no %q:\n%s", want, out)
		}
	}

	// An existing PATH stays as it is without --force.
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), f.good.Hex(), path)
	if err == nil || !strings.Contains(err.Error(), "pass --force to overwrite") {
		t.Fatalf("export over an existing file: %v, want a refusal naming --force", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "keep me" {
		t.Fatalf("existing file changed to %d bytes", len(got))
	}
	if _, _, err := run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), "--force", f.good.Hex(), path); err != nil {
		t.Fatalf("export --force: %v", err)
	}
	// By the short ID that status prints.
	short := strings.TrimPrefix(f.good.Hex(), "0x")[:8]
	if out, _, err := run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), "--force", short, path); err != nil || !strings.Contains(out, "update   "+f.good.Hex()) {
		t.Fatalf("export by the prefix %s: %v\n%s", short, err, out)
	}

	// The genesis, with its eval accuracy as the devnet computed it.
	gen := protocol.GenesisUpdate(f.d.Deployment().RunID, f.d.Deployment().GenesisState, mustCID(t, f.d.Deployment().GenesisCID).Bytes()).ID()
	out, _, err = run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), "--eval", gen.Hex(), filepath.Join(dir, "genesis.safetensors"))
	if err != nil {
		t.Fatalf("export --eval of the genesis: %v", err)
	}
	ge := f.d.GenesisEval()
	if want := fmt.Sprintf("eval     accuracy %.2f%% (%d of %d)", 100*ge.Accuracy, ge.Correct, ge.Count); !strings.Contains(out, want) {
		t.Fatalf("export --eval printed no %q:\n%s", want, out)
	}
	if err := os.Remove(filepath.Join(dir, "genesis.safetensors")); err != nil {
		t.Fatal(err)
	}

	// The bad update: nothing written.
	bad := filepath.Join(dir, "bad.safetensors")
	_, _, err = run(t, nil, "export", "--config", f.config, "--data-dir", t.TempDir(), f.bad.Hex(), bad)
	if err == nil || !strings.Contains(err.Error(), "nothing was written") {
		t.Fatalf("export of an update with a wrong hash: %v", err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 || ents[0].Name() != "model.safetensors" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("export folder holds %v, want only model.safetensors", names)
	}
}

func testFetchFails(t *testing.T, f *fetchDevnet) {
	dataDir := t.TempDir()
	base := []string{"--config", f.config, "--data-dir", dataDir}

	unknown := protocol.Keccak256([]byte("no such update")).Hex()
	_, _, err := run(t, nil, append(append([]string{"fetch"}, base...), unknown)...)
	if err == nil || !strings.Contains(err.Error(), "is not on the ledger") || !strings.Contains(err.Error(), "umnode status") {
		t.Fatalf("fetch of an unknown update: %v", err)
	}

	b := make([]byte, 5000)
	rand.Read(b)
	c, _, err := store.ComputeCID(t.Context(), strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, _, err = run(t, nil, append(append([]string{"fetch"}, base...), "--timeout", "2s", c.String())...)
	if err == nil || !strings.Contains(err.Error(), "no peer served "+c.String()+" in 2s") ||
		!strings.Contains(err.Error(), "is a node with this checkpoint running? check --bootstrap") {
		t.Fatalf("fetch of a CID nobody has: %v", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("took %v with --timeout 2s", d)
	}

	// Every connected peer (the seed) answers DONT_HAVE and no other peer
	// comes: it gives up after --no-peer-wait, well before --timeout, and
	// says so instead of blaming the timeout.
	start = time.Now()
	_, _, err = run(t, nil, append(append([]string{"fetch"}, base...), "--timeout", "30s", "--no-peer-wait", "1s", c.String())...)
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "no peer has "+c.String()+": ") ||
		!strings.Contains(err.Error(), "answered DONT_HAVE and no new peer appeared in 1s") || strings.Contains(err.Error(), "waited --timeout") {
		t.Fatalf("fetch of a CID nobody has, --no-peer-wait 1s: %v", err)
	}
	if took > 15*time.Second {
		t.Fatalf("gave up after %v with --no-peer-wait 1s", took)
	}
	t.Logf("gave up after %v: %v", took.Round(time.Millisecond), err)

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"fetch"}, "missing argument"},
		{[]string{"fetch", "--no-peer-wait", "-1s", "head"}, "--no-peer-wait"},
		{[]string{"fetch", "--no-peer-wait", "15", "head"}, `write a duration such as "15s"`},
		{[]string{"fetch", "00000000"}, "no update of run"},
		{[]string{"fetch", "head", "--timeout", "1s"}, "put flags first"},
		{[]string{"fetch", "head", "extra"}, `unexpected argument "extra"`},
		{[]string{"fetch", "--timeout", "0s", "head"}, "--timeout"},
		{[]string{"fetch", "--role", "worker", "head"}, "--role does not apply"},
		{[]string{"export", "head"}, "missing argument"},
		{[]string{"fetch", "latest"}, `"head"`},
	} {
		args := append([]string{tc.args[0], "--config", f.config, "--data-dir", dataDir}, tc.args[1:]...)
		if _, _, err := run(t, nil, args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("umnode %v: %v, want an error with %q", tc.args, err, tc.want)
		}
	}
}

func TestFetch_Help(t *testing.T) {
	for _, tc := range []struct {
		cmd  string
		want []string
	}{
		{"fetch", []string{"Usage: umnode fetch", "CID|UPDATE-ID|head", "--timeout", "--no-peer-wait", "prefix of at least 8", "--quiet", "UMNODE_TIMEOUT", "--bootstrap", "--swarm-key", "--data-dir", "Examples:"}},
		{"export", []string{"Usage: umnode export", "PATH", "--force", "--eval", "atomically", "safetensors", "--data-dir", "Examples:"}},
	} {
		out, _, err := run(t, nil, tc.cmd, "--help")
		if err != nil {
			t.Fatalf("%s --help: %v", tc.cmd, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Fatalf("%s --help lacks %q:\n%s", tc.cmd, w, out)
			}
		}
		if strings.Contains(out, "--role") || strings.Contains(out, "--keystore") {
			t.Fatalf("%s --help lists node settings it ignores:\n%s", tc.cmd, out)
		}
	}
}
