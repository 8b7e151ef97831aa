package node_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
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

// eventLog packs a contract event as the chain would log it.
func eventLog(t *testing.T, a abi.ABI, addr common.Address, name string, args ...any) types.Log {
	t.Helper()
	ev, ok := a.Events[name]
	if !ok {
		t.Fatalf("no event %s", name)
	}
	if len(args) != len(ev.Inputs) {
		t.Fatalf("%s takes %d arguments, got %d", name, len(ev.Inputs), len(args))
	}
	l := types.Log{Address: addr, Topics: []common.Hash{ev.ID}, BlockNumber: 5}
	var data []any
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		var h common.Hash
		switch v := args[i].(type) {
		case [32]byte:
			h = v
		case common.Address:
			h = common.BytesToHash(v.Bytes())
		default:
			t.Fatalf("%s: indexed %s of type %T", name, in.Name, v)
		}
		l.Topics = append(l.Topics, h)
	}
	b, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	l.Data = b
	return l
}

// TestWatchDecode_DisputeOfTheRun feeds a dispute's logs, in chain order,
// through one decoder: the run's dispute shows with its bond, moves, voting,
// votes and resolution; another run's dispute, sharing the contracts, does
// not show at all.
func TestWatchDecode_DisputeOfTheRun(t *testing.T) {
	d := testDeployment(t)
	la, da := bindings.NewLedger().GetABI(), bindings.NewDisputes().GetABI()
	run, other := [32]byte(d.RunID), [32]byte(protocol.Keccak256([]byte("another run")))
	upd, otherUpd := [32]byte(protocol.Keccak256([]byte("u"))), [32]byte(protocol.Keccak256([]byte("u2")))
	disp, otherDisp := [32]byte(protocol.Keccak256([]byte("d"))), [32]byte(protocol.Keccak256([]byte("d2")))
	challenger, worker, voter := common.HexToAddress("0xc1"), common.HexToAddress("0xa1"), common.HexToAddress("0xb1")
	tok := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	logs := []types.Log{
		eventLog(t, la, d.Ledger, "DisputeOpened", run, upd, challenger, tok(10)),
		eventLog(t, da, d.Disputes, "ChallengeRevealed", disp, upd, run, challenger, worker, [32]byte{1}, big.NewInt(64)),
		eventLog(t, la, d.Ledger, "DisputeOpened", other, otherUpd, challenger, tok(10)),
		eventLog(t, da, d.Disputes, "ChallengeRevealed", otherDisp, otherUpd, other, challenger, worker, [32]byte{2}, big.NewInt(64)),
		eventLog(t, da, d.Disputes, "Moved", disp, challenger, big.NewInt(32), [32]byte{3}),
		eventLog(t, da, d.Disputes, "Moved", otherDisp, challenger, big.NewInt(32), [32]byte{4}),
		eventLog(t, da, d.Disputes, "VotingOpened", disp, big.NewInt(17), big.NewInt(1_700_000_000)),
		eventLog(t, da, d.Disputes, "Voted", disp, voter, false, tok(200)),
		eventLog(t, da, d.Disputes, "Voted", otherDisp, voter, true, tok(200)),
		eventLog(t, la, d.Ledger, "UpdateReverted", run, upd),
		eventLog(t, la, d.Ledger, "UpdateReverted", other, otherUpd),
		eventLog(t, da, d.Disputes, "DisputeResolved", disp, upd, bindings.OutcomeWorkerWrong, tok(100), tok(5)),
		eventLog(t, da, d.Disputes, "DisputeResolved", otherDisp, otherUpd, bindings.OutcomeWorkerWrong, tok(100), tok(5)),
	}
	dec := node.NewWatchDecoder(d)
	var got []string
	for _, l := range logs {
		e, ok, err := dec(l)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if !ok {
			continue
		}
		if e.Dispute != nil && *e.Dispute != protocol.Hash(disp) || e.Update != nil && *e.Update != protocol.Hash(upd) {
			t.Fatalf("%s of another dispute or update shown: %+v", e.Kind, e)
		}
		got = append(got, e.String())
	}
	want := []string{
		"dispute-opened update=" + protocol.Hash(upd).Short() + " dispute=" + protocol.Hash(disp).Short() + " by=0x0000…00C1 worker=0x0000…00A1 amount=10UM",
		"move dispute=" + protocol.Hash(disp).Short() + " by=0x0000…00C1 index=32",
		"voting-opened dispute=" + protocol.Hash(disp).Short() + " index=17 deadline=22:13:20",
		"vote dispute=" + protocol.Hash(disp).Short() + " by=0x0000…00B1 for_worker=false amount=200UM",
		"update-reverted update=" + protocol.Hash(upd).Short(),
		"dispute-resolved update=" + protocol.Hash(upd).Short() + " dispute=" + protocol.Hash(disp).Short() + " outcome=worker-wrong amount=100UM",
	}
	if len(got) != len(want) {
		t.Fatalf("shown %d events, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		w := strings.Fields(want[i])
		for _, f := range w {
			if !strings.Contains(got[i], f) {
				t.Fatalf("event %d = %q, lacks %q", i, got[i], f)
			}
		}
	}
}
