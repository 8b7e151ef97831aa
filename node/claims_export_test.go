package node

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/protocol"
)

// ClaimBook is the worker's claim book, for tests with a fake clock.
type ClaimBook struct{ b *claimBook }

// NewClaimBook is a claim book for a node with claim TTL ttl and delay delay.
func NewClaimBook(ttl, delay time.Duration) *ClaimBook {
	return &ClaimBook{newClaimBookTimed(ttl, delay)}
}

// Add records a claim heard at now.
func (c *ClaimBook) Add(m *protocol.WorkClaim, now time.Time) { c.b.add(m, now) }

// Observe records the duration of one of this node's updates.
func (c *ClaimBook) Observe(d time.Duration) { c.b.observe(d) }

// Hold is how long a claim counts after it was first heard.
func (c *ClaimBook) Hold() time.Duration { return c.b.hold() }

// Committed clears w's strikes, as a commit by w does.
func (c *ClaimBook) Committed(w common.Address) { c.b.committed(w) }

// Ignored reports whether w's claims are ignored at now, and until when.
func (c *ClaimBook) Ignored(w common.Address, now time.Time) (time.Time, bool) {
	return c.b.ignored(w, now)
}

// Beaten applies the claim rule.
func (c *ClaimBook) Beaten(parent protocol.Hash, me common.Address, now time.Time, spent func(common.Address) bool) (common.Address, bool) {
	return c.b.beaten(parent, me, now, spent)
}

// Settle counts, for node me, the strikes of the head moving from parent to
// a child by committer and returns the claimants struck.
func (c *ClaimBook) Settle(parent protocol.Hash, committer, me common.Address, now time.Time) []common.Address {
	var out []common.Address
	for _, l := range c.b.settle(parent, committer, me, now) {
		out = append(out, l.w)
	}
	return out
}

// ClaimPenaltyFactor is how many holds a first strike ignores a claimant for.
const ClaimPenaltyFactor = claimPenaltyFactor
