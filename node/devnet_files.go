package node

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// devnetPassphrase encrypts the devnet's keystores. The dev keys are public
// anyway; the keystores exist so that node configs look like real ones.
const devnetPassphrase = "devnet"

// writeFiles writes a data dir with a keystore and a password file per
// node, node-<i>.toml, README.txt and, last (it marks a finished start),
// deployment.json. Existing keystores of the same dev key are kept; configs,
// deployment and README are replaced (a resumed devnet's chain URL and seed
// addresses may have changed).
func (d *Devnet) writeFiles() error {
	depPath := filepath.Join(d.dir, "deployment.json")
	network, chainID := "devnet", uint64(0)
	if d.chainID != devchain.ChainID {
		network, chainID = "custom", d.chainID
	}
	poll := d.opts.BlockInterval
	for i := range d.nodes {
		n := &d.nodes[i]
		dataDir := filepath.Join(d.dir, n.Name)
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		ks := filepath.Join(dataDir, "keystore.json")
		if err := devnetKeystore(ks, n.Index); err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		pw := filepath.Join(dataDir, "password.txt")
		if err := os.WriteFile(pw, []byte(devnetPassphrase+"\n"), 0o600); err != nil {
			return fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		cfg := DefaultConfig()
		cfg.DataDir = dataDir
		cfg.Roles = n.Roles
		cfg.Network, cfg.ChainID = network, chainID
		cfg.RPCURL = d.url
		cfg.Keystore, cfg.PasswordFile = ks, pw
		cfg.Deployment = depPath
		cfg.RunID = d.deployment.RunID.Hex()
		cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
		cfg.Bootstrap = d.seedAddrs
		cfg.SwarmKey = filepath.Join(d.dir, "swarm.key")
		cfg.SampleRate = 1
		cfg.PollInterval = poll
		if err := cfg.Validate(); err != nil {
			return fmt.Errorf("devnet: config of %s: %w", n.Name, err)
		}
		if err := cfg.WriteFile(n.ConfigPath); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		n.Config = &cfg
	}
	readme := filepath.Join(d.dir, "README.txt")
	if err := os.WriteFile(readme, []byte(d.readme()), 0o644); err != nil {
		return fmt.Errorf("devnet: write %s: %w", readme, err)
	}
	if err := d.deployment.WriteFile(depPath); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// devnetKeystore writes dev key i to path, unless a keystore of that key is
// already there.
func devnetKeystore(path string, i int) error {
	key := devchain.DevKey(i)
	if old, err := chain.LoadKeystore(path, devnetPassphrase); err == nil {
		if crypto.PubkeyToAddress(old.PublicKey) == crypto.PubkeyToAddress(key.PublicKey) {
			return nil
		}
	} else if _, statErr := os.Stat(path); !errors.Is(statErr, os.ErrNotExist) {
		return fmt.Errorf("keystore %s exists but is not the devnet's: %w (remove the devnet folder to start afresh)", path, err)
	}
	return chain.SaveKeystore(path, key, devnetPassphrase, true)
}

func (d *Devnet) readme() string {
	var b strings.Builder
	dep := d.deployment
	fmt.Fprintf(&b, `umnode devnet
=============

A private testnet on this machine, written by 'umnode devnet'. Everything
here describes the chain that devnet started; it is rewritten on each start.
Starting 'umnode devnet' again on this folder with the same flags resumes
this devnet (same chain, contracts, run and node data); --reset wipes it
and starts over.

Chain      %s (chain ID %d)%s
Token      %s
Ledger     %s
Disputes   %s
Run        %s (default MNIST run, k = 64 steps per update)
Genesis    %s (state %s)
Swarm key  %s
Seed peer  %s

Run parameters: challenge window %v, move deadline %v, voting period %v,
minimum stake %s base units, challenge bond %s base units.
Unbonding delay: %v ('umnode unbond', then 'umnode withdraw' after it).

Every node account (dev key i for node-i, public knowledge: never send real
value to them) holds tokens and has a keystore (passphrase %q) in
node-<i>/; worker accounts have registered with a bond; validator and
proofer accounts have delegated their votes to themselves.

Nodes:
`, d.url, dep.ChainID, map[bool]string{true: ", embedded", false: ""}[d.chain != nil],
		dep.Token, dep.Ledger, dep.Disputes, dep.RunID, dep.GenesisCID, dep.GenesisState,
		filepath.Join(d.dir, "swarm.key"), strings.Join(d.seedAddrs, " "),
		d.opts.Run.ChallengeWindow, d.opts.Run.MoveDeadline, d.opts.Run.VotingPeriod,
		d.opts.Run.MinStake, d.opts.Run.ChallengeBond, d.opts.Run.UnbondingDelay, devnetPassphrase)
	for _, n := range d.nodes {
		roles := make([]string, len(n.Roles))
		for i, r := range n.Roles {
			roles[i] = string(r)
		}
		what := strings.Join(roles, ",")
		if n.Faulty {
			what += " (faulty)"
		}
		if n.Spare {
			what += " (spare: start it yourself)"
		}
		fmt.Fprintf(&b, "  %-8s %s  %-40s %s\n", n.Name, n.Address, what, n.ConfigPath)
	}
	fmt.Fprintf(&b, `
Join from another terminal with a spare config, for example:

  umnode run --config %s

Spare accounts are funded and already registered as workers (stake
%s tokens each). An account of your own (umnode keys) starts with
nothing: only the dev accounts hold ether and tokens. Send it ether (for
gas) and tokens (a Token transfer, token contract above) from a spare's
account with any Ethereum wallet or tool pointed at the chain (a spare's
dev key is in its keystore), then 'umnode stake AMOUNT --config ...'.

Watch the run (gossip and chain; --json for one object per line):

  umnode watch --config %s

Also: 'umnode status --config FILE' (head, pending updates, stake, and the
peers of a node running on that config's data dir), 'umnode export
--config FILE --data-dir DIR head model.safetensors', 'umnode challenge
UPDATE-ID --config FILE'.

%s
`, d.joinConfig(), devnetTokenString(DevnetStake), d.joinConfig(), d.statusText())
	return b.String()
}

// joinConfig is the config a README suggests for joining: the first spare,
// else the last node.
func (d *Devnet) joinConfig() string {
	for _, n := range d.nodes {
		if n.Spare {
			return n.ConfigPath
		}
	}
	if len(d.nodes) > 0 {
		return d.nodes[len(d.nodes)-1].ConfigPath
	}
	return filepath.Join(d.dir, "node-1.toml")
}

// statusText says plainly which role loops run and which are not built yet.
func (d *Devnet) statusText() string {
	var built, missing []string
	for _, r := range allRoles {
		if slices.Contains(BuiltRoles, r) {
			built = append(built, string(r))
		} else {
			missing = append(missing, string(r))
		}
	}
	s := "Status: the " + strings.Join(built, ", ") + " loop(s) run in 'umnode devnet' and 'umnode run'."
	if len(missing) > 0 {
		s += "\nThe " + strings.Join(missing, " and ") + " loops are not built yet: nodes with only those\n" +
			"roles follow the run and serve checkpoints but do not act, so nothing\n" +
			"challenges a faulty worker's updates yet."
	}
	return s
}
