package node

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/protocol"
)

// JournalFile is the worker's commit journal inside the data directory.
const JournalFile = "worker-journal.jsonl"

// Journal entry states, in the order an entry goes through them.
const (
	jIntent    = "intent"    // about to send the commit transaction
	jSent      = "sent"      // transaction signed and sent (Tx set)
	jCommitted = "committed" // mined and successful
	jLost      = "lost"      // never mined, or reverted (stale head): the parent is free again
)

// jEntry is one line of the journal.
type jEntry struct {
	Parent protocol.Hash  `json:"parent"`
	Update protocol.Hash  `json:"update"`
	CID    string         `json:"cid"`
	Tx     common.Hash    `json:"tx,omitzero"`
	State  string         `json:"state"`
	Time   time.Time      `json:"time"`
	Worker common.Address `json:"worker"`
}

// journal is the worker's crash-safe record of its commits: an append-only
// JSON-lines file, fsynced after every line. The rule it enforces: a worker
// never sends a commit on a parent that has a journal entry other than
// "lost", so a worker restarted after a crash (even between sending a
// transaction and seeing it mined) never commits twice on one parent.
type journal struct {
	mu     sync.Mutex
	f      *os.File
	byPar  map[protocol.Hash]jEntry
	writes int
}

func openJournal(path string) (*journal, error) {
	j := &journal{byPar: map[protocol.Hash]jEntry{}}
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("node: journal %s: %w", path, err)
	}
	good := 0 // bytes of whole, valid lines
	for line := 1; good < len(b); line++ {
		i := bytes.IndexByte(b[good:], '\n')
		if i < 0 {
			break // a torn last line (crash mid-write): dropped below
		}
		var e jEntry
		if err := json.Unmarshal(b[good:good+i], &e); err != nil {
			if good+i+1 == len(b) {
				break // a garbled last line: same as torn
			}
			return nil, fmt.Errorf("node: journal %s line %d: %v (move the file away to start afresh, at the risk of committing twice)", path, line, err)
		}
		j.byPar[e.Parent] = e
		good += i + 1
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("node: journal %s: %w", path, err)
	}
	// Cut a torn tail so the next line starts on a line of its own.
	if good < len(b) {
		if err := f.Truncate(int64(good)); err != nil {
			f.Close()
			return nil, fmt.Errorf("node: journal %s: cut torn tail: %w", path, err)
		}
	}
	if _, err := f.Seek(int64(good), io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("node: journal %s: %w", path, err)
	}
	j.f = f
	return j, nil
}

// record appends e durably.
func (j *journal) record(e jEntry) error {
	e.Time = time.Now().UTC()
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("node: journal: %w", err)
	}
	b = append(b, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.f.Write(b); err != nil {
		return fmt.Errorf("node: journal write: %w", err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("node: journal sync: %w", err)
	}
	j.byPar[e.Parent] = e
	j.writes++
	return nil
}

// get returns the latest entry for parent.
func (j *journal) get(parent protocol.Hash) (jEntry, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	e, ok := j.byPar[parent]
	return e, ok
}

// blocks reports whether the worker must not commit on parent.
func (j *journal) blocks(parent protocol.Hash) bool {
	e, ok := j.get(parent)
	return ok && e.State != jLost
}

// unresolved returns entries left in intent or sent state (a crash).
func (j *journal) unresolved() []jEntry {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []jEntry
	for _, e := range j.byPar {
		if e.State == jIntent || e.State == jSent {
			out = append(out, e)
		}
	}
	return out
}

// committed returns every entry in committed state.
func (j *journal) committed() []jEntry {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []jEntry
	for _, e := range j.byPar {
		if e.State == jCommitted {
			out = append(out, e)
		}
	}
	return out
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
