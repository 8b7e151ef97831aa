package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

func init() {
	register(commandSpec{"watch", "stream a run's announcements, challenges, moves, votes and slashes (gossip and chain)", 30, func(m *Main) command { return &WatchCommand{m: m} }})
}

// WatchCommand streams a run's activity until interrupted.
type WatchCommand struct {
	m         *Main
	cfg       *node.Config
	dep       *node.Deployment
	json      bool
	fromBlock uint64
	fromStart bool
	noGossip  bool
	noChain   bool
	kinds     []node.WatchKind
	identity  string   // --data-dir given on the command line
	listen    []string // --listen given on the command line
}

var watchHelp = fmt.Sprintf(`
Usage: umnode watch [--config FILE] [flags]

Streams what happens in the run of --deployment, one line per event, until
Ctrl-C:
  - gossip: joins the swarm (--bootstrap peers, --swarm-key) with a
    throwaway libp2p identity, subscribes to the run's update and dispute
    topics and prints the messages that pass the same checks a node makes
    (signature, author staked on chain, fresh, not a duplicate): so nothing
    invalid is shown;
  - chain: follows the ledger and disputes contracts at --rpc-url from the
    latest block (or --from-block, --from-start) and prints the run's
    contract events.
Each line says its source. It needs no key and sends no transaction. A dead
RPC endpoint or no reachable peer is reported on stderr and retried.

Kinds (--kinds, comma-separated; "gossip" or "chain" for all of a source):
  gossip: %s
  chain:  %s

--json prints one JSON object per line with these fields (omitted when
they do not apply):
  time        RFC 3339 time the watcher saw the event
  source      "gossip" or "chain"
  kind        one of the kinds above
  block, tx   chain: block number and transaction hash
  block_time  chain: the block's timestamp (chain time, RFC 3339)
  update, parent, dispute, state, root, commitment
              32-byte hashes, 0x-prefixed hex (state: state hash; root:
              trace root)
  actor       address of the author: worker, challenger, mover, voter,
              slashed worker
  worker      dispute-opened: the challenged worker
  cid         checkpoint CID
  index       bisection index (move, bisection-move, vote-notice) or the
              disputed step (voting-opened)
  step, accuracy, loss
              announcement: global step, eval accuracy in [0, 1], eval loss
  for_worker  vote, vote-notice: whether the vote supports the worker
  outcome     dispute-resolved: worker-wrong, challenger-wrong or draw
  amount      tokens as a decimal string (reward, bond, vote weight,
              slashed); amount_wei the same in base units
  deadline, expires
              voting-opened deadline, work-claim expiry (RFC 3339)
  peer, from  gossip: the publishing peer and the peer that relayed it

The watcher listens on an ephemeral TCP port and uses a temporary identity,
even when --config names a node's data dir and listen addresses; give
--data-dir or --listen on the command line to choose them (not the data dir
of a running node).

Examples:
  umnode watch --config devnet/node-1.toml
  umnode watch --config devnet/node-1.toml --json --from-start | jq .
  umnode watch --config devnet/node-1.toml --no-gossip --kinds dispute-opened,vote,slash
`, kindNames(node.WatchGossipKinds), kindNames(node.WatchChainKinds))

func kindNames(ks []node.WatchKind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// ParseFlags loads the config.
func (c *WatchCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode watch", flag.ContinueOnError)
	fs.BoolVar(&c.json, "json", false, "print one JSON object per line (fields above)")
	fs.Uint64Var(&c.fromBlock, "from-block", 0, "first block to follow (default: the latest block)")
	fs.BoolVar(&c.fromStart, "from-start", false, "follow the chain from the deployment's start block")
	fs.BoolVar(&c.noGossip, "no-gossip", false, "do not join the swarm; chain events only")
	fs.BoolVar(&c.noChain, "no-chain", false, "print no chain events (the chain is still read to check gossip authors' stake)")
	kinds := fs.String("kinds", "", "comma-separated kinds to print (default: all)")
	cfg, err := c.m.loadConfig(fs, args, watchHelp, []string{"network", "chain-id", "rpc-url", "deployment", "run-id",
		"bootstrap", "swarm-key", "data-dir", "listen", "poll-interval", "log-level", "log-format"})
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (watch takes only flags)", fs.Arg(0))
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one), or --config of a devnet node"}
	}
	if c.fromStart && c.fromBlock != 0 {
		return errors.New("--from-start and --from-block both given; pick one")
	}
	if c.noGossip && c.noChain {
		return errors.New("--no-gossip and --no-chain both given: nothing to watch")
	}
	if c.kinds, err = node.ParseWatchKinds(*kinds); err != nil {
		return fmt.Errorf("--kinds: %w", err)
	}
	given := flagsIn(fs, args)
	if slices.Contains(given, "data-dir") {
		c.identity = cfg.DataDir
	}
	if slices.Contains(given, "listen") {
		c.listen = cfg.Listen
	}
	c.cfg = cfg
	return nil
}

// Run watches until ctx ends.
func (c *WatchCommand) Run(ctx context.Context) error {
	dep, err := node.LoadDeployment(c.cfg.Deployment)
	if err != nil {
		return err
	}
	if c.cfg.RunID != "" {
		want, err := protocol.ParseHash(c.cfg.RunID)
		if err != nil {
			return &node.FieldError{Field: "run_id", Msg: err.Error()}
		}
		if want != dep.RunID {
			return &node.FieldError{Field: "run_id", Msg: fmt.Sprintf("%s, but the deployment's run is %s", want, dep.RunID)}
		}
	}
	if c.identity != "" {
		if _, err := node.QueryStatus(ctx, c.identity); err == nil {
			return fmt.Errorf("a node is running on --data-dir %s: the watcher cannot share its libp2p identity; omit --data-dir (a throwaway identity is used) or give another directory", c.identity)
		}
	}
	w := c.m.Stdout
	var mu sync.Mutex
	sink := func(e node.WatchEvent) {
		mu.Lock()
		defer mu.Unlock()
		if c.json {
			b, err := json.Marshal(e)
			if err != nil {
				return
			}
			fmt.Fprintf(w, "%s\n", b)
			return
		}
		fmt.Fprintf(w, "%s %s\n", e.Time.Format("15:04:05"), e)
	}
	log := newLogger(c.m, c.cfg)
	sources := []string{}
	if !c.noGossip {
		sources = append(sources, "gossip")
	}
	if !c.noChain {
		sources = append(sources, "chain "+c.cfg.RPCURL)
	}
	log.Info("watching run "+dep.RunID.Short(), "sources", strings.Join(sources, ", "))
	err = node.Watch(ctx, node.WatchConfig{
		Config: c.cfg, Deployment: dep, NoGossip: c.noGossip, NoChain: c.noChain,
		FromStart: c.fromStart, FromBlock: c.fromBlock, Kinds: c.kinds,
		IdentityDir: c.identity, Listen: c.listen, Logger: log,
	}, sink)
	if err != nil {
		return err
	}
	return nil
}
