package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReceiptTimeout means a sent transaction was not mined within the
// profile's receipt timeout. It may still be mined later.
var ErrReceiptTimeout = errors.New("chain: receipt timeout")

// ErrFeeTooHigh means the network's current price is above the profile's cap.
var ErrFeeTooHigh = errors.New("chain: gas price above the profile's cap")

func isAlreadyKnown(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "already known") || strings.Contains(m, "known transaction")
}

// needsResync reports errors that mean our local nonce is behind the node's
// view: another process (or an earlier run) used the account.
func needsResync(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "nonce too low") || strings.Contains(m, "replacement transaction underpriced") ||
		strings.Contains(m, "already imported")
}

func percent(x *big.Int, pct uint64) *big.Int {
	y := new(big.Int).Mul(x, new(big.Int).SetUint64(pct))
	return y.Div(y, big.NewInt(100))
}

func gweiString(x *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(x), big.NewFloat(params.GWei))
	return f.Text('f', 3)
}

// fees are the price fields of the next transaction, per the profile.
type fees struct {
	gasPrice  *big.Int // legacy
	tipCap    *big.Int // EIP-1559
	feeCap    *big.Int // EIP-1559
	txTypeStr string
}

func (c *Client) fees(ctx context.Context) (fees, error) {
	p := c.profile
	if p.TxType == Legacy {
		price, err := c.SuggestGasPrice(ctx)
		if err != nil {
			return fees{}, fmt.Errorf("chain: suggest gas price: %w", err)
		}
		price = percent(price, p.GasPricePercent)
		if p.MaxFeePerGas != nil && price.Cmp(p.MaxFeePerGas) > 0 {
			return fees{}, fmt.Errorf("%w: gas price %s gwei, cap %s gwei (network %s); wait for prices to fall, or raise the cap",
				ErrFeeTooHigh, gweiString(price), gweiString(p.MaxFeePerGas), p.Name)
		}
		return fees{gasPrice: price}, nil
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("chain: suggest gas tip: %w", err)
	}
	tip = percent(tip, p.GasPricePercent)
	if p.MinTipCap != nil && tip.Cmp(p.MinTipCap) < 0 {
		tip = new(big.Int).Set(p.MinTipCap)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, fmt.Errorf("chain: read head for base fee: %w", err)
	}
	if head.BaseFee == nil {
		return fees{}, fmt.Errorf("chain: network %s has no base fee (not London); use a legacy profile (custom with legacy transactions)", p.Name)
	}
	// 2x base fee survives six full blocks of +12.5% before the tx stalls.
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if p.MaxFeePerGas != nil && feeCap.Cmp(p.MaxFeePerGas) > 0 {
		need := new(big.Int).Add(head.BaseFee, tip)
		if need.Cmp(p.MaxFeePerGas) > 0 {
			return fees{}, fmt.Errorf("%w: base fee %s + tip %s gwei, cap %s gwei (network %s); wait for prices to fall, or raise the cap",
				ErrFeeTooHigh, gweiString(head.BaseFee), gweiString(tip), gweiString(p.MaxFeePerGas), p.Name)
		}
		feeCap = new(big.Int).Set(p.MaxFeePerGas)
	}
	return fees{tipCap: tip, feeCap: feeCap}, nil
}

// newTx builds an unsigned tx of the profile's type.
func (c *Client) newTx(nonce uint64, to *common.Address, data []byte, value *big.Int, gas uint64, f fees) *types.Transaction {
	if f.gasPrice != nil {
		return types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: f.gasPrice, Gas: gas, To: to, Value: value, Data: data})
	}
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: f.tipCap, GasFeeCap: f.feeCap,
		Gas: gas, To: to, Value: value, Data: data,
	})
}

// lock takes the send lock, or gives up when ctx ends.
func (c *Client) lock(ctx context.Context) error {
	select {
	case c.sendLock <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("chain: wait for the send lock of %s: %w", c.from, ctx.Err())
	}
}

func (c *Client) unlock() { <-c.sendLock }

// syncNonce loads the account's pending nonce from the node; the send lock
// is held.
func (c *Client) syncNonce(ctx context.Context) error {
	n, err := c.PendingNonceAt(ctx, c.from)
	if err != nil {
		return fmt.Errorf("chain: read nonce of %s: %w", c.from, err)
	}
	if !c.nonceOK || n > c.nonce {
		c.nonce = n
	}
	c.nonceOK = true
	return nil
}

func (c *Client) needKey() error {
	if c.key == nil {
		return ErrNoKey
	}
	return nil
}

func describeTo(to *common.Address) string {
	if to == nil {
		return "create contract"
	}
	return "call " + to.Hex()
}

// MinGasHeadroom is the least gas Transact adds to an estimate, whatever the
// profile's GasLimitPercent. An estimate holds for the state it was made on;
// a transaction that lands after another account's (a worker's reward
// settlement before a delegator's unbond, a first write to a zero slot)
// can need one cold storage write more, 20-30k gas, which a 20% margin on
// a 100k call does not cover. Gas left unused is not paid for.
const MinGasHeadroom = 50_000

// gasLimit is the limit Transact gives a call estimated at est.
func (c *Client) gasLimit(est uint64) uint64 {
	return max(est*c.profile.GasLimitPercent/100, est+MinGasHeadroom)
}

// Transact signs and sends a transaction from the client's key calling to
// (nil: contract creation) with data and value (nil: zero). Gas is estimated
// (a revert at estimation comes back as a *RevertError and uses no nonce)
// with the profile's headroom but at least MinGasHeadroom, priced per the
// profile, and the nonce is assigned locally: concurrent Transact calls on
// one Client get consecutive nonces.
func (c *Client) Transact(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	tx, _, err := c.transact(ctx, to, data, value)
	return tx, err
}

// transact is Transact, also returning the gas estimate the limit was made
// from.
func (c *Client) transact(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, uint64, error) {
	if err := c.needKey(); err != nil {
		return nil, 0, err
	}
	if value == nil {
		value = new(big.Int)
	}
	if err := c.lock(ctx); err != nil {
		return nil, 0, err
	}
	defer c.unlock()
	if !c.nonceOK {
		if err := c.syncNonce(ctx); err != nil {
			return nil, 0, err
		}
	}
	est, err := c.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: to, Data: data, Value: value})
	if err != nil {
		return nil, 0, fmt.Errorf("chain: %s from %s: estimate gas: %w", describeTo(to), c.from, err)
	}
	gas := c.gasLimit(est)
	f, err := c.fees(ctx)
	if err != nil {
		return nil, 0, err
	}
	for resyncs := 0; ; resyncs++ {
		tx, err := types.SignTx(c.newTx(c.nonce, to, data, value, gas, f), c.signer, c.key)
		if err != nil {
			return nil, 0, fmt.Errorf("chain: sign tx: %w", err)
		}
		err = c.SendTransaction(ctx, tx)
		if err == nil {
			c.nonce++
			return tx, est, nil
		}
		if needsResync(err) && resyncs < 3 {
			// An earlier attempt of this very tx may have landed (a timeout
			// that hid a success, then "nonce too low" on the resend).
			if known, _, kerr := c.be.TransactionByHash(ctx, tx.Hash()); kerr == nil && known != nil {
				c.nonce++
				return tx, est, nil
			}
			c.log.Info("chain: nonce behind the node, resyncing", "from", c.from, "nonce", c.nonce, "err", err)
			c.nonceOK = false
			if err := c.syncNonce(ctx); err != nil {
				return nil, 0, err
			}
			continue
		}
		// The tx may or may not have reached the pool: ask the node next time.
		c.nonceOK = false
		return nil, 0, fmt.Errorf("chain: send tx %s (nonce %d, %s): %w", tx.Hash(), tx.Nonce(), describeTo(to), c.decoder.DecodeError(err))
	}
}

// Send runs fn with transact options for bindings (bind.Transact,
// bind.DeployContract, a deploy helper): signer, fee fields per the profile
// (GasPrice for legacy networks, so bind builds legacy txs) and context.
// Sends are serialized with Transact; every tx fn signs gets the next local
// nonce and the profile's gas headroom, however many it sends. fn is retried
// on a transient error only if it had signed nothing yet.
func (c *Client) Send(ctx context.Context, fn func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	if err := c.needKey(); err != nil {
		return nil, err
	}
	if err := c.lock(ctx); err != nil {
		return nil, err
	}
	defer c.unlock()
	var tx *types.Transaction
	err := c.retry.Do(ctx, func(ctx context.Context) error {
		if !c.nonceOK {
			if err := c.syncNonce(ctx); err != nil {
				return err
			}
		}
		f, err := c.fees(ctx)
		if err != nil {
			return err
		}
		next, signed := c.nonce, 0
		opts := &bind.TransactOpts{
			From:    c.from,
			Context: ctx,
			Signer: func(addr common.Address, raw *types.Transaction) (*types.Transaction, error) {
				if addr != c.from {
					return nil, fmt.Errorf("chain: asked to sign for %s, key is %s", addr, c.from)
				}
				gas := raw.Gas() * c.profile.GasLimitPercent / 100
				t := c.newTx(next, raw.To(), raw.Data(), raw.Value(), gas, f)
				s, err := types.SignTx(t, c.signer, c.key)
				if err == nil {
					next++
					signed++
				}
				return s, err
			},
		}
		if f.gasPrice != nil {
			opts.GasPrice = f.gasPrice
		} else {
			opts.GasTipCap, opts.GasFeeCap = f.tipCap, f.feeCap
		}
		tx, err = fn(opts)
		if err == nil {
			c.nonce = next
			return nil
		}
		c.nonceOK = false
		if signed > 0 {
			// Something may have been sent: never replay fn.
			return &permanentError{err}
		}
		return err
	})
	var pe *permanentError
	if errors.As(err, &pe) {
		err = pe.err
	}
	if err != nil {
		return nil, fmt.Errorf("chain: send from %s: %w", c.from, c.decoder.DecodeError(err))
	}
	return tx, nil
}

// permanentError stops RetryPolicy.Do.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }

// WaitReceipt polls for tx's receipt until it is mined or the profile's
// receipt timeout passes (ErrReceiptTimeout). A successful receipt is
// returned once the node's latest block includes it, so reads at "latest"
// that follow see its effects. A mined but failed tx returns its receipt
// and a *RevertError (the call replayed as of its block to recover the
// reason; see replayRevert) or, when it used its whole gas limit, an
// *OutOfGasError.
func (c *Client) WaitReceipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx2, cancel := context.WithTimeout(ctx, c.profile.ReceiptTimeout)
	defer cancel()
	t := time.NewTicker(c.profile.PollInterval)
	defer t.Stop()
	var lastErr error
	for {
		r, err := c.be.TransactionReceipt(ctx2, tx.Hash())
		if err == nil && r != nil {
			if r.Status == types.ReceiptStatusSuccessful {
				return r, c.waitHead(ctx, ctx2, r, t.C)
			}
			return r, fmt.Errorf("chain: tx %s mined in block %d but failed: %w", tx.Hash(), r.BlockNumber, c.replayRevert(ctx, tx, r))
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			lastErr = err // transient or not, keep polling until the deadline
		}
		select {
		case <-ctx2.Done():
			if ctx.Err() != nil {
				return nil, fmt.Errorf("chain: wait for tx %s: %w", tx.Hash(), ctx.Err())
			}
			msg := ""
			if lastErr != nil {
				msg = fmt.Sprintf(" (last RPC error: %v)", lastErr)
			}
			return nil, fmt.Errorf("%w: tx %s (nonce %d) not mined within %v on %s%s; it may still be mined: check the account's nonce, or resend with a higher gas price",
				ErrReceiptTimeout, tx.Hash(), tx.Nonce(), c.profile.ReceiptTimeout, c.profile.Name, msg)
		case <-t.C:
		}
	}
}

// waitHead returns once the node's latest block is at or past the block that
// holds r, so that every read at "latest" after a receipt sees the
// transaction's effects. A node can answer for a receipt before its latest
// block moves: go-ethereum writes the transaction lookup and the canonical
// hash a moment before it updates its head, and behind a load balancer the
// receipt and the next call may come from backends at different heights.
func (c *Client) waitHead(ctx, ctx2 context.Context, r *types.Receipt, tick <-chan time.Time) error {
	var seen *big.Int
	for {
		h, err := c.be.HeaderByNumber(ctx2, nil)
		if err == nil && h.Number.Cmp(r.BlockNumber) >= 0 {
			return nil
		}
		if err == nil {
			seen = h.Number
		}
		select {
		case <-ctx2.Done():
			if ctx.Err() != nil {
				return fmt.Errorf("chain: wait for block %d of tx %s: %w", r.BlockNumber, r.TxHash, ctx.Err())
			}
			return fmt.Errorf("%w: tx %s was mined in block %d, but the node's latest block stayed at %v for %v on %s: its state may be stale; check the endpoint",
				ErrReceiptTimeout, r.TxHash, r.BlockNumber, seen, c.profile.ReceiptTimeout, c.profile.Name)
		case <-tick:
		}
	}
}

// replayRevert recovers why a mined tx failed, replaying it as a call.
//
// A contract that checks block.number or block.timestamp must be replayed
// with its block's number and time (a reveal "one block after its commit"
// replayed with the parent's number answers RevealTooEarly whatever really
// stopped it), and on the state the tx met: its parent block's state plus
// the transactions before it in its block. A call can run on the parent's
// state with the block's number and time (eth_call block overrides), but not
// after some of a block's transactions, so:
//   - reverting on the parent's state with overrides, the tx being first in
//     its block: that is the reason;
//   - reverting there, with transactions before it: the reason, noted as
//     possibly changed by them;
//   - passing there: a transaction before it in its block changed what it
//     met, and the reason comes from the state after the block, noted so;
//   - an endpoint that refuses overrides: the state after the block, which
//     has the block's own number and time, noted as uncertain.
//
// A tx that used its whole gas limit ran out of gas; see outOfGas.
func (c *Client) replayRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	from, err := types.Sender(c.signer, tx)
	if err != nil {
		return fmt.Errorf("%w: reason not recoverable (sender of tx %s: %v)", ErrReverted, tx.Hash(), err)
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	hdr, err := c.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return fmt.Errorf("%w: reason not recoverable (header of block %d: %v)", ErrReverted, r.BlockNumber, err)
	}
	if r.GasUsed >= tx.Gas() {
		return c.outOfGas(ctx, msg, r, hdr)
	}
	n := r.BlockNumber
	parent := new(big.Int).Sub(n, big.NewInt(1))
	var re *RevertError
	_, err = c.callWithBlock(ctx, msg, parent, hdr)
	switch {
	case errors.As(err, &re):
		if r.TransactionIndex > 0 {
			re.Note = fmt.Sprintf("replayed on the state before block %s with its number and time; the %d transaction(s) before it in that block are not replayed and may have changed the reason",
				n, r.TransactionIndex)
		}
		return re
	case err == nil:
		_, err = c.CallContract(ctx, msg, n)
		if errors.As(err, &re) {
			re.Note = fmt.Sprintf("the call passes on the state before block %s, so a transaction before it in that block changed what it met; the reason is replayed on the state after the block", n)
			return re
		}
		return fmt.Errorf("%w: reason not recoverable: the call passes replayed on the states before and after block %s", ErrReverted, n)
	}
	c.log.Debug("chain: replay with block overrides refused; replaying on the block's own state", "tx", tx.Hash(), "err", err)
	_, err = c.CallContract(ctx, msg, n)
	if errors.As(err, &re) {
		re.Note = fmt.Sprintf("replayed on the state after block %s, as the endpoint refuses eth_call block overrides: the transactions after it in that block are included, so the reason is likely, not certain", n)
		return re
	}
	return fmt.Errorf("%w: reason not recoverable: the endpoint refuses eth_call block overrides, and the call passes on the state after block %s", ErrReverted, n)
}

// errNoOverrides means the backend has no raw JSON-RPC client to send block
// overrides with (an in-process backend).
var errNoOverrides = errors.New("chain: backend takes no block overrides")

// rawRPC is the JSON-RPC client under the backend (an *ethclient.Client, as
// Dial makes), or nil.
func (c *Client) rawRPC() *rpc.Client {
	if b, ok := c.be.(interface{ Client() *rpc.Client }); ok {
		return b.Client()
	}
	return nil
}

// callArgs is msg as eth_call and eth_estimateGas take it.
func callArgs(msg ethereum.CallMsg) map[string]any {
	a := map[string]any{"from": msg.From, "input": hexutil.Bytes(msg.Data)}
	if msg.To != nil {
		a["to"] = msg.To
	}
	if msg.Value != nil {
		a["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		a["gas"] = hexutil.Uint64(msg.Gas)
	}
	return a
}

// overridesOf are the block fields a contract can read, taken from h.
func overridesOf(h *types.Header) ethereum.BlockOverrides {
	return ethereum.BlockOverrides{Number: h.Number, Time: h.Time, GasLimit: h.GasLimit, Coinbase: h.Coinbase, Random: h.MixDigest}
}

// callWithBlock runs msg on the state of block n as if in block h (number,
// time, gas limit, coinbase, randomness); a revert comes back as a
// *RevertError, a refusal of the overrides as another error.
func (c *Client) callWithBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int, h *types.Header) ([]byte, error) {
	rc := c.rawRPC()
	if rc == nil {
		return nil, errNoOverrides
	}
	out, err := do1(ctx, c, func(ctx context.Context) (hexutil.Bytes, error) {
		var out hexutil.Bytes
		err := rc.CallContext(ctx, &out, "eth_call", callArgs(msg), hexutil.EncodeBig(n), nil, overridesOf(h))
		return out, err
	})
	return out, c.decoder.DecodeError(err)
}

// estimateWithBlock estimates msg's gas on the state of block n, as if in
// block h when h is not nil.
func (c *Client) estimateWithBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int, h *types.Header) (uint64, error) {
	rc := c.rawRPC()
	if rc == nil {
		if h == nil {
			if be, ok := c.be.(interface {
				EstimateGasAtBlock(context.Context, ethereum.CallMsg, *big.Int) (uint64, error)
			}); ok {
				g, err := do1(ctx, c, func(ctx context.Context) (uint64, error) { return be.EstimateGasAtBlock(ctx, msg, n) })
				return g, c.decoder.DecodeError(err)
			}
		}
		return 0, errNoOverrides
	}
	params := []any{callArgs(msg), hexutil.EncodeBig(n)}
	if h != nil {
		params = append(params, nil, overridesOf(h))
	}
	g, err := do1(ctx, c, func(ctx context.Context) (hexutil.Uint64, error) {
		var g hexutil.Uint64
		err := rc.CallContext(ctx, &g, "eth_estimateGas", params...)
		return g, err
	})
	return uint64(g), c.decoder.DecodeError(err)
}

// OutOfGasError is a mined transaction that used its whole gas limit, with
// what the node estimates the call needs around its block: whether the
// state it met made it dearer than when its limit was chosen, or the limit
// was too low for the chain to begin with.
type OutOfGasError struct {
	Tx    common.Hash
	Block *big.Int
	Limit uint64
	// Estimate is the estimate the limit was made from (Transact's, on the
	// latest block when it was sent); 0 when unknown.
	Estimate uint64
	// Before is the estimate on the state before the tx's block (with the
	// block's number and time), After on the state after it; 0 when the
	// node gave none.
	Before, After uint64
	// Revert is set when the call, replayed on the state after its block,
	// reverts instead.
	Revert *RevertError
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *OutOfGasError) Is(target error) bool { return target == ErrReverted }

// Need is the most gas the node estimates the call needs at its block.
func (e *OutOfGasError) Need() uint64 { return max(e.Before, e.After) }

// StateChanged reports whether the call ran out of gas because the state it
// met made it dearer than its limit allowed: with the estimate known, the
// cost at its block passed the limit made from it; without it, the call fit
// on the state before its block and not on the state after it (a
// transaction before it in the block made it dearer).
func (e *OutOfGasError) StateChanged() bool {
	if e.Revert != nil {
		return false
	}
	if e.Estimate != 0 {
		return e.Need() > e.Limit
	}
	return e.Before != 0 && e.Before <= e.Limit && e.After > e.Limit
}

func (e *OutOfGasError) Error() string {
	s := fmt.Sprintf("execution reverted: out of gas (used all %d of its gas limit)", e.Limit)
	switch {
	case e.Revert != nil:
		return fmt.Sprintf("%s; replayed on the state after block %s the call reverts: %s", s, e.Block, e.Revert.Reason)
	case e.StateChanged() && e.Estimate != 0:
		return fmt.Sprintf("%s: the state changed between its estimate and block %s: estimated at %d gas, it needs about %d on that block's state (another account's transaction made the call dearer); send it again",
			s, e.Block, e.Estimate, e.Need())
	case e.StateChanged():
		return fmt.Sprintf("%s: a transaction before it in block %s made the call dearer: it needs about %d gas on the state before the block, %d on the state after it; send it again",
			s, e.Block, e.Before, e.After)
	case e.Estimate == 0 && e.Before > e.Limit:
		return fmt.Sprintf("%s: the call needs about %d gas on the state before block %s: the limit was set too low, or the state changed after it was chosen", s, e.Before, e.Block)
	case e.After != 0 && e.After <= e.Limit && e.Before <= e.Limit:
		return fmt.Sprintf("%s: the node estimates %d gas on block %s's state, within the limit, so the state did not make it dearer: the limit was too low for this chain's gas schedule (it charges more than the node estimates)",
			s, e.Need(), e.Block)
	}
	return fmt.Sprintf("%s: the node gave no new estimate on block %s's state, so whether the state changed or the limit was too low for this chain's gas schedule is unknown", s, e.Block)
}

// outOfGas builds the OutOfGasError of a tx that used its whole limit,
// estimating the call again around its block (a replay of a call that ran
// out of gas says nothing about why).
func (c *Client) outOfGas(ctx context.Context, msg ethereum.CallMsg, r *types.Receipt, hdr *types.Header) error {
	e := &OutOfGasError{Tx: r.TxHash, Block: r.BlockNumber, Limit: msg.Gas}
	msg.Gas = 0
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	var re *RevertError
	after, err := c.estimateWithBlock(ctx, msg, r.BlockNumber, nil)
	switch {
	case errors.As(err, &re):
		e.Revert = re
		return e
	case err == nil:
		e.After = after
	}
	if before, err := c.estimateWithBlock(ctx, msg, parent, hdr); err == nil {
		e.Before = before
	}
	return e
}

// TransactAndWait is Transact followed by WaitReceipt. A transaction that
// ran out of gas because the state changed between its estimate and its
// block (another account's transaction made the call dearer) is estimated
// and sent once more; its *OutOfGasError says so either way.
func (c *Client) TransactAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, est, err := c.transact(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	r, err := c.WaitReceipt(ctx, tx)
	var oog *OutOfGasError
	if !errors.As(err, &oog) {
		return r, err
	}
	oog.Estimate = est
	if !oog.StateChanged() {
		return r, err
	}
	c.log.Info("chain: out of gas after the state changed; estimating and sending again", "tx", tx.Hash(), "block", r.BlockNumber,
		"estimate", est, "limit", oog.Limit, "need", oog.Need())
	tx2, err2 := c.Transact(ctx, to, data, value)
	if err2 != nil {
		return r, fmt.Errorf("%w; sending it again: %w", err, err2)
	}
	r2, err2 := c.WaitReceipt(ctx, tx2)
	if err2 != nil {
		return r2, fmt.Errorf("%w; sent again as %s: %w", err, tx2.Hash(), err2)
	}
	return r2, nil
}
