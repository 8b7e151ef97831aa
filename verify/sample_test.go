package verify_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

func updateIDs(n int) []protocol.Hash {
	ids := make([]protocol.Hash, n)
	for i := range ids {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		ids[i] = protocol.Keccak256([]byte("update"), b[:])
	}
	return ids
}

func newSampler(t *testing.T, secret string, p float64) *verify.Sampler {
	t.Helper()
	s, err := verify.NewSampler([]byte(secret), p)
	if err != nil {
		t.Fatalf("NewSampler: %v", err)
	}
	return s
}

func TestSampler_RateMatchesP(t *testing.T) {
	const n = 20000
	ids := updateIDs(n)
	for _, p := range []float64{0.01, 0.1, 0.5, 0.9} {
		s := newSampler(t, "node secret for the rate test", p)
		got := 0
		for _, id := range ids {
			if s.Replay(id) {
				got++
			}
		}
		// Binomial(n, p): 5 standard deviations fail about once in 3.5
		// million runs by chance; a biased or broken sampler fails always.
		mean, sd := n*p, math.Sqrt(n*p*(1-p))
		if math.Abs(float64(got)-mean) > 5*sd {
			t.Fatalf("p=%v: replayed %d of %d, want %.0f ± %.0f", p, got, n, mean, 5*sd)
		}
	}
}

func TestSampler_ReproducibleButSecretDependent(t *testing.T) {
	const n, p = 20000, 0.5
	ids := updateIDs(n)
	a := newSampler(t, "secret of node A, 32 bytes long", p)
	a2 := newSampler(t, "secret of node A, 32 bytes long", p)
	b := newSampler(t, "secret of node B, 32 bytes long", p)
	both := 0
	for _, id := range ids {
		if a.Replay(id) != a2.Replay(id) {
			t.Fatalf("same secret, different decisions on %s", id.Short())
		}
		if a.Replay(id) && b.Replay(id) {
			both++
		}
	}
	// Independent secrets pick independently: overlap ~ n·p², not n·p.
	mean, sd := n*p*p, math.Sqrt(n*p*p*(1-p*p))
	if math.Abs(float64(both)-mean) > 5*sd {
		t.Fatalf("two secrets both replay %d of %d, want %.0f ± %.0f (independent choices)", both, n, mean, 5*sd)
	}
}

func TestSampler_Extremes(t *testing.T) {
	ids := updateIDs(2000)
	all, none := newSampler(t, "devnet secret 0123456789", 1), newSampler(t, "devnet secret 0123456789", 0)
	almost := newSampler(t, "devnet secret 0123456789", math.Nextafter(1, 0))
	for _, id := range ids {
		if !all.Replay(id) || none.Replay(id) {
			t.Fatalf("p=1 replays %t, p=0 replays %t on %s", all.Replay(id), none.Replay(id), id.Short())
		}
		if !almost.Replay(id) { // chance of a miss: 2000·2^-53
			t.Fatalf("p=1-ε skipped %s", id.Short())
		}
	}
	for _, p := range []float64{-0.1, 1.1, math.NaN()} {
		if _, err := verify.NewSampler([]byte("0123456789abcdef"), p); err == nil {
			t.Fatalf("p=%v accepted", p)
		}
	}
	if _, err := verify.NewSampler([]byte("short"), 0.5); err == nil {
		t.Fatal("a 5-byte secret accepted")
	}
}
