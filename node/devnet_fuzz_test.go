package node_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// FuzzDevnetDecode feeds the devnet's event decoder arbitrary log data and
// topics under a real event signature: a hostile or broken chain must give
// an error, never a panic, and a decoded event always renders.
func FuzzDevnetDecode(f *testing.F) {
	a := bindings.NewLedger().GetABI()
	ev := a.Events[bindings.LedgerUpdateCommittedEventName]
	cid := append([]byte{0x01, 0x55, 0x12, 0x20}, make([]byte, 32)...)
	data, err := ev.Inputs.NonIndexed().Pack(protocol.Hash{1}, protocol.Hash{2}, protocol.Hash{3}, cid)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), data, []byte{1, 2, 3})
	f.Add(uint8(1), []byte{}, []byte{})
	f.Add(uint8(2), data[:40], make([]byte, 96))
	names := []string{bindings.LedgerUpdateCommittedEventName, bindings.LedgerRunCreatedEventName, bindings.LedgerDisputeClosedEventName}
	f.Fuzz(func(t *testing.T, which uint8, data, topicBytes []byte) {
		e := a.Events[names[int(which)%len(names)]]
		topics := []common.Hash{e.ID}
		for len(topicBytes) > 0 && len(topics) < 4 {
			n := min(32, len(topicBytes))
			topics = append(topics, common.BytesToHash(topicBytes[:n]))
			topicBytes = topicBytes[n:]
		}
		got, err := node.DevnetDecodeLedgerLog(types.Log{Topics: topics, Data: data, BlockNumber: 7})
		if err != nil {
			return
		}
		if s := got.String(); !strings.Contains(s, e.Name) || !strings.Contains(s, "block 7") {
			t.Fatalf("decoded %s renders as %q", e.Name, s)
		}
	})
}

func TestDevnetDecode_UpdateCommitted(t *testing.T) {
	a := bindings.NewLedger().GetABI()
	ev := a.Events[bindings.LedgerUpdateCommittedEventName]
	cid := append([]byte{0x01, 0x55, 0x12, 0x20}, make([]byte, 32)...)
	data, err := ev.Inputs.NonIndexed().Pack(protocol.Hash{1}, protocol.Hash{2}, protocol.Hash{3}, cid)
	if err != nil {
		t.Fatal(err)
	}
	worker := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	l := types.Log{BlockNumber: 9, Data: data, Topics: []common.Hash{ev.ID, {0xab}, {0xcd}, common.BytesToHash(worker[:])}}
	got, err := node.DevnetDecodeLedgerLog(l)
	if err != nil {
		t.Fatal(err)
	}
	want := "block 9      Ledger.UpdateCommitted runId=ab000000 updateId=cd000000 worker=0x0000…00AA parent=01000000 stateHash=02000000 traceRoot=03000000 cid=bafkreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	got.Contract = "Ledger"
	if got.String() != want {
		t.Fatalf("got  %q\nwant %q", got.String(), want)
	}
}
