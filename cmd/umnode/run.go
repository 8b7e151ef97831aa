package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
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

var runHelp = fmt.Sprintf(`
Usage: umnode run [--config FILE] [flags]

Runs a node of a training run: it joins the swarm (swarm key, bootstrap
peers), follows the run on chain, serves checkpoints, and runs the loops of
its roles until Ctrl-C (or --exit-after). It prints a line per event it sees
or causes.

Roles (--role, comma-separated):
%s
The chain account's key comes from --keystore with --password-file (or
UMNODE_ETH_PASSPHRASE), or, on devnets only, the hex key in UMNODE_ETH_KEY.
The run and its contracts come from --deployment (deployment.json, written by
'umnode devnet' or the run's sponsor).

Examples:
  umnode run --config devnet/node-6.toml
  umnode run --config devnet/node-6.toml --role worker --log-level debug
  UMNODE_CONFIG=devnet/node-7.toml umnode run --exit-after 10m
`, roleHelp())

// roleHelp describes each role, saying plainly which are not built yet.
func roleHelp() string {
	desc := map[node.Role]string{
		node.RoleWorker: "follow the head, train k steps, publish the checkpoint, commit it\n" +
			"             on chain with its stake, announce it, finalize when due, claim\n" +
			"             rewards. The account must be registered as a worker with at least\n" +
			"             the run's minimum stake (devnet accounts are).",
		node.RoleProofer:   "replay announced updates and challenge wrong ones, then play the\n             bisection game.",
		node.RoleValidator: "replay the single disputed step of a dispute and vote.",
	}
	var b strings.Builder
	for _, r := range []node.Role{node.RoleWorker, node.RoleProofer, node.RoleValidator} {
		d := desc[r]
		if !slices.Contains(node.BuiltRoles, r) {
			d = "NOT BUILT YET: the node follows the run but does not act. (Planned:\n             " + d + ")"
		}
		fmt.Fprintf(&b, "  %-10s %s\n", r, d)
	}
	return b.String()
}

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
		return &node.FieldError{Field: "roles", Msg: "no role given; use --role worker, proofer or validator"}
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
		if !slices.Contains(node.BuiltRoles, r) {
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
