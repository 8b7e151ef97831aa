package bindings

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
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what DeployAll needs from a chain: sending and estimating
// transactions, and reading receipts and code. An ethclient.Client and the
// simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployConfig says what to deploy.
type DeployConfig struct {
	TokenName   string         // ERC-20 name, e.g. "Unstoppable Models"
	TokenSymbol string         // ERC-20 symbol, e.g. "UM"
	Holder      common.Address // receives the whole token supply
	Supply      *big.Int       // total supply in base units (18 decimals), < 2^96
	// UnbondingDelay is the ledger's unbond-to-withdraw delay in seconds;
	// every run's challenge window plus its longest dispute must fit in it.
	UnbondingDelay uint64
}

// Deployment is a deployed set of contracts: addresses, ABI wrappers (to pack
// calls and unpack results and events) and bound instances (to call and
// transact).
type Deployment struct {
	TokenAddr    common.Address
	LedgerAddr   common.Address
	DisputesAddr common.Address

	Token    *Token
	Ledger   *Ledger
	Disputes *Disputes

	TokenC    *bind.BoundContract
	LedgerC   *bind.BoundContract
	DisputesC *bind.BoundContract
}

// Addresses names every deployed contract's address.
func (d *Deployment) Addresses() map[string]common.Address {
	return map[string]common.Address{"Token": d.TokenAddr, "Ledger": d.LedgerAddr, "Disputes": d.DisputesAddr}
}

// DefaultDeployConfig is a devnet-sized configuration: one billion tokens
// to holder and a seven-day unbonding delay.
func DefaultDeployConfig(holder common.Address) DeployConfig {
	return DeployConfig{
		TokenName:   "Unstoppable Models",
		TokenSymbol: "UM",
		Holder:      holder,
		Supply:      new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18)),

		UnbondingDelay: 7 * 24 * 3600,
	}
}

// DeployAll deploys Token, Ledger and Disputes from opts.From (three
// transactions with consecutive nonces) and waits for them. mine seals a
// block; pass the simulated backend's Commit there, or nil on a chain that
// mines by itself.
func DeployAll(ctx context.Context, backend Backend, opts *bind.TransactOpts, cfg DeployConfig, mine func()) (*Deployment, error) {
	if cfg.Supply == nil || cfg.Supply.Sign() <= 0 {
		return nil, errors.New("bindings: deploy: token supply must be positive")
	}
	if cfg.UnbondingDelay == 0 {
		return nil, errors.New("bindings: deploy: unbonding delay must be positive")
	}
	if cfg.Holder == (common.Address{}) {
		return nil, errors.New("bindings: deploy: token holder is the zero address")
	}
	nonce, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("bindings: deploy: nonce of %s: %w", opts.From, err)
	}
	o := *opts
	o.Context = ctx

	d := &Deployment{Token: NewToken(), Ledger: NewLedger(), Disputes: NewDisputes()}
	var txs []*types.Transaction
	deploy := func(name string, meta *bind.MetaData, input []byte) (common.Address, error) {
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		addr, tx, err := bind.DeployContract(&o, common.FromHex(meta.Bin), backend, input)
		if err != nil {
			return common.Address{}, fmt.Errorf("bindings: deploy %s: %w", name, err)
		}
		txs = append(txs, tx)
		return addr, nil
	}

	d.TokenAddr, err = deploy("Token", &TokenMetaData, d.Token.PackConstructor(cfg.TokenName, cfg.TokenSymbol, cfg.Holder, cfg.Supply))
	if err != nil {
		return nil, err
	}
	// The ledger knows the Disputes contract from its constructor: it is the
	// next contract this account creates.
	disputesAddr := crypto.CreateAddress(opts.From, nonce+1)
	d.LedgerAddr, err = deploy("Ledger", &LedgerMetaData, d.Ledger.PackConstructor(d.TokenAddr, disputesAddr, cfg.UnbondingDelay))
	if err != nil {
		return nil, err
	}
	d.DisputesAddr, err = deploy("Disputes", &DisputesMetaData, d.Disputes.PackConstructor(d.LedgerAddr, d.TokenAddr))
	if err != nil {
		return nil, err
	}
	if d.DisputesAddr != disputesAddr {
		return nil, fmt.Errorf("bindings: deploy: Disputes landed at %s, the ledger expects %s", d.DisputesAddr, disputesAddr)
	}
	for _, tx := range txs {
		if _, err := waitMined(ctx, backend, opts.From, tx, mine); err != nil {
			return nil, fmt.Errorf("bindings: deploy: %w", err)
		}
	}
	d.TokenC = d.Token.Instance(backend, d.TokenAddr)
	d.LedgerC = d.Ledger.Instance(backend, d.LedgerAddr)
	d.DisputesC = d.Disputes.Instance(backend, d.DisputesAddr)
	return d, nil
}

// WaitSuccess waits for tx's receipt (polling every 50 ms until ctx ends) and
// fails if the transaction reverted.
func WaitSuccess(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	return waitMined(ctx, b, common.Address{}, tx, nil)
}

// waitMined polls for tx's receipt. With mine set (a simulated chain), it
// first waits until the pool counts tx as pending (the pool promotes
// transactions asynchronously, so a block sealed right after sending can
// miss them), then seals a block on every poll until the receipt appears.
func waitMined(ctx context.Context, b bind.DeployBackend, from common.Address, tx *types.Transaction, mine func()) (*types.Receipt, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	nb, canNonce := b.(interface {
		PendingNonceAt(context.Context, common.Address) (uint64, error)
	})
	for {
		if mine != nil {
			if canNonce {
				if n, err := nb.PendingNonceAt(ctx, from); err == nil && n > tx.Nonce() {
					mine()
				}
			} else {
				mine()
			}
		}
		r, err := b.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("transaction %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
			}
			return r, nil
		}
		// Not mined yet, or mined but not indexed yet (go-ethereum answers
		// "transaction indexing is in progress" meanwhile): poll again.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}
