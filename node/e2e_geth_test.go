package node_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
)

// gethTimings are the shortest the contracts allow (Ledger.sol MIN_WINDOW,
// MIN_MOVE_DEADLINE, MIN_VOTING_PERIOD), in the real time of geth's blocks.
// The proofer gets 100 bonds: in real time each dispute holds its bond for
// over a minute (the voting period) while the faulty worker commits every
// few seconds; with 10 the proofer ran dry and let challenge windows close.
var gethTimings = fraudTimings{window: 60, moveDeadline: 30, votingPeriod: 60, bonds: 100}

// TestE2E_ExternalGeth is TestE2E_FraudIsSlashedTiny against a separate
// `geth --dev` process (1 s blocks, real time) that the nodes reach only
// over JSON-RPC. Without a geth binary it skips, saying how to install one,
// except under CI (CI set), where it fails.
func TestE2E_ExternalGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev and six nodes; takes about 2 minutes of real chain time")
	}
	bin, err := devchain.FindGeth()
	if errors.Is(err, devchain.ErrNoGeth) {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set, so this test must run: %v", err)
		}
		t.Skipf("skipping: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	version, err := devchain.GethVersion(ctx, bin)
	if err != nil {
		t.Fatal(err)
	}
	logFile := filepath.Join(t.TempDir(), "geth.log")
	gethLog, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = gethLog.Close() })
	// A block a second: the nodes read the chain clock from the latest
	// block, so with --dev.period 0 (a block per transaction) a challenge
	// window or voting period would not end on a quiet chain.
	g, err := devchain.StartGeth(ctx, devchain.GethOptions{Binary: bin, Accounts: 7, BlockPeriod: time.Second, Log: gethLog})
	if err != nil {
		t.Fatalf("StartGeth %s: %v\n%s", bin, err, tail(logFile, 40))
	}
	t.Cleanup(func() {
		if err := g.Stop(); err != nil {
			t.Errorf("geth Stop: %v", err)
		}
		if t.Failed() {
			t.Logf("geth log, last lines:\n%s", tail(logFile, 40))
		}
	})
	t.Logf("%s (geth %s) at %s", bin, version, g.URL)

	opts := fraudOptions(testswarm.TinyRun("node-fraud-test"), gethTimings)
	opts.RPCURL, opts.Keys = g.URL, g.Keys
	fraudE2E(t, &fraudSwarm{Swarm: testswarm.New(t, opts), timings: gethTimings}, 3*time.Minute)
	t.Logf("total wall time %v", time.Since(began).Round(time.Second))
}

// tail is the last n lines of a file, for a failure message.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	var out strings.Builder
	for _, l := range lines {
		out.Write(l)
		out.WriteByte('\n')
	}
	return out.String()
}
