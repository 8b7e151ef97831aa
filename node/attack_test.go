package node_test

import (
	"bytes"
	"crypto/ecdsa"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// squatter is the claim-squatting attacker: a p2p host on the run's updates
// topic that answers every parent it hears of (a claim on it, or the
// announcement of a new head) with a valid WorkClaim expiring in an hour,
// signed by whichever of its bonded keys ranks best on that parent, and
// never commits anything.
type squatter struct {
	keys    []*ecdsa.PrivateKey
	gossip  *p2p.Gossip
	host    *p2p.Host
	claimed atomic.Int64

	mu   sync.Mutex
	seen map[protocol.Hash]bool
}

// startSquatter starts the attacker's host, connected to every honest node.
// staked lists the authors its own gossip validator lets through.
func startSquatter(t *testing.T, s *testswarm.Swarm, keys []*ecdsa.PrivateKey, staked []common.Address, honest []*node.Node) *squatter {
	t.Helper()
	h, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, DHTMode: p2p.DHTOff, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	allow := p2p.AllowList{}
	for _, a := range staked {
		allow[a] = true
	}
	for _, k := range keys {
		allow[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	g, err := p2p.NewGossip(t.Context(), h, p2p.GossipConfig{Domain: s.Deployment.Domain(), Stake: allow, RateLimit: 50, RateBurst: 100, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Join(s.Deployment.RunID); err != nil {
		t.Fatal(err)
	}
	ch, err := g.Subscribe(t.Context(), protocol.UpdatesTopic(s.Deployment.RunID))
	if err != nil {
		t.Fatal(err)
	}
	q := &squatter{keys: keys, gossip: g, host: h, seen: map[protocol.Hash]bool{}}
	for _, n := range honest {
		if err := h.Connect(t.Context(), peer.AddrInfo{ID: n.PeerID(), Addrs: n.Addrs()}); err != nil {
			t.Fatalf("squatter: connect %s: %v", n.PeerID(), err)
		}
	}
	go func() {
		for r := range ch {
			if r.Local {
				continue
			}
			switch m := r.Envelope.Msg.(type) {
			case *protocol.WorkClaim:
				q.claim(t, s, m.Parent)
			case *protocol.UpdateAnnouncement:
				q.claim(t, s, m.UpdateID)
			}
		}
	}()
	return q
}

// claim publishes the best-ranked of the attacker's claims on parent, once.
func (q *squatter) claim(t *testing.T, s *testswarm.Swarm, parent protocol.Hash) {
	q.mu.Lock()
	if q.seen[parent] {
		q.mu.Unlock()
		return
	}
	q.seen[parent] = true
	q.mu.Unlock()
	best := q.keys[0]
	for _, k := range q.keys[1:] {
		rb, rk := node.ClaimRank(parent, crypto.PubkeyToAddress(best.PublicKey)), node.ClaimRank(parent, crypto.PubkeyToAddress(k.PublicKey))
		if bytes.Compare(rk[:], rb[:]) < 0 {
			best = k
		}
	}
	m := &protocol.WorkClaim{RunID: s.Deployment.RunID, Parent: parent, Worker: crypto.PubkeyToAddress(best.PublicKey), Expires: uint64(time.Now().Add(time.Hour).Unix())}
	env, err := protocol.Sign(s.Deployment.Domain(), m, best)
	if err != nil {
		t.Errorf("squatter: sign: %v", err)
		return
	}
	if err := q.gossip.Publish(t.Context(), env); err == nil {
		q.claimed.Add(1)
	}
}

// TestAttack_ClaimSquattingCostsABoundedDelay: three honest workers and a
// bonded attacker that claims every new head with a claim expiring in an
// hour and never commits. Commits per block in a window under attack stay
// at 80% or more of the rate in windows of the same total length before
// and after it.
func TestAttack_ClaimSquattingCostsABoundedDelay(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and three nodes (about 50s)")
	}
	const window = 200 // blocks of 100 ms
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Worker(), testswarm.Worker(), testswarm.Worker()}})
	attackerKey := s.Key(4)
	n1 := s.Start(t, s.Key(1), node.RoleWorker)
	n2 := s.StartNode(t, s.Key(2), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Bootstrap: testswarm.Addrs(n1)})
	n3 := s.StartNode(t, s.Key(3), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Bootstrap: testswarm.Addrs(n1)})
	honest := []*node.Node{n1, n2, n3}

	blockNow := func() uint64 {
		b, err := s.Admin.BlockNumber(t.Context())
		if err != nil {
			t.Fatalf("block number: %v", err)
		}
		return b
	}
	// commitsIn counts the distinct commits mined in blocks [from, to).
	commitsIn := func(from, to uint64) int {
		c := 0
		for _, e := range distinctCommits(s.Events.Snapshot()) {
			if e.Block >= from && e.Block < to {
				c++
			}
		}
		return c
	}
	waitBlock := func(b uint64) {
		testswarm.WaitFor(t, "block "+itoa(b), 2*window*100*time.Millisecond+20*time.Second, func() bool { return blockNow() >= b })
	}
	// Warm up: every worker has committed, so each knows how long an
	// update takes.
	testswarm.WaitFor(t, "every honest worker to commit", 30*time.Second, func() bool {
		for _, n := range honest {
			if n.Stats().Committed == 0 {
				return false
			}
		}
		return true
	})

	// Half the baseline before the attack and half after it, so that a
	// drift in the machine's load hits both sides alike.
	b0 := blockNow()
	waitBlock(b0 + window/2)
	var staked []common.Address
	for _, k := range s.Keys[1:4] {
		staked = append(staked, crypto.PubkeyToAddress(k.PublicKey))
	}
	q := startSquatter(t, s, []*ecdsa.PrivateKey{attackerKey}, staked, honest)
	testswarm.WaitFor(t, "the attacker's first claim", 20*time.Second, func() bool { return q.claimed.Load() > 0 })
	a0 := blockNow()
	waitBlock(a0 + window)
	if err := q.host.Close(); err != nil {
		t.Fatal(err)
	}
	b1 := blockNow()
	waitBlock(b1 + window/2)
	base := commitsIn(b0, b0+window/2) + commitsIn(b1, b1+window/2)
	attacked := commitsIn(a0, a0+window)
	if base < 10 {
		t.Fatalf("only %d commits in %d blocks without the attack", base, window)
	}

	var strikes, cut, backoffs int64
	for _, n := range honest {
		st := n.Stats()
		strikes, cut, backoffs = strikes+st.ClaimStrikes, cut+st.ClaimWaitsCut, backoffs+st.Backoffs
	}
	t.Logf("commits per %d blocks: %d without the attack, %d under it (%.0f%%); attacker claims %d; honest backoffs %d, strikes %d, waits cut %d",
		window, base, attacked, 100*float64(attacked)/float64(base), q.claimed.Load(), backoffs, strikes, cut)
	if 5*attacked < 4*base {
		t.Fatalf("under attack %d commits in %d blocks, without it %d: below 80%%", attacked, window, base)
	}
	if strikes == 0 {
		t.Fatal("no honest worker struck the attacker: its claims never held anyone back, so the attack was not tested")
	}
}

func itoa(b uint64) string { return strconv.FormatUint(b, 10) }

// distinctCommits returns the committed updates in evs, each once, in the
// order first reported.
func distinctCommits(evs []node.Event) []node.Event {
	var out []node.Event
	seen := map[protocol.Hash]bool{}
	for _, e := range evs {
		if e.Kind == node.EventUpdateCommitted && !seen[e.Update] {
			seen[e.Update] = true
			out = append(out, e)
		}
	}
	return out
}
