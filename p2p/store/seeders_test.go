package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
)

// seederEnv, when set in the environment of this test binary, makes it a
// seeder process for the benchmarks (see runSeeder) instead of running tests.
const seederEnv = "UMNODE_STORE_BENCH_SEEDER"

func TestMain(m *testing.M) {
	if spec := os.Getenv(seederEnv); spec != "" {
		if err := runSeeder(spec); err != nil {
			fmt.Fprintln(os.Stderr, "seeder:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// seederSpec is what a seeder process is told: the test data to import
// and the store tuning.
type seederSpec struct {
	Size   int
	Seed   byte
	Tuning store.Tuning
	Pebble bool // imported leaves copied into pebble (before file references)
	// Listen is the multiaddr the seeder's host listens on (default
	// /ip4/127.0.0.1/tcp/0; in a network namespace its veth address).
	Listen string `json:",omitempty"`
}

// seederReady is the line a seeder process prints once it serves.
type seederReady struct {
	Peer peer.AddrInfo
	Root string
	Hash string
}

// runSeeder imports the spec's test data into a fresh store on a host
// listening on the spec's address (loopback by default), prints a seederReady line and serves until stdin closes.
func runSeeder(spec string) error {
	var sp seederSpec
	if err := json.Unmarshal([]byte(spec), &sp); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "umnode-seeder-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	listen := sp.Listen
	if listen == "" {
		listen = "/ip4/127.0.0.1/tcp/0"
	}
	h, err := libp2p.New(libp2p.ListenAddrStrings(listen))
	if err != nil {
		return err
	}
	defer h.Close()
	cfg := store.Config{Dir: dir, Host: h, Tuning: sp.Tuning, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if sp.Pebble {
		store.SetCopyLeaves(&cfg)
	}
	st, err := store.Open(context.Background(), cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	c, hash, err := st.ImportBytes(context.Background(), testData(sp.Seed, sp.Size))
	if err != nil {
		return err
	}
	if err := st.Sync(); err != nil {
		return err
	}
	line, err := json.Marshal(seederReady{Peer: peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}, Root: c.String(), Hash: hash.Hex()})
	if err != nil {
		return err
	}
	// UMNODE_STORE_BENCH_SEEDER_PROFILE names a CPU profile of the serving.
	if path := os.Getenv(seederEnv + "_PROFILE"); path != "" {
		f, err := os.Create(fmt.Sprintf("%s.%d", path, os.Getpid()))
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Println(string(line))
	io.Copy(io.Discard, os.Stdin) // until the benchmark closes it
	return nil
}

// seedSet is the seeders of a benchmark.
type seedSet struct {
	peers []peer.AddrInfo
	root  cid.Cid
	hash  protocol.Hash
	// cpu returns the CPU time the seeder processes used so far (zero for
	// seeders in this process: cpuTime counts them).
	cpu func() time.Duration
}

// startSeeders starts n seeders of size bytes of test data: stores in this
// process, or each in its own OS process (this test binary run as a
// seeder), so that on a machine with several cores the seeders' CPU is not
// the fetcher's. With links (one per seeder, see setupNetns), each seeder
// process runs in its link's network namespace and listens on its address.
func startSeeders(tb testing.TB, size, n int, tuning store.Tuning, procs, inPebble bool, links []seederLink) seedSet {
	tb.Helper()
	const seed = 40
	if links != nil && len(links) != n {
		tb.Fatalf("startSeeders: %d links for %d seeders", len(links), n)
	}
	if !procs && links == nil {
		ctx := context.Background()
		data := testData(seed, size)
		var set seedSet
		for range n {
			h := newHost(tb)
			cfg := store.Config{Host: h, Tuning: tuning}
			if inPebble {
				store.SetCopyLeaves(&cfg)
			}
			st := openStore(tb, cfg)
			c, hash, err := st.ImportBytes(ctx, data)
			if err != nil {
				tb.Fatalf("import: %v", err)
			}
			if err := st.Sync(); err != nil { // no seeder flush in the timed part
				tb.Fatalf("Sync: %v", err)
			}
			set.peers = append(set.peers, peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()})
			set.root, set.hash = c, hash
		}
		set.cpu = func() time.Duration { return 0 }
		return set
	}
	var set seedSet
	var pids []int
	type started struct {
		ready seederReady
		err   error
	}
	results := make([]chan started, n)
	for i := range n {
		sp := seederSpec{Size: size, Seed: seed, Tuning: tuning, Pebble: inPebble}
		if links != nil {
			sp.Listen = links[i].listen
		}
		spec, err := json.Marshal(sp)
		if err != nil {
			tb.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
		if links != nil {
			// ip netns exec enters the namespace and execs the binary
			// in the same process: cmd.Process.Pid stays the seeder's.
			cmd = exec.Command("ip", append([]string{"netns", "exec", links[i].netns}, cmd.Args...)...)
		}
		cmd.Env = append(os.Environ(), seederEnv+"="+string(spec))
		cmd.Stderr = os.Stderr
		stdin, err := cmd.StdinPipe()
		if err != nil {
			tb.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			tb.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			tb.Fatalf("start seeder process: %v", err)
		}
		tb.Cleanup(func() {
			stdin.Close()
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		})
		pids = append(pids, cmd.Process.Pid)
		results[i] = make(chan started, 1)
		go func() {
			var r seederReady
			line, err := bufio.NewReader(stdout).ReadBytes('\n')
			if err == nil {
				err = json.Unmarshal(line, &r)
			}
			results[i] <- started{r, err}
		}()
	}
	for i := range n {
		var r started
		select {
		case r = <-results[i]:
		case <-time.After(2 * time.Minute):
			tb.Fatalf("seeder process %d did not start in 2 minutes", i)
		}
		if r.err != nil {
			tb.Fatalf("seeder process %d: %v", i, r.err)
		}
		c, err := cid.Decode(r.ready.Root)
		if err != nil {
			tb.Fatalf("seeder process %d: root: %v", i, err)
		}
		hash, err := protocol.ParseHash(r.ready.Hash)
		if err != nil {
			tb.Fatalf("seeder process %d: hash: %v", i, err)
		}
		set.peers = append(set.peers, r.ready.Peer)
		set.root, set.hash = c, hash
	}
	set.cpu = func() time.Duration {
		var total time.Duration
		for _, pid := range pids {
			total += procCPU(pid)
		}
		return total
	}
	return set
}

// procCPU is the user+system CPU time of process pid, from /proc (10 ms
// resolution), or 0 if it cannot be read.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) in parentheses.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond // CLK_TCK is 100 on Linux
}

func connectInfo(tb testing.TB, h host.Host, info peer.AddrInfo) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Connect(ctx, info); err != nil {
		tb.Fatalf("connect %s -> %s: %v", h.ID(), info.ID, err)
	}
}
