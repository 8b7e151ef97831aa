package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

func TestTransact_TxTypeFollowsProfile(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	legacy := testProfile()
	legacy.TxType = chain.Legacy
	for _, tc := range []struct {
		profile chain.Profile
		key     int
		want    uint8
	}{
		{testProfile(), 0, types.DynamicFeeTxType},
		{legacy, 1, types.LegacyTxType},
	} {
		c := dial(t, dc, tc.profile, tc.key)
		ctx := testCtx(t)
		tx, err := c.Transact(ctx, ptr(common.Address{0xaa}), nil, big.NewInt(7))
		if err != nil {
			t.Fatalf("%v Transact: %v", tc.profile.TxType, err)
		}
		if _, err := c.WaitReceipt(ctx, tx); err != nil {
			t.Fatalf("%v WaitReceipt: %v", tc.profile.TxType, err)
		}
		// Read the mined tx back from the chain, not from our own object.
		mined, pending, err := dc.Client().TransactionByHash(ctx, tx.Hash())
		if err != nil || pending {
			t.Fatalf("TransactionByHash: pending=%v err=%v", pending, err)
		}
		if got := mined.Type(); got != tc.want {
			t.Fatalf("%v profile: mined tx type %d, want %d", tc.profile.TxType, got, tc.want)
		}
	}
}

func TestSend_BindingsGetProfileTxType(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	legacy := testProfile()
	legacy.TxType = chain.Legacy
	c := dial(t, dc, legacy, 0)
	ctx := testCtx(t)
	// bind.DeployContract with the opts Send builds: two contracts in one fn.
	var second *types.Transaction
	first, err := c.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx1, err := bind.DeployContract(o, loggerInit, c, nil)
		if err != nil {
			return nil, err
		}
		_, second, err = bind.DeployContract(o, reverterInit, c, nil)
		return tx1, err
	})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	for i, tx := range []*types.Transaction{first, second} {
		r, err := c.WaitReceipt(ctx, tx)
		if err != nil {
			t.Fatalf("deploy %d: %v", i, err)
		}
		if tx.Type() != types.LegacyTxType {
			t.Fatalf("deploy %d: tx type %d, want legacy", i, tx.Type())
		}
		if got := tx.Nonce(); got != uint64(i) {
			t.Fatalf("deploy %d: nonce %d, want %d", i, got, i)
		}
		if r.ContractAddress == (common.Address{}) {
			t.Fatalf("deploy %d: no contract address", i)
		}
	}
	// The client's own nonce sequence continues after the two deploys.
	tx, err := c.Transact(ctx, ptr(common.Address{1}), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 2 {
		t.Fatalf("Transact after Send: nonce %d, want 2", tx.Nonce())
	}
}

func TestTransact_ConcurrentSendsGetDistinctNonces(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	c := dial(t, dc, testProfile(), 0)
	ctx := testCtx(t)
	const n = 16
	txs := make([]*types.Transaction, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			txs[i], errs[i] = c.Transact(ctx, ptr(common.Address{byte(i + 1)}), nil, big.NewInt(1))
		}()
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if seen[txs[i].Nonce()] {
			t.Fatalf("nonce %d used twice", txs[i].Nonce())
		}
		seen[txs[i].Nonce()] = true
		if r, err := c.WaitReceipt(ctx, txs[i]); err != nil || r.Status != 1 {
			t.Fatalf("send %d: receipt %v, %v", i, r, err)
		}
	}
	got, err := dc.Client().NonceAt(ctx, dc.Address(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Fatalf("account nonce after %d concurrent sends: got %d, want %d", n, got, n)
	}
}

func TestTransact_ResyncsWhenAnotherSenderUsedTheNonce(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	a := dial(t, dc, testProfile(), 0)
	b := dial(t, dc, testProfile(), 0) // same key, separate nonce tracking
	ctx := testCtx(t)
	to := ptr(common.Address{9})
	if _, err := a.TransactAndWait(ctx, to, nil, nil); err != nil {
		t.Fatal(err)
	}
	// b's view starts at nonce 1 and uses 1 and 2 behind a's back.
	for range 2 {
		if _, err := b.TransactAndWait(ctx, to, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := a.Transact(ctx, to, nil, nil)
	if err != nil {
		t.Fatalf("Transact with a stale nonce: got %v, want a resync and success", err)
	}
	if tx.Nonce() != 3 {
		t.Fatalf("nonce after resync: got %d, want 3", tx.Nonce())
	}
	if _, err := a.WaitReceipt(ctx, tx); err != nil {
		t.Fatal(err)
	}
}

func TestWaitReceipt_TimesOut(t *testing.T) {
	// Manual mode: nothing is ever mined.
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0"})
	p := testProfile()
	p.ReceiptTimeout = 150 * time.Millisecond
	c := dial(t, dc, p, 0)
	ctx := testCtx(t)
	tx, err := c.Transact(ctx, ptr(common.Address{1}), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = c.WaitReceipt(ctx, tx)
	if !errors.Is(err, chain.ErrReceiptTimeout) {
		t.Fatalf("WaitReceipt on a chain that never mines: got %v, want ErrReceiptTimeout", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("WaitReceipt ignored its %v timeout (took %v)", p.ReceiptTimeout, time.Since(start))
	}
	// Once mined, the same wait succeeds.
	dc.Commit()
	if _, err := c.WaitReceipt(ctx, tx); err != nil {
		t.Fatalf("WaitReceipt after Commit: %v", err)
	}
}

func TestTransact_NoKey(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0"})
	c, err := chain.Dial(testCtx(t), dc.URL(), testProfile())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Transact(testCtx(t), nil, nil, nil); !errors.Is(err, chain.ErrNoKey) {
		t.Fatalf("Transact without key: got %v, want ErrNoKey", err)
	}
}

func TestFees_CapRefusesExpensiveSends(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	p := testProfile()
	p.MaxFeePerGas = big.NewInt(1) // 1 wei: below any base fee
	c := dial(t, dc, p, 0)
	_, err := c.Transact(testCtx(t), ptr(common.Address{1}), nil, nil)
	if !errors.Is(err, chain.ErrFeeTooHigh) {
		t.Fatalf("Transact over the fee cap: got %v, want ErrFeeTooHigh", err)
	}
	// No nonce was consumed: the next send (with a sane cap) gets nonce 0.
	c2 := dial(t, dc, testProfile(), 0)
	tx, err := c2.Transact(testCtx(t), ptr(common.Address{1}), nil, nil)
	if err != nil || tx.Nonce() != 0 {
		t.Fatalf("send after refused send: tx %v, err %v; want nonce 0", tx, err)
	}
}

func TestTransact_HonoursContextWhileQueued(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	c := dial(t, dc, testProfile(), 0)
	release := make(chan struct{})
	holding := make(chan struct{})
	go c.Send(testCtx(t), func(*bind.TransactOpts) (*types.Transaction, error) {
		close(holding)
		<-release // hold the send lock
		return nil, nil
	})
	<-holding
	ctx, cancel := context.WithTimeout(testCtx(t), 50*time.Millisecond)
	defer cancel()
	_, err := c.Transact(ctx, ptr(common.Address{1}), nil, nil)
	close(release)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Transact queued behind a held lock: got %v, want context.DeadlineExceeded", err)
	}
}

// TestWaitReceipt_ReportsOutOfGas: a transaction that used its whole gas
// limit is reported as out of gas, not with a reason replayed on another
// block.
func TestWaitReceipt_ReportsOutOfGas(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	legacy := testProfile()
	legacy.TxType = chain.Legacy
	c := dial(t, dc, legacy, 0)
	ctx := testCtx(t)
	// A logger that reverts before block n: the replay of the failed tx on
	// its parent block reverts, which must not hide the out-of-gas.
	//   NUMBER PUSH1 n GT PUSH1 0x0f JUMPI  log0(calldata) STOP
	//   JUMPDEST revert(0, 0)
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := byte(head + 2) // the deploy is mined in head+1, the call in head+2
	runtime := []byte{0x43, 0x60, n, 0x11, 0x60, 0x0f, 0x57, 0x36, 0x5f, 0x5f, 0x37, 0x36, 0x5f, 0xa0, 0x00, 0x5b, 0x5f, 0x5f, 0xfd}
	init := append([]byte{0x60, byte(len(runtime)), 0x60, 0x0a, 0x5f, 0x39, 0x60, byte(len(runtime)), 0x5f, 0xf3}, runtime...)
	logger := deploy(t, c, init)
	// 2000 zero bytes: intrinsic gas 21000 + 4 per byte = 29000, the
	// calldata floor (EIP-7623) 21000 + 10 per byte = 41000; logging them
	// costs about 17000 more, so the call needs ~46000. The limit below,
	// with the client's 20% headroom, is 43200: above the floor, short of
	// the need.
	data := make([]byte, 2000)
	const limit = 36_000
	tx, err := c.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		signed, err := o.Signer(o.From, types.NewTx(&types.LegacyTx{To: &logger, Data: data, Gas: limit}))
		if err != nil {
			return nil, err
		}
		return signed, c.SendTransaction(ctx, signed)
	})
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	r, err := c.WaitReceipt(ctx, tx)
	if err == nil {
		t.Fatalf("a call needing ~46k gas with a %d limit succeeded (used %d)", limit, r.GasUsed)
	}
	if !errors.Is(err, chain.ErrReverted) || !strings.Contains(err.Error(), "out of gas (used all") {
		t.Fatalf("WaitReceipt: %v; want ErrReverted saying it ran out of gas (used all its limit)", err)
	}
}
