package verify

import (
	"fmt"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// Decision is a validator's answer on a single disputed step.
type Decision uint8

const (
	// Neither: the replayed s_{i+1} matches neither claim; the validator
	// abstains (both sides computed something else).
	Neither Decision = iota
	// WorkerRight: the worker's s_{i+1} is the replayed one (vote for the worker).
	WorkerRight
	// ChallengerRight: the challenger's s_{i+1} is the replayed one (vote against the worker).
	ChallengerRight
)

func (d Decision) String() string {
	switch d {
	case Neither:
		return "neither"
	case WorkerRight:
		return "worker right"
	case ChallengerRight:
		return "challenger right"
	}
	return fmt.Sprintf("decision(%d)", uint8(d))
}

// Vote reports what to vote: ok is false for Neither (abstain), else
// forWorker is the Disputes.vote argument.
func (d Decision) Vote() (forWorker, ok bool) {
	switch d {
	case WorkerRight:
		return true, true
	case ChallengerRight:
		return false, true
	}
	return false, false
}

// StepClaims are the two sides' s_{i+1} in a dispute that voting narrowed
// to step i -> i+1, and the hash of the agreed s_i.
type StepClaims struct {
	Agreed     protocol.Hash // s_i, on which both sides agree
	Worker     protocol.Hash // the worker's s_{i+1}
	Challenger protocol.Hash // the challenger's s_{i+1}
}

// Decide replays the single step from the agreed state s_i, given as its
// checkpoint file, which must hash to c.Agreed, and says which claimed
// s_{i+1} is right. It also returns the replayed s_{i+1} hash.
func (r *Replayer) Decide(agreedFile []byte, c StepClaims) (Decision, protocol.Hash, error) {
	if c.Worker == c.Challenger {
		return Neither, protocol.Hash{}, fmt.Errorf("verify: decide: both sides claim %s: there is no disagreement to vote on", c.Worker.Short())
	}
	if c.Agreed.IsZero() {
		return Neither, protocol.Hash{}, fmt.Errorf("verify: decide: the agreed state's hash is zero: read it from the dispute's moves")
	}
	if got := checkpoint.StateHash(agreedFile); got != c.Agreed {
		return Neither, protocol.Hash{}, fmt.Errorf("verify: decide: agreed checkpoint hashes to %s, want %s: fetch s_i again", got.Short(), c.Agreed.Short())
	}
	s, err := r.Load(agreedFile, protocol.Hash{}) // hash checked above
	if err != nil {
		return Neither, protocol.Hash{}, fmt.Errorf("verify: decide: %w", err)
	}
	r.tr.Step(s)
	got, err := r.tr.Hash(s)
	if err != nil {
		// A step that diverges (NaN) has no valid checkpoint: neither side
		// can hold a valid s_{i+1}.
		return Neither, protocol.Hash{}, fmt.Errorf("verify: decide: replayed step %d: %w", s.Step-1, err)
	}
	switch got {
	case c.Worker:
		return WorkerRight, got, nil
	case c.Challenger:
		return ChallengerRight, got, nil
	}
	return Neither, got, nil
}

// Posted is a state one side posted in a dispute: s_Index of its trace.
type Posted struct {
	By    Side
	Index int
	State protocol.Hash
}

// ClaimsOf derives what validators vote on from a dispute in voting and the
// states posted in it (Disputes.Moves): the agreed s_lo and each side's
// s_lo+1. s_0 is the parent's state hash and the worker's s_k its update's
// state hash; the contract never posts them.
func ClaimsOf(st DisputeState, posted []Posted, parentState, updateState protocol.Hash) (StepClaims, error) {
	if st.Phase != PhaseVoting || st.Hi != st.Lo+1 {
		return StepClaims{}, fmt.Errorf("verify: claims: dispute is %s on [%d, %d], not voting on one step", st.Phase, st.Lo, st.Hi)
	}
	find := func(side Side, i int) (protocol.Hash, bool) {
		for _, p := range posted {
			if p.By == side && p.Index == i {
				return p.State, true
			}
		}
		return protocol.Hash{}, false
	}
	var c StepClaims
	var ok bool
	if st.Lo == 0 {
		c.Agreed = parentState
	} else if c.Agreed, ok = find(Worker, st.Lo); !ok {
		if c.Agreed, ok = find(Challenger, st.Lo); !ok {
			return c, fmt.Errorf("verify: claims: nobody posted the agreed s_%d", st.Lo)
		}
	}
	if st.Hi == st.K {
		c.Worker = updateState
	} else if c.Worker, ok = find(Worker, st.Hi); !ok {
		return c, fmt.Errorf("verify: claims: the worker never posted s_%d", st.Hi)
	}
	if c.Challenger, ok = find(Challenger, st.Hi); !ok {
		return c, fmt.Errorf("verify: claims: the challenger never posted s_%d", st.Hi)
	}
	return c, nil
}
