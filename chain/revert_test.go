package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

const testErrorsABI = `[
 {"type":"error","name":"StaleHead","inputs":[{"name":"head","type":"bytes32"},{"name":"parent","type":"bytes32"}]},
 {"type":"error","name":"TooEarly","inputs":[{"name":"now","type":"uint64"},{"name":"at","type":"uint64"}]},
 {"type":"error","name":"NotWorker","inputs":[{"name":"who","type":"address"}]}
]`

func testABI(t testing.TB) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(testErrorsABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

func errorString(msg string) []byte {
	typ, _ := abi.NewType("string", "", nil)
	b, _ := abi.Arguments{{Type: typ}}.Pack(msg)
	return append(hexutil.MustDecode("0x08c379a0"), b...)
}

func panicCode(code int64) []byte {
	typ, _ := abi.NewType("uint256", "", nil)
	b, _ := abi.Arguments{{Type: typ}}.Pack(big.NewInt(code))
	return append(hexutil.MustDecode("0x4e487b71"), b...)
}

func customError(t testing.TB, a *abi.ABI, name string, args ...any) []byte {
	e := a.Errors[name]
	b, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, e.ID[:4]...), b...)
}

func TestErrorDecoder_Decodes(t *testing.T) {
	a := testABI(t)
	d := chain.NewErrorDecoder(a, a) // duplicates are fine
	who := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	for _, tc := range []struct {
		data       []byte
		name, want string
	}{
		{errorString("not enough stake"), "Error", `"not enough stake"`},
		{panicCode(0x11), "Panic", "panic 0x11: arithmetic overflow or underflow"},
		{panicCode(0x99), "Panic", "panic 0x99: unknown panic code"},
		{customError(t, a, "TooEarly", uint64(5), uint64(9)), "TooEarly", "TooEarly(now: 5, at: 9)"},
		{customError(t, a, "NotWorker", who), "NotWorker", "NotWorker(who: " + who.Hex() + ")"},
		{nil, "", "no reason given"},
		{[]byte{1, 2}, "", "malformed revert data"},
		{hexutil.MustDecode("0xdeadbeef"), "", "unknown custom error 0xdeadbeef"},
		{hexutil.MustDecode("0x08c379a0ff"), "", "malformed Error(string)"},
	} {
		e := d.Decode(tc.data)
		if e.Name != tc.name {
			t.Fatalf("Decode(%x): name %q, want %q", tc.data, e.Name, tc.name)
		}
		if !strings.Contains(e.Reason, tc.want) {
			t.Fatalf("Decode(%x): reason %q, want it to contain %q", tc.data, e.Reason, tc.want)
		}
		if !errors.Is(e, chain.ErrReverted) {
			t.Fatal("RevertError does not match ErrReverted")
		}
	}
}

// TestClient_DecodesRealReverts sends revert data through real EVM execution
// (a contract that reverts with its calldata), over HTTP JSON-RPC, both at
// eth_call/eth_estimateGas and for a mined failed transaction.
func TestClient_DecodesRealReverts(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	a := testABI(t)
	c := dial(t, dc, testProfile(), 0, chain.WithABIs(a))
	ctx := testCtx(t)
	rev := deploy(t, c, reverterInit)
	head := crypto.Keccak256Hash([]byte("head"))
	data := customError(t, a, "StaleHead", head, common.Hash{})

	_, err := c.CallContract(ctx, ethereum.CallMsg{To: &rev, Data: data}, nil)
	var re *chain.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("CallContract: got %v, want a *RevertError", err)
	}
	if re.Name != "StaleHead" || re.Args[0].([32]byte) != head {
		t.Fatalf("decoded %q args %v, want StaleHead(%s, 0)", re.Name, re.Args, head)
	}

	_, err = c.Transact(ctx, &rev, errorString("bond too small"), nil)
	if !errors.As(err, &re) || re.Name != "Error" || re.Args[0] != "bond too small" {
		t.Fatalf("Transact into a revert: got %v, want Error(\"bond too small\")", err)
	}

	// A tx that fails on chain (gas forced past estimation with Send).
	tx, err := c.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.GasLimit = 100_000
		return bind.NewBoundContract(rev, abi.ABI{}, c, c, c).RawTransact(o, panicCode(0x12))
	})
	if err != nil {
		t.Fatalf("Send with a fixed gas limit: %v", err)
	}
	r, err := c.WaitReceipt(ctx, tx)
	if r == nil || r.Status != 0 {
		t.Fatalf("receipt of a reverting tx: %+v, want a failed receipt", r)
	}
	if !errors.As(err, &re) || re.Name != "Panic" || !strings.Contains(err.Error(), "division or modulo by zero") {
		t.Fatalf("WaitReceipt of a reverting tx: got %v, want Panic(0x12) decoded", err)
	}
}

func FuzzErrorDecoder_Decode(f *testing.F) {
	a := testABI(f)
	f.Add(errorString("hello"))
	f.Add(panicCode(1))
	f.Add(customError(f, a, "TooEarly", uint64(1), uint64(2)))
	f.Add(customError(f, a, "StaleHead", common.Hash{1}, common.Hash{2}))
	f.Add([]byte{})
	f.Add(hexutil.MustDecode("0x08c379a0"))
	f.Add(hexutil.MustDecode("0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000ffffffffffffffffffffffffffffffff"))
	d := chain.NewErrorDecoder(a)
	f.Fuzz(func(t *testing.T, data []byte) {
		e := d.Decode(data)
		if e.Reason == "" {
			t.Fatalf("Decode(%x): empty reason", data)
		}
		if string(e.Data) != string(data) {
			t.Fatal("Decode does not keep the raw data")
		}
		if e.Name == "Error" {
			// Re-encoding the decoded message must decode to the same message.
			if again := d.Decode(errorString(e.Args[0].(string))); again.Reason != e.Reason {
				t.Fatalf("Error(string) round trip: %q then %q", e.Reason, again.Reason)
			}
		}
	})
}
