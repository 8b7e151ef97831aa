package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// TestGeth_ClientAgainstExternalNode runs the client against a separate
// `geth --dev` process: chain-ID check, both tx types, the contracts, and a
// decoded custom error. Skipped without a geth binary (UMNODE_GETH or PATH).
func TestGeth_ClientAgainstExternalNode(t *testing.T) {
	if testing.Short() {
		t.Skip("geth --dev tests are slow; skipped with -short")
	}
	if _, err := devchain.FindGeth(); errors.Is(err, devchain.ErrNoGeth) {
		t.Skipf("skipping: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	g, err := devchain.StartGeth(ctx, devchain.GethOptions{Accounts: 3})
	if err != nil {
		t.Fatalf("StartGeth: %v", err)
	}
	defer g.Stop()

	p := chain.Devnet
	p.PollInterval = 20 * time.Millisecond
	admin, err := chain.Dial(ctx, g.URL, p, chain.WithKey(g.Keys[0]), chain.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatalf("Dial geth: %v", err)
	}
	defer admin.Close()
	if _, err := chain.Dial(ctx, g.URL, chain.Cardona); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("Dial geth --dev as cardona: got %v, want ErrWrongChain", err)
	}

	legacyP := p
	legacyP.TxType = chain.Legacy
	legacy, err := chain.Dial(ctx, g.URL, legacyP, chain.WithKey(g.Keys[1]))
	if err != nil {
		t.Fatal(err)
	}
	defer legacy.Close()
	for _, tc := range []struct {
		c    *chain.Client
		want uint8
	}{{admin, types.DynamicFeeTxType}, {legacy, types.LegacyTxType}} {
		tx, err := tc.c.Transact(ctx, &common.Address{0xab}, nil, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tc.c.WaitReceipt(ctx, tx); err != nil {
			t.Fatal(err)
		}
		mined, _, err := tc.c.TransactionByHash(ctx, tx.Hash())
		if err != nil || mined.Type() != tc.want {
			t.Fatalf("tx type on geth: got %v (%v), want %d", mined.Type(), err, tc.want)
		}
	}

	d := deployAll(t, admin)
	poor, err := chain.Dial(ctx, g.URL, p, chain.WithKey(g.Keys[2]))
	if err != nil {
		t.Fatal(err)
	}
	defer poor.Close()
	_, err = poor.Transact(ctx, &d.TokenAddr, d.Token.PackTransfer(admin.From(), tokens(1)), nil)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "ERC20InsufficientBalance" {
		t.Fatalf("transfer above balance on geth: got %v, want ERC20InsufficientBalance", err)
	}
}
