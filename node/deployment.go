package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/protocol"
)

// Deployment is what a node needs to find a swarm's contracts and run; umnode
// devnet writes it.
type Deployment struct {
	ChainID      uint64         `json:"chain_id"`
	Token        common.Address `json:"token"`
	Ledger       common.Address `json:"ledger"`
	Disputes     common.Address `json:"disputes"`
	RunID        protocol.Hash  `json:"run_id"`
	Manifest     hexutil.Bytes  `json:"manifest"` // canonical protocol.Manifest encoding
	GenesisCID   string         `json:"genesis_cid"`
	GenesisState protocol.Hash  `json:"genesis_state"`
	StartBlock   uint64         `json:"start_block"` // where event scans start
}

// ErrDeployment wraps every deployment validation failure.
var ErrDeployment = errors.New("node: bad deployment")

// Validate checks that the deployment is usable: a chain ID, three distinct
// non-zero contract addresses, a manifest that decodes and hashes to RunID,
// a parseable genesis CID and a non-zero genesis state hash.
func (d *Deployment) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrDeployment, fmt.Sprintf(format, args...)))
	}
	if d.ChainID == 0 {
		bad("chain_id is 0")
	}
	zero := common.Address{}
	for _, a := range []struct {
		name string
		addr common.Address
	}{{"token", d.Token}, {"ledger", d.Ledger}, {"disputes", d.Disputes}} {
		if a.addr == zero {
			bad("%s address is zero", a.name)
		}
	}
	if d.Token == d.Ledger || d.Token == d.Disputes || (d.Ledger == d.Disputes && d.Ledger != zero) {
		bad("token, ledger and disputes addresses must differ")
	}
	if _, err := d.DecodeManifest(); err != nil {
		errs = append(errs, err)
	}
	if d.GenesisCID == "" {
		bad("genesis_cid is empty")
	} else if _, err := cid.Decode(d.GenesisCID); err != nil {
		bad("genesis_cid %q: %v", d.GenesisCID, err)
	}
	if d.GenesisState.IsZero() {
		bad("genesis_state is zero")
	}
	return errors.Join(errs...)
}

// DecodeManifest decodes the manifest and checks that it hashes to RunID.
func (d *Deployment) DecodeManifest() (*protocol.Manifest, error) {
	if len(d.Manifest) == 0 {
		return nil, fmt.Errorf("%w: manifest is empty", ErrDeployment)
	}
	m, err := protocol.DecodeManifest(d.Manifest)
	if err != nil {
		return nil, fmt.Errorf("%w: manifest: %w", ErrDeployment, err)
	}
	id, err := m.ID()
	if err != nil {
		return nil, fmt.Errorf("%w: manifest: %w", ErrDeployment, err)
	}
	if id != d.RunID {
		return nil, fmt.Errorf("%w: manifest hashes to %s, not run_id %s", ErrDeployment, id, d.RunID)
	}
	return m, nil
}

// GenesisCIDBytes returns the binary form of GenesisCID, as committed on chain.
func (d *Deployment) GenesisCIDBytes() ([]byte, error) {
	c, err := cid.Decode(d.GenesisCID)
	if err != nil {
		return nil, fmt.Errorf("%w: genesis_cid %q: %v", ErrDeployment, d.GenesisCID, err)
	}
	return c.Bytes(), nil
}

// Domain is the EIP-712 domain of the deployment's gossip messages.
func (d *Deployment) Domain() protocol.Domain {
	return protocol.Domain{ChainID: d.ChainID, VerifyingContract: d.Ledger}
}

// LoadDeployment reads and validates a deployment file. Unknown JSON keys are
// an error, so a typo does not silently leave a field empty.
func LoadDeployment(path string) (*Deployment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("node: deployment: %w (umnode devnet writes deployment.json in its data dir)", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	var d Deployment
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%w: file %s: %v", ErrDeployment, path, err)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("file %s: %w", path, err)
	}
	return &d, nil
}

// WriteFile validates d and writes it as indented JSON, atomically (a
// temporary file renamed into place).
func (d *Deployment) WriteFile(path string) error {
	if err := d.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("node: deployment: encode: %w", err)
	}
	b = append(b, '\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("node: deployment: write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("node: deployment: write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("node: deployment: write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("node: deployment: write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("node: deployment: write %s: %w", path, err)
	}
	return nil
}
