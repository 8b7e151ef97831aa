package main_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestTransfer(t *testing.T) {
	a := newAcctChain(t)
	fresh := common.HexToAddress("0x00000000000000000000000000000000000f2e54")

	out, err := a.umnode(t, 1, "transfer", fresh.Hex(), "250.5")
	if err != nil {
		t.Fatalf("transfer: %v\n%s", err, out)
	}
	wantOutput(t, out, "sending 250.5 UM from "+a.Address(1).Hex(), "transfer", "tx 0x",
		"balance of "+fresh.Hex()+": 250.5 UM; of "+a.Address(1).Hex()+": 749.5 UM", "cannot pay gas yet")
	wantBig(t, "recipient's balance", a.Balance(t, fresh), units(t, "250.5"))
	wantBig(t, "sender's balance", a.Balance(t, a.Address(1)), units(t, "749.5"))

	// A dev key has gas money: no note. Flags may precede the arguments.
	out, err = a.umnode(t, 2, "transfer", "--log-level", "warn", a.Address(3).Hex(), "1")
	if err != nil {
		t.Fatalf("transfer to key 3: %v\n%s", err, out)
	}
	if strings.Contains(out, "cannot pay gas") {
		t.Fatalf("transfer to a funded dev key says it cannot pay gas:\n%s", out)
	}
	wantBig(t, "key 3's balance", a.Balance(t, a.Address(3)), units(t, "1"))

	for _, tc := range []struct {
		key  int
		args []string
		want string
	}{
		{3, []string{a.Address(1).Hex(), "2"}, "holds 1 UM"},
		{1, []string{a.Deployment.Ledger.Hex(), "1"}, "ledger contract"},
		{1, []string{a.Deployment.Token.Hex(), "1"}, "token contract"},
	} {
		before := a.Balance(t, a.Address(tc.key))
		if _, err := a.umnode(t, tc.key, append([]string{"transfer"}, tc.args...)...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("transfer %v by key %d: got %v, want a refusal saying %q", tc.args, tc.key, err, tc.want)
		}
		wantBig(t, "balance after a refused transfer", a.Balance(t, a.Address(tc.key)), before)
	}
}

func TestTransfer_Usage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"transfer", "0x90F79bf6EB2c4f870365E785982E1f101E93b906"}, "want two arguments"},
		{[]string{"transfer", "nobody", "1"}, "not an Ethereum address"},
		{[]string{"transfer", "0x0000000000000000000000000000000000000000", "1"}, "zero address"},
		{[]string{"transfer", "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "-5"}, "negative"},
		{[]string{"transfer", "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "0"}, "zero"},
		{[]string{"transfer", "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "1.0000000000000000001"}, "19 decimals"},
	} {
		_, _, err := run(t, nil, append(tc.args, "--deployment", "d.json")...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--help") {
			t.Fatalf("%v: got %v, want a usage error saying %q", tc.args, err, tc.want)
		}
	}
	out, _, err := run(t, nil, "transfer", "--help")
	if err != nil {
		t.Fatalf("transfer --help: %v", err)
	}
	wantOutput(t, out, "Usage: umnode transfer ADDRESS AMOUNT", "balance", "native currency", "UMNODE_ETH_KEY", "Examples:")
	if strings.Contains(out, "--role") || strings.Contains(out, "--data-dir") {
		t.Fatalf("transfer --help lists node settings it ignores:\n%s", out)
	}
	out, _, err = run(t, nil, "help")
	if err != nil {
		t.Fatal(err)
	}
	wantOutput(t, out, "\ttransfer ")
}
