package node_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// TestProofer_ResumesDisputeAfterRestart: a proofer stopped right after it
// opened a dispute, and started again on its data dir, plays the
// challenger's moves of that dispute (it replays the update to get its
// trace back) and wins it: without the resume the challenger misses its
// move deadline and loses.
func TestProofer_ResumesDisputeAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and four nodes and plays a dispute across a proofer restart (about 20s)")
	}
	r := newNoticeRun(t)
	workerKey, prooferKey, validatorKey := r.Key(1), r.Key(2), r.Key(3)
	proofer := r.Address(2)
	// Give the validator 400M of the 1B tokens, over the run's 30% quorum
	// (newNoticeRun gives it 200M: its disputes end in a draw).
	r.Must(t, r.Admin, r.Deployment.Token, r.Token.PackTransfer(r.Address(3), testswarm.Tokens(200_000_000)))
	vn := startNotice(t, r, validatorKey, node.RoleValidator, "", nil)
	boot := testswarm.Addrs(vn)

	// The first proofer stops as soon as it has opened a dispute.
	dir := t.TempDir()
	var once sync.Once
	opened := make(chan protocol.Hash, 1)
	sink := node.WithEventSink(func(e node.Event) {
		if e.Kind == node.EventChallenge && e.Actor == proofer {
			once.Do(func() { opened <- e.Update })
		}
	})
	pn := startNotice(t, r, prooferKey, node.RoleProofer, dir, boot, sink)
	startNotice(t, r, workerKey, node.RoleWorker, "", boot, node.WithFaulty(1), node.WithClaimTiming(10*time.Second, 1500*time.Millisecond))

	var update protocol.Hash
	select {
	case update = <-opened:
	case <-time.After(60 * time.Second):
		t.Fatal("no dispute opened by the proofer within 60s")
	}
	stopCtx, cancel := context.WithTimeout(t.Context(), 15*time.Second)
	if err := pn.Stop(stopCtx); err != nil {
		t.Fatalf("stop proofer: %v", err)
	}
	cancel()
	stopped, err := r.Admin.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	id := revealedDispute(t, r, update, proofer)
	d := verify.NewDisputes(r.Admin, r.Deployment.Disputes)
	if dd, err := d.Dispute(t.Context(), id); err != nil || verify.Phase(dd.Phase) == verify.PhaseResolved {
		t.Fatalf("dispute %s before the restart: %+v, %v; want it open", id.Short(), dd, err)
	}

	startNotice(t, r, prooferKey, node.RoleProofer, dir, boot)
	deadline := time.Now().Add(90 * time.Second)
	for {
		dd, err := d.Dispute(t.Context(), id)
		if err != nil {
			t.Fatalf("dispute %s: %v", id.Short(), err)
		}
		if verify.Phase(dd.Phase) == verify.PhaseResolved {
			if dd.Outcome != bindings.OutcomeWorkerWrong {
				t.Fatalf("dispute %s resolved with outcome %d, want worker wrong (%d): the restarted proofer did not play it", id.Short(), dd.Outcome, bindings.OutcomeWorkerWrong)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("dispute %s not resolved 90s after the restart: phase %d", id.Short(), dd.Phase)
		}
		time.Sleep(300 * time.Millisecond)
	}
	// The challenger's moves were made by the restarted process.
	abi := bindings.NewDisputes()
	logs, err := r.Admin.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(stopped + 1), Addresses: []common.Address{r.Deployment.Disputes},
		Topics: [][]common.Hash{{abi.GetABI().Events[bindings.DisputesMovedEventName].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	after := 0
	for i := range logs {
		if e, err := abi.UnpackMovedEvent(&logs[i]); err == nil && protocol.Hash(e.DisputeId) == id && e.Mover == proofer {
			after++
		}
	}
	if after == 0 {
		t.Fatalf("no challenger move after the restart (block %d) in dispute %s", stopped, id.Short())
	}
	t.Logf("dispute %s: %d challenger moves by the restarted proofer, worker wrong", id.Short(), after)
}

// revealedDispute finds the ID of the dispute challenger opened on update.
func revealedDispute(t *testing.T, r *testswarm.Swarm, update protocol.Hash, challenger common.Address) protocol.Hash {
	t.Helper()
	abi := bindings.NewDisputes()
	ev := abi.GetABI().Events[bindings.DisputesChallengeRevealedEventName]
	logs, err := r.Admin.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.Deployment.StartBlock), Addresses: []common.Address{r.Deployment.Disputes},
		Topics: [][]common.Hash{{ev.ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range logs {
		e, err := abi.UnpackChallengeRevealedEvent(&logs[i])
		if err == nil && protocol.Hash(e.UpdateId) == update && e.Challenger == challenger {
			return protocol.Hash(e.DisputeId)
		}
	}
	t.Fatalf("no ChallengeRevealed of update %s by %s", update.Short(), challenger)
	return protocol.Hash{}
}
