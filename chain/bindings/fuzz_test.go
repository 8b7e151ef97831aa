package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// FuzzLedger_Invariants runs random sequences of operations by several
// actors (register, stake, delegate, unbond, withdraw, commit honest or
// wrong updates, finalize, challenge, move, vote, resolve, claim, settle,
// fund, time jumps) and checks after every one:
//   - the token supply equals the sum of all balances, contracts included;
//   - the ledger holds exactly what it owes: stakes, pools, unsettled
//     rewards, reward pools, escrow and pull payments;
//   - a pool's shares are the sum of its holders' shares;
//   - no account has received from the ledger more than it was credited or
//     unbonded, and no withdrawal pays more than its unbonding entry.
//
// Each input is a program: one opcode byte, then argument bytes.
func FuzzLedger_Invariants(f *testing.F) {
	// Seeds: each operation is 4 bytes (opcode, a, b, x); see model.step.
	for _, seed := range [][]byte{
		// happy path: register, delegate, commit, finalize, settle, claim, unbond, withdraw
		{0, 0, 10, 5, 0, 1, 0, 5, 2, 2, 0, 7, 6, 0, 0, 0, 8, 1, 0, 0, 7, 0, 0, 0, 15, 0, 0, 0,
			13, 0, 0, 0, 3, 2, 0, 3, 4, 0, 2, 0, 8, 3, 0, 0, 5, 2, 0, 0, 5, 0, 0, 0, 13, 2, 0, 0, 16, 1, 9, 0},
		// fraud: a wrong update, challenged, bisected, voted on, resolved; payouts; a new commit on the parent
		{0, 0, 10, 5, 2, 1, 0, 7, 6, 0, 1, 1, 6, 0, 0, 0, 9, 2, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0,
			11, 0, 0, 0, 11, 0, 1, 0, 8, 1, 0, 0, 12, 0, 3, 0, 13, 2, 0, 0, 14, 0, 0, 0, 14, 0, 1, 0,
			13, 0, 1, 0, 13, 1, 1, 0, 0, 3, 0, 0, 6, 3, 0, 0, 8, 1, 0, 0, 7, 3, 2, 0, 15, 3, 0, 0},
		// escape: unbond right after a wrong commit, withdraw blocked by the dispute, then slashed
		{0, 0, 10, 5, 2, 1, 0, 9, 6, 0, 1, 2, 4, 0, 21, 0, 3, 1, 0, 3, 9, 2, 0, 0, 8, 3, 0, 0,
			5, 0, 0, 0, 5, 1, 0, 0, 12, 0, 2, 0, 5, 0, 0, 0, 5, 1, 0, 0, 13, 2, 0, 0},
		// false challenge voted down; then a draw without quorum; commission change; funding
		{0, 0, 3, 0, 6, 0, 0, 0, 9, 1, 0, 1, 10, 0, 0, 0, 10, 0, 0, 0, 11, 0, 0, 0, 11, 0, 1, 0,
			8, 1, 0, 0, 12, 0, 1, 0, 14, 0, 0, 0, 13, 0, 1, 0, 13, 0, 0, 0, 9, 2, 0, 3, 10, 1, 0, 0,
			10, 1, 0, 0, 8, 1, 0, 0, 12, 1, 0, 0, 17, 0, 100, 0, 16, 3, 20, 0, 8, 1, 0, 0, 7, 0, 0, 0, 13, 0, 0, 0},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, program []byte) {
		// At most 32 operations: the fuzzer's per-input time limit is 10 s
		// and coverage instrumentation slows the EVM down several times.
		if len(program) > 128 {
			program = program[:128]
		}
		m := newModel(t)
		for pc := 0; pc+4 <= len(program); pc += 4 {
			if m.step(program[pc], int(program[pc+1]), int(program[pc+2]), int(program[pc+3])) {
				m.check()
			}
		}
	})
}

const debugFuzz = false

// model drives the contracts and keeps what the invariants need.
type model struct {
	t        *testing.T
	c        *chain
	rn       *run
	actors   []*actor // 0..3 play workers, delegators and challengers
	vals     []*actor
	head     update
	pending  []update                         // committed, maybe not final
	traces   map[protocol.Hash]protocol.Trace // honest trace of each committed update
	disputes []*challenge
	unbonds  map[*actor][]*big.Int
	// What each account was credited or unbonded, and what it received.
	credited map[common.Address]*big.Int
	unbonded map[string]*big.Int // unbonding id -> amount
	received map[common.Address]*big.Int
	holders  []common.Address
	ok       int // successful transactions so far
}

func newModel(t *testing.T) *model {
	c := newChain(t, "a0", "a1", "a2", "a3", "v0", "v1")
	m := &model{
		t: t, c: c, traces: map[protocol.Hash]protocol.Trace{}, unbonds: map[*actor][]*big.Int{},
		credited: map[common.Address]*big.Int{}, unbonded: map[string]*big.Int{}, received: map[common.Address]*big.Int{},
	}
	p := testRunParams("fuzz", 4)
	m.rn = c.createRun(p)
	m.head = m.rn.genesis
	max := new(big.Int).Lsh(big.NewInt(1), 255)
	for i := range 4 {
		a := c.actor("a" + string(rune('0'+i)))
		m.actors = append(m.actors, a)
		c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(a.addr, tokens(20000)))
		c.must(a, c.d.TokenC, c.d.Token.PackApprove(c.d.LedgerAddr, max))
	}
	c.makeValidators(tokens(80_000_000), "v0", "v1")
	m.vals = []*actor{c.actor("v0"), c.actor("v1")}
	m.holders = []common.Address{c.admin.addr, c.d.LedgerAddr, c.d.DisputesAddr, c.d.TokenAddr}
	for _, a := range append(append([]*actor{}, m.actors...), m.vals...) {
		m.holders = append(m.holders, a.addr)
	}
	return m
}

// amount maps a byte to a token amount: 0 -> 1 wei-ish dust, else b*50 tokens.
func amount(b int) *big.Int {
	if b == 0 {
		return big.NewInt(1)
	}
	return tokens(int64(b%64) * 50)
}

func (m *model) actor(b int) *actor { return m.actors[b%len(m.actors)] }

// tx sends a transaction that may fail and books its events.
func (m *model) tx(from *actor, to *bindings.Deployment, data []byte, contract int) {
	bc := to.LedgerC
	if contract == 1 {
		bc = to.DisputesC
	}
	r, err := m.c.send(from, bc, data)
	if err != nil || r == nil {
		if debugFuzz {
			m.t.Logf("op by %s failed: %s", from.name, m.c.explain(err))
		}
		return
	}
	if debugFuzz {
		m.t.Logf("op by %s ok: %d logs", from.name, len(r.Logs))
	}
	m.book(r)
}

func (m *model) book(r *types.Receipt) {
	c := m.c
	m.ok++
	for _, l := range r.Logs {
		if e, err := c.d.Ledger.UnpackCreditedEvent(l); err == nil {
			addTo(m.credited, e.Account, e.Amount)
		}
		if e, err := c.d.Ledger.UnpackUnbondedEvent(l); err == nil {
			addTo(m.credited, e.Owner, e.Amount)
			m.unbonded[e.UnbondingId.String()] = e.Amount
			owner := m.byAddr(e.Owner)
			m.unbonds[owner] = append(m.unbonds[owner], e.UnbondingId)
		}
		if e, err := c.d.Ledger.UnpackWithdrawnEvent(l); err == nil {
			if max := m.unbonded[e.UnbondingId.String()]; max == nil || e.Amount.Cmp(max) > 0 {
				m.t.Fatalf("withdrawal %v paid %v, entry was %v", e.UnbondingId, e.Amount, max)
			}
		}
		if e, err := c.d.Token.UnpackTransferEvent(l); err == nil && e.From == c.d.LedgerAddr && e.To != (common.Address{}) {
			addTo(m.received, e.To, e.Value)
		}
	}
}

func addTo(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	m[a].Add(m[a], v)
}

func (m *model) byAddr(a common.Address) *actor {
	for _, x := range m.actors {
		if x.addr == a {
			return x
		}
	}
	return nil
}

// step runs one operation with argument bytes a, b, x and reports whether
// any transaction of it succeeded (a failed one changes nothing to check).
func (m *model) step(op byte, a, b, x int) bool {
	c, d := m.c, m.c.d
	before := m.ok
	switch op % 18 {
	case 0: // register
		m.tx(m.actor(a), d, d.Ledger.PackRegister(uint16(b*40), tokens(int64(1000+x*10))), 0)
	case 1: // add self-stake
		m.tx(m.actor(a), d, d.Ledger.PackStake(amount(b)), 0)
	case 2: // delegate
		m.tx(m.actor(a), d, d.Ledger.PackDelegate(m.actor(b).addr, amount(x)), 0)
	case 3: // unbond a quarter to all of a delegation
		who, w := m.actor(a), m.actor(b)
		sh := call(c, d.LedgerC, d.Ledger.PackSharesOf(w.addr, who.addr), d.Ledger.UnpackSharesOf)
		part := new(big.Int).Mul(sh, big.NewInt(int64(x%4+1)))
		m.tx(who, d, d.Ledger.PackUnbond(w.addr, part.Div(part, big.NewInt(4))), 0)
	case 4: // unbond self-stake
		m.tx(m.actor(a), d, d.Ledger.PackUnbondSelf(amount(b)), 0)
	case 5: // withdraw an unbonding entry
		who := m.actor(a)
		if ids := m.unbonds[who]; len(ids) > 0 {
			m.tx(who, d, d.Ledger.PackWithdraw(ids[b%len(ids)]), 0)
		}
	case 6: // commit on the head: honest (b even) or wrong from step 1+x%4
		w := m.actor(a)
		honest := honestTrace(m.head.u.StateHash, 4)
		tr := honest
		if b%2 == 1 {
			tr = wrongFrom(honest, 1+x%4, "fuzz")
		}
		root, _ := tr.Root()
		u := protocol.Update{RunID: m.rn.p.RunId, Parent: m.head.id(), StateHash: tr[4], TraceRoot: root, CID: fakeCID(root.Hex()), Worker: w.addr}
		r, err := c.send(w, d.LedgerC, d.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
		if err == nil {
			m.book(r)
			nu := update{u: u, trace: tr}
			m.traces[nu.id()] = honest
			m.pending = append(m.pending, nu)
			m.head = nu
		} else if debugFuzz {
			m.t.Logf("commit by %s failed: %s", w.name, c.explain(err))
		}
	case 7: // finalize a pending update
		if len(m.pending) > 0 {
			m.tx(m.actor(a), d, d.Ledger.PackFinalize(m.pending[b%len(m.pending)].ref()), 0)
		}
	case 8: // time passes
		steps := []time.Duration{10 * time.Minute, time.Hour, 24 * time.Hour, 8 * 24 * time.Hour}
		c.advance(steps[a%len(steps)])
	case 9: // challenge a pending update: with the honest trace (x even) or a wrong one
		if len(m.pending) == 0 {
			return false
		}
		who := m.actor(a)
		target := m.pending[b%len(m.pending)]
		tr := m.traces[target.id()]
		if x%2 == 1 {
			tr = wrongFrom(tr, 1+x%4, "challenger")
		}
		cl := m.rn.newChallenge(who, target, tr)
		m.tx(who, d, d.Disputes.PackCommitChallenge(cl.id), 1)
		c.sim.Commit()
		r, err := c.send(who, d.DisputesC, d.Disputes.PackRevealChallenge(target.dref(), cl.reveal(c)))
		if err == nil {
			m.book(r)
			m.disputes = append(m.disputes, cl)
		} else if debugFuzz {
			m.t.Logf("reveal by %s failed: %s", who.name, c.explain(err))
		}
	case 10: // a bisection move, played from its own trace by whoever is to move
		if cl := m.dispute(a); cl != nil {
			m.move(cl)
		}
	case 11: // a validator votes: for the truth (x even) or against it
		if cl := m.dispute(a); cl != nil {
			dd := c.dispute(cl.id)
			truth := cl.target.trace[dd.Hi] == m.traces[cl.target.id()][dd.Hi]
			m.tx(m.vals[b%len(m.vals)], d, d.Disputes.PackVote(cl.id, truth == (x%2 == 0)), 1)
		}
	case 12: // resolve
		if cl := m.dispute(a); cl != nil {
			r, err := c.send(m.actor(b), d.DisputesC, d.Disputes.PackResolve(cl.id, cl.target.dref()))
			if err == nil {
				m.book(r)
				if !c.isHead(m.rn.p.RunId, m.head.id()) {
					m.head = m.findHead()
				}
			} else if debugFuzz {
				m.t.Logf("resolve failed: %s", c.explain(err))
			}
		}
	case 13: // claim pull payments
		if b%2 == 0 {
			m.tx(m.actor(a), d, d.Ledger.PackClaim(), 0)
		} else {
			m.tx(m.vals[a%len(m.vals)], d, d.Ledger.PackClaim(), 0)
		}
	case 14: // a validator claims its fee
		if cl := m.dispute(a); cl != nil {
			m.tx(m.vals[b%len(m.vals)], d, d.Disputes.PackClaimVoterFee(cl.id), 1)
		}
	case 15: // settle a worker's rewards
		m.tx(m.actor(b), d, d.Ledger.PackSettle(m.actor(a).addr), 0)
	case 16: // fund the run
		m.tx(m.actor(a), d, d.Ledger.PackFundRun(m.rn.p.RunId, amount(b)), 0)
	case 17: // change commission
		m.tx(m.actor(a), d, d.Ledger.PackSetCommission(uint16(b*40)), 0)
	}
	return m.ok != before
}

func (m *model) dispute(b int) *challenge {
	if len(m.disputes) == 0 {
		return nil
	}
	return m.disputes[b%len(m.disputes)]
}

// findHead returns the committed update the ledger now calls head.
func (m *model) findHead() update {
	if m.c.isHead(m.rn.p.RunId, m.rn.genesis.id()) {
		return m.rn.genesis
	}
	for _, u := range m.pending {
		if m.c.isHead(m.rn.p.RunId, u.id()) {
			return u
		}
	}
	m.t.Fatal("head is no known update")
	return update{}
}

func (m *model) move(cl *challenge) {
	c := m.c
	d := c.dispute(cl.id)
	if d.Phase != phaseBisection {
		return
	}
	mover, tr := m.byAddr(d.Worker), cl.target.trace
	if d.ChallengerToMove {
		mover, tr = cl.who, cl.trace
	}
	lo, hi := int(d.Lo), int(d.Hi)
	mid := (lo + hi) / 2
	at := proven(c, tr, mid)
	if at.State == d.Pending {
		lo = mid
	} else {
		hi = mid
	}
	next := bindings.DisputesProven{}
	if hi-lo > 1 {
		next = proven(c, tr, (lo+hi)/2)
	}
	r, err := c.send(mover, c.d.DisputesC, c.d.Disputes.PackMove(cl.id, at, next))
	if err == nil {
		m.book(r)
	}
}

func (m *model) check() {
	c, d, t := m.c, m.c.d, m.t
	t.Helper()
	// Supply equals the sum of all balances.
	sum := new(big.Int)
	for _, h := range m.holders {
		sum.Add(sum, c.balance(h))
	}
	if supply := c.supply(); sum.Cmp(supply) != 0 {
		t.Fatalf("supply %v, sum of balances %v", supply, sum)
	}
	// The ledger holds exactly what it owes.
	owes := new(big.Int)
	for _, a := range m.actors {
		w := c.workerInfo(a)
		owes.Add(owes, w.SelfStake).Add(owes, w.Unsettled)
		p := call(c, d.LedgerC, d.Ledger.PackPools(a.addr), d.Ledger.UnpackPools)
		owes.Add(owes, p.Delegation.Tokens).Add(owes, p.DelegatorUnbonding.Tokens).Add(owes, p.SelfUnbonding.Tokens)
		// Shares of the delegation pool are its holders' shares.
		shares := new(big.Int)
		for _, b := range m.actors {
			shares.Add(shares, call(c, d.LedgerC, d.Ledger.PackSharesOf(a.addr, b.addr), d.Ledger.UnpackSharesOf))
		}
		if shares.Cmp(p.Delegation.Shares) != 0 {
			t.Fatalf("pool of %s has %v shares, holders %v", a.name, p.Delegation.Shares, shares)
		}
	}
	ri := call(c, d.LedgerC, d.Ledger.PackRunInfo(m.rn.p.RunId), d.Ledger.UnpackRunInfo)
	owes.Add(owes, ri.Pool.RewardPool)
	owes.Add(owes, call(c, d.LedgerC, d.Ledger.PackEscrow(), d.Ledger.UnpackEscrow))
	for _, h := range m.holders {
		owes.Add(owes, call(c, d.LedgerC, d.Ledger.PackOwed(h), d.Ledger.UnpackOwed))
	}
	if held := c.balance(d.LedgerAddr); held.Cmp(owes) != 0 {
		t.Fatalf("ledger holds %v, owes %v", held, owes)
	}
	// Nobody received more than it was credited or unbonded.
	for a, got := range m.received {
		if max := m.credited[a]; max == nil || got.Cmp(max) > 0 {
			t.Fatalf("%s received %v from the ledger, was owed at most %v", a, got, max)
		}
	}
}
