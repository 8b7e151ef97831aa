package node_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
)

// BenchmarkFetcher_Fetch fetches a 32 MiB checkpoint from a seed on
// loopback into an empty store per iteration. Baseline is p2p/store's Fetch
// (to a file) with the hash known; StateHash is Fetcher.Fetch with the hash known (plus
// pinning and a temporary link); CIDOnly is Fetcher.Fetch of a CID no
// update commits (a second, local pass to learn the hash). Compare the
// sub-benchmarks' ns/op within one run.
func BenchmarkFetcher_Fetch(b *testing.B) {
	ctx := b.Context()
	// The swarm's run goes unused: a bare CID needs only the ledger's
	// events, and none commits it.
	s := testswarm.New(b, testswarm.Options{BlockInterval: 50 * time.Millisecond})

	dir := b.TempDir()
	key := filepath.Join(dir, "swarm.key")
	if err := p2p.WriteSwarmKey(key); err != nil {
		b.Fatal(err)
	}
	quiet := slog.New(slog.DiscardHandler)
	h, err := p2p.Start(ctx, p2p.Config{DataDir: filepath.Join(dir, "seed"), Listen: []string{"/ip4/127.0.0.1/tcp/0"}, SwarmKeyFile: key, DHTMode: p2p.DHTServer, Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { h.Close() })
	seed, err := store.Open(ctx, store.Config{Dir: filepath.Join(dir, "seed", "store"), Host: h.Host(), Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { seed.Close() })
	payload := make([]byte, 32<<20)
	rand.Read(payload)
	c, hash, err := seed.ImportBytes(ctx, payload)
	if err != nil {
		b.Fatal(err)
	}
	if hash != sha256.Sum256(payload) {
		b.Fatal("seed hashed the payload wrongly")
	}
	var addrs []string
	for _, a := range h.Addrs() {
		addrs = append(addrs, a.String())
	}
	open := func(b *testing.B) *node.Fetcher {
		cfg := node.DefaultConfig()
		cfg.DataDir = b.TempDir()
		cfg.RPCURL = s.URL
		cfg.Bootstrap = addrs
		cfg.SwarmKey = key
		f, err := node.OpenFetcher(ctx, &cfg, node.WithDeployment(s.Deployment), node.WithLogger(quiet))
		if err != nil {
			b.Fatal(err)
		}
		return f
	}
	for _, bc := range []struct {
		name  string
		fetch func(ctx context.Context, f *node.Fetcher) error
	}{
		{"Baseline", func(ctx context.Context, f *node.Fetcher) error {
			return f.Store().Fetch(ctx, c, hash, filepath.Join(dir, "baseline.out"), nil)
		}},
		{"StateHash", func(ctx context.Context, f *node.Fetcher) error {
			_, err := f.Fetch(ctx, &node.CheckpointInfo{CID: c, StateHash: hash}, nil)
			return err
		}},
		{"CIDOnly", func(ctx context.Context, f *node.Fetcher) error {
			res, err := f.Fetch(ctx, &node.CheckpointInfo{CID: c}, nil)
			if err == nil && !bytes.Equal(res.Hash[:], hash[:]) {
				b.Fatalf("CID-only fetch hashed to %s, want %s", res.Hash, hash)
			}
			return err
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(payload)))
			for b.Loop() {
				b.StopTimer()
				f := open(b)
				b.StartTimer()
				fctx, cancel := context.WithTimeout(ctx, time.Minute)
				err := bc.fetch(fctx, f)
				cancel()
				b.StopTimer()
				f.Close()
				b.StartTimer()
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
