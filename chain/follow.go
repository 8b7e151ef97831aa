package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Follow is how a node watches contract events without trusting the head.
type Follow struct {
	// Query selects logs (Addresses, Topics); its block range is ignored.
	Query ethereum.FilterQuery
	// From is the first block to scan.
	From uint64
	// Depth is the confirmation depth: a log in block b is delivered once the
	// head is at least b+Depth. Default: the profile's Confirmations (set
	// UseDepth to force 0 on a network whose profile says otherwise).
	Depth    uint64
	UseDepth bool
	// Poll is the polling period; default: the profile's PollInterval.
	Poll time.Duration
	// MaxRange caps the blocks per eth_getLogs (public endpoints limit it);
	// default 2000.
	MaxRange uint64
	// Progress, if set, is called after every scanned range with the next
	// block to scan, so a caller can persist its position.
	Progress func(next uint64)
}

// Follow delivers the logs matching f to handle, in chain order, once they
// are f.Depth blocks deep, until ctx ends (returning nil) or handle or the
// RPC fails (after retries).
//
// Reorgs: only logs at least Depth deep are delivered, so a reorg shallower
// than Depth is invisible. A deeper one is detected (the hash of the last
// scanned block changed) and scanning rewinds by 2*Depth+16 blocks; logs of
// the blocks the reorg kept are not delivered again (a log is known by its
// block hash and index), those of the new branch are, and logs of the
// abandoned branch are not retracted. Handlers should still be idempotent,
// keyed by what a log means (an update ID, a dispute ID) rather than by its
// position: a new Follow call knows nothing of what an earlier one
// delivered.
func (c *Client) Follow(ctx context.Context, f Follow, handle func(context.Context, types.Log) error) error {
	depth := f.Depth
	if !f.UseDepth && depth == 0 {
		depth = c.profile.Confirmations
	}
	poll := f.Poll
	if poll <= 0 {
		poll = c.profile.PollInterval
	}
	maxRange := f.MaxRange
	if maxRange == 0 {
		maxRange = 2000
	}
	rewind := 2*depth + 16

	next := f.From
	// delivered holds the logs handed to handle within the rewind window
	// (and the block number each is at), so a rescan skips them.
	type logKey struct {
		block common.Hash
		index uint
	}
	delivered := map[logKey]uint64{}
	var lastNum uint64
	var lastHash common.Hash // hash of block lastNum when we scanned it; zero: none yet
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if ctx.Err() != nil {
			return nil
		}
		// Reorg below our confirmation depth?
		if lastHash != (common.Hash{}) {
			h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(lastNum))
			gone := errors.Is(err, ethereum.NotFound) // the chain got shorter
			if err != nil && !gone {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("chain: follow logs: read block %d: %w", lastNum, err)
			}
			if gone || h.Hash() != lastHash {
				back := f.From
				if lastNum+1 > rewind && lastNum+1-rewind > back {
					back = lastNum + 1 - rewind
				}
				c.log.Warn("chain: reorg deeper than the confirmation depth; rescanning", "block", lastNum, "depth", depth, "from", back)
				next, lastHash = back, common.Hash{}
			}
		}
		head, err := c.BlockNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("chain: follow logs: read head: %w", err)
		}
		for head >= depth && next <= head-depth {
			to := min(head-depth, next+maxRange-1)
			q := f.Query
			q.BlockHash = nil
			q.FromBlock, q.ToBlock = new(big.Int).SetUint64(next), new(big.Int).SetUint64(to)
			// The header first: a reorg between the two reads then shows as a
			// hash mismatch on the next round, never as a silent miss.
			hdr, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("chain: follow logs: read block %d: %w", to, err)
			}
			logs, err := c.FilterLogs(ctx, q)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("chain: follow logs: blocks %d-%d: %w", next, to, err)
			}
			for _, l := range logs {
				k := logKey{l.BlockHash, l.Index}
				if _, seen := delivered[k]; l.Removed || seen {
					continue
				}
				if err := handle(ctx, l); err != nil {
					return fmt.Errorf("chain: follow logs: handle log %d of tx %s (block %d): %w", l.Index, l.TxHash, l.BlockNumber, err)
				}
				delivered[k] = l.BlockNumber
			}
			for k, n := range delivered {
				if n+rewind <= to {
					delete(delivered, k) // out of any rescan's reach
				}
			}
			next, lastNum, lastHash = to+1, to, hdr.Hash()
			if f.Progress != nil {
				f.Progress(next)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
