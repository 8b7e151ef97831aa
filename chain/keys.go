package chain

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Environment variables for keys. EnvKey holds a raw hex private key and is
// meant for devnets only; EnvPassphrase holds a keystore passphrase when no
// passphrase file is given.
const (
	EnvKey        = "UMNODE_ETH_KEY"
	EnvPassphrase = "UMNODE_ETH_PASSPHRASE"
)

// ErrNoKey means no key source was configured.
var ErrNoKey = errors.New("chain: no signing key: give --keystore (with --password-file or " + EnvPassphrase + "), or set " + EnvKey + " on a devnet")

// ErrWrongPassphrase means the keystore file did not decrypt.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// ParseHexKey parses a secp256k1 private key of 64 hex digits, with or
// without 0x and surrounding whitespace. Errors never repeat the input, which
// is a secret.
func ParseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("chain: private key: want 64 hex digits, got %d characters", len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, errors.New("chain: private key: not hexadecimal")
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, errors.New("chain: private key: not a valid secp256k1 key (zero or above the curve order)")
	}
	return key, nil
}

// KeyFromEnv reads the hex key in EnvKey. It returns ErrNoKey when unset.
func KeyFromEnv(getenv func(string) string) (*ecdsa.PrivateKey, error) {
	v := getenv(EnvKey)
	if v == "" {
		return nil, ErrNoKey
	}
	key, err := ParseHexKey(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w; set it to the 0x-prefixed 32-byte hex key of a devnet account", EnvKey, err)
	}
	return key, nil
}

// ReadPassphrase reads a passphrase file; one trailing newline (LF or CRLF)
// is dropped, as editors add it.
func ReadPassphrase(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("chain: passphrase file: %w", err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	return strings.TrimSuffix(s, "\r"), nil
}

// LoadKeystore decrypts a go-ethereum keystore (V3) file.
func LoadKeystore(path, passphrase string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("chain: keystore: %w", err)
	}
	k, err := keystore.DecryptKey(data, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("chain: keystore %s: %w; check --password-file or %s", path, ErrWrongPassphrase, EnvPassphrase)
		}
		return nil, fmt.Errorf("chain: keystore %s: not a valid keystore file: %w", path, err)
	}
	return k.PrivateKey, nil
}

// SaveKeystore encrypts key into a new keystore file at path (0600). light
// uses cheap scrypt parameters: for tests and devnets only.
func SaveKeystore(path string, key *ecdsa.PrivateKey, passphrase string, light bool) error {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("chain: keystore %s: %w", path, err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, passphrase, n, p)
	if err != nil {
		return fmt.Errorf("chain: keystore %s: %w", path, err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("chain: keystore %s: %w", path, err)
	}
	return nil
}

// KeySource says where the node's key comes from.
type KeySource struct {
	Keystore     string // keystore file; empty: use EnvKey
	PasswordFile string // passphrase file; empty: use EnvPassphrase
}

// LoadKey loads the key from src: the keystore (passphrase from
// PasswordFile, else EnvPassphrase), or else the hex key in EnvKey.
func LoadKey(src KeySource, getenv func(string) string) (*ecdsa.PrivateKey, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if src.Keystore == "" {
		return KeyFromEnv(getenv)
	}
	var pass string
	switch {
	case src.PasswordFile != "":
		var err error
		if pass, err = ReadPassphrase(src.PasswordFile); err != nil {
			return nil, err
		}
	case getenv(EnvPassphrase) != "":
		pass = getenv(EnvPassphrase)
	default:
		return nil, fmt.Errorf("chain: keystore %s: no passphrase; give --password-file or set %s", src.Keystore, EnvPassphrase)
	}
	return LoadKeystore(src.Keystore, pass)
}
