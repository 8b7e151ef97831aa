package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// Helpers shared by the dispute roles: the worker defending its updates
// (defend.go), the proofer (proofer.go) and the validator (validator.go).

// followDisputes calls fn, once per dispute, for every ChallengeRevealed
// event of the node's run from the deployment's start block, until ctx
// ends. fn runs on the follower's goroutine: it must not block for long.
func (n *Node) followDisputes(ctx context.Context, fn func(bindings.DisputesChallengeRevealed)) {
	abi := bindings.NewDisputes()
	topic := abi.GetABI().Events[bindings.DisputesChallengeRevealedEventName].ID
	seen := map[protocol.Hash]bool{}
	from := n.dep.StartBlock
	for ctx.Err() == nil {
		err := n.client.Follow(ctx, chain.Follow{
			Query:    ethereum.FilterQuery{Addresses: []common.Address{n.dep.Disputes}, Topics: [][]common.Hash{{topic}}},
			From:     from,
			Progress: func(next uint64) { from = next },
		}, func(_ context.Context, l types.Log) error {
			e, err := abi.UnpackChallengeRevealedEvent(&l)
			if err != nil {
				n.log.Error("node: ChallengeRevealed undecodable; skipped", "err", err)
				return nil
			}
			if protocol.Hash(e.RunId) != n.dep.RunID || seen[e.DisputeId] {
				return nil
			}
			seen[e.DisputeId] = true
			fn(*e)
			return nil
		})
		if err != nil && ctx.Err() == nil {
			n.log.Warn("node: dispute follower stopped; restarting", "from", from, "err", err)
			sleep(ctx, 2*time.Second)
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// disputes is the Disputes contract over the node's chain client.
func (n *Node) disputes() *verify.Disputes { return verify.NewDisputes(n.client, n.dep.Disputes) }

// updateOf returns update id of the run as the chain events told it,
// waiting (until ctx ends) for the chain-state follower to see it.
func (n *Node) updateOf(ctx context.Context, id protocol.Hash) (*updateRec, error) {
	for {
		if r, ok := n.cs.get(id); ok {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("node: update %s not seen on chain: %w", id.Short(), ctx.Err())
		case <-time.After(n.cfg.PollInterval):
		}
	}
}

// fetchCheckpoint returns the checkpoint file of update r from the store
// (local blocks or bitswap peers), checked against its state hash on chain.
func (n *Node) fetchCheckpoint(ctx context.Context, r *updateRec) ([]byte, error) {
	c, err := cid.Cast(r.Update.CID)
	if err != nil {
		return nil, fmt.Errorf("node: checkpoint of %s: CID: %w", r.ID.Short(), err)
	}
	fctx, cancel := context.WithTimeout(ctx, n.o.fetchTimout)
	defer cancel()
	fetched := 0
	b, err := n.store.FetchBytes(fctx, c, r.Update.StateHash, func(p store.Progress) { fetched = p.Fetched })
	if err != nil {
		return nil, fmt.Errorf("node: fetch checkpoint of %s: %w", r.ID.Short(), err)
	}
	n.stats.fetches.Add(1)
	n.stats.fetchedBlocks.Add(int64(fetched))
	if fetched > 0 {
		n.emit(Event{Kind: EventFetched, Update: r.ID, Blocks: fetched, Local: true})
	}
	return b, nil
}

// settle waits until dispute id can be resolved (its move or voting
// deadline has passed, in chain time) and resolves it, unless someone else
// does first. It returns the dispute's final state.
func (n *Node) settle(ctx context.Context, id protocol.Hash, u protocol.Update) (bindings.DisputesDispute, error) {
	d := n.disputes()
	for {
		st, dd, err := d.State(ctx, id)
		if err == nil && st.Phase == verify.PhaseResolved {
			return dd, nil
		}
		if err == nil {
			hdr, herr := n.client.HeaderByNumber(ctx, nil)
			if herr == nil && hdr.Time > st.Deadline {
				if out, rerr := d.Resolve(ctx, id, u); rerr != nil {
					// Usually a rival resolved it first (WrongPhase at estimation).
					n.log.Debug("node: resolve not sent", "dispute", id.Short(), "err", rerr)
				} else {
					n.log.Info("node: resolved dispute", "dispute", id.Short(), "update", u.ID().Short(), "outcome", out)
				}
				continue
			}
		}
		select {
		case <-ctx.Done():
			return dd, fmt.Errorf("node: dispute %s: waiting to resolve: %w", id.Short(), ctx.Err())
		case <-time.After(n.cfg.PollInterval):
		}
	}
}

// claimOwed withdraws what the ledger owes this node (challenger shares,
// returned bonds, validator fees, rewards), if anything.
func (n *Node) claimOwed(ctx context.Context) {
	l := bindings.NewLedger()
	out, err := n.cs.call(ctx, l.PackOwed(n.addr))
	if err != nil {
		return
	}
	owed, err := l.UnpackOwed(out)
	if err != nil || owed.Sign() == 0 {
		return
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Ledger, l.PackClaim(), nil); err != nil {
		n.log.Warn("node: claim failed", "owed", owed, "err", err)
	}
}

// playSide plays one side of dispute id from trace until bisection ends,
// then resolves the dispute once it can be, and claims what it is owed.
func (n *Node) playSide(ctx context.Context, id protocol.Hash, u protocol.Update, side verify.Side, trace protocol.Trace) error {
	p, err := verify.NewPlayer(side, trace)
	if err != nil {
		return fmt.Errorf("node: dispute %s: %w", id.Short(), err)
	}
	dp := verify.NewDisputant(n.disputes(), id, p)
	st, err := dp.Play(ctx, n.cfg.PollInterval, func(m verify.Move) {
		n.log.Info("node: moved", "dispute", id.Short(), "side", side, "at", m.At.Index)
		n.noticeMove(ctx, id, m)
	})
	var te *verify.TimeoutError
	switch {
	case errors.As(err, &te):
		n.log.Info("node: a side missed its move deadline", "dispute", id.Short(), "side", te.Side)
	case err != nil:
		return err
	default:
		n.log.Info("node: bisection over", "dispute", id.Short(), "side", side, "phase", st.Phase, "lo", st.Lo, "hi", st.Hi)
	}
	dd, err := n.settle(ctx, id, u)
	if err != nil {
		return err
	}
	n.log.Info("node: dispute over", "dispute", id.Short(), "side", side, "outcome", dd.Outcome)
	n.claimOwed(ctx)
	return nil
}

// defend is the worker's dispute hook: for every challenge of one of this
// worker's updates, play the worker side from the trace it kept (traces.go).
func (n *Node) defend(ctx context.Context) {
	n.followDisputes(ctx, func(e bindings.DisputesChallengeRevealed) {
		if e.Worker != n.addr {
			return
		}
		id, uid := protocol.Hash(e.DisputeId), protocol.Hash(e.UpdateId)
		n.goLoop(func() {
			trace, err := n.traces.get(uid)
			if err != nil {
				n.log.Error("worker: challenged update cannot be defended", "dispute", id.Short(), "update", uid.Short(), "err", err)
				return
			}
			r, err := n.updateOf(ctx, uid)
			if err != nil {
				return
			}
			n.log.Info("worker: defending a challenged update", "dispute", id.Short(), "update", uid.Short(), "challenger", shortAddr(e.Challenger))
			if err := n.playSide(ctx, id, r.Update, verify.Worker, trace); err != nil && ctx.Err() == nil {
				n.log.Warn("worker: defence failed", "dispute", id.Short(), "err", err)
			}
		})
	})
}
