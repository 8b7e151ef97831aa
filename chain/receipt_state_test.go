package chain_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// lagProxy forwards JSON-RPC to target, but after each receipt it returns
// it answers the next `lag` requests that ask about "latest" (block number,
// headers, calls, balances) for the block before the receipt's: a node whose
// head has not moved yet when its receipt is already findable, as
// go-ethereum between writing its indexes and moving its head, or a load
// balancer whose next backend is a block behind.
type lagProxy struct {
	URL string

	mu     sync.Mutex
	lag    int
	left   int
	behind uint64 // the block "latest" means while left > 0
	lagged int    // answers given from the block behind
}

type rpcReq struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

func newLagProxy(t *testing.T, target string, lag int) *lagProxy {
	t.Helper()
	p := &lagProxy{lag: lag}
	p.URL = serveProxy(t, target, func(rp *httputil.ReverseProxy, w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req rpcReq
		if json.Unmarshal(body, &req) == nil {
			body = p.rewrite(w, &req, body)
			if body == nil {
				return // answered here
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.Header.Del("Accept-Encoding") // plain JSON to read back
		if req.Method != "eth_getTransactionReceipt" {
			rp.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		rp.ServeHTTP(rec, r)
		var resp struct {
			Result *struct {
				BlockNumber hexutil.Uint64 `json:"blockNumber"`
			} `json:"result"`
		}
		if json.Unmarshal(rec.Body.Bytes(), &resp) == nil && resp.Result != nil {
			p.mu.Lock()
			p.left, p.behind = p.lag, uint64(resp.Result.BlockNumber)-1
			p.mu.Unlock()
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
	return p
}

// rewrite turns "latest" into the block behind while the lag lasts; it
// returns the body to forward, or nil when it answered w itself.
func (p *lagProxy) rewrite(w http.ResponseWriter, req *rpcReq, body []byte) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.left == 0 {
		return body
	}
	behind, _ := json.Marshal(hexutil.Uint64(p.behind))
	latest := []byte(`"latest"`)
	switch req.Method {
	case "eth_blockNumber":
		p.left--
		p.lagged++
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": json.RawMessage(behind)})
		return nil
	case "eth_getBlockByNumber", "eth_call", "eth_getBalance":
		for i, prm := range req.Params {
			if bytes.Equal(prm, latest) {
				req.Params[i] = behind
				p.left--
				p.lagged++
				out, _ := json.Marshal(req)
				return out
			}
		}
	}
	return body
}

// TestWaitReceipt_StateIsVisible: a read at "latest" right after
// WaitReceipt sees the transaction's effects, even from a node whose head
// lags its receipts.
func TestWaitReceipt_StateIsVisible(t *testing.T) {
	dc := startChain(t, devchain.Options{Mode: devchain.OnTx, HTTPAddr: "127.0.0.1:0", Accounts: 1})
	p := newLagProxy(t, dc.URL(), 3)
	c, err := chain.Dial(testCtx(t), p.URL, testProfile(), chain.WithKey(dc.Key(0)), chain.WithRetry(fastRetry), chain.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	ctx := testCtx(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	for i := int64(1); i <= 3; i++ {
		if _, err := c.TransactAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
		got, err := c.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Int64() != i {
			t.Fatalf("after transfer %d's receipt, the balance at latest is %s, want %d: the read saw the state before the transaction", i, got, i)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lagged == 0 {
		t.Fatal("the proxy never answered for a lagging head: the test tested nothing")
	}
}
