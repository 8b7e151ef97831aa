package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Node is one umnode process's worth of swarm member: chain client, libp2p
// host with gossip and checkpoint store, trainer, and the loops of its roles.
// Make it with New, run it with Start, end it with Stop.
type Node struct {
	cfg Config
	o   options
	log *slog.Logger

	dep      *Deployment
	manifest *protocol.Manifest
	trainer  *train.Trainer
	key      *ecdsa.PrivateKey
	addr     common.Address

	client  *chain.Client
	host    *p2p.Host
	gossip  *p2p.Gossip
	store   *store.Store
	cs      *chainState
	journal *journal
	claims  *claimBook
	traces  *traceBook
	api     *apiServer // status API on DataDir/node.sock (api.go)

	trainSet, testSet *dataset.Dataset // for the proofer's and validator's replays

	emitMu sync.Mutex

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	state   atomic.Int32 // 0 new, 1 started, 2 stopped
	stopErr error

	stats struct {
		committed, lost, fetches, fetchedBlocks, backoffs atomic.Int64
		claimStrikes, claimWaitsCut                       atomic.Int64
	}
}

// Gossip rate limits per author and topic that a node applies (and so,
// with every node running this code, that a node's own messages must fit).
const (
	GossipRateLimit = 4
	GossipRateBurst = 20
)

// badPeerBan is how long a node refuses a peer that served it a corrupted
// or unrequested checkpoint block.
const badPeerBan = 30 * time.Minute

// Stats counts what a node did since Start.
type Stats struct {
	Committed     int64 // updates this worker committed
	LostRaces     int64 // commits that found a stale head
	Fetches       int64 // parent checkpoints fetched from the store or peers
	FetchedBlocks int64 // checkpoint blocks that came from peers over bitswap
	Backoffs      int64 // times this worker yielded a parent to a rival's claim
	// ClaimStrikes counts rivals' claims that ran out without a commit while
	// they outranked the worker who then committed on their parent (their
	// claimants' claims are then ignored for a while); ClaimWaitsCut the
	// times this worker trained on a parent despite a rival's claim because
	// it had waited on it for two holds.
	ClaimStrikes  int64
	ClaimWaitsCut int64
}

// New checks cfg and the options and returns a Node that is not started.
// Nothing is opened until Start.
func New(cfg *Config, opts ...Option) (*Node, error) {
	if cfg == nil {
		return nil, fmt.Errorf("%w: node: nil config", ErrConfig)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	n := &Node{cfg: *cfg}
	for _, opt := range opts {
		opt(&n.o)
	}
	if n.o.logger == nil {
		n.o.logger = slog.Default()
	}
	if n.o.getenv == nil {
		n.o.getenv = os.Getenv
	}
	if n.o.claimTTL <= 0 {
		n.o.claimTTL = 2 * time.Minute
	}
	if n.o.claimDelay <= 0 {
		n.o.claimDelay = 500 * time.Millisecond
	}
	if n.o.fetchTimout <= 0 {
		n.o.fetchTimout = 5 * time.Minute
	}
	if n.o.rebuildAfter <= 0 {
		n.o.rebuildAfter = 20 * time.Second
	}
	if n.o.faultRate < 0 || n.o.faultRate > 1 {
		return nil, fmt.Errorf("%w: node: fault rate %v is not in [0, 1]", ErrConfig, n.o.faultRate)
	}
	if n.o.deployment == nil && cfg.Deployment == "" {
		return nil, &FieldError{Field: "deployment", Msg: "is empty; give the deployment.json that umnode devnet (or the run's sponsor) wrote"}
	}
	if (n.o.trainSet == nil) != (n.o.testSet == nil) {
		return nil, fmt.Errorf("%w: node: WithDatasets needs both the training and the test set", ErrConfig)
	}
	n.log = n.o.logger
	return n, nil
}

// Start opens everything and starts the loops: deployment and manifest,
// datasets and trainer, the Ethereum key and chain client, the p2p host,
// gossip on the run's topics, the checkpoint store (seeded with the genesis
// checkpoint recomputed from the manifest), the chain follower, and the
// loops of cfg.Roles. ctx bounds start-up only; the loops run until Stop.
// On error everything opened so far is closed again.
func (n *Node) Start(ctx context.Context) (err error) {
	if !n.state.CompareAndSwap(0, 1) {
		return errors.New("node: Start called twice")
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	defer func() {
		if err != nil {
			n.state.Store(2)
			cancel()
			n.closeAll()
		}
	}()

	// Deployment and manifest.
	n.dep = n.o.deployment
	if n.dep == nil {
		if n.dep, err = LoadDeployment(n.cfg.Deployment); err != nil {
			return err
		}
	} else if err := n.dep.Validate(); err != nil {
		return err
	}
	if n.cfg.RunID != "" {
		want, err := protocol.ParseHash(n.cfg.RunID)
		if err != nil {
			return &FieldError{Field: "run_id", Msg: err.Error()}
		}
		if want != n.dep.RunID {
			return &FieldError{Field: "run_id", Msg: fmt.Sprintf("%s, but the deployment's run is %s", want, n.dep.RunID)}
		}
	}
	if n.manifest, err = n.dep.DecodeManifest(); err != nil {
		return err
	}
	n.log = n.log.With("run", n.dep.RunID.Short())

	// Data and trainer.
	tr, te := n.o.trainSet, n.o.testSet
	if tr == nil {
		dir, err := dataset.MNISTDir(ctx)
		if err != nil {
			return fmt.Errorf("node: MNIST: %w (set %s to a folder with the four MNIST .gz files)", err, dataset.MNISTEnv)
		}
		if tr, te, err = dataset.LoadMNIST(dir); err != nil {
			return fmt.Errorf("node: MNIST in %s: %w", dir, err)
		}
	}
	if got := train.DatasetHash(tr, te); got != n.manifest.Dataset.ContentHash {
		return fmt.Errorf("node: dataset hashes to %s but the run's manifest pins %s: this node has other data than the run", got.Short(), n.manifest.Dataset.ContentHash.Short())
	}
	n.trainSet, n.testSet = tr, te
	if n.trainer, err = train.NewTrainer(n.manifest, tr, te); err != nil {
		return fmt.Errorf("node: trainer: %w", err)
	}

	// Key and chain.
	n.key = n.o.key
	if n.key == nil {
		if n.key, err = chain.LoadKey(chain.KeySource{Keystore: n.cfg.Keystore, PasswordFile: n.cfg.PasswordFile}, n.o.getenv); err != nil {
			return fmt.Errorf("node: key: %w", err)
		}
	}
	n.addr = crypto.PubkeyToAddress(n.key.PublicKey)
	n.log = n.log.With("node", shortAddr(n.addr))
	prof, err := chain.ProfileByName(n.cfg.Network, n.cfg.ChainID)
	if err != nil {
		return &FieldError{Field: "network", Msg: err.Error()}
	}
	if prof.ChainID != n.dep.ChainID {
		return &FieldError{Field: "network", Msg: fmt.Sprintf("profile %s is chain %d but the deployment is on chain %d", prof.Name, prof.ChainID, n.dep.ChainID)}
	}
	if n.client, err = chain.Dial(ctx, n.cfg.RPCURL, prof, chain.WithKey(n.key), chain.WithLogger(n.log)); err != nil {
		return fmt.Errorf("node: chain %s: %w", n.cfg.RPCURL, err)
	}
	n.cs = newChainState(n.client, n.dep, n.addr, n.log, n.emit)
	if err := n.cs.markStart(ctx); err != nil {
		return err
	}

	if err := n.checkChain(ctx); err != nil {
		return err
	}

	// Data directory and journal.
	if err := os.MkdirAll(n.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("node: data dir: %w", err)
	}
	if err := checkNoOtherNode(ctx, n.cfg.DataDir); err != nil {
		return err
	}
	if n.journal, err = openJournal(filepath.Join(n.cfg.DataDir, JournalFile)); err != nil {
		return err
	}

	// p2p host, gossip, store.
	pc := p2p.Config{DataDir: n.cfg.DataDir, Listen: n.cfg.Listen, Bootstrap: n.cfg.Bootstrap, SwarmKeyFile: n.cfg.SwarmKey, Logger: n.log}
	if n.cfg.Network == "devnet" {
		// Devnet peers sit on loopback or a LAN, where "auto" would make
		// every one of them a DHT client and nobody would answer provider
		// queries for checkpoints.
		pc.DHTMode = p2p.DHTServer
	}
	if n.o.p2pConfig != nil {
		n.o.p2pConfig(&pc)
	}
	if n.host, err = p2p.Start(ctx, pc); err != nil {
		return fmt.Errorf("node: p2p: %w", err)
	}
	// A worker publishes two messages per update (claim, announcement) and
	// can commit about once a block: p2p's default of 0.5 messages/s per
	// author would make a devnet worker's announcements be dropped.
	gc := p2p.GossipConfig{Domain: n.dep.Domain(), Stake: n.cs, Logger: n.log, RateLimit: GossipRateLimit, RateBurst: GossipRateBurst}
	if n.o.gossipCfg != nil {
		n.o.gossipCfg(&gc)
	}
	if n.gossip, err = p2p.NewGossip(runCtx, n.host, gc); err != nil {
		return fmt.Errorf("node: gossip: %w", err)
	}
	if err := n.gossip.Join(n.dep.RunID); err != nil {
		return fmt.Errorf("node: gossip: %w", err)
	}
	sc := store.Config{Dir: filepath.Join(n.cfg.DataDir, "store"), Host: n.host.Host(), Logger: n.log,
		OnBadPeer: func(p peer.ID, why string) { n.host.Block(p, badPeerBan, why) }}
	if r := n.host.Routing(); r != nil {
		sc.Routing = r
	}
	if n.store, err = store.Open(ctx, sc); err != nil {
		return fmt.Errorf("node: store: %w", err)
	}
	if err := n.seedGenesis(ctx); err != nil {
		return err
	}

	if n.api, err = startAPI(ctx, n, n.log); err != nil {
		return err
	}

	// Loops.
	n.claims = newClaimBookTimed(n.o.claimTTL, n.o.claimDelay)
	updates, err := n.gossip.Subscribe(runCtx, protocol.UpdatesTopic(n.dep.RunID))
	if err != nil {
		return fmt.Errorf("node: gossip: %w", err)
	}
	n.goLoop(func() { n.cs.run(runCtx) })
	n.goLoop(func() { n.readUpdates(runCtx, updates) })
	n.traces = newTraceBook(filepath.Join(n.cfg.DataDir, TracesDir))
	// Build every role's loop before starting any, so a failure leaves
	// nothing running.
	var loops []func()
	for _, r := range n.cfg.Roles {
		switch r {
		case RoleWorker:
			w := &worker{n: n}
			loops = append(loops, func() { w.run(runCtx) }, func() { n.defend(runCtx) })
		case RoleProofer:
			p, err := newProofer(n)
			if err != nil {
				return err
			}
			if err := n.ensureVotes(ctx, string(RoleProofer)); err != nil {
				return err
			}
			// Disputes revealed up to now were opened by an earlier run of
			// this node: resume them.
			before, err := n.client.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("node: proofer: block number: %w", err)
			}
			loops = append(loops, func() { p.run(runCtx) }, func() { p.resume(runCtx, before) })
		case RoleValidator:
			v, err := newValidator(n)
			if err != nil {
				return err
			}
			if err := n.ensureVotes(ctx, string(RoleValidator)); err != nil {
				return err
			}
			loops = append(loops, func() { v.run(runCtx) })
		default:
			n.log.Warn("role not built yet in this version: the node follows the run but does not act as "+string(r), "role", r)
		}
	}
	for _, f := range loops {
		n.goLoop(f)
	}
	n.log.Info("node started", "peer", n.host.ID(), "roles", n.cfg.Roles, "chain", n.cfg.RPCURL)
	return nil
}

// checkChain fails early, with what to do, when the deployment is not on
// this chain or a worker could not commit.
func (n *Node) checkChain(ctx context.Context) error {
	code, err := n.client.CodeAt(ctx, n.dep.Ledger, nil)
	if err != nil {
		return fmt.Errorf("node: chain %s: %w", n.cfg.RPCURL, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("node: no ledger contract at %s on %s: is the deployment file for this chain?", n.dep.Ledger, n.cfg.RPCURL)
	}
	need, err := n.cs.runMinStake(ctx)
	if err != nil {
		return err
	}
	if !n.cfg.HasRole(RoleWorker) {
		return nil
	}
	l := bindings.NewLedger()
	out, err := n.cs.call(ctx, l.PackWorkerInfo(n.addr))
	if err != nil {
		return fmt.Errorf("node: worker info: %w", err)
	}
	w, err := l.UnpackWorkerInfo(out)
	if err != nil {
		return fmt.Errorf("node: worker info: %w", err)
	}
	if !w.Registered || w.SelfStake.Cmp(need) < 0 {
		return fmt.Errorf("node: worker %s has a self-bond of %s, the run needs %s: stake first (umnode stake), or drop the worker role", n.addr, w.SelfStake, need)
	}
	return nil
}

func (n *Node) goLoop(f func()) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f()
	}()
}

// seedGenesis makes sure the store holds the run's genesis checkpoint: it is
// the trainer's initial state, so every node recomputes it from the manifest
// and checks it against the deployment's CID and state hash instead of
// fetching it.
func (n *Node) seedGenesis(ctx context.Context) error {
	gc, err := cid.Decode(n.dep.GenesisCID)
	if err != nil {
		return fmt.Errorf("%w: genesis_cid: %v", ErrDeployment, err)
	}
	if ok, err := n.store.Has(ctx, gc); err != nil {
		return fmt.Errorf("node: store: %w", err)
	} else if ok {
		return n.store.Pin(ctx, gc, "genesis")
	}
	b, err := n.trainer.Encode(n.trainer.Init())
	if err != nil {
		return fmt.Errorf("node: genesis: %w", err)
	}
	c, h, err := store.ComputeCID(ctx, bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("node: genesis: %w", err)
	}
	if h != n.dep.GenesisState || !c.Equals(gc) {
		// Not our initial state: peers must serve it (fetched on demand).
		n.log.Warn("genesis checkpoint is not the manifest's initial state; it will be fetched from peers", "cid", gc, "recomputed", c)
		return nil
	}
	if _, _, err := n.store.ImportBytes(ctx, b); err != nil {
		return fmt.Errorf("node: genesis import: %w", err)
	}
	if err := n.store.Pin(ctx, gc, "genesis"); err != nil {
		return fmt.Errorf("node: genesis pin: %w", err)
	}
	return n.store.Unpin(ctx, gc, store.ReasonLocal)
}

// Stop ends the loops and closes everything, waiting for the loops at most
// until ctx ends. It is safe to call more than once.
func (n *Node) Stop(ctx context.Context) error {
	switch {
	case n.state.CompareAndSwap(1, 2):
	case n.state.CompareAndSwap(0, 2):
		return nil
	default:
		return n.stopErr
	}
	n.cancel()
	done := make(chan struct{})
	go func() { n.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		n.stopErr = fmt.Errorf("node: stop: loops still running: %w", ctx.Err())
	}
	if err := n.closeAll(); err != nil && n.stopErr == nil {
		n.stopErr = err
	}
	n.log.Info("node stopped")
	return n.stopErr
}

func (n *Node) closeAll() error {
	var errs []error
	if n.api != nil {
		errs = append(errs, n.api.close())
	}
	// Host first: p2p/store serves bitswap wants from its blockstore until
	// the host closes, and a want arriving after the store closed panics on
	// the closed database (a p2p/store issue; this order avoids it).
	if n.host != nil {
		errs = append(errs, n.host.Close())
	}
	if n.store != nil {
		errs = append(errs, n.store.Close())
	}
	if n.client != nil {
		n.client.Close()
	}
	if n.journal != nil {
		errs = append(errs, n.journal.close())
	}
	return errors.Join(errs...)
}

// emit hands e to the event sink, one call at a time.
func (n *Node) emit(e Event) {
	if n.o.sink == nil {
		return
	}
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Node = n.addr
	n.emitMu.Lock()
	defer n.emitMu.Unlock()
	n.o.sink(e)
}

// Address is the node's Ethereum address (valid after Start).
func (n *Node) Address() common.Address { return n.addr }

// PeerID is the node's libp2p identity (valid after Start).
func (n *Node) PeerID() peer.ID { return n.host.ID() }

// Addrs are the node's p2p addresses with /p2p/<id>, for other nodes'
// Bootstrap (valid after Start).
func (n *Node) Addrs() []ma.Multiaddr { return n.host.Addrs() }

// Deployment is the deployment the node serves (valid after Start).
func (n *Node) Deployment() *Deployment { return n.dep }

// BytesReceivedFrom is how many checkpoint block bytes this node's bitswap
// accepted from peer p.
func (n *Node) BytesReceivedFrom(p peer.ID) uint64 { return n.store.BytesReceivedFrom(p) }

// Stats returns the node's counters.
func (n *Node) Stats() Stats {
	return Stats{
		Committed: n.stats.committed.Load(), LostRaces: n.stats.lost.Load(),
		Fetches: n.stats.fetches.Load(), FetchedBlocks: n.stats.fetchedBlocks.Load(),
		Backoffs: n.stats.backoffs.Load(), ClaimStrikes: n.stats.claimStrikes.Load(), ClaimWaitsCut: n.stats.claimWaitsCut.Load(),
	}
}
