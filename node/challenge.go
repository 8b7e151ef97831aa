package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// Challenge by hand (umnode challenge): the proofer's path for one update,
// run in the foreground with a line per step.

// ErrUpdateCorrect says the replay of an update matched its committed trace
// root and state hash: a challenge would lose its bond, so none was sent.
var ErrUpdateCorrect = errors.New("node: the update replays to its committed state and trace root")

// ErrNotChallengeable says an update cannot be challenged (any more): not
// on the ledger, already disputed or settled, or its window closed.
var ErrNotChallengeable = errors.New("node: update cannot be challenged")

// ErrDisputed says another challenger's dispute on the update is open (it
// wraps ErrNotChallengeable): the ledger takes one dispute per update.
var ErrDisputed = fmt.Errorf("%w: another challenger's dispute on it is open", ErrNotChallengeable)

// ErrBondShort says the account holds less than the run's challenge bond.
var ErrBondShort = errors.New("node: not enough tokens for the challenge bond")

// ChallengeOptions tune Challenge.
type ChallengeOptions struct {
	// Progress receives one human-readable line per step (joined, fetched,
	// replayed, challenged, each own move, voting, resolved, claimed). It is
	// called from Challenge's goroutine. Nil drops them.
	Progress func(string)
	// UpdateWait bounds the wait for the chain follower to see the update
	// and its parent in the run's events (default 2 minutes).
	UpdateWait time.Duration
}

// ChallengeResult is what a challenge did and how it ended.
type ChallengeResult struct {
	Update  protocol.Hash
	Worker  common.Address
	Verdict verify.Verdict // the replay against the committed claim
	Dispute protocol.Hash  // zero when no challenge was sent
	Bond    *big.Int       // the run's challenge bond, base units
	// Lo, Hi are the bisection's last interval (one step when voting).
	Lo, Hi  int
	Outcome uint8    // bindings.Outcome*
	Slashed *big.Int // the worker's stake taken (WorkerWrong), base units
	Claimed *big.Int // what this account claimed from the ledger afterwards
}

// WorkerSlashed reports whether the dispute ended with the worker slashed.
func (r *ChallengeResult) WorkerSlashed() bool { return r.Outcome == bindings.OutcomeWorkerWrong }

// OutcomeName is a readable name of a dispute outcome (bindings.Outcome*).
func OutcomeName(o uint8) string {
	switch o {
	case bindings.OutcomeWorkerWrong:
		return "worker wrong"
	case bindings.OutcomeChallengerWrong:
		return "challenger wrong"
	case bindings.OutcomeDraw:
		return "draw"
	}
	return "none"
}

// Challenge checks update id of the run by hand and, if it is wrong,
// challenges it and plays the dispute to its end: it starts a node with no
// roles (cfg.Roles is ignored) so it can follow the run and fetch the parent
// checkpoint from the swarm, replays the update with verify, and refuses with
// ErrUpdateCorrect when the replay matches. Otherwise it commits and reveals
// a challenge with the run's bond (or resumes the open dispute this account
// opened on the update earlier), makes the challenger's bisection moves
// until one step is left, waits for the validators' vote, resolves the
// dispute and claims what the ledger owes the account. The result is
// returned with a nil error whatever the outcome; the caller decides what a
// lost dispute means. opts are Node options (key, deployment, datasets,
// logger).
func Challenge(ctx context.Context, cfg *Config, id protocol.Hash, co ChallengeOptions, opts ...Option) (*ChallengeResult, error) {
	c := *cfg
	c.Roles = nil
	n, err := New(&c, opts...)
	if err != nil {
		return nil, err
	}
	if err := n.Start(ctx); err != nil {
		return nil, err
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = n.Stop(sctx)
	}()
	return n.challengeOne(ctx, id, co)
}

func (n *Node) challengeOne(ctx context.Context, id protocol.Hash, co ChallengeOptions) (*ChallengeResult, error) {
	say := func(format string, args ...any) {
		if co.Progress != nil {
			co.Progress(fmt.Sprintf(format, args...))
		}
	}
	if co.UpdateWait <= 0 {
		co.UpdateWait = 2 * time.Minute
	}
	res := &ChallengeResult{Update: id}
	say("joined the swarm as %s (peer %s); following run %s", n.addr.Hex(), n.host.ID(), n.dep.RunID.Short())

	// A dispute this account opened on the update and that is still open
	// (an earlier run of the command was interrupted) is resumed.
	resume, err := n.openDisputeBy(ctx, id)
	if err != nil {
		return res, err
	}
	if resume.IsZero() {
		if err := n.challengeable(ctx, id); err != nil {
			return res, err
		}
	}
	rc, err := n.runConfig(ctx)
	if err != nil {
		return res, err
	}
	res.Bond = rc.ChallengeBond
	bal, err := n.tokenBalance(ctx)
	if err != nil {
		return res, err
	}
	wctx, cancel := context.WithTimeout(ctx, co.UpdateWait)
	r, err := n.updateOf(wctx, id)
	if err == nil {
		_, err = n.updateOf(wctx, r.Update.Parent)
	}
	cancel()
	if err != nil {
		return res, fmt.Errorf("%w (the run's events from block %d should name it: is the chain follower behind, or the deployment's start block wrong?)", err, n.dep.StartBlock)
	}
	parent, _ := n.cs.get(r.Update.Parent)
	res.Worker = r.Update.Worker
	if r.Update.Worker == n.addr {
		return res, fmt.Errorf("%w: update %s is this account's own (%s): the contract refuses a self-challenge", ErrNotChallengeable, id.Short(), n.addr.Hex())
	}
	say("update %s by worker %s, parent %s", id.Short(), r.Update.Worker.Hex(), parent.ID.Short())

	say("fetching the parent checkpoint %s from the swarm", parent.ID.Short())
	file, err := n.fetchCheckpoint(ctx, parent)
	if err != nil {
		return res, fmt.Errorf("%w (is a peer that holds it in the swarm? check --bootstrap and --swarm-key)", err)
	}
	k := int(n.manifest.StepsPerUpdate)
	rp, err := verify.NewReplayer(n.manifest, n.trainSet, n.testSet)
	if err != nil {
		return res, fmt.Errorf("node: challenge: %w", err)
	}
	say("replaying %d steps from the parent", k)
	start := time.Now()
	rep, err := rp.Replay(ctx, file, parent.Update.StateHash, k)
	if err != nil {
		return res, fmt.Errorf("node: challenge: replay %s: %w", id.Short(), err)
	}
	v, err := verify.Compare(rep.Trace, verify.Claim{StateHash: r.Update.StateHash, TraceRoot: r.Update.TraceRoot})
	if err != nil {
		return res, fmt.Errorf("node: challenge: compare %s: %w", id.Short(), err)
	}
	res.Verdict = v
	say("replayed in %v: %s", time.Since(start).Round(time.Millisecond), v)
	if !resume.IsZero() {
		say("resuming dispute %s, which this account opened on the update", resume.Hex())
		return n.playChallenge(ctx, res, r.Update, resume, rep.Trace, say)
	}
	if v.OK() {
		return res, fmt.Errorf("%w: update %s is right, so a challenge would lose its bond of %s; nothing was sent", ErrUpdateCorrect, id.Short(), umTokens(rc.ChallengeBond))
	}
	if bal.Cmp(rc.ChallengeBond) < 0 {
		return res, fmt.Errorf("%w: %s holds %s, the run's bond is %s: get tokens first", ErrBondShort, n.addr.Hex(), umTokens(bal), umTokens(rc.ChallengeBond))
	}
	// The window may have closed while we replayed.
	if err := n.challengeable(ctx, id); err != nil {
		return res, err
	}

	// Voting power lets other nodes relay this challenger's dispute notices.
	if err := n.ensureVotes(ctx, "challenger"); err != nil {
		n.log.Warn("challenge: no voting power; other nodes will ignore its dispute notices on gossip", "err", err)
	}
	say("approving the bond of %s, committing the challenge and revealing it a block later", umTokens(rc.ChallengeBond))
	did, err := n.openChallenge(ctx, r.Update, rep.Trace)
	if err != nil {
		// Another challenger's reveal may have landed between the check
		// above and ours.
		if rival := n.challengeable(ctx, id); errors.Is(rival, ErrDisputed) {
			return res, fmt.Errorf("node: challenge %s: %w (our own commit or reveal failed: %v)", id.Short(), rival, err)
		}
		return res, fmt.Errorf("node: challenge %s: %w", id.Short(), err)
	}
	n.noticeChallenge(ctx, r.Update, did, rep.Trace)
	say("challenged: dispute %s opened; the worker's turn to move (bisection over k = %d steps)", did.Hex(), k)
	return n.playChallenge(ctx, res, r.Update, did, rep.Trace, say)
}

// playChallenge plays the challenger's side of dispute did from trace to
// its end, resolves it and claims.
func (n *Node) playChallenge(ctx context.Context, res *ChallengeResult, u protocol.Update, did protocol.Hash, trace protocol.Trace, say func(string, ...any)) (*ChallengeResult, error) {
	res.Dispute = did
	player, err := verify.NewPlayer(verify.Challenger, trace)
	if err != nil {
		return res, fmt.Errorf("node: challenge: %w", err)
	}
	d := n.disputes()
	st, err := verify.NewDisputant(d, did, player).Play(ctx, n.cfg.PollInterval, func(m verify.Move) {
		next := ""
		if m.Next != nil {
			next = fmt.Sprintf(", and s_%d for the other side to answer", m.Next.Index)
		}
		say("move: proved our s_%d%s", m.At.Index, next)
		n.noticeMove(ctx, did, m)
	})
	var te *verify.TimeoutError
	switch {
	case errors.As(err, &te):
		say("the %s missed its move deadline: it loses once the dispute is resolved", te.Side)
	case err != nil:
		return res, fmt.Errorf("node: challenge: dispute %s: %w", did.Short(), err)
	default:
		res.Lo, res.Hi = st.Lo, st.Hi
		if st.Phase == verify.PhaseVoting {
			say("bisection over: the sides agree on s_%d and differ on s_%d; validators vote on that step until %s (chain time)",
				st.Lo, st.Hi, time.Unix(int64(st.Deadline), 0).UTC().Format(time.DateTime))
		}
	}
	say("waiting for the deadline to pass, then resolving")
	dd, err := n.settle(ctx, did, u)
	if err != nil {
		return res, err
	}
	res.Lo, res.Hi, res.Outcome = int(dd.Lo), int(dd.Hi), dd.Outcome
	res.Slashed = n.slashedIn(ctx, did, dd.OpenBlock)
	say("dispute resolved: %s (votes: %s for the worker, %s against; slashed %s)",
		OutcomeName(dd.Outcome), umTokens(dd.ForWorker), umTokens(dd.ForChallenger), umTokens(res.Slashed))
	res.Claimed, err = n.claimAll(ctx)
	if err != nil {
		return res, err
	}
	if res.Claimed.Sign() > 0 {
		say("claimed %s from the ledger (returned bond and payouts)", umTokens(res.Claimed))
	}
	return res, nil
}

// openDisputeBy returns the dispute this node's account opened on update
// id that is not resolved yet, or the zero hash.
func (n *Node) openDisputeBy(ctx context.Context, id protocol.Hash) (protocol.Hash, error) {
	abi := bindings.NewDisputes()
	logs, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.dep.StartBlock), Addresses: []common.Address{n.dep.Disputes},
		Topics: [][]common.Hash{{abi.GetABI().Events[bindings.DisputesChallengeRevealedEventName].ID}, nil, {common.Hash(id)}},
	})
	if err != nil {
		return protocol.Hash{}, fmt.Errorf("node: disputes of update %s: %w", id.Short(), err)
	}
	for i := range logs {
		e, err := abi.UnpackChallengeRevealedEvent(&logs[i])
		if err != nil || e.Challenger != n.addr {
			continue
		}
		st, _, err := n.disputes().State(ctx, e.DisputeId)
		if err != nil {
			return protocol.Hash{}, err
		}
		if st.Phase != verify.PhaseResolved {
			return e.DisputeId, nil
		}
	}
	return protocol.Hash{}, nil
}

// disputedError names the open dispute on update id that another account
// opened, and what this account can do instead.
func (n *Node) disputedError(ctx context.Context, id protocol.Hash) error {
	abi := bindings.NewDisputes()
	logs, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.dep.StartBlock), Addresses: []common.Address{n.dep.Disputes},
		Topics: [][]common.Hash{{abi.GetABI().Events[bindings.DisputesChallengeRevealedEventName].ID}, nil, {common.Hash(id)}},
	})
	which := "its dispute"
	if err == nil {
		for i := range logs {
			e, err := abi.UnpackChallengeRevealedEvent(&logs[i])
			if err != nil || e.Challenger == n.addr {
				continue
			}
			if st, _, err := n.disputes().State(ctx, e.DisputeId); err == nil && st.Phase != verify.PhaseResolved {
				which = fmt.Sprintf("dispute %s (challenger %s, opened in block %d, phase %s)", protocol.Hash(e.DisputeId).Hex(), e.Challenger.Hex(), logs[i].BlockNumber, st.Phase)
				break
			}
		}
	}
	return fmt.Errorf("%w: update %s: %s; the ledger takes one dispute per update. Watch it with 'umnode watch' (moves, votes, outcome); an account with votes can vote on its last step once it reaches voting ('umnode run --role validator' votes by itself)",
		ErrDisputed, id.Short(), which)
}

// challengeable checks on chain that update id is pending with its
// challenge window open.
func (n *Node) challengeable(ctx context.Context, id protocol.Hash) error {
	info, err := n.cs.updateInfo(ctx, id)
	if err != nil {
		return err
	}
	switch info.Status {
	case bindings.StatusPending:
	case bindings.StatusNone:
		return fmt.Errorf("%w: update %s is not on the ledger %s: check the ID (umnode status lists pending updates) and the deployment", ErrNotChallengeable, id.Short(), n.dep.Ledger.Hex())
	case bindings.StatusDisputed:
		return n.disputedError(ctx, id)
	case bindings.StatusFinal:
		return fmt.Errorf("%w: update %s is final: its challenge window closed", ErrNotChallengeable, id.Short())
	default:
		return fmt.Errorf("%w: update %s was reverted already (its branch lost a dispute)", ErrNotChallengeable, id.Short())
	}
	hdr, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("node: latest block: %w", err)
	}
	closes := info.WindowStart.Uint64() + info.ChallengeWindow.Uint64()
	if hdr.Time >= closes {
		at := time.Unix(int64(closes), 0).UTC().Format(time.DateTime)
		if live, err := n.cs.isLive(ctx, id); err == nil && !live {
			return fmt.Errorf("%w: update %s is abandoned: a revert discarded its branch (an ancestor was proven wrong and the head went back to that ancestor's parent), so it can never be finalized, and its challenge window closed at %s (chain time), so it cannot be challenged either; the run goes on from the head ('umnode status')",
				ErrNotChallengeable, id.Short(), at)
		}
		return fmt.Errorf("%w: update %s's challenge window closed at %s (chain time); it can only be finalized now", ErrNotChallengeable, id.Short(), at)
	}
	return nil
}

// tokenBalance is the node account's token balance.
func (n *Node) tokenBalance(ctx context.Context) (*big.Int, error) {
	t := bindings.NewToken()
	out, err := n.cs.callTo(ctx, n.dep.Token, t.PackBalanceOf(n.addr))
	if err != nil {
		return nil, fmt.Errorf("node: token balance of %s: %w", n.addr.Hex(), err)
	}
	b, err := t.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("node: token balance of %s: %w", n.addr.Hex(), err)
	}
	return b, nil
}

// slashedIn reads the stake slashed in dispute id from its DisputeResolved
// event (zero if none is found).
func (n *Node) slashedIn(ctx context.Context, id protocol.Hash, from uint64) *big.Int {
	abi := bindings.NewDisputes()
	logs, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{n.dep.Disputes},
		Topics: [][]common.Hash{{abi.GetABI().Events[bindings.DisputesDisputeResolvedEventName].ID}, {common.Hash(id)}},
	})
	if err != nil {
		return new(big.Int)
	}
	for i := range logs {
		if e, err := abi.UnpackDisputeResolvedEvent(&logs[i]); err == nil {
			return e.Slashed
		}
	}
	return new(big.Int)
}

// claimAll claims what the ledger owes the node's account and returns the
// amount (zero when nothing is owed).
func (n *Node) claimAll(ctx context.Context) (*big.Int, error) {
	l := bindings.NewLedger()
	out, err := n.cs.call(ctx, l.PackOwed(n.addr))
	if err != nil {
		return nil, fmt.Errorf("node: owed to %s: %w", n.addr.Hex(), err)
	}
	owed, err := l.UnpackOwed(out)
	if err != nil {
		return nil, fmt.Errorf("node: owed to %s: %w", n.addr.Hex(), err)
	}
	if owed.Sign() == 0 {
		return owed, nil
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Ledger, l.PackClaim(), nil); err != nil {
		return new(big.Int), fmt.Errorf("node: claim %s: %w (run umnode claim later)", umTokens(owed), err)
	}
	return owed, nil
}

// umTokens prints base units as tokens ("12.5 UM", 4 decimals at most).
func umTokens(x *big.Int) string {
	if x == nil {
		return "0 UM"
	}
	return devnetTokenString(x) + " UM"
}
