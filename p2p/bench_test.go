package p2p_test

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// BenchmarkGossip measures how long an announcement takes to reach 95% of
// N loopback hosts (sparse random topology, each dialling ~3 others, meshes
// formed), and the gossip bytes sent per delivered message. The "raw"
// variants are the baseline: the same hosts and topology running plain
// gossipsub (default parameters, flood publishing, no validators, no
// scoring), so the ratio shows what our validation and scoring cost.
//
//	go test -run XXX -bench BenchmarkGossip -benchtime 50x ./p2p/
func BenchmarkGossip(b *testing.B) {
	for _, n := range []int{20, 50} {
		for _, raw := range []bool{false, true} {
			name := fmt.Sprintf("N=%d", n)
			if raw {
				name += "-raw"
			}
			b.Run(name, func(b *testing.B) { benchGossip(b, n, raw) })
		}
	}
}

// arrivals counts, per payload, the hosts that received it, and notes when
// 95% and 100% had it.
type arrivals struct {
	mu       sync.Mutex
	want     [32]byte
	count    int
	quorum   int
	all      int
	at95     time.Time
	q95, end chan struct{}
}

func (a *arrivals) expect(payload []byte, quorum, all int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.want, a.count, a.quorum, a.all = sha256.Sum256(payload), 0, quorum, all
	a.q95, a.end = make(chan struct{}), make(chan struct{})
}

func (a *arrivals) saw(payload []byte) {
	h := sha256.Sum256(payload)
	a.mu.Lock()
	defer a.mu.Unlock()
	if h != a.want {
		return
	}
	a.count++
	if a.count == a.quorum {
		a.at95 = time.Now()
		close(a.q95)
	}
	if a.count == a.all {
		close(a.end)
	}
}

func benchGossip(b *testing.B, n int, raw bool) {
	worker := ethKey(b, 1)
	hosts := startHosts(b, n, nil)
	rng := rand.New(rand.NewPCG(uint64(n), 3))
	var arr arrivals
	publish := make([]func([]byte) error, n)
	ready := make([]func() bool, n)
	topic := protocol.UpdatesTopic(testRun)

	for i, h := range hosts {
		if raw {
			ps, err := pubsub.NewGossipSub(b.Context(), h.Host(), pubsub.WithFloodPublish(true))
			if err != nil {
				b.Fatal(err)
			}
			t, err := ps.Join(topic)
			if err != nil {
				b.Fatal(err)
			}
			sub, err := t.Subscribe(pubsub.WithBufferSize(1024))
			if err != nil {
				b.Fatal(err)
			}
			go func() {
				for {
					m, err := sub.Next(b.Context())
					if err != nil {
						return
					}
					arr.saw(m.Data)
				}
			}()
			publish[i] = func(p []byte) error { return t.Publish(b.Context(), p) }
			ready[i] = func() bool { return len(t.ListPeers()) > 0 }
			continue
		}
		g, err := p2p.NewGossip(b.Context(), h, p2p.GossipConfig{
			Domain: testDomain, Stake: p2p.AllowList{addr(worker): true},
			RateLimit: 1e6, RateBurst: 1e6, Logger: testLogger(b),
		})
		if err != nil {
			b.Fatal(err)
		}
		if err := g.Join(testRun); err != nil {
			b.Fatal(err)
		}
		ch, err := g.Subscribe(b.Context(), topic)
		if err != nil {
			b.Fatal(err)
		}
		go func() {
			for r := range ch {
				arr.saw(r.Envelope.Encode())
			}
		}()
		publish[i] = func(p []byte) error {
			env, err := protocol.DecodeEnvelope(p)
			if err != nil {
				return err
			}
			return g.Publish(b.Context(), env)
		}
		ready[i] = func() bool {
			peers := len(g.PubSub().ListPeers(topic))
			return peers > 0 && g.MeshSize(topic) >= min(peers, 5)
		}
	}
	connectEdges(b, hosts, sparseTopology(rng, n, 3))
	waitFor(b, 30*time.Second, "meshes", func() bool {
		for _, r := range ready {
			if !r() {
				return false
			}
		}
		return true
	})
	if raw {
		time.Sleep(1500 * time.Millisecond) // no mesh tracer here: wait a heartbeat
	}

	quorum := (95*n + 99) / 100
	sent := func() int64 {
		var total int64
		for _, h := range hosts {
			for proto, s := range h.BandwidthByProtocol() {
				if strings.HasPrefix(string(proto), "/meshsub/") || strings.HasPrefix(string(proto), "/floodsub/") {
					total += s.TotalOut
				}
			}
		}
		return total
	}
	time.Sleep(1100 * time.Millisecond) // bandwidth totals are swept once a second
	before := sent()

	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		env := sign(b, announcement(b, testRun, worker, uint64(1000+i)), worker)
		payload := env.Encode()
		arr.expect(payload, quorum, n)
		b.StartTimer()
		t0 := time.Now()
		if err := publish[i%n](payload); err != nil {
			b.Fatal(err)
		}
		select {
		case <-arr.q95:
		case <-time.After(10 * time.Second):
			b.Fatalf("iteration %d: announcement reached fewer than %d of %d hosts in 10s", i, quorum, n)
		}
		lat = append(lat, arr.at95.Sub(t0))
		b.StopTimer()
		select { // let the rest arrive so iterations do not overlap
		case <-arr.end:
		case <-time.After(2 * time.Second):
		}
		b.StartTimer()
	}
	b.StopTimer()
	time.Sleep(1100 * time.Millisecond)
	bytesPerDelivery := float64(sent()-before) / float64(b.N*(n-1))

	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(bytesPerDelivery, "B/delivery")
}

// BenchmarkValidate measures what the topic validator spends on one
// message it drops, by the reason it drops it, against a valid message's
// full validation (decode, signature recovery, rate and stake checks) in
// the same run: the x-valid metric is the share of that cost. The drops
// of a flood (over the peer's budget, oversize, an author cached as not
// staked or over its rate limit) are decided before the signature is
// recovered; a bad signature costs a recovery, and its sender is penalized.
//
//	go test -run XXX -bench BenchmarkValidate ./p2p/
func BenchmarkValidate(b *testing.B) {
	topic := protocol.UpdatesTopic(testRun)
	staked, outsider := ethKey(b, 1), ethKey(b, 2)
	from := startHost(b, loopbackConfig(b, b.TempDir())).ID() // an ID only: never connected
	newGossip := func(cfg p2p.GossipConfig) *p2p.Gossip {
		h := startHost(b, loopbackConfig(b, b.TempDir()))
		cfg.Domain, cfg.Logger = testDomain, testLogger(b)
		g, err := p2p.NewGossip(b.Context(), h, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if err := g.Join(testRun); err != nil {
			b.Fatal(err)
		}
		return g
	}
	stake := stakeFunc(func(a common.Address) (bool, error) { return a == addr(staked), nil })
	open := p2p.GossipConfig{Stake: stake, RateLimit: 1e9, RateBurst: 1e9, PeerRateLimit: 1e9, PeerRateBurst: 1e9}
	var validNs float64
	run := func(name string, g *p2p.Gossip, msg func(i int) []byte, want pubsub.ValidationResult) {
		b.Run(name, func(b *testing.B) {
			msgs := make([][]byte, b.N)
			for i := range msgs {
				msgs[i] = msg(i)
			}
			b.ResetTimer()
			for i := range b.N {
				if res, reason := g.Validate(b.Context(), topic, from, msgs[i]); res != want {
					b.Fatalf("message %d: result %d (%s), want %d", i, res, reason, want)
				}
			}
			b.StopTimer()
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if name == "valid" {
				validNs = ns
			} else if validNs > 0 {
				b.ReportMetric(ns/validNs, "x-valid")
			}
		})
	}

	// Valid: every message new (across the benchmark's rounds too), so
	// none is a duplicate.
	g := newGossip(open)
	step := uint64(0)
	run("valid", g, func(int) []byte {
		step++
		return sign(b, announcement(b, testRun, staked, step), staked).Encode()
	}, pubsub.ValidationAccept)

	// Over the peer's budget: the RPC inspector drops the message unread.
	b.Run("peer-over-budget", func(b *testing.B) {
		g := newGossip(p2p.GossipConfig{Stake: stake, PeerRateLimit: 1e-9, PeerRateBurst: 1, FloodExcess: 1 << 30})
		g.Inspect(from, 1)
		b.ResetTimer()
		for range b.N {
			if g.Inspect(from, 1) {
				b.Fatal("a message over the peer's budget was kept")
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/validNs, "x-valid")
	})

	big := make([]byte, protocol.MaxEnvelopeBytes+1)
	run("oversize", g, func(int) []byte { return big }, pubsub.ValidationReject)

	// Unstaked author: the first message's answer is cached, the rest are
	// dropped before their signature is recovered.
	unstaked := sign(b, announcement(b, testRun, outsider, 1), outsider).Encode()
	if res, _ := g.Validate(b.Context(), topic, from, unstaked); res != pubsub.ValidationReject {
		b.Fatalf("unstaked author: result %d", res)
	}
	run("unstaked-author", g, func(int) []byte { return unstaked }, pubsub.ValidationReject)

	// A staked author over its rate limit (its one token spent).
	limited := newGossip(p2p.GossipConfig{Stake: stake, RateLimit: 1e-9, RateBurst: 1, PeerRateLimit: 1e9, PeerRateBurst: 1e9})
	if res, _ := limited.Validate(b.Context(), topic, from, sign(b, announcement(b, testRun, staked, 1), staked).Encode()); res != pubsub.ValidationAccept {
		b.Fatalf("first message of the rate-limited author: result %d", res)
	}
	over := sign(b, announcement(b, testRun, staked, 2), staked).Encode()
	run("author-rate-limited", limited, func(int) []byte { return over }, pubsub.ValidationIgnore)

	// Bad signature: the message is changed after signing.
	tampered := sign(b, announcement(b, testRun, staked, 3), staked)
	tampered.Msg.(*protocol.UpdateAnnouncement).EvalAccuracy++
	badSig := tampered.Encode()
	run("bad-signature", g, func(int) []byte { return badSig }, pubsub.ValidationReject)
}
