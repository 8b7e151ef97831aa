package p2p_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

var testRun = protocol.Keccak256([]byte("test run"))

// gossipNode is a host with our Gossip, joined to testRun, recording every
// announcement it receives by update ID.
type gossipNode struct {
	host   *p2p.Host
	gossip *p2p.Gossip

	mu  sync.Mutex
	got map[protocol.Hash]time.Time
}

func (n *gossipNode) has(id protocol.Hash) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	_, ok := n.got[id]
	return ok
}

func (n *gossipNode) count() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.got)
}

func startGossip(t testing.TB, h *p2p.Host, cfg p2p.GossipConfig) *gossipNode {
	t.Helper()
	cfg.Domain = testDomain
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	if cfg.ScoreInspectPeriod == 0 {
		cfg.ScoreInspectPeriod = 100 * time.Millisecond
	}
	g, err := p2p.NewGossip(t.Context(), h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Join(testRun); err != nil {
		t.Fatal(err)
	}
	ch, err := g.Subscribe(t.Context(), protocol.UpdatesTopic(testRun))
	if err != nil {
		t.Fatal(err)
	}
	n := &gossipNode{host: h, gossip: g, got: map[protocol.Hash]time.Time{}}
	go func() {
		for r := range ch {
			a, ok := r.Envelope.Msg.(*protocol.UpdateAnnouncement)
			if !ok || r.Signer != a.Worker {
				continue
			}
			n.mu.Lock()
			n.got[a.UpdateID] = time.Now()
			n.mu.Unlock()
		}
	}()
	return n
}

// rawPublisher is a gossipsub instance with no validators: what a buggy or
// malicious peer runs to get messages past its own checks.
type rawPublisher struct {
	ps    *pubsub.PubSub
	topic *pubsub.Topic
}

func newRawPublisher(t testing.TB, h *p2p.Host) *rawPublisher {
	t.Helper()
	ps, err := pubsub.NewGossipSub(t.Context(), h.Host(), pubsub.WithMessageSignaturePolicy(pubsub.StrictSign), pubsub.WithFloodPublish(true))
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(protocol.UpdatesTopic(testRun))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := topic.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			if _, err := sub.Next(t.Context()); err != nil {
				return
			}
		}
	}()
	return &rawPublisher{ps: ps, topic: topic}
}

func (r *rawPublisher) publish(t testing.TB, b []byte) {
	t.Helper()
	if err := r.topic.Publish(t.Context(), b); err != nil {
		t.Fatal(err)
	}
}

// TestGossip_TwentyHosts is the acceptance test: 20 hosts in a
// sparse random topology, valid announcements reach all of them, three
// kinds of invalid ones reach nobody and graylist their sender.
func TestGossip_TwentyHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 21 hosts")
	}
	const n = 20
	workerA, workerB, outsider := ethKey(t, 1), ethKey(t, 2), ethKey(t, 3)
	stake := p2p.AllowList{addr(workerA): true, addr(workerB): true}

	hosts := startHosts(t, n+1, nil)
	bad := hosts[n]
	nodes := make([]*gossipNode, n)
	for i := range n {
		nodes[i] = startGossip(t, hosts[i], p2p.GossipConfig{Stake: stake})
	}
	raw := newRawPublisher(t, bad)

	rng := rand.New(rand.NewPCG(4, 20))
	edges := sparseTopology(rng, n, 3)
	badPeers := map[int]bool{}
	for len(badPeers) < 3 {
		j := rng.IntN(n)
		if !badPeers[j] {
			badPeers[j] = true
			edges = append(edges, [2]int{n, j})
		}
	}
	connectEdges(t, hosts, edges)
	t.Logf("%d hosts, %d edges", n+1, len(edges))
	waitFor(t, 10*time.Second, "the bad host to see its neighbours' subscriptions", func() bool {
		return len(raw.topic.ListPeers()) == len(badPeers)
	})

	waitForMesh(t, nodes)

	// Valid announcements from two workers on two different hosts.
	var valid []protocol.Hash
	for i, w := range []struct {
		node int
		key  int
	}{{0, 0}, {7, 1}, {13, 0}} {
		k := workerA
		if w.key == 1 {
			k = workerB
		}
		a := announcement(t, testRun, k, uint64(100+i))
		if err := nodes[w.node].gossip.Publish(t.Context(), sign(t, a, k)); err != nil {
			t.Fatal(err)
		}
		valid = append(valid, a.UpdateID)
	}
	defer func() {
		if t.Failed() {
			for i, nd := range nodes {
				t.Logf("host %d: %d announcements, %d topic peers, %d conns", i, nd.count(), len(nd.gossip.PubSub().ListPeers(protocol.UpdatesTopic(testRun))), len(nd.host.Host().Network().Peers()))
			}
		}
	}()
	waitFor(t, 20*time.Second, "every valid announcement at every host", func() bool {
		for _, nd := range nodes {
			for _, id := range valid {
				if !nd.has(id) {
					return false
				}
			}
		}
		return true
	})

	// Three invalid messages, pushed past the bad host's own checks.
	malformed := sign(t, announcement(t, testRun, workerA, 200), workerA).Encode()
	malformed = malformed[:len(malformed)-1]
	tampered := sign(t, announcement(t, testRun, workerA, 201), workerA)
	tampered.Msg.(*protocol.UpdateAnnouncement).EvalAccuracy = 9999 // signature no longer matches
	unstaked := announcement(t, testRun, outsider, 202)
	invalid := map[string][]byte{
		"malformed":     malformed,
		"bad signature": tampered.Encode(),
		"unstaked":      sign(t, unstaked, outsider).Encode(),
	}
	invalidIDs := []protocol.Hash{announcement(t, testRun, workerA, 200).UpdateID, tampered.Msg.(*protocol.UpdateAnnouncement).UpdateID, unstaked.UpdateID}
	for _, name := range []string{"malformed", "bad signature", "unstaked"} {
		raw.publish(t, invalid[name])
		time.Sleep(100 * time.Millisecond) // let each be validated before the score graylists the sender
	}

	// Every neighbour of the bad host scores it below the graylist threshold.
	waitFor(t, 10*time.Second, "the bad host to be graylisted by its neighbours", func() bool {
		for j := range badPeers {
			s, ok := nodes[j].gossip.PeerScores()[bad.ID()]
			if !ok || s >= p2p.ScoreThresholds.GraylistThreshold {
				return false
			}
		}
		return true
	})
	for j := range badPeers {
		t.Logf("host %d scores the bad host %.0f (graylist %.0f)", j, nodes[j].gossip.PeerScores()[bad.ID()], p2p.ScoreThresholds.GraylistThreshold)
	}

	// A barrier: one more valid announcement reaches everyone, so anything
	// sent before it had its chance to spread.
	last := announcement(t, testRun, workerB, 300)
	if err := nodes[19].gossip.Publish(t.Context(), sign(t, last, workerB)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "the barrier announcement at every host", func() bool {
		for _, nd := range nodes {
			if !nd.has(last.UpdateID) {
				return false
			}
		}
		return true
	})
	for i, nd := range nodes {
		for k, id := range invalidIDs {
			if nd.has(id) {
				t.Fatalf("host %d received invalid message %d", i, k)
			}
		}
		if got, want := nd.count(), len(valid)+1; got != want {
			t.Fatalf("host %d received %d announcements, want %d", i, got, want)
		}
	}
	// The bad host's neighbours rejected all three (none was merely dropped
	// as graylisted); nobody else saw any, since honest relays never forward.
	for i, nd := range nodes {
		want := uint64(0)
		if badPeers[i] {
			want = 3
		}
		if got := nd.gossip.Stats().Rejected; got != want {
			t.Fatalf("host %d rejected %d messages, want %d", i, got, want)
		}
	}
	// Honest hosts score each other at or above zero.
	for j := range badPeers {
		for p, s := range nodes[j].gossip.PeerScores() {
			if p != bad.ID() && s < 0 {
				t.Fatalf("host %d scores honest peer %s at %.1f", j, p, s)
			}
		}
	}
}

// waitForMesh waits until every node's mesh holds all its topic peers or at
// least gossipsub's D_lo of them. Before that, a message can reach a node
// that forwards it to no one (empty mesh) and is later grafted, so it never
// gossips an IHAVE to its new mesh peers either: a gap gossipsub does not
// repair (see the report on low-rate topics).
func waitForMesh(t testing.TB, nodes []*gossipNode) {
	t.Helper()
	topic := protocol.UpdatesTopic(testRun)
	defer func() {
		if t.Failed() {
			for i, nd := range nodes {
				t.Logf("node %d: mesh %d, topic peers %d", i, nd.gossip.MeshSize(topic), len(nd.gossip.PubSub().ListPeers(topic)))
			}
		}
	}()
	waitFor(t, 20*time.Second, "every node's mesh to form", func() bool {
		for _, nd := range nodes {
			peers := len(nd.gossip.PubSub().ListPeers(topic))
			if peers == 0 || nd.gossip.MeshSize(topic) < min(peers, 5) { // 5 = gossipsub D_lo
				return false
			}
		}
		return true
	})
}

// stakeFunc adapts a function to p2p.StakeChecker (a fault injector).
type stakeFunc func(common.Address) (bool, error)

func (f stakeFunc) Staked(_ context.Context, _ protocol.Hash, a common.Address) (bool, error) {
	return f(a)
}

// TestGossip_IgnoreIsNotPunished: messages dropped for reasons that are not
// the sender's fault (stake lookup failing, rate limit, stale timestamp,
// expired claim) reach nobody but leave the sender's score alone; one
// invalid message then makes it negative.
func TestGossip_IgnoreIsNotPunished(t *testing.T) {
	hosts := startHosts(t, 2, nil)
	flaky, spammer, key := ethKey(t, 1), ethKey(t, 2), ethKey(t, 3)
	errChain := errors.New("rpc unavailable")
	stake := stakeFunc(func(a common.Address) (bool, error) {
		if a == addr(flaky) {
			return false, errChain
		}
		return true, nil
	})
	recv := startGossip(t, hosts[0], p2p.GossipConfig{Stake: stake, RateLimit: 0.001, RateBurst: 2})
	raw := newRawPublisher(t, hosts[1])
	connectEdges(t, hosts, [][2]int{{1, 0}})
	waitFor(t, 10*time.Second, "subscriptions", func() bool { return len(raw.topic.ListPeers()) == 1 })

	stale := announcement(t, testRun, key, 1)
	stale.Timestamp -= uint64(2 * time.Hour / time.Second)
	future := announcement(t, testRun, key, 2)
	future.Timestamp += uint64(time.Hour / time.Second)
	expired := &protocol.WorkClaim{RunID: testRun, Parent: protocol.Hash{1}, Worker: addr(key), Expires: uint64(time.Now().Add(-time.Minute).Unix())}
	ignored := [][]byte{
		sign(t, announcement(t, testRun, flaky, 3), flaky).Encode(),
		sign(t, stale, key).Encode(),
		sign(t, future, key).Encode(),
		sign(t, expired, key).Encode(),
	}
	// Burst 2, then the bucket is empty for ~1000s: the third is over the limit.
	var spam []protocol.Hash
	for i := range 3 {
		a := announcement(t, testRun, spammer, uint64(10+i))
		spam = append(spam, a.UpdateID)
		ignored = append(ignored, sign(t, a, spammer).Encode())
	}
	for _, b := range ignored {
		raw.publish(t, b)
	}
	// Validation runs concurrently: any two of the three fit the burst.
	waitFor(t, 10*time.Second, "two spam messages within the burst", func() bool {
		got := 0
		for _, id := range spam {
			if recv.has(id) {
				got++
			}
		}
		return got == 2
	})
	time.Sleep(500 * time.Millisecond) // several score inspections
	if got, want := recv.count(), 2; got != want {
		t.Fatalf("received %d messages, want %d (only the spammer's burst)", got, want)
	}
	if s := recv.gossip.PeerScores()[hosts[1].ID()]; s < 0 {
		t.Fatalf("ignored messages lowered the sender's score to %.1f", s)
	}

	raw.publish(t, []byte("not an envelope"))
	waitFor(t, 5*time.Second, "the score to drop after an invalid message", func() bool {
		return recv.gossip.PeerScores()[hosts[1].ID()] < 0
	})
}

// TestGossip_PublishRunsLocalValidation: a node cannot publish what its
// peers would reject, and learns why.
func TestGossip_PublishRunsLocalValidation(t *testing.T) {
	h := startHost(t, loopbackConfig(t, t.TempDir()))
	staked, outsider := ethKey(t, 1), ethKey(t, 2)
	n := startGossip(t, h, p2p.GossipConfig{Stake: p2p.AllowList{addr(staked): true}})

	if err := n.gossip.Publish(t.Context(), sign(t, announcement(t, testRun, staked, 1), staked)); err != nil {
		t.Fatalf("valid publish: %v", err)
	}
	if err := n.gossip.Publish(t.Context(), sign(t, announcement(t, testRun, outsider, 2), outsider)); err == nil {
		t.Fatal("publishing as an unstaked author succeeded")
	}
	other := protocol.Keccak256([]byte("another run"))
	if err := n.gossip.Publish(t.Context(), sign(t, announcement(t, other, staked, 3), staked)); err == nil {
		t.Fatal("publishing on a run not joined succeeded")
	}
	// A dispute message goes to the disputes topic, not the updates one.
	disputes, err := n.gossip.Subscribe(t.Context(), protocol.DisputesTopic(testRun))
	if err != nil {
		t.Fatal(err)
	}
	move := &protocol.BisectionMove{RunID: testRun, DisputeID: protocol.Hash{9}, Index: 3, StateHash: protocol.Hash{1}, Mover: addr(staked), Timestamp: uint64(time.Now().Unix())}
	if err := n.gossip.Publish(t.Context(), sign(t, move, staked)); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-disputes:
		if got, want := r.Envelope.Msg.Kind(), protocol.KindBisectionMove; got != want || !r.Local {
			t.Fatalf("got %s (local %v), want a local %s", got, r.Local, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("own dispute message not delivered")
	}
}

func TestGossipConfig_Validate(t *testing.T) {
	good := p2p.GossipConfig{Domain: testDomain, Stake: p2p.AllowList{}}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]p2p.GossipConfig{
		"no stake":  {Domain: testDomain},
		"no chain":  {Stake: p2p.AllowList{}},
		"whitelist": {Domain: testDomain, Stake: p2p.AllowList{}, ColocationWhitelist: []string{"nope"}},
	} {
		if err := c.Validate(); !errors.Is(err, p2p.ErrConfig) {
			t.Fatalf("%s: got %v, want ErrConfig", name, err)
		}
	}
}

// TestGossip_RejectsMisplacedMessages: a well-signed message of the wrong
// kind for the topic, or of another run, or signed for another chain, is
// the sender's fault: Rejected, never delivered.
func TestGossip_RejectsMisplacedMessages(t *testing.T) {
	hosts := startHosts(t, 2, nil)
	key := ethKey(t, 1)
	recv := startGossip(t, hosts[0], p2p.GossipConfig{Stake: p2p.AllowList{addr(key): true}})
	raw := newRawPublisher(t, hosts[1])
	connectEdges(t, hosts, [][2]int{{1, 0}})
	waitFor(t, 10*time.Second, "subscriptions", func() bool { return len(raw.topic.ListPeers()) == 1 })

	move := &protocol.BisectionMove{RunID: testRun, DisputeID: protocol.Hash{9}, Index: 3, StateHash: protocol.Hash{1}, Mover: addr(key), Timestamp: uint64(time.Now().Unix())}
	otherChain, err := protocol.Sign(protocol.Domain{ChainID: 2442, VerifyingContract: testDomain.VerifyingContract}, announcement(t, testRun, key, 2), key)
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string][]byte{
		"dispute kind on the updates topic": sign(t, move, key).Encode(),
		"another run's announcement":        sign(t, announcement(t, protocol.Hash{0xee}, key, 1), key).Encode(),
		"signed for another chain":          otherChain.Encode(),
	}
	for _, b := range bad {
		raw.publish(t, b)
	}
	waitFor(t, 10*time.Second, "three rejections", func() bool { return recv.gossip.Stats().Rejected == uint64(len(bad)) })
	if got := recv.count(); got != 0 {
		t.Fatalf("delivered %d misplaced messages", got)
	}
	if got := recv.gossip.Stats().Delivered; got != 0 {
		t.Fatalf("router delivered %d messages", got)
	}
}

// TestGossip_FlooderIsCutOff: a peer that forwards far more messages than
// its budget (valid ones, by a staked author with no author rate limit to
// speak of) has its excess dropped before validation, is then taken for a
// flooder, scored below the graylist threshold and blocked, while an
// honest peer's messages still arrive.
func TestGossip_FlooderIsCutOff(t *testing.T) {
	hosts := startHosts(t, 3, nil)
	key := ethKey(t, 1)
	cfg := p2p.GossipConfig{
		Stake: p2p.AllowList{addr(key): true}, RateLimit: 1e6, RateBurst: 1e6,
		PeerRateLimit: 10, PeerRateBurst: 20, FloodExcess: 100, FloodBan: time.Minute,
	}
	recv := startGossip(t, hosts[0], cfg)
	honest := startGossip(t, hosts[2], cfg)
	raw := newRawPublisher(t, hosts[1])
	connectEdges(t, hosts, [][2]int{{1, 0}, {2, 0}})
	waitFor(t, 10*time.Second, "subscriptions", func() bool { return len(raw.topic.ListPeers()) == 1 })
	waitForMesh(t, []*gossipNode{recv, honest})

	const flood = 600
	var envs [][]byte
	for i := range flood {
		envs = append(envs, sign(t, announcement(t, testRun, key, uint64(1000+i)), key).Encode())
	}
	began := time.Now()
	for _, b := range envs {
		if err := raw.topic.Publish(t.Context(), b); err != nil {
			break // the connection is cut
		}
	}
	waitFor(t, 10*time.Second, "the flooder to be cut off", func() bool {
		return recv.gossip.Flooding(hosts[1].ID()) && hosts[0].Blocked(hosts[1].ID())
	})
	elapsed := time.Since(began)
	waitFor(t, 10*time.Second, "the flooder's score to fall below the graylist threshold", func() bool {
		s, ok := recv.gossip.PeerScores()[hosts[1].ID()]
		return ok && s < p2p.ScoreThresholds.GraylistThreshold
	})
	// Whatever got through fits the budget: the burst plus the rate over
	// the time the flood lasted.
	if got, most := recv.count(), 20+int(10*elapsed.Seconds())+1; got > most {
		t.Fatalf("%d flood messages delivered in %v, the budget allows %d", got, elapsed, most)
	}
	if recv.gossip.OverBudget() == 0 {
		t.Fatal("no message was dropped over budget")
	}
	// The honest peer is unaffected.
	a := announcement(t, testRun, key, 5)
	if err := honest.gossip.Publish(t.Context(), sign(t, a, key)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the honest peer's announcement", func() bool { return recv.has(a.UpdateID) })
	if recv.gossip.Flooding(hosts[2].ID()) {
		t.Fatal("the honest peer is taken for a flooder")
	}
	t.Logf("delivered %d of %d flood messages in %v; %d dropped over budget", recv.count()-1, flood, elapsed, recv.gossip.OverBudget())
}

// TestGossip_UnknownAuthorsCostBoundedLookups: messages by ever new
// authors (fresh keys) ask the StakeChecker at most the peer's lookup
// budget; an author the checker could not vouch for is not asked again
// while its answer is cached, and none of them is delivered.
func TestGossip_UnknownAuthorsCostBoundedLookups(t *testing.T) {
	hosts := startHosts(t, 2, nil)
	var mu sync.Mutex
	calls := map[common.Address]int{}
	stake := stakeFunc(func(a common.Address) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		calls[a]++
		return false, errors.New("no bond as far as this node sees")
	})
	recv := startGossip(t, hosts[0], p2p.GossipConfig{Stake: stake, RateLimit: 1e6, RateBurst: 1e6, LookupRate: 1, LookupBurst: 5, PeerRateLimit: 1e6, PeerRateBurst: 1e6})
	raw := newRawPublisher(t, hosts[1])
	connectEdges(t, hosts, [][2]int{{1, 0}})
	waitFor(t, 10*time.Second, "subscriptions", func() bool { return len(raw.topic.ListPeers()) == 1 })

	const fresh = 100
	// Each message is published once the one before it was validated:
	// the publisher's queue to a peer holds 32 messages and drops the rest
	// when a loaded machine drains it slower than a burst fills it.
	published := uint64(0)
	publish := func(b []byte) {
		raw.publish(t, b)
		published++
		waitFor(t, 10*time.Second, "message validated", func() bool { return recv.gossip.Stats().Ignored >= published })
	}
	began := time.Now()
	// One author, many messages: one lookup (the answer is cached).
	again := ethKey(t, 200)
	for i := range 20 {
		publish(sign(t, announcement(t, testRun, again, uint64(500+i)), again).Encode())
	}
	for i := range fresh {
		k := ethKey(t, byte(10+i))
		publish(sign(t, announcement(t, testRun, k, uint64(1+i)), k).Encode())
	}
	elapsed := time.Since(began)
	mu.Lock()
	total := 0
	for _, c := range calls {
		total += c
	}
	repeat := calls[addr(again)]
	mu.Unlock()
	if most := 5 + int(elapsed.Seconds()) + 1; total > most {
		t.Fatalf("%d stake lookups in %v, the budget allows %d", total, elapsed, most)
	}
	if repeat == 0 || repeat > 2 {
		t.Fatalf("the same unvouched author was looked up %d times within the cache TTL", repeat)
	}
	if got := recv.count(); got != 0 {
		t.Fatalf("%d messages by unvouched authors delivered", got)
	}
}
