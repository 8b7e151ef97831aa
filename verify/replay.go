package verify

import (
	"context"
	"fmt"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Replayer recomputes steps of one run: a trainer bound to the run's manifest
// and datasets. Like train.Trainer, it must not be used by several goroutines
// at once.
type Replayer struct {
	tr *train.Trainer
}

// NewReplayer binds a manifest to its datasets, which must be the ones it
// pins (content hash and sizes).
func NewReplayer(m *protocol.Manifest, trainSet, testSet *dataset.Dataset) (*Replayer, error) {
	tr, err := train.NewTrainer(m, trainSet, testSet)
	if err != nil {
		return nil, fmt.Errorf("verify: replayer: %w", err)
	}
	return &Replayer{tr: tr}, nil
}

// Trainer is the underlying trainer (for Eval, Encode...).
func (r *Replayer) Trainer() *train.Trainer { return r.tr }

// Replay is the result of recomputing an update.
type Replay struct {
	State *train.State   // the state after the replayed steps
	Trace protocol.Trace // s_0..s_k, s_0 the parent's hash
	Root  protocol.Hash  // Trace.Root()
}

// Load decodes a checkpoint file of this run, after checking that its sha256
// is want (skipped when want is zero).
func (r *Replayer) Load(file []byte, want protocol.Hash) (*train.State, error) {
	got := checkpoint.StateHash(file)
	if !want.IsZero() && got != want {
		return nil, fmt.Errorf("verify: checkpoint hashes to %s, want %s: fetch it again from another peer", got.Short(), want.Short())
	}
	c, err := checkpoint.Decode(file)
	if err != nil {
		return nil, fmt.Errorf("verify: checkpoint %s: %w", got.Short(), err)
	}
	s, err := r.tr.StateFrom(c)
	if err != nil {
		return nil, fmt.Errorf("verify: checkpoint %s: %w", got.Short(), err)
	}
	return s, nil
}

// Replay recomputes k steps from the parent checkpoint file (whose sha256
// must be parentHash, unless that is zero). k <= 0 means the manifest's
// StepsPerUpdate.
func (r *Replayer) Replay(ctx context.Context, parentFile []byte, parentHash protocol.Hash, k int) (*Replay, error) {
	s, err := r.Load(parentFile, parentHash)
	if err != nil {
		return nil, err
	}
	return r.ReplayState(ctx, s, k)
}

// ReplayState is Replay from a decoded parent state (not modified).
func (r *Replayer) ReplayState(ctx context.Context, parent *train.State, k int) (*Replay, error) {
	if k <= 0 {
		k = int(r.tr.Manifest().StepsPerUpdate)
	}
	if k+1 > protocol.MaxTraceLen {
		return nil, fmt.Errorf("verify: replay of %d steps: more than a trace can hold (%d states)", k, protocol.MaxTraceLen)
	}
	s, trace, err := r.tr.Run(ctx, parent, k)
	if err != nil {
		return nil, fmt.Errorf("verify: replay from step %d: %w", parent.Step, err)
	}
	root, err := trace.Root()
	if err != nil {
		return nil, fmt.Errorf("verify: replay from step %d: %w", parent.Step, err)
	}
	return &Replay{State: s, Trace: trace, Root: root}, nil
}

// Claim is what a worker claims about an update: its state hash and trace
// root (from the chain or an announcement) and, when the worker served it,
// the full trace.
type Claim struct {
	StateHash protocol.Hash
	TraceRoot protocol.Hash
	Trace     protocol.Trace // optional
}

// Verdict is the comparison of a local trace with a claim.
type Verdict struct {
	StateOK bool // the claimed state hash is the local s_k
	RootOK  bool // the claimed trace root is the local root
	// Divergence is the first index where the claimed trace differs from the
	// local one (protocol.FirstDivergence), or -1 when they are equal or no
	// full claimed trace was given.
	Divergence int
}

// OK reports whether the claim is right: both the state hash and the root
// match (and the full trace, when given).
func (v Verdict) OK() bool { return v.StateOK && v.RootOK && v.Divergence < 0 }

// String is a short human form for logs.
func (v Verdict) String() string {
	if v.OK() {
		return "claim matches the replay"
	}
	s := fmt.Sprintf("claim differs from the replay (state ok=%t, root ok=%t", v.StateOK, v.RootOK)
	if v.Divergence >= 0 {
		s += fmt.Sprintf(", first divergent state s_%d", v.Divergence)
	}
	return s + ")"
}

// Compare checks a claim against a local trace. A claimed full trace must
// hash to the claimed root: one that does not is an error (the claim is
// inconsistent with itself, so the trace cannot be used to bisect).
func Compare(local protocol.Trace, c Claim) (Verdict, error) {
	if len(local) == 0 {
		return Verdict{}, fmt.Errorf("verify: compare: %w", protocol.ErrEmptyTrace)
	}
	root, err := local.Root()
	if err != nil {
		return Verdict{}, fmt.Errorf("verify: compare: local trace: %w", err)
	}
	v := Verdict{
		StateOK:    c.StateHash == local[len(local)-1],
		RootOK:     c.TraceRoot == root,
		Divergence: -1,
	}
	if c.Trace != nil {
		croot, err := c.Trace.Root()
		if err != nil {
			return v, fmt.Errorf("verify: compare: claimed trace: %w", err)
		}
		if croot != c.TraceRoot {
			return v, fmt.Errorf("verify: compare: claimed trace hashes to root %s, the claim says %s: ignore the served trace", croot.Short(), c.TraceRoot.Short())
		}
		if c.Trace[len(c.Trace)-1] != c.StateHash {
			return v, fmt.Errorf("verify: compare: claimed trace ends in %s, the claim's state hash is %s", c.Trace[len(c.Trace)-1].Short(), c.StateHash.Short())
		}
		v.Divergence = protocol.FirstDivergence(local, c.Trace)
	}
	return v, nil
}

// StateAt replays i steps from the parent checkpoint and returns the
// checkpoint file of s_i and its hash: how a validator gets the agreed state
// of a dispute from the update's parent, which the store holds.
func (r *Replayer) StateAt(ctx context.Context, parentFile []byte, parentHash protocol.Hash, i int) ([]byte, protocol.Hash, error) {
	s, err := r.Load(parentFile, parentHash)
	if err != nil {
		return nil, protocol.Hash{}, err
	}
	if i < 0 || i+1 > protocol.MaxTraceLen {
		return nil, protocol.Hash{}, fmt.Errorf("verify: state s_%d: index out of range", i)
	}
	for j := 0; j < i; j++ {
		if err := ctx.Err(); err != nil {
			return nil, protocol.Hash{}, fmt.Errorf("verify: state s_%d: stopped at s_%d: %w", i, j, err)
		}
		r.tr.Step(s)
	}
	b, err := r.tr.Encode(s)
	if err != nil {
		return nil, protocol.Hash{}, fmt.Errorf("verify: state s_%d: %w", i, err)
	}
	return b, checkpoint.StateHash(b), nil
}
