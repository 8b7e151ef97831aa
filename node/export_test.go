package node

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
)

// SetRetention changes the checkpoint retention policy for a test; call the
// returned function to restore it. Not safe while nodes run.
func SetRetention(keep, gc int) (restore func()) {
	k, g := keepPins, gcEvery
	keepPins, gcEvery = keep, gc
	return func() { keepPins, gcEvery = k, g }
}

// Store exposes the node's checkpoint store to tests.
func (n *Node) Store() *store.Store { return n.store }

// JournalParents opens the journal at path and returns how many parents it
// knows, for the fuzz target.
func JournalParents(path string) (int, error) {
	j, err := openJournal(path)
	if err != nil {
		return 0, err
	}
	defer j.close()
	return len(j.byPar), nil
}

// ClaimRank is the soft-coordination rank of a worker's claim on a parent.
var ClaimRank = claimRank

// Beaten runs the claim rule over claims for a test.
func Beaten(claims []*protocol.WorkClaim, parent protocol.Hash, me common.Address, now time.Time, spent func(common.Address) bool) (common.Address, bool) {
	b := newClaimBook()
	for _, c := range claims {
		b.add(c, now)
	}
	return b.beaten(parent, me, now, spent)
}

// CanCommit asks a fresh chain view of deployment d, over c, whether worker's
// bond lets it commit (the check that makes the worker loop ignore claims of
// slashed workers).
func CanCommit(ctx context.Context, c *chain.Client, d *Deployment, worker common.Address) bool {
	cs := newChainState(c, d, common.Address{}, slog.New(slog.DiscardHandler), func(Event) {})
	return cs.canCommit(ctx, worker)
}
