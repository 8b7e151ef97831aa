package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// noticeRun is the setting of the dispute-notice test, self-contained: a
// dev chain with 100 ms blocks and a tiny run on synthetic data (k = 8),
// a worker account (dev key 1, bonded), a proofer account (key 2, tokens
// delegated to itself, as umnode devnet does, so peers hear it) and a
// validator account (key 3, most of the voting power).
type noticeRun struct {
	ch                *devchain.Chain
	dep               *node.Deployment
	admin             *chain.Client
	trainSet, testSet *dataset.Dataset
}

func noticeTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func newNoticeRun(t *testing.T) *noticeRun {
	t.Helper()
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "node-notices-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 4})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	start, err := ch.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := bindings.DeployAll(ctx, ch.Client(), bind.NewKeyedTransactor(ch.Key(0), big.NewInt(devchain.ChainID)), bindings.DefaultDeployConfig(ch.Address(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	r := &noticeRun{ch: ch, trainSet: trainSet, testSet: testSet}
	r.admin = r.dial(t, ch.Key(0))
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runID, err := m.ID()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(m, trainSet, testSet)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := tr.Encode(tr.Init())
	if err != nil {
		t.Fatal(err)
	}
	gcid, ghash, err := store.ComputeCID(ctx, bytes.NewReader(gen))
	if err != nil {
		t.Fatal(err)
	}
	tok, led := bindings.NewToken(), bindings.NewLedger()
	r.must(t, r.admin, d.TokenAddr, tok.PackApprove(d.LedgerAddr, noticeTokens(1000)))
	// Chain time runs at about 10 s per wall second: a 60 s move deadline
	// is 6 s, plenty for a poll and a block; voting lasts 6 s.
	r.must(t, r.admin, d.LedgerAddr, led.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake: noticeTokens(100), ChallengeWindow: 3600, MoveDeadline: 60, VotingPeriod: 60,
		QuorumBps: 3000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: noticeTokens(10), RewardPerUpdate: noticeTokens(1), Funding: noticeTokens(1000),
	}))
	r.must(t, r.admin, d.TokenAddr, tok.PackTransfer(ch.Address(1), noticeTokens(500)))
	wc := r.dial(t, ch.Key(1))
	r.must(t, wc, d.TokenAddr, tok.PackApprove(d.LedgerAddr, noticeTokens(200)))
	r.must(t, wc, d.LedgerAddr, led.PackRegister(1000, noticeTokens(200)))
	r.must(t, r.admin, d.TokenAddr, tok.PackTransfer(ch.Address(2), noticeTokens(100)))
	r.must(t, r.dial(t, ch.Key(2)), d.TokenAddr, tok.PackDelegate(ch.Address(2)))
	r.must(t, r.admin, d.TokenAddr, tok.PackTransfer(ch.Address(3), noticeTokens(200_000_000)))
	r.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return r
}

func (r *noticeRun) dial(t *testing.T, key *ecdsa.PrivateKey) *chain.Client {
	t.Helper()
	c, err := chain.Dial(t.Context(), r.ch.URL(), chain.Devnet, chain.WithKey(key), chain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

func (r *noticeRun) must(t *testing.T, c *chain.Client, to common.Address, data []byte) {
	t.Helper()
	if _, err := c.TransactAndWait(t.Context(), &to, data, nil); err != nil {
		t.Fatalf("transaction from %s to %s: %v", c.From(), to, err)
	}
}

// start runs a node with one role and the production gossip rate limits
// (node.GossipRateLimit and GossipRateBurst), bootstrapped to boot, on a
// fresh data dir; it stops at the end of the test.
func (r *noticeRun) start(t *testing.T, key *ecdsa.PrivateKey, role node.Role, boot []string, extra ...node.Option) *node.Node {
	t.Helper()
	n := r.startIn(t, key, role, t.TempDir(), boot, extra...)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = n.Stop(ctx)
	})
	return n
}

// observer is a bare libp2p host with umnode gossip on the run's disputes
// topic: what `umnode watch` or any peer receives.
type observer struct {
	g   *p2p.Gossip
	mu  sync.Mutex
	got []p2p.Received
}

func (o *observer) snapshot() []p2p.Received {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]p2p.Received(nil), o.got...)
}

func startObserver(t *testing.T, dep *node.Deployment, authors ...common.Address) (*observer, *p2p.Host) {
	t.Helper()
	h, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, DHTMode: p2p.DHTServer,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("observer host: %v", err)
	}
	t.Cleanup(func() { _ = h.Close() })
	allow := p2p.AllowList{}
	for _, a := range authors {
		allow[a] = true
	}
	g, err := p2p.NewGossip(t.Context(), h, p2p.GossipConfig{Domain: dep.Domain(), Stake: allow,
		RateLimit: node.GossipRateLimit, RateBurst: node.GossipRateBurst, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("observer gossip: %v", err)
	}
	if err := g.Join(dep.RunID); err != nil {
		t.Fatalf("observer join: %v", err)
	}
	ch, err := g.Subscribe(t.Context(), protocol.DisputesTopic(dep.RunID))
	if err != nil {
		t.Fatalf("observer subscribe: %v", err)
	}
	o := &observer{g: g}
	go func() {
		for m := range ch {
			o.mu.Lock()
			o.got = append(o.got, m)
			o.mu.Unlock()
		}
	}()
	return o, h
}

// gossipMove is a BisectionMove as the chain would have it.
type gossipMove struct {
	mover common.Address
	index int
	state protocol.Hash
}

func (m gossipMove) String() string {
	return fmt.Sprintf("s_%d = %s by %s", m.index, m.state.Short(), m.mover.Hex())
}

func TestNotices_DisputeIsGossiped(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain, three nodes and an observer and plays a dispute (about 15s)")
	}
	r := newNoticeRun(t)
	workerKey, prooferKey, validatorKey := r.ch.Key(1), r.ch.Key(2), r.ch.Key(3)
	worker, proofer, validator := r.ch.Address(1), r.ch.Address(2), r.ch.Address(3)
	obs, oh := startObserver(t, r.dep, worker, proofer, validator)
	var boot []string
	for _, a := range oh.Addrs() {
		boot = append(boot, a.String())
	}
	peers := map[common.Address]peer.ID{}
	vn := r.start(t, validatorKey, node.RoleValidator, boot)
	pn := r.start(t, prooferKey, node.RoleProofer, boot)
	// Every update of this worker is wrong; its claim delay spaces its
	// commits so disputes do not pile up faster than they are played.
	wn := r.start(t, workerKey, node.RoleWorker, boot, node.WithFaulty(1), node.WithClaimTiming(10*time.Second, 1500*time.Millisecond))
	for _, n := range []*node.Node{vn, pn, wn} {
		peers[n.Address()] = n.PeerID()
	}

	d := verify.NewDisputes(r.admin, r.dep.Disputes)
	dabi := bindings.NewDisputes()
	started := time.Now()

	// check verifies everything heard so far and returns the first dispute
	// whose challenge, every move and a vote arrived, or "" with what is
	// missing.
	check := func() (protocol.Hash, string) {
		type heard struct {
			challenge *protocol.ChallengeNotice
			moves     map[gossipMove]bool
			vote      *protocol.VoteNotice
		}
		by := map[protocol.Hash]*heard{}
		get := func(id protocol.Hash) *heard {
			if by[id] == nil {
				by[id] = &heard{moves: map[gossipMove]bool{}}
			}
			return by[id]
		}
		var order []protocol.Hash
		for _, m := range obs.snapshot() {
			signer, err := m.Envelope.Verify(r.dep.Domain())
			if err != nil {
				t.Fatalf("%s from %s does not verify: %v", m.Envelope.Msg.Kind(), m.Origin, err)
			}
			if signer != m.Signer || m.Local {
				t.Fatalf("%s: signer %s, gossip says %s (local %t)", m.Envelope.Msg.Kind(), signer, m.Signer, m.Local)
			}
			if want, ok := peers[signer]; !ok || m.Origin != want {
				t.Fatalf("%s signed by %s came from peer %s, want that account's node %s", m.Envelope.Msg.Kind(), signer, m.Origin, want)
			}
			switch v := m.Envelope.Msg.(type) {
			case *protocol.ChallengeNotice:
				if v.Challenger != proofer {
					t.Fatalf("challenge notice by %s, want the proofer %s", v.Challenger, proofer)
				}
				get(v.DisputeID).challenge = v
				order = append(order, v.DisputeID)
				checkTime(t, v.Kind(), v.Timestamp, started)
			case *protocol.BisectionMove:
				if v.Mover != worker && v.Mover != proofer {
					t.Fatalf("bisection move by %s, neither the worker nor the proofer", v.Mover)
				}
				get(v.DisputeID).moves[gossipMove{v.Mover, int(v.Index), v.StateHash}] = true
				checkTime(t, v.Kind(), v.Timestamp, started)
			case *protocol.VoteNotice:
				if v.Voter != validator {
					t.Fatalf("vote notice by %s, want the validator %s", v.Voter, validator)
				}
				if h := get(v.DisputeID); h.vote != nil {
					t.Fatalf("two vote notices of %s in dispute %s", validator, v.DisputeID.Short())
				}
				get(v.DisputeID).vote = v
				checkTime(t, v.Kind(), v.Timestamp, started)
			default:
				t.Fatalf("%s on the disputes topic", v.Kind())
			}
		}
		if len(order) == 0 {
			return protocol.Hash{}, "no challenge notice yet"
		}
		missing := ""
		for _, id := range order {
			h := by[id]
			dd, err := d.Dispute(t.Context(), id)
			if err != nil {
				t.Fatalf("dispute %s: %v", id.Short(), err)
			}
			// The challenge notice is the dispute on chain.
			c := h.challenge
			if verify.Phase(dd.Phase) == verify.PhaseNone || protocol.Hash(dd.UpdateId) != c.UpdateID ||
				dd.Challenger != c.Challenger || protocol.Hash(dd.ChallengerRoot) != c.TraceRoot || dd.Worker != worker {
				t.Fatalf("challenge notice %+v does not match dispute %s on chain: %+v", c, id.Short(), dd)
			}
			// Every move notice is a state the chain has that side posting.
			posted, err := d.Moves(t.Context(), id)
			if err != nil {
				t.Fatalf("moves of %s: %v", id.Short(), err)
			}
			onChain := map[gossipMove]bool{}
			for _, p := range posted {
				who := worker
				if p.By == verify.Challenger {
					who = proofer
				}
				onChain[gossipMove{who, p.Index, p.State}] = true
			}
			for m := range h.moves {
				if !onChain[m] {
					t.Fatalf("dispute %s: move notice %+v was never posted on chain (posted %+v)", id.Short(), m, posted)
				}
			}
			if verify.Phase(dd.Phase) == verify.PhaseBisection {
				missing = fmt.Sprintf("dispute %s still in bisection", id.Short())
				continue
			}
			// Every state moves posted is announced: all but the reveal's
			// s_k and s_k/2, which the challenge opened with.
			want := 0
			for m := range onChain {
				if m.mover == proofer && (m.index == int(dd.K) || m.index == int(dd.K)/2) {
					continue
				}
				want++
				if !h.moves[m] {
					missing = fmt.Sprintf("dispute %s: no notice of move %+v", id.Short(), m)
				}
			}
			if want == 0 || len(h.moves) != want {
				if missing == "" {
					missing = fmt.Sprintf("dispute %s: %d move notices, %d moved states on chain", id.Short(), len(h.moves), want)
				}
				continue
			}
			if h.vote == nil {
				missing = fmt.Sprintf("dispute %s: no vote notice", id.Short())
				continue
			}
			// The vote notice is the validator's ballot, on the step voted on,
			// with the state the replay gave: the challenger's s_lo+1.
			v := h.vote
			out, err := r.admin.CallContract(t.Context(), ethereum.CallMsg{To: &r.dep.Disputes, Data: dabi.PackBallot(id, validator)}, nil)
			if err != nil {
				t.Fatalf("ballot: %v", err)
			}
			b, err := dabi.UnpackBallot(out)
			if err != nil {
				t.Fatalf("ballot: %v", err)
			}
			if b.Weight.Sign() == 0 || b.ForWorker != v.SupportsWorker || v.SupportsWorker {
				t.Fatalf("vote notice %+v, ballot on chain %+v: want a weighted vote against the faulty worker matching the notice", v, b)
			}
			if int(v.Index) != int(dd.Lo) || int(dd.Hi) != int(dd.Lo)+1 {
				t.Fatalf("vote notice on step %d, the dispute voted on [%d, %d]", v.Index, dd.Lo, dd.Hi)
			}
			if !onChain[gossipMove{proofer, int(dd.Hi), v.StateHash}] {
				t.Fatalf("vote notice state %s is not the challenger's s_%d (posted %+v)", v.StateHash.Short(), dd.Hi, posted)
			}
			return id, ""
		}
		return protocol.Hash{}, missing
	}

	deadline := time.Now().Add(40 * time.Second)
	for {
		id, missing := check()
		if !id.IsZero() {
			t.Logf("dispute %s: challenge, moves and vote heard on gossip after %v; observer gossip stats %+v", id.Short(), time.Since(started).Round(time.Millisecond), obs.g.Stats())
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 40s: %s (heard %d dispute messages)", missing, len(obs.snapshot()))
		}
		time.Sleep(250 * time.Millisecond)
	}
	// Nothing the nodes sent was their fault (malformed, badly signed).
	if st := obs.g.Stats(); st.Rejected != 0 {
		t.Fatalf("observer rejected %d gossip messages: %+v", st.Rejected, st)
	}
}

// checkTime fails unless a notice's timestamp is wall-clock time within the
// test.
func checkTime(t *testing.T, k protocol.Kind, ts uint64, started time.Time) {
	t.Helper()
	if got := int64(ts); got < started.Unix()-1 || got > time.Now().Unix()+1 {
		t.Fatalf("%s timestamp %d outside the test's [%d, %d]", k, got, started.Unix(), time.Now().Unix())
	}
}
