package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unstoppable-models/umnode/p2p"
)

// SwarmKeyCommand writes a new private-swarm key (PSK) file.
type SwarmKeyCommand struct {
	m    *Main
	path string
}

const swarmKeyHelp = `
Usage: umnode swarm-key [flags] [path]

Writes a new random key for a private libp2p swarm (the IPFS swarm.key PSK
format) to path, mode 0600. Every node of the swarm needs the same file
(config swarm_key, flag --swarm-key); nodes without it cannot connect.

path defaults to --swarm-key if set, else ./swarm.key. An existing file is
never overwritten: replacing a swarm's key would split the swarm. Delete it
first if you really mean to.

Examples:
  umnode swarm-key                     # ./swarm.key
  umnode swarm-key /etc/umnode/swarm.key
`

// ParseFlags reads the optional path.
func (c *SwarmKeyCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode swarm-key", flag.ContinueOnError)
	cfg, err := c.m.loadConfig(fs, args, swarmKeyHelp, []string{"swarm-key"})
	if err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
		c.path = cfg.SwarmKey
		if c.path == "" {
			c.path = "swarm.key"
		}
	case 1:
		c.path = fs.Arg(0)
	default:
		return fmt.Errorf("want at most one path, got %d arguments", fs.NArg())
	}
	return nil
}

// Run writes the key.
func (c *SwarmKeyCommand) Run(context.Context) error {
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return fmt.Errorf("create directory for %s: %w", c.path, err)
	}
	if err := p2p.WriteSwarmKey(c.path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s already exists; it is kept (pass another path, or delete it to replace the swarm's key)", c.path)
		}
		return err
	}
	fmt.Fprintf(c.m.Stdout, "wrote swarm key %s\n", c.path)
	return nil
}
