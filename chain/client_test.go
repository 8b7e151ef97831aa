package chain_test

import (
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

func TestProfileByName_KnownAndCustom(t *testing.T) {
	for name, want := range map[string]uint64{"devnet": 1337, "cardona": 2442, "zkevm": 1101, "amoy": 80002} {
		p, err := chain.ProfileByName(name, 0)
		if err != nil {
			t.Fatalf("ProfileByName(%q): %v", name, err)
		}
		if p.ChainID != want {
			t.Fatalf("%s chain ID: got %d, want %d", name, p.ChainID, want)
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, name := range []string{"cardona", "zkevm"} {
		p, _ := chain.ProfileByName(name, 0)
		if p.TxType != chain.Legacy {
			t.Fatalf("%s tx type: got %v, want legacy (Polygon zkEVM rejects type-2 txs)", name, p.TxType)
		}
	}
	if p, _ := chain.ProfileByName("amoy", 0); p.TxType != chain.DynamicFee {
		t.Fatalf("amoy tx type: got %v, want eip1559", p.TxType)
	}
	p, err := chain.ProfileByName("custom", 31337)
	if err != nil || p.ChainID != 31337 {
		t.Fatalf("custom 31337: got %+v, %v", p, err)
	}
	for _, bad := range []struct {
		name string
		id   uint64
	}{{"custom", 0}, {"mainnet", 0}, {"amoy", 1}} {
		if _, err := chain.ProfileByName(bad.name, bad.id); err == nil {
			t.Fatalf("ProfileByName(%q, %d): got nil error", bad.name, bad.id)
		}
	}
}

func TestDial_ChecksChainID(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	c := dial(t, dc, testProfile(), 0)
	if got := c.ChainIDValue().Uint64(); got != devchain.ChainID {
		t.Fatalf("chain ID: got %d, want %d", got, devchain.ChainID)
	}

	_, err := chain.Dial(testCtx(t), dc.URL(), chain.Amoy, chain.WithRetry(fastRetry))
	if !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("Dial devchain as amoy: got %v, want ErrWrongChain", err)
	}
	for _, want := range []string{"1337", "80002", "--rpc-url"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("mismatch error %q does not mention %q", err, want)
		}
	}
}

func TestDial_DeadEndpointFailsFastAndBounded(t *testing.T) {
	url := closedPort(t)
	start := time.Now()
	_, err := chain.Dial(testCtx(t), url, testProfile(), chain.WithRetry(fastRetry))
	elapsed := time.Since(start)
	if !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("Dial closed port: got %v, want ErrUnreachable", err)
	}
	if !strings.Contains(err.Error(), "after 4 attempts") || !strings.Contains(err.Error(), "--rpc-url") {
		t.Fatalf("dead endpoint error %q should say the attempts and what to check", err)
	}
	// 3 sleeps of at most 10+20+40ms; the bound only guards against unbounded retrying.
	if elapsed > 5*time.Second {
		t.Fatalf("Dial of a closed port took %v; retries are not bounded", elapsed)
	}
}

func TestDial_WebSocket(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", WS: true, Mode: devchain.OnTx})
	c, err := chain.Dial(testCtx(t), dc.WSURL(), testProfile(), chain.WithKey(dc.Key(0)))
	if err != nil {
		t.Fatalf("Dial %s: %v", dc.WSURL(), err)
	}
	defer c.Close()
	if _, err := c.TransactAndWait(testCtx(t), ptr(dc.Address(0)), nil, nil); err != nil {
		t.Fatalf("send over WebSocket: %v", err)
	}
}

func TestDial_DeadEndpointDefaultPolicyIsQuick(t *testing.T) {
	start := time.Now()
	_, err := chain.Dial(testCtx(t), closedPort(t), chain.Devnet)
	if !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("Dial closed port: got %v, want ErrUnreachable", err)
	}
	// DialRetry sleeps at most 200ms+400ms; 5s only catches an unbounded policy.
	d := time.Since(start)
	t.Logf("dead endpoint reported after %v: %v", d, err)
	if d > 5*time.Second {
		t.Fatalf("Dial of a closed port with the default policy took %v", d)
	}
}

func TestDial_RetriesAreBoundedOn5xx(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0"})
	proxy := newFaultProxy(t, dc.URL(), 1<<30, http.StatusServiceUnavailable)
	_, err := chain.Dial(testCtx(t), proxy.URL, testProfile(), chain.WithRetry(fastRetry))
	if !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("Dial through an always-503 proxy: got %v, want ErrUnreachable", err)
	}
	if got, want := proxy.requests.Load(), int64(fastRetry.Attempts); got != want {
		t.Fatalf("requests through the proxy: got %d, want exactly %d (the retry bound)", got, want)
	}
}

func TestClient_RetriesTransientErrors(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	for _, status := range []int{http.StatusServiceUnavailable, http.StatusTooManyRequests, http.StatusBadGateway} {
		proxy := newFaultProxy(t, dc.URL(), 2, status)
		c, err := chain.Dial(testCtx(t), proxy.URL, testProfile(), chain.WithRetry(fastRetry), chain.WithKey(dc.Key(1)))
		if err != nil {
			t.Fatalf("Dial through a proxy failing twice with %d: %v", status, err)
		}
		if got := proxy.requests.Load(); got != 3 {
			t.Fatalf("status %d: requests: got %d, want 3 (2 failures + 1 success)", status, got)
		}
		c.Close()
	}
	// A send through a proxy failing every 3rd request lands exactly once.
	proxy := newFaultProxy(t, dc.URL(), 0, http.StatusServiceUnavailable)
	proxy.every = 3
	ctx := testCtx(t)
	c, err := chain.Dial(ctx, proxy.URL, testProfile(), chain.WithRetry(fastRetry), chain.WithKey(dc.Key(1)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := range 3 {
		r, err := c.TransactAndWait(ctx, ptr(dc.Address(0)), nil, big.NewInt(1))
		if err != nil {
			t.Fatalf("TransactAndWait %d through a flaky proxy: %v", i, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt status %d", r.Status)
		}
	}
	if proxy.injected.Load() == 0 {
		t.Fatal("the proxy injected no fault; the test proves nothing")
	}
	nonce, err := dc.Client().NonceAt(ctx, dc.Address(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != 3 {
		t.Fatalf("sender nonce after 3 sends through a flaky proxy: got %d, want 3 (no double send, no gap)", nonce)
	}
}

func TestIsTransient_Classifies(t *testing.T) {
	cases := []struct {
		err  error
		want bool
	}{
		{errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), true},
		{errors.New("429 Too Many Requests"), true},
		{errors.New("nonce too low"), false},
		{errors.New("transaction indexing is in progress"), true},
		{errors.New("insufficient funds for gas * price + value"), false},
		{&chain.RevertError{Reason: "x"}, false},
		{&chain.RevertError{Reason: "MoveTimeout(deadline: 5)"}, false},
		{errors.New("execution reverted: request timeout"), false},
		{nil, false},
	}
	for _, c := range cases {
		if got := chain.IsTransient(c.err); got != c.want {
			t.Fatalf("IsTransient(%v): got %v, want %v", c.err, got, c.want)
		}
	}
}

func TestRetryPolicy_BackoffDoublesUpToCap(t *testing.T) {
	p := chain.RetryPolicy{Attempts: 10, Initial: 100 * time.Millisecond, Max: time.Second}
	want := []time.Duration{100, 200, 400, 800, 1000, 1000}
	for i, w := range want {
		if got := p.Backoff(i + 1); got != w*time.Millisecond {
			t.Fatalf("Backoff(%d): got %v, want %v", i+1, got, w*time.Millisecond)
		}
	}
}

func ptr[T any](v T) *T { return &v }
