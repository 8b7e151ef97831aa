package node_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
)

// FuzzWatchDecode feeds the watch's chain-log decoder arbitrary logs of the
// deployment's contracts: it must never panic, and an event it shows must
// carry a kind and its source.
func FuzzWatchDecode(f *testing.F) {
	d := testDeployment(f)
	la, da := bindings.NewLedger().GetABI(), bindings.NewDisputes().GetABI()
	run := common.Hash(d.RunID)
	for _, ev := range la.Events {
		f.Add(true, ev.ID.Bytes(), run.Bytes(), make([]byte, 32), make([]byte, 64), make([]byte, 32*8))
	}
	for _, ev := range da.Events {
		f.Add(false, ev.ID.Bytes(), make([]byte, 32), make([]byte, 32), run.Bytes(), make([]byte, 32*6))
	}
	f.Add(true, []byte{}, []byte{}, []byte{}, []byte{}, []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, ledger bool, t0, t1, t2, t3, data []byte) {
		l := types.Log{Address: d.Disputes, Data: data, BlockNumber: 9}
		if ledger {
			l.Address = d.Ledger
		}
		for _, b := range [][]byte{t0, t1, t2, t3} {
			if len(b) == 0 {
				break
			}
			l.Topics = append(l.Topics, common.BytesToHash(b))
		}
		e, ok, err := node.WatchDecode(d, l)
		if ok && (err != nil || e.Kind == "" || e.Source != node.SourceChain || e.Block != 9) {
			t.Fatalf("shown event %+v with err %v: want a kind, source chain and the log's block", e, err)
		}
	})
}
