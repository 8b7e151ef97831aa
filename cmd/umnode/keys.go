package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/p2p"
)

// KeysCommand creates or imports a node's Ethereum keystore and creates its
// libp2p identity.
type KeysCommand struct {
	m            *Main
	dataDir      string
	keystore     string
	passwordFile string
	importPath   string
	light        bool
}

const keysHelp = `
Usage: umnode keys [flags]

Sets up a node's two keys and prints them:
  - the Ethereum account that stakes, commits and signs gossip: an encrypted
    go-ethereum keystore (V3) file at --keystore (default
    <data-dir>/keystore.json). A new random key is created, or, with
    --import FILE, the hex private key in FILE ("-" reads standard input).
    If the keystore already exists it is only decrypted and shown.
  - the libp2p identity (Ed25519) in <data-dir>/identity.key, created if
    missing: its peer ID is how other nodes bootstrap from this one.

The passphrase comes from --password-file or UMNODE_ETH_PASSPHRASE; keys
will not make an unencrypted keystore. Point 'umnode run' at the same
--data-dir, --keystore and --password-file.

Examples:
  umnode keys --data-dir ~/.umnode --password-file ~/.umnode/pass
  UMNODE_ETH_PASSPHRASE=... umnode keys --import key.hex
  umnode keys --data-dir /tmp/n1 --password-file pass --light   # devnet only
`

// ParseFlags reads the key sources.
func (c *KeysCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode keys", flag.ContinueOnError)
	fs.StringVar(&c.importPath, "import", "", "file with a hex private key to import (\"-\": standard input)")
	fs.BoolVar(&c.light, "light", false, "cheap scrypt parameters: fast, weak; for devnets and tests only")
	cfg, err := c.m.loadConfig(fs, args, keysHelp, []string{"data-dir", "keystore", "password-file", "log-level", "log-format"})
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (keys takes only flags)", fs.Arg(0))
	}
	c.dataDir, c.keystore, c.passwordFile = cfg.DataDir, cfg.Keystore, cfg.PasswordFile
	if c.keystore == "" {
		c.keystore = filepath.Join(c.dataDir, "keystore.json")
	}
	return nil
}

func (c *KeysCommand) passphrase() (string, error) {
	if c.passwordFile != "" {
		return chain.ReadPassphrase(c.passwordFile)
	}
	if p := c.m.Getenv(chain.EnvPassphrase); p != "" {
		return p, nil
	}
	return "", fmt.Errorf("no passphrase: give --password-file FILE or set %s", chain.EnvPassphrase)
}

// Run creates (or shows) both keys.
func (c *KeysCommand) Run(context.Context) error {
	pass, err := c.passphrase()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return fmt.Errorf("create data dir %s: %w", c.dataDir, err)
	}
	status := "created"
	_, statErr := os.Stat(c.keystore)
	switch {
	case statErr == nil:
		if c.importPath != "" {
			return fmt.Errorf("keystore %s already exists; it is kept (choose another --keystore to import into)", c.keystore)
		}
		status = "existing"
		key, err := chain.LoadKeystore(c.keystore, pass)
		if err != nil {
			return err
		}
		return c.print(status, crypto.PubkeyToAddress(key.PublicKey).Hex())
	case !errors.Is(statErr, os.ErrNotExist):
		return fmt.Errorf("keystore %s: %w", c.keystore, statErr)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return fmt.Errorf("generate key: %w", err)
	}
	if c.importPath != "" {
		status = "imported"
		var b []byte
		if c.importPath == "-" {
			b, err = io.ReadAll(io.LimitReader(c.m.Stdin, 1024))
		} else {
			b, err = os.ReadFile(c.importPath)
		}
		if err != nil {
			return fmt.Errorf("read key to import: %w", err)
		}
		if key, err = chain.ParseHexKey(string(b)); err != nil {
			return fmt.Errorf("import %s: %w", c.importPath, err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(c.keystore), 0o700); err != nil {
		return fmt.Errorf("create keystore directory: %w", err)
	}
	if err := chain.SaveKeystore(c.keystore, key, pass, c.light); err != nil {
		return err
	}
	return c.print(status, crypto.PubkeyToAddress(key.PublicKey).Hex())
}

func (c *KeysCommand) print(status, addr string) error {
	priv, err := p2p.LoadOrCreateIdentity(c.dataDir)
	if err != nil {
		return err
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		return fmt.Errorf("peer ID: %w", err)
	}
	fmt.Fprintf(c.m.Stdout, "address   %s\nkeystore  %s (%s)\npeer-id   %s\nidentity  %s\n",
		addr, c.keystore, status, id, filepath.Join(c.dataDir, p2p.IdentityFile))
	return nil
}
