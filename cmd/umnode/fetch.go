package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p/store"
)

func init() {
	register(commandSpec{"fetch", "fetch a checkpoint (head, update ID or CID) into the local store, hash-checked", 60, func(m *Main) command { return &FetchCommand{m: m} }})
}

// FetchCommand fetches a checkpoint into the data dir's store.
type FetchCommand struct {
	m       *Main
	cfg     *node.Config
	ref     node.CheckpointRef
	timeout time.Duration
	noPeer  time.Duration
	quiet   bool
}

const refHelp = `  head        the run's current head (the latest head event of the ledger,
              confirmed with its isHead view)
  UPDATE-ID   an update of the run (0x and 64 hex digits), or its genesis;
              or a unique prefix of at least 8 hex digits, like the short
              IDs that 'umnode status' and 'umnode devnet' print
  CID         a checkpoint CID; when an update of the run commits it, its
              state hash is checked too, otherwise the CID alone is the check
`

const fetchHelp = `
Usage: umnode fetch [--config FILE] [flags] CID|UPDATE-ID|head

Joins the run's swarm (--swarm-key, --bootstrap) as a short-lived client and
fetches a checkpoint over bitswap into the store of --data-dir, where it
stays pinned and is served to peers whenever a node runs on that data dir.
What to fetch:
` + refHelp + `
The bytes must hash (sha256) to the state hash the update committed on
chain; otherwise the fetch fails and nothing is kept pinned. It prints the
CID, size, hash and throughput; a progress bar goes to stderr (plain lines
when stderr is not a terminal; --quiet turns it off). It gives up at
--timeout, or sooner when no peer can serve it: after --no-peer-wait (15s)
with no peer at all connected (check --bootstrap and --swarm-key then), or
once every connected peer has answered that it lacks the checkpoint
(DONT_HAVE) and no new peer has appeared for --no-peer-wait.

The data dir's store is locked while a node runs on it: stop that node or
give another --data-dir. To write the checkpoint to a file, use
'umnode export'.

Examples:
  umnode fetch --config devnet/node-6.toml head
  umnode fetch --config devnet/node-6.toml --timeout 30s 0x5d1e...
  umnode fetch --config devnet/node-6.toml 5d1e07a2
  umnode fetch --config devnet/node-6.toml bafybeig...
`

// clientSettings are the node settings fetch and export use.
var clientSettings = []string{"network", "chain-id", "rpc-url", "deployment", "run-id", "data-dir", "bootstrap", "swarm-key", "log-level", "log-format"}

// ParseFlags loads the config and the checkpoint argument.
func (c *FetchCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode fetch", flag.ContinueOnError)
	fs.DurationVar(&c.timeout, "timeout", 5*time.Minute, "give up when the checkpoint has not arrived after this long")
	noPeerWaitFlag(fs, &c.noPeer)
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar")
	cfg, err := c.m.loadConfig(fs, args, fetchHelp, clientSettings)
	if err != nil {
		return err
	}
	rest, err := positional(fs, 1, "CID|UPDATE-ID|head")
	if err != nil {
		return err
	}
	if c.timeout <= 0 {
		return fmt.Errorf("--timeout %v must be positive", c.timeout)
	}
	if c.noPeer < 0 {
		return fmt.Errorf("--no-peer-wait %v must not be negative (0 waits for --timeout)", c.noPeer)
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one)"}
	}
	if c.ref, err = node.ParseCheckpointRef(rest[0]); err != nil {
		return err
	}
	c.cfg = cfg
	return nil
}

// noPeerWaitFlag registers --no-peer-wait, which fetch and export share.
func noPeerWaitFlag(fs *flag.FlagSet, d *time.Duration) {
	fs.DurationVar(d, "no-peer-wait", node.DefaultNoPeerTimeout,
		"give up after this long with no peer connected, or with every connected peer having answered that it lacks the checkpoint and no new one appearing (0: wait for --timeout)")
}

// positional returns exactly n arguments left after the flags, or says
// what is wrong (flags after the arguments are the usual slip).
func positional(fs *flag.FlagSet, n int, usage string) ([]string, error) {
	args := fs.Args()
	for i, a := range args {
		if strings.HasPrefix(a, "-") && len(a) > 1 && i > 0 {
			return nil, fmt.Errorf("flag %s after the arguments: put flags first (umnode %s [flags] %s)", a, strings.TrimPrefix(fs.Name(), "umnode "), usage)
		}
	}
	switch {
	case len(args) < n:
		return nil, fmt.Errorf("missing argument: want %s", usage)
	case len(args) > n:
		return nil, fmt.Errorf("unexpected argument %q: want %s", args[n], usage)
	}
	return args, nil
}

// Run fetches.
func (c *FetchCommand) Run(ctx context.Context) error {
	f, info, err := openAndResolve(ctx, c.m, c.cfg, c.ref, c.noPeer)
	if err != nil {
		return err
	}
	defer f.Close()
	fctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	bar := newProgressBar(c.m.Stderr, "fetch", c.quiet)
	res, err := f.Fetch(fctx, info, func(p store.Progress) { bar.Update(p.BytesDone, p.BytesTotal) })
	bar.Done()
	if err != nil {
		return fetchFailure(ctx, c.timeout, err)
	}
	w := c.m.Stdout
	fmt.Fprintf(w, "fetched  %s\n", info.CID)
	printInfo(w, info)
	printResult(w, res)
	fmt.Fprintf(w, "pinned   in %s (reason %q)\n", filepath.Join(c.cfg.DataDir, "store"), node.FetchPinReason)
	return nil
}

// openAndResolve opens a Fetcher on cfg that waits noPeer for a peer that
// can serve (see node.Fetcher.SetNoPeerTimeout) and resolves ref.
func openAndResolve(ctx context.Context, m *Main, cfg *node.Config, ref node.CheckpointRef, noPeer time.Duration) (*node.Fetcher, *node.CheckpointInfo, error) {
	// A one-shot client: the host's start-up lines (info) are noise next
	// to the progress bar and the result; --log-level debug shows them.
	lc := *cfg
	if lc.LogLevel == "info" {
		lc.LogLevel = "warn"
	}
	f, err := node.OpenFetcher(ctx, cfg, node.WithLogger(newLogger(m, &lc)))
	if err != nil {
		return nil, nil, err
	}
	f.SetNoPeerTimeout(noPeer)
	info, err := f.ResolveRef(ctx, ref)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// fetchFailure says which limit ended a fetch: an interrupt, the lack of
// any peer that can serve it (the error says which), or --timeout.
func fetchFailure(ctx context.Context, timeout time.Duration, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted: %w", err)
	}
	if errors.Is(err, node.ErrNoSource) {
		return fmt.Errorf("%w (gave up before --timeout %v; --no-peer-wait sets how long to wait for a peer that has it)", err, timeout)
	}
	if errors.Is(err, node.ErrNotServed) {
		return fmt.Errorf("%w (waited --timeout %v)", err, timeout)
	}
	return err
}

// printInfo prints what the chain says about the checkpoint.
func printInfo(w io.Writer, info *node.CheckpointInfo) {
	switch {
	case info.Genesis:
		fmt.Fprintf(w, "update   %s (the run's genesis)\n", info.Update)
	case !info.Update.IsZero():
		fmt.Fprintf(w, "update   %s (%s), parent %s\n         worker %s, committed in block %d\n",
			info.Update, node.StatusName(info.Status), info.Parent.Short(), info.Worker.Hex(), info.Block)
		if info.Status == bindings.StatusReverted {
			fmt.Fprintln(w, "         note: this update was reverted (proven wrong, or built on one that was)")
		}
	case info.Conflict:
		fmt.Fprintln(w, "update   none: updates of the run commit this CID with different state hashes\n         (one of them is wrong); checked against the CID only")
	default:
		fmt.Fprintln(w, "update   none: no update of the run commits this CID; checked against the CID only")
	}
}

// printResult prints size, hash and throughput.
func printResult(w io.Writer, res *node.FetchResult) {
	blocks := "blocks"
	if res.Blocks == 1 {
		blocks = "block"
	}
	fmt.Fprintf(w, "size     %s MB (%d bytes), %d %s, %d from peers\n", mb(res.Size), res.Size, res.Blocks, blocks, res.Fetched)
	check := "matches the state hash committed on chain"
	if res.Info.StateHash.IsZero() {
		check = "computed; no on-chain state hash to check it against"
	}
	fmt.Fprintf(w, "sha256   %s (%s)\n", res.Hash, check)
	if rate := res.BytesPerSecond(); rate > 0 {
		fmt.Fprintf(w, "took     %v, %s MB/s from peers\n", res.Elapsed.Round(time.Millisecond), mb(int64(rate)))
	} else {
		fmt.Fprintf(w, "took     %v, every block was already local\n", res.Elapsed.Round(time.Millisecond))
	}
}
