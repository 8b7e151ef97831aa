package node

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/p2p"
)

// setupAccounts has every validator and proofer account delegate its votes
// to itself (ERC20Votes counts only delegated tokens, and a validator votes
// with its weight at the block a dispute opened) and bonds DevnetStake for every
// worker account (spares included, so 'umnode run --config' on a spare can
// commit at once), commission 10%. It runs after the tokens arrived: a
// delegation's gas estimate must see the balance whose votes it moves.
func (d *Devnet) setupAccounts(ctx context.Context) error {
	clients := make([]*chain.Client, len(d.nodes))
	defer func() {
		for _, c := range clients {
			if c != nil {
				c.Close()
			}
		}
	}()
	for i, n := range d.nodes {
		c, err := chain.Dial(ctx, d.url, devnetProfile(d.chainID), chain.WithKey(devchain.DevKey(n.Index)), chain.WithLogger(d.log))
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		clients[i] = c
	}
	type sent struct {
		i    int
		what string
		tx   *types.Transaction
	}
	wait := func(txs []sent) error {
		for _, s := range txs {
			if _, err := clients[s.i].WaitReceipt(ctx, s.tx); err != nil {
				return fmt.Errorf("devnet: %s: %s: %w", d.nodes[s.i].Name, s.what, err)
			}
		}
		return nil
	}
	token, ledger := d.contracts.TokenAddr, d.contracts.LedgerAddr
	// Delegations and stake approvals share a block; registrations (whose
	// estimate needs the approval mined) follow.
	var first, second []sent
	for i, n := range d.nodes {
		// Only validators and proofers get voting power: node's gossip
		// stake check admits any author with votes, so a worker slashed to
		// nothing but holding votes would keep claiming parents it can
		// never commit on, and the workers that yield to its claims stall.
		if slices.Contains(n.Roles, RoleValidator) || slices.Contains(n.Roles, RoleProofer) {
			tx, err := clients[i].Transact(ctx, &token, d.contracts.Token.PackDelegate(n.Address), nil)
			if err != nil {
				return fmt.Errorf("devnet: %s: delegate its votes: %w", n.Name, err)
			}
			first = append(first, sent{i, "delegate its votes", tx})
		}
		if slices.Contains(n.Roles, RoleWorker) {
			tx, err := clients[i].Transact(ctx, &token, d.contracts.Token.PackApprove(ledger, DevnetStake), nil)
			if err != nil {
				return fmt.Errorf("devnet: %s: approve its stake: %w", n.Name, err)
			}
			first = append(first, sent{i, "approve its stake", tx})
		}
	}
	if err := wait(first); err != nil {
		return err
	}
	for i, n := range d.nodes {
		if !slices.Contains(n.Roles, RoleWorker) {
			continue
		}
		tx, err := clients[i].Transact(ctx, &ledger, d.contracts.Ledger.PackRegister(1000, DevnetStake), nil)
		if err != nil {
			return fmt.Errorf("devnet: %s: register as a worker: %w", n.Name, err)
		}
		second = append(second, sent{i, "register as a worker", tx})
	}
	if err := wait(second); err != nil {
		return err
	}
	d.log.Info("devnet: votes delegated, workers registered", "workers", len(second), "stake_tokens", devnetTokenString(DevnetStake))
	return nil
}

// devnetClaimTTL is how long a devnet worker's WorkClaim lasts.
const devnetClaimTTL = 15 * time.Second

// startNodes starts every non-spare node in-process, sharing the loaded
// datasets. Roles whose loops are not built yet are said so in Status.
func (d *Devnet) startNodes(ctx context.Context) error {
	for i := range d.nodes {
		n := &d.nodes[i]
		if n.Spare {
			continue
		}
		dn := *n
		opts := []Option{
			WithKey(devchain.DevKey(n.Index)), WithDeployment(d.deployment), WithDatasets(d.trainSet, d.testSet),
			WithLogger(d.log.With("devnet_node", n.Name)),
			// DHT servers (DESIGN.md section 5): a client-mode peer never
			// enters a routing table, so the seed could provide to nobody.
			WithP2PConfig(func(c *p2p.Config) { c.DHTMode = p2p.DHTServer }),
			// A WorkClaim outlives its author's stake and is keyed by parent
			// only: after a fraud revert the chain revisits parents whose
			// old claims (default TTL 2 minutes) make the honest workers
			// back off to a slashed worker that can no longer commit. An
			// update takes about a block here, so 15 s bounds that stall.
			WithClaimTiming(devnetClaimTTL, 500*time.Millisecond),
		}
		if d.opts.OnNodeEvent != nil {
			f := d.opts.OnNodeEvent
			opts = append(opts, WithEventSink(func(e Event) { f(dn, e) }))
		}
		if n.Faulty {
			opts = append(opts, WithFaulty(d.opts.FaultRate))
		}
		if d.opts.NodeOptions != nil {
			opts = append(opts, d.opts.NodeOptions(dn)...)
		}
		nd, err := New(n.Config, opts...)
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		if err := nd.Start(ctx); err != nil {
			return fmt.Errorf("devnet: start %s: %w", n.Name, err)
		}
		d.running = append(d.running, nd)
		n.Started = true
		var missing []string
		for _, r := range n.Roles {
			if !slices.Contains(BuiltRoles, r) {
				missing = append(missing, string(r))
			}
		}
		n.Status = "running"
		if n.Faulty {
			n.Status = fmt.Sprintf("running, corrupts %.0f%% of its updates", 100*d.opts.FaultRate)
		}
		if len(missing) > 0 {
			n.Status = fmt.Sprintf("running, but only follows the run: the %s loop is not built yet", strings.Join(missing, "/"))
		}
		d.log.Info("devnet: node started", "node", n.Name, "roles", n.Roles, "peer", nd.PeerID())
	}
	return nil
}
