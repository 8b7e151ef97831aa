package node

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/protocol"
)

// EventKind says what an Event reports.
type EventKind string

// The events a node reports to its sink (see WithEventSink). Chain events
// are reported by every node that sees them, once per node; Local is set on
// events about this node's own actions.
const (
	EventUpdateCommitted EventKind = "update-committed" // UpdateCommitted on chain
	EventUpdateFinalized EventKind = "update-finalized" // UpdateFinalized on chain (Amount: reward)
	EventUpdateReverted  EventKind = "update-reverted"  // UpdateReverted on chain
	EventHeadReset       EventKind = "head-reset"       // HeadReset on chain (Update: the new head)
	EventChallenge       EventKind = "challenge"        // DisputeOpened / ChallengeRevealed (Actor: challenger)
	EventMove            EventKind = "move"             // Moved (Actor: mover, Index, Dispute)
	EventVote            EventKind = "vote"             // Voted (Actor: voter, ForWorker)
	EventResolved        EventKind = "dispute-resolved" // DisputeClosed (Fraud, Amount: slashed)
	EventSlash           EventKind = "slash"            // Slashed (Actor: worker, Amount: total)
	EventClaim           EventKind = "claim"            // Claimed (Actor: account, Amount)
	EventEval            EventKind = "eval"             // this worker's eval of its new state (Step, Loss, Accuracy)
	EventLostRace        EventKind = "lost-race"        // this worker's commit found a stale head (no penalty)
	EventFetched         EventKind = "fetched"          // this node fetched a parent checkpoint (Blocks from peers)
)

// Event is one thing a node saw or did, for live output (umnode devnet,
// umnode watch) and tests. Fields that do not apply to a kind are zero.
type Event struct {
	Kind      EventKind
	Time      time.Time
	Node      common.Address // the node that reports it
	Block     uint64         // chain events: the block holding the log
	Update    protocol.Hash
	Parent    protocol.Hash
	Dispute   protocol.Hash
	Actor     common.Address // worker, challenger, mover, voter, slashed worker, claimant
	Index     uint64         // bisection index of a move
	Amount    *big.Int       // reward, bond, slashed or claimed amount in base units
	Fraud     bool           // dispute resolved as fraud
	ForWorker bool           // vote for the worker
	Step      uint64         // eval: global step of the evaluated state
	Loss      float64        // eval: mean eval loss
	Accuracy  float64        // eval: eval accuracy in [0, 1]
	Blocks    int            // fetched: blocks that came from peers
	Local     bool           // about this node's own action
	Past      bool           // chain events: from the catch-up scan of blocks mined before Start
}

// String is a one-line human-readable form.
func (e Event) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s", e.Kind)
	if e.Block != 0 {
		fmt.Fprintf(&b, " block=%d", e.Block)
	}
	if !e.Update.IsZero() {
		fmt.Fprintf(&b, " update=%s", e.Update.Short())
	}
	if !e.Parent.IsZero() {
		fmt.Fprintf(&b, " parent=%s", e.Parent.Short())
	}
	if !e.Dispute.IsZero() {
		fmt.Fprintf(&b, " dispute=%s", e.Dispute.Short())
	}
	if e.Actor != (common.Address{}) {
		fmt.Fprintf(&b, " by=%s", shortAddr(e.Actor))
	}
	switch e.Kind {
	case EventMove:
		fmt.Fprintf(&b, " index=%d", e.Index)
	case EventVote:
		fmt.Fprintf(&b, " for_worker=%t", e.ForWorker)
	case EventResolved:
		fmt.Fprintf(&b, " fraud=%t", e.Fraud)
	case EventEval:
		fmt.Fprintf(&b, " step=%d loss=%.4f accuracy=%.2f%%", e.Step, e.Loss, 100*e.Accuracy)
	case EventFetched:
		fmt.Fprintf(&b, " blocks_from_peers=%d", e.Blocks)
	}
	if e.Amount != nil && e.Amount.Sign() != 0 {
		fmt.Fprintf(&b, " amount=%s", e.Amount)
	}
	return b.String()
}

func shortAddr(a common.Address) string { return a.Hex()[:10] }
