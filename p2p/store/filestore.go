package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/datastore/dshelp"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// Leaves are not copied into pebble: Fetch writes its file under Dir/files
// (and hard-links it to the destination), Import writes the imported bytes
// to a file there, and pebble only records where each leaf lies in it (a
// file reference), so every byte is written once. A leaf read through a
// reference is checked against its CID unless its file is trusted (see
// trust); a file changed or cut short since then is not served, and the
// leaf counts as missing (Fetch gets it again).

// filesDir is where checkpoint files live, under Config.Dir.
const filesDir = "files"

// refPrefix is the key namespace of file references in the block database
// (blocks themselves are under /blocks).
var refPrefix = ds.NewKey("/filerefs")

func refKey(h mh.Multihash) ds.Key { return refPrefix.Child(dshelp.MultihashToDsKey(h)) }

// fileRef says where a raw leaf's bytes are: file name (under filesDir),
// offset and length.
type fileRef struct {
	name string
	off  uint64
	n    uint64
}

func (r fileRef) encode() []byte {
	b := binary.AppendUvarint(nil, r.off)
	b = binary.AppendUvarint(b, r.n)
	return append(b, r.name...)
}

func decodeRef(b []byte) (fileRef, error) {
	off, k := binary.Uvarint(b)
	if k <= 0 {
		return fileRef{}, errors.New("bad offset")
	}
	n, k2 := binary.Uvarint(b[k:])
	if k2 <= 0 || n > 4*ChunkSize {
		return fileRef{}, errors.New("bad length")
	}
	name := string(b[k+k2:])
	if name == "" || filepath.Base(name) != name {
		return fileRef{}, errors.New("bad file name")
	}
	return fileRef{name: name, off: off, n: n}, nil
}

// fileBlockstore is the store's blockstore: blocks in pebble plus raw
// leaves held by reference in files under dir.
type fileBlockstore struct {
	blockstore.Blockstore // blocks in pebble
	ds                    *pebbleds.Datastore
	dir                   string
	log                   *slog.Logger

	mu      sync.Mutex
	files   map[string]*os.File  // read handles, opened on demand
	trusted map[string]fileStamp // files whose leaves need no hash check while unchanged

	// gate keeps every read and write off the pebble databases once close
	// has run: bitswap may still answer a peer's want on a stream that
	// outlives Store.Close, and pebble panics when used after its Close.
	gate   sync.RWMutex
	closed bool
}

// enter admits one blockstore call, or refuses it with ErrClosed after close.
func (f *fileBlockstore) enter() (func(), error) {
	f.gate.RLock()
	if f.closed {
		f.gate.RUnlock()
		return nil, ErrClosed
	}
	return f.gate.RUnlock, nil
}

func (f *fileBlockstore) Put(ctx context.Context, b blocks.Block) error {
	done, err := f.enter()
	if err != nil {
		return err
	}
	defer done()
	return f.Blockstore.Put(ctx, b)
}

func (f *fileBlockstore) PutMany(ctx context.Context, bs []blocks.Block) error {
	done, err := f.enter()
	if err != nil {
		return err
	}
	defer done()
	return f.Blockstore.PutMany(ctx, bs)
}

func newFileBlockstore(bs blockstore.Blockstore, d *pebbleds.Datastore, dir string, log *slog.Logger) *fileBlockstore {
	return &fileBlockstore{Blockstore: bs, ds: d, dir: dir, log: log, files: map[string]*os.File{}, trusted: map[string]fileStamp{}}
}

// putRef records that the raw leaf c is the n bytes at off in file name.
func (f *fileBlockstore) putRef(ctx context.Context, c cid.Cid, name string, off, n uint64) error {
	return f.ds.Put(ctx, refKey(c.Hash()), fileRef{name: name, off: off, n: n}.encode())
}

func (f *fileBlockstore) getRef(ctx context.Context, c cid.Cid) (fileRef, bool, error) {
	v, err := f.ds.Get(ctx, refKey(c.Hash()))
	if errors.Is(err, ds.ErrNotFound) {
		return fileRef{}, false, nil
	}
	if err != nil {
		return fileRef{}, false, err
	}
	r, err := decodeRef(v)
	if err != nil {
		return fileRef{}, false, fmt.Errorf("file reference of %s: %w", c, err)
	}
	return r, true, nil
}

func (f *fileBlockstore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	done, err := f.enter()
	if err != nil {
		return false, err
	}
	defer done()
	if ok, err := f.Blockstore.Has(ctx, c); err != nil || ok {
		return ok, err
	}
	return f.ds.Has(ctx, refKey(c.Hash()))
}

func (f *fileBlockstore) GetSize(ctx context.Context, c cid.Cid) (int, error) {
	done, err := f.enter()
	if err != nil {
		return 0, err
	}
	defer done()
	n, err := f.Blockstore.GetSize(ctx, c)
	if !ipld.IsNotFound(err) {
		return n, err
	}
	r, ok, err := f.getRef(ctx, c)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, ipld.ErrNotFound{Cid: c}
	}
	return int(r.n), nil
}

// Get returns a block from pebble or, for a referenced leaf, reads it from
// its file and checks it against c.
func (f *fileBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	done, err := f.enter()
	if err != nil {
		return nil, err
	}
	defer done()
	blk, err := f.Blockstore.Get(ctx, c)
	if !ipld.IsNotFound(err) {
		return blk, err
	}
	r, ok, err := f.getRef(ctx, c)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	data, trusted, err := f.read(r)
	if err == nil && !trusted {
		err = verify(c, data)
	}
	if err != nil {
		// The file was changed, cut short or removed behind our back: the
		// leaf is gone; never serve bytes that do not match their CID.
		f.log.Warn("checkpoint file no longer holds a block; treating it as missing", "cid", c, "file", filepath.Join(f.dir, r.name), "err", err)
		return nil, ipld.ErrNotFound{Cid: c}
	}
	return blocks.NewBlockWithCid(data, c)
}

func verify(c cid.Cid, data []byte) error {
	p := c.Prefix()
	h, err := mh.Sum(data, p.MhType, p.MhLength)
	if err != nil {
		return err
	}
	if !bytes.Equal(h, c.Hash()) {
		return errors.New("bytes do not match the CID")
	}
	return nil
}

// read reads a referenced leaf and says whether its file is trusted (see
// trust): unchanged since the store wrote and checked it.
func (f *fileBlockstore) read(r fileRef) ([]byte, bool, error) {
	fh, err := f.handle(r.name)
	if err != nil {
		return nil, false, err
	}
	data := make([]byte, r.n)
	if _, err := fh.ReadAt(data, int64(r.off)); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, false, err
	}
	return data, f.isTrusted(r.name, fh), nil
}

// fileStamp identifies the state of a file's contents (see stampOf).
type fileStamp struct {
	dev, ino uint64
	size     int64
	ctime    int64 // Unix nanoseconds
}

// trustSettle: a file is trusted only once its change time is this old, so
// that a later write cannot land in the same tick of the kernel's coarse
// clock and leave the change time as it was.
const trustSettle = 20 * time.Millisecond

// trust records that the file name holds exactly the leaves its references
// say: the store has just written it and checked every byte (Fetch: the
// state hash; Import: the CIDs are computed from the bytes written). Reads
// then skip the sha256 check of each leaf for as long as the file's inode,
// size and change time stay as they are now; a write, truncate or new link
// to it (dst of Fetch is one) changes the change time, and from then on
// every leaf read from it is checked again. Trust is not persisted: after
// a restart every read is checked.
func (f *fileBlockstore) trust(name string) {
	done, err := f.enter()
	if err != nil {
		return
	}
	defer done()
	fh, err := f.handle(name)
	if err != nil {
		return
	}
	st, ok := stampOf(fh)
	if !ok {
		return
	}
	if d := time.Since(time.Unix(0, st.ctime)); d < trustSettle && d > -time.Second {
		time.Sleep(trustSettle - d)
		if again, ok := stampOf(fh); !ok || again != st {
			return // changed meanwhile
		}
	}
	f.mu.Lock()
	f.trusted[name] = st
	f.mu.Unlock()
}

func (f *fileBlockstore) isTrusted(name string, fh *os.File) bool {
	f.mu.Lock()
	st, ok := f.trusted[name]
	f.mu.Unlock()
	if !ok {
		return false
	}
	if cur, ok := stampOf(fh); ok && cur == st {
		return true
	}
	f.mu.Lock()
	delete(f.trusted, name)
	f.mu.Unlock()
	return false
}

func (f *fileBlockstore) handle(name string) (*os.File, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if fh, ok := f.files[name]; ok {
		return fh, nil
	}
	fh, err := os.Open(filepath.Join(f.dir, name))
	if err != nil {
		return nil, err
	}
	f.files[name] = fh
	return fh, nil
}

func (f *fileBlockstore) DeleteBlock(ctx context.Context, c cid.Cid) error {
	done, err := f.enter()
	if err != nil {
		return err
	}
	defer done()
	if err := f.ds.Delete(ctx, refKey(c.Hash())); err != nil {
		return err
	}
	return f.Blockstore.DeleteBlock(ctx, c)
}

// AllKeysChan lists pebble's blocks, then the referenced leaves that pebble
// does not also hold.
func (f *fileBlockstore) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	inner, err := f.Blockstore.AllKeysChan(ctx)
	if err != nil {
		return nil, err
	}
	res, err := f.ds.Query(ctx, query.Query{Prefix: refPrefix.String(), KeysOnly: true})
	if err != nil {
		return nil, err
	}
	out := make(chan cid.Cid)
	go func() {
		defer close(out)
		defer res.Close()
		for c := range inner {
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
		}
		for e := range res.Next() {
			if e.Error != nil {
				return
			}
			h, err := dshelp.DsKeyToMultihash(ds.RawKey(e.Key[len(refPrefix.String()):]))
			if err != nil {
				continue
			}
			c := cid.NewCidV1(cid.Raw, h)
			if ok, err := f.Blockstore.Has(ctx, c); err == nil && ok {
				continue // listed above
			}
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// pruneFiles deletes the files under dir that no reference points to
// (checkpoints GC collected, fetches that failed before storing a leaf).
// The caller holds gcMu exclusively, so no fetch is writing one.
func (f *fileBlockstore) pruneFiles(ctx context.Context) (int64, error) {
	res, err := f.ds.Query(ctx, query.Query{Prefix: refPrefix.String()})
	if err != nil {
		return 0, err
	}
	used := map[string]bool{}
	for e := range res.Next() {
		if e.Error != nil {
			res.Close()
			return 0, e.Error
		}
		if r, err := decodeRef(e.Value); err == nil {
			used[r.name] = true
		}
	}
	res.Close()
	ents, err := os.ReadDir(f.dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	var freed int64
	for _, e := range ents {
		if used[e.Name()] || e.IsDir() {
			continue
		}
		f.closeFile(e.Name())
		if info, err := e.Info(); err == nil {
			freed += info.Size()
		}
		if err := os.Remove(filepath.Join(f.dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			return freed, err
		}
	}
	return freed, nil
}

func (f *fileBlockstore) closeFile(name string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if fh, ok := f.files[name]; ok {
		fh.Close()
		delete(f.files, name)
	}
	delete(f.trusted, name)
}

func (f *fileBlockstore) close() {
	f.gate.Lock() // waits for calls in flight
	f.closed = true
	f.gate.Unlock()
	f.mu.Lock()
	defer f.mu.Unlock()
	for name, fh := range f.files {
		fh.Close()
		delete(f.files, name)
	}
}
