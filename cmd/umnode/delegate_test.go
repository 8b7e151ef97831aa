package main_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
)

// TestDelegate_TooSmallForOneShare: once rewards make a pool share worth
// more than one base unit, a delegation too small for one share is refused
// by the command before anything is sent (naming the least amount that buys
// one, counting the worker's unsettled rewards the ledger splits in first)
// and by the ledger with ZeroShares; the least amount itself goes through.
func TestDelegate_TooSmallForOneShare(t *testing.T) {
	a := newAcctChain(t)
	if out, err := a.umnode(t, 1, "stake", "200"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	worker := a.Address(1).Hex()
	if out, err := a.umnode(t, 2, "delegate", worker, "1"); err != nil {
		t.Fatalf("delegate: %v\n%s", err, out)
	}
	// A finalized update leaves 1 UM unsettled: 0.9 after the 10%
	// commission, of which 0.9 * 1/201 goes to the 1-token pool when the
	// next delegation settles it, so a share then costs 2 base units.
	u := a.commitOnGenesis(t, 1)
	if err := a.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	a.Must(t, a.Admin, a.Deployment.Ledger, a.Ledger.PackFinalize(bindings.UpdateRefOf(u)))
	if w := a.WorkerInfo(t, a.Address(1)); w.Unsettled.Sign() == 0 {
		t.Fatal("no unsettled reward after finalize: the test would test nothing")
	}
	shares, balance := a.Shares(t, a.Address(1), a.Address(2)), a.Balance(t, a.Address(2))
	allowance := func() *big.Int {
		v, err := a.Token.UnpackAllowance(a.Call(t, a.Deployment.Token, a.Token.PackAllowance(a.Address(2), a.Deployment.Ledger)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	out, err := a.umnode(t, 2, "delegate", worker, "0.000000000000000001")
	if err == nil || !strings.Contains(err.Error(), "buys no share") || !strings.Contains(err.Error(), "delegate at least 0.000000000000000002 UM") {
		t.Fatalf("delegate of one base unit: %v\n%s\nwant a refusal naming the minimum, 0.000000000000000002 UM", err, out)
	}
	wantBig(t, "allowance after the refusal (nothing sent, not even approve)", allowance(), new(big.Int))
	wantBig(t, "shares after the refusal", a.Shares(t, a.Address(1), a.Address(2)), shares)
	wantBig(t, "balance after the refusal", a.Balance(t, a.Address(2)), balance)

	// The ledger refuses it too, for a sender that does not check.
	dc := a.Dial(t, a.Key(2))
	a.Must(t, dc, a.Deployment.Token, a.Token.PackApprove(a.Deployment.Ledger, big.NewInt(1)))
	_, err = dc.TransactAndWait(t.Context(), &a.Deployment.Ledger, a.Ledger.PackDelegate(a.Address(1), big.NewInt(1)), nil)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "ZeroShares" || len(re.Args) != 2 {
		t.Fatalf("delegate of one base unit sent to the ledger: %v; want a ZeroShares revert", err)
	}
	wantBig(t, "ZeroShares minAmount", re.Args[1].(*big.Int), big.NewInt(2))
	wantBig(t, "shares after the ledger's refusal", a.Shares(t, a.Address(1), a.Address(2)), shares)

	out, err = a.umnode(t, 2, "delegate", worker, "0.000000000000000002")
	if err != nil {
		t.Fatalf("delegate of the minimum: %v\n%s", err, out)
	}
	wantOutput(t, out, "delegate", "(+0.000000000000000001)")
	wantBig(t, "shares after the minimum", a.Shares(t, a.Address(1), a.Address(2)), new(big.Int).Add(shares, big.NewInt(1)))
}
