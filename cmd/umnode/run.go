package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/unstoppable-models/umnode/node"
)

// RunCommand runs one node until interrupted.
type RunCommand struct {
	m         *Main
	cfg       *node.Config
	exitAfter time.Duration
	quiet     bool
}

const runHelp = `
Usage: umnode run [--config FILE] [flags]

Runs a node of a training run: it joins the swarm (swarm key, bootstrap
peers), follows the run on chain, serves checkpoints, and runs the loops of
its roles until Ctrl-C (or --exit-after). It prints a line per event it sees
or causes.

Roles (--role, comma-separated):
  worker     follow the head, train k steps, publish the checkpoint, commit it
             on chain with its stake, announce it, finalize when due, claim
             rewards. The account must be registered as a worker with at least
             the run's minimum stake (devnet accounts are).
  proofer    NOT BUILT YET: the node follows the run but replays and
             challenges nothing.
  validator  NOT BUILT YET: the node follows the run but does not vote.

The chain account's key comes from --keystore with --password-file (or
UMNODE_ETH_PASSPHRASE), or, on devnets only, the hex key in UMNODE_ETH_KEY.
The run and its contracts come from --deployment (deployment.json, written by
'umnode devnet' or the run's sponsor).

Examples:
  umnode run --config devnet/node-6.toml
  umnode run --config devnet/node-6.toml --role worker --log-level debug
  UMNODE_CONFIG=devnet/node-7.toml umnode run --exit-after 10m
`

// ParseFlags loads the node's config (flags, UMNODE_* variables, file).
func (c *RunCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode run", flag.ContinueOnError)
	fs.DurationVar(&c.exitAfter, "exit-after", 0, "stop by itself after this long (0: run until Ctrl-C)")
	fs.BoolVar(&c.quiet, "quiet", false, "print only this node's own actions, not every chain event it sees")
	cfg, err := c.m.loadConfig(fs, args, runHelp, nil)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (run takes only flags)", fs.Arg(0))
	}
	if c.exitAfter < 0 {
		return fmt.Errorf("--exit-after %v is negative", c.exitAfter)
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the deployment.json of the run (umnode devnet writes one in its folder)"}
	}
	if len(cfg.Roles) == 0 {
		return &node.FieldError{Field: "roles", Msg: "no role given; use --role worker (proofer and validator are not built yet)"}
	}
	c.cfg = cfg
	return nil
}

// Run starts the node and waits for ctx or --exit-after.
func (c *RunCommand) Run(ctx context.Context) error {
	w := c.m.Stdout
	var mu sync.Mutex
	sink := func(e node.Event) {
		if c.quiet && !e.Local {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %s\n", e.Time.Format("15:04:05"), e)
	}
	n, err := node.New(c.cfg, node.WithLogger(newLogger(c.m, c.cfg)), node.WithEventSink(sink), node.WithGetenv(c.m.Getenv))
	if err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return err
	}
	roles := make([]string, len(c.cfg.Roles))
	for i, r := range c.cfg.Roles {
		roles[i] = string(r)
	}
	dep := n.Deployment()
	fmt.Fprintf(w, "node running: roles %s\n  account  %s\n  peer     %s\n  run      %s on chain %d (%s)\n",
		strings.Join(roles, ","), n.Address(), n.PeerID(), dep.RunID, dep.ChainID, c.cfg.RPCURL)
	for _, a := range n.Addrs() {
		fmt.Fprintf(w, "  listen   %s\n", a)
	}
	for _, r := range c.cfg.Roles {
		if r != node.RoleWorker {
			fmt.Fprintf(w, "  note     the %s loop is not built yet: this node only follows the run as %s\n", r, r)
		}
	}
	if c.exitAfter > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.exitAfter)
		defer cancel()
	}
	<-ctx.Done()
	fmt.Fprintln(w, "stopping")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Stop(sctx); err != nil {
		return err
	}
	fmt.Fprintln(w, "node stopped")
	return nil
}
