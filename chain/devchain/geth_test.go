package devchain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/unstoppable-models/umnode/chain/devchain"
)

// startGeth starts geth --dev or skips the test when no geth is installed.
func startGeth(t *testing.T, accounts int) *devchain.Geth {
	t.Helper()
	if testing.Short() {
		t.Skip("geth --dev tests are slow; skipped with -short")
	}
	bin, err := devchain.FindGeth()
	if errors.Is(err, devchain.ErrNoGeth) {
		t.Skipf("skipping: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	g, err := devchain.StartGeth(ctx, devchain.GethOptions{Binary: bin, Accounts: accounts, Log: tLogWriter{t}})
	if err != nil {
		t.Fatalf("StartGeth: %v", err)
	}
	t.Cleanup(func() {
		if err := g.Stop(); err != nil {
			t.Errorf("geth Stop: %v", err)
		}
	})
	return g
}

type tLogWriter struct{ t *testing.T }

func (w tLogWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

func TestGeth_DevNodeServesFundedDevAccounts(t *testing.T) {
	g := startGeth(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, g.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	id, err := cl.ChainID(ctx)
	if err != nil || id.Uint64() != devchain.ChainID {
		t.Fatalf("geth chain ID: %v, %v; want %d", id, err, devchain.ChainID)
	}
	for i := range 3 {
		bal, err := cl.BalanceAt(ctx, devchain.DevAddress(i), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Sign() <= 0 {
			t.Fatalf("dev account %d has no balance on geth --dev", i)
		}
	}
	// Dev account 2 (funded by the helper, not by geth's genesis) can send.
	to := common.Address{0xee}
	c := &devchainHTTPSender{cl: cl}
	tx := c.send(t, ctx, devchain.DevKey(2), to, 777)
	r := waitReceipt(t, ctx, cl, tx.Hash())
	if r.Status != 1 {
		t.Fatalf("tx on geth failed")
	}
	got, err := cl.BalanceAt(ctx, to, nil)
	if err != nil || got.Cmp(big.NewInt(777)) != 0 {
		t.Fatalf("recipient balance on geth: %v, %v; want 777", got, err)
	}
}

func TestFindGeth_EnvPointsAtMissingFile(t *testing.T) {
	t.Setenv(devchain.EnvGeth, "/nonexistent/geth")
	if _, err := devchain.FindGeth(); err == nil {
		t.Fatal("FindGeth with UMNODE_GETH pointing nowhere: got nil error")
	}
}
