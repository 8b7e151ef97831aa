package devchain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/unstoppable-models/umnode/chain/devchain"
)

func newChain(t *testing.T, opts devchain.Options) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(opts)
	if err != nil {
		t.Fatalf("devchain.New: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// sendValue signs and sends a plain transfer of wei from dev key i to to.
func sendValue(t *testing.T, ctx context.Context, cl *ethclient.Client, c *devchain.Chain, i int, to common.Address, wei int64) *types.Transaction {
	t.Helper()
	return (&devchainHTTPSender{cl: cl}).send(t, ctx, c.Key(i), to, wei)
}

type devchainHTTPSender struct{ cl *ethclient.Client }

func (s *devchainHTTPSender) send(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey, to common.Address, wei int64) *types.Transaction {
	t.Helper()
	cl := s.cl
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("PendingNonceAt: %v", err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatalf("SuggestGasTipCap: %v", err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber: %v", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(devchain.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &to, Value: big.NewInt(wei),
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(devchain.ChainID)), key)
	if err != nil {
		t.Fatalf("SignTx: %v", err)
	}
	if err := cl.SendTransaction(ctx, signed); err != nil {
		t.Fatalf("SendTransaction: %v", err)
	}
	return signed
}

func waitReceipt(t *testing.T, ctx context.Context, cl *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := cl.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v (last error %v)", h, ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestChain_ServesHTTPToAnotherClient(t *testing.T) {
	c := newChain(t, devchain.Options{Accounts: 3, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	if c.URL() == "" {
		t.Fatal("URL is empty with HTTPAddr set")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, c.URL())
	if err != nil {
		t.Fatalf("dial %s: %v", c.URL(), err)
	}
	defer cl.Close()

	id, err := cl.ChainID(ctx)
	if err != nil {
		t.Fatalf("ChainID over HTTP: %v", err)
	}
	if got, want := id.Uint64(), uint64(devchain.ChainID); got != want {
		t.Fatalf("chain ID over HTTP: got %d, want %d", got, want)
	}
	bal, err := cl.BalanceAt(ctx, c.Address(2), nil)
	if err != nil {
		t.Fatalf("BalanceAt: %v", err)
	}
	if got, want := bal, new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)); got.Cmp(want) != 0 {
		t.Fatalf("dev account 2 balance: got %v, want %v", got, want)
	}

	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx := sendValue(t, ctx, cl, c, 0, to, 12345)
	r := waitReceipt(t, ctx, cl, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status: got %d, want success", r.Status)
	}
	got, err := cl.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatalf("BalanceAt recipient: %v", err)
	}
	if got.Int64() != 12345 {
		t.Fatalf("recipient balance: got %v, want 12345", got)
	}
	// The in-process client sees the same chain.
	n, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatalf("in-process BlockNumber: %v", err)
	}
	if n != r.BlockNumber.Uint64() {
		t.Fatalf("in-process head: got %d, want the receipt's block %d", n, r.BlockNumber.Uint64())
	}
}

func TestChain_ServesWebSocket(t *testing.T) {
	c := newChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", WS: true, Mode: devchain.OnTx})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatalf("dial %s: %v", c.WSURL(), err)
	}
	defer cl.Close()
	heads := make(chan *types.Header, 4)
	sub, err := cl.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("SubscribeNewHead over WS: %v", err)
	}
	defer sub.Unsubscribe()
	sendValue(t, ctx, cl, c, 0, common.Address{1}, 1)
	select {
	case h := <-heads:
		if h.Number.Uint64() != 1 {
			t.Fatalf("first new head: got block %d, want 1", h.Number.Uint64())
		}
	case err := <-sub.Err():
		t.Fatalf("subscription: %v", err)
	case <-ctx.Done():
		t.Fatal("no new head over WS after a transaction in OnTx mode")
	}
}

func TestChain_ManualModeMinesOnlyOnCommit(t *testing.T) {
	c := newChain(t, devchain.Options{Accounts: 1})
	ctx := context.Background()
	cl := c.Client()
	if c.URL() != "" {
		t.Fatalf("URL without HTTPAddr: got %q, want empty", c.URL())
	}
	h0, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Commit()
	h1, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h1.Number.Uint64(), h0.Number.Uint64()+1; got != want {
		t.Fatalf("head after one Commit: got %d, want %d", got, want)
	}
	if err := c.AdjustTime(time.Hour); err != nil {
		t.Fatalf("AdjustTime: %v", err)
	}
	h2, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// AdjustTime commits once (nothing pending here) and then seals a block an hour later.
	if got := h2.Time - h1.Time; got < 3600 {
		t.Fatalf("timestamp step after AdjustTime(1h): got %ds, want >= 3600s", got)
	}
	if err := c.AdjustTime(time.Millisecond); err == nil {
		t.Fatal("AdjustTime(1ms): got nil error, want an error about 1s resolution")
	}
}

func TestChain_IntervalModeProducesBlocks(t *testing.T) {
	c := newChain(t, devchain.Options{Accounts: 1, Mode: devchain.Interval, BlockInterval: 20 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		n, err := c.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatalf("BlockNumber: %v", err)
		}
		if n >= 3 {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("interval mode: head still %d after 10s, want >= 3", n)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestNew_RejectsBadOptions(t *testing.T) {
	for name, opts := range map[string]devchain.Options{
		"negative accounts":  {Accounts: -1},
		"interval too short": {Mode: devchain.Interval, BlockInterval: time.Millisecond},
		"bad address":        {HTTPAddr: "localhost"},
		"unknown mode":       {Mode: devchain.Mode(9)},
	} {
		t.Run(name, func(t *testing.T) {
			c, err := devchain.New(opts)
			if err == nil {
				c.Close()
				t.Fatalf("New(%+v): got nil error", opts)
			}
		})
	}
}

func TestDevKey_DeterministicAndDistinct(t *testing.T) {
	seen := map[common.Address]int{}
	for i := range 32 {
		a := devchain.DevAddress(i)
		if j, ok := seen[a]; ok {
			t.Fatalf("dev keys %d and %d share address %s", i, j, a)
		}
		seen[a] = i
		if devchain.DevAddress(i) != a {
			t.Fatalf("DevAddress(%d) not deterministic", i)
		}
	}
}
