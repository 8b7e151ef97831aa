package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// ChallengeCommand checks one update by replay and, if it is wrong,
// challenges it and plays the dispute to its end.
type ChallengeCommand struct {
	m         *Main
	cfg       *node.Config
	id        protocol.Hash
	prefix    string // a short ID to resolve from the run's events
	bondCheck bool
	wait      time.Duration
}

func init() {
	register(commandSpec{"challenge", "replay one update and, if it is wrong, challenge it and play the dispute", 55, func(m *Main) command { return &ChallengeCommand{m: m} }})
}

// challengeSettings are the node settings challenge takes: everything but
// the roles and the proofer's sampling rate.
var challengeSettings = []string{"data-dir", "network", "chain-id", "rpc-url", "keystore", "password-file", "deployment", "run-id",
	"listen", "bootstrap", "swarm-key", "poll-interval", "log-level", "log-format"}

const challengeHelp = `
Usage: umnode challenge UPDATE-ID [--bond-check] [flags]

Does by hand what a fraud-proofer node does for one update (UPDATE-ID: 0x +
64 hex digits, or a unique prefix of at least 8, like the short IDs that
'umnode status' and 'umnode devnet' print):
  1. joins the swarm as a node with no roles (swarm key, bootstrap peers),
     follows the run on chain, and fetches the update's parent checkpoint;
  2. replays the update's k training steps from it and compares the trace
     with the committed state hash and trace root;
  3. if they match it refuses: the update is right and a challenge would
     lose its bond (nothing is sent; exit status 1);
  4. otherwise it approves the run's challenge bond, commits the challenge,
     reveals it a block later (a dispute opens), and makes the challenger's
     bisection moves until one step is left; then the validators vote on that
     step, and after the voting period it resolves the dispute and claims
     what the ledger owes the account (bond back plus a share of the slash).
It prints a line per step and the outcome. The exit status is 0 only when
the worker was slashed. Voting and move deadlines are the run's (devnet:
30 s per move, 60 s of voting), so a dispute takes minutes.

The update must be pending with its challenge window open, and not the
account's own. The account pays the bond (the run's challenge bond, in
tokens) and gas; --bond-check refuses before joining the swarm and replaying
when it holds less. Keep the command running until it ends: the challenger
loses a dispute whose move deadline it misses. If it is interrupted, run it
again with the same account: it replays the update again and resumes the
open dispute it started.

Give it its own --data-dir when a node with the same config runs (they
cannot share a data dir), and preferably another account than a running
node's (they would race for nonces). The account's key comes from
--keystore with --password-file (or UMNODE_ETH_PASSPHRASE), or, on devnets
only, UMNODE_ETH_KEY; --config reads everything from a node's TOML file.
If the chain refuses a transaction, the error names the contract's reason.

Examples:
  umnode challenge 3f2a9c1d --config devnet/node-8.toml --data-dir /tmp/challenger
  umnode challenge 0x3f2a...9c1d --bond-check --deployment deployment.json \
      --swarm-key swarm.key --bootstrap /ip4/127.0.0.1/tcp/4001/p2p/12D3...
`

// ParseFlags reads UPDATE-ID and the config.
func (c *ChallengeCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode challenge", flag.ContinueOnError)
	fs.BoolVar(&c.bondCheck, "bond-check", false, "refuse before joining the swarm if the account cannot pay the challenge bond")
	fs.DurationVar(&c.wait, "update-wait", 2*time.Minute, "how long to wait for the chain follower to see the update")
	cfg, err := c.m.loadConfig(fs, flagsFirst(args, []string{"bond-check"}), challengeHelp, challengeSettings)
	if err != nil {
		return err
	}
	pos := fs.Args()
	if len(pos) != 1 {
		return fmt.Errorf("want one argument, the UPDATE-ID to challenge (got %d)", len(pos))
	}
	if c.id, err = protocol.ParseHash(pos[0]); err != nil {
		p, ok := node.ParseUpdatePrefix(pos[0])
		if !ok {
			return fmt.Errorf("UPDATE-ID %q is not an update ID: give 0x + 64 hex digits, or a prefix of at least %d (the short form 'umnode status' and devnet print)", pos[0], node.MinUpdatePrefix)
		}
		c.prefix = p
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one), or --config with a node's TOML file"}
	}
	if c.wait <= 0 {
		return fmt.Errorf("--update-wait %v must be positive", c.wait)
	}
	c.cfg = cfg
	return nil
}

// Run checks the bond if asked, then runs node.Challenge.
func (c *ChallengeCommand) Run(ctx context.Context) error {
	w := c.m.Stdout
	if c.prefix != "" {
		a, err := c.m.openAccount(ctx, c.cfg)
		if err != nil {
			return err
		}
		c.id, err = resolveUpdate(ctx, a, c.prefix)
		a.close()
		if err != nil {
			return err
		}
	}
	if c.bondCheck {
		a, err := c.m.openAccount(ctx, c.cfg)
		if err != nil {
			return err
		}
		rc, err := a.runConfig(ctx)
		if err == nil {
			err = a.needTokens(ctx, rc.ChallengeBond, "the run's challenge bond")
		}
		a.close()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "bond check: %s can pay the challenge bond of %s\n", a.addr.Hex(), um(rc.ChallengeBond))
	}
	fmt.Fprintf(w, "checking update %s\n", c.id.Hex())
	res, err := node.Challenge(ctx, c.cfg, c.id, node.ChallengeOptions{
		UpdateWait: c.wait,
		Progress:   func(s string) { fmt.Fprintf(w, "%s %s\n", time.Now().Format("15:04:05"), s) },
	}, node.WithLogger(newLogger(c.m, c.cfg)), node.WithGetenv(c.m.Getenv))
	switch {
	case errors.Is(err, node.ErrUpdateCorrect):
		return fmt.Errorf("refused: %w", err)
	case err != nil:
		if res != nil && !res.Dispute.IsZero() {
			return fmt.Errorf("%w\nThe dispute %s is open on chain: run the same command again (same account) to resume it before its move deadline passes", err, res.Dispute.Hex())
		}
		return err
	}
	if res.WorkerSlashed() {
		fmt.Fprintf(w, "outcome: worker wrong: worker %s slashed %s; dispute %s; %s claimed by %s\n",
			res.Worker.Hex(), um(res.Slashed), res.Dispute.Hex(), um(res.Claimed), "this account")
		return nil
	}
	fmt.Fprintf(w, "outcome: %s: worker %s not slashed; dispute %s\n", node.OutcomeName(res.Outcome), res.Worker.Hex(), res.Dispute.Hex())
	return fmt.Errorf("dispute %s resolved %s: the worker was not slashed (a draw returns the bond: 'umnode claim'; challenger wrong: the bond went to the worker and the validators)",
		res.Dispute.Short(), node.OutcomeName(res.Outcome))
}

// resolveUpdate finds the run's update whose ID starts with prefix (hex,
// no 0x) in the ledger's UpdateCommitted events.
func resolveUpdate(ctx context.Context, a *account, prefix string) (protocol.Hash, error) {
	return node.ResolveUpdatePrefix(ctx, a.cl, a.dep, prefix)
}
