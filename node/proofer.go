package node

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/verify"
)

// SecretFile is the proofer's sampling secret under DataDir (32 random
// bytes made at first start, kept across restarts so the node samples the
// same updates; never share it: a worker knowing it knows which of its
// updates go unchecked).
const SecretFile = "proofer-secret"

// proofer is the fraud-proofer role: on each update committed in the run
// (chain events, through the chain-state adapter) it samples with
// cfg.SampleRate, fetches the parent checkpoint, replays k steps, and when
// the state hash or trace root differ, challenges (commit, then reveal in a
// later block) and plays the challenger's side of the bisection until
// voting, then resolves the dispute after the voting deadline and claims
// its share.
type proofer struct {
	n       *Node
	r       *verify.Replayer
	sampler *verify.Sampler
	seen    map[protocol.Hash]bool
	// states holds the replayed states of updates that checked out, so the
	// replay of their child needs no fetch.
	states map[protocol.Hash]*train.State
	// bondWarned is when the proofer last said it has no bond to challenge with.
	bondWarned time.Time
}

func newProofer(n *Node) (*proofer, error) {
	secret, err := loadSecret(filepath.Join(n.cfg.DataDir, SecretFile))
	if err != nil {
		return nil, err
	}
	s, err := verify.NewSampler(secret, n.cfg.SampleRate)
	if err != nil {
		return nil, fmt.Errorf("node: proofer: %w", err)
	}
	r, err := verify.NewReplayer(n.manifest, n.trainSet, n.testSet)
	if err != nil {
		return nil, fmt.Errorf("node: proofer: %w", err)
	}
	return &proofer{n: n, r: r, sampler: s, seen: map[protocol.Hash]bool{}, states: map[protocol.Hash]*train.State{}}, nil
}

// loadSecret reads the node's sampling secret, making it at first use.
func loadSecret(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) < verify.MinSecretLen {
			return nil, fmt.Errorf("node: proofer secret %s is %d bytes, want at least %d: delete it to make a new one", path, len(b), verify.MinSecretLen)
		}
		return b, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("node: proofer secret: %w", err)
	}
	b = make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("node: proofer secret: %w", err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, fmt.Errorf("node: proofer secret: %w", err)
	}
	return b, nil
}

// run checks the run's pending updates, oldest first, as the chain-state
// adapter learns of them.
func (p *proofer) run(ctx context.Context) {
	n := p.n
	for ctx.Err() == nil {
		for _, r := range n.cs.pending() {
			if ctx.Err() != nil {
				return
			}
			if p.seen[r.ID] || r.Update.Worker == n.addr {
				continue
			}
			if !p.sampler.Replay(r.ID) {
				p.seen[r.ID] = true
				continue
			}
			done, err := p.check(ctx, &r)
			switch {
			case err == nil || ctx.Err() != nil:
			case errors.Is(err, ErrBondShort):
				// Bonds of won disputes come back: retry, but say it once a minute.
				if time.Since(p.bondWarned) > time.Minute {
					p.bondWarned = time.Now()
					n.log.Error("proofer: cannot challenge a wrong update: no bond; will retry while its window is open", "update", r.ID.Short(), "err", err)
				}
			default:
				n.log.Warn("proofer: check failed; will retry", "update", r.ID.Short(), "err", err)
			}
			if done {
				p.seen[r.ID] = true
			}
		}
		sleep(ctx, n.cfg.PollInterval)
	}
}

// check replays update r and challenges it if the replay disagrees. done
// says the update needs no more attention (checked, or challenged).
func (p *proofer) check(ctx context.Context, r *updateRec) (done bool, err error) {
	n := p.n
	parent, ok := n.cs.get(r.Update.Parent)
	if !ok {
		return false, nil // not seen yet
	}
	if parent.Status == bindings.StatusReverted {
		return true, nil // a dead branch: it can never finalize
	}
	if pending, open, err := p.windowOpen(ctx, r.ID); err != nil {
		return false, err
	} else if !pending {
		return true, nil // disputed by someone else, or settled
	} else if !open {
		n.log.Warn("proofer: challenge window closed before this node replayed the update: it goes unchecked (a proofer needs to keep up with the run's updates)", "update", r.ID.Short())
		return true, nil
	}
	k := int(n.manifest.StepsPerUpdate)
	var rep *verify.Replay
	if s, ok := p.states[parent.ID]; ok {
		rep, err = p.r.ReplayState(ctx, s, k)
	} else {
		file, ferr := n.fetchCheckpoint(ctx, parent)
		if ferr != nil {
			return false, ferr
		}
		rep, err = p.r.Replay(ctx, file, parent.Update.StateHash, k)
	}
	if err != nil {
		return false, fmt.Errorf("node: proofer: replay %s: %w", r.ID.Short(), err)
	}
	v, err := verify.Compare(rep.Trace, verify.Claim{StateHash: r.Update.StateHash, TraceRoot: r.Update.TraceRoot})
	if err != nil {
		return false, fmt.Errorf("node: proofer: compare %s: %w", r.ID.Short(), err)
	}
	if v.OK() {
		n.log.Debug("proofer: update checks out", "update", r.ID.Short())
		if len(p.states) > 64 {
			clear(p.states)
		}
		p.states[r.ID] = rep.State
		return true, nil
	}
	n.log.Info("proofer: update differs from the replay; challenging", "update", r.ID.Short(), "worker", shortAddr(r.Update.Worker), "verdict", v)
	if err := p.challenge(ctx, r.Update, rep.Trace); err != nil {
		if pending, open, werr := p.windowOpen(ctx, r.ID); werr == nil && pending && !open {
			n.log.Error("proofer: challenge window closed before the challenge landed: a wrong update goes unchallenged", "update", r.ID.Short(), "err", err)
			return true, nil
		}
		return false, err
	}
	return true, nil
}

// windowOpen reports whether update id is pending on chain and, if so,
// whether its challenge window is still open at the latest block.
func (p *proofer) windowOpen(ctx context.Context, id protocol.Hash) (pending, open bool, err error) {
	n := p.n
	info, err := n.cs.updateInfo(ctx, id)
	if err != nil {
		return false, false, err
	}
	if info.Status != bindings.StatusPending {
		return false, false, nil
	}
	hdr, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return true, false, fmt.Errorf("node: proofer: latest block: %w", err)
	}
	return true, hdr.Time < info.WindowStart.Uint64()+info.ChallengeWindow.Uint64(), nil
}

// challenge opens a dispute against u with the local trace and plays it in
// the background.
func (p *proofer) challenge(ctx context.Context, u protocol.Update, trace protocol.Trace) error {
	n := p.n
	info, err := n.cs.updateInfo(ctx, u.ID())
	if err != nil {
		return err
	}
	if info.Status != bindings.StatusPending {
		n.log.Info("proofer: update no longer pending; not challenged", "update", u.ID().Short(), "status", info.Status)
		return nil
	}
	id, err := n.openChallenge(ctx, u, trace)
	if err != nil {
		return fmt.Errorf("node: proofer: %w", err)
	}
	n.log.Info("proofer: challenged", "update", u.ID().Short(), "dispute", id.Short())
	n.noticeChallenge(ctx, u, id, trace)
	n.goLoop(func() {
		if err := n.playSide(ctx, id, u, verify.Challenger, trace); err != nil && ctx.Err() == nil {
			n.log.Warn("proofer: dispute play failed", "dispute", id.Short(), "err", err)
		}
	})
	return nil
}

// resume plays the challenger's side of the disputes this node's account
// opened in the run before this process started (revealed in blocks up to
// before) and that are not resolved yet: a restarted proofer would
// otherwise miss its move deadlines and lose its bond. It keeps no trace or
// salt across restarts: after the reveal no salt is needed, and the trace
// comes back by replaying the update from its parent (deterministic).
// Disputes revealed later were opened by this process, which plays them.
func (p *proofer) resume(ctx context.Context, before uint64) {
	n := p.n
	n.followDisputes(ctx, func(e bindings.DisputesChallengeRevealed) {
		if e.Challenger != n.addr || e.Raw.BlockNumber > before {
			return
		}
		id, uid := protocol.Hash(e.DisputeId), protocol.Hash(e.UpdateId)
		n.goLoop(func() {
			st, _, err := n.disputes().State(ctx, id)
			if err != nil {
				n.log.Warn("proofer: cannot read a dispute it opened before a restart", "dispute", id.Short(), "err", err)
				return
			}
			if st.Phase == verify.PhaseResolved {
				return
			}
			r, err := n.updateOf(ctx, uid)
			if err != nil {
				n.log.Warn("proofer: cannot resume dispute", "dispute", id.Short(), "update", uid.Short(), "err", err)
				return
			}
			parent, err := n.updateOf(ctx, r.Update.Parent)
			if err != nil {
				n.log.Warn("proofer: cannot resume dispute: parent unknown", "dispute", id.Short(), "err", err)
				return
			}
			file, err := n.fetchCheckpoint(ctx, parent)
			if err != nil {
				n.log.Warn("proofer: cannot resume dispute: parent checkpoint", "dispute", id.Short(), "err", err)
				return
			}
			rep, err := p.r.Replay(ctx, file, parent.Update.StateHash, int(n.manifest.StepsPerUpdate))
			if err != nil {
				n.log.Warn("proofer: cannot resume dispute: replay", "dispute", id.Short(), "err", err)
				return
			}
			n.log.Info("proofer: resuming a dispute opened before a restart", "dispute", id.Short(), "update", uid.Short(), "phase", st.Phase)
			if err := n.playSide(ctx, id, r.Update, verify.Challenger, rep.Trace); err != nil && ctx.Err() == nil {
				n.log.Warn("proofer: resumed dispute play failed", "dispute", id.Short(), "err", err)
			}
		})
	})
}

// runConfig reads the run's configuration from the ledger.
func (n *Node) runConfig(ctx context.Context) (bindings.LedgerRunConfig, error) {
	l := bindings.NewLedger()
	out, err := n.cs.call(ctx, l.PackRunInfo(n.dep.RunID))
	if err != nil {
		return bindings.LedgerRunConfig{}, fmt.Errorf("node: runInfo: %w", err)
	}
	ri, err := l.UnpackRunInfo(out)
	if err != nil {
		return bindings.LedgerRunConfig{}, fmt.Errorf("node: runInfo: %w", err)
	}
	return ri.Config, nil
}

// openChallenge approves the run's challenge bond and opens a dispute
// against u with trace, the challenger's replay (commit, then reveal in a
// later block). It returns the dispute ID. The proofer loop and umnode
// challenge (Challenge) share it.
func (n *Node) openChallenge(ctx context.Context, u protocol.Update, trace protocol.Trace) (protocol.Hash, error) {
	player, err := verify.NewPlayer(verify.Challenger, trace)
	if err != nil {
		return protocol.Hash{}, err
	}
	rc, err := n.runConfig(ctx)
	if err != nil {
		return protocol.Hash{}, err
	}
	// Without the bond the reveal fails when the ledger pulls it; say so
	// before sending anything.
	if bal, err := n.tokenBalance(ctx); err == nil && bal.Cmp(rc.ChallengeBond) < 0 {
		return protocol.Hash{}, fmt.Errorf("%w: the account %s holds %s, the run's challenge bond is %s: get tokens (bonds of won disputes come back with 'umnode claim')",
			ErrBondShort, n.addr.Hex(), umTokens(bal), umTokens(rc.ChallengeBond))
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Token, bindings.NewToken().PackApprove(n.dep.Ledger, rc.ChallengeBond), nil); err != nil {
		return protocol.Hash{}, fmt.Errorf("approve the challenge bond of %s: %w (the challenger's account needs that many tokens)", rc.ChallengeBond, err)
	}
	var salt protocol.Hash
	_, _ = rand.Read(salt[:])
	return n.disputes().Challenge(ctx, verify.Challenge{Update: u, Player: player, Salt: salt}, n.cfg.PollInterval)
}
