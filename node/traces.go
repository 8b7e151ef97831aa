package node

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/unstoppable-models/umnode/protocol"
)

// TracesDir is the folder under DataDir where a worker keeps the traces of
// its updates (one file per update, named by its ID in hex, holding the
// 32-byte state hashes s_0..s_k), so it can defend them in a dispute after
// a restart. A worker removes the traces of its final updates (they can no
// longer be challenged) at each store GC.
const TracesDir = "traces"

// traceBook holds this worker's update traces, in memory and on disk.
type traceBook struct {
	dir string
	mu  sync.Mutex
	m   map[protocol.Hash]protocol.Trace
}

func newTraceBook(dir string) *traceBook {
	return &traceBook{dir: dir, m: map[protocol.Hash]protocol.Trace{}}
}

// put keeps the trace of update id, fsynced to disk.
func (b *traceBook) put(id protocol.Hash, t protocol.Trace) error {
	if err := os.MkdirAll(b.dir, 0o700); err != nil {
		return fmt.Errorf("node: traces: %w", err)
	}
	buf := make([]byte, 0, 32*len(t))
	for _, h := range t {
		buf = append(buf, h[:]...)
	}
	path := filepath.Join(b.dir, id.Hex())
	f, err := os.OpenFile(path+".tmp", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("node: traces: %w", err)
	}
	_, err = f.Write(buf)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(path+".tmp", path)
	}
	if err != nil {
		return fmt.Errorf("node: traces: write %s: %w", id.Short(), err)
	}
	b.mu.Lock()
	b.m[id] = append(protocol.Trace(nil), t...)
	b.mu.Unlock()
	return nil
}

// get returns the trace of update id, from memory or disk.
func (b *traceBook) get(id protocol.Hash) (protocol.Trace, error) {
	b.mu.Lock()
	t, ok := b.m[id]
	b.mu.Unlock()
	if ok {
		return t, nil
	}
	buf, err := os.ReadFile(filepath.Join(b.dir, id.Hex()))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("node: traces: no trace of update %s in %s: it cannot be defended", id.Short(), b.dir)
		}
		return nil, fmt.Errorf("node: traces: %w", err)
	}
	if len(buf) == 0 || len(buf)%32 != 0 {
		return nil, fmt.Errorf("node: traces: trace file of update %s is %d bytes, not a whole number of 32-byte hashes", id.Short(), len(buf))
	}
	t = make(protocol.Trace, len(buf)/32)
	for i := range t {
		copy(t[i][:], buf[32*i:])
	}
	b.mu.Lock()
	b.m[id] = t
	b.mu.Unlock()
	return t, nil
}

// prune removes the traces, on disk and in memory, of the updates for which
// done says they can no longer be disputed, and returns how many it
// removed. Files that are not traces (temporary files of a crashed write,
// anything else) are left alone.
func (b *traceBook) prune(done func(protocol.Hash) bool) (int, error) {
	entries, err := os.ReadDir(b.dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("node: traces: %w", err)
	}
	removed := 0
	for _, e := range entries {
		id, err := protocol.ParseHash(e.Name())
		if err != nil || e.IsDir() || !done(id) {
			continue
		}
		if err := os.Remove(filepath.Join(b.dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, fmt.Errorf("node: traces: %w", err)
		}
		b.mu.Lock()
		delete(b.m, id)
		b.mu.Unlock()
		removed++
	}
	return removed, nil
}
