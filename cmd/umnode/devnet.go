package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
)

// DevnetCommand starts a private testnet on this machine.
type DevnetCommand struct {
	m         *Main
	opts      node.DevnetOptions
	exitAfter time.Duration
	endpoints string
	cfg       *node.Config
}

var devnetHelp = fmt.Sprintf(`
Usage: umnode devnet [flags]

Bootstraps a private testnet swarm on this machine and runs it until Ctrl-C
(or --exit-after):
  - an embedded EVM chain (go-ethereum, chain ID 1337) with HTTP and WebSocket
    JSON-RPC on --http-addr and a block every --block-time; or, with --rpc, an
    existing chain (the deployer key is UMNODE_ETH_KEY, else dev key 0);
  - the Token, Ledger and Disputes contracts, deployed;
  - node accounts (public dev keys 1..N) funded with tokens, votes delegated;
  - the default MNIST run (MLP 784-128-10, k = 64) created with devnet windows
    (60 s challenge window, 30 s moves, 60 s vote), its genesis checkpoint
    computed and served by a seed peer (bootstrap node, DHT server);
  - in --dir: swarm.key, deployment.json, node-<i>.toml per node (with a
    keystore and password file in node-<i>/) and README.txt on how to join.

Started again on the same --dir with the same chain and node counts, it
resumes that devnet: the embedded chain (kept in <dir>/chain) continues
from its last block (after Ctrl-C; a kill -9 can lose the last few seconds
of blocks, which nodes see as a reorg), or the --rpc chain must still hold
the deployment,
and the nodes carry on from their data dirs. A --dir holding any other
devnet is refused: pass --reset to wipe it (only the files a devnet
writes) and start over, or use another --dir.

--endpoints FILE writes one JSON object once the swarm is ready (genesis
checkpoint published, nodes started), atomically, and removes it on
shutdown, so a test in any language can wait for the file:
  {"rpc_url": "http://127.0.0.1:PORT", "ws_url", "chain_id", "embedded",
   "resumed", "dir", "deployment": ".../deployment.json", "run_id",
   "genesis_cid", "swarm_key": ".../swarm.key", "seed_peers": [...],
   "nodes": [{"name", "address", "roles": ["worker"], "faulty", "spare",
              "started", "config": ".../node-1.toml", "data_dir",
              "status_socket": ".../node-1/node.sock"}, ...]}
rpc_url has the port actually bound, also with --http-addr 127.0.0.1:0.
It prints a line per run event on chain (update committed or finalized,
challenge, move, vote, slash) and the eval accuracy of every committed
checkpoint, fetched from the swarm.

Then it starts the nodes in-process (default 2 workers, 1 fraud-proofer,
2 validators; --faulty-worker adds a worker that corrupts 25%% of its
updates) and prints each node's own actions (commits, lost races, fetches,
challenges, moves, votes).
%sThe spare configs (--spares) are funded, registered workers for
'umnode run --config <dir>/node-<i>.toml' from another terminal, where
'umnode watch --config <dir>/node-<i>.toml' streams the run's gossip and
chain events and 'umnode status' shows head, stake and a node's peers.

Examples:
  umnode devnet
  umnode devnet --dir /tmp/dn --http-addr 127.0.0.1:0 --exit-after 1m
  umnode devnet --dir /tmp/dn --reset --http-addr 127.0.0.1:0 --exit-after 10m --endpoints /tmp/dn.json
  umnode devnet --rpc http://127.0.0.1:8545 --workers 3 --faulty-worker
`, devnetUnbuilt())

func devnetUnbuilt() string {
	loops := unbuiltLoops()
	if loops == "" {
		return ""
	}
	return "Not built yet: " + loops + ". Nodes with those roles start, follow the\nrun and serve checkpoints, but do not act (so nothing challenges a faulty\nworker's updates yet).\n"
}

// ParseFlags reads the devnet's flags.
func (c *DevnetCommand) ParseFlags(_ context.Context, args []string) error {
	c.opts = node.DefaultDevnetOptions()
	o := &c.opts
	fs := flag.NewFlagSet("umnode devnet", flag.ContinueOnError)
	fs.StringVar(&o.Dir, "dir", o.Dir, "folder for the swarm key, deployment, node configs and data")
	fs.StringVar(&o.RPCURL, "rpc", "", "use this existing chain's JSON-RPC URL instead of the embedded chain")
	fs.StringVar(&o.HTTPAddr, "http-addr", o.HTTPAddr, "embedded chain's JSON-RPC address (127.0.0.1:0: a free port)")
	fs.DurationVar(&o.BlockInterval, "block-time", o.BlockInterval, "embedded chain's block interval")
	fs.IntVar(&o.Workers, "workers", o.Workers, "honest worker nodes")
	fs.IntVar(&o.Proofers, "proofers", o.Proofers, "fraud-proofer nodes")
	fs.IntVar(&o.Validators, "validators", o.Validators, "validator nodes")
	fs.IntVar(&o.Spares, "spares", o.Spares, "extra funded node configs for 'umnode run' from another terminal")
	fs.BoolVar(&o.FaultyWorker, "faulty-worker", false, "add a worker that corrupts a step now and then")
	fs.StringVar(&o.P2PListen, "p2p-listen", o.P2PListen, "seed peer's libp2p listen multiaddr")
	fs.BoolVar(&o.Eval, "eval", o.Eval, "fetch and evaluate every committed checkpoint")
	fs.BoolVar(&o.StartNodes, "start-nodes", o.StartNodes, "start the nodes in-process (false: only write their configs)")
	fs.DurationVar(&c.exitAfter, "exit-after", 0, "stop by itself after this long (0: run until Ctrl-C)")
	fs.BoolVar(&o.Reset, "reset", false, "wipe the devnet files an earlier devnet left in --dir and start afresh")
	fs.StringVar(&c.endpoints, "endpoints", "", "write the swarm's endpoints as JSON to this file once it is ready (removed on shutdown)")
	cfg, err := c.m.loadConfig(fs, args, devnetHelp, []string{"log-level", "log-format"})
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (devnet takes only flags)", fs.Arg(0))
	}
	if c.exitAfter < 0 {
		return fmt.Errorf("--exit-after %v is negative", c.exitAfter)
	}
	if o.RPCURL != "" {
		key, err := chain.KeyFromEnv(c.m.Getenv)
		switch {
		case err == nil:
			o.DeployerKey = key
		case err == chain.ErrNoKey:
			o.DeployerKey = devchain.DevKey(0)
		default:
			return err
		}
	}
	c.cfg = cfg
	return nil
}

// Run starts the devnet, prints events until ctx ends or --exit-after, then
// stops it.
func (c *DevnetCommand) Run(ctx context.Context) error {
	log := newLogger(c.m, c.cfg)
	w := c.m.Stdout
	c.opts.Logger = log
	start := time.Now()
	// Lines that come before the summary (nodes act as soon as they start)
	// wait for it.
	var mu sync.Mutex
	var held []string
	ready := false
	print := func(line string) {
		mu.Lock()
		defer mu.Unlock()
		if !ready {
			held = append(held, line)
			return
		}
		fmt.Fprint(w, line)
	}
	c.opts.OnEvent = func(e node.DevnetEvent) {
		print(fmt.Sprintf("%s %s\n", e.Time.Format("15:04:05"), e))
	}
	// Chain events come once from the devnet's own follower; of the nodes'
	// events, print only their own actions (the devnet evaluates every
	// committed checkpoint itself when --eval is on).
	c.opts.OnNodeEvent = func(n node.DevnetNode, e node.Event) {
		if !e.Local || (e.Kind == node.EventEval && c.opts.Eval) {
			return
		}
		print(fmt.Sprintf("%s %-6s %s\n", e.Time.Format("15:04:05"), n.Name, e))
	}
	d, err := node.NewDevnet(c.opts)
	if err != nil {
		return err
	}
	// An endpoints file from an earlier run must not pass for this one.
	if c.endpoints != "" {
		if err := os.Remove(c.endpoints); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("devnet: remove the old endpoints file: %w", err)
		}
	}
	fmt.Fprintf(w, "starting devnet in %s ...\n", d.Dir())
	if err := d.Start(ctx); err != nil {
		if ctx.Err() != nil {
			return errors.New("interrupted while starting; everything started so far is stopped")
		}
		return err
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := d.Stop(sctx); err != nil {
			log.Error("devnet: stop", "err", err)
		}
		fmt.Fprintln(w, "devnet stopped")
	}()
	if c.endpoints != "" {
		if err := d.WriteEndpoints(c.endpoints); err != nil {
			return err
		}
		defer os.Remove(c.endpoints)
	}
	mu.Lock()
	c.summary(d, time.Since(start))
	for _, l := range held {
		fmt.Fprint(w, l)
	}
	ready = true
	mu.Unlock()

	if c.exitAfter > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.exitAfter)
		defer cancel()
	}
	<-ctx.Done()
	if err := d.Err(); err != nil {
		return err
	}
	fmt.Fprintln(w, "shutting down")
	return nil
}

func (c *DevnetCommand) summary(d *node.Devnet, took time.Duration) {
	w := c.m.Stdout
	dep := d.Deployment()
	chainKind := "embedded"
	if d.Chain() == nil {
		chainKind = "external"
	}
	g := d.GenesisEval()
	up := "up"
	if d.Resumed() {
		up = "resumed (same chain and deployment as before)"
	}
	fmt.Fprintf(w, `devnet %s in %v
  chain      %s (chain ID %d, %s)
  contracts  token %s  ledger %s  disputes %s
  run        %s
  genesis    %s  eval accuracy %.2f%% (%d/%d), loss %.4f
  seed peer  %s
  files      %s (README.txt says how to join)
  nodes:
`, up, took.Round(time.Millisecond), d.URL(), dep.ChainID, chainKind, dep.Token, dep.Ledger, dep.Disputes, dep.RunID,
		dep.GenesisCID, 100*g.Accuracy, g.Correct, g.Count, g.Loss, strings.Join(d.SeedAddrs(), " "), d.Dir())
	for _, n := range d.Nodes() {
		roles := make([]string, len(n.Roles))
		for i, r := range n.Roles {
			roles[i] = string(r)
		}
		status := n.Status
		if status == "" {
			status = "not started (--start-nodes=false)"
		}
		fmt.Fprintf(w, "    %-8s %s %-10s %s\n", n.Name, n.Address, strings.Join(roles, ","), status)
	}
	fmt.Fprintln(w, "events (Ctrl-C stops):")
}

// newLogger builds the slog logger a config asks for, on Stderr.
func newLogger(m *Main, cfg *node.Config) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(m.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(m.Stderr, opts))
}
