package node

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/p2p"
)

// register bonds DevnetStake for every worker account (spares included, so
// 'umnode run --config' on a spare can commit at once), commission 10%.
func (d *Devnet) register(ctx context.Context) error {
	type acct struct {
		n *DevnetNode
		c *chain.Client
	}
	var workers []acct
	defer func() {
		for _, w := range workers {
			w.c.Close()
		}
	}()
	for i := range d.nodes {
		n := &d.nodes[i]
		if !slices.Contains(n.Roles, RoleWorker) {
			continue
		}
		c, err := chain.Dial(ctx, d.url, devnetProfile(d.chainID), chain.WithKey(devchain.DevKey(n.Index)), chain.WithLogger(d.log))
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		workers = append(workers, acct{n, c})
	}
	// Approvals in one block, then registrations in the next: a register's
	// gas estimate needs its approval mined.
	for _, step := range []struct {
		what string
		data func(*DevnetNode) []byte
	}{
		{"approve its stake", func(*DevnetNode) []byte {
			return d.contracts.Token.PackApprove(d.contracts.LedgerAddr, DevnetStake)
		}},
		{"register as a worker", func(*DevnetNode) []byte {
			return d.contracts.Ledger.PackRegister(1000, DevnetStake)
		}},
	} {
		txs := make([]*types.Transaction, len(workers))
		for i, w := range workers {
			to := d.contracts.TokenAddr
			if step.what == "register as a worker" {
				to = d.contracts.LedgerAddr
			}
			tx, err := w.c.Transact(ctx, &to, step.data(w.n), nil)
			if err != nil {
				return fmt.Errorf("devnet: %s: %s: %w", w.n.Name, step.what, err)
			}
			txs[i] = tx
		}
		for i, w := range workers {
			if _, err := w.c.WaitReceipt(ctx, txs[i]); err != nil {
				return fmt.Errorf("devnet: %s: %s: %w", w.n.Name, step.what, err)
			}
		}
	}
	d.log.Info("devnet: workers registered", "workers", len(workers), "stake_tokens", devnetTokenString(DevnetStake))
	return nil
}

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
			if !slices.Contains(devnetBuiltRoles, r) {
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
