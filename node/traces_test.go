package node_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

func handTrace(n int) protocol.Trace {
	t := make(protocol.Trace, n)
	for i := range t {
		t[i] = protocol.Keccak256([]byte{byte(i), byte(n)})
	}
	return t
}

func TestTraceBook_SurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	id := protocol.Keccak256([]byte("update"))
	want := handTrace(17)
	if err := node.NewTraceBook(dir).Put(id, want); err != nil {
		t.Fatal(err)
	}
	got, err := node.NewTraceBook(dir).Get(id) // a fresh book reads the file
	if err != nil {
		t.Fatal(err)
	}
	if protocol.FirstDivergence(got, want) != -1 {
		t.Fatalf("trace read back diverges at %d", protocol.FirstDivergence(got, want))
	}
	if _, err := node.NewTraceBook(dir).Get(protocol.Keccak256([]byte("other"))); err == nil || !strings.Contains(err.Error(), "cannot be defended") {
		t.Fatalf("Get of an unknown update: %v, want an error saying it cannot be defended", err)
	}
}

func TestTraceBook_RejectsTornFile(t *testing.T) {
	dir := t.TempDir()
	id := protocol.Keccak256([]byte("update"))
	if err := os.WriteFile(filepath.Join(dir, id.Hex()), make([]byte, 33), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := node.NewTraceBook(dir).Get(id); err == nil || !strings.Contains(err.Error(), "32-byte") {
		t.Fatalf("Get of a 33-byte trace file: %v, want an error naming the size", err)
	}
}

func TestTraceBook_PruneRemovesOnlyDoneTraces(t *testing.T) {
	dir := t.TempDir()
	book := node.NewTraceBook(dir)
	final, pending := protocol.Keccak256([]byte("final")), protocol.Keccak256([]byte("pending"))
	for _, id := range []protocol.Hash{final, pending} {
		if err := book.Put(id, handTrace(9)); err != nil {
			t.Fatal(err)
		}
	}
	// A leftover of a crashed write and a stray file are not traces.
	for _, name := range []string{final.Hex() + ".tmp", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	n, err := book.Prune(func(id protocol.Hash) bool { return id == final })
	if err != nil || n != 1 {
		t.Fatalf("Prune: removed %d, err %v; want 1, nil", n, err)
	}
	if _, err := book.Get(final); err == nil {
		t.Fatal("the final update's trace is still readable after Prune (memory or disk)")
	}
	if _, err := node.NewTraceBook(dir).Get(pending); err != nil {
		t.Fatalf("the pending update's trace is gone: %v", err)
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 3 {
		t.Fatalf("%d files left in the traces folder, want 3 (pending trace, .tmp, notes.txt)", len(left))
	}
	if n, err := node.NewTraceBook(filepath.Join(dir, "missing")).Prune(func(protocol.Hash) bool { return true }); n != 0 || err != nil {
		t.Fatalf("Prune of a missing folder: %d, %v; want 0, nil", n, err)
	}
}

// FuzzTraceFile feeds arbitrary trace files to the trace store: it returns
// a trace of whole hashes or an error, never panics.
func FuzzTraceFile(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 32))
	f.Add(make([]byte, 33))
	f.Add(make([]byte, 64*32))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		id := protocol.Keccak256(b)
		if err := os.WriteFile(filepath.Join(dir, id.Hex()), b, 0o600); err != nil {
			t.Fatal(err)
		}
		tr, err := node.NewTraceBook(dir).Get(id)
		if err != nil {
			return
		}
		if got, want := 32*len(tr), len(b); got != want || len(tr) == 0 {
			t.Fatalf("%d-byte file read as %d hashes", want, len(tr))
		}
	})
}
