package node_test

import (
	"context"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// TestWorker_RebuildsAnUnservedHead: a worker commits one update and leaves
// before anyone fetched its checkpoint. A worker that joins later cannot
// fetch the head from anyone; it rebuilds the checkpoint by replaying the
// update from its parent (the genesis), checks it against the chain and
// trains on: the run does not stall.
func TestWorker_RebuildsAnUnservedHead(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two workers (about 10s)")
	}
	s := testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Worker()}})
	evA, evB := &testswarm.Events{}, &testswarm.Events{}
	// A waits 3 s after each claim before training: after its first commit
	// there is time to stop it before a second.
	a := s.StartNode(t, s.Key(1), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Events: evA,
		Options: []node.Option{node.WithClaimTiming(10*time.Second, 3*time.Second)}})
	var first protocol.Hash
	for deadline := time.Now().Add(30 * time.Second); first.IsZero(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("worker A committed nothing in 30s")
		}
		for _, e := range evA.Snapshot() {
			if e.Kind == node.EventUpdateCommitted && e.Local {
				first = e.Update
			}
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	if err := a.Stop(ctx); err != nil {
		t.Fatalf("stop A: %v", err)
	}
	cancel()
	for _, e := range evA.Snapshot() {
		if e.Kind == node.EventUpdateCommitted && e.Local && e.Update != first {
			t.Skipf("A committed a second update (%s) before it stopped; the scenario needs one", e.Update.Short())
		}
	}

	// B starts with only the genesis checkpoint; nobody serves A's update.
	b := s.StartNode(t, s.Key(2), testswarm.NodeSpec{Roles: []node.Role{node.RoleWorker}, Events: evB,
		Options: []node.Option{node.WithRebuildAfter(time.Second)}})
	for deadline := time.Now().Add(40 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("worker B did not commit on A's update %s within 40s (stats %+v)", first.Short(), b.Stats())
		}
		done := false
		for _, e := range evB.Snapshot() {
			if e.Kind == node.EventUpdateCommitted && e.Local && e.Parent == first {
				done = true
			}
		}
		if done {
			break
		}
	}
	if got := b.Stats().FetchedBlocks; got != 0 {
		t.Fatalf("B fetched %d blocks from peers; there was no peer to fetch A's checkpoint from", got)
	}
}
