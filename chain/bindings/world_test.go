package bindings_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

const (
	phaseBisection = bindings.PhaseBisection
	phaseVoting    = bindings.PhaseVoting

	outcomeWorkerWrong     = bindings.OutcomeWorkerWrong
	outcomeChallengerWrong = bindings.OutcomeChallengerWrong
	outcomeDraw            = bindings.OutcomeDraw

	statusPending  = bindings.StatusPending
	statusDisputed = bindings.StatusDisputed
	statusFinal    = bindings.StatusFinal
	statusReverted = bindings.StatusReverted
)

// testRunParams is the run used by the scenarios: k steps, 1000-token minimum
// stake, 1 h window, 10 min moves, 30 min vote, 10% quorum, full worker slash,
// delegators capped at 10%, half the slash to the challenger, 10% to voters.
func testRunParams(name string, k uint32) bindings.RunParams {
	id := protocol.Keccak256([]byte("run " + name))
	return bindings.RunParams{
		RunId:              id,
		GenesisState:       protocol.Keccak256([]byte("genesis state " + name)),
		GenesisCid:         fakeCID("genesis " + name),
		K:                  k,
		MinStake:           tokens(1000),
		ChallengeWindow:    3600,
		MoveDeadline:       600,
		VotingPeriod:       1800,
		QuorumBps:          1000,
		WorkerSlashBps:     10000,
		DelegatorSlashBps:  1000,
		ChallengerShareBps: 5000,
		ValidatorFeeBps:    1000,
		ChallengeBond:      tokens(100),
		RewardPerUpdate:    tokens(100),
		Funding:            tokens(10000),
	}
}

// fakeCID is a CIDv1-shaped byte string (0x01 0x55 0x12 0x20 + 32 bytes): the
// contracts only hash it.
func fakeCID(seed string) []byte {
	h := protocol.Keccak256([]byte(seed))
	return append([]byte{0x01, 0x55, 0x12, 0x20}, h[:]...)
}

// run is a created run and the updates committed on it.
type run struct {
	c       *chain
	p       bindings.RunParams
	genesis update
}

// update is a committed update with the trace its worker claims.
type update struct {
	u     protocol.Update
	trace protocol.Trace
}

func (u update) id() protocol.Hash { return u.u.ID() }

func (u update) ref() bindings.UpdateRef { return bindings.UpdateRefOf(u.u) }

func (u update) dref() bindings.DisputedUpdate { return u.ref().Disputed() }

// createRun has admin create and fund the run.
func (c *chain) createRun(p bindings.RunParams) *run {
	c.t.Helper()
	c.must(c.admin, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, p.Funding))
	r := c.must(c.admin, c.d.LedgerC, c.d.Ledger.PackCreateRun(p))
	ev := findEvent(c, r, c.d.Ledger.UnpackRunCreatedEvent)
	g := protocol.GenesisUpdate(p.RunId, p.GenesisState, p.GenesisCid)
	if got, want := protocol.Hash(ev.GenesisId), g.ID(); got != want {
		c.t.Fatalf("genesis id on chain %s, protocol.GenesisUpdate says %s", got, want)
	}
	return &run{c: c, p: p, genesis: update{u: g, trace: protocol.Trace{p.GenesisState}}}
}

// findEvent returns the first log of r that unpack accepts.
func findEvent[E any](c *chain, r *types.Receipt, unpack func(*types.Log) (*E, error)) *E {
	c.t.Helper()
	for _, l := range r.Logs {
		if e, err := unpack(l); err == nil {
			return e
		}
	}
	c.t.Fatalf("event %T not in receipt of %s", *new(E), r.TxHash)
	return nil
}

// events returns every log of r that unpack accepts.
func events[E any](r *types.Receipt, unpack func(*types.Log) (*E, error)) []*E {
	var out []*E
	for _, l := range r.Logs {
		if e, err := unpack(l); err == nil {
			out = append(out, e)
		}
	}
	return out
}

// honestTrace is the "right" trace of k steps from parent state s0: a
// deterministic function of (s0, step), standing in for training.
func honestTrace(s0 protocol.Hash, k int) protocol.Trace {
	t := make(protocol.Trace, k+1)
	t[0] = s0
	for i := 1; i <= k; i++ {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		t[i] = protocol.Keccak256([]byte("step"), t[i-1][:], b[:])
	}
	return t
}

// wrongFrom returns a copy of t whose states from index j on are wrong.
func wrongFrom(t protocol.Trace, j int, tag string) protocol.Trace {
	w := append(protocol.Trace(nil), t...)
	for i := j; i < len(w); i++ {
		w[i] = protocol.Keccak256([]byte("wrong "+tag), w[i-1][:])
	}
	return w
}

// commitTrace commits an update with the given trace on parent, from worker.
func (rn *run) commitTrace(worker *actor, parent update, trace protocol.Trace) (update, *types.Receipt) {
	c := rn.c
	c.t.Helper()
	root, err := trace.Root()
	if err != nil {
		c.t.Fatal(err)
	}
	u := protocol.Update{
		RunID: rn.p.RunId, Parent: parent.id(), StateHash: trace[len(trace)-1], TraceRoot: root,
		CID: fakeCID(fmt.Sprintf("ckpt %x", trace[len(trace)-1])), Worker: worker.addr,
	}
	r := c.must(worker, c.d.LedgerC, c.d.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
	ev := findEvent(c, r, c.d.Ledger.UnpackUpdateCommittedEvent)
	if got, want := protocol.Hash(ev.UpdateId), u.ID(); got != want {
		c.t.Fatalf("update id on chain %s, protocol.Update.ID says %s", got, want)
	}
	if !bytes.Equal(ev.Cid, u.CID) || ev.Worker != worker.addr || protocol.Hash(ev.TraceRoot) != root {
		c.t.Fatalf("UpdateCommitted event %+v does not carry the committed fields", ev)
	}
	return update{u: u, trace: trace}, r
}

// commitHonest commits the honest successor of parent.
func (rn *run) commitHonest(worker *actor, parent update) update {
	u, _ := rn.commitTrace(worker, parent, honestTrace(parent.u.StateHash, int(rn.p.K)))
	return u
}

// register makes a a worker with the given self-bond and commission.
func (c *chain) register(a *actor, stake *big.Int, commissionBps uint16) {
	c.t.Helper()
	c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(a.addr, stake))
	c.must(a, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, stake))
	c.must(a, c.d.LedgerC, c.d.Ledger.PackRegister(commissionBps, stake))
}

// delegateTo has a delegate amount to worker.
func (c *chain) delegateTo(a *actor, worker *actor, amount *big.Int) {
	c.t.Helper()
	c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(a.addr, amount))
	c.must(a, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, amount))
	c.must(a, c.d.LedgerC, c.d.Ledger.PackDelegate(worker.addr, amount))
}

// makeValidators gives each named actor amount tokens, self-delegated, so it
// has votes from the next block on.
func (c *chain) makeValidators(amount *big.Int, names ...string) {
	c.t.Helper()
	for _, n := range names {
		a := c.actor(n)
		c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(a.addr, amount))
		c.must(a, c.d.TokenC, c.d.Token.PackDelegate(a.addr))
	}
}

func (c *chain) updateInfo(id protocol.Hash) bindings.LedgerUpdateInfo {
	c.t.Helper()
	return call(c, c.d.LedgerC, c.d.Ledger.PackUpdateInfo(id), c.d.Ledger.UnpackUpdateInfo)
}

// isHead asks the ledger whether id is the run's head.
func (c *chain) isHead(runID, id protocol.Hash) bool {
	c.t.Helper()
	return call(c, c.d.LedgerC, c.d.Ledger.PackIsHead(runID, id), c.d.Ledger.UnpackIsHead)
}

func (c *chain) owed(a *actor) *big.Int {
	c.t.Helper()
	return call(c, c.d.LedgerC, c.d.Ledger.PackOwed(a.addr), c.d.Ledger.UnpackOwed)
}

func (c *chain) workerInfo(a *actor) bindings.StakingWorker {
	c.t.Helper()
	return call(c, c.d.LedgerC, c.d.Ledger.PackWorkerInfo(a.addr), c.d.Ledger.UnpackWorkerInfo)
}

func (c *chain) dispute(id protocol.Hash) bindings.DisputesDispute {
	c.t.Helper()
	return call(c, c.d.DisputesC, c.d.Disputes.PackDispute(id), c.d.Disputes.UnpackDispute)
}

func (c *chain) supply() *big.Int {
	c.t.Helper()
	return call(c, c.d.TokenC, c.d.Token.PackTotalSupply(), c.d.Token.UnpackTotalSupply)
}

// challenge is a challenger's view of one dispute.
type challenge struct {
	who    *actor
	target update
	trace  protocol.Trace // the challenger's trace
	salt   protocol.Hash
	id     protocol.Hash // the commitment, later the dispute ID
}

func (rn *run) newChallenge(who *actor, target update, trace protocol.Trace) *challenge {
	root, err := trace.Root()
	if err != nil {
		rn.c.t.Fatal(err)
	}
	tid := target.id()
	salt := protocol.Keccak256([]byte("salt "+who.name), tid[:])
	id := bindings.ChallengeCommitment(tid, root, salt, who.addr)
	return &challenge{who: who, target: target, trace: trace, salt: salt, id: id}
}

// proven is the Merkle-proven state i of t.
func proven(c *chain, t protocol.Trace, i int) bindings.DisputesProven {
	c.t.Helper()
	p, err := bindings.Proven(t, i)
	if err != nil {
		c.t.Fatal(err)
	}
	return p
}

func (ch *challenge) reveal(c *chain) bindings.DisputesReveal {
	c.t.Helper()
	r, err := bindings.RevealOf(ch.trace, ch.salt)
	if err != nil {
		c.t.Fatal(err)
	}
	return r
}

// open commits and (a block later) reveals the challenge, after the
// challenger approves the bond. It returns the two receipts.
func (ch *challenge) open(c *chain, bond *big.Int) (*types.Receipt, *types.Receipt) {
	c.t.Helper()
	c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(ch.who.addr, bond))
	c.must(ch.who, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, bond))
	r1 := c.must(ch.who, c.d.DisputesC, c.d.Disputes.PackCommitChallenge(ch.id))
	// Gas estimation runs on the latest block, where the reveal would still
	// be "too early": wait for one more block, as a real challenger does.
	c.sim.Commit()
	r2 := c.must(ch.who, c.d.DisputesC, c.d.Disputes.PackRevealChallenge(ch.target.dref(), ch.reveal(c)))
	ev := findEvent(c, r2, c.d.Disputes.UnpackChallengeRevealedEvent)
	if protocol.Hash(ev.DisputeId) != ch.id {
		c.t.Fatalf("dispute id %x, want the commitment %s", ev.DisputeId, ch.id)
	}
	return r1, r2
}

// step plays one bisection move for whichever side is to move, each from its
// own trace. It returns the receipt, or nil when the dispute is not in
// bisection.
func (ch *challenge) step(c *chain, worker *actor) *types.Receipt {
	c.t.Helper()
	d := c.dispute(ch.id)
	if d.Phase != phaseBisection {
		return nil
	}
	mover, t := worker, ch.target.trace
	if d.ChallengerToMove {
		mover, t = ch.who, ch.trace
	}
	lo, hi := int(d.Lo), int(d.Hi)
	mid := (lo + hi) / 2
	at := proven(c, t, mid)
	if at.State == d.Pending {
		lo = mid
	} else {
		hi = mid
	}
	next := bindings.DisputesProven{}
	if hi-lo > 1 {
		next = proven(c, t, (lo+hi)/2)
	}
	return c.must(mover, c.d.DisputesC, c.d.Disputes.PackMove(ch.id, at, next))
}

// bisect plays moves until the vote; it returns the move receipts.
func (ch *challenge) bisect(c *chain, worker *actor) []*types.Receipt {
	c.t.Helper()
	var rs []*types.Receipt
	for {
		r := ch.step(c, worker)
		if r == nil {
			return rs
		}
		rs = append(rs, r)
		if len(rs) > 20 {
			c.t.Fatal("bisection does not terminate")
		}
	}
}

// resolveAfter advances past the dispute's deadline and resolves it.
func (ch *challenge) resolveAfter(c *chain, by *actor) (*types.Receipt, *bindings.DisputesDisputeResolved) {
	c.t.Helper()
	d := c.dispute(ch.id)
	c.advanceTo(d.Deadline.Uint64() + 1)
	r := c.must(by, c.d.DisputesC, c.d.Disputes.PackResolve(ch.id, ch.target.dref()))
	return r, findEvent(c, r, c.d.Disputes.UnpackDisputeResolvedEvent)
}

// now is the latest block's timestamp.
func (c *chain) now() uint64 {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.t.Context(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Time
}

// advanceTo moves chain time to at least ts (the next block has time >= ts).
func (c *chain) advanceTo(ts uint64) {
	c.t.Helper()
	if now := c.now(); ts > now {
		c.advance(time.Duration(ts-now) * time.Second)
	}
}
