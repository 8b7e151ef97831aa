package store_test

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// BenchmarkFetch measures Fetch to a file from seeders on loopback, with
// the store's default tuning. Baselines in the same run:
// "256MiB-1seeder-copyleaves" is the same fetch storing every leaf in pebble
// too (the path before file references), "256MiB-1seeder-boxodefaults" that
// with boxo's default bitswap settings, "256MiB-libp2p-stream" a plain
// libp2p stream copy of the same bytes (the transport's ceiling on this
// machine). The fetchbytes pair compares FetchBytes (what the node uses) with
// and without leaves copied into pebble.
//
// With several seeders, top-seeder-share is the share of the bytes the
// busiest one sent. On loopback it is 1.0: a boxo session sends its live
// want-blocks to the first peer that answers HAVE and then prefers peers by
// how often they answered first, so one seeder serves everything and the
// others only answer want-haves (more CPU per MB, no more throughput).
func BenchmarkFetch(b *testing.B) {
	for _, bc := range []struct {
		name    string
		size    int
		seeders int
		tuning  store.Tuning
		copy    bool // leaves copied into pebble too (before file references)
		inMem   bool // FetchBytes rather than Fetch to a file
	}{
		{"16MiB-1seeder", 16 << 20, 1, store.Tuning{}, false, false},
		{"256MiB-1seeder", 256 << 20, 1, store.Tuning{}, false, false},
		{"256MiB-4seeders", 256 << 20, 4, store.Tuning{}, false, false},
		{"256MiB-1seeder-copyleaves", 256 << 20, 1, store.Tuning{}, true, false},
		{"256MiB-1seeder-boxodefaults", 256 << 20, 1, boxoDefaults(), true, false},
		{"64MiB-1seeder-fetchbytes", 64 << 20, 1, store.Tuning{}, false, true},
		{"64MiB-1seeder-fetchbytes-copyleaves", 64 << 20, 1, store.Tuning{}, true, true},
	} {
		b.Run(bc.name, func(b *testing.B) { benchFetch(b, bc.size, bc.seeders, bc.tuning, bc.copy, bc.inMem) })
	}
	b.Run("256MiB-libp2p-stream", func(b *testing.B) { benchStream(b, 256<<20) })
}

// boxoDefaults is boxo v0.43's own bitswap configuration.
func boxoDefaults() store.Tuning {
	return store.Tuning{
		MaxOutstandingBytesPerPeer: 1 << 20,
		TargetMessageSize:          16 << 10,
		EngineTaskWorkers:          8,
		TaskWorkers:                8,
		EngineBlockstoreWorkers:    128,
		ProviderSearchDelay:        time.Second,
		MinDontHaveTimeout:         50 * time.Millisecond,
	}
}

func benchFetch(b *testing.B, size, seeders int, tuning store.Tuning, copyLeaves, inMem bool) {
	ctx := context.Background()
	data := testData(40, size)
	var seeds []node
	for range seeders {
		h := newHost(b)
		st := openStore(b, store.Config{Host: h, Tuning: tuning})
		seeds = append(seeds, node{h: h, st: st})
	}
	root, hash, err := seeds[0].st.ImportBytes(ctx, data)
	if err != nil {
		b.Fatalf("import: %v", err)
	}
	for _, s := range seeds[1:] {
		if _, _, err := s.st.ImportBytes(ctx, data); err != nil {
			b.Fatalf("import: %v", err)
		}
	}
	for _, s := range seeds { // no seeder flush in the timed part
		if err := s.st.Sync(); err != nil {
			b.Fatalf("Sync: %v", err)
		}
	}
	data = nil
	b.SetBytes(int64(size))
	b.ResetTimer()
	var elapsed time.Duration
	var dupBytes uint64
	var topShare float64 // of the bytes, the share the busiest seeder sent
	var cpu time.Duration
	for i := range b.N {
		b.StopTimer()
		h := newHost(b)
		dir := b.TempDir()
		cfg := store.Config{Dir: dir, Host: h, Tuning: tuning}
		if copyLeaves {
			store.SetCopyLeaves(&cfg)
		}
		st := openStore(b, cfg)
		for _, s := range seeds {
			connect(b, h, s.h)
		}
		fctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		var err error
		if inMem {
			_, err = st.FetchBytes(fctx, root, hash, nil)
		} else {
			err = st.Fetch(fctx, root, hash, filepath.Join(dir, fmt.Sprint("out", i)), nil)
		}
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		b.StopTimer()
		cancel()
		if err != nil {
			b.Fatalf("Fetch: %v", err)
		}
		if stat, err := st.BitswapStat(); err == nil && stat != nil {
			dupBytes += stat.DupDataReceived
		}
		var top uint64
		for _, s := range seeds {
			top = max(top, st.BytesReceivedFrom(s.h.ID()))
		}
		topShare += float64(top) / float64(size)
		st.Close()
		h.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/elapsed.Seconds(), "MB/s")
	b.ReportMetric(float64(dupBytes)/float64(b.N)/float64(size), "dup-ratio")
	if seeders > 1 {
		b.ReportMetric(topShare/float64(b.N), "top-seeder-share")
	}
	// CPU time of the whole process (fetcher and seeders) per MB moved: on a
	// shared machine this varies less than MB/s.
	b.ReportMetric(float64(cpu.Milliseconds())/(float64(size)*float64(b.N)/1e6), "cpu-ms/MB")
}

// cpuTime is the user+system CPU time of this process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchStream copies size bytes over one libp2p stream on loopback.
func benchStream(b *testing.B, size int) {
	src, dst := newHost(b), newHost(b)
	const proto = protocol.ID("/umnode-bench/copy/1")
	buf := testData(41, 1<<20)
	src.SetStreamHandler(proto, func(s network.Stream) {
		defer s.Close()
		for n := 0; n < size; n += len(buf) {
			if _, err := s.Write(buf); err != nil {
				return
			}
		}
	})
	connect(b, dst, src)
	b.SetBytes(int64(size))
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for range b.N {
		s, err := dst.NewStream(context.Background(), src.ID(), proto)
		if err != nil {
			b.Fatalf("NewStream: %v", err)
		}
		n, err := io.Copy(io.Discard, s)
		if err != nil || n != int64(size) {
			b.Fatalf("copied %d bytes, err %v", n, err)
		}
		s.Close()
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/time.Since(start).Seconds(), "MB/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/(float64(size)*float64(b.N)/1e6), "cpu-ms/MB")
}

// BenchmarkFetchTuning sweeps the bitswap knobs of store.Tuning on the
// 256 MiB, one-seeder fetch (run it on a quiet machine to pick defaults).
func BenchmarkFetchTuning(b *testing.B) {
	for _, out := range []int{1 << 20, 8 << 20, 32 << 20} {
		for _, msg := range []int{256 << 10, 1 << 20, 4 << 20} {
			t := store.Tuning{MaxOutstandingBytesPerPeer: out, TargetMessageSize: msg}
			b.Run(fmt.Sprintf("outstanding=%dMiB/msg=%dKiB", out>>20, msg>>10), func(b *testing.B) {
				benchFetch(b, 256<<20, 1, t, false, false)
			})
		}
	}
	for _, w := range []int{2, 8, 32} {
		t := store.Tuning{EngineTaskWorkers: w, TaskWorkers: w, EngineBlockstoreWorkers: 2 * w}
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) { benchFetch(b, 256<<20, 1, t, false, false) })
	}
}
