package node_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unstoppable-models/umnode/node"
)

func TestJournal_TornLastLineIsIgnored(t *testing.T) {
	path := filepath.Join(t.TempDir(), node.JournalFile)
	good := `{"parent":"0x0101010101010101010101010101010101010101010101010101010101010101","update":"0x0202020202020202020202020202020202020202020202020202020202020202","state":"committed"}`
	if err := os.WriteFile(path, []byte(good+"\n"+good[:40]), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := node.JournalParents(path)
	if err != nil || got != 1 {
		t.Fatalf("JournalParents = %d, %v; want 1 parent from the whole line", got, err)
	}
	// The torn tail is cut, so the file holds whole lines only.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), good+"\n"; got != want {
		t.Fatalf("journal after open = %q, want %q", got, want)
	}
}

func TestJournal_CorruptMiddleLineIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), node.JournalFile)
	good := `{"parent":"0x0101010101010101010101010101010101010101010101010101010101010101","state":"lost"}`
	if err := os.WriteFile(path, []byte(good+"\nnot json\n"+good+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := node.JournalParents(path)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("JournalParents error = %v, want one naming line 2", err)
	}
}

func FuzzJournal(f *testing.F) {
	f.Add([]byte(`{"parent":"0x0101010101010101010101010101010101010101010101010101010101010101","state":"committed"}` + "\n"))
	f.Add([]byte("{\n}\n"))
	f.Add([]byte(`{"parent":"0x01"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), node.JournalFile)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		n, err := node.JournalParents(path)
		if err != nil {
			return
		}
		// Whatever opens must reopen the same, and leave whole lines only.
		again, err := node.JournalParents(path)
		if err != nil || again != n {
			t.Fatalf("reopen: %d parents, %v; first open had %d", again, err, n)
		}
		b, err = os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Fatalf("journal left with a partial last line: %q", b)
		}
	})
}
