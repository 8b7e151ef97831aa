package p2p

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/libp2p/go-libp2p/core/pnet"
)

// A swarm key is a 32-byte pre-shared key in the PSK v1 file format that
// IPFS and libp2p use:
//
//	/key/swarm/psk/1.0.0/
//	/base16/
//	<64 hex digits>
//
// Every node of a private swarm holds the same file; nodes without it cannot
// complete a connection handshake with them.

// GenerateSwarmKey returns the contents of a new random swarm key file.
func GenerateSwarmKey() ([]byte, error) {
	var k [32]byte
	if _, err := rand.Read(k[:]); err != nil {
		return nil, fmt.Errorf("p2p: generate swarm key: %w", err)
	}
	return []byte("/key/swarm/psk/1.0.0/\n/base16/\n" + hex.EncodeToString(k[:]) + "\n"), nil
}

// WriteSwarmKey writes a new random swarm key to path (mode 0600). It never
// overwrites an existing file: replacing a swarm's key splits the swarm.
func WriteSwarmKey(path string) error {
	b, err := GenerateSwarmKey()
	if err != nil {
		return err
	}
	if err := writeFileExclusive(path, b); err != nil {
		return fmt.Errorf("p2p: write swarm key %s: %w", path, err)
	}
	return nil
}

// ParseSwarmKey decodes a PSK v1 swarm key file.
func ParseSwarmKey(b []byte) (pnet.PSK, error) {
	psk, err := pnet.DecodeV1PSK(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("p2p: swarm key: %w (want \"/key/swarm/psk/1.0.0/\\n/base16/\\n<64 hex digits>\")", err)
	}
	if len(psk) != 32 {
		return nil, fmt.Errorf("p2p: swarm key: %d bytes, want 32", len(psk))
	}
	return psk, nil
}

// LoadSwarmKey reads and decodes the swarm key file at path.
func LoadSwarmKey(path string) (pnet.PSK, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("p2p: swarm key: %w (copy the swarm's swarm.key here, or create one with a key generator)", err)
	}
	psk, err := ParseSwarmKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return psk, nil
}
