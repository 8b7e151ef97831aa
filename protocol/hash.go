package protocol

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a 32-byte digest: a state hash (sha256 of a checkpoint file), a
// run ID, an update ID or a Merkle node.
type Hash [32]byte

// ZeroHash is the all-zero hash; it marks "none" (for example the parent of a
// run's genesis update).
var ZeroHash Hash

// IsZero reports whether h is the zero hash.
func (h Hash) IsZero() bool { return h == ZeroHash }

// Hex returns h as 0x-prefixed lowercase hex.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

// String returns the hex form.
func (h Hash) String() string { return h.Hex() }

// Short returns the first 4 bytes in hex, for log lines.
func (h Hash) Short() string { return hex.EncodeToString(h[:4]) }

// MarshalText encodes h as 0x-prefixed hex.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.Hex()), nil }

// UnmarshalText decodes 0x-prefixed or bare hex of exactly 32 bytes.
func (h *Hash) UnmarshalText(b []byte) error {
	v, err := ParseHash(string(b))
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// ParseHash parses 64 hex digits, with or without a 0x prefix.
func ParseHash(s string) (Hash, error) {
	var h Hash
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return h, fmt.Errorf("protocol: hash %q: want 64 hex digits, got %d", s, len(s))
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return h, fmt.Errorf("protocol: hash %q: %w", s, err)
	}
	return h, nil
}

// Keccak256 is Ethereum's keccak-256, used for everything the contracts must
// recompute (Merkle nodes, update IDs, commit-reveal).
func Keccak256(parts ...[]byte) Hash {
	return Hash(crypto.Keccak256Hash(parts...))
}
