package main_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

// TestUnbond_GasLimitCoversASettlement: an unbond of a delegation whose
// worker's reward lands between the estimate and the unbond (a finalize
// that leaves the reward unsettled, so the unbond settles it: one more cold
// storage write, the worker's first credit) costs more than the estimate
// plus the profile's 20%; the limit Transact gives it still covers that.
func TestUnbond_GasLimitCoversASettlement(t *testing.T) {
	a := newAcctChain(t)
	if out, err := a.umnode(t, 1, "stake", "200"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	if out, err := a.umnode(t, 2, "delegate", a.Address(1).Hex(), "100"); err != nil {
		t.Fatalf("delegate: %v\n%s", err, out)
	}
	u := a.commitOnGenesis(t, 1)
	if err := a.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	dc := a.Dial(t, a.Key(2))
	unbond := a.Ledger.PackUnbond(a.Address(1), units(t, "1"))
	msg := ethereum.CallMsg{From: a.Address(2), To: &a.Deployment.Ledger, Data: unbond}
	a.Must(t, dc, a.Deployment.Ledger, unbond) // the first unbonding entry writes more fresh slots than the next ones
	before, err := dc.EstimateGas(t.Context(), msg)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := dc.Transact(t.Context(), &a.Deployment.Ledger, unbond, nil) // the limit made on this state
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dc.WaitReceipt(t.Context(), tx); err != nil {
		t.Fatal(err)
	}
	a.Must(t, a.Admin, a.Deployment.Ledger, a.Ledger.PackFinalize(bindings.UpdateRefOf(u)))
	if w := a.WorkerInfo(t, a.Address(1)); w.Unsettled.Sign() == 0 || a.Owed(t, a.Address(1)).Sign() != 0 {
		t.Fatalf("worker %+v, owed %s: want a reward unsettled and nothing credited yet", w, a.Owed(t, a.Address(1)))
	}
	after, err := dc.EstimateGas(t.Context(), msg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("unbond: %d gas estimated, %d with the worker's reward to settle; limit %d", before, after, tx.Gas())
	if old := before * dc.Profile().GasLimitPercent / 100; after <= old {
		t.Fatalf("the settlement costs %d more, within the profile's %d%% (%d): the test shows nothing", after-before, dc.Profile().GasLimitPercent, old)
	}
	if after > tx.Gas() {
		t.Fatalf("an unbond estimated at %d got a limit of %d, short of the %d it needs once the worker's reward lands first", before, tx.Gas(), after)
	}
}
