package node_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// TestDevnet_Bootstrap starts a devnet on real MNIST with an embedded chain
// and checks everything a joining node relies on: contracts, funded and
// delegated accounts, the run and its genesis head, the genesis checkpoint
// in the seed store, and config files that node.Load accepts.
func TestDevnet_Bootstrap(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and loads MNIST; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()

	var mu sync.Mutex
	var events []node.DevnetEvent
	opts := node.DefaultDevnetOptions()
	opts.Dir = filepath.Join(t.TempDir(), "devnet")
	opts.HTTPAddr = "127.0.0.1:0"
	opts.BlockInterval = 100 * time.Millisecond
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 1, 1, 1, 1
	opts.FaultyWorker = true
	opts.NodeOptions = func(node.DevnetNode) []node.Option {
		return []node.Option{node.WithClaimTiming(5*time.Second, 150*time.Millisecond)}
	}
	opts.OnEvent = func(e node.DevnetEvent) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})

	dep := d.Deployment()
	ec, err := ethclient.DialContext(ctx, d.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	t.Run("contracts", func(t *testing.T) {
		for name, a := range map[string]common.Address{"token": dep.Token, "ledger": dep.Ledger, "disputes": dep.Disputes} {
			code, err := ec.CodeAt(ctx, a, nil)
			if err != nil || len(code) == 0 {
				t.Fatalf("%s at %s: %d bytes of code, err %v", name, a, len(code), err)
			}
		}
		if got, want := dep.ChainID, uint64(devchain.ChainID); got != want {
			t.Fatalf("chain ID %d, want %d", got, want)
		}
	})

	t.Run("run", func(t *testing.T) {
		gc, err := cid.Decode(dep.GenesisCID)
		if err != nil {
			t.Fatal(err)
		}
		genesis := protocol.GenesisUpdate(dep.RunID, dep.GenesisState, gc.Bytes()).ID()
		// Workers may already have built on it: the genesis update is final.
		ledger := bindings.NewLedger()
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &dep.Ledger, Data: ledger.PackUpdateInfo(genesis)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		info, err := ledger.UnpackUpdateInfo(out)
		if err != nil {
			t.Fatal(err)
		}
		if info.Status != bindings.StatusFinal {
			t.Fatalf("genesis update %s of run %s has status %d, want final (%d)", genesis, dep.RunID, info.Status, bindings.StatusFinal)
		}
		m, err := dep.DecodeManifest()
		if err != nil {
			t.Fatal(err)
		}
		if m.Dataset.Name != "mnist" || m.Dataset.TrainCount != 60000 {
			t.Fatalf("manifest dataset %+v, want the full MNIST", m.Dataset)
		}
	})

	t.Run("genesis checkpoint in store", func(t *testing.T) {
		gc, err := cid.Decode(dep.GenesisCID)
		if err != nil {
			t.Fatal(err)
		}
		b, err := d.Store().ReadBytes(ctx, gc)
		if err != nil {
			t.Fatalf("seed store lacks genesis %s: %v", gc, err)
		}
		if got := checkpoint.StateHash(b); got != dep.GenesisState {
			t.Fatalf("genesis bytes hash to %s, deployment says %s", got, dep.GenesisState)
		}
		pins, err := d.Store().Pins(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(pins[gc]) == 0 {
			t.Fatalf("genesis %s is not pinned", gc)
		}
		if acc := d.GenesisEval().Accuracy; acc <= 0 || acc > 0.3 {
			t.Fatalf("genesis eval accuracy %v; an untrained model should be near chance (0.1)", acc)
		}
	})

	t.Run("accounts", func(t *testing.T) {
		token := bindings.NewToken()
		nodes := d.Nodes()
		if got, want := len(nodes), 5; got != want {
			t.Fatalf("%d nodes, want %d (1 worker, 1 faulty, 1 proofer, 1 validator, 1 spare)", got, want)
		}
		for _, n := range nodes {
			// A validator alone must reach the 10% quorum of the 1B supply.
			if n.Roles[0] == node.RoleValidator && n.Tokens.Cmp(node.DevnetTokens(100_000_000)) < 0 {
				t.Fatalf("%s holds %s, below the quorum", n.Name, n.Tokens)
			}
			for _, q := range []struct {
				name string
				data []byte
			}{{"balanceOf", token.PackBalanceOf(n.Address)}, {"getVotes", token.PackGetVotes(n.Address)}} {
				out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &dep.Token, Data: q.data}, nil)
				if err != nil {
					t.Fatal(err)
				}
				// Workers have bonded part of their tokens in the ledger
				// (and may have claimed rewards since, on a slow machine)
				// and have no votes; the others hold all theirs as votes.
				want := n.Tokens
				got := new(big.Int).SetBytes(out)
				if n.Roles[0] == node.RoleWorker && q.name == "getVotes" {
					if got.Sign() != 0 {
						t.Fatalf("%s: worker has %s votes, want none", n.Name, got)
					}
				} else if n.Roles[0] == node.RoleWorker {
					want = new(big.Int).Sub(n.Tokens, node.DevnetStake)
					if got.Cmp(want) < 0 || got.Cmp(n.Tokens) >= 0 {
						t.Fatalf("%s %s of %s = %s, want from %s to below %s", n.Name, q.name, n.Address, got, want, n.Tokens)
					}
				} else if got.Cmp(want) != 0 {
					t.Fatalf("%s %s of %s = %s, want %s", n.Name, q.name, n.Address, got, want)
				}
			}
		}
	})

	t.Run("files", func(t *testing.T) {
		if _, err := p2p.LoadSwarmKey(filepath.Join(d.Dir(), "swarm.key")); err != nil {
			t.Fatal(err)
		}
		for _, n := range d.Nodes() {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			cfg, err := node.Load(fs, []string{"--config", n.ConfigPath}, func(string) string { return "" })
			if err != nil {
				t.Fatalf("%s: node.Load: %v", n.Name, err)
			}
			if got, want := cfg.RPCURL, d.URL(); got != want {
				t.Fatalf("%s: rpc_url %q, want %q", n.Name, got, want)
			}
			if len(cfg.Roles) != 1 || cfg.Roles[0] != n.Roles[0] {
				t.Fatalf("%s: roles %v, want %v", n.Name, cfg.Roles, n.Roles)
			}
			if len(cfg.Bootstrap) == 0 || !strings.Contains(cfg.Bootstrap[0], "/p2p/") {
				t.Fatalf("%s: bootstrap %v lacks the seed peer", n.Name, cfg.Bootstrap)
			}
			loaded, err := node.LoadDeployment(cfg.Deployment)
			if err != nil {
				t.Fatalf("%s: %v", n.Name, err)
			}
			if loaded.RunID != dep.RunID || loaded.Ledger != dep.Ledger || cfg.RunID != dep.RunID.Hex() {
				t.Fatalf("%s: deployment file or run_id differ from the devnet's", n.Name)
			}
			key, err := chain.LoadKey(chain.KeySource{Keystore: cfg.Keystore, PasswordFile: cfg.PasswordFile}, func(string) string { return "" })
			if err != nil {
				t.Fatalf("%s: key: %v", n.Name, err)
			}
			if got := devchain.DevAddress(n.Index); got != n.Address || got != keyAddress(key) {
				t.Fatalf("%s: keystore holds %s, want %s", n.Name, keyAddress(key), n.Address)
			}
		}
		readme, err := os.ReadFile(filepath.Join(d.Dir(), "README.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "umnode run --config") || !strings.Contains(string(readme), dep.RunID.Hex()) {
			t.Fatalf("README lacks the join command or run ID:\n%s", readme)
		}
	})

	t.Run("events", func(t *testing.T) {
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			var found *node.DevnetEvent
			for i := range events {
				if events[i].Kind == bindings.LedgerRunCreatedEventName {
					found = &events[i]
				}
			}
			mu.Unlock()
			if found != nil {
				if !strings.Contains(found.String(), "Ledger.RunCreated") || !strings.Contains(found.String(), dep.RunID.Short()) {
					t.Fatalf("RunCreated line %q lacks the contract or run", found.String())
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("no RunCreated event within 20s")
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err := d.Err(); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("nodes", func(t *testing.T) {
		for _, n := range d.Nodes() {
			if n.Started == n.Spare {
				t.Fatalf("%s: started %v, spare %v: want every non-spare node started", n.Name, n.Started, n.Spare)
			}
			switch {
			case n.Spare && !strings.Contains(n.Status, "umnode run --config "+n.ConfigPath):
				t.Fatalf("%s: status %q lacks the join command", n.Name, n.Status)
			case n.Faulty && !strings.Contains(n.Status, "corrupts 25%"):
				t.Fatalf("%s: status %q does not say it is faulty", n.Name, n.Status)
			case !n.Spare && slices.Contains(node.UnbuiltRoles(), n.Roles[0]) != strings.Contains(n.Status, "not built yet"):
				t.Fatalf("%s: status %q does not say its loop is not built", n.Name, n.Status)
			}
		}
	})

	// A worker trains an update on real MNIST and commits it; the devnet
	// fetches the checkpoint from the swarm and evaluates it.
	t.Run("update committed and evaluated", func(t *testing.T) {
		deadline := time.Now().Add(90 * time.Second)
		for {
			mu.Lock()
			var committed, eval *node.DevnetEvent
			for i := range events {
				switch events[i].Kind {
				case bindings.LedgerUpdateCommittedEventName:
					committed = &events[i]
				case "Eval":
					eval = &events[i]
				}
			}
			mu.Unlock()
			if committed != nil && eval != nil {
				if eval.Accuracy <= d.GenesisEval().Accuracy {
					t.Fatalf("update %s: accuracy %.4f, not above genesis %.4f", eval.Update.Short(), eval.Accuracy, d.GenesisEval().Accuracy)
				}
				t.Logf("%s\n%s", committed, eval)
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("within 90s: committed %v, eval %v", committed, eval)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}

func TestNewDevnet_RejectsBadOptions(t *testing.T) {
	for name, mod := range map[string]func(*node.DevnetOptions){
		"negative workers": func(o *node.DevnetOptions) { o.Workers = -1 },
		"too many nodes":   func(o *node.DevnetOptions) { o.Spares = 100 },
		"fast blocks":      func(o *node.DevnetOptions) { o.BlockInterval = time.Millisecond },
	} {
		o := node.DefaultDevnetOptions()
		mod(&o)
		if _, err := node.NewDevnet(o); err == nil || !strings.Contains(err.Error(), "devnet:") {
			t.Fatalf("%s: got %v, want a devnet error", name, err)
		}
	}
}

func keyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// TestDevnet_ExistingChain deploys on a chain the devnet did not start,
// over JSON-RPC only, where only the deployer holds ether: the devnet sends
// ether to the node accounts before they delegate and register.
func TestDevnet_ExistingChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and loads MNIST; skipped with -short")
	}
	ext, err := devchain.New(devchain.Options{Accounts: 1, Mode: devchain.OnTx, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ext.Close() })

	opts := node.DefaultDevnetOptions()
	opts.Dir = t.TempDir()
	opts.RPCURL = ext.URL()
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 1, 0, 1, 0
	opts.StartNodes, opts.Eval = false, false
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { _ = d.Stop(context.Background()) })
	if d.Chain() != nil {
		t.Fatal("devnet started its own chain despite RPCURL")
	}
	if got, want := d.URL(), ext.URL(); got != want {
		t.Fatalf("URL %s, want %s", got, want)
	}
	for _, n := range d.Nodes() {
		bal, err := ext.Client().BalanceAt(ctx, n.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Sign() == 0 {
			t.Fatalf("%s has no ether", n.Name)
		}
		if n.Started {
			t.Fatalf("%s started with StartNodes off", n.Name)
		}
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		cfg, err := node.Load(fs, []string{"--config", n.ConfigPath}, func(string) string { return "" })
		if err != nil {
			t.Fatalf("%s: %v", n.Name, err)
		}
		if cfg.RPCURL != ext.URL() {
			t.Fatalf("%s: rpc_url %s, want the existing chain %s", n.Name, cfg.RPCURL, ext.URL())
		}
	}
	code, err := ext.Client().CodeAt(ctx, d.Deployment().Ledger, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no ledger code on the existing chain: %d bytes, %v", len(code), err)
	}
}

// TestDevnet_RestartSameDir stops a devnet and starts it again on the same
// folder: the same flags resume its chain and deployment; other node counts
// are refused with what to do; Reset starts a new chain and leaves no config
// of the earlier devnet's extra nodes behind.
func TestDevnet_RestartSameDir(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and loads MNIST; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "devnet")
	opts := node.DefaultDevnetOptions()
	opts.Dir = dir
	opts.HTTPAddr = "127.0.0.1:0"
	opts.BlockInterval = 50 * time.Millisecond
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 1, 0, 1, 2
	opts.StartNodes, opts.Eval = false, false
	start := func(o node.DevnetOptions) (*node.Devnet, error) {
		t.Helper()
		d, err := node.NewDevnet(o)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Start(ctx); err != nil {
			return nil, err
		}
		return d, nil
	}
	head := func(d *node.Devnet) uint64 {
		t.Helper()
		n, err := d.Chain().Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	block1 := func(d *node.Devnet) common.Hash {
		t.Helper()
		h, err := d.Chain().Client().HeaderByNumber(ctx, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		return h.Hash()
	}
	stop := func(d *node.Devnet) {
		t.Helper()
		if err := d.Stop(context.Background()); err != nil {
			t.Fatalf("Stop: %v", err)
		}
	}

	first, err := start(opts)
	if err != nil {
		t.Fatalf("first Start: %v", err)
	}
	dep1 := *first.Deployment()
	if first.Resumed() {
		t.Fatal("first start in an empty folder says it resumed")
	}
	head1 := head(first)
	block1First := block1(first)
	stop(first)

	t.Run("same flags resume", func(t *testing.T) {
		d, err := start(opts)
		if err != nil {
			t.Fatalf("second Start: %v", err)
		}
		defer stop(d)
		if !d.Resumed() {
			t.Fatal("second start on the same folder did not resume")
		}
		dep := d.Deployment()
		if dep.Ledger != dep1.Ledger || dep.RunID != dep1.RunID || dep.StartBlock != dep1.StartBlock {
			t.Fatalf("resumed deployment ledger %s run %s start %d, want %s %s %d", dep.Ledger, dep.RunID, dep.StartBlock, dep1.Ledger, dep1.RunID, dep1.StartBlock)
		}
		if h := head(d); h < head1 {
			t.Fatalf("resumed chain is at block %d, the first one reached %d", h, head1)
		}
		if h := block1(d); h != block1First {
			t.Fatalf("resumed chain's block 1 is %s, want %s", h, block1First)
		}
		// The spare's registration from the first start is still on chain.
		spare := d.Nodes()[len(d.Nodes())-1]
		ledger := bindings.NewLedger()
		out, err := d.Chain().Client().CallContract(ctx, ethereum.CallMsg{To: &dep.Ledger, Data: ledger.PackWorkerInfo(spare.Address)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		w, err := ledger.UnpackWorkerInfo(out)
		if err != nil {
			t.Fatal(err)
		}
		if !w.Registered || w.SelfStake.Cmp(node.DevnetStake) != 0 {
			t.Fatalf("%s on the resumed chain: registered %v, stake %v; want registered with %v", spare.Name, w.Registered, w.SelfStake, node.DevnetStake)
		}
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		cfg, err := node.Load(fs, []string{"--config", spare.ConfigPath}, func(string) string { return "" })
		if err != nil {
			t.Fatal(err)
		}
		if cfg.RPCURL != d.URL() {
			t.Fatalf("%s has rpc_url %s, the resumed chain is at %s", spare.Name, cfg.RPCURL, d.URL())
		}
	})

	t.Run("other counts refused", func(t *testing.T) {
		o := opts
		o.Spares = 0
		d, err := start(o)
		if err == nil {
			stop(d)
			t.Fatal("a devnet with other node counts started on the folder of another")
		}
		if !errors.Is(err, node.ErrDevnetDir) || !strings.Contains(err.Error(), "--reset") || !strings.Contains(err.Error(), "2 spares, not 0") {
			t.Fatalf("got %v, want ErrDevnetDir naming the difference and --reset", err)
		}
	})

	t.Run("reset starts afresh", func(t *testing.T) {
		o := opts
		o.Spares = 0
		o.Reset = true
		d, err := start(o)
		if err != nil {
			t.Fatalf("Start with Reset: %v", err)
		}
		defer stop(d)
		if d.Resumed() {
			t.Fatal("Start with Reset resumed the earlier devnet")
		}
		if got, want := len(d.Nodes()), 2; got != want {
			t.Fatalf("%d nodes, want %d", got, want)
		}
		if h := block1(d); h == block1First {
			t.Fatalf("block 1 after reset is %s, the earlier chain's: not a new chain", h)
		}
		for _, f := range []string{"node-3.toml", "node-4.toml", "node-3", "node-4"} {
			if _, err := os.Stat(filepath.Join(dir, f)); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("%s of the earlier devnet is still there after reset (stat: %v)", f, err)
			}
		}
	})
}

// TestDevnet_RefusesUnresumableDir starts a devnet in a folder holding a
// node config but no devnet state (as an embedded chain kept in memory
// left it): it must refuse, not mix the old files with a new chain.
func TestDevnet_RefusesUnresumableDir(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "node-7.toml")
	if err := os.WriteFile(stale, []byte("rpc_url = \"http://127.0.0.1:1\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := node.DefaultDevnetOptions()
	opts.Dir = dir
	opts.HTTPAddr = "127.0.0.1:0"
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	err = d.Start(t.Context())
	if err == nil {
		_ = d.Stop(context.Background())
		t.Fatal("devnet started in a folder of an unresumable devnet")
	}
	if !errors.Is(err, node.ErrDevnetDir) || !strings.Contains(err.Error(), "node-7.toml") || !strings.Contains(err.Error(), "--reset") {
		t.Fatalf("got %v, want ErrDevnetDir naming node-7.toml and --reset", err)
	}
	if _, err := os.Stat(stale); err != nil {
		t.Fatalf("the refused start touched %s: %v", stale, err)
	}
}
