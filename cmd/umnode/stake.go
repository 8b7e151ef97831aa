package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/unstoppable-models/umnode/node"
)

// StakeCommand registers the account as a worker with a self-bond, or adds
// to its self-bond.
type StakeCommand struct {
	m          *Main
	cfg        *node.Config
	amount     *big.Int
	commission uint
	setComm    bool
}

func init() {
	register(commandSpec{"stake", "register as a worker with a self stake, or add to it", 50, func(m *Main) command { return &StakeCommand{m: m} }})
}

const stakeHelp = `
Usage: umnode stake AMOUNT [--commission BPS] [flags]

Bonds AMOUNT tokens of the account as its worker self stake. An account
that is not a worker yet is registered with that bond and a commission on
the rewards its delegators earn (--commission, basis points: 1000 = 10%);
a registered worker adds AMOUNT to its bond. It sends two transactions:
approve (the ledger may pull AMOUNT) and register or stake. It checks the
token balance first and prints the self stake after, and the run's minimum
stake (a worker below it cannot commit updates).

A self stake is slashed when the worker's update is proven wrong, and stays
slashable while it unbonds ('umnode unbond').
` + accountHelpTail + `

Examples:
  umnode stake 1000 --config devnet/node-7.toml
  umnode stake 0.5 --commission 500 --deployment devnet/deployment.json
  UMNODE_ETH_KEY=0x... umnode stake 250 --rpc-url http://127.0.0.1:8545 --deployment deployment.json
`

// ParseFlags reads AMOUNT and the config.
func (c *StakeCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode stake", flag.ContinueOnError)
	fs.UintVar(&c.commission, "commission", 1000, "commission on delegators' rewards in basis points (0-10000), when registering")
	cfg, pos, err := c.m.parseAccountFlags(fs, args, stakeHelp)
	if err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) { c.setComm = c.setComm || f.Name == "commission" })
	if len(pos) != 1 {
		return fmt.Errorf("want one argument, the AMOUNT of tokens to stake (got %d)", len(pos))
	}
	if c.amount, err = parseTokens(pos[0]); err != nil {
		return err
	}
	if c.commission > 10000 {
		return fmt.Errorf("--commission %d is above 10000 basis points (100%%)", c.commission)
	}
	c.cfg = cfg
	return nil
}

// Run approves and registers or stakes.
func (c *StakeCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()
	wi, err := a.workerInfo(ctx, a.addr)
	if err != nil {
		return err
	}
	if wi.Registered && c.setComm && uint(wi.CommissionBps) != c.commission {
		return fmt.Errorf("%s is registered already with a commission of %d bps; --commission applies only when registering (leave it out to add stake)", a.addr.Hex(), wi.CommissionBps)
	}
	if err := a.needTokens(ctx, c.amount, "staking "+um(c.amount)); err != nil {
		return err
	}
	if wi.Registered {
		a.printf("adding %s to the self stake of worker %s\n", um(c.amount), a.addr.Hex())
	} else {
		a.printf("registering %s as a worker with a self stake of %s, commission %d bps\n", a.addr.Hex(), um(c.amount), c.commission)
	}
	if err := a.approve(ctx, c.amount); err != nil {
		return err
	}
	if wi.Registered {
		_, err = a.send(ctx, "stake", a.dep.Ledger, a.led.PackStake(c.amount))
	} else {
		_, err = a.send(ctx, "register", a.dep.Ledger, a.led.PackRegister(uint16(c.commission), c.amount))
	}
	if err != nil {
		return err
	}
	after, err := a.workerInfo(ctx, a.addr)
	if err != nil {
		return err
	}
	a.printf("self stake %s (was %s), commission %d bps\n", um(after.SelfStake), um(wi.SelfStake), after.CommissionBps)
	if rc, err := a.runConfig(ctx); err == nil && rc.MinStake != nil && rc.MinStake.Sign() > 0 {
		if after.SelfStake.Cmp(rc.MinStake) < 0 {
			a.printf("note: the run's minimum stake is %s: this worker cannot commit updates until its self stake reaches it\n", um(rc.MinStake))
		} else {
			a.printf("the run's minimum stake is %s: this account can run as a worker ('umnode run --role worker')\n", um(rc.MinStake))
		}
	}
	return nil
}
