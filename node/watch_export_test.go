package node

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
)

// WatchDecode runs the watch's chain-log decoder on l for deployment d,
// without a chain client (disputes not seen revealed, and slashes, cannot
// be attributed and come back as errors). ok reports an event to show.
func WatchDecode(d *Deployment, l types.Log) (WatchEvent, bool, error) {
	return NewWatchDecoder(d)(l)
}

// NewWatchDecoder is WatchDecode keeping its state across logs (disputes
// seen revealed, bonds), as one watch does.
func NewWatchDecoder(d *Deployment) func(types.Log) (WatchEvent, bool, error) {
	w := &watcher{dep: d, ledger: bindings.NewLedger(), disp: bindings.NewDisputes(),
		disputes: map[protocol.Hash]bool{}, bonds: map[protocol.Hash]*big.Int{}}
	return func(l types.Log) (WatchEvent, bool, error) { return w.decode(context.Background(), l) }
}
