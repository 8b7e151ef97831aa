package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/node"
)

// UnbondCommand starts unbonding the account's self stake or a delegation.
type UnbondCommand struct {
	m      *Main
	cfg    *node.Config
	all    bool
	amount *big.Int
	worker string
}

func init() {
	register(commandSpec{"unbond", "start unbonding self stake or a delegation (withdraw after the delay)", 52, func(m *Main) command { return &UnbondCommand{m: m} }})
}

const unbondHelp = `
Usage: umnode unbond AMOUNT|all [--worker WORKER] [flags]

Starts unbonding AMOUNT tokens ("all" for everything) of the account's own
self stake, or, with --worker, of its delegation to WORKER (the amount is
converted to pool shares at the pool's current rate; "all" unbonds every
share). One transaction: unbondSelf or unbond.

It prints the unbonding ID and when it can be withdrawn: the ledger's
unbonding delay (longer than a challenge window plus a dispute) from now.
Until it is withdrawn the stake stays slashable: a fraud proven against the
worker before then takes its share of it, and a withdrawal also waits while
the worker has an open dispute. Withdraw it with 'umnode withdraw ID' (or
'umnode withdraw' for every one that is due).

A worker whose self stake drops below the run's minimum cannot commit.
` + accountHelpTail + `

Examples:
  umnode unbond 100 --config devnet/node-1.toml
  umnode unbond all --config devnet/node-1.toml
  umnode unbond 0.5 --worker 0x7099...79C8 --deployment deployment.json
`

// ParseFlags reads AMOUNT|all, --worker and the config.
func (c *UnbondCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode unbond", flag.ContinueOnError)
	fs.StringVar(&c.worker, "worker", "", "unbond the delegation to this worker instead of the own self stake")
	cfg, pos, err := c.m.parseAccountFlags(fs, args, unbondHelp)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("want one argument, the AMOUNT of tokens to unbond or all (got %d)", len(pos))
	}
	if pos[0] == "all" {
		c.all = true
	} else if c.amount, err = parseTokens(pos[0]); err != nil {
		return err
	}
	if c.worker != "" {
		if _, err := parseAddress("--worker", c.worker); err != nil {
			return err
		}
	}
	c.cfg = cfg
	return nil
}

// Run sends the unbonding and reports it.
func (c *UnbondCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()
	var data []byte
	var from string
	if c.worker == "" {
		wi, err := a.workerInfo(ctx, a.addr)
		if err != nil {
			return err
		}
		if !wi.Registered {
			return fmt.Errorf("%s is not a registered worker, so it has no self stake; to unbond a delegation give --worker WORKER", a.addr.Hex())
		}
		amount := c.amount
		if c.all {
			amount = wi.SelfStake
		}
		if wi.SelfStake.Sign() == 0 {
			return fmt.Errorf("the self stake of %s is 0: nothing to unbond", a.addr.Hex())
		}
		if amount.Cmp(wi.SelfStake) > 0 {
			return fmt.Errorf("the self stake of %s is %s, less than %s; 'umnode unbond all' unbonds all of it", a.addr.Hex(), um(wi.SelfStake), um(amount))
		}
		a.printf("unbonding %s of the self stake of %s (%s)\n", um(amount), a.addr.Hex(), um(wi.SelfStake))
		data, from = a.led.PackUnbondSelf(amount), "self stake"
	} else {
		w := common.HexToAddress(c.worker)
		shares, err := a.sharesOf(ctx, w)
		if err != nil {
			return err
		}
		if shares.Sign() == 0 {
			return fmt.Errorf("%s holds no shares of worker %s's delegation pool: nothing to unbond ('umnode delegate' makes a delegation)", a.addr.Hex(), w.Hex())
		}
		value, err := a.delegatedValue(ctx, w)
		if err != nil {
			return err
		}
		sh := shares
		if !c.all {
			if c.amount.Cmp(value) > 0 {
				return fmt.Errorf("the delegation of %s to %s is worth %s, less than %s; 'umnode unbond all --worker %s' unbonds all of it", a.addr.Hex(), w.Hex(), um(value), um(c.amount), w.Hex())
			}
			out, err := a.call(ctx, a.dep.Ledger, a.led.PackPools(w))
			if err != nil {
				return err
			}
			p, err := a.led.UnpackPools(out)
			if err != nil {
				return fmt.Errorf("chain: pools of %s: %w", w.Hex(), err)
			}
			// Round the shares up so that at least AMOUNT is unbonded, within
			// what the account holds.
			sh = new(big.Int).Mul(c.amount, p.Delegation.Shares)
			sh.Add(sh, new(big.Int).Sub(p.Delegation.Tokens, big.NewInt(1)))
			sh.Div(sh, p.Delegation.Tokens)
			if sh.Cmp(shares) > 0 {
				sh = shares
			}
		}
		a.printf("unbonding %s of %s shares (worth %s) of the delegation of %s to worker %s\n", formatTokens(sh), formatTokens(shares), um(value), a.addr.Hex(), w.Hex())
		data, from = a.led.PackUnbond(w, sh), "delegation to "+w.Hex()
	}
	rc, err := a.send(ctx, "unbond", a.dep.Ledger, data)
	if err != nil {
		return err
	}
	var ev struct {
		id, amount *big.Int
		release    time.Time
	}
	for _, l := range rc.Logs {
		if e, err := a.led.UnpackUnbondedEvent(l); err == nil {
			ev.id, ev.amount, ev.release = e.UnbondingId, e.Amount, time.Unix(e.ReleaseTime.Int64(), 0).UTC()
		}
	}
	if ev.id == nil {
		return fmt.Errorf("unbond: no Unbonded event in tx %s: check the ledger address in the deployment", rc.TxHash.Hex())
	}
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackUnbondingDelay())
	if err != nil {
		return err
	}
	delay, err := a.led.UnpackUnbondingDelay(out)
	if err != nil {
		return fmt.Errorf("chain: unbondingDelay: %w", err)
	}
	a.printf("unbonding ID %s: %s from the %s\n", ev.id, um(ev.amount), from)
	a.printf("withdrawable after %s UTC (chain time; the ledger's unbonding delay is %v)\n", ev.release.Format(time.DateTime), time.Duration(delay)*time.Second)
	a.printf("until it is withdrawn it stays slashable for the worker's updates; then run: umnode withdraw %s\n", ev.id)
	return nil
}
