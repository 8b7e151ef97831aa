package p2p_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

var testDomain = protocol.Domain{ChainID: 1337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// testLogger writes warnings and errors through t.Log while the test runs.
func testLogger(t testing.TB) *slog.Logger {
	var done atomic.Bool
	t.Cleanup(func() { done.Store(true) })
	return slog.New(slog.NewTextHandler(logWriter{t, &done}, &slog.HandlerOptions{Level: testLogLevel}))
}

type logWriter struct {
	t    testing.TB
	done *atomic.Bool
}

func (w logWriter) Write(b []byte) (int, error) {
	if !w.done.Load() {
		w.t.Log(string(bytes.TrimRight(b, "\n")))
	}
	return len(b), nil
}

// loopbackConfig is a host on 127.0.0.1 with ephemeral ports and no DHT.
func loopbackConfig(t testing.TB, dir string) p2p.Config {
	return p2p.Config{
		DataDir: dir,
		Listen:  []string{"/ip4/127.0.0.1/tcp/0"},
		DHTMode: p2p.DHTOff,
		Logger:  testLogger(t),
	}
}

func startHost(t testing.TB, cfg p2p.Config) *p2p.Host {
	t.Helper()
	h, err := p2p.Start(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// startHosts starts n loopback hosts in parallel.
func startHosts(t testing.TB, n int, tweak func(*p2p.Config)) []*p2p.Host {
	t.Helper()
	hosts := make([]*p2p.Host, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		cfg := loopbackConfig(t, t.TempDir())
		if tweak != nil {
			tweak(&cfg)
		}
		wg.Go(func() { hosts[i], errs[i] = p2p.Start(t.Context(), cfg) })
	}
	wg.Wait()
	for i, h := range hosts {
		if h != nil {
			t.Cleanup(func() { h.Close() })
		}
		if errs[i] != nil {
			t.Fatalf("host %d: %v", i, errs[i])
		}
	}
	return hosts
}

// sparseTopology returns edges where every node i > 0 dials one random
// earlier node (so the graph is connected) and extra-1 more random others.
func sparseTopology(rng *rand.Rand, n, extra int) [][2]int {
	seen := map[[2]int]bool{}
	var edges [][2]int
	add := func(a, b int) {
		if a == b {
			return
		}
		k := [2]int{min(a, b), max(a, b)}
		if !seen[k] {
			seen[k] = true
			edges = append(edges, [2]int{a, b})
		}
	}
	for i := 1; i < n; i++ {
		add(i, rng.IntN(i))
		for range extra - 1 {
			add(i, rng.IntN(n))
		}
	}
	return edges
}

// connectEdges dials every edge in parallel.
func connectEdges(t testing.TB, hosts []*p2p.Host, edges [][2]int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	errs := make([]error, len(edges))
	var wg sync.WaitGroup
	for i, e := range edges {
		wg.Go(func() { errs[i] = hosts[e[0]].Connect(ctx, hosts[e[1]].AddrInfo()) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("edge %v: %v", edges[i], err)
		}
	}
}

func ethKey(t testing.TB, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// announcement is a valid announcement by key's address; step makes it unique.
func announcement(t testing.TB, run protocol.Hash, key *ecdsa.PrivateKey, step uint64) *protocol.UpdateAnnouncement {
	t.Helper()
	c, err := cid.V1Builder{Codec: cid.DagProtobuf, MhType: multihash.SHA2_256}.Sum([]byte{byte(step), byte(step >> 8)})
	if err != nil {
		t.Fatal(err)
	}
	a := &protocol.UpdateAnnouncement{
		RunID:        run,
		Parent:       protocol.Keccak256([]byte("parent"), []byte{byte(step)}),
		StateHash:    protocol.Keccak256([]byte("state"), []byte{byte(step), byte(step >> 8)}),
		TraceRoot:    protocol.Hash{4},
		CID:          c.Bytes(),
		Worker:       addr(key),
		Step:         step,
		EvalLoss:     300_000,
		EvalAccuracy: 9500,
		Timestamp:    uint64(time.Now().Unix()),
	}
	a.UpdateID = a.Update().ID()
	return a
}

func sign(t testing.TB, m protocol.Message, key *ecdsa.PrivateKey) *protocol.Envelope {
	t.Helper()
	env, err := protocol.Sign(testDomain, m, key)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var testLogLevel = func() slog.Level {
	if os.Getenv("UMNODE_TEST_DEBUG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelWarn
}()
