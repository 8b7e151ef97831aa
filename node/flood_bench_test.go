package node_test

import (
	"crypto/ecdsa"
	"flag"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// TestFloodBench_CommitRate measures commits per minute of three workers
// while one peer, connected to one of them, floods the run's updates topic
// at 2,000 messages/s (UMNODE_FLOOD_RATE) for 20 s (UMNODE_FLOOD_SECONDS):
// valid WorkClaims of a bonded key, then claims of ever new unstaked
// keys, against the same swarm without a flood. It reports figures and
// asserts nothing about them, so it runs only with -bench:
//
//	go test -run TestFloodBench -bench . -benchtime 1x ./node/
func TestFloodBench_CommitRate(t *testing.T) {
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		t.Skip("a measurement: run with -bench")
	}
	rate, seconds := envInt("UMNODE_FLOOD_RATE", 2000), envInt("UMNODE_FLOOD_SECONDS", 20)
	s := testswarm.New(t, testswarm.Options{Run: testswarm.TinyRun("node-test"), Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Worker(), testswarm.Worker(), testswarm.Worker()}})
	staked := s.Key(4)
	n1 := s.Start(t, s.Key(1), node.RoleWorker)
	n2 := s.StartNode(t, s.Key(2), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Bootstrap: testswarm.Addrs(n1)})
	n3 := s.StartNode(t, s.Key(3), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Bootstrap: testswarm.Addrs(n1)})
	testswarm.WaitFor(t, "every worker to commit", 30*time.Second, func() bool {
		return n1.Stats().Committed > 0 && n2.Stats().Committed > 0 && n3.Stats().Committed > 0
	})

	// perMinute runs f and returns the commits per minute of chain time
	// (100 ms blocks) while it ran.
	perMinute := func(f func()) float64 {
		b0, err := s.Admin.BlockNumber(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		f()
		b1, err := s.Admin.BlockNumber(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		c := 0
		for _, e := range distinctCommits(s.Events.Snapshot()) {
			if e.Block >= b0 && e.Block < b1 {
				c++
			}
		}
		return float64(c) / (float64(b1-b0) / 600)
	}
	wait := func() { waitBlocks(t, s, uint64(seconds*10)) }
	claim := func(key *ecdsa.PrivateKey, i int) []byte {
		m := &protocol.WorkClaim{RunID: s.Deployment.RunID, Parent: protocol.Keccak256([]byte(strconv.Itoa(i))), Worker: crypto.PubkeyToAddress(key.PublicKey), Expires: uint64(time.Now().Add(30 * time.Minute).Unix())}
		env, err := protocol.Sign(s.Deployment.Domain(), m, key)
		if err != nil {
			t.Fatal(err)
		}
		return env.Encode()
	}
	total := rate * seconds
	stakedMsgs := make([][]byte, total)
	freshMsgs := make([][]byte, total)
	for i := range total {
		stakedMsgs[i] = claim(staked, i)
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		freshMsgs[i] = claim(k, i)
	}

	var stakedCut, freshCut bool
	base := perMinute(wait)
	stakedRate := perMinute(func() { stakedCut = flood(t, s, n1, stakedMsgs, rate) })
	freshRate := perMinute(func() { freshCut = flood(t, s, n1, freshMsgs, rate) })
	after := perMinute(wait)
	t.Logf("commits/min: %.1f without a flood, %.1f (%.0f%%) under a bonded key's flood (flooder cut off: %t), %.1f (%.0f%%) under fresh unstaked keys' flood (cut off: %t), %.1f after; %d msgs/s for %ds from one peer",
		base, stakedRate, 100*stakedRate/base, stakedCut, freshRate, 100*freshRate/base, freshCut, after, rate, seconds)
}

// flood publishes msgs at rate per second from a new host connected to
// target, with plain gossipsub (no validation of its own), and reports
// whether target cut the host off.
func flood(t *testing.T, s *testswarm.Swarm, target *node.Node, msgs [][]byte, rate int) bool {
	t.Helper()
	h, err := p2p.Start(t.Context(), p2p.Config{DataDir: t.TempDir(), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, DHTMode: p2p.DHTOff})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ps, err := pubsub.NewGossipSub(t.Context(), h.Host(), pubsub.WithMessageSignaturePolicy(pubsub.StrictSign), pubsub.WithFloodPublish(true))
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(protocol.UpdatesTopic(s.Deployment.RunID))
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(t.Context(), peer.AddrInfo{ID: target.PeerID(), Addrs: target.Addrs()}); err != nil {
		t.Fatal(err)
	}
	testswarm.WaitFor(t, "the flooder to see the target's subscription", 10*time.Second, func() bool { return len(topic.ListPeers()) > 0 })
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	per := max(1, rate/100)
	for i := 0; i < len(msgs); {
		<-tick.C
		for j := 0; j < per && i < len(msgs); j, i = j+1, i+1 {
			_ = topic.Publish(t.Context(), msgs[i])
		}
	}
	return len(h.Host().Network().ConnsToPeer(target.PeerID())) == 0
}

// waitBlocks waits until the chain has mined n more blocks.
func waitBlocks(t *testing.T, s *testswarm.Swarm, n uint64) {
	t.Helper()
	b0, err := s.Admin.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	testswarm.WaitFor(t, "blocks", time.Duration(n)*100*time.Millisecond+30*time.Second, func() bool {
		b, err := s.Admin.BlockNumber(t.Context())
		return err == nil && b >= b0+n
	})
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
