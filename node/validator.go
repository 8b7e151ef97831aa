package node

import (
	"context"
	"fmt"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// validator is the validator role: for every dispute in the run it waits
// for bisection to end, reads both sides' claims on the single disputed
// step (verify.ClaimsOf), rebuilds the agreed state s_lo by replay from the
// update's parent checkpoint (verify.StateAt), decides which claimed
// s_lo+1 is right (Decide) and votes, then resolves the dispute after the
// voting deadline (unless someone did) and claims its voter fee.
//
// Vote weight is the token's past votes at the block the dispute opened, so
// a validator delegates its tokens to itself at start (ensureVotes); a
// dispute opened before that delegation is voted with no weight.
type validator struct {
	n *Node
	r *verify.Replayer
}

func newValidator(n *Node) (*validator, error) {
	r, err := verify.NewReplayer(n.manifest, n.trainSet, n.testSet)
	if err != nil {
		return nil, fmt.Errorf("node: validator: %w", err)
	}
	return &validator{n: n, r: r}, nil
}

func (v *validator) run(ctx context.Context) {
	n := v.n
	n.followDisputes(ctx, func(e bindings.DisputesChallengeRevealed) {
		id, uid := protocol.Hash(e.DisputeId), protocol.Hash(e.UpdateId)
		n.goLoop(func() {
			if err := v.judge(ctx, id, uid); err != nil && ctx.Err() == nil {
				n.log.Warn("validator: dispute not judged", "dispute", id.Short(), "err", err)
			}
		})
	})
}

// judge waits for dispute id (on update uid) to reach voting, votes, and
// settles it.
func (v *validator) judge(ctx context.Context, id, uid protocol.Hash) error {
	n := v.n
	d := n.disputes()
	var st verify.DisputeState
	for {
		var err error
		st, _, err = d.State(ctx, id)
		if err == nil && st.Phase != verify.PhaseBisection {
			break
		}
		sleep(ctx, n.cfg.PollInterval)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	u, err := n.updateOf(ctx, uid)
	if err != nil {
		return err
	}
	if st.Phase == verify.PhaseVoting {
		if err := v.vote(ctx, d, id, st, u); err != nil {
			n.log.Warn("validator: no vote", "dispute", id.Short(), "err", err)
		}
	}
	if _, err := n.settle(ctx, id, u.Update); err != nil {
		return err
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Disputes, bindings.NewDisputes().PackClaimVoterFee(id), nil); err != nil {
		n.log.Debug("validator: no voter fee", "dispute", id.Short(), "err", err)
	}
	n.claimOwed(ctx)
	return nil
}

// vote decides the disputed step and votes.
func (v *validator) vote(ctx context.Context, d *verify.Disputes, id protocol.Hash, st verify.DisputeState, u *updateRec) error {
	n := v.n
	parent, err := n.updateOf(ctx, u.Update.Parent)
	if err != nil {
		return err
	}
	posted, err := d.Moves(ctx, id)
	if err != nil {
		return err
	}
	claims, err := verify.ClaimsOf(st, posted, parent.Update.StateHash, u.Update.StateHash)
	if err != nil {
		return err
	}
	file, err := n.fetchCheckpoint(ctx, parent)
	if err != nil {
		return err
	}
	agreed, h, err := v.r.StateAt(ctx, file, parent.Update.StateHash, st.Lo)
	if err != nil {
		return err
	}
	if h != claims.Agreed {
		// Both sides agree on a state this node does not compute: neither
		// can be right about the next one as far as we know.
		return fmt.Errorf("node: validator: dispute %s: the agreed s_%d is %s, the replay gives %s: abstaining", id.Short(), st.Lo, claims.Agreed.Short(), h.Short())
	}
	dec, _, err := v.r.Decide(agreed, claims)
	if err != nil {
		return err
	}
	voted, err := d.Vote(ctx, id, dec)
	if err != nil {
		return err
	}
	if voted {
		n.noticeVote(ctx, id, st.Lo, claims, dec)
	}
	n.log.Info("validator: decided", "dispute", id.Short(), "step", st.Lo, "decision", dec, "voted", voted)
	return nil
}
