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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
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

// Transact signs and sends a transaction from the client's key calling to
// (nil: contract creation) with data and value (nil: zero). Gas is estimated
// (a revert at estimation comes back as a *RevertError and uses no nonce),
// priced per the profile, and the nonce is assigned locally: concurrent
// Transact calls on one Client get consecutive nonces.
func (c *Client) Transact(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	if err := c.needKey(); err != nil {
		return nil, err
	}
	if value == nil {
		value = new(big.Int)
	}
	if err := c.lock(ctx); err != nil {
		return nil, err
	}
	defer c.unlock()
	if !c.nonceOK {
		if err := c.syncNonce(ctx); err != nil {
			return nil, err
		}
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("chain: %s from %s: estimate gas: %w", describeTo(to), c.from, err)
	}
	gas = gas * c.profile.GasLimitPercent / 100
	f, err := c.fees(ctx)
	if err != nil {
		return nil, err
	}
	for resyncs := 0; ; resyncs++ {
		tx, err := types.SignTx(c.newTx(c.nonce, to, data, value, gas, f), c.signer, c.key)
		if err != nil {
			return nil, fmt.Errorf("chain: sign tx: %w", err)
		}
		err = c.SendTransaction(ctx, tx)
		if err == nil {
			c.nonce++
			return tx, nil
		}
		if needsResync(err) && resyncs < 3 {
			// An earlier attempt of this very tx may have landed (a timeout
			// that hid a success, then "nonce too low" on the resend).
			if known, _, kerr := c.be.TransactionByHash(ctx, tx.Hash()); kerr == nil && known != nil {
				c.nonce++
				return tx, nil
			}
			c.log.Info("chain: nonce behind the node, resyncing", "from", c.from, "nonce", c.nonce, "err", err)
			c.nonceOK = false
			if err := c.syncNonce(ctx); err != nil {
				return nil, err
			}
			continue
		}
		// The tx may or may not have reached the pool: ask the node next time.
		c.nonceOK = false
		return nil, fmt.Errorf("chain: send tx %s (nonce %d, %s): %w", tx.Hash(), tx.Nonce(), describeTo(to), c.decoder.DecodeError(err))
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
// that follow see its effects. A mined but failed tx returns
// its receipt and a *RevertError (the call replayed on the parent block to
// recover the reason).
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

// replayRevert re-runs a failed tx as a call on its block's parent state to
// recover the revert reason. Transactions earlier in the same block are not
// replayed, so the reason is best effort.
//
// A tx that used its whole gas limit ran out of gas: that is reported
// without a replay, whose answer would mislead (the replay runs with the
// parent block's number and time, so a contract that checks them answers
// for another moment, as a reveal answers RevealTooEarly).
func (c *Client) replayRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	if r.GasUsed == tx.Gas() {
		return fmt.Errorf("%w: out of gas (used all %d of its gas limit): the limit was too low for this chain's gas schedule", ErrReverted, r.GasUsed)
	}
	from, err := types.Sender(c.signer, tx)
	if err != nil {
		return ErrReverted
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, callErr := c.CallContract(ctx, msg, parent)
	var re *RevertError
	if errors.As(callErr, &re) {
		return re
	}
	return fmt.Errorf("%w: reason not recoverable by replay", ErrReverted)
}

// TransactAndWait is Transact followed by WaitReceipt.
func (c *Client) TransactAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := c.Transact(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return c.WaitReceipt(ctx, tx)
}
