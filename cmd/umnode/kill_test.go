package main_test

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// TestRun_SIGKILLResumesWithoutDoubleCommit runs the umnode binary as a
// worker on a spare devnet config, SIGKILLs it once it has committed, and
// restarts it on the same data dir: the worker journal must keep it from
// committing twice on one parent, it must not be slashed, and it must go on
// committing after the restart.
func TestRun_SIGKILLResumesWithoutDoubleCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds umnode, starts a chain, loads MNIST and trains; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	tmp := t.TempDir()

	bin := filepath.Join(tmp, "umnode")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mnist, err := dataset.MNISTDir(ctx)
	if err != nil {
		t.Fatal(err)
	}

	opts := node.DefaultDevnetOptions()
	opts.Dir = filepath.Join(tmp, "dn")
	opts.HTTPAddr = "127.0.0.1:0"
	opts.BlockInterval = 100 * time.Millisecond
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 0, 0, 0, 1
	opts.Eval = false
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { _ = d.Stop(context.Background()) })
	spare := d.Nodes()[0]
	dep := d.Deployment()

	ec, err := ethclient.DialContext(ctx, d.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	ledger := bindings.NewLedger()
	workerInfo := func() bindings.StakingWorker {
		t.Helper()
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &dep.Ledger, Data: ledger.PackWorkerInfo(spare.Address)}, nil)
		if err != nil {
			t.Fatalf("workerInfo: %v", err)
		}
		wi, err := ledger.UnpackWorkerInfo(out)
		if err != nil {
			t.Fatalf("workerInfo: %v", err)
		}
		return wi
	}
	logsOf := func(event string, topics ...[]common.Hash) []types.Log {
		t.Helper()
		q := ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(dep.StartBlock), Addresses: []common.Address{dep.Ledger},
			Topics: append([][]common.Hash{{ledger.GetABI().Events[event].ID}}, topics...),
		}
		logs, err := ec.FilterLogs(ctx, q)
		if err != nil {
			t.Fatalf("FilterLogs %s: %v", event, err)
		}
		return logs
	}
	workerTopic := common.BytesToHash(spare.Address.Bytes())
	commits := func() []*bindings.LedgerUpdateCommitted {
		t.Helper()
		logs := logsOf(bindings.LedgerUpdateCommittedEventName, []common.Hash{common.Hash(dep.RunID)}, nil, []common.Hash{workerTopic})
		out := make([]*bindings.LedgerUpdateCommitted, 0, len(logs))
		for i := range logs {
			e, err := ledger.UnpackUpdateCommittedEvent(&logs[i])
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, e)
		}
		return out
	}
	before := workerInfo()
	if !before.Registered || before.SelfStake.Sign() == 0 {
		t.Fatalf("spare %s is not a staked worker: %+v", spare.Address, before)
	}

	// start runs the binary on the spare's config; only what it needs is in
	// its environment.
	start := func(name string) (*exec.Cmd, *syncBuffer) {
		t.Helper()
		out := new(syncBuffer)
		cmd := exec.Command(bin, "run", "--config", spare.ConfigPath)
		cmd.Env = []string{"HOME=" + tmp, "UMNODE_LOG_LEVEL=warn", dataset.MNISTEnv + "=" + mnist}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
			}
		})
		return cmd, out
	}
	// waitCommits waits until the worker has more than n commits on chain
	// in blocks after block from.
	waitCommits := func(name string, out *syncBuffer, n int, from uint64) {
		t.Helper()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			k := 0
			for _, c := range commits() {
				if c.Raw.BlockNumber > from {
					k++
				}
			}
			if k > n {
				return
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s: %d commits after block %d, want more than %d: %v\n%s", name, k, from, n, ctx.Err(), out.String())
			case <-tick.C:
			}
		}
	}

	t0 := time.Now()
	cmd1, out1 := start("first run")
	waitCommits("first run", out1, 0, 0)
	t.Logf("first commit after %v", time.Since(t0).Round(time.Millisecond))
	// Mid-work: it is training (or committing) on the new head by now.
	time.Sleep(300 * time.Millisecond)
	if err := cmd1.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd1.Wait()
	// Let a commit the killed process had sent land before drawing the line.
	time.Sleep(time.Second)
	killedAt, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n1 := len(commits())
	t.Logf("killed after %d commits; restarting at block %d", n1, killedAt)

	t1 := time.Now()
	cmd2, out2 := start("restart")
	waitCommits("restart", out2, 0, killedAt)
	t.Logf("first commit after restart in %v", time.Since(t1).Round(time.Millisecond))
	if err := cmd2.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd2.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("restarted umnode did not stop cleanly on SIGINT: %v\n%s", err, out2.String())
		}
	case <-time.After(40 * time.Second):
		_ = cmd2.Process.Kill()
		t.Fatalf("restarted umnode did not stop within 40s of SIGINT:\n%s", out2.String())
	}

	all := commits()
	parents := map[[32]byte][32]byte{}
	for _, c := range all {
		if prev, ok := parents[c.Parent]; ok {
			t.Errorf("updates %x and %x by %s share parent %x", prev[:4], c.UpdateId[:4], spare.Address, c.Parent[:4])
		}
		parents[c.Parent] = c.UpdateId
	}
	if len(all) <= n1 {
		t.Errorf("%d commits in all, %d before the restart: none after it", len(all), n1)
	}
	after := workerInfo()
	if !after.Registered || after.SelfStake.Cmp(before.SelfStake) != 0 || after.ActiveDisputes != 0 {
		t.Errorf("worker after the restart %+v, want registered, self stake %v, no dispute", after, before.SelfStake)
	}
	if s := logsOf("Slashed", []common.Hash{workerTopic}); len(s) != 0 {
		t.Errorf("%d Slashed events for %s", len(s), spare.Address)
	}
	if t.Failed() {
		t.Logf("first run:\n%s\nrestart:\n%s", out1.String(), out2.String())
	}
	t.Logf("%d commits (%d before the kill), total %v", len(all), n1, time.Since(t0).Round(time.Millisecond))
}
