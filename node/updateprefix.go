package node

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// MinUpdatePrefix is the fewest hex digits of an update ID that a command
// accepts for the whole ID: the short form umnode status and the devnet
// print.
const MinUpdatePrefix = 8

// ParseUpdatePrefix reports whether s is a short update ID: MinUpdatePrefix
// to 63 hex digits, with or without 0x. It returns the digits in lower case
// without 0x.
func ParseUpdatePrefix(s string) (string, bool) {
	p := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X"))
	if len(p) < MinUpdatePrefix || len(p) >= 64 || strings.Trim(p, "0123456789abcdef") != "" {
		return "", false
	}
	return p, true
}

// ResolveUpdatePrefix finds the update of dep's run whose ID starts with
// prefix (as ParseUpdatePrefix returns it) among the ledger's
// UpdateCommitted events since the deployment's start block. No match, or
// more than one, is an error that says what to do.
func ResolveUpdatePrefix(ctx context.Context, cl *chain.Client, dep *Deployment, prefix string) (protocol.Hash, error) {
	ev := bindings.NewLedger().GetABI().Events[bindings.LedgerUpdateCommittedEventName]
	var found []protocol.Hash
	err := scanLedger(ctx, cl, dep, [][]common.Hash{{ev.ID}, {common.Hash(dep.RunID)}}, func(l types.Log) error {
		if len(l.Topics) < 3 {
			return nil
		}
		id := protocol.Hash(l.Topics[2])
		if strings.HasPrefix(strings.TrimPrefix(id.Hex(), "0x"), prefix) && !containsHash(found, id) {
			found = append(found, id)
		}
		return nil
	})
	if err != nil {
		return protocol.Hash{}, err
	}
	switch len(found) {
	case 0:
		return protocol.Hash{}, fmt.Errorf("%w: no update of run %s starts with %s: check the ID ('umnode status' lists pending updates)", ErrUnknownUpdate, dep.RunID.Short(), prefix)
	case 1:
		return found[0], nil
	}
	return protocol.Hash{}, fmt.Errorf("%d updates of run %s start with %s (%s, %s...): give more digits", len(found), dep.RunID.Short(), prefix, found[0].Hex(), found[1].Hex())
}

func containsHash(hs []protocol.Hash, h protocol.Hash) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

// scanBlocks is how many blocks one eth_getLogs covers (public RPCs cap
// the range).
const scanBlocks = 2000

// scanLedger calls visit with the ledger's logs that match topics, oldest
// first, from the deployment's start block to the latest block, skipping
// removed ones.
func scanLedger(ctx context.Context, cl *chain.Client, dep *Deployment, topics [][]common.Hash, visit func(types.Log) error) error {
	latest, err := cl.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("node: block number: %w", err)
	}
	for from := dep.StartBlock; from <= latest; from += scanBlocks {
		to := min(from+scanBlocks-1, latest)
		logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{dep.Ledger}, Topics: topics,
		})
		if err != nil {
			return fmt.Errorf("node: ledger events in blocks %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			if l.Removed {
				continue
			}
			if err := visit(l); err != nil {
				return err
			}
		}
	}
	return nil
}
