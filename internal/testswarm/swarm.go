package testswarm

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
)

// Tokens is n whole tokens in base units (18 decimals).
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Options say what New sets up. The zero value is a devchain with 100 ms
// blocks and HTTP JSON-RPC on a free loopback port, the contracts, a
// TinyRun with devnet windows (60 s challenge window, 30 s moves, 60 s
// vote, 50% quorum) and no account but the admin's.
type Options struct {
	// Mode is when the devchain makes blocks. Its zero value,
	// devchain.Manual, which nodes cannot run on, means devchain.Interval.
	Mode devchain.Mode
	// BlockInterval is the block time in Interval mode; 0 means 100 ms.
	BlockInterval time.Duration
	// DevAccounts is how many dev accounts the devchain funds with ether;
	// 0 means the admin and Accounts.
	DevAccounts int
	// HTTPAddr is the devchain's JSON-RPC address; "" means 127.0.0.1:0.
	HTTPAddr string

	// RPCURL runs the swarm on a chain started elsewhere (geth --dev)
	// instead of a devchain; Keys are its accounts funded with ether, Keys[0]
	// deploying. Such a chain's blocks carry real time: FastForward does
	// nothing there.
	RPCURL string
	Keys   []*ecdsa.PrivateKey

	// PollInterval paces the receipt and event polling of the swarm's
	// chain clients (Admin, Dial); 0 keeps chain.Devnet's.
	PollInterval time.Duration

	// UnbondingDelay is the ledger's unbond-to-withdraw delay; 0 keeps
	// bindings.DefaultDeployConfig's (seven days).
	UnbondingDelay time.Duration

	// Run is the run created; its zero value is TinyRun("testswarm").
	Run Run
	// ChallengeWindow, MoveDeadline and VotingPeriod are the run's dispute
	// timings in chain seconds; 0 means 60, 30 and 60.
	ChallengeWindow, MoveDeadline, VotingPeriod uint32
	// QuorumBps is the share of the token supply a vote needs; 0 means 5000.
	QuorumBps uint16
	// MinStake, ChallengeBond and RewardPerUpdate are the run's minimum
	// worker bond, challenge bond and reward per update, paid from 1000
	// tokens of funding; nil means 100, 10 and 1 tokens.
	MinStake, ChallengeBond, RewardPerUpdate *big.Int
	// WorkerSlashBps and DelegatorSlashBps are the shares of a wrong
	// worker's bond and of its delegators' stake slashed; 0 means 5000 and
	// none. The challenger gets half of a slash and validators a tenth.
	WorkerSlashBps, DelegatorSlashBps uint16

	// Accounts are dev keys 1, 2, ... in order: what each receives and
	// stakes before New returns.
	Accounts []Account

	// Nodes is how StartNode runs every node of the swarm.
	Nodes NodeDefaults
}

// Account is what New does for one dev key: the admin sends it Tokens, of
// which it bonds Stake as a worker (with Commission, in basis points), and
// it delegates its votes to itself if Delegate is set (peers accept gossip
// only from staked or voting accounts).
type Account struct {
	Tokens     *big.Int
	Stake      *big.Int
	Commission uint16
	Delegate   bool
}

// Worker is a worker account: 500 tokens, 200 of them bonded, 10%
// commission.
func Worker() Account { return Account{Tokens: Tokens(500), Stake: Tokens(200), Commission: 1000} }

// Holder is an account holding n tokens and nothing staked: a challenger's
// bonds, or a validator's voting power once its node delegates.
func Holder(n int64) Account { return Account{Tokens: Tokens(n)} }

// Swarm is a chain with the contracts deployed, a run created and funded
// accounts; StartNode runs nodes on it.
type Swarm struct {
	// Chain is the devchain, nil on an external chain (Options.RPCURL).
	Chain *devchain.Chain
	// URL is the chain's HTTP JSON-RPC URL.
	URL string
	// Keys are the chain's funded dev keys: Keys[0] is the admin.
	Keys       []*ecdsa.PrivateKey
	Deployment *node.Deployment
	// Admin is a client sending from Keys[0].
	Admin  *chain.Client
	Ledger *bindings.Ledger
	Token  *bindings.Token
	Run    Run
	// Trainer runs Run, as an honest worker would.
	Trainer *train.Trainer
	// Genesis is the run's genesis update ID.
	Genesis protocol.Hash
	// Events collects what the swarm's nodes report, unless a NodeSpec
	// names other Events.
	Events *Events

	nodes   NodeDefaults
	profile chain.Profile // of Admin and Dial's clients

	mu      sync.Mutex
	seed    []string // the first node's addresses
	depFile string
}

// New sets up a swarm as opts say; everything it starts ends with the test.
func New(t testing.TB, opts Options) *Swarm {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	s := &Swarm{Ledger: bindings.NewLedger(), Token: bindings.NewToken(), Run: opts.Run, Events: &Events{}, nodes: opts.Nodes, profile: chain.Devnet}
	s.profile.PollInterval = or(opts.PollInterval, s.profile.PollInterval)
	if s.Run.Manifest == nil {
		s.Run = TinyRun("testswarm")
	}
	var backend interface {
		bindings.Backend
		BlockNumber(context.Context) (uint64, error)
	}
	if opts.RPCURL != "" {
		ec, err := ethclient.DialContext(ctx, opts.RPCURL)
		if err != nil {
			t.Fatalf("testswarm: dial %s: %v", opts.RPCURL, err)
		}
		defer ec.Close()
		s.URL, s.Keys, backend = opts.RPCURL, opts.Keys, ec
	} else {
		ch, err := devchain.New(devchain.Options{
			Mode: or(opts.Mode, devchain.Interval), BlockInterval: or(opts.BlockInterval, 100*time.Millisecond),
			HTTPAddr: or(opts.HTTPAddr, "127.0.0.1:0"), Accounts: or(opts.DevAccounts, len(opts.Accounts)+1),
		})
		if err != nil {
			t.Fatalf("testswarm: devchain: %v", err)
		}
		t.Cleanup(func() { _ = ch.Close() })
		s.Chain, s.URL, s.Keys, backend = ch, ch.URL(), ch.Keys(), ch.Client()
	}
	if len(s.Keys) < len(opts.Accounts)+1 {
		t.Fatalf("testswarm: %d funded keys for the admin and %d accounts", len(s.Keys), len(opts.Accounts))
	}

	start, err := backend.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("testswarm: block number: %v", err)
	}
	cfg := bindings.DefaultDeployConfig(s.Address(0))
	if opts.UnbondingDelay != 0 {
		cfg.UnbondingDelay = uint64(opts.UnbondingDelay / time.Second)
	}
	d, err := bindings.DeployAll(ctx, backend, bind.NewKeyedTransactor(s.Keys[0], big.NewInt(devchain.ChainID)), cfg, nil)
	if err != nil {
		t.Fatalf("testswarm: DeployAll: %v", err)
	}
	s.Admin = s.Dial(t, s.Keys[0])

	m := s.Run.Manifest
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runID, err := m.ID()
	if err != nil {
		t.Fatal(err)
	}
	if s.Trainer, err = train.NewTrainer(m, s.Run.Train, s.Run.Test); err != nil {
		t.Fatal(err)
	}
	gen, err := s.Trainer.Encode(s.Trainer.Init())
	if err != nil {
		t.Fatal(err)
	}
	gcid, ghash, err := store.ComputeCID(ctx, bytes.NewReader(gen))
	if err != nil {
		t.Fatal(err)
	}
	funding := Tokens(1000)
	s.Must(t, s.Admin, d.TokenAddr, s.Token.PackApprove(d.LedgerAddr, funding))
	s.Must(t, s.Admin, d.LedgerAddr, s.Ledger.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake:        orBig(opts.MinStake, Tokens(100)),
		ChallengeWindow: or(opts.ChallengeWindow, 60), MoveDeadline: or(opts.MoveDeadline, 30), VotingPeriod: or(opts.VotingPeriod, 60),
		QuorumBps: or(opts.QuorumBps, 5000), WorkerSlashBps: or(opts.WorkerSlashBps, 5000), DelegatorSlashBps: opts.DelegatorSlashBps,
		ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: orBig(opts.ChallengeBond, Tokens(10)), RewardPerUpdate: orBig(opts.RewardPerUpdate, Tokens(1)), Funding: funding,
	}))
	for i, a := range opts.Accounts {
		key := s.Keys[i+1]
		if a.Tokens != nil {
			s.Must(t, s.Admin, d.TokenAddr, s.Token.PackTransfer(s.Address(i+1), a.Tokens))
		}
		if a.Stake == nil && !a.Delegate {
			continue
		}
		c := s.Dial(t, key)
		if a.Stake != nil {
			s.Must(t, c, d.TokenAddr, s.Token.PackApprove(d.LedgerAddr, a.Stake))
			s.Must(t, c, d.LedgerAddr, s.Ledger.PackRegister(a.Commission, a.Stake))
		}
		if a.Delegate {
			s.Must(t, c, d.TokenAddr, s.Token.PackDelegate(s.Address(i+1)))
		}
	}
	s.Genesis = protocol.GenesisUpdate(runID, ghash, gcid.Bytes()).ID()
	s.Deployment = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return s
}

func or[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func orBig(v, def *big.Int) *big.Int {
	if v == nil {
		return def
	}
	return v
}

// Key is dev key i.
func (s *Swarm) Key(i int) *ecdsa.PrivateKey { return s.Keys[i] }

// Address is dev key i's address.
func (s *Swarm) Address(i int) common.Address { return crypto.PubkeyToAddress(s.Keys[i].PublicKey) }

// DeploymentFile writes the deployment as deployment.json in a temporary
// folder (once) and returns its path, for commands that take --deployment.
func (s *Swarm) DeploymentFile(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.depFile == "" {
		p := filepath.Join(t.TempDir(), "deployment.json")
		if err := s.Deployment.WriteFile(p); err != nil {
			t.Fatalf("testswarm: %v", err)
		}
		s.depFile = p
	}
	return s.depFile
}

// Dial is a chain client on the swarm's chain sending from key, closed at
// the end of the test.
func (s *Swarm) Dial(t testing.TB, key *ecdsa.PrivateKey) *chain.Client {
	t.Helper()
	c, err := chain.Dial(t.Context(), s.URL, s.profile, chain.WithKey(key), chain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("testswarm: dial %s: %v", s.URL, err)
	}
	t.Cleanup(c.Close)
	return c
}

// Must sends data to to from c and fails the test unless the transaction
// succeeds.
func (s *Swarm) Must(t testing.TB, c *chain.Client, to common.Address, data []byte) {
	t.Helper()
	if _, err := c.TransactAndWait(t.Context(), &to, data, nil); err != nil {
		t.Fatalf("transaction from %s to %s: %v", c.From(), to, err)
	}
}

// Call runs a read-only call at the latest block.
func (s *Swarm) Call(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := s.Admin.CallContract(t.Context(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return out
}

// HeadHeight is the height of the run's head on the ledger.
func (s *Swarm) HeadHeight(t testing.TB) uint32 {
	t.Helper()
	return view(t, s, "headOf", s.Deployment.Ledger, s.Ledger.PackHeadOf(s.Deployment.RunID), s.Ledger.UnpackHeadOf).Height
}

// IsHead says whether update id is the run's head.
func (s *Swarm) IsHead(t testing.TB, id protocol.Hash) bool {
	t.Helper()
	return view(t, s, "isHead", s.Deployment.Ledger, s.Ledger.PackIsHead(s.Deployment.RunID, id), s.Ledger.UnpackIsHead)
}

// WorkerInfo is a worker's entry on the ledger (self stake, commission...).
func (s *Swarm) WorkerInfo(t testing.TB, w common.Address) bindings.StakingWorker {
	t.Helper()
	return view(t, s, "workerInfo", s.Deployment.Ledger, s.Ledger.PackWorkerInfo(w), s.Ledger.UnpackWorkerInfo)
}

// Balance is a's token balance.
func (s *Swarm) Balance(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	return view(t, s, "balanceOf", s.Deployment.Token, s.Token.PackBalanceOf(a), s.Token.UnpackBalanceOf)
}

// Shares are delegator's pool shares in worker's stake.
func (s *Swarm) Shares(t testing.TB, worker, delegator common.Address) *big.Int {
	t.Helper()
	return view(t, s, "sharesOf", s.Deployment.Ledger, s.Ledger.PackSharesOf(worker, delegator), s.Ledger.UnpackSharesOf)
}

// Owed is what the ledger owes a (rewards and returned bonds not claimed
// yet).
func (s *Swarm) Owed(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	return view(t, s, "owed", s.Deployment.Ledger, s.Ledger.PackOwed(a), s.Ledger.UnpackOwed)
}

// view calls what at to with data and unpacks the result.
func view[T any](t testing.TB, s *Swarm, what string, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := unpack(s.Call(t, to, data))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// FastForward moves the devchain's clock on by step every interval until
// ctx ends, so that windows of chain minutes pass in seconds. On an
// external chain it does nothing.
func (s *Swarm) FastForward(ctx context.Context, step, every time.Duration) {
	s.FastForwardWhen(ctx, step, every, nil)
}

// FastForwardWhen is FastForward from the moment start (polled every 100
// ms; nil: at once) first returns true, e.g. once a dispute reached its
// vote, so the steps before it run at the chain's own pace.
func (s *Swarm) FastForwardWhen(ctx context.Context, step, every time.Duration, start func() bool) {
	if s.Chain == nil {
		return
	}
	go func() {
		for start != nil && !start() {
			select {
			case <-ctx.Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				_ = s.Chain.AdjustTime(step)
			}
		}
	}()
}
