package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// StatusCommand prints a run's state on chain and an account's stake.
type StatusCommand struct {
	m       *Main
	cfg     *node.Config
	address string
	recent  int
	peers   bool
}

const statusHelp = `
Usage: umnode status [--config FILE] [flags]

Reads the run of --deployment from the chain at --rpc-url and prints:
  - the head: update ID, height, revert generation, and how many updates
    were committed, finalized and reverted since the deployment;
  - pending updates (not final yet) with their worker, status and when
    their challenge window closes; an update on a branch that a revert
    discarded (an ancestor was proven wrong, so the head went back to that
    ancestor's parent) is shown as abandoned: it can never be finalized;
  - the training lost to reverts: updates reverted or abandoned, and their
    training steps (k per update);
  - for the node's account (from --keystore/--password-file, UMNODE_ETH_KEY,
    or --address): worker registration, self stake, commission, open
    disputes, token balance and payouts owed.
It needs no running node. When a node runs on --data-dir (umnode run with
the same config), it also prints, from that node's status API (the unix
socket <data dir>/node.sock): its peer ID, account and roles, the head it
has seen, how many peers it is connected to and the first 10 of them (all
with --peers). Otherwise it says that no node is running on that data dir.

Examples:
  umnode status --config devnet/node-1.toml
  umnode status --config devnet/node-1.toml --address 0x1234...
  umnode status --config devnet/node-1.toml --peers
`

// ParseFlags loads the config.
func (c *StatusCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode status", flag.ContinueOnError)
	fs.StringVar(&c.address, "address", "", "account to show the stake of (default: the node's key)")
	fs.IntVar(&c.recent, "recent", 20, "pending updates to list at most")
	fs.BoolVar(&c.peers, "peers", false, "list every connected peer of the running node (default: the first 10)")
	cfg, err := c.m.loadConfig(fs, args, statusHelp, []string{"network", "chain-id", "rpc-url", "keystore", "password-file", "deployment", "run-id", "data-dir", "log-level", "log-format"})
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (status takes only flags)", fs.Arg(0))
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one)"}
	}
	if c.address != "" && !common.IsHexAddress(c.address) {
		return fmt.Errorf("--address %q is not an Ethereum address (0x + 40 hex digits)", c.address)
	}
	c.cfg = cfg
	return nil
}

type statusUpdate struct {
	id     protocol.Hash
	worker common.Address
	block  uint64
}

// Run queries the chain, then the node running on the data dir, if any
// (also when the chain part failed).
func (c *StatusCommand) Run(ctx context.Context) error {
	err := c.chainStatus(ctx)
	c.nodeStatus(ctx)
	return err
}

// shownPeers is how many peers status lists without --peers.
const shownPeers = 10

// nodeStatus prints what the node on the data dir says about itself.
func (c *StatusCommand) nodeStatus(ctx context.Context) {
	w := c.m.Stdout
	st, err := node.QueryStatus(ctx, c.cfg.DataDir)
	if errors.Is(err, node.ErrNoNode) {
		fmt.Fprintf(w, "node     no node is running on data dir %s (start one with 'umnode run' and this config to see its peers)\n", c.cfg.DataDir)
		return
	}
	if err != nil {
		fmt.Fprintf(w, "node     status API of the node on %s did not answer: %v\n", c.cfg.DataDir, err)
		return
	}
	roles := make([]string, len(st.Roles))
	for i, r := range st.Roles {
		roles[i] = string(r)
	}
	if len(roles) == 0 {
		roles = []string{"none (follows the run)"}
	}
	fmt.Fprintf(w, "node     running on %s since %s\n         peer %s\n         account %s, roles %s\n",
		c.cfg.DataDir, st.StartedAt.Local().Format(time.DateTime), st.PeerID, st.Address, strings.Join(roles, ","))
	if st.Head != nil {
		fmt.Fprintf(w, "         head seen %s (block %d), follower at block %d, synced %t\n", st.Head.Update, st.Head.Block, st.Chain.NextBlock, st.Chain.Synced)
	}
	fmt.Fprintf(w, "         stats: %d committed, %d lost races, %d fetches\n", st.Stats.Committed, st.Stats.LostRaces, st.Stats.Fetches)
	fmt.Fprintf(w, "peers    %d connected\n", len(st.Peers))
	n := len(st.Peers)
	if !c.peers {
		n = min(n, shownPeers)
	}
	for _, p := range st.Peers[:n] {
		fmt.Fprintf(w, "  %s  %s  %s\n", p.ID, p.Addr, strings.ToLower(p.Direction))
	}
	if n < len(st.Peers) {
		fmt.Fprintf(w, "  ... and %d more (--peers lists all)\n", len(st.Peers)-n)
	}
}

// chainStatus prints the run's state on chain and the account's stake.
func (c *StatusCommand) chainStatus(ctx context.Context) error {
	w := c.m.Stdout
	dep, err := node.LoadDeployment(c.cfg.Deployment)
	if err != nil {
		return err
	}
	prof, err := chain.ProfileByName(c.cfg.Network, c.cfg.ChainID)
	if err != nil {
		return &node.FieldError{Field: "network", Msg: err.Error()}
	}
	cl, err := chain.Dial(ctx, c.cfg.RPCURL, prof)
	if err != nil {
		return err
	}
	defer cl.Close()
	led, tok := bindings.NewLedger(), bindings.NewToken()
	call := func(to common.Address, data []byte) ([]byte, error) {
		return cl.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}

	out, err := call(dep.Ledger, led.PackHeadOf(dep.RunID))
	if err != nil {
		return fmt.Errorf("chain: headOf run %s: %w", dep.RunID, err)
	}
	head, err := led.UnpackHeadOf(out)
	if err != nil {
		return fmt.Errorf("chain: headOf: %w", err)
	}
	if head.Tag.Sign() == 0 {
		return fmt.Errorf("run %s does not exist on the ledger %s at %s: wrong deployment or chain?", dep.RunID, dep.Ledger, c.cfg.RPCURL)
	}

	// The head's full ID is in the latest RunCreated, UpdateCommitted or
	// HeadReset event that isHead confirms.
	ev := led.GetABI().Events
	latest, err := cl.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("chain: block number: %w", err)
	}
	var candidates []protocol.Hash
	var updates []statusUpdate
	reverted := 0
	for from := dep.StartBlock; from <= latest; from += 2000 {
		to := min(from+1999, latest)
		logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{dep.Ledger},
			Topics: [][]common.Hash{{ev["RunCreated"].ID, ev["UpdateCommitted"].ID, ev["HeadReset"].ID, ev["UpdateReverted"].ID}, {common.Hash(dep.RunID)}},
		})
		if err != nil {
			return fmt.Errorf("chain: ledger events %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			switch l.Topics[0] {
			case ev["RunCreated"].ID:
				if len(l.Data) >= 32 {
					candidates = append(candidates, protocol.Hash(l.Data[:32])) // genesisId, the first data word
				}
			case ev["UpdateCommitted"].ID, ev["HeadReset"].ID:
				if len(l.Topics) > 2 {
					candidates = append(candidates, protocol.Hash(l.Topics[2]))
				}
				if l.Topics[0] == ev["UpdateCommitted"].ID && len(l.Topics) > 3 {
					updates = append(updates, statusUpdate{protocol.Hash(l.Topics[2]), common.BytesToAddress(l.Topics[3][:]), l.BlockNumber})
				}
			case ev["UpdateReverted"].ID:
				reverted++
			}
		}
	}
	var headID protocol.Hash
	for i := len(candidates) - 1; i >= 0 && headID.IsZero(); i-- {
		out, err := call(dep.Ledger, led.PackIsHead(dep.RunID, candidates[i]))
		if err != nil {
			return fmt.Errorf("chain: isHead: %w", err)
		}
		if ok, err := led.UnpackIsHead(out); err == nil && ok {
			headID = candidates[i]
		}
	}
	headText := headID.Hex()
	if headID.IsZero() {
		headText = "(not found in events since block " + fmt.Sprint(dep.StartBlock) + ")"
	}
	fmt.Fprintf(w, "run      %s\nchain    %s (chain ID %d), block %d\nhead     %s\n         height %d, revert generation %d, challenge window %ss\n",
		dep.RunID, c.cfg.RPCURL, dep.ChainID, latest, headText, head.Height, head.Gen, head.ChallengeWindow)

	out, err = call(dep.Ledger, led.PackRunInfo(dep.RunID))
	if err != nil {
		return fmt.Errorf("chain: runInfo %s: %w", dep.RunID, err)
	}
	run, err := led.UnpackRunInfo(out)
	if err != nil {
		return fmt.Errorf("chain: runInfo: %w", err)
	}
	var pending []string
	final, abandoned := 0, 0
	for i := len(updates) - 1; i >= 0; i-- {
		u := updates[i]
		out, err := call(dep.Ledger, led.PackUpdateInfo(u.id))
		if err != nil {
			return fmt.Errorf("chain: updateInfo %s: %w", u.id, err)
		}
		info, err := led.UnpackUpdateInfo(out)
		if err != nil {
			return fmt.Errorf("chain: updateInfo: %w", err)
		}
		switch info.Status {
		case bindings.StatusFinal:
			final++
		case bindings.StatusPending, bindings.StatusDisputed:
			// The ledger's rule: an update is dead once a revert after its
			// commit hit the live chain at or below its height (it was on
			// the reverted update's branch). It stays pending on chain
			// until someone calls markReverted.
			out, err := call(dep.Ledger, led.PackIsLive(dep.RunID, u.id))
			if err != nil {
				return fmt.Errorf("chain: isLive %s: %w", u.id, err)
			}
			live, err := led.UnpackIsLive(out)
			if err != nil {
				return fmt.Errorf("chain: isLive: %w", err)
			}
			if !live {
				abandoned++
			}
			if len(pending) < c.recent {
				closes := time.Unix(new(big.Int).Add(info.WindowStart, info.ChallengeWindow).Int64(), 0)
				what, when := "pending", "window closes "+closes.UTC().Format(time.TimeOnly)
				if info.Status == bindings.StatusDisputed {
					what = "disputed"
				}
				if !live {
					what, when = "abandoned", "on a branch a revert discarded; can never be finalized"
					if info.Status == bindings.StatusDisputed {
						when = "disputed, " + when
					}
				}
				pending = append(pending, fmt.Sprintf("  %s  %-9s block %d  worker %s  %s",
					u.id.Short(), what, u.block, u.worker.Hex(), when))
			}
		}
	}
	fmt.Fprintf(w, "updates  %d committed, %d final, %d reverted, %d abandoned, %d pending or disputed\n",
		len(updates), final, reverted, abandoned, len(updates)-final-reverted-abandoned)
	for _, p := range pending {
		fmt.Fprintln(w, p)
	}
	k := uint64(run.Config.K)
	lost := uint64(reverted + abandoned)
	fmt.Fprintf(w, "lost     %d updates, %d training steps (k = %d each), to reverts: %d reverted, %d abandoned on discarded branches\n",
		lost, lost*k, k, reverted, abandoned)

	addr, err := c.account()
	if err != nil {
		fmt.Fprintf(w, "account  unknown: %v\n", err)
	} else {
		out, err := call(dep.Ledger, led.PackWorkerInfo(addr))
		if err != nil {
			return fmt.Errorf("chain: workerInfo %s: %w", addr, err)
		}
		wi, err := led.UnpackWorkerInfo(out)
		if err != nil {
			return fmt.Errorf("chain: workerInfo: %w", err)
		}
		bal, err := call(dep.Token, tok.PackBalanceOf(addr))
		if err != nil {
			return fmt.Errorf("chain: balanceOf %s: %w", addr, err)
		}
		owed, err := call(dep.Ledger, led.PackOwed(addr))
		if err != nil {
			return fmt.Errorf("chain: owed %s: %w", addr, err)
		}
		fmt.Fprintf(w, "account  %s\n", addr.Hex())
		if wi.Registered {
			fmt.Fprintf(w, "         worker: registered, self stake %s, commission %d bps, open disputes %d\n",
				tokenString(wi.SelfStake), wi.CommissionBps, wi.ActiveDisputes)
		} else {
			fmt.Fprintln(w, "         worker: not registered")
		}
		fmt.Fprintf(w, "         balance %s, owed %s\n", tokenString(new(big.Int).SetBytes(bal)), tokenString(new(big.Int).SetBytes(owed)))
	}
	return nil
}

// account is --address, else the node's key's address.
func (c *StatusCommand) account() (common.Address, error) {
	if c.address != "" {
		return common.HexToAddress(c.address), nil
	}
	key, err := chain.LoadKey(chain.KeySource{Keystore: c.cfg.Keystore, PasswordFile: c.cfg.PasswordFile}, c.m.Getenv)
	if err != nil {
		if errors.Is(err, chain.ErrNoKey) {
			return common.Address{}, errors.New("no key configured; pass --address")
		}
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}

// tokenString prints base units (18 decimals) as tokens.
func tokenString(x *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(x), big.NewFloat(1e18))
	return f.Text('f', 4) + " UM"
}
