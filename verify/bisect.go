package verify

import (
	"errors"
	"fmt"

	"github.com/unstoppable-models/umnode/protocol"
)

// Side is a party of a dispute.
type Side uint8

const (
	Worker     Side = 1 // defends the committed update's trace
	Challenger Side = 2 // attacks it with its own trace
)

func (s Side) String() string {
	switch s {
	case Worker:
		return "worker"
	case Challenger:
		return "challenger"
	}
	return fmt.Sprintf("side(%d)", uint8(s))
}

// Phase is a dispute's phase, numbered as the Disputes contract numbers it.
type Phase uint8

const (
	PhaseNone      Phase = 0
	PhaseBisection Phase = 1
	PhaseVoting    Phase = 2
	PhaseResolved  Phase = 3
)

func (p Phase) String() string {
	switch p {
	case PhaseNone:
		return "none"
	case PhaseBisection:
		return "bisection"
	case PhaseVoting:
		return "voting"
	case PhaseResolved:
		return "resolved"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Errors of the bisection strategy.
var (
	ErrNotMyTurn     = errors.New("verify: bisection: not this side's turn")
	ErrNotBisecting  = errors.New("verify: bisection: dispute is not in bisection")
	ErrWrongTrace    = errors.New("verify: bisection: local trace is not the one this side committed to")
	ErrBadMove       = errors.New("verify: bisection: bad move")
	ErrBadDisputeArg = errors.New("verify: bisection: bad dispute state")
)

// DisputeState is a dispute as the Disputes contract stores it, with only
// what bisection needs: the range [Lo, Hi] (the sides agree on s_Lo and
// disagree on s_Hi), whose turn it is, and Pending, the state the other side
// posted at the pending midpoint (Lo+Hi)/2.
type DisputeState struct {
	Phase            Phase
	K                int // steps of the update: traces have K+1 states
	Lo, Hi           int
	ChallengerToMove bool
	Pending          protocol.Hash
	WorkerRoot       protocol.Hash
	ChallengerRoot   protocol.Hash
	// Deadline is when the side to move must have moved by (unix seconds,
	// block time); only the on-chain adapter uses it.
	Deadline uint64
}

// ToMove is the side whose move it is.
func (st DisputeState) ToMove() Side {
	if st.ChallengerToMove {
		return Challenger
	}
	return Worker
}

// Mid is the pending midpoint, the index the side to move proves.
func (st DisputeState) Mid() int { return (st.Lo + st.Hi) / 2 }

// Root is side's trace root.
func (st DisputeState) Root(side Side) protocol.Hash {
	if side == Challenger {
		return st.ChallengerRoot
	}
	return st.WorkerRoot
}

func (st DisputeState) check() error {
	if st.K < 1 || st.K+1 > protocol.MaxTraceLen {
		return fmt.Errorf("%w: k = %d", ErrBadDisputeArg, st.K)
	}
	if st.Lo < 0 || st.Hi > st.K || st.Hi-st.Lo < 1 {
		return fmt.Errorf("%w: range [%d, %d] with k = %d", ErrBadDisputeArg, st.Lo, st.Hi, st.K)
	}
	if st.Phase == PhaseBisection && st.Hi-st.Lo < 2 {
		return fmt.Errorf("%w: bisection over a single step [%d, %d]", ErrBadDisputeArg, st.Lo, st.Hi)
	}
	return nil
}

// Proven is state Index of a trace with its Merkle inclusion proof.
type Proven struct {
	Index int
	State protocol.Hash
	Proof []protocol.Hash
}

// ProvenAt proves state i of t.
func ProvenAt(t protocol.Trace, i int) (Proven, error) {
	proof, err := t.Proof(i)
	if err != nil {
		return Proven{}, fmt.Errorf("verify: prove s_%d: %w", i, err)
	}
	return Proven{Index: i, State: t[i], Proof: proof}, nil
}

// Move is one bisection move: the mover's state at the pending midpoint and,
// unless the move leaves a single step, its state at the next midpoint.
type Move struct {
	By   Side
	At   Proven
	Next *Proven // nil when the move ends bisection
	// Lo and Hi are the range after the move.
	Lo, Hi int
}

// Opening is the challenger's reveal: its own s_k (which must differ from the
// update's state hash) and s_{k/2} (nil when k = 1), with proofs.
type Opening struct {
	Root  protocol.Hash
	Final Proven
	Mid   *Proven
}

// Player is one side of a dispute playing from its local trace s_0..s_k.
// It is pure: it reads a DisputeState and returns the move to make.
type Player struct {
	side  Side
	trace protocol.Trace
	root  protocol.Hash
}

// NewPlayer returns side's strategy over its local trace.
func NewPlayer(side Side, trace protocol.Trace) (*Player, error) {
	if side != Worker && side != Challenger {
		return nil, fmt.Errorf("verify: bisection: unknown side %d", side)
	}
	if len(trace) < 2 {
		return nil, fmt.Errorf("verify: bisection: %s trace has %d states, a dispute needs k >= 1 steps", side, len(trace))
	}
	root, err := trace.Root()
	if err != nil {
		return nil, fmt.Errorf("verify: bisection: %s trace: %w", side, err)
	}
	return &Player{side: side, trace: append(protocol.Trace(nil), trace...), root: root}, nil
}

// Side is the player's side.
func (p *Player) Side() Side { return p.side }

// Root is the player's trace root.
func (p *Player) Root() protocol.Hash { return p.root }

// K is the steps of the player's trace.
func (p *Player) K() int { return len(p.trace) - 1 }

// Open is the challenger's reveal against an update whose state hash is
// claimed. It fails when the player is the worker, or when its trace ends in
// the claimed state (there is nothing to dispute).
func (p *Player) Open(claimed protocol.Hash) (Opening, error) {
	if p.side != Challenger {
		return Opening{}, fmt.Errorf("verify: bisection: only the challenger opens a dispute, this player is the %s", p.side)
	}
	k := p.K()
	if p.trace[k] == claimed {
		return Opening{}, fmt.Errorf("verify: bisection: local s_%d equals the update's state hash %s: nothing to dispute", k, claimed.Short())
	}
	fin, err := ProvenAt(p.trace, k)
	if err != nil {
		return Opening{}, err
	}
	o := Opening{Root: p.root, Final: fin}
	if k > 1 {
		mid, err := ProvenAt(p.trace, k/2)
		if err != nil {
			return Opening{}, err
		}
		o.Mid = &mid
	}
	return o, nil
}

// Next computes this side's move in st. It returns ErrNotBisecting when the
// dispute is past bisection (or not open), ErrNotMyTurn when the other side
// is to move, and ErrWrongTrace when the local trace is not the one this
// side committed to on chain.
func (p *Player) Next(st DisputeState) (Move, error) {
	if st.Phase != PhaseBisection {
		return Move{}, fmt.Errorf("%w (phase %s)", ErrNotBisecting, st.Phase)
	}
	if err := st.check(); err != nil {
		return Move{}, err
	}
	if st.ToMove() != p.side {
		return Move{}, fmt.Errorf("%w: %s to move", ErrNotMyTurn, st.ToMove())
	}
	if st.K != p.K() {
		return Move{}, fmt.Errorf("%w: dispute over k = %d steps, local trace has %d", ErrWrongTrace, st.K, p.K())
	}
	if r := st.Root(p.side); r != p.root {
		return Move{}, fmt.Errorf("%w: %s root on chain %s, local %s", ErrWrongTrace, p.side, r.Short(), p.root.Short())
	}
	mid := st.Mid()
	at, err := ProvenAt(p.trace, mid)
	if err != nil {
		return Move{}, err
	}
	m := Move{By: p.side, At: at, Lo: st.Lo, Hi: st.Hi}
	if at.State == st.Pending {
		m.Lo = mid
	} else {
		m.Hi = mid
	}
	if m.Hi-m.Lo > 1 {
		next, err := ProvenAt(p.trace, (m.Lo+m.Hi)/2)
		if err != nil {
			return Move{}, err
		}
		m.Next = &next
	}
	return m, nil
}

// Apply is the Go twin of Disputes.move: it checks m against st (turn,
// indices, proofs against the mover's root) and returns the state after it.
// A node uses it to check a move before sending it and to follow the other
// side's moves.
func (st DisputeState) Apply(m Move) (DisputeState, error) {
	if st.Phase != PhaseBisection {
		return st, fmt.Errorf("%w (phase %s)", ErrNotBisecting, st.Phase)
	}
	if err := st.check(); err != nil {
		return st, err
	}
	if m.By != st.ToMove() {
		return st, fmt.Errorf("%w: %s moved, %s to move", ErrBadMove, m.By, st.ToMove())
	}
	root, n := st.Root(m.By), st.K+1
	mid := st.Mid()
	if m.At.Index != mid || !protocol.VerifyProof(root, n, mid, m.At.State, m.At.Proof) {
		return st, fmt.Errorf("%w: state at s_%d does not prove against the %s root", ErrBadMove, mid, m.By)
	}
	out := st
	if m.At.State == st.Pending {
		out.Lo = mid
	} else {
		out.Hi = mid
	}
	if out.Hi-out.Lo == 1 {
		out.Phase = PhaseVoting
		return out, nil
	}
	next := out.Mid()
	if m.Next == nil || m.Next.Index != next || !protocol.VerifyProof(root, n, next, m.Next.State, m.Next.Proof) {
		return st, fmt.Errorf("%w: state at next midpoint s_%d does not prove against the %s root", ErrBadMove, next, m.By)
	}
	out.Pending = m.Next.State
	out.ChallengerToMove = !st.ChallengerToMove
	return out, nil
}

// Opened is the dispute right after a challenger's reveal: [0, k], the
// worker to move against the challenger's s_{k/2}, or voting on the single
// step when k = 1.
func Opened(k int, workerRoot protocol.Hash, o Opening) (DisputeState, error) {
	st := DisputeState{Phase: PhaseBisection, K: k, Lo: 0, Hi: k, WorkerRoot: workerRoot, ChallengerRoot: o.Root}
	if k < 1 || k+1 > protocol.MaxTraceLen {
		return st, fmt.Errorf("%w: k = %d", ErrBadDisputeArg, k)
	}
	if o.Final.Index != k || !protocol.VerifyProof(o.Root, k+1, k, o.Final.State, o.Final.Proof) {
		return st, fmt.Errorf("%w: challenger's s_%d does not prove against its root", ErrBadMove, k)
	}
	if k == 1 {
		st.Phase = PhaseVoting
		return st, nil
	}
	if o.Mid == nil || o.Mid.Index != k/2 || !protocol.VerifyProof(o.Root, k+1, k/2, o.Mid.State, o.Mid.Proof) {
		return st, fmt.Errorf("%w: challenger's s_%d does not prove against its root", ErrBadMove, k/2)
	}
	st.Pending = o.Mid.State
	return st, nil
}
