package node

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// DevnetEvent is one thing that happened on the devnet: a contract event of
// the token, ledger or disputes contract (Kind is the event's name), or
// "Eval", the eval accuracy of a committed checkpoint.
type DevnetEvent struct {
	Time     time.Time
	Block    uint64
	Contract string // Token, Ledger, Disputes; empty for Eval
	Kind     string
	Args     []DevnetArg // in the event's order, formatted
	Raw      map[string]any
	// Eval results (Kind "Eval"): the update and its checkpoint's accuracy.
	Update   protocol.Hash
	Accuracy float64
	Loss     float64
}

// DevnetArg is one named, formatted value of an event.
type DevnetArg struct{ Name, Value string }

// String is the event as one log line.
func (e DevnetEvent) String() string {
	var b strings.Builder
	if e.Block > 0 {
		fmt.Fprintf(&b, "block %-6d ", e.Block)
	} else {
		b.WriteString("             ")
	}
	if e.Contract != "" {
		fmt.Fprintf(&b, "%s.", e.Contract)
	}
	b.WriteString(e.Kind)
	for _, a := range e.Args {
		fmt.Fprintf(&b, " %s=%s", a.Name, a.Value)
	}
	return b.String()
}

func (d *Devnet) emit(ctx context.Context, e DevnetEvent) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	select {
	case d.events <- e:
	case <-ctx.Done():
	}
}

// deliver hands events to OnEvent from one goroutine, in order.
func (d *Devnet) deliver(ctx context.Context) {
	for {
		select {
		case e := <-d.events:
			if d.opts.OnEvent != nil {
				d.opts.OnEvent(e)
			}
		case <-ctx.Done():
			return
		}
	}
}

// follow turns the contracts' logs, from the deployment block on, into
// events; an UpdateCommitted also starts an eval of its checkpoint.
func (d *Devnet) follow(ctx context.Context) {
	type contract struct {
		name string
		abi  abi.ABI
	}
	byAddr := map[common.Address]contract{
		d.contracts.TokenAddr:    {"Token", d.contracts.Token.GetABI()},
		d.contracts.LedgerAddr:   {"Ledger", d.contracts.Ledger.GetABI()},
		d.contracts.DisputesAddr: {"Disputes", d.contracts.Disputes.GetABI()},
	}
	evals := make(chan DevnetEvent, 64)
	if d.opts.Eval {
		d.wg.Go(func() { d.evalLoop(ctx, evals) })
	}
	f := chain.Follow{
		Query: ethereum.FilterQuery{Addresses: []common.Address{
			d.contracts.TokenAddr, d.contracts.LedgerAddr, d.contracts.DisputesAddr,
		}},
		From: d.followFrom, UseDepth: true, Poll: d.opts.BlockInterval / 2,
	}
	err := d.client.Follow(ctx, f, func(ctx context.Context, l types.Log) error {
		c, ok := byAddr[l.Address]
		if !ok || len(l.Topics) == 0 {
			return nil
		}
		e, err := devnetDecode(c.abi, l)
		if err != nil {
			d.log.Warn("devnet: undecodable log", "contract", c.name, "block", l.BlockNumber, "err", err)
			return nil
		}
		e.Contract = c.name
		// Token transfers and vote bookkeeping are noise next to the run.
		if c.name == "Token" {
			return nil
		}
		d.emit(ctx, e)
		if e.Kind == bindings.LedgerUpdateCommittedEventName && d.opts.Eval {
			select {
			case evals <- e:
			default:
				d.log.Warn("devnet: eval queue full, skipping", "block", e.Block)
			}
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		d.fail(fmt.Errorf("devnet: follow events: %w", err))
	}
}

// devnetDecode unpacks a log with its contract's ABI.
func devnetDecode(a abi.ABI, l types.Log) (DevnetEvent, error) {
	ev, err := a.EventByID(l.Topics[0])
	if err != nil {
		return DevnetEvent{}, err
	}
	raw := map[string]any{}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(raw, indexed, l.Topics[1:]); err != nil {
		return DevnetEvent{}, fmt.Errorf("%s topics: %w", ev.Name, err)
	}
	if len(l.Data) > 0 {
		if err := ev.Inputs.UnpackIntoMap(raw, l.Data); err != nil {
			return DevnetEvent{}, fmt.Errorf("%s data: %w", ev.Name, err)
		}
	}
	e := DevnetEvent{Block: l.BlockNumber, Kind: ev.Name, Raw: raw}
	for _, in := range ev.Inputs {
		e.Args = append(e.Args, DevnetArg{in.Name, devnetFormat(ev.Name, in.Name, raw[in.Name])})
	}
	return e, nil
}

// devnetFormat renders one event value for a log line: hashes and
// addresses short, token amounts in whole tokens, CIDs as text.
func devnetFormat(event, name string, v any) string {
	switch x := v.(type) {
	case [32]byte:
		return protocol.Hash(x).Short()
	case common.Address:
		h := x.Hex()
		return h[:6] + "…" + h[len(h)-4:]
	case []byte:
		if c, err := cid.Cast(x); err == nil {
			return c.String()
		}
		return fmt.Sprintf("0x%x", x)
	case uint8:
		if name == "outcome" {
			switch x {
			case bindings.OutcomeWorkerWrong:
				return "worker-wrong"
			case bindings.OutcomeChallengerWrong:
				return "challenger-wrong"
			case bindings.OutcomeDraw:
				return "draw"
			}
		}
		return fmt.Sprint(x)
	case *big.Int:
		switch name {
		case "amount", "bond", "reward", "slashed", "feePool", "weight", "fromWorker", "fromDelegators", "toWorker", "toDelegators", "value":
			return devnetTokenString(x) + "UM"
		}
		return x.String()
	}
	return fmt.Sprint(v)
}

// devnetTokenString prints base units as tokens with up to 4 decimals.
func devnetTokenString(x *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(x), big.NewFloat(1e18))
	s := f.Text('f', 4)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// devnetGCEvery is how many evals pass between two GCs of the seed store.
const devnetGCEvery = 20

// evalLoop fetches each committed checkpoint from the swarm (through the
// seed peer's store, hash-checked) and evaluates it on the run's eval subset.
//
// The fetched checkpoints are not pinned; a GC every devnetGCEvery evals
// keeps the seed's store at the genesis checkpoint plus a few updates.
func (d *Devnet) evalLoop(ctx context.Context, in <-chan DevnetEvent) {
	for n := 1; ; n++ {
		if n%devnetGCEvery == 0 {
			if r, err := d.store.GC(ctx); err != nil {
				d.log.Warn("devnet: seed store GC", "err", err)
			} else {
				d.log.Debug("devnet: seed store GC", "removed", r.Removed, "freed", r.Freed)
			}
		}
		var e DevnetEvent
		select {
		case e = <-in:
		case <-ctx.Done():
			return
		}
		out, err := d.evalUpdate(ctx, e)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			d.log.Warn("devnet: eval", "block", e.Block, "err", err)
			continue
		}
		d.emit(ctx, out)
	}
}

func (d *Devnet) evalUpdate(ctx context.Context, e DevnetEvent) (DevnetEvent, error) {
	cidBytes, _ := e.Raw["cid"].([]byte)
	state, _ := e.Raw["stateHash"].([32]byte)
	update, _ := e.Raw["updateId"].([32]byte)
	c, err := cid.Cast(cidBytes)
	if err != nil {
		return DevnetEvent{}, fmt.Errorf("update %s: cid: %w", protocol.Hash(update).Short(), err)
	}
	fctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	b, err := d.store.FetchBytes(fctx, c, state, nil)
	if err != nil {
		return DevnetEvent{}, fmt.Errorf("update %s: %w", protocol.Hash(update).Short(), err)
	}
	cp, err := checkpoint.Decode(b)
	if err != nil {
		return DevnetEvent{}, fmt.Errorf("update %s: %w", protocol.Hash(update).Short(), err)
	}
	s, err := d.trainer.StateFrom(cp)
	if err != nil {
		return DevnetEvent{}, fmt.Errorf("update %s: %w", protocol.Hash(update).Short(), err)
	}
	r := d.trainer.Eval(s)
	return DevnetEvent{
		Block: e.Block, Kind: "Eval", Update: update, Accuracy: r.Accuracy, Loss: r.Loss,
		Args: []DevnetArg{
			{"update", protocol.Hash(update).Short()},
			{"accuracy", fmt.Sprintf("%.2f%%", 100*r.Accuracy)},
			{"loss", fmt.Sprintf("%.4f", r.Loss)},
		},
	}, nil
}
