package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Fetcher reads a run's checkpoints without running any role: it resolves
// "head", update IDs and CIDs from the chain (the ledger's views and events)
// and fetches checkpoints over bitswap into the persistent store of a data
// dir, checked against the state hash the chain commits. It joins no gossip
// topic. umnode fetch and umnode export are built on it. Make it with
// OpenFetcher and Close it.
type Fetcher struct {
	cfg      Config
	log      *slog.Logger
	dep      *Deployment
	manifest *protocol.Manifest
	client   *chain.Client
	host     *p2p.Host
	store    *store.Store
	ledger   *bindings.Ledger

	trainSet, testSet *dataset.Dataset // WithDatasets, else loaded by Evaluate
	noPeerTimeout     time.Duration
}

// DefaultNoPeerTimeout is how long Fetch waits for a peer that can serve
// the checkpoint before it gives up: with no peer at all (no bootstrap peer
// reachable, another swarm key), or with every connected peer answering
// that it lacks the checkpoint, waiting for the whole fetch timeout helps
// nobody.
const DefaultNoPeerTimeout = 15 * time.Second

// SetNoPeerTimeout sets how long Fetch waits for a first peer when a block
// is not local, and how long it waits for a new peer once every connected
// peer answered DONT_HAVE for a block it needs (default
// DefaultNoPeerTimeout; 0 waits for ctx's deadline).
func (f *Fetcher) SetNoPeerTimeout(d time.Duration) { f.noPeerTimeout = d }

// errNoPeers ends a fetch that found no peer at all.
var errNoPeers = errors.New("no peer connected")

// ErrNoSource is wrapped (with ErrNotServed) by a Fetch that gave up before
// its deadline because no peer could serve the checkpoint: none connected,
// or every connected one answered DONT_HAVE and no new one appeared, for
// the no-peer timeout (SetNoPeerTimeout).
var ErrNoSource = errors.New("node: no peer can serve the checkpoint")

// noSourceError is a fetch that gave up for want of a peer; it matches
// both ErrNotServed and ErrNoSource, and its text says which peers.
type noSourceError struct{ msg string }

func (e *noSourceError) Error() string { return e.msg }

func (e *noSourceError) Is(target error) bool { return target == ErrNotServed || target == ErrNoSource }

// FetchPinReason is the pin reason of checkpoints fetched with a Fetcher:
// they stay in the data dir's store, and are served to peers, until
// unpinned.
const FetchPinReason = "fetch"

// Fetcher errors callers can test with errors.Is.
var (
	// ErrUnknownUpdate: the ref names no update of the run on chain.
	ErrUnknownUpdate = errors.New("node: unknown update")
	// ErrNotServed: no peer served the checkpoint before the deadline.
	ErrNotServed = errors.New("node: checkpoint not served")
	// ErrExists: the export path exists and overwriting was not asked for.
	ErrExists = errors.New("node: export: file exists")
	// ErrDataDirInUse: another process (a running node) holds the data dir.
	ErrDataDirInUse = errors.New("node: data dir in use")
)

// OpenFetcher loads the deployment, dials the chain, starts a p2p host (on
// an ephemeral port, as a DHT client, with cfg's swarm key and bootstrap
// peers) and opens the store in cfg.DataDir. Options WithLogger,
// WithDeployment, WithP2PConfig and WithDatasets (for Evaluate) apply; the
// others are ignored.
func OpenFetcher(ctx context.Context, cfg *Config, opts ...Option) (_ *Fetcher, err error) {
	if cfg == nil {
		return nil, fmt.Errorf("%w: node: nil config", ErrConfig)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	f := &Fetcher{cfg: *cfg, log: o.logger, ledger: bindings.NewLedger(), trainSet: o.trainSet, testSet: o.testSet, noPeerTimeout: DefaultNoPeerTimeout}
	if f.log == nil {
		f.log = slog.Default()
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()

	f.dep = o.deployment
	if f.dep == nil {
		if cfg.Deployment == "" {
			return nil, &FieldError{Field: "deployment", Msg: "is empty; give the deployment.json that umnode devnet (or the run's sponsor) wrote"}
		}
		if f.dep, err = LoadDeployment(cfg.Deployment); err != nil {
			return nil, err
		}
	} else if err := f.dep.Validate(); err != nil {
		return nil, err
	}
	if cfg.RunID != "" {
		want, err := protocol.ParseHash(cfg.RunID)
		if err != nil {
			return nil, &FieldError{Field: "run_id", Msg: err.Error()}
		}
		if want != f.dep.RunID {
			return nil, &FieldError{Field: "run_id", Msg: fmt.Sprintf("%s, but the deployment's run is %s", want, f.dep.RunID)}
		}
	}
	if f.manifest, err = f.dep.DecodeManifest(); err != nil {
		return nil, err
	}

	prof, err := chain.ProfileByName(cfg.Network, cfg.ChainID)
	if err != nil {
		return nil, &FieldError{Field: "network", Msg: err.Error()}
	}
	if prof.ChainID != f.dep.ChainID {
		return nil, &FieldError{Field: "network", Msg: fmt.Sprintf("profile %s is chain %d but the deployment is on chain %d", prof.Name, prof.ChainID, f.dep.ChainID)}
	}
	if f.client, err = chain.Dial(ctx, cfg.RPCURL, prof, chain.WithLogger(f.log)); err != nil {
		return nil, fmt.Errorf("node: chain %s: %w", cfg.RPCURL, err)
	}
	code, err := f.client.CodeAt(ctx, f.dep.Ledger, nil)
	if err != nil {
		return nil, fmt.Errorf("node: chain %s: %w", cfg.RPCURL, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("node: no ledger contract at %s on %s: is the deployment file for this chain?", f.dep.Ledger, cfg.RPCURL)
	}

	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node: data dir: %w", err)
	}
	// The store first: a node running on this data dir holds its lock, and
	// starting a host with that node's identity would only confuse peers.
	if f.store, err = store.Open(ctx, store.Config{Dir: filepath.Join(cfg.DataDir, "store"), Logger: f.log}); err != nil {
		if isLockError(err) {
			return nil, f.inUse(ctx, err)
		}
		return nil, fmt.Errorf("node: store: %w", err)
	}
	if err := f.store.Close(); err != nil {
		return nil, fmt.Errorf("node: store: %w", err)
	}
	f.store = nil

	// A fetch is a short-lived client: an ephemeral port (a node may hold
	// the configured one) and a DHT client.
	listen := []string{"/ip4/0.0.0.0/tcp/0"}
	if cfg.SwarmKey == "" {
		listen = append(listen, "/ip4/0.0.0.0/udp/0/quic-v1")
	}
	pc := p2p.Config{DataDir: cfg.DataDir, Listen: listen, Bootstrap: cfg.Bootstrap, SwarmKeyFile: cfg.SwarmKey, DHTMode: p2p.DHTClient, Logger: f.log}
	if o.p2pConfig != nil {
		o.p2pConfig(&pc)
	}
	if f.host, err = p2p.Start(ctx, pc); err != nil {
		return nil, fmt.Errorf("node: p2p: %w", err)
	}
	sc := store.Config{Dir: filepath.Join(cfg.DataDir, "store"), Host: f.host.Host(), Logger: f.log}
	if r := f.host.Routing(); r != nil {
		sc.Routing = r
	}
	if f.store, err = store.Open(ctx, sc); err != nil {
		if isLockError(err) {
			return nil, f.inUse(ctx, err)
		}
		return nil, fmt.Errorf("node: store: %w", err)
	}
	return f, nil
}

// inUse says which node holds the data dir, when its status API answers.
func (f *Fetcher) inUse(ctx context.Context, err error) error {
	who := "a node ('umnode run' or a devnet)"
	qctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if st, qerr := QueryStatus(qctx, f.cfg.DataDir); qerr == nil {
		who = fmt.Sprintf("node %s (peer %s, roles %v)", st.Address, st.PeerID, st.Roles)
	}
	return fmt.Errorf("%w: %s: %s runs on it and holds its store; stop that node, or give another --data-dir (a devnet's spare node-N.toml has an unused one): %v",
		ErrDataDirInUse, f.cfg.DataDir, who, err)
}

// isLockError reports whether err is the datastore's "locked by another
// process" failure.
func isLockError(err error) bool {
	s := err.Error()
	return strings.Contains(s, "lock") && (strings.Contains(s, "resource temporarily unavailable") || strings.Contains(s, "held") || strings.Contains(s, "already"))
}

// Close stops the host and closes the store and the chain client.
func (f *Fetcher) Close() error {
	var errs []error
	// Host first: bitswap may still answer a peer's want from the store.
	if f.host != nil {
		errs = append(errs, f.host.Close())
		f.host = nil
	}
	if f.store != nil {
		errs = append(errs, f.store.Close())
		f.store = nil
	}
	if f.client != nil {
		f.client.Close()
		f.client = nil
	}
	return errors.Join(errs...)
}

// Deployment is the run's deployment.
func (f *Fetcher) Deployment() *Deployment { return f.dep }

// Store is the data dir's checkpoint store.
func (f *Fetcher) Store() *store.Store { return f.store }

// Peers is how many peers the host is connected to.
func (f *Fetcher) Peers() int { return len(f.host.Host().Network().Peers()) }

// CheckpointInfo is what the chain says about a checkpoint of the run.
type CheckpointInfo struct {
	Ref     string        // what was resolved: "head", an update ID or a CID
	Update  protocol.Hash // zero for a CID that no update of the run commits
	Genesis bool          // the run's genesis state
	CID     cid.Cid
	// StateHash is sha256 of the checkpoint file as committed on chain;
	// zero for a CID that no update commits (the CID is then the only
	// check).
	StateHash protocol.Hash
	Parent    protocol.Hash
	Worker    common.Address
	Block     uint64 // block of the commit (of the run's creation for the genesis)
	Status    uint8  // bindings.Status*
	// Conflict: updates of the run commit this CID with different state
	// hashes (at least one of them is wrong), so the CID alone is checked.
	Conflict bool
}

// StatusName is a status as a word.
func StatusName(s uint8) string {
	switch s {
	case bindings.StatusPending:
		return "pending"
	case bindings.StatusDisputed:
		return "disputed"
	case bindings.StatusFinal:
		return "final"
	case bindings.StatusReverted:
		return "reverted"
	}
	return "unknown"
}

// CheckpointRef names a checkpoint of a run on the command line: the run's
// head, an update ID, a unique prefix of one, or a CID. Exactly one field
// is set.
type CheckpointRef struct {
	Head   bool
	Update protocol.Hash
	Prefix string // lower-case hex digits without 0x (ParseUpdatePrefix)
	CID    cid.Cid
}

// ParseCheckpointRef parses "head", an update ID (64 hex digits, with or
// without 0x), a prefix of one of at least MinUpdatePrefix hex digits, or a
// checkpoint CID (CIDv1, raw or dag-pb, sha2-256; never that short, nor all
// hex digits with fewer than 64).
func ParseCheckpointRef(s string) (CheckpointRef, error) {
	s = strings.TrimSpace(s)
	if p, ok := ParseUpdatePrefix(s); ok {
		return CheckpointRef{Prefix: p}, nil
	}
	switch {
	case s == "head":
		return CheckpointRef{Head: true}, nil
	case looksLikeHash(s):
		id, err := protocol.ParseHash(s)
		if err != nil {
			return CheckpointRef{}, fmt.Errorf("node: update ID %q: %w", s, err)
		}
		if id.IsZero() {
			return CheckpointRef{}, fmt.Errorf("node: update ID %q is zero; no update has it", s)
		}
		return CheckpointRef{Update: id}, nil
	}
	c, err := store.ParseCID(s)
	if err != nil {
		return CheckpointRef{}, fmt.Errorf("node: %q is not \"head\", an update ID (0x and 64 hex digits, or a prefix of at least %d) or a checkpoint CID: %w", s, MinUpdatePrefix, err)
	}
	return CheckpointRef{CID: c}, nil
}

// String is the ref as ParseCheckpointRef reads it.
func (r CheckpointRef) String() string {
	switch {
	case r.Head:
		return "head"
	case r.CID.Defined():
		return r.CID.String()
	case r.Prefix != "":
		return r.Prefix
	}
	return r.Update.Hex()
}

func looksLikeHash(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	return len(s) == 64 && strings.Trim(strings.ToLower(s), "0123456789abcdef") == ""
}

// Resolve finds the checkpoint ref names (see ParseCheckpointRef) on chain.
func (f *Fetcher) Resolve(ctx context.Context, ref string) (*CheckpointInfo, error) {
	r, err := ParseCheckpointRef(ref)
	if err != nil {
		return nil, err
	}
	return f.ResolveRef(ctx, r)
}

// ResolveRef finds the checkpoint r names on chain: the head's or the
// update's CID and state hash, or, for a CID, the update that commits it.
func (f *Fetcher) ResolveRef(ctx context.Context, r CheckpointRef) (*CheckpointInfo, error) {
	var (
		info *CheckpointInfo
		err  error
	)
	switch {
	case r.Head:
		info, err = f.resolveHead(ctx)
	case r.CID.Defined():
		info, err = f.resolveCID(ctx, r.CID)
	case r.Prefix != "":
		var id protocol.Hash
		if id, err = ResolveUpdatePrefix(ctx, f.client, f.dep, r.Prefix); err == nil {
			info, err = f.resolveUpdate(ctx, id)
		}
	default:
		info, err = f.resolveUpdate(ctx, r.Update)
	}
	if err != nil {
		return nil, err
	}
	info.Ref = r.String()
	return info, nil
}

func (f *Fetcher) genesis() (*CheckpointInfo, error) {
	c, err := cid.Decode(f.dep.GenesisCID)
	if err != nil {
		return nil, fmt.Errorf("%w: genesis_cid: %v", ErrDeployment, err)
	}
	g := protocol.GenesisUpdate(f.dep.RunID, f.dep.GenesisState, c.Bytes())
	return &CheckpointInfo{Update: g.ID(), Genesis: true, CID: c, StateHash: f.dep.GenesisState, Status: bindings.StatusFinal}, nil
}

func (f *Fetcher) call(ctx context.Context, data []byte) ([]byte, error) {
	to := f.dep.Ledger
	return f.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

func (f *Fetcher) status(ctx context.Context, id protocol.Hash) (uint8, error) {
	out, err := f.call(ctx, f.ledger.PackUpdateInfo(id))
	if err != nil {
		return 0, fmt.Errorf("node: updateInfo %s: %w", id.Short(), err)
	}
	info, err := f.ledger.UnpackUpdateInfo(out)
	if err != nil {
		return 0, fmt.Errorf("node: updateInfo %s: %w", id.Short(), err)
	}
	return info.Status, nil
}

// scan calls visit with the run's ledger logs of the given events (and
// extra topic filters after the run ID), oldest first, from the
// deployment's start block.
func (f *Fetcher) scan(ctx context.Context, events []string, extra [][]common.Hash, visit func(types.Log) error) error {
	ev := f.ledger.GetABI().Events
	var ids []common.Hash
	for _, e := range events {
		ids = append(ids, ev[e].ID)
	}
	topics := append([][]common.Hash{ids, {common.Hash(f.dep.RunID)}}, extra...)
	return scanLedger(ctx, f.client, f.dep, topics, visit)
}

// committed decodes an UpdateCommitted log of the run and checks its ID.
func (f *Fetcher) committed(l types.Log) (*CheckpointInfo, error) {
	e, err := f.ledger.UnpackUpdateCommittedEvent(&l)
	if err != nil {
		return nil, fmt.Errorf("node: UpdateCommitted in block %d: %w", l.BlockNumber, err)
	}
	u := protocol.Update{RunID: f.dep.RunID, Parent: e.Parent, StateHash: e.StateHash, TraceRoot: e.TraceRoot, CID: e.Cid, Worker: e.Worker}
	if u.ID() != e.UpdateId {
		return nil, fmt.Errorf("node: UpdateCommitted in block %d: update ID %x does not match its fields", l.BlockNumber, e.UpdateId)
	}
	c, err := cid.Cast(e.Cid)
	if err != nil {
		return nil, fmt.Errorf("node: update %s commits an unreadable CID: %w", u.ID().Short(), err)
	}
	return &CheckpointInfo{Update: u.ID(), CID: c, StateHash: u.StateHash, Parent: u.Parent, Worker: u.Worker, Block: l.BlockNumber}, nil
}

func (f *Fetcher) resolveUpdate(ctx context.Context, id protocol.Hash) (*CheckpointInfo, error) {
	g, err := f.genesis()
	if err != nil {
		return nil, err
	}
	st, err := f.status(ctx, id)
	if err != nil {
		return nil, err
	}
	if id == g.Update {
		if st == bindings.StatusNone {
			return nil, fmt.Errorf("%w: %s is the deployment's genesis, but run %s is not on the ledger at %s: wrong chain?", ErrUnknownUpdate, id, f.dep.RunID.Short(), f.cfg.RPCURL)
		}
		g.Status = st
		return g, nil
	}
	if st == bindings.StatusNone {
		return nil, fmt.Errorf("%w: %s is not on the ledger of this chain: check the ID ('umnode status' prints the head and pending updates)", ErrUnknownUpdate, id)
	}
	var info *CheckpointInfo
	err = f.scan(ctx, []string{"UpdateCommitted"}, [][]common.Hash{{common.Hash(id)}}, func(l types.Log) error {
		var err error
		info, err = f.committed(l)
		return err
	})
	if err != nil {
		return nil, err
	}
	if info == nil {
		return nil, fmt.Errorf("%w: %s is on the ledger but not an update of run %s since block %d", ErrUnknownUpdate, id, f.dep.RunID.Short(), f.dep.StartBlock)
	}
	info.Status = st
	return info, nil
}

// scanAll returns the run's genesis and committed updates by ID, and the
// IDs that head events named, oldest first.
func (f *Fetcher) scanAll(ctx context.Context) (map[protocol.Hash]*CheckpointInfo, []protocol.Hash, error) {
	g, err := f.genesis()
	if err != nil {
		return nil, nil, err
	}
	byID := map[protocol.Hash]*CheckpointInfo{g.Update: g}
	var heads []protocol.Hash
	err = f.scan(ctx, []string{"RunCreated", "UpdateCommitted", "HeadReset"}, nil, func(l types.Log) error {
		switch l.Topics[0] {
		case f.ledger.GetABI().Events["RunCreated"].ID:
			e, err := f.ledger.UnpackRunCreatedEvent(&l)
			if err != nil {
				return fmt.Errorf("node: RunCreated in block %d: %w", l.BlockNumber, err)
			}
			if e.GenesisId != g.Update {
				return fmt.Errorf("node: run %s was created on chain with genesis %x, the deployment's is %s: the deployment file does not match the chain", f.dep.RunID.Short(), e.GenesisId, g.Update)
			}
			g.Block = l.BlockNumber
			heads = append(heads, g.Update)
		case f.ledger.GetABI().Events["UpdateCommitted"].ID:
			info, err := f.committed(l)
			if err != nil {
				return err
			}
			byID[info.Update] = info
			heads = append(heads, info.Update)
		case f.ledger.GetABI().Events["HeadReset"].ID:
			if len(l.Topics) > 2 {
				heads = append(heads, protocol.Hash(l.Topics[2]))
			}
		}
		return nil
	})
	return byID, heads, err
}

func (f *Fetcher) resolveHead(ctx context.Context) (*CheckpointInfo, error) {
	byID, heads, err := f.scanAll(ctx)
	if err != nil {
		return nil, err
	}
	// The latest head event names the head unless a log is not visible
	// yet; isHead confirms it. Older candidates are asked only a few: the
	// head is among the latest events.
	for i := len(heads) - 1; i >= max(0, len(heads)-headSearch); i-- {
		id := heads[i]
		out, err := f.call(ctx, f.ledger.PackIsHead(f.dep.RunID, id))
		if err != nil {
			return nil, fmt.Errorf("node: isHead %s: %w", id.Short(), err)
		}
		ok, err := f.ledger.UnpackIsHead(out)
		if err != nil {
			return nil, fmt.Errorf("node: isHead %s: %w", id.Short(), err)
		}
		if !ok {
			continue
		}
		info, known := byID[id]
		if !known {
			return nil, fmt.Errorf("node: the head %s of run %s was not committed since block %d: the deployment's start_block is too late", id, f.dep.RunID.Short(), f.dep.StartBlock)
		}
		if info.Status, err = f.status(ctx, id); err != nil {
			return nil, err
		}
		return info, nil
	}
	return nil, fmt.Errorf("%w: no head of run %s found in the ledger's events since block %d: is the run created on this chain (check --rpc-url and the deployment)?", ErrUnknownUpdate, f.dep.RunID.Short(), f.dep.StartBlock)
}

// resolveCID finds the updates of the run that commit c. When they all
// commit one state hash it is the check; otherwise (none, or a conflict,
// which means someone committed a wrong hash) the CID alone is.
func (f *Fetcher) resolveCID(ctx context.Context, c cid.Cid) (*CheckpointInfo, error) {
	byID, heads, err := f.scanAll(ctx)
	if err != nil {
		return nil, err
	}
	var match []*CheckpointInfo
	seen := map[protocol.Hash]bool{}
	for _, id := range heads {
		if info := byID[id]; info != nil && info.CID.Equals(c) && !seen[id] {
			seen[id] = true
			match = append(match, info)
		}
	}
	if len(match) == 0 {
		return &CheckpointInfo{CID: c}, nil
	}
	info := *match[len(match)-1] // the latest commit of it
	for _, m := range match {
		if m.StateHash != info.StateHash {
			return &CheckpointInfo{CID: c, Conflict: true}, nil
		}
	}
	if info.Status, err = f.status(ctx, info.Update); err != nil {
		return nil, err
	}
	return &info, nil
}

// FetchResult says what a fetch did.
type FetchResult struct {
	Info    CheckpointInfo
	Hash    protocol.Hash // sha256 of the checkpoint file
	Size    int64         // bytes
	Blocks  int           // blocks of the DAG
	Fetched int           // blocks that came from peers (the rest were local)
	Elapsed time.Duration
}

// BytesPerSecond is the fetch's throughput over the bytes that came from
// peers (0 when everything was local).
func (r *FetchResult) BytesPerSecond() float64 {
	if r.Fetched == 0 || r.Elapsed <= 0 || r.Blocks == 0 {
		return 0
	}
	return float64(r.Size) * float64(r.Fetched) / float64(r.Blocks) / r.Elapsed.Seconds()
}

// Fetch gets the checkpoint info names into the store (from local blocks
// and bitswap peers), checks sha256 of its bytes against info.StateHash (or,
// for a CID no update commits, only the blocks against the CID), and pins it
// with FetchPinReason. ctx's deadline bounds the wait for peers: at the
// deadline the error wraps ErrNotServed. progress, if not nil, is called
// after each block.
func (f *Fetcher) Fetch(ctx context.Context, info *CheckpointInfo, progress func(store.Progress)) (*FetchResult, error) {
	start := time.Now()
	res := &FetchResult{Info: *info}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if f.noPeerTimeout > 0 {
		t := time.AfterFunc(f.noPeerTimeout, func() {
			if f.Peers() == 0 {
				cancel(errNoPeers)
			}
		})
		defer t.Stop()
	}
	giveUp := store.GiveUpUnserved(f.noPeerTimeout)
	var last store.Progress
	fetched := 0 // over both passes of a CID-only fetch
	track := func(p store.Progress) {
		last = p
		fetched = max(fetched, p.Fetched)
		if progress != nil {
			progress(p)
		}
	}
	// store.Fetch writes a file and links it to dst: a temporary name in
	// the data dir, removed after (the store keeps the blocks).
	dst, err := tempName(f.cfg.DataDir, ".fetch-")
	if err != nil {
		return nil, fmt.Errorf("node: fetch %s: %w", info.CID, err)
	}
	defer os.Remove(dst)
	want := info.StateHash
	if want.IsZero() {
		// No hash to check against: fetch with an impossible one (every
		// block is still checked against its CID), hash what arrived, and
		// fetch again from the now local blocks with that hash.
		err = f.store.Fetch(ctx, info.CID, protocol.Hash{}, dst, track, giveUp)
		if err != nil && !errors.Is(err, store.ErrHashMismatch) {
			return nil, f.fetchError(ctx, info, start, last, err)
		}
		h := sha256.New()
		if _, err := f.store.WriteTo(ctx, info.CID, h); err != nil {
			return nil, fmt.Errorf("node: fetch %s: %w", info.CID, err)
		}
		want = protocol.Hash(h.Sum(nil))
	}
	if !info.StateHash.IsZero() {
		err = f.store.Fetch(ctx, info.CID, want, dst, track, giveUp)
	} else {
		// The second pass reads local blocks only: the caller's progress
		// already saw every byte.
		err = f.store.Fetch(ctx, info.CID, want, dst, func(p store.Progress) { last = p })
	}
	if err != nil {
		return nil, f.fetchError(ctx, info, start, last, err)
	}
	if err := f.store.Pin(ctx, info.CID, FetchPinReason); err != nil {
		return nil, fmt.Errorf("node: fetch %s: %w", info.CID, err)
	}
	// Fetch pinned it as local; the fetch pin is the one to keep.
	_ = f.store.Unpin(ctx, info.CID, store.ReasonLocal)
	res.Hash, res.Size, res.Blocks, res.Elapsed = want, last.BytesTotal, last.BlocksDone, time.Since(start)
	res.Fetched = fetched
	if st, err := os.Stat(dst); err == nil {
		res.Size = st.Size()
	}
	return res, nil
}

// fetchError says what went wrong and what to do.
func (f *Fetcher) fetchError(ctx context.Context, info *CheckpointInfo, start time.Time, p store.Progress, err error) error {
	what := info.CID.String()
	if !info.Update.IsZero() {
		what = fmt.Sprintf("update %s (CID %s)", info.Update.Short(), info.CID)
	}
	switch {
	case errors.Is(err, store.ErrHashMismatch):
		return fmt.Errorf("node: fetch %s: the bytes that arrived do not hash to the state hash %s the chain commits (a wrong commit or a bad peer; the update can be challenged), nothing was written: %w", what, info.StateHash.Short(), err)
	case errors.Is(context.Cause(ctx), errNoPeers):
		return &noSourceError{fmt.Sprintf("node: fetch %s: connected to no peer after %v, so nobody could serve it; check --bootstrap (reachable peers of this swarm) and --swarm-key (the swarm's key; peers with another key are refused)",
			what, f.noPeerTimeout)}
	case errors.As(err, new(*store.UnservedError)):
		var ue *store.UnservedError
		errors.As(err, &ue)
		if ue.Block != ue.Root {
			what = fmt.Sprintf("block %s of %s", ue.Block, what)
		}
		peers := fmt.Sprintf("all %d connected peers", ue.Peers)
		if ue.Peers == 1 {
			peers = "the one connected peer"
		}
		return &noSourceError{fmt.Sprintf("node: fetch: no peer has %s: %s answered DONT_HAVE and no new peer appeared in %v; is a node that holds it running and in this swarm (check --bootstrap)?",
			what, peers, ue.Waited)}
	case errors.Is(err, store.ErrIncomplete) || ctx.Err() != nil:
		got := ""
		if p.BytesTotal > 0 {
			got = fmt.Sprintf(" (%d of %d bytes arrived)", p.BytesDone, p.BytesTotal)
		}
		peers := fmt.Sprintf("%d peers", f.Peers())
		if peers == "1 peers" {
			peers = "1 peer"
		}
		return fmt.Errorf("%w: no peer served %s in %v%s, connected to %s; is a node with this checkpoint running? check --bootstrap (and --swarm-key): %v",
			ErrNotServed, what, time.Since(start).Round(time.Second), got, peers, err)
	}
	return fmt.Errorf("node: fetch %s: %w", what, err)
}

// tempName returns an unused path in dir (the file is not kept).
func tempName(dir, prefix string) (string, error) {
	t, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return "", err
	}
	name := t.Name()
	t.Close()
	return name, os.Remove(name)
}

// ExportResult says what an export wrote.
type ExportResult struct {
	FetchResult
	Path       string
	Step       uint64
	Tensors    int
	Params     int64 // float32 values in all tensors
	Checkpoint *checkpoint.Checkpoint
}

// Export fetches the checkpoint (Fetch), decodes it with the strict
// checkpoint decoder, checks that it is a state of the run (run ID, the
// manifest's tensor names and shapes), and writes it to path atomically:
// a temporary file beside path, renamed (or, without force, linked so that
// an existing file is never replaced) only once complete and verified.
// Nothing is left behind on failure. Without force an existing path is an
// error wrapping ErrExists.
func (f *Fetcher) Export(ctx context.Context, info *CheckpointInfo, path string, force bool, progress func(store.Progress)) (*ExportResult, error) {
	if path == "" {
		return nil, errors.New("node: export: empty path")
	}
	refuse := func() error {
		return fmt.Errorf("%w: %s; pass --force to overwrite it, or choose another path", ErrExists, path)
	}
	if st, err := os.Lstat(path); err == nil {
		if !force {
			return nil, refuse()
		}
		if st.IsDir() {
			return nil, fmt.Errorf("node: export: %s is a directory; give a file path", path)
		}
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("node: export: folder %s does not exist; create it first", dir)
	}
	res, err := f.Fetch(ctx, info, progress)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".partial-*")
	if err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	// Written from the store's blocks (each checked against its CID) into a
	// file of its own: the user may rewrite it in place without touching
	// the store.
	if _, err := f.store.WriteTo(ctx, info.CID, tmp); err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	if hash := checkpoint.StateHash(b); hash != res.Hash {
		return nil, fmt.Errorf("node: export %s: written file hashes to %s, want %s: the store is damaged, run 'umnode fetch' again", path, hash.Short(), res.Hash.Short())
	}
	ck, err := checkpoint.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("node: export %s: %s is not a valid checkpoint, nothing was written: %w", path, info.CID, err)
	}
	if err := checkRunCheckpoint(f.manifest, f.dep.RunID, ck); err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else if err = os.Link(tmp.Name(), path); errors.Is(err, os.ErrExist) {
		return nil, refuse() // created meanwhile
	} else if err == nil {
		os.Remove(tmp.Name())
	} else if _, serr := os.Lstat(path); errors.Is(serr, os.ErrNotExist) {
		err = os.Rename(tmp.Name(), path) // no hard links here
	}
	if err != nil {
		return nil, fmt.Errorf("node: export %s: %w", path, err)
	}
	done = true
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	out := &ExportResult{FetchResult: *res, Path: path, Step: ck.Step, Tensors: len(ck.Tensors), Checkpoint: ck}
	for _, t := range ck.Tensors {
		out.Params += int64(len(t.Data))
	}
	return out, nil
}

// checkRunCheckpoint checks that ck is a state of the run: its run ID and
// exactly the tensors of the manifest's model (train's naming: layers.<l>.
// weight [out, in] and .bias [out], and the same under optim.momentum. when
// the optimizer has momentum).
func checkRunCheckpoint(m *protocol.Manifest, run protocol.Hash, ck *checkpoint.Checkpoint) error {
	if ck.RunID != run {
		return fmt.Errorf("checkpoint of run %s, want run %s", ck.RunID.Short(), run.Short())
	}
	type shape struct {
		name string
		dims []int
	}
	var want []shape
	w := m.Model.Widths
	for l := 0; l+1 < len(w); l++ {
		ps := []shape{
			{fmt.Sprintf("layers.%d.weight", l), []int{int(w[l+1]), int(w[l])}},
			{fmt.Sprintf("layers.%d.bias", l), []int{int(w[l+1])}},
		}
		want = append(want, ps...)
		if m.Optimizer.Momentum != 0 {
			for _, p := range ps {
				want = append(want, shape{"optim.momentum." + p.name, p.dims})
			}
		}
	}
	if len(ck.Tensors) != len(want) {
		return fmt.Errorf("checkpoint at step %d has %d tensors, the run's model has %d", ck.Step, len(ck.Tensors), len(want))
	}
	for _, s := range want {
		t := ck.Tensor(s.name)
		if t == nil {
			return fmt.Errorf("checkpoint at step %d lacks tensor %q", ck.Step, s.name)
		}
		if fmt.Sprint(t.Shape) != fmt.Sprint(s.dims) {
			return fmt.Errorf("checkpoint tensor %q has shape %v, the run's model wants %v", s.name, t.Shape, s.dims)
		}
	}
	return nil
}

// Evaluate measures ck on the run's eval subset (the manifest's), as every
// replayer does. It needs the run's dataset: WithDatasets, or MNIST from
// dataset.MNISTDir, checked against the manifest's content hash.
func (f *Fetcher) Evaluate(ctx context.Context, ck *checkpoint.Checkpoint) (train.EvalResult, error) {
	tr, te := f.trainSet, f.testSet
	if tr == nil {
		dir, err := dataset.MNISTDir(ctx)
		if err != nil {
			return train.EvalResult{}, fmt.Errorf("node: eval: MNIST: %w (set %s to a folder with the four MNIST .gz files)", err, dataset.MNISTEnv)
		}
		if tr, te, err = dataset.LoadMNIST(dir); err != nil {
			return train.EvalResult{}, fmt.Errorf("node: eval: MNIST in %s: %w", dir, err)
		}
		f.trainSet, f.testSet = tr, te
	}
	t, err := train.NewTrainer(f.manifest, tr, te)
	if err != nil {
		return train.EvalResult{}, fmt.Errorf("node: eval: %w", err)
	}
	st, err := t.StateFrom(ck)
	if err != nil {
		return train.EvalResult{}, fmt.Errorf("node: eval: %w", err)
	}
	return t.Eval(st), nil
}
