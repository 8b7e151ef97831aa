package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
)

// WithdrawCommand withdraws unbondings that are due.
type WithdrawCommand struct {
	m   *Main
	cfg *node.Config
	ids []*big.Int
}

func init() {
	register(commandSpec{"withdraw", "withdraw unbonded stake whose delay has passed", 53, func(m *Main) command { return &WithdrawCommand{m: m} }})
}

const withdrawHelp = `
Usage: umnode withdraw [ID...] [flags]

Withdraws unbondings of the account (IDs that 'umnode unbond' printed): the
tokens go back to the account, less any slash that hit them while they were
unbonding. One withdraw transaction per ID.

With no ID it finds the account's unbondings from the ledger's Unbonded
events since the deployment's start block, withdraws every one that is due,
and says for each one not due yet when it will be (chain time). An
unbonding also waits while its worker has an open dispute.

With IDs it sends a withdraw for each; one that is not due is refused by the
ledger (StillUnbonding) and the error says when it is due.
` + accountHelpTail + `

Examples:
  umnode withdraw --config devnet/node-1.toml
  umnode withdraw 3 7 --deployment deployment.json
`

// ParseFlags reads the IDs and the config.
func (c *WithdrawCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode withdraw", flag.ContinueOnError)
	cfg, pos, err := c.m.parseAccountFlags(fs, args, withdrawHelp)
	if err != nil {
		return err
	}
	for _, p := range pos {
		id, ok := new(big.Int).SetString(p, 10)
		if !ok || id.Sign() < 0 {
			return fmt.Errorf("unbonding ID %q is not a number (umnode unbond prints it; 'umnode withdraw' with no ID finds them)", p)
		}
		c.ids = append(c.ids, id)
	}
	c.cfg = cfg
	return nil
}

// Run withdraws the given or the due unbondings.
func (c *WithdrawCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()
	if len(c.ids) > 0 {
		var errs []error
		for _, id := range c.ids {
			if err := c.withdraw(ctx, a, id); err != nil {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}

	ev := a.led.GetABI().Events[bindings.LedgerUnbondedEventName]
	logs, err := a.logs(ctx, a.dep.Ledger, [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(a.addr[:])}})
	if err != nil {
		return err
	}
	now, err := a.now(ctx)
	if err != nil {
		return err
	}
	pending, done := 0, 0
	for i := range logs {
		e, err := a.led.UnpackUnbondedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("chain: Unbonded event in block %d: %w", logs[i].BlockNumber, err)
		}
		out, err := a.call(ctx, a.dep.Ledger, a.led.PackUnbonding(e.UnbondingId))
		if err != nil {
			return err
		}
		u, err := a.led.UnpackUnbonding(out)
		if err != nil {
			return fmt.Errorf("chain: unbonding %s: %w", e.UnbondingId, err)
		}
		if u.E.Owner != a.addr {
			continue // withdrawn already
		}
		pending++
		release := time.Unix(int64(u.E.ReleaseTime), 0).UTC()
		if now.Before(release) {
			a.printf("unbonding %s (%s): not due until %s UTC, in %v\n", e.UnbondingId, um(u.Value), release.Format(time.DateTime), release.Sub(now))
			continue
		}
		wi, err := a.workerInfo(ctx, u.E.Worker)
		if err != nil {
			return err
		}
		if wi.ActiveDisputes > 0 {
			a.printf("unbonding %s (%s): due, but worker %s has %d open dispute(s): withdraw after they resolve\n", e.UnbondingId, um(u.Value), u.E.Worker.Hex(), wi.ActiveDisputes)
			continue
		}
		if err := c.withdraw(ctx, a, e.UnbondingId); err != nil {
			return err
		}
		done++
	}
	switch {
	case pending == 0:
		a.printf("no unbondings of %s to withdraw ('umnode unbond' starts one)\n", a.addr.Hex())
	case done == 0:
		a.printf("none of the %d unbonding(s) of %s is due yet\n", pending, a.addr.Hex())
	}
	return nil
}

func (c *WithdrawCommand) withdraw(ctx context.Context, a *account, id *big.Int) error {
	rc, err := a.send(ctx, fmt.Sprintf("withdraw %s", id), a.dep.Ledger, a.led.PackWithdraw(id))
	if err != nil {
		return err
	}
	for _, l := range rc.Logs {
		if e, err := a.led.UnpackWithdrawnEvent(l); err == nil {
			a.printf("withdrew unbonding %s: %s returned to %s\n", id, um(e.Amount), a.addr.Hex())
			return nil
		}
	}
	return fmt.Errorf("withdraw %s: no Withdrawn event in tx %s", id, rc.TxHash.Hex())
}
