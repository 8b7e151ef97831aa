package train

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/bits"
	"math/rand/v2"
)

// Randomness comes only from ChaCha8 (math/rand/v2's NewChaCha8, whose output
// stream is specified: https://c2sp.org/chacha8rand) seeded with SHA-256 of a
// domain tag and big-endian integers:
//
//	init seed     = sha256("umnode/train/v1/init"  ‖ u64be(InitSeed))
//	epoch e seed  = sha256("umnode/train/v1/epoch" ‖ u64be(InitSeed) ‖ u64be(e))
//
// Only the generator's Uint64 method is used; the distributions on top of it
// (uniform floats, bounded integers, the shuffle) are written out here rather
// than taken from rand.Rand, whose algorithms are not part of any stability
// promise.

const (
	tagInit  = "umnode/train/v1/init"
	tagEpoch = "umnode/train/v1/epoch"
)

func seededChaCha8(tag string, words ...uint64) *rand.ChaCha8 {
	h := sha256.New()
	h.Write([]byte(tag))
	for _, w := range words {
		h.Write(binary.BigEndian.AppendUint64(nil, w))
	}
	return rand.NewChaCha8([32]byte(h.Sum(nil)))
}

// uniformBelow returns a uniform integer in [0, n), n > 0, by Lemire's
// multiply-and-reject method on Uint64 draws: x*n's high word, redrawing
// while the low word is below 2^64 mod n.
func uniformBelow(r *rand.ChaCha8, n uint64) uint64 {
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// epochPermutation returns the order in which epoch e visits the n training
// examples: a Fisher–Yates shuffle of 0..n-1, i from n-1 down to 1 swapping
// perm[i] with perm[uniformBelow(i+1)], driven by the epoch e generator.
func epochPermutation(initSeed, epoch uint64, n int) []uint32 {
	r := seededChaCha8(tagEpoch, initSeed, epoch)
	perm := make([]uint32, n)
	for i := range perm {
		perm[i] = uint32(i)
	}
	for i := n - 1; i > 0; i-- {
		j := uniformBelow(r, uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm
}

// initParams fills the weights with He (Kaiming) uniform values and leaves
// biases and momentum at zero. Consumption order: layer 0 first; within a
// layer the weight matrix [out, in] row-major; one Uint64 per weight:
//
//	u     = float64(x >> 11) * 2^-53            uniform in [0, 1), exact
//	bound = math.Sqrt(6 / float64(in))          (Sqrt is exactly rounded by IEEE-754)
//	w     = float32(float64(2*u - 1) * bound)   2u-1 is exact; one rounding, then to float32
func initParams(s *State, initSeed uint64) {
	r := seededChaCha8(tagInit, initSeed)
	for l := range s.Weights {
		w := s.weight(l)
		in := s.Weights[l].Shape()[1]
		bound := math.Sqrt(6 / float64(in))
		for i := range w {
			u := float64(r.Uint64()>>11) * 0x1p-53
			w[i] = float32(float64(2*u-1) * bound)
		}
	}
}
