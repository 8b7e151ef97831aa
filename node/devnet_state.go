package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// ErrDevnetDir means a devnet's folder holds an earlier devnet that this
// start cannot resume. The error that wraps it says why and what to do.
var ErrDevnetDir = errors.New("devnet: the folder holds another devnet")

// devnetStateFile, in a devnet's folder, records what shaped that devnet, so
// a later start on the folder resumes it or refuses. deployment.json is
// written last: without it, the earlier start did not finish.
const devnetStateFile = "devnet.json"

// devnetState is what must match for a start to resume the devnet in a
// folder: the chain and the node set (it fixes the dev accounts, and so the
// embedded chain's genesis).
type devnetState struct {
	Version      int    `json:"version"`
	Chain        string `json:"chain"` // "embedded", or the --rpc URL
	Workers      int    `json:"workers"`
	FaultyWorker bool   `json:"faulty_worker"`
	Proofers     int    `json:"proofers"`
	Validators   int    `json:"validators"`
	Spares       int    `json:"spares"`
	// SeedListen are the seed peer's listen addresses last time: a resumed
	// devnet listens there again when it can, so running nodes and watchers
	// find their bootstrap peer where their configs say.
	SeedListen []string `json:"seed_listen,omitempty"`
}

const devnetStateVersion = 1

func (d *Devnet) wantState() devnetState {
	o := d.opts
	c := "embedded"
	if o.RPCURL != "" {
		c = o.RPCURL
	}
	return devnetState{
		Version: devnetStateVersion, Chain: c, Workers: o.Workers, FaultyWorker: o.FaultyWorker,
		Proofers: o.Proofers, Validators: o.Validators, Spares: o.Spares,
	}
}

// differences names, plainly, where an earlier devnet's shape differs.
func (s devnetState) differences(want devnetState) []string {
	var diff []string
	if s.Version != want.Version {
		diff = append(diff, fmt.Sprintf("state version %d, this umnode writes %d", s.Version, want.Version))
	}
	chainName := func(c string) string {
		if c == "embedded" {
			return "the embedded chain"
		}
		return "the chain at " + c
	}
	if s.Chain != want.Chain {
		diff = append(diff, fmt.Sprintf("it ran on %s, not %s", chainName(s.Chain), chainName(want.Chain)))
	}
	count := func(name string, was, now int) {
		if was != now {
			diff = append(diff, fmt.Sprintf("%d %s, not %d", was, name, now))
		}
	}
	count("workers", s.Workers, want.Workers)
	count("proofers", s.Proofers, want.Proofers)
	count("validators", s.Validators, want.Validators)
	count("spares", s.Spares, want.Spares)
	if s.FaultyWorker != want.FaultyWorker {
		diff = append(diff, fmt.Sprintf("faulty worker %v, not %v", s.FaultyWorker, want.FaultyWorker))
	}
	return diff
}

func (d *Devnet) statePath() string { return filepath.Join(d.dir, devnetStateFile) }

func (d *Devnet) writeState(s devnetState) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("devnet: encode state: %w", err)
	}
	if err := devnetWriteFile(d.statePath(), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// devnetFileRE matches the per-node files and folders a devnet writes.
var devnetFileRE = regexp.MustCompile(`^node-[0-9]+(\.toml)?$`)

// devnetFixedFiles are the other names a devnet writes in its folder.
var devnetFixedFiles = []string{devnetStateFile, "deployment.json", "README.txt", "swarm.key", "chain", "seed"}

// leftovers lists, sorted, what an earlier devnet wrote in the folder.
func (d *Devnet) leftovers() ([]string, error) {
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return nil, fmt.Errorf("devnet: read %s: %w", d.dir, err)
	}
	var names []string
	for _, e := range entries {
		if devnetFileRE.MatchString(e.Name()) || slices.Contains(devnetFixedFiles, e.Name()) {
			names = append(names, e.Name())
		}
	}
	return names, nil
}

// wipe removes everything a devnet writes in its folder, and nothing else;
// keep names files to leave.
func (d *Devnet) wipe(keep ...string) error {
	names, err := d.leftovers()
	if err != nil {
		return err
	}
	names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(keep, n) })
	for _, n := range names {
		if err := os.RemoveAll(filepath.Join(d.dir, n)); err != nil {
			return fmt.Errorf("devnet: reset: %w", err)
		}
	}
	if len(names) > 0 {
		d.log.Info("devnet: reset: removed the earlier devnet", "dir", d.dir, "files", names)
	}
	return nil
}

// prepareDir readies the folder: with Reset it wipes an earlier devnet; an
// earlier devnet of the same shape is resumed (its deployment is returned);
// an earlier start that did not finish is wiped (it wrote no node configs);
// anything else is refused with ErrDevnetDir. A fresh folder gets its state
// file.
func (d *Devnet) prepareDir() (*Deployment, error) {
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return nil, fmt.Errorf("devnet: create %s: %w", d.dir, err)
	}
	if d.opts.Reset {
		if err := d.wipe(); err != nil {
			return nil, err
		}
	}
	want := d.wantState()
	b, err := os.ReadFile(d.statePath())
	switch {
	case errors.Is(err, os.ErrNotExist):
		names, err := d.leftovers()
		if err != nil {
			return nil, err
		}
		// A swarm key alone may have been put there on purpose.
		if names = slices.DeleteFunc(names, func(n string) bool { return n == "swarm.key" }); len(names) > 0 {
			return nil, d.refuse("it holds files of a devnet that cannot be resumed (%s; its chain was not kept)", strings.Join(names, ", "))
		}
		return nil, d.writeState(want)
	case err != nil:
		return nil, fmt.Errorf("devnet: %w", err)
	}
	var had devnetState
	if err := json.Unmarshal(b, &had); err != nil {
		return nil, d.refuse("its %s is unreadable: %v", devnetStateFile, err)
	}
	if diff := had.differences(want); len(diff) > 0 {
		return nil, d.refuse("the devnet there differs: %s (start it with the same flags to resume it)", strings.Join(diff, "; "))
	}
	d.prevSeedListen = had.SeedListen
	depPath := filepath.Join(d.dir, "deployment.json")
	if _, err := os.Stat(depPath); errors.Is(err, os.ErrNotExist) {
		d.log.Info("devnet: an earlier start in this folder did not finish; starting over", "dir", d.dir)
		if err := d.wipe("swarm.key"); err != nil {
			return nil, err
		}
		return nil, d.writeState(want)
	}
	dep, err := LoadDeployment(depPath)
	if err != nil {
		return nil, d.refuse("%v", err)
	}
	return dep, nil
}

// refuse wraps ErrDevnetDir with why and what to do.
func (d *Devnet) refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s; pass --reset to wipe it and start over, or use another --dir", ErrDevnetDir, d.dir, fmt.Sprintf(format, args...))
}

// attach checks that the chain still holds dep, the earlier devnet's
// deployment, with this run and genesis, and binds its contracts.
func (d *Devnet) attach(ctx context.Context, dep *Deployment, runID protocol.Hash) error {
	if dep.ChainID != d.chainID {
		return d.refuse("its deployment.json is for chain ID %d, the chain at %s has %d", dep.ChainID, d.url, d.chainID)
	}
	if dep.RunID != runID || dep.GenesisCID != d.genesisCID.String() {
		return d.refuse("its run %s (genesis %s) is not the run this umnode creates (%s, genesis %s)", dep.RunID, dep.GenesisCID, runID, d.genesisCID)
	}
	for name, a := range map[string]common.Address{"token": dep.Token, "ledger": dep.Ledger, "disputes": dep.Disputes} {
		code, err := d.client.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("devnet: code of the %s at %s: %w", name, a, err)
		}
		if len(code) == 0 {
			return d.refuse("the chain at %s has no %s contract at %s (was the chain restarted, or its data removed?)", d.url, name, a)
		}
	}
	gc, err := dep.GenesisCIDBytes()
	if err != nil {
		return d.refuse("%v", err)
	}
	ledger := bindings.NewLedger()
	genesis := protocol.GenesisUpdate(dep.RunID, dep.GenesisState, gc).ID()
	out, err := d.client.CallContract(ctx, ethereum.CallMsg{To: &dep.Ledger, Data: ledger.PackUpdateInfo(genesis)}, nil)
	if err != nil {
		return fmt.Errorf("devnet: genesis update %s: %w", genesis, err)
	}
	info, err := ledger.UnpackUpdateInfo(out)
	if err != nil {
		return fmt.Errorf("devnet: genesis update %s: %w", genesis, err)
	}
	if info.Status != bindings.StatusFinal {
		return d.refuse("the ledger at %s does not hold run %s (its genesis update has status %d)", dep.Ledger, dep.RunID, info.Status)
	}
	d.contracts = &bindings.Deployment{
		TokenAddr: dep.Token, LedgerAddr: dep.Ledger, DisputesAddr: dep.Disputes,
		Token: bindings.NewToken(), Ledger: ledger, Disputes: bindings.NewDisputes(),
	}
	d.deployment = dep
	return nil
}

// devnetWriteFile writes b to path through a temporary file in the same
// folder and a rename, so a reader sees the old file or the whole new one.
func devnetWriteFile(path string, b []byte, perm os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(perm)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
