package node_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// fetchSwarm is a chain with a tiny run, and a seed peer in a private swarm
// that holds its checkpoints. On chain: the genesis, a good update on it,
// and on top a bad update whose committed state hash is not its CID's.
type fetchSwarm struct {
	*testswarm.Swarm
	swarmKey  string
	seedAddrs []string
	seed      *store.Store

	good, bad       protocol.Hash // update IDs
	goodCID, badCID cid.Cid
	goodHash        protocol.Hash
	goodStep        uint64
	goodEval        train.EvalResult
	goodBytes       []byte
}

func newFetchSwarm(t *testing.T) *fetchSwarm {
	t.Helper()
	ctx := t.Context()
	s := &fetchSwarm{Swarm: testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker()}})}
	dir := t.TempDir()
	s.swarmKey = filepath.Join(dir, "swarm.key")
	if err := p2p.WriteSwarmKey(s.swarmKey); err != nil {
		t.Fatal(err)
	}
	h, err := p2p.Start(ctx, p2p.Config{DataDir: filepath.Join(dir, "seed"), Listen: []string{"/ip4/127.0.0.1/tcp/0"},
		SwarmKeyFile: s.swarmKey, DHTMode: p2p.DHTServer, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("seed host: %v", err)
	}
	for _, a := range h.Addrs() {
		s.seedAddrs = append(s.seedAddrs, a.String())
	}
	s.seed, err = store.Open(ctx, store.Config{Dir: filepath.Join(dir, "seed", "store"), Host: h.Host(), Routing: h.Routing(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("seed store: %v", err)
	}
	t.Cleanup(func() {
		h.Close()
		s.seed.Close()
	})

	// Checkpoints: genesis, then k and 2k steps on.
	tr := s.Trainer
	st0 := tr.Init()
	k := int(tr.Manifest().StepsPerUpdate)
	st1, _, err := tr.Run(ctx, st0, k)
	if err != nil {
		t.Fatal(err)
	}
	st2, _, err := tr.Run(ctx, st1, k)
	if err != nil {
		t.Fatal(err)
	}
	var cids []cid.Cid
	var hashes []protocol.Hash
	for _, st := range []*train.State{st0, st1, st2} {
		b, err := tr.Encode(st)
		if err != nil {
			t.Fatal(err)
		}
		if st == st1 {
			s.goodBytes = b
		}
		c, h, err := s.seed.ImportBytes(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.seed.Pin(ctx, c, "test"); err != nil {
			t.Fatal(err)
		}
		cids, hashes = append(cids, c), append(hashes, h)
	}
	s.goodCID, s.goodHash, s.goodStep, s.goodEval = cids[1], hashes[1], st1.Step, tr.Eval(st1)
	s.badCID = cids[2]

	// Commit the good update, then the bad one: the CID of the 2k-step
	// state with the genesis's state hash.
	wk := s.Key(1)
	wc := s.Dial(t, wk)
	trace := protocol.Keccak256([]byte("trace"))
	good := protocol.Update{RunID: s.Deployment.RunID, Parent: s.Genesis, StateHash: s.goodHash, TraceRoot: trace, CID: s.goodCID.Bytes(), Worker: wc.From()}
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackCommit(good.RunID, good.Parent, good.StateHash, good.TraceRoot, good.CID))
	s.good = good.ID()
	bad := protocol.Update{RunID: s.Deployment.RunID, Parent: s.good, StateHash: hashes[0], TraceRoot: trace, CID: s.badCID.Bytes(), Worker: wc.From()}
	s.Must(t, wc, s.Deployment.Ledger, s.Ledger.PackCommit(bad.RunID, bad.Parent, bad.StateHash, bad.TraceRoot, bad.CID))
	s.bad = bad.ID()
	return s
}

// openFetcher opens a Fetcher on a fresh data dir (or dir, if given) that
// bootstraps from the seed.
func (s *fetchSwarm) openFetcher(t *testing.T, dir string) *node.Fetcher {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	cfg := node.DefaultConfig()
	cfg.DataDir = dir
	cfg.RPCURL = s.URL
	cfg.Bootstrap = s.seedAddrs
	cfg.SwarmKey = s.swarmKey
	f, err := node.OpenFetcher(t.Context(), &cfg, node.WithDeployment(s.Deployment), node.WithDatasets(s.Run.Train, s.Run.Test),
		node.WithLogger(slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))))
	if err != nil {
		t.Fatalf("OpenFetcher: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func withTimeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestFetcher_FetchAndExport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two p2p hosts (about 5s)")
	}
	s := newFetchSwarm(t)
	dataDir := t.TempDir()
	f := s.openFetcher(t, dataDir)

	t.Run("ByUpdateID", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), s.good.Hex())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if got, want := info.CID, s.goodCID; !got.Equals(want) {
			t.Fatalf("CID %s, want %s", got, want)
		}
		if got, want := info.StateHash, s.goodHash; got != want {
			t.Fatalf("state hash %s, want %s", got, want)
		}
		if got, want := info.Status, bindings.StatusPending; got != want {
			t.Fatalf("status %d, want %d", got, want)
		}
		var calls int
		res, err := f.Fetch(withTimeout(t, 20*time.Second), info, func(store.Progress) { calls++ })
		if err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		if res.Hash != s.goodHash || res.Fetched == 0 || res.Size <= 0 || calls == 0 {
			t.Fatalf("result %+v (progress calls %d), want hash %s, blocks from the seed and a size", res, calls, s.goodHash)
		}
		pins, err := f.Store().Pins(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if got := pins[s.goodCID]; !slices.Contains(got, node.FetchPinReason) {
			t.Fatalf("pins of %s are %v, want %q among them", s.goodCID, got, node.FetchPinReason)
		}
	})

	t.Run("ByCID", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), s.goodCID.String())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if info.Update != s.good || info.StateHash != s.goodHash {
			t.Fatalf("CID resolved to update %s hash %s, want %s and %s", info.Update, info.StateHash, s.good, s.goodHash)
		}
		res, err := f.Fetch(withTimeout(t, 20*time.Second), info, nil)
		if err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		if res.Fetched != 0 {
			t.Fatalf("%d blocks fetched again from peers, want all local", res.Fetched)
		}
	})

	t.Run("Head", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), "head")
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if got, want := info.Update, s.bad; got != want {
			t.Fatalf("head %s, want %s", got, want)
		}
	})

	t.Run("Genesis", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), s.Genesis.Hex())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if !info.Genesis || info.StateHash != s.Deployment.GenesisState {
			t.Fatalf("genesis resolved to %+v", info)
		}
	})

	t.Run("Export", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), s.good.Hex())
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "model.safetensors")
		res, err := f.Export(withTimeout(t, 20*time.Second), info, path, false, nil)
		if err != nil {
			t.Fatalf("Export: %v", err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := protocol.Hash(sha256.Sum256(b)), s.goodHash; got != want {
			t.Fatalf("exported file hashes to %s, want the on-chain state hash %s", got, want)
		}
		ck, err := checkpoint.Decode(b)
		if err != nil {
			t.Fatalf("exported file does not decode: %v", err)
		}
		if ck.Step != s.goodStep || res.Step != s.goodStep || res.Tensors != len(ck.Tensors) {
			t.Fatalf("step %d (result %d, %d tensors), want %d", ck.Step, res.Step, res.Tensors, s.goodStep)
		}
		ev, err := f.Evaluate(t.Context(), res.Checkpoint)
		if err != nil {
			t.Fatalf("Evaluate: %v", err)
		}
		if ev != s.goodEval {
			t.Fatalf("eval %+v, want the trainer's %+v", ev, s.goodEval)
		}

		// Not without --force: the file stays as it was.
		if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Export(t.Context(), info, path, false, nil); !errors.Is(err, node.ErrExists) || !strings.Contains(err.Error(), "--force") {
			t.Fatalf("export over an existing file: %v, want ErrExists naming --force", err)
		}
		if got, _ := os.ReadFile(path); string(got) != "mine" {
			t.Fatalf("existing file changed to %d bytes", len(got))
		}
		if _, err := f.Export(t.Context(), info, path, true, nil); err != nil {
			t.Fatalf("export --force: %v", err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, b) {
			t.Fatal("export --force did not replace the file")
		}
		assertOnlyFiles(t, filepath.Dir(path), "model.safetensors")
	})
}

// TestFetcher_StorePersists: what a Fetcher fetched is in the data dir's
// store, pinned, after it closes (a node started on the data dir serves it).
func TestFetcher_StorePersists(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two p2p hosts (about 3s)")
	}
	s := newFetchSwarm(t)
	dataDir := t.TempDir()
	f := s.openFetcher(t, dataDir)
	info, err := f.Resolve(t.Context(), s.good.Hex())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(withTimeout(t, 20*time.Second), info, nil); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	st, err := store.Open(t.Context(), store.Config{Dir: filepath.Join(dataDir, "store"), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("reopen the store: %v", err)
	}
	defer st.Close()
	pins, err := st.Pins(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := pins[s.goodCID]; !slices.Equal(got, []string{node.FetchPinReason}) {
		t.Fatalf("pins of %s after reopening: %v, want [%s]", s.goodCID, got, node.FetchPinReason)
	}
	if _, err := st.GC(t.Context()); err != nil {
		t.Fatal(err)
	}
	b, err := st.ReadBytes(t.Context(), s.goodCID)
	if err != nil {
		t.Fatalf("read after GC: %v", err)
	}
	if got := protocol.Hash(sha256.Sum256(b)); got != s.goodHash {
		t.Fatalf("stored checkpoint hashes to %s, want %s", got, s.goodHash)
	}
}

func TestFetcher_FailsClearly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two p2p hosts (about 8s)")
	}
	s := newFetchSwarm(t)
	dataDir := t.TempDir()
	f := s.openFetcher(t, dataDir)

	t.Run("UnknownUpdate", func(t *testing.T) {
		id := protocol.Keccak256([]byte("nobody committed this"))
		_, err := f.Resolve(t.Context(), id.Hex())
		if !errors.Is(err, node.ErrUnknownUpdate) || !strings.Contains(err.Error(), "umnode status") {
			t.Fatalf("Resolve(unknown): %v, want ErrUnknownUpdate saying what to do", err)
		}
	})

	t.Run("NotARef", func(t *testing.T) {
		_, err := f.Resolve(t.Context(), "latest")
		if err == nil || !strings.Contains(err.Error(), `"head"`) {
			t.Fatalf("Resolve(latest): %v, want an error listing what is accepted", err)
		}
	})

	t.Run("NobodyHasIt", func(t *testing.T) {
		b := make([]byte, 3000)
		rand.Read(b)
		c, _, err := store.ComputeCID(t.Context(), bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		info, err := f.Resolve(t.Context(), c.String())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if !info.StateHash.IsZero() || !info.Update.IsZero() {
			t.Fatalf("a CID no update commits resolved to %+v", info)
		}
		path := filepath.Join(t.TempDir(), "x.safetensors")
		start := time.Now()
		_, err = f.Export(withTimeout(t, 2*time.Second), info, path, false, nil)
		if !errors.Is(err, node.ErrNotServed) || !strings.Contains(err.Error(), "is a node with this checkpoint running? check --bootstrap") {
			t.Fatalf("Export of a CID nobody has: %v, want ErrNotServed with what to check", err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("failed after %v, want at the 2s deadline", d)
		}
		assertOnlyFiles(t, filepath.Dir(path))
	})

	t.Run("NobodyHasItGivesUp", func(t *testing.T) {
		// The seed answers DONT_HAVE and no other peer comes: the fetch
		// gives up after the no-peer timeout, not at its deadline, and
		// says why.
		g := s.openFetcher(t, "")
		g.SetNoPeerTimeout(500 * time.Millisecond)
		b := make([]byte, 3000)
		rand.Read(b)
		c, _, err := store.ComputeCID(t.Context(), bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		info, err := g.Resolve(t.Context(), c.String())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		start := time.Now()
		_, err = g.Fetch(withTimeout(t, 30*time.Second), info, nil)
		took := time.Since(start)
		want := "no peer has " + c.String() + ": the one connected peer answered DONT_HAVE and no new peer appeared in 500ms"
		if !errors.Is(err, node.ErrNotServed) || !errors.Is(err, node.ErrNoSource) || !strings.Contains(err.Error(), want) {
			t.Fatalf("Fetch of a CID nobody has: %v\nwant ErrNotServed and ErrNoSource saying %q", err, want)
		}
		if took > 10*time.Second {
			t.Fatalf("gave up after %v, want soon after the 500ms no-peer timeout (the deadline was 30s)", took)
		}
		t.Logf("gave up after %v: %v", took.Round(time.Millisecond), err)
	})

	t.Run("NoPeerAtAll", func(t *testing.T) {
		// No bootstrap peer: it gives up after the no-peer timeout, long
		// before the fetch deadline.
		cfg := node.DefaultConfig()
		cfg.DataDir = t.TempDir()
		cfg.RPCURL = s.URL
		cfg.SwarmKey = s.swarmKey
		lonely, err := node.OpenFetcher(t.Context(), &cfg, node.WithDeployment(s.Deployment), node.WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		defer lonely.Close()
		lonely.SetNoPeerTimeout(300 * time.Millisecond)
		info, err := lonely.Resolve(t.Context(), s.good.Hex())
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err = lonely.Fetch(withTimeout(t, time.Minute), info, nil)
		if !errors.Is(err, node.ErrNotServed) || !strings.Contains(err.Error(), "connected to no peer after 300ms") || !strings.Contains(err.Error(), "check --bootstrap") {
			t.Fatalf("Fetch with no peer: %v, want ErrNotServed saying no peer connected", err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("gave up after %v, want soon after the 300ms no-peer timeout", d)
		}
	})

	t.Run("WrongHashOnChain", func(t *testing.T) {
		info, err := f.Resolve(t.Context(), s.bad.Hex())
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		path := filepath.Join(t.TempDir(), "bad.safetensors")
		_, err = f.Export(withTimeout(t, 20*time.Second), info, path, false, nil)
		if !errors.Is(err, store.ErrHashMismatch) || !strings.Contains(err.Error(), "nothing was written") {
			t.Fatalf("Export of an update with a wrong hash: %v, want ErrHashMismatch", err)
		}
		assertOnlyFiles(t, filepath.Dir(path))
		pins, err := f.Store().Pins(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if got := pins[s.badCID]; len(got) != 0 {
			t.Fatalf("mismatching checkpoint pinned with %v", got)
		}
	})

	t.Run("BareCIDNotACheckpoint", func(t *testing.T) {
		// Served, not committed by any update: fetched with the CID as the
		// only check, but it is not a checkpoint, so export refuses it.
		b := []byte("not a safetensors file")
		c, _, err := s.seed.ImportBytes(t.Context(), b)
		if err != nil {
			t.Fatal(err)
		}
		info, err := f.Resolve(t.Context(), c.String())
		if err != nil {
			t.Fatal(err)
		}
		res, err := f.Fetch(withTimeout(t, 20*time.Second), info, nil)
		if err != nil {
			t.Fatalf("Fetch of a bare CID: %v", err)
		}
		if got, want := res.Hash, protocol.Hash(sha256.Sum256(b)); got != want {
			t.Fatalf("hash %s, want %s", got, want)
		}
		path := filepath.Join(t.TempDir(), "x.safetensors")
		_, err = f.Export(withTimeout(t, 20*time.Second), info, path, false, nil)
		if !checkpoint.IsFormatError(err) || !strings.Contains(err.Error(), "not a valid checkpoint") {
			t.Fatalf("Export of a non-checkpoint: %v, want a checkpoint format error", err)
		}
		assertOnlyFiles(t, filepath.Dir(path))
	})

	// Valid checkpoints that are not states of the run: export refuses them.
	for _, tc := range []struct {
		name, want string
		change     func(*checkpoint.Checkpoint)
	}{
		{"OtherRun", "checkpoint of run", func(ck *checkpoint.Checkpoint) { ck.RunID = protocol.Keccak256([]byte("other run")) }},
		{"MissingTensor", "tensors, the run's model has", func(ck *checkpoint.Checkpoint) { ck.Tensors = ck.Tensors[1:] }},
		{"WrongShape", "the run's model wants", func(ck *checkpoint.Checkpoint) {
			w := ck.Tensor("layers.0.weight")
			w.Shape = []int{w.Shape[1], w.Shape[0]} // transposed
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ck, err := checkpoint.Decode(s.goodBytes)
			if err != nil {
				t.Fatal(err)
			}
			tc.change(ck)
			b, err := checkpoint.Encode(ck)
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := s.seed.ImportBytes(t.Context(), b)
			if err != nil {
				t.Fatal(err)
			}
			info, err := f.Resolve(t.Context(), c.String())
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "x.safetensors")
			if _, err := f.Export(withTimeout(t, 20*time.Second), info, path, false, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Export: %v, want an error with %q", err, tc.want)
			}
			assertOnlyFiles(t, filepath.Dir(path))
		})
	}

	t.Run("RunningNode", func(t *testing.T) {
		dir := t.TempDir()
		n := s.StartNode(t, s.Key(1), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Dir: dir})
		cfg := node.DefaultConfig()
		cfg.DataDir = dir
		cfg.RPCURL = s.URL
		_, err := node.OpenFetcher(t.Context(), &cfg, node.WithDeployment(s.Deployment), node.WithLogger(slog.New(slog.DiscardHandler)))
		if !errors.Is(err, node.ErrDataDirInUse) || !strings.Contains(err.Error(), n.Address().Hex()) || !strings.Contains(err.Error(), "--data-dir") {
			t.Fatalf("fetcher on a running node's data dir: %v, want ErrDataDirInUse naming node %s", err, n.Address())
		}
	})

	t.Run("DataDirInUse", func(t *testing.T) {
		cfg := node.DefaultConfig()
		cfg.DataDir = dataDir
		cfg.RPCURL = s.URL
		_, err := node.OpenFetcher(t.Context(), &cfg, node.WithDeployment(s.Deployment), node.WithLogger(slog.New(slog.DiscardHandler)))
		if !errors.Is(err, node.ErrDataDirInUse) || !strings.Contains(err.Error(), "--data-dir") {
			t.Fatalf("second fetcher on one data dir: %v, want ErrDataDirInUse", err)
		}
	})
}

// assertOnlyFiles fails unless dir holds exactly the named files.
func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, names) {
		t.Fatalf("%s holds %v, want %v (nothing partial left behind)", dir, got, names)
	}
}
