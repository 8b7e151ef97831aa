package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the client needs from a node: *ethclient.Client and the
// simulated backend's client both satisfy it.
type Backend interface {
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.TransactionSender
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// ErrWrongChain means the endpoint serves another chain than the profile's.
var ErrWrongChain = errors.New("chain: wrong chain")

// ErrUnreachable means the endpoint did not answer (after retries).
var ErrUnreachable = errors.New("chain: endpoint unreachable")

// Client is a chain client for one network profile and, optionally, one
// signing key. It implements bind.ContractBackend and bind.DeployBackend with
// retries, so bindings instances can run over it. Safe for concurrent use.
type Client struct {
	be       Backend
	profile  Profile
	chainID  *big.Int
	retry    RetryPolicy
	dial     RetryPolicy
	decoder  *ErrorDecoder
	log      *slog.Logger
	closeRPC func()

	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer

	sendLock chan struct{} // serializes sends: one nonce sequence per client
	nonce    uint64
	nonceOK  bool
}

// Option configures a Client.
type Option func(*Client)

// WithKey makes the client sign and send with key.
func WithKey(key *ecdsa.PrivateKey) Option {
	return func(c *Client) {
		c.key = key
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
}

// WithRetry replaces DefaultRetry (and DialRetry for the first contact).
func WithRetry(p RetryPolicy) Option { return func(c *Client) { c.retry, c.dial = p, p } }

// WithABIs sets the ABIs used to decode custom errors (default: every
// contract in chain/bindings).
func WithABIs(abis ...*abi.ABI) Option {
	return func(c *Client) { c.decoder = NewErrorDecoder(abis...) }
}

// WithLogger sets the logger (default: slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// Dial connects to an RPC endpoint (http(s):// or ws(s)://) and checks that
// it serves the profile's chain.
func Dial(ctx context.Context, url string, p Profile, opts ...Option) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Timeout: 30 * time.Second}))
	if err != nil {
		return nil, fmt.Errorf("%w: dial %s (network %s): %v; check that the node is running and --rpc-url is right", ErrUnreachable, url, p.Name, err)
	}
	ec := ethclient.NewClient(rc)
	c, err := newClient(ctx, ec, p, url, opts)
	if err != nil {
		ec.Close()
		return nil, err
	}
	c.closeRPC = ec.Close
	return c, nil
}

// New makes a client over an existing backend (for example a devchain's
// in-process client) and checks its chain ID.
func New(ctx context.Context, be Backend, p Profile, opts ...Option) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return newClient(ctx, be, p, "backend", opts)
}

func newClient(ctx context.Context, be Backend, p Profile, where string, opts []Option) (*Client, error) {
	c := &Client{be: be, profile: p, retry: DefaultRetry, dial: DialRetry, log: slog.Default(), sendLock: make(chan struct{}, 1)}
	for _, o := range opts {
		o(c)
	}
	if c.decoder == nil {
		c.decoder = NewErrorDecoder(bindingABIs()...)
	}
	var id *big.Int
	err := c.dial.Do(ctx, func(ctx context.Context) (err error) {
		id, err = be.ChainID(ctx)
		return err
	})
	if err != nil {
		if IsTransient(err) {
			return nil, fmt.Errorf("%w: %s (network %s) does not answer: %v; check that the node is running and --rpc-url is right", ErrUnreachable, where, p.Name, err)
		}
		return nil, fmt.Errorf("chain: %s (network %s): read chain ID: %w", where, p.Name, err)
	}
	if !id.IsUint64() || id.Uint64() != p.ChainID {
		return nil, fmt.Errorf("%w: %s serves chain ID %s, but network %s is chain ID %d; point --rpc-url at a %s node, or pick the --network (or --chain-id with custom) that matches it",
			ErrWrongChain, where, id, p.Name, p.ChainID, p.Name)
	}
	c.chainID = id
	c.signer = types.LatestSignerForChainID(id)
	return c, nil
}

// Close releases the RPC connection made by Dial (a no-op for New).
func (c *Client) Close() {
	if c.closeRPC != nil {
		c.closeRPC()
	}
}

// Profile is the client's network profile.
func (c *Client) Profile() Profile { return c.profile }

// ChainIDValue is the verified chain ID.
func (c *Client) ChainIDValue() *big.Int { return new(big.Int).Set(c.chainID) }

// From is the signing address (zero without a key).
func (c *Client) From() common.Address { return c.from }

// Decoder is the client's revert decoder.
func (c *Client) Decoder() *ErrorDecoder { return c.decoder }

// Raw is the backend without retries.
func (c *Client) Raw() Backend { return c.be }

// do1 runs a one-result call under the retry policy.
func do1[T any](ctx context.Context, c *Client, fn func(context.Context) (T, error)) (T, error) {
	var out T
	err := c.retry.Do(ctx, func(ctx context.Context) (err error) {
		out, err = fn(ctx)
		return err
	})
	return out, err
}

// The methods below make *Client a bind.ContractBackend and
// bind.DeployBackend whose calls are retried on transient errors.

func (c *Client) ChainID(ctx context.Context) (*big.Int, error) { return c.ChainIDValue(), nil }

func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return do1(ctx, c, c.be.BlockNumber)
}

func (c *Client) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return do1(ctx, c, func(ctx context.Context) (*types.Header, error) { return c.be.HeaderByNumber(ctx, n) })
}

func (c *Client) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	return do1(ctx, c, func(ctx context.Context) (*big.Int, error) { return c.be.BalanceAt(ctx, a, n) })
}

func (c *Client) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	return do1(ctx, c, func(ctx context.Context) (uint64, error) { return c.be.NonceAt(ctx, a, n) })
}

func (c *Client) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	return do1(ctx, c, func(ctx context.Context) ([]byte, error) { return c.be.CodeAt(ctx, a, n) })
}

func (c *Client) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	return do1(ctx, c, func(ctx context.Context) ([]byte, error) { return c.be.PendingCodeAt(ctx, a) })
}

func (c *Client) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return do1(ctx, c, func(ctx context.Context) (uint64, error) { return c.be.PendingNonceAt(ctx, a) })
}

// CallContract runs an eth_call; a revert comes back as a *RevertError.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	out, err := do1(ctx, c, func(ctx context.Context) ([]byte, error) { return c.be.CallContract(ctx, msg, n) })
	return out, c.decoder.DecodeError(err)
}

// EstimateGas estimates; a revert comes back as a *RevertError.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	g, err := do1(ctx, c, func(ctx context.Context) (uint64, error) { return c.be.EstimateGas(ctx, msg) })
	return g, c.decoder.DecodeError(err)
}

func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return do1(ctx, c, c.be.SuggestGasPrice)
}

func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return do1(ctx, c, c.be.SuggestGasTipCap)
}

func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return do1(ctx, c, func(ctx context.Context) ([]types.Log, error) { return c.be.FilterLogs(ctx, q) })
}

// SubscribeFilterLogs is not retried (a subscription is a stream); HTTP
// endpoints don't support it: use Follow.
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return c.be.SubscribeFilterLogs(ctx, q, ch)
}

func (c *Client) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	var (
		tx      *types.Transaction
		pending bool
	)
	err := c.retry.Do(ctx, func(ctx context.Context) (err error) {
		tx, pending, err = c.be.TransactionByHash(ctx, h)
		return err
	})
	return tx, pending, err
}

// TransactionReceipt returns ethereum.NotFound while the tx is not mined.
func (c *Client) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return do1(ctx, c, func(ctx context.Context) (*types.Receipt, error) { return c.be.TransactionReceipt(ctx, h) })
}

// SendTransaction sends a signed tx, retrying transient failures. Resending
// the same signed bytes is idempotent: "already known" counts as success.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.retry.Do(ctx, func(ctx context.Context) error {
		err := c.be.SendTransaction(ctx, tx)
		if err != nil && isAlreadyKnown(err) {
			return nil
		}
		return err
	})
}
