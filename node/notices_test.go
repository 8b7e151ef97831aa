package node_test

import (
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// newNoticeRun is the setting of the dispute-notice tests: a dev chain
// with 100 ms blocks and a tiny run on synthetic data (k = 8; chain time
// runs at about 10 s per wall second: a 60 s move deadline is 6 s, plenty
// for a poll and a block; voting lasts 6 s), a worker account (dev key 1,
// bonded), a proofer account (key 2, tokens delegated to itself, as umnode
// devnet does, so peers hear it) and a validator account (key 3, most of
// the voting power). Nodes run with the production gossip rate limits.
func newNoticeRun(t *testing.T) *testswarm.Swarm {
	t.Helper()
	return testswarm.New(t, testswarm.Options{
		Run:             testswarm.TinyRun("node-notices-test"),
		ChallengeWindow: 3600, MoveDeadline: 60, VotingPeriod: 60, QuorumBps: 3000,
		Accounts: []testswarm.Account{
			testswarm.Worker(), {Tokens: testswarm.Tokens(100), Delegate: true}, testswarm.Holder(200_000_000),
		},
		Nodes: testswarm.NodeDefaults{LogLevel: slog.LevelWarn, FetchTimeout: 20 * time.Second, ProductionGossip: true, LenientStop: true},
	})
}

// startNotice runs a node with one role, bootstrapped to boot, on data dir
// dir ("" for a fresh one).
func startNotice(t *testing.T, r *testswarm.Swarm, key *ecdsa.PrivateKey, role node.Role, dir string, boot []string, extra ...node.Option) *node.Node {
	t.Helper()
	return r.StartNode(t, key, testswarm.NodeSpec{Roles: []node.Role{role}, Dir: dir, Bootstrap: boot, Options: extra})
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
	workerKey, prooferKey, validatorKey := r.Key(1), r.Key(2), r.Key(3)
	worker, proofer, validator := r.Address(1), r.Address(2), r.Address(3)
	obs, oh := startObserver(t, r.Deployment, worker, proofer, validator)
	var boot []string
	for _, a := range oh.Addrs() {
		boot = append(boot, a.String())
	}
	peers := map[common.Address]peer.ID{}
	vn := startNotice(t, r, validatorKey, node.RoleValidator, "", boot)
	pn := startNotice(t, r, prooferKey, node.RoleProofer, "", boot)
	// Every update of this worker is wrong; its claim delay spaces its
	// commits so disputes do not pile up faster than they are played.
	wn := startNotice(t, r, workerKey, node.RoleWorker, "", boot, node.WithFaulty(1), node.WithClaimTiming(10*time.Second, 1500*time.Millisecond))
	for _, n := range []*node.Node{vn, pn, wn} {
		peers[n.Address()] = n.PeerID()
	}

	d := verify.NewDisputes(r.Admin, r.Deployment.Disputes)
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
			signer, err := m.Envelope.Verify(r.Deployment.Domain())
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
			out, err := r.Admin.CallContract(t.Context(), ethereum.CallMsg{To: &r.Deployment.Disputes, Data: dabi.PackBallot(id, validator)}, nil)
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
