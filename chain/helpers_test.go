package chain_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// Hand-assembled contracts (Shanghai opcodes), so the client can be tested
// against real EVM execution without the project's contracts:
//
//	logger:   log0(calldata)      runtime 36 5f 5f 37 36 5f a0 00
//	reverter: revert(calldata)    runtime 36 5f 5f 37 36 5f fd
//
// Each init code copies its runtime (at offset 10) to memory and returns it.
var (
	loggerInit   = hexutil.MustDecode("0x6008600a5f3960085ff3" + "365f5f37365fa000")
	reverterInit = hexutil.MustDecode("0x6007600a5f3960075ff3" + "365f5f37365ffd")
)

// fastRetry keeps failure tests quick: 4 attempts, 10ms..40ms apart.
var fastRetry = chain.RetryPolicy{Attempts: 4, Initial: 10 * time.Millisecond, Max: 40 * time.Millisecond}

func testProfile() chain.Profile {
	p := chain.Devnet
	p.PollInterval = 10 * time.Millisecond
	p.ReceiptTimeout = 10 * time.Second
	return p
}

func startChain(t *testing.T, opts devchain.Options) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(opts)
	if err != nil {
		t.Fatalf("devchain.New: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// dial connects a client with dev key i to the devchain over HTTP.
func dial(t *testing.T, dc *devchain.Chain, p chain.Profile, i int, opts ...chain.Option) *chain.Client {
	t.Helper()
	opts = append([]chain.Option{chain.WithKey(dc.Key(i)), chain.WithRetry(fastRetry), chain.WithLogger(testLogger(t))}, opts...)
	c, err := chain.Dial(testCtx(t), dc.URL(), p, opts...)
	if err != nil {
		t.Fatalf("Dial %s: %v", dc.URL(), err)
	}
	t.Cleanup(c.Close)
	return c
}

// deploy creates a contract from init code and returns its address.
func deploy(t *testing.T, c *chain.Client, init []byte) common.Address {
	t.Helper()
	ctx := testCtx(t)
	r, err := c.TransactAndWait(ctx, nil, init, nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return r.ContractAddress
}

// faultProxy forwards HTTP requests to target, answering the first `fail`
// of them (and, if every > 0, each every-th one after) with `status` instead:
// fault injection on loopback.
type faultProxy struct {
	URL      string
	requests atomic.Int64
	every    int64
	injected atomic.Int64
}

func newFaultProxy(t *testing.T, target string, fail int64, status int) *faultProxy {
	t.Helper()
	p := &faultProxy{}
	p.URL = serveProxy(t, target, func(rp *httputil.ReverseProxy, w http.ResponseWriter, r *http.Request) {
		n := p.requests.Add(1)
		if n <= fail || (p.every > 0 && n%p.every == 0) {
			p.injected.Add(1)
			io.Copy(io.Discard, r.Body)
			http.Error(w, "injected fault", status)
			return
		}
		rp.ServeHTTP(w, r)
	})
	return p
}

// serveProxy serves h on a loopback port in front of target, h forwarding
// what it lets through with rp, and returns the proxy's URL.
func serveProxy(t *testing.T, target string, h func(rp *httputil.ReverseProxy, w http.ResponseWriter, r *http.Request)) string {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h(rp, w, r) })}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return "http://" + l.Addr().String()
}

// closedPort returns a loopback URL nobody listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// testLogger writes through t.Log.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
