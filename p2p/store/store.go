package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/ipfs/boxo/bitswap"
	"github.com/ipfs/boxo/bitswap/client"
	"github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-cid"
	pebbleds "github.com/ipfs/go-ds-pebble"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
)

// Config is what Open needs. Dir is required; the rest is optional.
type Config struct {
	// Dir holds the datastore (created if missing). One Store per Dir.
	Dir string
	// Host is the libp2p host bitswap runs on. Nil makes an offline store:
	// import, export, pins and GC work; Fetch only finds local blocks.
	Host host.Host
	// Routing, if set (normally the DHT), is told about imported and fetched
	// roots and asked for providers when fetching.
	Routing routing.ContentRouting
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// FetchTimeout bounds a Fetch whose context has no deadline, so that a
	// checkpoint nobody serves fails instead of hanging. Default 10 minutes.
	FetchTimeout time.Duration
	// MaxFetchSize rejects DAGs that claim to be larger (default 64 GiB).
	MaxFetchSize int64
	// ReprovideInterval re-announces pinned roots to Routing (default 12h;
	// DHT provider records expire after 48h).
	ReprovideInterval time.Duration
	// OnBadPeer, if set, is told about a peer that sent a corrupted block
	// (the store has already disconnected it); the node can feed this to the
	// host's connection gater or peer scoring. Called from bitswap's
	// goroutine: do not block.
	OnBadPeer func(p peer.ID, why string)
	// Tuning sets bitswap knobs; zero fields take DefaultTuning's values.
	Tuning Tuning

	// wrapServe lets tests put a fault injector between bitswap and the
	// blockstore (see export_test.go). Never set in production.
	wrapServe func(blockstore.Blockstore) blockstore.Blockstore
	// sessionFetch makes Fetch use boxo bitswap sessions instead of the
	// store's want scheduler (the path before it; a benchmark baseline).
	sessionFetch bool
	// copyLeaves makes Fetch copy leaves into pebble and write dst beside
	// it, as before file references (a benchmark baseline). Tests only.
	copyLeaves bool
}

// Tuning holds the bitswap settings that decide throughput. The defaults are
// measured on loopback with 1 MiB blocks (see BenchmarkFetch).
type Tuning struct {
	// MaxOutstandingBytesPerPeer is how much the server queues for one peer
	// before serving others. boxo's 1 MiB default means one 1 MiB block at a
	// time, which leaves the pipe idle between blocks.
	MaxOutstandingBytesPerPeer int
	// TargetMessageSize is how many bytes the server packs into one message
	// (at most 2 MiB: see maxTargetMessageSize).
	TargetMessageSize int
	// EngineTaskWorkers prepare outgoing messages; TaskWorkers send them;
	// EngineBlockstoreWorkers read blocks from the blockstore.
	EngineTaskWorkers       int
	TaskWorkers             int
	EngineBlockstoreWorkers int
	// ProviderSearchDelay is how long a boxo session waits for connected
	// peers before it asks Routing (boxo default 1s). Fetch's want scheduler
	// does not use sessions: it asks Routing at once.
	ProviderSearchDelay time.Duration
	// MinDontHaveTimeout is the least time a boxo session waits for a block
	// it asked a peer for before asking another (boxo default 50ms); Fetch's
	// want scheduler uses StallTimeout instead.
	MinDontHaveTimeout time.Duration
	// StallTimeout: a peer that has wants of a fetch outstanding and sends
	// nothing for this long has them moved to other peers; a block every
	// connected peer lacked is asked for again after this long.
	StallTimeout time.Duration
	// WantsPerPeer is how many want-blocks a fetch keeps outstanding at one
	// peer (1 MiB blocks: the window in MiB).
	WantsPerPeer int
}

// maxTargetMessageSize keeps bitswap messages (target plus one 1 MiB block
// and framing) under libp2p's 4 MiB message limit.
const maxTargetMessageSize = 2 << 20

// DefaultTuning returns the settings Open uses for zero Tuning fields.
func DefaultTuning() Tuning {
	return Tuning{
		MaxOutstandingBytesPerPeer: 8 << 20,
		TargetMessageSize:          1 << 20,
		EngineTaskWorkers:          8,
		TaskWorkers:                8,
		EngineBlockstoreWorkers:    16,
		ProviderSearchDelay:        500 * time.Millisecond,
		StallTimeout:               3 * time.Second,
		MinDontHaveTimeout:         500 * time.Millisecond,
		WantsPerPeer:               32,
	}
}

func (t Tuning) withDefaults() Tuning {
	d := DefaultTuning()
	if t.MaxOutstandingBytesPerPeer <= 0 {
		t.MaxOutstandingBytesPerPeer = d.MaxOutstandingBytesPerPeer
	}
	if t.TargetMessageSize <= 0 {
		t.TargetMessageSize = d.TargetMessageSize
	}
	// A message can exceed the target by one block, and a receiver drops
	// (and resets the stream of) any message over libp2p's 4 MiB limit:
	// with a target of 4 MiB no block ever arrives.
	t.TargetMessageSize = min(t.TargetMessageSize, maxTargetMessageSize)
	if t.EngineTaskWorkers <= 0 {
		t.EngineTaskWorkers = d.EngineTaskWorkers
	}
	if t.TaskWorkers <= 0 {
		t.TaskWorkers = d.TaskWorkers
	}
	if t.EngineBlockstoreWorkers <= 0 {
		t.EngineBlockstoreWorkers = d.EngineBlockstoreWorkers
	}
	if t.MinDontHaveTimeout <= 0 {
		t.MinDontHaveTimeout = d.MinDontHaveTimeout
	}
	if t.StallTimeout <= 0 {
		t.StallTimeout = d.StallTimeout
	}
	if t.WantsPerPeer <= 0 {
		t.WantsPerPeer = d.WantsPerPeer
	}
	if t.ProviderSearchDelay <= 0 {
		t.ProviderSearchDelay = d.ProviderSearchDelay
	}
	return t
}

// dontHaveTimeouts: boxo takes a peer's silence on a want-block for a
// DONT_HAVE after a latency-based timeout of at least 50 ms. On a fast link
// with several MiB queued per peer that fires for peers that are merely
// busy, and the block is asked from another peer too (duplicates).
func dontHaveTimeouts(t Tuning) *client.DontHaveTimeoutConfig {
	c := client.DefaultDontHaveTimeoutConfig()
	c.MinTimeout = t.MinDontHaveTimeout
	return c
}

// ErrClosed is returned by every method of a closed Store.
var ErrClosed = errors.New("p2p/store: store is closed")

// Store is a persistent checkpoint store with a bitswap client and server.
// Its methods are safe for concurrent use.
type Store struct {
	cfg      Config
	log      *slog.Logger
	ds       *pebbleds.Datastore // pins: small, WAL on, synced writes
	blocksDS *pebbleds.Datastore // blocks: no WAL, flushed after each import and fetch
	bstore   *fileBlockstore     // blocks in pebble, fetched leaves in files
	bs       *bitswap.Bitswap    // nil when offline
	tap      *tap                // the want scheduler's view of bitswap traffic
	guard    *guard

	// gcMu: imports, fetches and pin changes hold it shared; GC holds it
	// exclusively, so GC never sees half a DAG that is about to be pinned.
	gcMu  sync.RWMutex
	pinMu sync.Mutex

	ctx    context.Context // cancelled by Close; parent of background work
	cancel context.CancelFunc
	wg     sync.WaitGroup

	closeMu sync.RWMutex
	closed  bool
}

// Open opens (or creates) the store in cfg.Dir and, if cfg.Host is set,
// starts bitswap on it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Dir == "" {
		return nil, errors.New("p2p/store: open: Config.Dir is empty: give the directory that holds the checkpoint datastore")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.FetchTimeout <= 0 {
		cfg.FetchTimeout = 10 * time.Minute
	}
	if cfg.MaxFetchSize <= 0 {
		cfg.MaxFetchSize = 64 << 30
	}
	if cfg.ReprovideInterval <= 0 {
		cfg.ReprovideInterval = 12 * time.Hour
	}
	cfg.Tuning = cfg.Tuning.withDefaults()

	meta, blocksDS, err := openDatastores(cfg.Dir)
	if err != nil {
		return nil, err
	}
	fdir := filepath.Join(cfg.Dir, filesDir)
	if err := os.MkdirAll(fdir, 0o755); err != nil {
		meta.Close()
		blocksDS.Close()
		return nil, fmt.Errorf("p2p/store: open %s: %w", fdir, err)
	}
	bstore := newFileBlockstore(blockstore.NewBlockstore(blocksDS), blocksDS, fdir, cfg.Logger.With("component", "store"))

	sctx, cancel := context.WithCancel(context.Background())
	s := &Store{cfg: cfg, log: cfg.Logger.With("component", "store"), ds: meta, blocksDS: blocksDS, bstore: bstore, ctx: sctx, cancel: cancel}
	s.guard = newGuard(s)
	s.tap = newTap()

	if cfg.Host != nil {
		var serve blockstore.Blockstore = bstore
		if cfg.wrapServe != nil {
			serve = cfg.wrapServe(bstore)
		}
		t := cfg.Tuning
		net := &tapNet{BitSwapNetwork: bsnet.NewFromIpfsHost(cfg.Host), tap: s.tap}
		s.tap.net = net
		var finder routing.ContentDiscovery
		if cfg.Routing != nil {
			finder = cfg.Routing
		}
		s.bs = bitswap.New(sctx, net, finder, serve,
			bitswap.MaxOutstandingBytesPerPeer(t.MaxOutstandingBytesPerPeer),
			bitswap.WithTargetMessageSize(t.TargetMessageSize),
			bitswap.EngineTaskWorkerCount(t.EngineTaskWorkers),
			bitswap.TaskWorkerCount(t.TaskWorkers),
			bitswap.EngineBlockstoreWorkerCount(t.EngineBlockstoreWorkers),
			bitswap.ProviderSearchDelay(t.ProviderSearchDelay),
			bitswap.SetSendDontHaves(true),
			bitswap.WithTracer(s.guard),
			bitswap.WithClientOption(client.WithDontHaveTimeoutConfig(dontHaveTimeouts(t))),
		)
		if cfg.Routing != nil {
			s.wg.Add(1)
			go s.reprovideLoop()
		}
	}
	return s, nil
}

// openDatastores opens the two pebble databases under dir.
//
// Blocks (1 MiB each) go to a database without a write-ahead log: with a WAL
// every block is written twice before compaction writes it again, and that
// halved fetch throughput (BenchmarkFetch). The memtable is flushed in the
// background after every import and fetch and on Close, so a crash loses at
// most the blocks of the last operations; Has then reports them missing and
// they are fetched again (every block is checked by its hash). Pins are
// tiny and must survive a crash: they live in a second database with a WAL
// and synced writes.
func openDatastores(dir string) (meta, blks *pebbleds.Datastore, err error) {
	bdir, mdir := filepath.Join(dir, "blocks.pebble"), filepath.Join(dir, "pins.pebble")
	for _, d := range []string{bdir, mdir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, nil, fmt.Errorf("p2p/store: open %s: %w", d, err)
		}
	}
	bopts := &pebble.Options{
		DisableWAL:                  true,
		MemTableSize:                64 << 20,
		MemTableStopWritesThreshold: 4,
		// Compaction rewrites every 1 MiB value again; let L0 grow (a few
		// dozen files of 64 MiB cost a bloom-filter probe each per Get).
		L0CompactionThreshold: 24,
		L0StopWritesThreshold: 96,
		LBaseMaxBytes:         4 << 30,
	}
	// Checkpoint bytes (float32 tensors) do not compress; do not try.
	for i := range bopts.Levels {
		bopts.Levels[i].Compression = func() *sstable.CompressionProfile { return sstable.NoCompression }
	}
	blks, err = pebbleds.NewDatastore(bdir, pebbleds.WithPebbleOpts(bopts), pebbleds.WithCacheSize(64<<20))
	if err != nil {
		return nil, nil, fmt.Errorf("p2p/store: open %s: %w (is another umnode using this directory?)", bdir, err)
	}
	meta, err = pebbleds.NewDatastore(mdir, pebbleds.WithPebbleWriteOptions(pebble.Sync))
	if err != nil {
		blks.Close()
		return nil, nil, fmt.Errorf("p2p/store: open %s: %w (is another umnode using this directory?)", mdir, err)
	}
	return meta, blks, nil
}

// Sync writes every block stored so far to disk and waits for it (Import
// and Fetch only start that).
func (s *Store) Sync() error {
	end, err := s.begin()
	if err != nil {
		return err
	}
	defer end()
	if err := s.blocksDS.DB.Flush(); err != nil {
		return fmt.Errorf("p2p/store: sync blocks: %w", err)
	}
	return nil
}

// flushBlocks starts writing the block memtable to disk and does not wait.
func (s *Store) flushBlocks() {
	if _, err := s.blocksDS.DB.AsyncFlush(); err != nil {
		s.log.Warn("flush blocks", "err", err)
	}
}

// Close stops bitswap and background work and closes the datastores.
// In-flight fetches fail with a cancellation error; Close waits for them.
func (s *Store) Close() error {
	s.cancel() // ends in-flight fetches and background provides
	s.closeMu.Lock()
	if s.closed {
		s.closeMu.Unlock()
		return nil
	}
	s.closed = true
	s.closeMu.Unlock()

	var errs []error
	if s.bs != nil {
		errs = append(errs, s.bs.Close())
	}
	s.wg.Wait()
	s.gcMu.Lock() // wait for running operations
	defer s.gcMu.Unlock()
	s.tap.close() // the want streams; the host may live on
	s.bstore.close()
	if err := s.blocksDS.Close(); err != nil { // flushes the memtable
		errs = append(errs, fmt.Errorf("p2p/store: close block datastore: %w", err))
	}
	if err := s.ds.Close(); err != nil {
		errs = append(errs, fmt.Errorf("p2p/store: close pin datastore: %w", err))
	}
	return errors.Join(errs...)
}

// begin marks the start of an operation that must not overlap Close; the
// returned func ends it. shared says whether GC may not run meanwhile.
func (s *Store) begin() (func(), error) {
	s.closeMu.RLock()
	if s.closed {
		s.closeMu.RUnlock()
		return nil, ErrClosed
	}
	s.gcMu.RLock()
	return func() { s.gcMu.RUnlock(); s.closeMu.RUnlock() }, nil
}

// Has reports whether the store holds every block of the DAG under c.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	end, err := s.begin()
	if err != nil {
		return false, err
	}
	defer end()
	if err := checkCID(c); err != nil {
		return false, fmt.Errorf("p2p/store: has %s: %w", c, err)
	}
	complete := true
	err = s.walkLocal(ctx, c, false, func(cid.Cid, node) error { return nil }, func(cid.Cid) error {
		complete = false
		return errStopWalk
	})
	if err != nil && !errors.Is(err, errStopWalk) {
		return false, fmt.Errorf("p2p/store: has %s: %w", c, err)
	}
	return complete, nil
}

// BitswapStat returns bitswap's counters (nil when offline).
func (s *Store) BitswapStat() (*bitswap.Stat, error) {
	if s.bs == nil {
		return nil, nil
	}
	return s.bs.Stat()
}

// BytesReceivedFrom returns how many block bytes this store's fetches
// accepted from peer p (duplicates and rejected blocks not counted).
func (s *Store) BytesReceivedFrom(p peer.ID) uint64 {
	if s.bs == nil || s.bs.Server == nil {
		return 0
	}
	s.tap.mu.Lock()
	n := s.tap.recv[p]
	s.tap.mu.Unlock()
	if r := s.bs.LedgerForPeer(p); r != nil {
		n += r.Recv // blocks that bitswap sessions asked for
	}
	return n
}

// DuplicateBytesReceived returns how many block bytes arrived after another
// copy of the same block had been accepted.
func (s *Store) DuplicateBytesReceived() uint64 {
	if s.bs == nil {
		return 0
	}
	s.tap.mu.Lock()
	n := s.tap.dup
	s.tap.mu.Unlock()
	if st, err := s.bs.Stat(); err == nil {
		n += st.DupDataReceived
	}
	return n
}

// BytesSentTo returns how many block bytes this store's bitswap server sent
// to peer p.
func (s *Store) BytesSentTo(p peer.ID) uint64 {
	if s.bs == nil || s.bs.Server == nil {
		return 0
	}
	r := s.bs.LedgerForPeer(p)
	if r == nil {
		return 0
	}
	return r.Sent
}
