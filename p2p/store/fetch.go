package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/boxo/exchange"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/unstoppable-models/umnode/protocol"
)

// ErrHashMismatch is wrapped by Fetch when the reassembled bytes do not
// hash to the expected state hash.
var ErrHashMismatch = errors.New("sha256 of the fetched bytes does not match the expected state hash")

// ErrIncomplete is wrapped by Fetch when the context ended (deadline) or the
// store is offline before every block arrived.
var ErrIncomplete = errors.New("not every block arrived")

// ErrUnserved is wrapped by Fetch with GiveUpUnserved when every connected
// peer answered DONT_HAVE for a block it needs and no new peer appeared for
// the given time: nobody it can reach has the checkpoint.
var ErrUnserved = errors.New("no connected peer has the block")

// UnservedError is the error of a fetch that gave up with GiveUpUnserved.
// It matches ErrUnserved with errors.Is.
type UnservedError struct {
	Root    cid.Cid       // the checkpoint fetched
	Block   cid.Cid       // the block nobody has (Root when not even it arrived)
	Peers   int           // connected peers, every one of which answered DONT_HAVE
	Waited  time.Duration // how long no new peer appeared
	Arrived string        // how far the fetch got
}

func (e *UnservedError) Error() string {
	what := e.Root.String()
	if e.Block != e.Root {
		what = fmt.Sprintf("block %s of %s", e.Block, e.Root)
	}
	peers := fmt.Sprintf("all %d connected peers", e.Peers)
	if e.Peers == 1 {
		peers = "the one connected peer"
	}
	return fmt.Sprintf("no peer has %s: %s answered DONT_HAVE and no new peer appeared in %v (%s)", what, peers, e.Waited, e.Arrived)
}

// Is makes an UnservedError match ErrUnserved.
func (e *UnservedError) Is(target error) bool { return target == ErrUnserved }

// FetchOption changes how one Fetch or FetchBytes call behaves.
type FetchOption func(*fetchOptions)

type fetchOptions struct {
	giveUp time.Duration
}

// GiveUpUnserved makes the fetch fail with ErrUnserved once every connected
// peer has answered DONT_HAVE for a block it still needs and no new peer
// has appeared for d (a peer that gets the block later still sends it
// within d: its server keeps the want). Without it a fetch waits for its
// context's deadline, which suits a node that expects the checkpoint to
// spread; a one-shot client wants a prompt answer instead. d <= 0 keeps
// waiting.
func GiveUpUnserved(d time.Duration) FetchOption {
	return func(o *fetchOptions) { o.giveUp = d }
}

// Progress is passed to a Fetch progress callback after each block.
type Progress struct {
	BytesDone  int64 // file bytes written so far
	BytesTotal int64 // file size, known from the root block on; -1 before
	BlocksDone int   // blocks handled so far (local and fetched)
	// BlocksTotal counts the blocks known so far; it grows while internal
	// nodes are decoded and is final once all of them are (for files up to
	// 1 GiB, after the root).
	BlocksTotal int
	Fetched     int // blocks that came from peers (the rest were local)
}

// fetch windows: keys per bitswap GetBlocks call, calls in flight. Two
// windows of 256 keep a peer's queued wants under boxo's 1024 default.
const (
	fetchBatch    = 256
	fetchInFlight = 2
)

// Fetch gets the checkpoint c (from local blocks and bitswap peers), checks
// that sha256 of its bytes is want, and writes it to dst atomically: dst is
// replaced only by a complete, verified file, and nothing is left behind on
// failure. progress, if not nil, is called from Fetch's goroutine after each
// block. The blocks stay in the store, pinned with ReasonLocal, and are
// served to other peers from the moment they arrive.
//
// The fetched leaves are kept in the file itself: it is written under
// Config.Dir/files and dst is a hard link to it (a copy when dst is on
// another file system). Replace dst rather than change it in place: a changed
// leaf is detected (by its hash) and no longer served, and a later Fetch of
// the checkpoint gets it again. Removing dst frees nothing; GC does.
func (s *Store) Fetch(ctx context.Context, c cid.Cid, want protocol.Hash, dst string, progress func(Progress), opts ...FetchOption) (err error) {
	if dst == "" {
		return fmt.Errorf("p2p/store: fetch %s: empty destination path", c)
	}
	// The file is written under Dir/files, where the store keeps it for
	// the leaves it references, and hard-linked to dst.
	var tmp *fileSink
	open := func(size int64) (sink, error) {
		dir, pattern := s.bstore.dir, c.String()+"-*"
		if s.cfg.copyLeaves {
			dir, pattern = filepath.Dir(dst), "."+filepath.Base(dst)+".partial-*"
		}
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		tmp = &fileSink{File: f, name: filepath.Base(f.Name()), ref: !s.cfg.copyLeaves, size: size}
		if err := f.Truncate(size); err != nil {
			return nil, err
		}
		return tmp, nil
	}
	defer func() {
		if tmp == nil {
			return
		}
		if err == nil {
			if err = tmp.Sync(); err == nil {
				err = tmp.Close()
			} else {
				tmp.Close()
			}
			if err == nil && tmp.ref {
				err = linkOrCopy(tmp.Name(), dst)
			} else if err == nil {
				err = os.Rename(tmp.Name(), dst)
			}
			if err != nil {
				err = fmt.Errorf("p2p/store: fetch %s: write %s: %w", c, dst, err)
			}
		} else {
			tmp.Close()
		}
		if tmp.refs.Load() == 0 && (err != nil || tmp.ref) {
			// No fetched leaf lives in it (all were local, or none
			// arrived): the store does not need it.
			os.Remove(tmp.Name())
		} else if err == nil && tmp.ref {
			s.bstore.trust(tmp.name) // every byte checked against the state hash
		}
	}()
	return s.fetch(ctx, c, want, open, progress, opts)
}

// fileSink is a Fetch's file under Dir/files.
type fileSink struct {
	*os.File
	name string       // under Dir/files
	ref  bool         // false: copy leaves into pebble (copyLeaves)
	refs atomic.Int64 // leaves referenced in it

	// The file is sized up front (sparse) and its blocks are reserved
	// allocChunk at a time where leaves are written: not all at once, or a
	// hostile root claiming 64 GiB would take that much disk before a
	// single leaf arrived.
	size    int64
	allocMu sync.Mutex
	chunks  map[int64]bool // allocated, by index
}

const allocChunk = 64 << 20

func (f *fileSink) WriteAt(p []byte, off int64) (int, error) {
	if f.size > 0 && len(p) > 0 {
		f.allocMu.Lock()
		for i := off / allocChunk; i <= (off+int64(len(p))-1)/allocChunk; i++ {
			if f.chunks[i] {
				continue
			}
			from := i * allocChunk
			if from >= f.size {
				break // cannot happen: leaves lie within the size
			}
			if err := allocate(f.File, from, min(f.size, from+allocChunk)-from); err != nil {
				f.allocMu.Unlock()
				return 0, err
			}
			if f.chunks == nil {
				f.chunks = map[int64]bool{}
			}
			f.chunks[i] = true
		}
		f.allocMu.Unlock()
	}
	return f.File.WriteAt(p, off)
}

// linkOrCopy puts the file src at dst atomically: a hard link if the file
// system allows, else a copy.
func linkOrCopy(src, dst string) error {
	t, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".partial-*")
	if err != nil {
		return err
	}
	tname := t.Name()
	t.Close()
	os.Remove(tname)
	if err := os.Link(src, tname); err != nil {
		if err := copyFile(src, tname); err != nil {
			os.Remove(tname)
			return err
		}
	}
	if err := os.Rename(tname, dst); err != nil {
		os.Remove(tname)
		return err
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// MaxFetchBytes is the largest checkpoint FetchBytes accepts.
const MaxFetchBytes = 4 << 30

// FetchBytes is Fetch into memory, for checkpoints up to MaxFetchBytes. The
// store keeps the fetched leaves as Fetch does, in a file under
// Config.Dir/files.
func (s *Store) FetchBytes(ctx context.Context, c cid.Cid, want protocol.Hash, progress func(Progress), opts ...FetchOption) (_ []byte, err error) {
	var buf memSink
	var file *fileSink
	open := func(size int64) (sink, error) {
		// The size comes from the root block, before any data is checked:
		// a hostile root must not make us allocate whatever it claims.
		if size > MaxFetchBytes {
			return nil, fmt.Errorf("%w: root claims %d bytes, FetchBytes takes at most %d: use Fetch to a file", ErrMalformedDAG, size, int64(MaxFetchBytes))
		}
		buf = make(memSink, size)
		if s.cfg.copyLeaves {
			return buf, nil
		}
		// The fetched leaves are kept in a file under Dir/files (written
		// once, referenced from pebble), as with Fetch.
		f, err := os.CreateTemp(s.bstore.dir, c.String()+"-*")
		if err != nil {
			return nil, err
		}
		file = &fileSink{File: f, name: filepath.Base(f.Name()), ref: true}
		return memFileSink{mem: buf, file: file}, nil
	}
	defer func() {
		if file == nil {
			return
		}
		if cerr := file.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("p2p/store: fetch %s: write %s: %w", c, file.Name(), cerr)
		}
		if file.refs.Load() == 0 {
			os.Remove(file.Name())
		} else if err == nil {
			s.bstore.trust(file.name)
		}
	}()
	if err := s.fetch(ctx, c, want, open, progress, opts); err != nil {
		return nil, err
	}
	return buf, nil
}

type sink interface {
	io.WriterAt
	io.ReaderAt
}

type memSink []byte

// memFileSink is FetchBytes' sink: the bytes go to memory and, for the store
// to keep, to a file under Dir/files.
type memFileSink struct {
	mem  memSink
	file *fileSink
}

func (m memFileSink) WriteAt(p []byte, off int64) (int, error) {
	if n, err := m.file.WriteAt(p, off); err != nil {
		return n, err
	}
	return m.mem.WriteAt(p, off)
}

func (m memFileSink) ReadAt(p []byte, off int64) (int, error) { return m.mem.ReadAt(p, off) }

// refFile returns the file of a sink whose leaves the store references, or
// nil.
func refFile(s sink) *fileSink {
	switch s := s.(type) {
	case *fileSink:
		if s.ref {
			return s
		}
	case memFileSink:
		return s.file
	}
	return nil
}

func (m memSink) WriteAt(p []byte, off int64) (int, error) { return copy(m[off:], p), nil }
func (m memSink) ReadAt(p []byte, off int64) (int, error)  { return copy(p, m[off:]), nil }

// item is a block to get and where its bytes go in the file.
type item struct {
	c     cid.Cid
	off   uint64
	size  uint64 // file bytes under it, as its parent says
	depth int
}

func (s *Store) fetch(ctx context.Context, c cid.Cid, want protocol.Hash, open func(int64) (sink, error), progress func(Progress), opts []FetchOption) error {
	end, err := s.begin()
	if err != nil {
		return err
	}
	defer end()
	if err := checkCID(c); err != nil {
		return fmt.Errorf("p2p/store: fetch %s: %w", c, err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.cfg.FetchTimeout)
		defer cancel()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(s.ctx, cancel)() // Close ends the fetch

	f := &fetcher{s: s, root: c, progress: progress, p: Progress{BytesTotal: -1, BlocksTotal: 1}, sem: make(chan struct{}, fetchWriters)}
	for _, o := range opts {
		o(&f.opts)
	}
	if s.bs != nil && s.cfg.Routing != nil && s.cfg.Host != nil {
		go s.connectProviders(ctx, c)
	}
	level := []item{{c: c, depth: 0}}
	for len(level) > 0 {
		next, err := f.getLevel(ctx, level, open)
		if err != nil {
			f.stopHash()
			return fmt.Errorf("p2p/store: fetch %s: %w", c, err)
		}
		level = next
	}
	if f.p.Fetched > 0 {
		s.flushBlocks()
	}
	got := f.finishHash()
	if got != want {
		return fmt.Errorf("p2p/store: fetch %s: %w: got %s, want %s; the CID and the state hash disagree (check the announcement), nothing was written", c, ErrHashMismatch, got.Hex(), want.Hex())
	}
	if err := s.pinLocked(ctx, c, ReasonLocal); err != nil {
		return fmt.Errorf("p2p/store: fetch %s: %w", c, err)
	}
	s.provideAsync(c)
	return nil
}

type fetcher struct {
	s        *Store
	root     cid.Cid
	opts     fetchOptions
	progress func(Progress)
	p        Progress
	out      sink
	hash     *orderedHash

	// leaf writers
	sem       chan struct{}
	wg        sync.WaitGroup
	bytesDone atomic.Int64
	errMu     sync.Mutex
	err       error
}

// fetchWriters is how many leaves are stored and written at once.
const fetchWriters = 4

// getLevel gets every block of one DAG level and returns the next level.
func (f *fetcher) getLevel(ctx context.Context, level []item, open func(int64) (sink, error)) ([]item, error) {
	byCID := make(map[cid.Cid][]item, len(level))
	var keys []cid.Cid
	for _, it := range level {
		if it.depth > maxDepth {
			return nil, fmt.Errorf("%w: deeper than %d levels", ErrMalformedDAG, maxDepth)
		}
		if _, ok := byCID[it.c]; !ok {
			keys = append(keys, it.c)
		}
		byCID[it.c] = append(byCID[it.c], it)
	}
	var next []item
	defer f.wg.Wait() // writers use f.out, which the caller closes
	handle := func(blk blocks.Block, fetched bool) error {
		its, ok := byCID[blk.Cid()]
		if !ok {
			return nil // a duplicate, or not ours
		}
		delete(byCID, blk.Cid())
		if fetched {
			f.p.Fetched++
		}
		n, err := decodeNode(blk.Cid(), blk.RawData())
		if err != nil {
			return err
		}
		if len(n.children) == 0 && f.out != nil {
			// A leaf: store and write it on a writer goroutine, so that
			// receiving, storing and writing use both cores.
			for _, it := range its {
				if n.fileSize != it.size {
					return fmt.Errorf("%w: block %s holds %d bytes, its parent says %d", ErrMalformedDAG, blk.Cid(), n.fileSize, it.size)
				}
			}
			f.p.BlocksDone += len(its)
			f.writeAsync(ctx, blk, fetched, n.data, its)
			if err := f.firstErr(); err != nil {
				return err
			}
			f.p.BytesDone = f.bytesDone.Load()
			if f.progress != nil {
				f.progress(f.p)
			}
			return nil
		}
		if fetched {
			if err := f.s.putBlocks(ctx, []blocks.Block{blk}); err != nil {
				return err
			}
		}
		for _, it := range its {
			if f.out == nil { // the root: now the size is known
				if n.fileSize > uint64(f.s.cfg.MaxFetchSize) {
					return fmt.Errorf("%w: root claims %d bytes, more than MaxFetchSize %d", ErrMalformedDAG, n.fileSize, f.s.cfg.MaxFetchSize)
				}
				out, err := open(int64(n.fileSize))
				if err != nil {
					return err
				}
				f.out = out
				f.hash = newOrderedHash(out, n.fileSize)
				f.p.BytesTotal = int64(n.fileSize)
				it.size = n.fileSize
			}
			if n.fileSize != it.size {
				return fmt.Errorf("%w: block %s holds %d bytes, its parent says %d", ErrMalformedDAG, blk.Cid(), n.fileSize, it.size)
			}
			if len(n.data) > 0 {
				if _, err := f.out.WriteAt(n.data, int64(it.off)); err != nil {
					return fmt.Errorf("write: %w", err)
				}
				f.hash.done(it.off, n.data)
				f.bytesDone.Add(int64(len(n.data)))
			}
			off := it.off + uint64(len(n.data))
			for _, ch := range n.children {
				next = append(next, item{c: ch.c, off: off, size: ch.size, depth: it.depth + 1})
				off += ch.size
			}
			f.p.BlocksTotal += len(n.children)
			f.p.BlocksDone++
		}
		f.p.BytesDone = f.bytesDone.Load()
		if f.progress != nil {
			f.progress(f.p)
		}
		return nil
	}
	// finish waits for the writers and reports where they got to.
	finish := func() error {
		f.wg.Wait()
		if err := f.firstErr(); err != nil {
			return err
		}
		if done := f.bytesDone.Load(); done != f.p.BytesDone {
			f.p.BytesDone = done
			if f.progress != nil {
				f.progress(f.p)
			}
		}
		return nil
	}

	var remote []cid.Cid
	for _, k := range keys {
		blk, err := f.s.bstore.Get(ctx, k)
		if ipld.IsNotFound(err) {
			remote = append(remote, k)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read block %s: %w", k, err)
		}
		if err := handle(blk, false); err != nil {
			return nil, err
		}
	}
	if len(remote) > 0 {
		if f.s.bs == nil {
			return nil, fmt.Errorf("%w: the store is offline and lacks %d blocks (first %s): give Config.Host to fetch from peers", ErrIncomplete, len(remote), remote[0])
		}
		f.s.guard.want(remote)
		defer f.s.guard.unwant(remote)
		fetch := f.fetchWanted
		if f.s.cfg.sessionFetch {
			fetch = f.fetchRemote
		}
		if err := fetch(ctx, remote, byCID, handle); err != nil {
			return nil, err
		}
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return next, nil
}

// writeAsync writes a leaf's bytes at each offset and stores a fetched leaf
// on a writer goroutine (at most fetchWriters at once). A leaf written to a
// Fetch's file is stored as a reference to it, not copied into pebble.
func (f *fetcher) writeAsync(ctx context.Context, blk blocks.Block, fetched bool, data []byte, its []item) {
	f.sem <- struct{}{}
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		defer func() { <-f.sem }()
		fs := refFile(f.out)
		if fetched && (fs == nil || len(data) == 0) {
			if err := f.s.putBlocks(ctx, []blocks.Block{blk}); err != nil {
				f.setErr(err)
				return
			}
			fetched = false
		}
		for _, it := range its {
			if len(data) == 0 {
				continue
			}
			if _, err := f.out.WriteAt(data, int64(it.off)); err != nil {
				f.setErr(fmt.Errorf("write: %w", err))
				return
			}
			f.hash.done(it.off, data)
			f.bytesDone.Add(int64(len(data)))
		}
		if fetched {
			if err := f.s.bstore.putRef(ctx, blk.Cid(), fs.name, its[0].off, uint64(len(data))); err != nil {
				f.setErr(fmt.Errorf("store block %s: %w", blk.Cid(), err))
				return
			}
			fs.refs.Add(1)
			f.s.notify(ctx, blk)
		}
	}()
}

func (f *fetcher) setErr(err error) {
	f.errMu.Lock()
	defer f.errMu.Unlock()
	if f.err == nil {
		f.err = err
	}
}

func (f *fetcher) firstErr() error {
	f.errMu.Lock()
	defer f.errMu.Unlock()
	return f.err
}

// fetchRemote gets keys through boxo bitswap sessions: the path before
// fetchWanted, kept as a benchmark baseline (Config.sessionFetch). A session that delivers nothing for
// StallTimeout is replaced by a fresh one asking for what is still missing:
// boxo sessions can keep a want on a peer that answered with a corrupted
// block (dropped, as its hash is wrong) even after an honest peer said HAVE.
func (f *fetcher) fetchRemote(ctx context.Context, keys []cid.Cid, missing map[cid.Cid][]item, handle func(blocks.Block, bool) error) error {
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithCancel(ctx)
		sess := f.s.bs.NewSession(actx)
		blks := f.stream(actx, sess, keys)
		stall := time.NewTimer(f.s.cfg.Tuning.StallTimeout)
		stalled := false
	loop:
		for {
			select {
			case blk, ok := <-blks:
				if !ok {
					break loop
				}
				before := len(missing)
				if err := handle(blk, true); err != nil {
					cancel()
					stall.Stop()
					return err
				}
				if len(missing) < before {
					stall.Reset(f.s.cfg.Tuning.StallTimeout)
				}
				if len(missing) == 0 {
					break loop
				}
			case <-stall.C:
				stalled = true
				break loop
			}
		}
		cancel()
		stall.Stop()
		for range blks { // let the stream goroutines end
		}
		if len(missing) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil || !stalled {
			cause := err
			if cause == nil {
				cause = errors.New("bitswap session ended")
			}
			return fmt.Errorf("%w: %s when it stopped (%w); no connected peer served the rest: check that a peer holding the checkpoint is online and reachable, or allow more time",
				ErrIncomplete, f.describe(), cause)
		}
		keys = keys[:0]
		for k := range missing {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return missing[keys[i]][0].off < missing[keys[j]][0].off })
		f.s.log.Info("fetch stalled; new bitswap session", "cid", f.root, "attempt", attempt, "missing", len(keys))
	}
}

// stream asks sess for keys in windows and merges the answers.
func (f *fetcher) stream(ctx context.Context, sess exchange.Fetcher, keys []cid.Cid) <-chan blocks.Block {
	out := make(chan blocks.Block, 16)
	go func() {
		defer close(out)
		sem := make(chan struct{}, fetchInFlight)
		var wg sync.WaitGroup
		defer wg.Wait()
		for len(keys) > 0 {
			n := min(fetchBatch, len(keys))
			batch := keys[:n]
			keys = keys[n:]
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			ch, err := sess.GetBlocks(ctx, batch)
			if err != nil {
				<-sem
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				for b := range ch {
					select {
					case out <- b:
					case <-ctx.Done():
						return
					}
				}
			}()
		}
	}()
	return out
}

func (f *fetcher) describe() string {
	if f.p.BytesTotal < 0 {
		return "not even the root block had arrived"
	}
	return fmt.Sprintf("%d of %d blocks, %d of %d bytes had arrived", f.p.BlocksDone, f.p.BlocksTotal, f.p.BytesDone, f.p.BytesTotal)
}

func (f *fetcher) stopHash() {
	if f.hash != nil {
		f.hash.stop()
	}
}

func (f *fetcher) finishHash() protocol.Hash {
	if f.hash == nil { // cannot happen: the root always sets it
		return protocol.Hash{}
	}
	return f.hash.finish()
}

// connectProviders dials the providers Routing knows for c; bitswap sends
// its wants to every peer it is connected to.
func (s *Store) connectProviders(ctx context.Context, c cid.Cid) {
	h := s.cfg.Host
	for info := range s.cfg.Routing.FindProvidersAsync(ctx, c, 16) {
		if info.ID == h.ID() || h.Network().Connectedness(info.ID) == network.Connected || s.guard.isBad(info.ID) {
			continue
		}
		go func() {
			if err := h.Connect(ctx, info); err != nil {
				s.log.Debug("connect to provider", "peer", info.ID, "cid", c, "err", err)
			}
		}()
	}
}

// orderedHash hashes the file in order while blocks arrive out of order.
// A range that arrives in order is hashed from memory; one that arrives
// early is kept in memory up to heldMax bytes and otherwise read back from
// the sink once every range before it is written.
type orderedHash struct {
	src  io.ReaderAt
	size uint64
	ch   chan span
	quit chan struct{}
	res  chan protocol.Hash
	h    hash.Hash
	once sync.Once
}

type span struct {
	off  uint64
	n    uint64
	data []byte // nil: read it back from src
}

const heldMax = 64 << 20

func newOrderedHash(src io.ReaderAt, size uint64) *orderedHash {
	o := &orderedHash{src: src, size: size, ch: make(chan span, 1024), quit: make(chan struct{}), res: make(chan protocol.Hash, 1), h: sha256.New()}
	go o.run()
	return o
}

// done says data was written at off. data must not change afterwards.
func (o *orderedHash) done(off uint64, data []byte) {
	o.ch <- span{off: off, n: uint64(len(data)), data: data}
}

func (o *orderedHash) run() {
	ready := map[uint64]span{}
	var next, held uint64
	var buf []byte
	for {
		select {
		case r, ok := <-o.ch:
			if !ok {
				var h protocol.Hash
				if next == o.size {
					copy(h[:], o.h.Sum(nil))
				}
				o.res <- h
				return
			}
			if r.off == next {
				o.h.Write(r.data)
				next += r.n
				break
			}
			if held+r.n > heldMax {
				r.data = nil
			} else {
				held += r.n
			}
			ready[r.off] = r
		case <-o.quit:
			return
		}
		for {
			r, ok := ready[next]
			if !ok {
				break
			}
			delete(ready, next)
			if r.data != nil {
				o.h.Write(r.data)
				held -= r.n
				next += r.n
				continue
			}
			if buf == nil {
				buf = make([]byte, ChunkSize)
			}
			for done := uint64(0); done < r.n; {
				k := min(uint64(len(buf)), r.n-done)
				if m, _ := o.src.ReadAt(buf[:k], int64(next+done)); uint64(m) != k {
					// Cannot happen for a file we just wrote; make the
					// hash wrong rather than right by accident.
					o.h.Write([]byte("read error"))
					break
				}
				o.h.Write(buf[:k])
				done += k
			}
			next += r.n
		}
	}
}

func (o *orderedHash) finish() protocol.Hash {
	close(o.ch)
	return <-o.res
}

func (o *orderedHash) stop() { o.once.Do(func() { close(o.quit) }) }
