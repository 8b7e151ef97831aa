package verify

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// Backend is what the on-chain adapter needs from a chain client: a signing
// address, view calls, and transactions sent and awaited (gas estimated with
// headroom, a revert returned as an error). *chain.Client satisfies it.
type Backend interface {
	From() common.Address
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	TransactAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// ErrRevealTooEarly says a challenge's commit is in the latest block: the
// contract wants the reveal in a later block. Wait for the next block and
// reveal again.
var ErrRevealTooEarly = errors.New("verify: reveal in the commit's block: wait for the next block")

// ErrMoveTimedOut says the side to move let its move deadline pass: the
// dispute can only be resolved now (the side that missed it loses). See
// TimeoutError for which side.
var ErrMoveTimedOut = errors.New("verify: move deadline passed")

// TimeoutError is ErrMoveTimedOut for one dispute.
type TimeoutError struct {
	Dispute  protocol.Hash
	Side     Side   // who missed the deadline
	Deadline uint64 // unix seconds
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("verify: dispute %s: the %s missed its move deadline (%s): call resolve", e.Dispute.Short(), e.Side, time.Unix(int64(e.Deadline), 0).UTC().Format(time.RFC3339))
}

func (e *TimeoutError) Unwrap() error { return ErrMoveTimedOut }

// Disputes is the Disputes contract at an address, over a backend.
type Disputes struct {
	b    Backend
	addr common.Address
	abi  *bindings.Disputes
}

// NewDisputes binds the Disputes contract at addr.
func NewDisputes(b Backend, addr common.Address) *Disputes {
	return &Disputes{b: b, addr: addr, abi: bindings.NewDisputes()}
}

func (d *Disputes) call(ctx context.Context, data []byte) ([]byte, error) {
	return d.b.CallContract(ctx, ethereum.CallMsg{From: d.b.From(), To: &d.addr, Data: data}, nil)
}

func (d *Disputes) send(ctx context.Context, data []byte) (*types.Receipt, error) {
	return d.b.TransactAndWait(ctx, &d.addr, data, nil)
}

// Dispute reads a dispute as the contract stores it.
func (d *Disputes) Dispute(ctx context.Context, id protocol.Hash) (bindings.DisputesDispute, error) {
	out, err := d.call(ctx, d.abi.PackDispute(id))
	if err != nil {
		return bindings.DisputesDispute{}, fmt.Errorf("verify: read dispute %s: %w", id.Short(), err)
	}
	dd, err := d.abi.UnpackDispute(out)
	if err != nil {
		return bindings.DisputesDispute{}, fmt.Errorf("verify: read dispute %s: %w", id.Short(), err)
	}
	return dd, nil
}

// State reads a dispute as a DisputeState. An unknown dispute has phase none.
func (d *Disputes) State(ctx context.Context, id protocol.Hash) (DisputeState, bindings.DisputesDispute, error) {
	dd, err := d.Dispute(ctx, id)
	if err != nil {
		return DisputeState{}, dd, err
	}
	return StateOf(dd), dd, nil
}

// StateOf converts the contract's dispute struct.
func StateOf(dd bindings.DisputesDispute) DisputeState {
	return DisputeState{
		Phase: Phase(dd.Phase), K: int(dd.K), Lo: int(dd.Lo), Hi: int(dd.Hi),
		ChallengerToMove: dd.ChallengerToMove, Pending: dd.Pending, Deadline: dd.Deadline.Uint64(),
		WorkerRoot: dd.WorkerRoot, ChallengerRoot: dd.ChallengerRoot,
	}
}

func provenArg(p *Proven) bindings.DisputesProven {
	if p == nil {
		return bindings.DisputesProven{Proof: [][32]byte{}}
	}
	out := bindings.DisputesProven{State: p.State, Proof: make([][32]byte, len(p.Proof))}
	for i, h := range p.Proof {
		out.Proof[i] = h
	}
	return out
}

// Challenge is a challenger's intent against one update: the update, the
// challenger's player (its local trace) and a secret salt.
type Challenge struct {
	Update protocol.Update
	Player *Player
	Salt   protocol.Hash
}

// ID is the challenge commitment of challenger, which becomes the dispute ID.
func (c Challenge) ID(challenger common.Address) protocol.Hash {
	return bindings.ChallengeCommitment(c.Update.ID(), c.Player.Root(), c.Salt, challenger)
}

// Commit sends the challenge commitment and returns it (the future dispute
// ID). Reveal must come in a later block.
func (d *Disputes) Commit(ctx context.Context, c Challenge) (protocol.Hash, error) {
	if c.Player == nil || c.Player.Side() != Challenger {
		return protocol.Hash{}, errors.New("verify: commit challenge: needs the challenger's player")
	}
	if _, err := c.Player.Open(c.Update.StateHash); err != nil {
		return protocol.Hash{}, fmt.Errorf("verify: commit challenge of %s: %w", c.Update.ID().Short(), err)
	}
	id := c.ID(d.b.From())
	if _, err := d.send(ctx, d.abi.PackCommitChallenge(id)); err != nil {
		return protocol.Hash{}, fmt.Errorf("verify: commit challenge of %s: %w", c.Update.ID().Short(), err)
	}
	return id, nil
}

// Reveal opens the dispute committed by Commit: it proves the challenger's
// s_k and s_{k/2}. The caller must have approved the ledger for the run's
// challenge bond. It returns ErrRevealTooEarly while the latest block is the
// commit's (gas estimation on it would see the contract refuse).
func (d *Disputes) Reveal(ctx context.Context, c Challenge) (protocol.Hash, *types.Receipt, error) {
	return d.reveal(ctx, c, false)
}

// RevealGas is the gas limit of a reveal sent without estimation: a reveal
// at k = 64 uses about 290-320k gas on the Osaka schedule (chain/bindings
// TestGasReport), deeper proofs a few thousand more per level, and about
// 3x the storage cost under geth 1.17's experimental Bogota schedule (a
// plain geth --dev enables it: 480k was not enough there). Unused gas is
// not paid; only the fee reserve grows. The backend's headroom is added.
const RevealGas = 1_200_000

// fixedGasSender is what a backend needs to send a transaction with a fixed
// gas limit, skipping estimation; *chain.Client has it.
type fixedGasSender interface {
	Send(ctx context.Context, fn func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	WaitReceipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
}

func (d *Disputes) reveal(ctx context.Context, c Challenge, fixedGas bool) (protocol.Hash, *types.Receipt, error) {
	uid := c.Update.ID()
	if c.Player == nil {
		return protocol.Hash{}, nil, fmt.Errorf("verify: reveal challenge of %s: needs the challenger's player", uid.Short())
	}
	o, err := c.Player.Open(c.Update.StateHash)
	if err != nil {
		return protocol.Hash{}, nil, fmt.Errorf("verify: reveal challenge of %s: %w", uid.Short(), err)
	}
	id := c.ID(d.b.From())
	out, err := d.call(ctx, d.abi.PackCommitments(id))
	if err != nil {
		return id, nil, fmt.Errorf("verify: reveal challenge of %s: read commitment: %w", uid.Short(), err)
	}
	at, err := d.abi.UnpackCommitments(out)
	if err != nil {
		return id, nil, fmt.Errorf("verify: reveal challenge of %s: read commitment: %w", uid.Short(), err)
	}
	if at.Sign() == 0 {
		return id, nil, fmt.Errorf("verify: reveal challenge of %s: commitment %s is not on chain: commit first", uid.Short(), id.Short())
	}
	head, err := d.b.BlockNumber(ctx)
	if err != nil {
		return id, nil, fmt.Errorf("verify: reveal challenge of %s: %w", uid.Short(), err)
	}
	r := bindings.DisputesReveal{
		ChallengerRoot: o.Root, Salt: c.Salt,
		FinalState: o.Final.State, FinalProof: provenArg(&o.Final).Proof,
		MidState: protocol.Hash{}, MidProof: [][32]byte{},
	}
	if o.Mid != nil {
		mid := provenArg(o.Mid)
		r.MidState, r.MidProof = mid.State, mid.Proof
	}
	data := d.abi.PackRevealChallenge(bindings.UpdateRefOf(c.Update).Disputed(), r)
	var rc *types.Receipt
	fs, canFix := d.b.(fixedGasSender)
	switch {
	case head > at.Uint64():
		rc, err = d.send(ctx, data)
	case fixedGas && canFix:
		// The transaction lands in a block after the latest, so after the
		// commit's: only estimation (on the latest block) would refuse it.
		rc, err = sendFixedGas(ctx, fs, d.addr, data, RevealGas)
	default:
		return id, nil, fmt.Errorf("%w (commit in block %d, latest %d)", ErrRevealTooEarly, at.Uint64(), head)
	}
	if err != nil {
		return id, nil, fmt.Errorf("verify: reveal challenge of %s: %w", uid.Short(), err)
	}
	return id, rc, nil
}

// sendFixedGas signs and sends a call to `to` with the given gas limit (plus
// the backend's headroom) and waits for its receipt.
func sendFixedGas(ctx context.Context, fs fixedGasSender, to common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	tx, err := fs.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		signed, err := o.Signer(o.From, types.NewTx(&types.LegacyTx{To: &to, Data: data, Gas: gas}))
		if err != nil {
			return nil, err
		}
		if err := fs.SendTransaction(ctx, signed); err != nil {
			return nil, err
		}
		return signed, nil
	})
	if err != nil {
		return nil, err
	}
	return fs.WaitReceipt(ctx, tx)
}

// Challenge commits a challenge and reveals it: the whole opening of a
// dispute. The caller must have approved the ledger for the run's challenge
// bond. When the latest block is still the commit's, a backend that can send
// with a fixed gas limit (*chain.Client) sends the reveal at once with
// RevealGas, so a chain that makes blocks only for transactions (geth --dev
// with period 0, devchain OnTx) needs no other traffic; other backends poll
// every poll until a later block exists.
func (d *Disputes) Challenge(ctx context.Context, c Challenge, poll time.Duration) (protocol.Hash, error) {
	id, err := d.Commit(ctx, c)
	if err != nil {
		return id, err
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		_, _, err := d.reveal(ctx, c, true)
		if !errors.Is(err, ErrRevealTooEarly) {
			return id, err
		}
		select {
		case <-ctx.Done():
			return id, fmt.Errorf("verify: challenge %s: waiting for a block after the commit: %w", id.Short(), ctx.Err())
		case <-t.C:
		}
	}
}

// Disputant plays one side of one dispute on chain from its local trace.
type Disputant struct {
	d      *Disputes
	id     protocol.Hash
	player *Player
}

// NewDisputant plays p's side of dispute id through d (whose backend signs
// as that side's address).
func NewDisputant(d *Disputes, id protocol.Hash, p *Player) *Disputant {
	return &Disputant{d: d, id: id, player: p}
}

// Step reads the dispute and, if it is this side's turn in bisection, makes
// the move. It returns the move made (nil when it was not this side's turn)
// and the state before it. ErrNotBisecting (wrapped) says bisection is over.
func (p *Disputant) Step(ctx context.Context) (*Move, DisputeState, error) {
	st, dd, err := p.d.State(ctx, p.id)
	if err != nil {
		return nil, st, err
	}
	if st.Phase == PhaseNone {
		return nil, st, fmt.Errorf("verify: dispute %s is not on chain: check the ID (a ChallengeRevealed event names it)", p.id.Short())
	}
	if st.Phase != PhaseBisection {
		return nil, st, fmt.Errorf("%w: dispute %s is in phase %s", ErrNotBisecting, p.id.Short(), st.Phase)
	}
	party := dd.Worker
	if p.player.Side() == Challenger {
		party = dd.Challenger
	}
	if from := p.d.b.From(); from != party {
		return nil, st, fmt.Errorf("verify: dispute %s: signing as %s, the %s is %s: use the %s's key", p.id.Short(), from, p.player.Side(), party, p.player.Side())
	}
	head, err := p.d.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, st, fmt.Errorf("verify: dispute %s: latest block: %w", p.id.Short(), err)
	}
	if head.Time > st.Deadline { // as the contract sees it: block.timestamp > deadline
		return nil, st, &TimeoutError{Dispute: p.id, Side: st.ToMove(), Deadline: st.Deadline}
	}
	if st.ToMove() != p.player.Side() {
		return nil, st, nil
	}
	m, err := p.player.Next(st)
	if err != nil {
		return nil, st, fmt.Errorf("%w (dispute %s)", err, p.id.Short())
	}
	if _, err := st.Apply(m); err != nil { // never send a move the contract would refuse
		return nil, st, fmt.Errorf("%w (own move in dispute %s)", err, p.id.Short())
	}
	if _, err := p.d.send(ctx, p.d.abi.PackMove(p.id, provenArg(&m.At), provenArg(m.Next))); err != nil {
		return nil, st, fmt.Errorf("verify: dispute %s: move at s_%d: %w", p.id.Short(), m.At.Index, err)
	}
	return &m, st, nil
}

// Play makes this side's moves until bisection ends, polling the dispute
// every poll, and returns the final state (voting, or resolved). When a side
// misses its move deadline it returns a *TimeoutError naming it: the caller
// resolves the dispute (Resolve) if it is the other side's.
func (p *Disputant) Play(ctx context.Context, poll time.Duration, onMove func(Move)) (DisputeState, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		m, st, err := p.Step(ctx)
		if errors.Is(err, ErrNotBisecting) {
			return st, nil
		}
		if err != nil {
			return st, err
		}
		if m != nil {
			if onMove != nil {
				onMove(*m)
			}
			continue // read the new state at once
		}
		select {
		case <-ctx.Done():
			return st, fmt.Errorf("verify: dispute %s: %w", p.id.Short(), ctx.Err())
		case <-t.C:
		}
	}
}

// Moves reads every state posted in a dispute (the reveal's two and each
// move's one or two), in chain order, from its Moved events since the block
// it opened in.
func (d *Disputes) Moves(ctx context.Context, id protocol.Hash) ([]Posted, error) {
	dd, err := d.Dispute(ctx, id)
	if err != nil {
		return nil, err
	}
	if Phase(dd.Phase) == PhaseNone {
		return nil, fmt.Errorf("verify: moves of dispute %s: not on chain", id.Short())
	}
	ev := d.abi.GetABI().Events[bindings.DisputesMovedEventName]
	logs, err := d.b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(dd.OpenBlock),
		Addresses: []common.Address{d.addr},
		Topics:    [][]common.Hash{{ev.ID}, {common.Hash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("verify: moves of dispute %s: %w", id.Short(), err)
	}
	out := make([]Posted, 0, len(logs))
	for i := range logs {
		m, err := d.abi.UnpackMovedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("verify: moves of dispute %s: %w", id.Short(), err)
		}
		if !m.Index.IsUint64() || m.Index.Uint64() > uint64(dd.K) {
			return nil, fmt.Errorf("verify: moves of dispute %s: index %v beyond k = %d", id.Short(), m.Index, dd.K)
		}
		side := Worker
		if m.Mover == dd.Challenger {
			side = Challenger
		}
		out = append(out, Posted{By: side, Index: int(m.Index.Uint64()), State: m.State})
	}
	return out, nil
}

// Vote sends a validator's vote for its decision; Neither sends nothing
// (abstains) and returns false.
func (d *Disputes) Vote(ctx context.Context, id protocol.Hash, dec Decision) (bool, error) {
	forWorker, ok := dec.Vote()
	if !ok {
		return false, nil
	}
	if _, err := d.send(ctx, d.abi.PackVote(id, forWorker)); err != nil {
		return false, fmt.Errorf("verify: vote %s in dispute %s: %w", dec, id.Short(), err)
	}
	return true, nil
}

// Resolve settles a dispute whose deadline has passed and returns the
// outcome as the contract numbers it (bindings.Outcome*).
func (d *Disputes) Resolve(ctx context.Context, id protocol.Hash, u protocol.Update) (uint8, error) {
	rc, err := d.send(ctx, d.abi.PackResolve(id, bindings.UpdateRefOf(u).Disputed()))
	if err != nil {
		return 0, fmt.Errorf("verify: resolve dispute %s: %w", id.Short(), err)
	}
	for _, l := range rc.Logs {
		if ev, err := d.abi.UnpackDisputeResolvedEvent(l); err == nil {
			return ev.Outcome, nil
		}
	}
	return 0, fmt.Errorf("verify: resolve dispute %s: no DisputeResolved event in %s", id.Short(), rc.TxHash)
}
