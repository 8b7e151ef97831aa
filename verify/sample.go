package verify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/unstoppable-models/umnode/protocol"
)

// sampleDomain separates the sampler's keyed hashes from any other use of
// the node secret.
const sampleDomain = "umnode/verify/sample/v1"

// MinSecretLen is the shortest node secret a Sampler accepts: a worker that
// could guess the secret could predict which updates go unchecked.
const MinSecretLen = 16

// Sampler decides which updates a proofer replays. An update is replayed when
// the first 8 bytes of HMAC-SHA256(secret, domain ‖ updateID), read as a
// big-endian integer x, satisfy x < p·2^64. The decision is a pure function
// of the secret and the update ID, so a restarted node decides the same way,
// and a worker who does not know the secret cannot tell which of its updates
// will be checked. Safe for concurrent use.
type Sampler struct {
	key       []byte
	p         float64
	always    bool
	threshold uint64
}

// NewSampler returns a sampler replaying with probability p in [0, 1] (1 in
// a devnet: every update) keyed by secret, at least MinSecretLen bytes of a
// node-local random value kept across restarts.
func NewSampler(secret []byte, p float64) (*Sampler, error) {
	if len(secret) < MinSecretLen {
		return nil, fmt.Errorf("verify: sampler secret is %d bytes, want at least %d: generate one with crypto/rand and keep it in the data dir", len(secret), MinSecretLen)
	}
	if math.IsNaN(p) || p < 0 || p > 1 {
		return nil, fmt.Errorf("verify: sampling probability %v is outside [0, 1]", p)
	}
	s := &Sampler{key: append([]byte(nil), secret...), p: p}
	f := math.Ldexp(p, 64)
	if f >= math.Ldexp(1, 64) {
		s.always = true
	} else {
		s.threshold = uint64(f)
	}
	return s, nil
}

// P is the sampling probability.
func (s *Sampler) P() float64 { return s.p }

// Replay reports whether the node replays the update.
func (s *Sampler) Replay(updateID protocol.Hash) bool {
	if s.always {
		return true
	}
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(sampleDomain))
	m.Write(updateID[:])
	x := binary.BigEndian.Uint64(m.Sum(nil)[:8])
	return x < s.threshold
}
