package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// emit sends a tx making the logger contract emit data, and mines it.
func emit(t *testing.T, dc *devchain.Chain, c *chain.Client, logger common.Address, data string) uint64 {
	t.Helper()
	ctx := testCtx(t)
	tx, err := c.Transact(ctx, &logger, []byte(data), nil)
	if err != nil {
		t.Fatalf("emit %q: %v", data, err)
	}
	dc.Commit()
	r, err := c.WaitReceipt(ctx, tx)
	if err != nil {
		t.Fatalf("emit %q: %v", data, err)
	}
	return r.BlockNumber.Uint64()
}

// loggerChain is a manual devchain with the logger contract deployed, and
// a client of dev key 0.
func loggerChain(t *testing.T) (*devchain.Chain, *chain.Client, common.Address) {
	t.Helper()
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0"})
	c := dial(t, dc, testProfile(), 0)
	return dc, c, deployMined(t, testCtx(t), dc, c, loggerInit)
}

type follower struct {
	logs     chan types.Log
	progress chan uint64
	done     chan error
	cancel   context.CancelFunc
}

func follow(t *testing.T, c *chain.Client, f chain.Follow) *follower {
	t.Helper()
	ctx, cancel := context.WithCancel(testCtx(t))
	fl := &follower{logs: make(chan types.Log, 64), progress: make(chan uint64, 1024), done: make(chan error, 1), cancel: cancel}
	f.Progress = func(next uint64) { fl.progress <- next }
	if f.Poll == 0 {
		f.Poll = 5 * time.Millisecond
	}
	go func() {
		fl.done <- c.Follow(ctx, f, func(_ context.Context, l types.Log) error {
			fl.logs <- l
			return nil
		})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-fl.done; err != nil {
			t.Errorf("Follow returned %v", err)
		}
	})
	return fl
}

// scannedTo waits until the follower reports next >= want.
func (fl *follower) scannedTo(t *testing.T, want uint64) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case n := <-fl.progress:
			if n >= want {
				return
			}
		case err := <-fl.done:
			t.Fatalf("Follow stopped: %v", err)
		case <-timeout:
			t.Fatalf("follower did not scan up to block %d", want)
		}
	}
}

func (fl *follower) next(t *testing.T) types.Log {
	t.Helper()
	select {
	case l := <-fl.logs:
		return l
	case err := <-fl.done:
		t.Fatalf("Follow stopped: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no log delivered")
	}
	return types.Log{}
}

func (fl *follower) none(t *testing.T) {
	t.Helper()
	select {
	case l := <-fl.logs:
		t.Fatalf("log %q of block %d delivered too early", l.Data, l.BlockNumber)
	default:
	}
}

func TestFollow_DeliversOnlyConfirmedLogs(t *testing.T) {
	dc, c, logger := loggerChain(t)

	const depth = 2
	fl := follow(t, c, chain.Follow{Query: ethereum.FilterQuery{Addresses: []common.Address{logger}}, Depth: depth, UseDepth: true})
	b := emit(t, dc, c, logger, "first")
	// Head is b: the follower may scan up to b-depth, which excludes b.
	fl.scannedTo(t, b-depth+1)
	fl.none(t)
	dc.Commit() // head b+1
	fl.scannedTo(t, b-depth+2)
	fl.none(t)
	dc.Commit() // head b+2: block b is depth deep
	l := fl.next(t)
	if string(l.Data) != "first" || l.BlockNumber != b {
		t.Fatalf("delivered %q from block %d, want \"first\" from block %d", l.Data, l.BlockNumber, b)
	}
	// Several logs arrive in chain order.
	want := []string{"a", "b", "c"}
	for _, s := range want {
		emit(t, dc, c, logger, s)
	}
	dc.Commit()
	dc.Commit()
	for _, s := range want {
		if got := string(fl.next(t).Data); got != s {
			t.Fatalf("order: got %q, want %q", got, s)
		}
	}
}

func TestFollow_RescansAfterReorg(t *testing.T) {
	dc, c, logger := loggerChain(t)
	ctx := testCtx(t)
	fork, err := dc.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	fl := follow(t, c, chain.Follow{Query: ethereum.FilterQuery{Addresses: []common.Address{logger}}, Depth: 0, UseDepth: true})
	b := emit(t, dc, c, logger, "old branch")
	if got := string(fl.next(t).Data); got != "old branch" {
		t.Fatalf("before reorg: got %q", got)
	}
	fl.scannedTo(t, b+1)

	// Replace block b by a longer branch carrying another log.
	if err := dc.Backend().Fork(fork.Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	c2 := dial(t, dc, testProfile(), 0) // fresh nonce view of the new branch
	emit(t, dc, c2, logger, "new branch")
	dc.Commit()
	dc.Commit()
	for {
		l := fl.next(t)
		if string(l.Data) == "old branch" {
			continue // re-delivery is allowed (handlers are idempotent)
		}
		if string(l.Data) != "new branch" {
			t.Fatalf("after reorg: unexpected log %q", l.Data)
		}
		h, err := dc.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != l.BlockHash {
			t.Fatalf("delivered log is from block %s, canonical block %d is %s", l.BlockHash, l.BlockNumber, h.Hash())
		}
		return
	}
}

// TestFollow_RescanSkipsKeptBlocks: after a reorg, the logs of the blocks
// the reorg kept are not delivered again; the new branch's are (so a
// 'umnode watch' does not print the rescanned blocks' events twice).
func TestFollow_RescanSkipsKeptBlocks(t *testing.T) {
	dc, c, logger := loggerChain(t)
	ctx := testCtx(t)

	fl := follow(t, c, chain.Follow{Query: ethereum.FilterQuery{Addresses: []common.Address{logger}}, Depth: 0, UseDepth: true})
	emit(t, dc, c, logger, "kept")
	fork, err := dc.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := emit(t, dc, c, logger, "old branch")
	for _, want := range []string{"kept", "old branch"} {
		if got := string(fl.next(t).Data); got != want {
			t.Fatalf("before reorg: got %q, want %q", got, want)
		}
	}
	fl.scannedTo(t, b+1)

	if err := dc.Backend().Fork(fork.Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	c2 := dial(t, dc, testProfile(), 0)
	emit(t, dc, c2, logger, "new branch")
	dc.Commit()
	dc.Commit()
	// The pool puts the abandoned block's transaction back, so "old branch"
	// comes again from a block of the new branch: that is a new log.
	for {
		switch got := string(fl.next(t).Data); got {
		case "new branch":
			return
		case "kept":
			t.Fatal("the log of the block the reorg kept was delivered again")
		}
	}
}
