package p2p

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
)

// IdentityFile is the name of the host's key file inside the data directory.
const IdentityFile = "identity.key"

// LoadOrCreateIdentity returns the Ed25519 key in dataDir/identity.key,
// creating the directory and a fresh key (mode 0600) on first start. A key
// file readable by group or others is refused: it is the node's identity.
func LoadOrCreateIdentity(dataDir string) (crypto.PrivKey, error) {
	path := filepath.Join(dataDir, IdentityFile)
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		st, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("p2p: identity %s: %w", path, err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("p2p: identity %s has mode %v; run `chmod 600 %s` (the key must be private)", path, st.Mode().Perm(), path)
		}
		k, err := crypto.UnmarshalPrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("p2p: identity %s: %w (delete the file to make a new identity)", path, err)
		}
		if k.Type() != crypto.Ed25519 {
			return nil, fmt.Errorf("p2p: identity %s: key type %v, want Ed25519", path, k.Type())
		}
		return k, nil
	case errors.Is(err, fs.ErrNotExist):
	default:
		return nil, fmt.Errorf("p2p: identity %s: %w", path, err)
	}

	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p: data dir %s: %w", dataDir, err)
	}
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, fmt.Errorf("p2p: generate identity: %w", err)
	}
	b, err = crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, fmt.Errorf("p2p: marshal identity: %w", err)
	}
	if err := writeFileExclusive(path, b); err != nil {
		return nil, fmt.Errorf("p2p: identity %s: %w", path, err)
	}
	return k, nil
}

// writeFileExclusive writes b to path with mode 0600 through a temporary
// file and a hard link, so a crash never leaves a half-written key and an
// existing file is never replaced.
func writeFileExclusive(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Link(tmp.Name(), path)
}
