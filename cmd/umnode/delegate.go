package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
)

// DelegateCommand delegates tokens to a worker's pool.
type DelegateCommand struct {
	m      *Main
	cfg    *node.Config
	worker common.Address
	amount *big.Int
}

func init() {
	register(commandSpec{"delegate", "delegate tokens to a registered worker's pool", 51, func(m *Main) command { return &DelegateCommand{m: m} }})
}

const delegateHelp = `
Usage: umnode delegate WORKER AMOUNT [flags]

Delegates AMOUNT tokens of the account to WORKER (a registered worker's
address): the account receives shares of the worker's delegation pool.
Rewards the worker earns (after its commission) grow the pool; a slash of the
worker cuts it, pro rata for every delegator. It sends two transactions:
approve (the ledger may pull AMOUNT) and delegate. It refuses a WORKER that
is not registered, an AMOUNT above the account's balance, and an AMOUNT too
small to buy one share (rewards make a share worth more than one base unit;
the error names the least AMOUNT that buys one), and prints the shares
received and what the delegation is worth.

Take a delegation back with 'umnode unbond AMOUNT --worker WORKER'.
` + accountHelpTail + `

Examples:
  umnode delegate 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 500 --config devnet/node-7.toml
  umnode delegate 0x7099...79C8 0.25 --deployment deployment.json
`

// ParseFlags reads WORKER, AMOUNT and the config.
func (c *DelegateCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode delegate", flag.ContinueOnError)
	cfg, pos, err := c.m.parseAccountFlags(fs, args, delegateHelp)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("want two arguments, WORKER and AMOUNT (got %d)", len(pos))
	}
	if c.worker, err = parseAddress("WORKER", pos[0]); err != nil {
		return err
	}
	if c.amount, err = parseTokens(pos[1]); err != nil {
		return err
	}
	c.cfg = cfg
	return nil
}

// Run checks the worker and the balance, approves and delegates.
func (c *DelegateCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()
	wi, err := a.workerInfo(ctx, c.worker)
	if err != nil {
		return err
	}
	if !wi.Registered {
		return fmt.Errorf("%s is not a registered worker: check the address ('umnode status --address %s'); a delegation goes only to a registered worker", c.worker.Hex(), c.worker.Hex())
	}
	if err := a.needTokens(ctx, c.amount, "delegating "+um(c.amount)); err != nil {
		return err
	}
	if _, err := a.sharesFor(ctx, c.worker, wi, c.amount); err != nil {
		return err
	}
	before, err := a.sharesOf(ctx, c.worker)
	if err != nil {
		return err
	}
	a.printf("delegating %s from %s to worker %s (commission %d bps)\n", um(c.amount), a.addr.Hex(), c.worker.Hex(), wi.CommissionBps)
	if err := a.approve(ctx, c.amount); err != nil {
		return err
	}
	if _, err := a.send(ctx, "delegate", a.dep.Ledger, a.led.PackDelegate(c.worker, c.amount)); err != nil {
		return err
	}
	shares, err := a.sharesOf(ctx, c.worker)
	if err != nil {
		return err
	}
	value, err := a.delegatedValue(ctx, c.worker)
	if err != nil {
		return err
	}
	a.printf("shares of %s's pool: %s (+%s), worth %s\n", c.worker.Hex(), formatTokens(shares), formatTokens(new(big.Int).Sub(shares, before)), um(value))
	return nil
}

// sharesFor is how many shares of worker w's delegation pool delegating
// amount mints now, as the ledger computes it: after the worker's unsettled
// rewards are split into the pool (delegate settles first), rounded down.
// An amount that buys none, or a pool a slash emptied, is an error that
// says what to do.
func (a *account) sharesFor(ctx context.Context, w common.Address, wi bindings.StakingWorker, amount *big.Int) (*big.Int, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackPools(w))
	if err != nil {
		return nil, err
	}
	p, err := a.led.UnpackPools(out)
	if err != nil {
		return nil, fmt.Errorf("chain: pools of %s: %w", w.Hex(), err)
	}
	tokens, shares := new(big.Int).Set(p.Delegation.Tokens), p.Delegation.Shares
	if shares.Sign() == 0 {
		return new(big.Int).Set(amount), nil
	}
	if r := wi.Unsettled; r != nil && r.Sign() > 0 {
		// Staking._settle: commission off, the rest pro rata between the
		// self stake and the pool.
		rest := new(big.Int).Sub(r, new(big.Int).Div(new(big.Int).Mul(r, big.NewInt(int64(wi.CommissionBps))), big.NewInt(10_000)))
		if total := new(big.Int).Add(wi.SelfStake, tokens); total.Sign() > 0 {
			tokens.Add(tokens, rest.Mul(rest, tokens).Div(rest, total))
		}
	}
	if tokens.Sign() == 0 {
		return nil, fmt.Errorf("a slash emptied worker %s's delegation pool: it takes no delegation now; delegate to another worker", w.Hex())
	}
	got := new(big.Int).Div(new(big.Int).Mul(amount, shares), tokens)
	if got.Sign() == 0 {
		return nil, fmt.Errorf("%s buys no share of worker %s's delegation pool (%s for %s shares: rewards made a share worth more than %s), so the ledger would refuse it with ZeroShares; delegate at least %s",
			um(amount), w.Hex(), um(tokens), formatTokens(shares), um(amount), um(minDelegation(tokens, shares)))
	}
	return got, nil
}

// minDelegation is the least amount that buys one share of a pool holding
// tokens for shares (shares > 0): ceil(tokens / shares).
func minDelegation(tokens, shares *big.Int) *big.Int {
	m := new(big.Int).Add(tokens, shares)
	m.Sub(m, big.NewInt(1))
	return m.Div(m, shares)
}
