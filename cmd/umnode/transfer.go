package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/node"
)

// TransferCommand sends tokens from the account to another address.
type TransferCommand struct {
	m      *Main
	cfg    *node.Config
	to     common.Address
	amount *big.Int
}

func init() {
	register(commandSpec{"transfer", "send tokens from the account to another address (fund a fresh key)", 56, func(m *Main) command { return &TransferCommand{m: m} }})
}

const transferHelp = `
Usage: umnode transfer ADDRESS AMOUNT [flags]

Sends AMOUNT tokens of the account to ADDRESS: one token transfer. It
refuses an AMOUNT above the account's balance, the zero address, and the
deployment's own contracts (tokens sent to them are lost: use 'umnode stake'
or 'umnode delegate' to bond tokens), and prints both balances after.

Tokens pay stakes, delegations and challenge bonds; gas is paid in the
chain's native currency, which this command does not send. It says when
ADDRESS holds none (on a devnet the dev keys hold plenty; any wallet can
send some).
` + accountHelpTail + `

Examples:
  umnode transfer 0x90F79bf6EB2c4f870365E785982E1f101E93b906 500 --config devnet/node-1.toml
  UMNODE_ETH_KEY=0x... umnode transfer 0x90F7...b906 0.25 --rpc-url http://127.0.0.1:8545 --deployment deployment.json
`

// ParseFlags reads ADDRESS, AMOUNT and the config.
func (c *TransferCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode transfer", flag.ContinueOnError)
	cfg, pos, err := c.m.parseAccountFlags(fs, args, transferHelp)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("want two arguments, ADDRESS and AMOUNT (got %d)", len(pos))
	}
	if c.to, err = parseAddress("ADDRESS", pos[0]); err != nil {
		return err
	}
	if c.to == (common.Address{}) {
		return fmt.Errorf("ADDRESS is the zero address: tokens sent there are lost; give the recipient's address")
	}
	if c.amount, err = parseTokens(pos[1]); err != nil {
		return err
	}
	c.cfg = cfg
	return nil
}

// Run checks the recipient and the balance, and transfers.
func (c *TransferCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()
	for name, at := range map[string]common.Address{"token": a.dep.Token, "ledger": a.dep.Ledger, "disputes": a.dep.Disputes} {
		if c.to == at {
			return fmt.Errorf("%s is the deployment's %s contract: tokens sent there are lost; 'umnode stake' or 'umnode delegate' bonds tokens with the ledger", c.to.Hex(), name)
		}
	}
	if err := a.needTokens(ctx, c.amount, "sending "+um(c.amount)); err != nil {
		return err
	}
	a.printf("sending %s from %s to %s\n", um(c.amount), a.addr.Hex(), c.to.Hex())
	if _, err := a.send(ctx, "transfer", a.dep.Token, a.tok.PackTransfer(c.to, c.amount)); err != nil {
		return err
	}
	mine, err := a.balance(ctx)
	if err != nil {
		return err
	}
	out, err := a.call(ctx, a.dep.Token, a.tok.PackBalanceOf(c.to))
	if err != nil {
		return err
	}
	theirs, err := a.tok.UnpackBalanceOf(out)
	if err != nil {
		return fmt.Errorf("chain: balanceOf %s: %w", c.to.Hex(), err)
	}
	a.printf("balance of %s: %s; of %s: %s\n", c.to.Hex(), um(theirs), a.addr.Hex(), um(mine))
	if gas, err := a.cl.BalanceAt(ctx, c.to, nil); err == nil && gas.Sign() == 0 {
		a.printf("note: %s holds none of the chain's native currency, so it cannot pay gas yet: send it some before it stakes or delegates\n", c.to.Hex())
	}
	return nil
}
