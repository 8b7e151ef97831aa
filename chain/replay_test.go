package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httputil"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

const gateErrorsABI = `[
 {"type":"error","name":"Early","inputs":[]},
 {"type":"error","name":"Taken","inputs":[]}
]`

// gateInit deploys a contract shaped like a challenge reveal: called with no
// data it takes the gate (slot 0 = 1, as a rival's dispute marks an update
// disputed); called with a 32-byte block number n it reverts Early() before
// block n, Taken() once the gate is taken, and else passes.
func gateInit() []byte {
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	revertWith := func(s []byte) []byte { // PUSH4 s PUSH1 0xe0 SHL PUSH0 MSTORE PUSH1 4 PUSH0 REVERT
		return append(append([]byte{0x5b, 0x63}, s...), 0x60, 0xe0, 0x1b, 0x5f, 0x52, 0x60, 0x04, 0x5f, 0xfd)
	}
	code := []byte{
		0x36, 0x60, 0x0a, 0x57, // CALLDATASIZE PUSH1 main JUMPI
		0x60, 0x01, 0x5f, 0x55, 0x00, 0x00, // sstore(0, 1) STOP (pad)
		0x5b, 0x5f, 0x35, 0x43, 0x10, 0x60, 0x18, 0x57, // main: NUMBER < calldataload(0) -> early
		0x5f, 0x54, 0x60, 0x27, 0x57, // sload(0) != 0 -> taken
		0x00,
	}
	code = append(code, revertWith(sel("Early()"))...) // at 0x18
	code = append(code, revertWith(sel("Taken()"))...) // at 0x27
	return append([]byte{0x60, byte(len(code)), 0x60, 0x0a, 0x5f, 0x39, 0x60, byte(len(code)), 0x5f, 0xf3}, code...)
}

func gateABI(t *testing.T) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(gateErrorsABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// sendFixed sends data to `to` with a fixed gas limit, skipping estimation
// (which would refuse a call that only passes in a later block).
func sendFixed(t *testing.T, ctx context.Context, c *chain.Client, to common.Address, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	tx, err := c.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		signed, err := o.Signer(o.From, types.NewTx(&types.LegacyTx{To: &to, Data: data, Gas: gas}))
		if err != nil {
			return nil, err
		}
		return signed, c.SendTransaction(ctx, signed)
	})
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}

// mined commits a block in a manual devchain and waits for tx's receipt.
func mined(t *testing.T, ctx context.Context, dc *devchain.Chain, c *chain.Client, tx *types.Transaction) (*types.Receipt, error) {
	t.Helper()
	dc.Commit()
	return c.WaitReceipt(ctx, tx)
}

// deployMined creates a contract from init code on a manual devchain and
// returns its address.
func deployMined(t *testing.T, ctx context.Context, dc *devchain.Chain, c *chain.Client, init []byte) common.Address {
	t.Helper()
	tx, err := c.Transact(ctx, nil, init, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := mined(t, ctx, dc, c, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r.ContractAddress
}

// refusingProxy forwards JSON-RPC to target but refuses eth_call and
// eth_estimateGas with more than two parameters, as an endpoint without
// state or block overrides does.
func refusingProxy(t *testing.T, target string) (string, *atomic.Int64) {
	t.Helper()
	var refused atomic.Int64
	url := serveProxy(t, target, func(rp *httputil.ReverseProxy, w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req rpcReq
		if json.Unmarshal(body, &req) == nil && (req.Method == "eth_call" || req.Method == "eth_estimateGas") && len(req.Params) > 2 {
			refused.Add(1)
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID,
				"error": map[string]any{"code": -32602, "message": "too many arguments, want at most 2"}})
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		rp.ServeHTTP(w, r)
	})
	return url, &refused
}

// TestWaitReceipt_ReplaysAsOfItsBlock: a failed transaction's reason is
// replayed with its own block's number and time, and on the state it met,
// not on its parent block's: a call that checks the block number must not
// decode as "too early" when it lost to a transaction before it in its block.
func TestWaitReceipt_ReplaysAsOfItsBlock(t *testing.T) {
	for _, tc := range []struct {
		name     string
		refuse   bool // the endpoint takes no block overrides
		sameTx   bool // the gate is taken by a tx before it in the same block
		wantNote string
	}{
		{name: "taken earlier in its block", sameTx: true, wantNote: "a transaction before it in that block changed what it met"},
		{name: "taken in an earlier block", wantNote: ""},
		{name: "endpoint refuses overrides", refuse: true, sameTx: true, wantNote: "refuses eth_call block overrides"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0"}) // manual
			ctx := testCtx(t)
			endpoint, refused := dc.URL(), (*atomic.Int64)(nil)
			if tc.refuse {
				endpoint, refused = refusingProxy(t, dc.URL())
			}
			open := func(i int) *chain.Client {
				c, err := chain.Dial(ctx, endpoint, testProfile(), chain.WithKey(dc.Key(i)), chain.WithRetry(fastRetry),
					chain.WithLogger(testLogger(t)), chain.WithABIs(gateABI(t)))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(c.Close)
				return c
			}
			a, b := open(0), open(1)
			gate := deployMined(t, ctx, dc, a, gateInit())
			take, err := b.Transact(ctx, &gate, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.sameTx {
				if _, err := mined(t, ctx, dc, b, take); err != nil {
					t.Fatal(err)
				}
			}
			head, err := a.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			// Passes from block head+1 on, the block it lands in, unless the
			// gate is taken.
			n := common.BigToHash(new(big.Int).SetUint64(head + 1)).Bytes()
			tx := sendFixed(t, ctx, a, gate, n, 100_000)
			r, err := mined(t, ctx, dc, a, tx)
			if err == nil {
				t.Fatalf("the call passed (receipt status %d) with the gate taken", r.Status)
			}
			if tc.sameTx && r.TransactionIndex != 1 {
				t.Fatalf("the call is tx %d of its block, want 1 (after the gate's)", r.TransactionIndex)
			}
			var re *chain.RevertError
			if !errors.As(err, &re) || re.Name != "Taken" {
				t.Fatalf("WaitReceipt: %v; want the revert Taken() (Early() is the answer of a replay with the parent block's number)", err)
			}
			if tc.wantNote == "" && re.Note != "" {
				t.Fatalf("a tx first in its block, replayed on its parent's state with its block's number: note %q, want none (the reason is certain)", re.Note)
			}
			if !strings.Contains(re.Note, tc.wantNote) {
				t.Fatalf("revert note %q, want it to say %q", re.Note, tc.wantNote)
			}
			if tc.refuse && refused.Load() == 0 {
				t.Fatal("the proxy refused no overrides: the fallback was not tested")
			}
		})
	}
}

// dearInit deploys a contract whose call gets dearer once another account
// has called it: called with no data it sets slot 0; called with data it
// returns at once while slot 0 is zero, and else writes five fresh slots
// (about 110k gas more).
func dearInit() []byte {
	code := []byte{
		0x36, 0x60, 0x0a, 0x57, // CALLDATASIZE PUSH1 main JUMPI
		0x60, 0x01, 0x5f, 0x55, 0x00, 0x00, // sstore(0, 1) STOP (pad)
		0x5b, 0x5f, 0x54, 0x15, 0x60, 0x2a, 0x57, // main: sload(0) == 0 -> end
	}
	for k := byte(1); k <= 5; k++ {
		code = append(code, 0x60, 0x01, 0x60, k, 0x55) // sstore(k, 1)
	}
	code = append(code, 0x5b, 0x00) // end (0x2a): STOP
	return append([]byte{0x60, byte(len(code)), 0x60, 0x0a, 0x5f, 0x39, 0x60, byte(len(code)), 0x5f, 0xf3}, code...)
}

// TestTransactAndWait_OutOfGasAfterStateChange: a call estimated on one
// state and mined after another account's transaction made it dearer runs
// out of gas; the error says the state changed (not the gas schedule), and
// TransactAndWait estimates and sends it once more. Fault injection through
// a manual devchain: the other account's tx and ours, both estimated on the
// same state, are mined in one block with the other one first.
func TestTransactAndWait_OutOfGasAfterStateChange(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", WS: true}) // manual
	ctx := testCtx(t)
	a, b := dial(t, dc, testProfile(), 0), dial(t, dc, testProfile(), 1)
	dear := deployMined(t, ctx, dc, a, dearInit())

	t.Run("WaitReceipt says the state changed", func(t *testing.T) {
		take, err := b.Transact(ctx, &dear, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := a.Transact(ctx, &dear, []byte{1}, nil) // estimated before take is mined
		if err != nil {
			t.Fatal(err)
		}
		r, err := mined(t, ctx, dc, a, tx)
		if rt, err := b.WaitReceipt(ctx, take); err != nil || rt.BlockNumber.Cmp(r.BlockNumber) != 0 {
			t.Fatalf("the other account's tx: %v; want it mined in the call's block %s", err, r.BlockNumber)
		}
		var oog *chain.OutOfGasError
		if !errors.As(err, &oog) || !errors.Is(err, chain.ErrReverted) {
			t.Fatalf("WaitReceipt: %v; want an *OutOfGasError", err)
		}
		if !oog.StateChanged() || oog.After <= tx.Gas() {
			t.Fatalf("out of gas with limit %d, estimates before %d / after %d: StateChanged %v, want true", tx.Gas(), oog.Before, oog.After, oog.StateChanged())
		}
		msg := err.Error()
		if strings.Contains(msg, "gas schedule") || !strings.Contains(msg, "made the call dearer") {
			t.Fatalf("WaitReceipt: %q; want it to blame the changed state, not the gas schedule", msg)
		}
	})

	t.Run("TransactAndWait sends it again", func(t *testing.T) {
		// Undo the gate, so the estimate is cheap again: a fresh contract.
		dear := deployMined(t, ctx, dc, a, dearInit())
		rc, err := rpc.Dial(dc.WSURL())
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		pending := make(chan common.Hash, 16)
		sub, err := rc.EthSubscribe(ctx, pending, "newPendingTransactions")
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsubscribe()
		if _, err := b.Transact(ctx, &dear, nil, nil); err != nil {
			t.Fatal(err)
		}
		<-pending // the other account's tx waits in the pool
		type result struct {
			r   *types.Receipt
			err error
		}
		done := make(chan result, 1)
		go func() {
			r, err := a.TransactAndWait(ctx, &dear, []byte{1}, nil)
			done <- result{r, err}
		}()
		sent := 0
		for {
			select {
			case <-pending: // ours: mine it (the first time with the other's)
				sent++
				dc.Commit()
			case res := <-done:
				if res.err != nil {
					t.Fatalf("TransactAndWait: %v; want it sent again after the out-of-gas and mined", res.err)
				}
				if sent != 2 {
					t.Fatalf("TransactAndWait sent %d transaction(s), want 2 (the first ran out of gas)", sent)
				}
				v, err := dc.Client().StorageAt(ctx, dear, common.BigToHash(big.NewInt(5)), nil)
				if err != nil {
					t.Fatal(err)
				}
				if new(big.Int).SetBytes(v).Int64() != 1 {
					t.Fatalf("slot 5 is %x after the resent call, want 1: the dear path did not run", v)
				}
				return
			case err := <-sub.Err():
				t.Fatalf("pending-transaction subscription: %v", err)
			case <-ctx.Done():
				t.Fatal(ctx.Err())
			}
		}
	})
}
