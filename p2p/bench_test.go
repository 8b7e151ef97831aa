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
