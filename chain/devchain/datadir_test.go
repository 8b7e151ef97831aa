package devchain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/unstoppable-models/umnode/chain/devchain"
)

// TestNew_DataDirContinuesTheChain closes a chain kept in a data dir and
// opens it again: the head, its state and the block numbering carry on.
func TestNew_DataDirContinuesTheChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	opts := devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", DataDir: t.TempDir()}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")

	c1, err := devchain.New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	cl1, err := ethclient.DialContext(ctx, c1.URL())
	if err != nil {
		t.Fatal(err)
	}
	tx := sendValue(t, ctx, cl1, c1, 0, to, 12345)
	c1.Commit()
	waitReceipt(t, ctx, cl1, tx.Hash())
	c1.Commit()
	head1, err := cl1.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cl1.Close()
	if _, err := devchain.New(opts); err == nil {
		t.Fatal("a second chain opened the data dir of a running one")
	}
	if err := c1.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	c2 := newChain(t, opts)
	cl2, err := ethclient.DialContext(ctx, c2.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer cl2.Close()
	head2, err := cl2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := head2.Hash(), head1.Hash(); got != want {
		t.Fatalf("reopened chain's head is block %d %s, want block %d %s", head2.Number, got, head1.Number, want)
	}
	bal, err := cl2.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 12345 {
		t.Fatalf("balance of %s after reopening is %v wei, want 12345", to, bal)
	}
	if _, err := cl2.TransactionReceipt(ctx, tx.Hash()); err != nil {
		t.Fatalf("receipt of %s after reopening: %v", tx.Hash(), err)
	}
	c2.Commit()
	next, err := cl2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if next.ParentHash != head1.Hash() || next.Number.Uint64() != head1.Number.Uint64()+1 {
		t.Fatalf("next block %d has parent %s, want block %d on %s", next.Number, next.ParentHash, head1.Number.Uint64()+1, head1.Hash())
	}
}
