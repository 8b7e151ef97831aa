package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// filesIn lists the checkpoint files a store keeps under its directory.
func filesIn(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(dir, "files"))
	if err != nil {
		t.Fatalf("read files dir: %v", err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// Fetched leaves live in the store's own file (hard-linked to dst), survive
// a restart, are served from there, and go when GC takes the checkpoint.
func TestFetch_FileReferences(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	seed := newNode(t)
	data := testData(50, 3<<20+77)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	dir := t.TempDir()
	h1 := newHost(t)
	st1 := openStore(t, store.Config{Dir: dir, Host: h1})
	connect(t, h1, seed.h)
	dst := filepath.Join(t.TempDir(), "ckpt")
	if err := st1.Fetch(ctx, c, h, dst, nil); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if got := filesIn(t, dir); len(got) != 1 {
		t.Fatalf("store keeps files %v, want one checkpoint file", got)
	}
	if err := st1.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	seed.st.Close() // the reopened store is the only source now
	seed.h.Close()
	// Removing dst does not take the store's copy.
	if err := os.Remove(dst); err != nil {
		t.Fatalf("remove dst: %v", err)
	}

	h2 := newHost(t)
	st2 := openStore(t, store.Config{Dir: dir, Host: h2})
	if has, err := st2.Has(ctx, c); err != nil || !has {
		t.Fatalf("Has after reopen = %v, %v; want true", has, err)
	}
	other := newNode(t)
	connect(t, other.h, h2)
	got, err := other.st.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes from the reopened fetcher: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}

	if err := st2.Unpin(ctx, c, store.ReasonLocal); err != nil {
		t.Fatalf("Unpin: %v", err)
	}
	res, err := st2.GC(ctx)
	if err != nil {
		t.Fatalf("GC: %v", err)
	}
	if res.Removed != 5 || res.Kept != 0 || res.Freed < int64(len(data)) {
		t.Fatalf("GC = %+v, want 5 blocks removed, none kept, at least %d bytes freed", res, len(data))
	}
	if got := filesIn(t, dir); len(got) != 0 {
		t.Fatalf("store keeps files %v after GC, want none", got)
	}
	if has, err := st2.Has(ctx, c); err != nil || has {
		t.Fatalf("Has after GC = %v, %v; want false", has, err)
	}
}

// A fetched file changed in place (dst is a hard link to the store's copy)
// is never served as valid: reads fail, and Fetch gets the block again.
func TestFetch_ModifiedFileNotServed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	seed, fetcher := newNode(t), newNode(t)
	connect(t, fetcher.h, seed.h)
	data := testData(51, 2<<20+5)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	dst := filepath.Join(t.TempDir(), "ckpt")
	if err := fetcher.st.Fetch(ctx, c, h, dst, nil); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	f, err := os.OpenFile(dst, os.O_WRONLY, 0)
	if err != nil {
		t.Fatalf("open dst: %v", err)
	}
	if _, err := f.WriteAt([]byte{data[1<<20] ^ 0xff}, 1<<20); err != nil {
		t.Fatalf("modify dst: %v", err)
	}
	f.Close()

	if got, err := fetcher.st.ReadBytes(ctx, c); err == nil {
		t.Fatalf("ReadBytes after the file changed returned %d bytes, want an error", len(got))
	}
	// A third peer asking only the fetcher gets nothing wrong: no block.
	other := newNode(t)
	connect(t, other.h, fetcher.h)
	short, cancelShort := context.WithTimeout(ctx, 3*time.Second)
	defer cancelShort()
	if _, err := other.st.FetchBytes(short, c, h, nil); err == nil {
		t.Fatalf("FetchBytes from a peer whose file changed succeeded")
	}

	dst2 := filepath.Join(t.TempDir(), "again")
	if err := fetcher.st.Fetch(ctx, c, h, dst2, nil); err != nil {
		t.Fatalf("Fetch again: %v", err)
	}
	got, err := fetcher.st.ReadBytes(ctx, c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ReadBytes after refetch: %d bytes, err %v", len(got), err)
	}
}

// FetchBytes keeps the leaves in a file too, and they outlive a restart.
func TestFetchBytes_KeepsLeavesInFile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	seed := newNode(t)
	data := testData(52, 2<<20+9)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	dir := t.TempDir()
	h1 := newHost(t)
	st1 := openStore(t, store.Config{Dir: dir, Host: h1})
	connect(t, h1, seed.h)
	got, err := st1.FetchBytes(ctx, c, h, nil)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("FetchBytes: %d bytes, err %v", len(got), err)
	}
	if files := filesIn(t, dir); len(files) != 1 {
		t.Fatalf("store keeps files %v, want one", files)
	}
	if err := st1.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	st2 := openStore(t, store.Config{Dir: dir}) // offline: local blocks only
	got, err = st2.ReadBytes(ctx, c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ReadBytes after reopen: %d bytes, err %v", len(got), err)
	}
}

// On another file system dst cannot be a hard link: Fetch copies.
func TestFetch_DstOnOtherFileSystem(t *testing.T) {
	other, err := os.MkdirTemp("/dev/shm", "umnode-store-test-")
	if err != nil {
		t.Skipf("no /dev/shm to put dst on another file system: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(other) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	seed, fetcher := newNode(t), newNode(t)
	connect(t, fetcher.h, seed.h)
	data := testData(53, 1<<20+3)
	c, h, err := seed.st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	dst := filepath.Join(other, "ckpt")
	if err := fetcher.st.Fetch(ctx, c, h, dst, nil); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	got, err := os.ReadFile(dst)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("dst: %d bytes, err %v", len(got), err)
	}
	assertOnly(t, other, "ckpt")
	if got, err := fetcher.st.ReadBytes(ctx, c); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ReadBytes: %d bytes, err %v", len(got), err)
	}
}

func assertOnly(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	if len(ents) != 1 || ents[0].Name() != name {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("%s holds %v, want only %s", dir, names, name)
	}
}

// Imported leaves are written once, to a file under the store's directory
// that holds the checkpoint's bytes; a change to it is noticed (the leaf is
// no longer read or served), and GC takes the file with the checkpoint.
func TestImport_LeavesInFile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := t.TempDir()
	st := openStore(t, store.Config{Dir: dir})
	data := testData(52, 3<<20+99)
	c, _, err := st.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	names := filesIn(t, dir)
	if len(names) != 1 {
		t.Fatalf("store keeps files %v after import, want one", names)
	}
	path := filepath.Join(dir, "files", names[0])
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("import file holds %d bytes (err %v), want the %d imported", len(got), err, len(data))
	}
	if got, err := st.ReadBytes(ctx, c); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ReadBytes: %d bytes, err %v", len(got), err)
	}

	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatalf("open import file: %v", err)
	}
	if _, err := f.WriteAt([]byte{data[2<<20] ^ 1}, 2<<20); err != nil {
		t.Fatalf("modify import file: %v", err)
	}
	f.Close()
	if got, err := st.ReadBytes(ctx, c); err == nil {
		t.Fatalf("ReadBytes after the import file changed returned %d bytes, want an error", len(got))
	}

	if err := st.Unpin(ctx, c, store.ReasonLocal); err != nil {
		t.Fatalf("Unpin: %v", err)
	}
	if _, err := st.GC(ctx); err != nil {
		t.Fatalf("GC: %v", err)
	}
	if got := filesIn(t, dir); len(got) != 0 {
		t.Fatalf("store keeps files %v after GC, want none", got)
	}
}
