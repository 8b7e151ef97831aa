package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the chain ID of every devchain (fixed by go-ethereum's simulated
// backend).
const ChainID = 1337

// Mode says when the chain produces blocks.
type Mode int

const (
	// Manual produces a block only on Commit (and AdjustTime): deterministic,
	// for in-process tests that drive the chain step by step.
	Manual Mode = iota
	// OnTx produces a block as soon as a transaction enters the pool, like
	// `geth --dev` with period 0: a sender waiting for its receipt gets it at
	// once. Use it when other processes send over JSON-RPC.
	OnTx
	// Interval produces a block every Options.BlockInterval, empty or not.
	Interval
)

func (m Mode) String() string {
	switch m {
	case Manual:
		return "manual"
	case OnTx:
		return "on-tx"
	case Interval:
		return "interval"
	}
	return "mode(" + strconv.Itoa(int(m)) + ")"
}

// Options configure a devchain. The zero value is a manual chain with 10
// funded accounts and no RPC endpoint.
type Options struct {
	// Accounts is how many dev accounts (DevKey(0..Accounts-1)) are funded at
	// genesis; 0 means 10.
	Accounts int
	// Balance of each dev account in wei; nil means 1,000,000 ether.
	Balance *big.Int
	// Alloc adds more genesis accounts (it wins over the dev accounts).
	Alloc types.GenesisAlloc
	// Mode of block production.
	Mode Mode
	// BlockInterval is the block time in Interval mode (at least 10ms).
	BlockInterval time.Duration
	// HTTPAddr, if set, serves JSON-RPC over HTTP on this host:port, e.g.
	// "127.0.0.1:0" for a free loopback port (see URL). Exposed namespaces:
	// eth, net, web3, txpool.
	HTTPAddr string
	// WS also serves JSON-RPC over WebSocket on the HTTP port (see WSURL).
	WS bool
	// GasLimit is the block gas limit; 0 keeps go-ethereum's default (60M).
	GasLimit uint64
	// ExperimentalForks keeps the experimental forks go-ethereum 1.17's dev
	// config enables (Bogota, with state-gas repricing that makes storage
	// several times dearer). By default they are off, so the chain runs the
	// Osaka gas schedule of the networks umnode deploys on and gas measured
	// here means something there.
	ExperimentalForks bool
	// DataDir, if set, keeps the chain's database there instead of in
	// memory, and New on a DataDir that holds a chain continues it from its
	// head (same genesis: Accounts, Balance, Alloc, GasLimit and
	// ExperimentalForks must be as before). Every block's state is written
	// as it is sealed (archive mode), so even a killed process resumes at
	// its last block. One process at a time: the directory is locked.
	DataDir string
}

// Chain is a running devchain. Close it when done.
type Chain struct {
	backend *simulated.Backend
	client  simulated.Client
	rpc     *rpc.Client
	keys    []*ecdsa.PrivateKey
	httpURL string
	wsURL   string

	mu     sync.Mutex // serializes block production and time changes
	cancel context.CancelFunc
	done   chan struct{}
	closed bool
}

// New starts a devchain.
func New(opts Options) (*Chain, error) {
	if opts.Accounts < 0 {
		return nil, fmt.Errorf("devchain: Accounts is %d; give 0 (for 10) or more", opts.Accounts)
	}
	if opts.Accounts == 0 {
		opts.Accounts = 10
	}
	if opts.Balance == nil {
		opts.Balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	}
	if opts.Mode == Interval && opts.BlockInterval < 10*time.Millisecond {
		return nil, fmt.Errorf("devchain: BlockInterval %v is too short for Interval mode; give at least 10ms", opts.BlockInterval)
	}
	if opts.Mode < Manual || opts.Mode > Interval {
		return nil, fmt.Errorf("devchain: unknown mode %d", opts.Mode)
	}
	c := &Chain{done: make(chan struct{})}
	alloc := types.GenesisAlloc{}
	for i := range opts.Accounts {
		key := DevKey(i)
		c.keys = append(c.keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Set(opts.Balance)}
	}
	for a, acc := range opts.Alloc {
		alloc[a] = acc
	}

	var (
		listenAddr string
		err        error
	)
	var head common.Hash
	if opts.DataDir != "" {
		if head, err = storedHead(opts.DataDir); err != nil {
			return nil, err
		}
	}
	if opts.HTTPAddr == "" {
		c.backend, err = newBackend(alloc, opts, "", 0)
	} else {
		c.backend, listenAddr, err = newServingBackend(alloc, opts)
	}
	if err != nil {
		return nil, err
	}
	if err := c.resume(head); err != nil {
		c.backend.Close()
		return nil, err
	}
	c.client = c.backend.Client()
	if c.rpc, err = rpcClientOf(c.client); err != nil {
		c.backend.Close()
		return nil, err
	}
	if opts.HTTPAddr != "" {
		c.httpURL = "http://" + listenAddr
		if opts.WS {
			c.wsURL = "ws://" + listenAddr
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	switch opts.Mode {
	case Manual:
		close(c.done)
	case OnTx:
		ch := make(chan common.Hash, 256)
		sub, err := c.rpc.EthSubscribe(ctx, ch, "newPendingTransactions")
		if err != nil {
			cancel()
			c.backend.Close()
			return nil, fmt.Errorf("devchain: subscribe to new transactions: %w", err)
		}
		go c.mineOnTx(ctx, ch, sub.Err())
	case Interval:
		go c.mineEvery(ctx, opts.BlockInterval)
	}
	return c, nil
}

// newServingBackend starts a backend serving JSON-RPC on opts.HTTPAddr and
// returns the host:port it listens on.
func newServingBackend(alloc types.GenesisAlloc, opts Options) (*simulated.Backend, string, error) {
	host, portStr, err := net.SplitHostPort(opts.HTTPAddr)
	if err != nil {
		return nil, "", fmt.Errorf("devchain: HTTPAddr %q: %w (want host:port, e.g. 127.0.0.1:0)", opts.HTTPAddr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, "", fmt.Errorf("devchain: HTTPAddr %q: bad port (want 0..65535)", opts.HTTPAddr)
	}
	if port != 0 {
		b, err := newBackend(alloc, opts, host, port)
		return b, opts.HTTPAddr, err
	}
	// go-ethereum's simulated backend keeps its node private, so its bound
	// port can't be read back: reserve a free port, release it, and hand it
	// over. Another process may grab it in between; retry a few times.
	var lastErr error
	for range 5 {
		l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
		if err != nil {
			return nil, "", fmt.Errorf("devchain: listen on %s: %w", opts.HTTPAddr, err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		b, err := newBackend(alloc, opts, host, port)
		if err == nil {
			return b, net.JoinHostPort(host, strconv.Itoa(port)), nil
		}
		lastErr = err
	}
	return nil, "", lastErr
}

// newBackend wraps simulated.NewBackend, which panics when its node can't
// start (for example when the HTTP port is taken), into an error.
func newBackend(alloc types.GenesisAlloc, opts Options, host string, port int) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: start simulated chain (http %s:%d): %v", host, port, r)
		}
	}()
	options := []func(*node.Config, *ethconfig.Config){
		func(nc *node.Config, ec *ethconfig.Config) {
			if host == "" {
				return
			}
			modules := []string{"eth", "net", "web3", "txpool"}
			nc.HTTPHost = host
			nc.HTTPPort = port
			nc.HTTPModules = modules
			nc.HTTPVirtualHosts = []string{"*"}
			nc.HTTPCors = []string{"*"}
			if opts.WS {
				nc.WSHost = host
				nc.WSPort = port // shares the HTTP server
				nc.WSModules = modules
				nc.WSOrigins = []string{"*"}
			}
		},
	}
	if opts.GasLimit != 0 {
		options = append(options, simulated.WithBlockGasLimit(opts.GasLimit))
	}
	if opts.DataDir != "" {
		options = append(options, func(nc *node.Config, ec *ethconfig.Config) {
			nc.DataDir = opts.DataDir
			nc.Name = dataDirName // else the executable's name picks the folder
			// Archive mode with hash-keyed trie nodes commits every block's
			// state as it is sealed: nothing waits in memory for a clean
			// shutdown.
			ec.StateScheme = rawdb.HashScheme
			ec.NoPruning = true
			// go-ethereum's default database cache (2 GiB) sizes pebble's
			// memtables, and each write-ahead log is allocated at a
			// memtable's size: 280 MB of disk per log for a chain of a
			// few KB per block. 32 MiB keeps the logs at a few MB.
			ec.DatabaseCache = 32
		})
	}
	if !opts.ExperimentalForks {
		options = append(options, func(_ *node.Config, ec *ethconfig.Config) {
			cfg := *ec.Genesis.Config
			cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
			ec.Genesis.Config = &cfg
		})
	}
	return simulated.NewBackend(alloc, options...), nil
}

// rpcClientOf digs the in-process *rpc.Client out of the simulated client:
// simulated.Client hides its *ethclient.Client in a struct whose embedded field
// (exported, named Client) shadows ethclient's Client() method. The RPC client
// is needed for a pending-transaction subscription and txpool_status.
func rpcClientOf(c simulated.Client) (*rpc.Client, error) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, fmt.Errorf("devchain: simulated client %T does not expose its RPC client (go-ethereum API changed? update rpcClientOf)", c)
}

func (c *Chain) mineOnTx(ctx context.Context, ch <-chan common.Hash, subErr <-chan error) {
	defer close(c.done)
	// A safety net: if a notification is ever missed, a pending transaction
	// still gets mined within a poll.
	poll := time.NewTicker(250 * time.Millisecond)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-subErr:
			// The notification stream ended: keep mining from the poll
			// alone (a devchain must never stop producing blocks).
			ch, subErr = nil, nil
		case <-ch:
			// Drain the burst: one block takes everything pending.
			for drained := false; !drained; {
				select {
				case <-ch:
				default:
					drained = true
				}
			}
			c.commitIfOpen()
		case <-poll.C:
			if n, err := c.pendingCount(ctx); err == nil && n > 0 {
				c.commitIfOpen()
			}
		}
	}
}

func (c *Chain) mineEvery(ctx context.Context, d time.Duration) {
	defer close(c.done)
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.commitIfOpen()
		}
	}
}

func (c *Chain) commitIfOpen() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.backend.Commit()
	}
}

func (c *Chain) pendingCount(ctx context.Context) (uint64, error) {
	var status struct {
		Pending hexutil.Uint64 `json:"pending"`
	}
	if err := c.rpc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 0, err
	}
	return uint64(status.Pending), nil
}

// Client is an in-process client of the chain (no sockets): what tests and
// bindings in the same process should use.
func (c *Chain) Client() simulated.Client { return c.client }

// Backend is the underlying simulated backend (for Fork and Rollback).
func (c *Chain) Backend() *simulated.Backend { return c.backend }

// URL is the HTTP JSON-RPC endpoint, or "" when Options.HTTPAddr was empty.
func (c *Chain) URL() string { return c.httpURL }

// WSURL is the WebSocket JSON-RPC endpoint, or "" when Options.WS was false.
func (c *Chain) WSURL() string { return c.wsURL }

// Keys are the funded dev keys, DevKey(0..Accounts-1).
func (c *Chain) Keys() []*ecdsa.PrivateKey { return c.keys }

// Key returns dev key i; it panics when i is out of range.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.keys[i] }

// Address returns dev account i.
func (c *Chain) Address(i int) common.Address { return crypto.PubkeyToAddress(c.keys[i].PublicKey) }

// Commit seals a block with every pending transaction and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// AdjustTime seals pending transactions into a block, then produces an empty
// block whose timestamp is d after its parent's: how tests pass a challenge
// window or an unbonding delay. Later blocks keep counting from there.
func (c *Chain) AdjustTime(d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("devchain: adjust time by %v: block time has 1s resolution; give at least 1s", d)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.backend.Commit()
	if err := c.backend.AdjustTime(d); err != nil {
		return fmt.Errorf("devchain: adjust time by %v: %w", d, err)
	}
	return nil
}

// Close stops block production and the chain (and its RPC endpoint).
func (c *Chain) Close() error {
	c.cancel()
	<-c.done
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	return c.backend.Close()
}
