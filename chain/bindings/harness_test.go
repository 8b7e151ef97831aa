package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

// tokens converts whole tokens to base units (18 decimals).
func tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

// targetFork runs the simulated chain on today's gas schedule (Osaka: the
// EIP-2929 warm/cold pricing that Polygon zkEVM and PoS also use) instead of
// the simulated backend's default, which in go-ethereum 1.17 includes the
// experimental Amsterdam/Bogota forks (EIP-8037/8038 state-gas repricing,
// several times dearer storage). Gas budgets are about the chains we deploy on.
func targetFork(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	ec.Genesis.Config = &cfg
}

// actor is a funded account on the simulated chain.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// chain is a simulated backend with the contracts deployed and named actors.
type chain struct {
	t      testing.TB
	sim    *simulated.Backend
	client simulated.Client
	d      *bindings.Deployment
	actors map[string]*actor
	admin  *actor
	abis   []*abi.ABI
}

// newChain starts a simulated chain, funds the named actors with ether and
// deploys the contracts from "admin", who holds the whole token supply.
func newChain(t testing.TB, names ...string) *chain {
	t.Helper()
	names = append([]string{"admin"}, names...)
	alloc := types.GenesisAlloc{}
	c := &chain{t: t, actors: map[string]*actor{}}
	for i, n := range names {
		// Deterministic keys keep addresses, and so gas, reproducible.
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("umnode test actor %d %s", i, n))))
		if err != nil {
			t.Fatalf("key for %s: %v", n, err)
		}
		a := &actor{name: n, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		a.opts = bind.NewKeyedTransactor(key, big.NewInt(1337))
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
		c.actors[n] = a
	}
	c.admin = c.actors["admin"]
	c.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), targetFork)
	t.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := bindings.DeployAll(ctx, c.client, c.admin.opts, bindings.DefaultDeployConfig(c.admin.addr), func() { c.sim.Commit() })
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	c.d = d
	tokenABI, ledgerABI, disputesABI := d.Token.GetABI(), d.Ledger.GetABI(), d.Disputes.GetABI()
	c.abis = []*abi.ABI{&tokenABI, &ledgerABI, &disputesABI}
	return c
}

func (c *chain) actor(name string) *actor {
	a, ok := c.actors[name]
	if !ok {
		c.t.Fatalf("no actor %q", name)
	}
	return a
}

// send sends one transaction and mines it; it returns the receipt whatever
// the status, or the revert error from gas estimation.
func (c *chain) send(from *actor, to *bind.BoundContract, data []byte) (*types.Receipt, error) {
	c.t.Helper()
	// Estimate on the latest block, then add a quarter: the transaction runs
	// in the next block, where, for example, a token burn or vote-weight
	// change pushes a new ERC20Votes checkpoint (a fresh storage slot)
	// instead of updating the latest block's one as the estimate did.
	to2 := to.Address()
	gas, err := c.client.EstimateGas(c.t.Context(), ethereum.CallMsg{From: from.addr, To: &to2, Data: data})
	if err != nil {
		return nil, err
	}
	o := *from.opts
	o.GasLimit = gas + gas/4
	tx, err := bind.Transact(to, &o, data)
	if err != nil {
		return nil, err
	}
	return c.mine(from, tx)
}

// waitPending waits until the pool holds from's transaction with nonce as
// pending: the pool promotes transactions asynchronously, and a block sealed
// before that would miss it.
func (c *chain) waitPending(from *actor, nonce uint64) {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := c.client.PendingNonceAt(c.t.Context(), from.addr)
		if err != nil {
			c.t.Fatalf("pending nonce: %v", err)
		}
		if n > nonce {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("transaction %d of %s never became pending", nonce, from.name)
		}
		time.Sleep(time.Millisecond)
	}
}

// mine seals a block with tx in it and returns tx's receipt (an error if it reverted).
func (c *chain) mine(from *actor, tx *types.Transaction) (*types.Receipt, error) {
	c.t.Helper()
	c.waitPending(from, tx.Nonce())
	for range 50 {
		c.sim.Commit()
		if r, err := c.receipt(tx); r != nil {
			return r, err
		}
	}
	return nil, fmt.Errorf("transaction %s not mined", tx.Hash())
}

func (c *chain) receipt(tx *types.Transaction) (*types.Receipt, error) {
	r, err := c.client.TransactionReceipt(c.t.Context(), tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// must sends a transaction that has to succeed and returns its receipt.
func (c *chain) must(from *actor, to *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := c.send(from, to, data)
	if err != nil {
		c.t.Fatalf("%s: transaction failed: %s", from.name, c.explain(err))
	}
	return r
}

// mustRevert sends a transaction that has to revert with the named custom
// error (or, for a plain revert, the given reason substring).
func (c *chain) mustRevert(from *actor, to *bind.BoundContract, data []byte, want string) {
	c.t.Helper()
	_, err := c.send(from, to, data)
	if err == nil {
		c.t.Fatalf("%s: transaction succeeded, want revert %s", from.name, want)
	}
	if got := c.explain(err); !strings.Contains(got, want) {
		c.t.Fatalf("%s: revert %q, want %s", from.name, got, want)
	}
}

// explain names the custom error inside a revert, or returns err's text.
func (c *chain) explain(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err.Error()
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err.Error()
	}
	for _, a := range c.abis {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				args, uerr := e.Inputs.Unpack(data[4:])
				if uerr != nil {
					return name
				}
				return fmt.Sprintf("%s%v", name, args)
			}
		}
	}
	return err.Error()
}

// call runs a view call at the latest block.
func call[T any](c *chain, to *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	c.t.Helper()
	v, err := bind.Call(to, &bind.CallOpts{}, data, unpack)
	if err != nil {
		c.t.Fatalf("call: %s", c.explain(err))
	}
	return v
}

// advance moves chain time forward by d in a new empty block.
func (c *chain) advance(d time.Duration) {
	c.t.Helper()
	// The pool drops mined transactions asynchronously; until it has,
	// AdjustTime sees a "non-empty" pending block.
	var err error
	for range 400 {
		if err = c.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	c.t.Fatalf("AdjustTime: %v", err)
}

func (c *chain) balance(addr common.Address) *big.Int {
	c.t.Helper()
	return call(c, c.d.TokenC, c.d.Token.PackBalanceOf(addr), c.d.Token.UnpackBalanceOf)
}

// fund sends tokens from admin to each actor.
func (c *chain) fund(amount *big.Int, names ...string) {
	c.t.Helper()
	for _, n := range names {
		c.must(c.admin, c.d.TokenC, c.d.Token.PackTransfer(c.actor(n).addr, amount))
	}
}

// sendNoEstimate sends a transaction with a fixed gas limit (no estimation,
// so a reverting call still lands in a block) and mines it.
func (c *chain) sendNoEstimate(from *actor, to *bind.BoundContract, data []byte, gas uint64) *types.Receipt {
	c.t.Helper()
	o := *from.opts
	o.GasLimit = gas
	tx, err := bind.Transact(to, &o, data)
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	r, _ := c.mine(from, tx)
	if r == nil {
		c.t.Fatalf("no receipt for %s", tx.Hash())
	}
	return r
}

// sendRaw sends a transaction with a fixed gas limit and does not mine it.
func (c *chain) sendRaw(from *actor, to *bind.BoundContract, data []byte, gas uint64) *types.Transaction {
	c.t.Helper()
	o := *from.opts
	o.GasLimit = gas
	tx, err := bind.Transact(to, &o, data)
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.waitPending(from, tx.Nonce())
	return tx
}
