package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// ClaimCommand pulls what the ledger owes the account.
type ClaimCommand struct {
	m   *Main
	cfg *node.Config
}

func init() {
	register(commandSpec{"claim", "claim rewards, payouts and voter fees owed to the account", 54, func(m *Main) command { return &ClaimCommand{m: m} }})
}

const claimHelp = `
Usage: umnode claim [flags]

Pulls every token the ledger owes the account to its balance. The ledger
pays by pull payments: worker rewards, challenger payouts (bond back plus a
share of the slash), returned bonds and validator fees wait there until
claimed. In order it:
  1. claims the voter fee of every resolved dispute the account voted in on
     the winning side (found from the Disputes contract's Voted events;
     Disputes.claimVoterFee credits it to the ledger);
  2. settles the account's unsettled worker rewards (Ledger.settle), so the
     worker's share is owed;
  3. claims everything owed (Ledger.claim) and prints the amount.
With nothing owed it says so and succeeds.
` + accountHelpTail + `

Examples:
  umnode claim --config devnet/node-3.toml
  UMNODE_ETH_KEY=0x... umnode claim --deployment deployment.json
`

// ParseFlags reads the config.
func (c *ClaimCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode claim", flag.ContinueOnError)
	cfg, pos, err := c.m.parseAccountFlags(fs, args, claimHelp)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q (claim takes only flags)", pos[0])
	}
	c.cfg = cfg
	return nil
}

// Run claims voter fees, settles and claims.
func (c *ClaimCommand) Run(ctx context.Context) error {
	a, err := c.m.openAccount(ctx, c.cfg)
	if err != nil {
		return err
	}
	defer a.close()

	// 1. Voter fees.
	ev := a.dis.GetABI().Events[bindings.DisputesVotedEventName]
	logs, err := a.logs(ctx, a.dep.Disputes, [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(a.addr[:])}})
	if err != nil {
		return err
	}
	seen := map[protocol.Hash]bool{}
	for _, l := range logs {
		if len(l.Topics) < 2 {
			continue
		}
		id := protocol.Hash(l.Topics[1])
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := c.voterFee(ctx, a, id); err != nil {
			return err
		}
	}

	// 2. Unsettled worker rewards.
	wi, err := a.workerInfo(ctx, a.addr)
	if err != nil {
		return err
	}
	if wi.Unsettled != nil && wi.Unsettled.Sign() > 0 {
		a.printf("settling %s of unsettled worker rewards (commission and the self stake's share become owed)\n", um(wi.Unsettled))
		if _, err := a.send(ctx, "settle", a.dep.Ledger, a.led.PackSettle(a.addr)); err != nil {
			return err
		}
	}

	// 3. Claim.
	owed, err := a.owed(ctx)
	if err != nil {
		return err
	}
	if owed.Sign() == 0 {
		a.printf("nothing owed to %s: no rewards, payouts or fees to claim\n", a.addr.Hex())
		return nil
	}
	a.printf("claiming %s owed to %s\n", um(owed), a.addr.Hex())
	rc, err := a.send(ctx, "claim", a.dep.Ledger, a.led.PackClaim())
	if err != nil {
		return err
	}
	got := owed
	for _, l := range rc.Logs {
		if e, err := a.led.UnpackClaimedEvent(l); err == nil {
			got = e.Amount
		}
	}
	bal, err := a.balance(ctx)
	if err != nil {
		return err
	}
	a.printf("claimed %s; balance now %s\n", um(got), um(bal))
	return nil
}

// voterFee claims the account's fee in dispute id if it has one.
func (c *ClaimCommand) voterFee(ctx context.Context, a *account, id protocol.Hash) error {
	out, err := a.call(ctx, a.dep.Disputes, a.dis.PackBallot(id, a.addr))
	if err != nil {
		return err
	}
	b, err := a.dis.UnpackBallot(out)
	if err != nil {
		return fmt.Errorf("chain: ballot in %s: %w", id.Short(), err)
	}
	if b.Claimed || b.Weight == nil || b.Weight.Sign() == 0 {
		return nil
	}
	out, err = a.call(ctx, a.dep.Disputes, a.dis.PackDispute(id))
	if err != nil {
		return err
	}
	d, err := a.dis.UnpackDispute(out)
	if err != nil {
		return fmt.Errorf("chain: dispute %s: %w", id.Short(), err)
	}
	if verify.Phase(d.Phase) != verify.PhaseResolved {
		a.printf("dispute %s is not resolved yet: its voter fee (if the vote wins) can be claimed after\n", id.Short())
		return nil
	}
	won := (d.Outcome == bindings.OutcomeWorkerWrong && !b.ForWorker) || (d.Outcome == bindings.OutcomeChallengerWrong && b.ForWorker)
	if !won || d.FeePool == nil || d.FeePool.Sign() == 0 {
		return nil
	}
	rc, err := a.send(ctx, "claimVoterFee", a.dep.Disputes, a.dis.PackClaimVoterFee(id))
	if err != nil {
		return err
	}
	amount := new(big.Int)
	for _, l := range rc.Logs {
		if e, err := a.dis.UnpackVoterPaidEvent(l); err == nil {
			amount = e.Amount
		}
	}
	a.printf("voter fee of dispute %s: %s credited\n", id.Short(), um(amount))
	return nil
}
