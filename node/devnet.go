package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/checkpoint"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// DevnetOptions configure a devnet. DefaultDevnetOptions fills every field;
// a zero field given to NewDevnet takes that default only where noted.
type DevnetOptions struct {
	// Dir holds everything the devnet writes: devnet.json, swarm.key,
	// deployment.json, node-<i>.toml, README.txt, a data dir per node, the
	// seed peer's data and the embedded chain's database. Default "devnet".
	// A Dir that holds an earlier devnet of the same shape (chain and node
	// counts) is resumed: the embedded chain continues from its last block,
	// or the given chain must still hold the deployment; otherwise Start
	// fails with ErrDevnetDir.
	Dir string
	// Reset removes what an earlier devnet wrote in Dir (and nothing else)
	// before starting afresh.
	Reset bool
	// RPCURL, if set, is an existing chain to deploy on instead of starting
	// the embedded one. DeployerKey pays for everything there and must hold
	// ether; the node accounts (dev keys 1..) get ether from it if they lack
	// it.
	RPCURL      string
	DeployerKey *ecdsa.PrivateKey // default devchain.DevKey(0)
	// HTTPAddr is where the embedded chain serves JSON-RPC (HTTP and
	// WebSocket). Default 127.0.0.1:8545; "127.0.0.1:0" picks a free port.
	HTTPAddr string
	// BlockInterval is the embedded chain's block time. Default 1s.
	BlockInterval time.Duration
	// Node counts by role. FaultyWorker adds one worker that corrupts a step
	// now and then. Spares are extra funded node configs (role worker) that
	// nobody starts: for 'umnode run --config' from another terminal.
	Workers, Proofers, Validators, Spares int
	FaultyWorker                          bool
	// Run holds the run's on-chain parameters; zero: DevnetRunParams.
	Run *DevnetRun
	// MNISTDir holds the MNIST IDX files; empty: dataset.MNISTDir.
	MNISTDir string
	// P2PListen is the seed peer's listen multiaddr; default
	// /ip4/127.0.0.1/tcp/0. Its actual addresses go into the node configs as
	// bootstrap peers.
	P2PListen string
	// Eval, when set, makes the devnet fetch each committed checkpoint and
	// report its eval accuracy as a DevnetEvent.
	Eval bool
	// StartNodes starts the planned non-spare nodes in-process with node.New.
	// Off, the devnet only writes their configs.
	StartNodes bool
	// FaultRate is the share of the faulty worker's updates it corrupts
	// (node.WithFaulty); default DevnetFaultRate.
	FaultRate float64
	// NodeOptions adds options to one node's node.New (tests tune timings).
	NodeOptions func(DevnetNode) []Option
	// OnNodeEvent receives every event of every started node (chain events
	// once per node: filter on Event.Local for a node's own actions). It is
	// called from the nodes' goroutines.
	OnNodeEvent func(DevnetNode, Event)
	// OnEvent receives every event (chain events of the run, eval results);
	// it is called from one goroutine, in order. Nil drops them.
	OnEvent func(DevnetEvent)
	Logger  *slog.Logger
}

// DevnetRun are a devnet run's on-chain parameters: short windows so a
// dispute plays out in minutes.
type DevnetRun struct {
	MinStake        *big.Int // per worker, base units
	ChallengeWindow time.Duration
	MoveDeadline    time.Duration
	VotingPeriod    time.Duration
	QuorumBps       uint16
	ChallengeBond   *big.Int
	RewardPerUpdate *big.Int
	Funding         *big.Int // the reward pool
	// UnbondingDelay is the ledger's; it must exceed the window plus the
	// longest dispute.
	UnbondingDelay time.Duration
}

// DevnetTokens converts whole tokens to base units (18 decimals).
func DevnetTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// DevnetRunParams are the default devnet run parameters: the contracts'
// minimum windows (60 s challenge window, 30 s per bisection move, 60 s vote),
// 1000-token minimum stake, 100-token challenge bond, 10 tokens per update.
func DevnetRunParams() DevnetRun {
	return DevnetRun{
		MinStake:        DevnetTokens(1000),
		ChallengeWindow: 60 * time.Second,
		MoveDeadline:    30 * time.Second,
		VotingPeriod:    60 * time.Second,
		QuorumBps:       1000,
		ChallengeBond:   DevnetTokens(100),
		RewardPerUpdate: DevnetTokens(10),
		Funding:         DevnetTokens(100_000),
		UnbondingDelay:  time.Hour,
	}
}

// DevnetFunding is what every node account receives in tokens; a worker
// account registers DevnetStake of it as its bond. Validators receive
// devnetValidatorTokens instead.
var (
	DevnetFunding = DevnetTokens(100_000)
	DevnetStake   = DevnetTokens(10_000)
)

// devnetValidatorTokens is each validator's share of the token supply:
// 80% of it split among the validators, at most 20% each. A dispute's
// quorum is a share of the total supply (DevnetRun.QuorumBps, 10%), so
// with the default two validators either one alone reaches it.
func devnetValidatorTokens(supply *big.Int, validators int) *big.Int {
	v := new(big.Int).Mul(supply, big.NewInt(8))
	return v.Div(v, big.NewInt(10*int64(max(4, validators))))
}

// DevnetFaultRate is the default share of updates the faulty worker
// corrupts.
const DevnetFaultRate = 0.25

// DefaultDevnetOptions is 2 workers, 1 proofer, 2 validators and 2 spare
// configs on an embedded chain at 127.0.0.1:8545 with 1 s blocks, in ./devnet.
func DefaultDevnetOptions() DevnetOptions {
	return DevnetOptions{
		Dir: "devnet", HTTPAddr: "127.0.0.1:8545", BlockInterval: time.Second,
		Workers: 2, Proofers: 1, Validators: 2, Spares: 2,
		P2PListen: "/ip4/127.0.0.1/tcp/0", Eval: true, StartNodes: true, FaultRate: DevnetFaultRate,
	}
}

// DevnetNode is one node of the devnet: its account, roles and config file.
type DevnetNode struct {
	Name       string // node-<i>
	Index      int    // i: its account is devchain.DevKey(i)
	Address    common.Address
	Roles      []Role
	Faulty     bool     // a worker that corrupts steps (fault injection)
	Tokens     *big.Int // what the devnet sent it, in base units
	Spare      bool     // written for joining by hand, not started
	ConfigPath string   // absolute
	Config     *Config
	// Started: the devnet runs this node in-process. Status says what it
	// does, plainly (for example that a role's loop is not built yet).
	Started bool
	Status  string
}

// Devnet is a private testnet on this machine: a chain (embedded or given),
// the contracts, the default MNIST run with its genesis checkpoint served by
// a seed peer, and per-node configs. Start it, then Stop it.
type Devnet struct {
	opts DevnetOptions
	log  *slog.Logger

	dir        string // absolute
	chain      *devchain.Chain
	url        string
	chainID    uint64
	client     *chain.Client
	contracts  *bindings.Deployment
	deployment *Deployment
	trainer    *train.Trainer
	genesis    train.EvalResult
	genesisCID cid.Cid
	host       *p2p.Host
	store      *store.Store
	nodes      []DevnetNode
	running    []*Node
	seedAddrs  []string
	seedListen []string // without /p2p/
	// prevSeedListen is where the seed listened in the devnet being
	// resumed; resumed says this start continues an earlier devnet.
	prevSeedListen []string
	resumed        bool
	followFrom     uint64
	trainSet       *dataset.Dataset
	testSet        *dataset.Dataset

	cancel context.CancelFunc
	wg     sync.WaitGroup
	events chan DevnetEvent
	mu     sync.Mutex
	err    error // first background failure
}

// NewDevnet checks opts and returns a devnet ready to Start.
func NewDevnet(opts DevnetOptions) (*Devnet, error) {
	def := DefaultDevnetOptions()
	if opts.Dir == "" {
		opts.Dir = def.Dir
	}
	if opts.HTTPAddr == "" {
		opts.HTTPAddr = def.HTTPAddr
	}
	if opts.BlockInterval == 0 {
		opts.BlockInterval = def.BlockInterval
	}
	if opts.P2PListen == "" {
		opts.P2PListen = def.P2PListen
	}
	if opts.FaultRate == 0 {
		opts.FaultRate = DevnetFaultRate
	}
	if opts.DeployerKey == nil {
		opts.DeployerKey = devchain.DevKey(0)
	}
	if opts.Run == nil {
		r := DevnetRunParams()
		opts.Run = &r
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	var errs []error
	if opts.Workers < 0 || opts.Proofers < 0 || opts.Validators < 0 || opts.Spares < 0 {
		errs = append(errs, errors.New("devnet: node counts must not be negative"))
	}
	if n := opts.Workers + opts.Proofers + opts.Validators + opts.Spares; n+devnetFaulty(opts) > 50 {
		errs = append(errs, fmt.Errorf("devnet: %d nodes; at most 50 on one machine", n))
	}
	if opts.FaultRate < 0 || opts.FaultRate > 1 {
		errs = append(errs, fmt.Errorf("devnet: fault rate %v is not in (0, 1]", opts.FaultRate))
	}
	if opts.BlockInterval < 10*time.Millisecond {
		errs = append(errs, fmt.Errorf("devnet: block interval %v is below 10ms", opts.BlockInterval))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("devnet: dir %s: %w", opts.Dir, err)
	}
	return &Devnet{opts: opts, log: opts.Logger, dir: dir, events: make(chan DevnetEvent, 256)}, nil
}

func devnetFaulty(o DevnetOptions) int {
	if o.FaultyWorker {
		return 1
	}
	return 0
}

// Start brings the devnet up: data, chain, contracts, funding, run, genesis
// checkpoint, seed peer, files; then it follows the run's events until Stop.
// On error everything started so far is stopped.
func (d *Devnet) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			_ = d.Stop(context.Background())
		}
	}()
	prev, err := d.prepareDir()
	if err != nil {
		return err
	}
	d.plan()

	// Data and the run's genesis state first: the slowest local step, and
	// the run ID is the manifest's hash.
	mnist := d.opts.MNISTDir
	if mnist == "" {
		if mnist, err = dataset.MNISTDir(ctx); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
	}
	trainSet, testSet, err := dataset.LoadMNIST(mnist)
	if err != nil {
		return fmt.Errorf("devnet: load MNIST from %s: %w", mnist, err)
	}
	d.trainSet, d.testSet = trainSet, testSet
	man := train.DefaultManifest(trainSet, testSet)
	if d.trainer, err = train.NewTrainer(man, trainSet, testSet); err != nil {
		return fmt.Errorf("devnet: trainer: %w", err)
	}
	state := d.trainer.Init()
	genesisBytes, err := d.trainer.Encode(state)
	if err != nil {
		return fmt.Errorf("devnet: encode genesis checkpoint: %w", err)
	}
	d.genesis = d.trainer.Eval(state)

	if err := d.startChain(ctx); err != nil {
		return err
	}
	if err := d.startSeed(ctx, genesisBytes); err != nil {
		return err
	}
	if err := d.writeState(d.stateNow()); err != nil {
		return err
	}
	startBlock, err := d.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("devnet: block number: %w", err)
	}
	if prev != nil {
		if err := d.resume(ctx, prev); err != nil {
			return err
		}
		d.followFrom = startBlock + 1
	} else if err := d.bootstrap(ctx, man, genesisBytes, startBlock); err != nil {
		return err
	}
	if err := d.writeFiles(); err != nil {
		return err
	}
	if d.opts.StartNodes {
		if err := d.startNodes(ctx); err != nil {
			return err
		}
	}

	bg, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	d.wg.Go(func() { d.deliver(bg) })
	d.wg.Go(func() { d.follow(bg) })
	return nil
}

// resume attaches to the earlier devnet's deployment on the chain and
// restores what the devnet knows of its nodes. Their accounts are funded
// and registered already; their data dirs carry on.
func (d *Devnet) resume(ctx context.Context, dep *Deployment) error {
	if err := d.attach(ctx, dep, d.trainer.RunID()); err != nil {
		return err
	}
	for i := range d.nodes {
		d.nodes[i].Tokens = d.tokensFor(d.nodes[i])
	}
	d.resumed = true
	d.log.Info("devnet: resumed", "dir", d.dir, "run", dep.RunID, "ledger", dep.Ledger)
	return nil
}

// bootstrap deploys the contracts, funds and registers the accounts and
// creates the run.
func (d *Devnet) bootstrap(ctx context.Context, man *protocol.Manifest, genesisBytes []byte, startBlock uint64) error {
	if err := d.deploy(ctx); err != nil {
		return err
	}
	if err := d.fund(ctx); err != nil {
		return err
	}
	// The run (from the deployer) and the delegations and registrations
	// (from each node) are independent: their transactions share blocks.
	stateHash := checkpointHash(genesisBytes)
	var runErr error
	var rwg sync.WaitGroup
	rwg.Go(func() { runErr = d.createRun(ctx, man, stateHash) })
	regErr := d.setupAccounts(ctx)
	rwg.Wait()
	if err := errors.Join(runErr, regErr); err != nil {
		return err
	}
	manBytes, err := man.Encode()
	if err != nil {
		return fmt.Errorf("devnet: encode manifest: %w", err)
	}
	d.deployment = &Deployment{
		ChainID: d.chainID, Token: d.contracts.TokenAddr, Ledger: d.contracts.LedgerAddr, Disputes: d.contracts.DisputesAddr,
		RunID: d.trainer.RunID(), Manifest: manBytes, GenesisCID: d.genesisCID.String(), GenesisState: stateHash,
		StartBlock: startBlock,
	}
	d.followFrom = startBlock
	return nil
}

// stateNow is the state file's content once the seed peer listens.
func (d *Devnet) stateNow() devnetState {
	s := d.wantState()
	s.SeedListen = d.seedListen
	return s
}

// plan numbers the nodes: workers, the faulty worker, proofers, validators,
// then spares; node i uses dev key i (key 0 deploys and sponsors).
func (d *Devnet) plan() {
	add := func(n int, roles []Role, faulty, spare bool) {
		for range n {
			i := len(d.nodes) + 1
			d.nodes = append(d.nodes, DevnetNode{
				Name: fmt.Sprintf("node-%d", i), Index: i, Address: devchain.DevAddress(i),
				Roles: roles, Faulty: faulty, Spare: spare,
				ConfigPath: filepath.Join(d.dir, fmt.Sprintf("node-%d.toml", i)),
			})
			if spare {
				d.nodes[i-1].Status = "spare: umnode run --config " + d.nodes[i-1].ConfigPath
			}
		}
	}
	add(d.opts.Workers, []Role{RoleWorker}, false, false)
	add(devnetFaulty(d.opts), []Role{RoleWorker}, true, false)
	add(d.opts.Proofers, []Role{RoleProofer}, false, false)
	add(d.opts.Validators, []Role{RoleValidator}, false, false)
	add(d.opts.Spares, []Role{RoleWorker}, false, true)
}

// devnetProfile is the devnet profile with 50% gas headroom for the
// bootstrap transactions. The contracts' note says 25% covers an ERC20Votes
// checkpoint written in a later block than the estimate's; a register sent
// the block after the same account's delegation needed more (it reverted out
// of gas at 25%). Gas does not matter on a devnet.
func devnetProfile(chainID uint64) chain.Profile {
	p := chain.Devnet
	if chainID != devchain.ChainID {
		p = chain.CustomProfile(chainID, false)
	}
	p.GasLimitPercent = 150
	return p
}

func (d *Devnet) startChain(ctx context.Context) error {
	if d.opts.RPCURL == "" {
		c, err := devchain.New(devchain.Options{
			Accounts: len(d.nodes) + 1, Mode: devchain.Interval, BlockInterval: d.opts.BlockInterval,
			HTTPAddr: d.opts.HTTPAddr, WS: true, DataDir: filepath.Join(d.dir, "chain"),
		})
		if err != nil {
			return fmt.Errorf("devnet: start chain on %s: %w (is another devnet running, on this --dir or this port? pass --http-addr 127.0.0.1:0 for a free port)", d.opts.HTTPAddr, err)
		}
		d.chain, d.url = c, c.URL()
	} else {
		d.url = d.opts.RPCURL
	}
	ec, err := ethclient.DialContext(ctx, d.url)
	if err != nil {
		return fmt.Errorf("devnet: dial %s: %w", d.url, err)
	}
	id, err := ec.ChainID(ctx)
	ec.Close()
	if err != nil {
		return fmt.Errorf("devnet: chain ID of %s: %w; is it an EVM JSON-RPC endpoint?", d.url, err)
	}
	d.chainID = id.Uint64()
	d.client, err = chain.Dial(ctx, d.url, devnetProfile(d.chainID), chain.WithKey(d.opts.DeployerKey), chain.WithLogger(d.log))
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.log.Info("devnet: chain", "url", d.url, "chain_id", d.chainID, "embedded", d.chain != nil)
	return nil
}

// startSeed starts the seed peer (bootstrap node and DHT server of the
// swarm) with the swarm key, and imports, pins and provides the genesis
// checkpoint on it.
func (d *Devnet) startSeed(ctx context.Context, genesis []byte) error {
	keyPath := filepath.Join(d.dir, "swarm.key")
	if _, err := os.Stat(keyPath); errors.Is(err, os.ErrNotExist) {
		if err := p2p.WriteSwarmKey(keyPath); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
	}
	start := func(listen []string) (*p2p.Host, error) {
		return p2p.Start(ctx, p2p.Config{
			DataDir: filepath.Join(d.dir, "seed"), Listen: listen, SwarmKeyFile: keyPath,
			DHTMode: p2p.DHTServer, Logger: d.log,
		})
	}
	var (
		h   *p2p.Host
		err error
	)
	// A resumed devnet's seed (same identity, kept in seed/) listens where
	// it did, if it still can, so peers and watchers started on the old
	// configs find it again.
	if d.opts.P2PListen == DefaultDevnetOptions().P2PListen && len(d.prevSeedListen) > 0 {
		if h, err = start(d.prevSeedListen); err != nil {
			d.log.Info("devnet: seed peer cannot listen where it did; on a new port", "listen", d.prevSeedListen, "err", err)
		}
	}
	if h == nil {
		if h, err = start([]string{d.opts.P2PListen}); err != nil {
			return fmt.Errorf("devnet: seed peer: %w", err)
		}
	}
	d.host = h
	for _, a := range h.Addrs() {
		d.seedAddrs = append(d.seedAddrs, a.String())
	}
	for _, a := range h.AddrInfo().Addrs {
		d.seedListen = append(d.seedListen, a.String())
	}
	d.store, err = store.Open(ctx, store.Config{
		Dir: filepath.Join(d.dir, "seed", "store"), Host: h.Host(), Routing: h.Routing(), Logger: d.log,
	})
	if err != nil {
		return fmt.Errorf("devnet: seed store: %w", err)
	}
	c, hash, err := d.store.ImportBytes(ctx, genesis)
	if err != nil {
		return fmt.Errorf("devnet: import genesis checkpoint: %w", err)
	}
	if want := checkpointHash(genesis); hash != want {
		return fmt.Errorf("devnet: store hashed the genesis checkpoint to %s, want %s", hash, want)
	}
	if err := d.store.Pin(ctx, c, "genesis"); err != nil {
		return fmt.Errorf("devnet: pin genesis %s: %w", c, err)
	}
	if err := d.store.Provide(ctx, c); err != nil {
		// No other DHT server yet: nodes find it from the seed directly.
		d.log.Debug("devnet: provide genesis", "cid", c, "err", err)
	}
	d.genesisCID = c
	return nil
}

func (d *Devnet) deploy(ctx context.Context) error {
	cfg := bindings.DefaultDeployConfig(d.client.From())
	cfg.UnbondingDelay = uint64(d.opts.Run.UnbondingDelay / time.Second)
	var dep *bindings.Deployment
	_, err := d.client.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		var err error
		dep, err = bindings.DeployAll(ctx, d.client.Raw(), o, cfg, nil)
		return nil, err
	})
	if err != nil {
		return fmt.Errorf("devnet: deploy contracts: %w", err)
	}
	d.contracts = dep
	d.log.Info("devnet: contracts deployed", "token", dep.TokenAddr, "ledger", dep.LedgerAddr, "disputes", dep.DisputesAddr)
	return nil
}

// fund gives every node account ether (on a given chain, if it lacks it) and
// tokens, and has each delegate its votes to itself: ERC20Votes counts only
// delegated tokens, and a validator votes with its weight at the block a
// dispute opened.
func (d *Devnet) fund(ctx context.Context) error {
	// On a chain of its own, each account needs ether before it can send.
	if d.chain == nil {
		var txs []*types.Transaction
		minEth := new(big.Int).Mul(big.NewInt(1), big.NewInt(1e18))
		for _, n := range d.nodes {
			bal, err := d.client.BalanceAt(ctx, n.Address, nil)
			if err != nil {
				return fmt.Errorf("devnet: balance of %s: %w", n.Address, err)
			}
			if bal.Cmp(minEth) < 0 {
				tx, err := d.client.Transact(ctx, &n.Address, nil, new(big.Int).Mul(big.NewInt(10), minEth))
				if err != nil {
					return fmt.Errorf("devnet: send ether to %s: %w", n.Name, err)
				}
				txs = append(txs, tx)
			}
		}
		if err := d.waitAll(ctx, d.client, txs); err != nil {
			return fmt.Errorf("devnet: send ether: %w", err)
		}
	}
	// Tokens and the run's funding approval share a block.
	var txs []*types.Transaction
	for i := range d.nodes {
		n := &d.nodes[i]
		n.Tokens = d.tokensFor(*n)
		tx, err := d.client.Transact(ctx, &d.contracts.TokenAddr, d.contracts.Token.PackTransfer(n.Address, n.Tokens), nil)
		if err != nil {
			return fmt.Errorf("devnet: send tokens to %s: %w", n.Name, err)
		}
		txs = append(txs, tx)
	}
	tx, err := d.client.Transact(ctx, &d.contracts.TokenAddr, d.contracts.Token.PackApprove(d.contracts.LedgerAddr, d.opts.Run.Funding), nil)
	if err != nil {
		return fmt.Errorf("devnet: approve the run's funding: %w", err)
	}
	txs = append(txs, tx)
	if err := d.waitAll(ctx, d.client, txs); err != nil {
		return fmt.Errorf("devnet: fund accounts: %w", err)
	}
	d.log.Info("devnet: accounts funded", "nodes", len(d.nodes), "tokens_each", devnetTokenString(DevnetFunding))
	return nil
}

// tokensFor is what the devnet sends node n: DevnetFunding, or a validator's
// share of the supply.
func (d *Devnet) tokensFor(n DevnetNode) *big.Int {
	if !slices.Contains(n.Roles, RoleValidator) {
		return DevnetFunding
	}
	validators := 0
	for _, m := range d.nodes {
		if slices.Contains(m.Roles, RoleValidator) {
			validators++
		}
	}
	supply := bindings.DefaultDeployConfig(d.client.From()).Supply
	return devnetValidatorTokens(supply, validators)
}

func (d *Devnet) waitAll(ctx context.Context, c *chain.Client, txs []*types.Transaction) error {
	for _, tx := range txs {
		if _, err := c.WaitReceipt(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

func (d *Devnet) createRun(ctx context.Context, man *protocol.Manifest, stateHash protocol.Hash) error {
	r := d.opts.Run
	secs := func(t time.Duration) uint32 { return uint32(t / time.Second) }
	p := bindings.RunParams{
		RunId: d.trainer.RunID(), GenesisState: stateHash, GenesisCid: d.genesisCID.Bytes(),
		K: man.StepsPerUpdate, MinStake: r.MinStake,
		ChallengeWindow: secs(r.ChallengeWindow), MoveDeadline: secs(r.MoveDeadline), VotingPeriod: secs(r.VotingPeriod),
		QuorumBps: r.QuorumBps, WorkerSlashBps: 10000, DelegatorSlashBps: 1000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: r.ChallengeBond, RewardPerUpdate: r.RewardPerUpdate, Funding: r.Funding,
	}
	ledger := d.contracts.LedgerAddr
	if _, err := d.client.TransactAndWait(ctx, &ledger, d.contracts.Ledger.PackCreateRun(p), nil); err != nil {
		return fmt.Errorf("devnet: create run %s: %w", p.RunId, err)
	}
	genesisID := protocol.GenesisUpdate(p.RunId, stateHash, p.GenesisCid).ID()
	d.log.Info("devnet: run created", "run", protocol.Hash(p.RunId), "genesis", genesisID, "cid", d.genesisCID)
	return nil
}

// Stop stops the nodes, ends the background work and closes the seed peer,
// the store, the client and the embedded chain. It is safe to call more than
// once.
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	if d.cancel != nil {
		d.cancel()
	}
	done := make(chan struct{})
	go func() { d.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("devnet: stop: %w", ctx.Err())
	}
	// The embedded chain goes before the nodes: with no new head, no worker
	// starts a fetch from a peer that is closing. (p2p/store serves bitswap
	// from its blockstore until its host closes, and Node closes its store
	// before its host, so a want arriving in between panics on the closed
	// pebble database; reported, not ours to fix here.)
	if d.chain != nil {
		errs = append(errs, d.chain.Close())
		d.chain = nil
	}
	var nwg sync.WaitGroup
	nerrs := make([]error, len(d.running))
	for i, n := range d.running {
		nwg.Go(func() { nerrs[i] = n.Stop(ctx) })
	}
	nwg.Wait()
	d.running = nil
	errs = append(errs, nerrs...)
	// The host before the store, for the same reason.
	if d.host != nil {
		errs = append(errs, d.host.Close())
		d.host = nil
	}
	if d.store != nil {
		errs = append(errs, d.store.Close())
		d.store = nil
	}
	if d.client != nil {
		d.client.Close()
		d.client = nil
	}
	return errors.Join(errs...)
}

// Err returns the first failure of the background work (event follower),
// or nil.
func (d *Devnet) Err() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.err
}

func (d *Devnet) fail(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err == nil {
		d.err = err
	}
}

// URL is the chain's JSON-RPC endpoint.
func (d *Devnet) URL() string { return d.url }

// Dir is the absolute folder of the devnet's files.
func (d *Devnet) Dir() string { return d.dir }

// Deployment is what the devnet deployed (also in deployment.json).
func (d *Devnet) Deployment() *Deployment { return d.deployment }

// Nodes are the planned nodes with their configs.
func (d *Devnet) Nodes() []DevnetNode { return d.nodes }

// SeedAddrs are the seed peer's multiaddrs (with /p2p/<id>): the bootstrap
// list of every node config.
func (d *Devnet) SeedAddrs() []string { return d.seedAddrs }

// Store is the seed peer's checkpoint store (it holds the genesis checkpoint).
func (d *Devnet) Store() *store.Store { return d.store }

// GenesisEval is the genesis model's accuracy on the run's eval subset.
func (d *Devnet) GenesisEval() train.EvalResult { return d.genesis }

// Resumed says Start continued an earlier devnet in Dir (same deployment,
// same chain) instead of bootstrapping a new one.
func (d *Devnet) Resumed() bool { return d.resumed }

// Chain is the embedded chain, or nil with DevnetOptions.RPCURL.
func (d *Devnet) Chain() *devchain.Chain { return d.chain }

func checkpointHash(b []byte) protocol.Hash { return checkpoint.StateHash(b) }
