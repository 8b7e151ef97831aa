package node

import (
	"crypto/ecdsa"
	"log/slog"
	"time"

	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// Option configures a Node beyond its Config: what tests and umnode devnet
// inject (a logger, an event sink, a key, data, fault injection).
type Option func(*options)

type options struct {
	logger       *slog.Logger
	sink         func(Event)
	key          *ecdsa.PrivateKey
	getenv       func(string) string
	deployment   *Deployment
	trainSet     *dataset.Dataset
	testSet      *dataset.Dataset
	p2pConfig    func(*p2p.Config)
	gossipCfg    func(*p2p.GossipConfig)
	faultRate    float64
	claimTTL     time.Duration
	claimDelay   time.Duration
	fetchTimout  time.Duration
	rebuildAfter time.Duration
}

// WithLogger sets the node's logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithEventSink receives every Event the node reports. It is called from the
// node's goroutines, one call at a time; it must not block for long.
func WithEventSink(f func(Event)) Option { return func(o *options) { o.sink = f } }

// WithKey sets the node's Ethereum key instead of loading it from
// Config.Keystore or UMNODE_ETH_KEY (several in-process nodes need
// different keys).
func WithKey(k *ecdsa.PrivateKey) Option { return func(o *options) { o.key = k } }

// WithGetenv replaces os.Getenv for key loading (UMNODE_ETH_KEY,
// UMNODE_ETH_PASSPHRASE).
func WithGetenv(f func(string) string) Option { return func(o *options) { o.getenv = f } }

// WithDeployment gives the deployment directly instead of reading
// Config.Deployment.
func WithDeployment(d *Deployment) Option { return func(o *options) { o.deployment = d } }

// WithDatasets gives the training and test sets instead of loading MNIST
// (tests use small synthetic sets). They must still hash to the manifest's
// dataset content hash.
func WithDatasets(train, test *dataset.Dataset) Option {
	return func(o *options) { o.trainSet, o.testSet = train, test }
}

// WithP2PConfig edits the p2p host configuration built from Config before
// the host starts (tests turn the DHT off, for example).
func WithP2PConfig(f func(*p2p.Config)) Option { return func(o *options) { o.p2pConfig = f } }

// WithGossipConfig edits the gossip configuration (rate limits, clock).
func WithGossipConfig(f func(*p2p.GossipConfig)) Option { return func(o *options) { o.gossipCfg = f } }

// WithFaulty makes a worker corrupt a share rate (0..1] of its updates:
// after a random step j of such an update it perturbs one weight, so its
// trace diverges from the honest one at s_j and stays wrong to s_k. For
// devnets and fraud-proof tests only.
func WithFaulty(rate float64) Option { return func(o *options) { o.faultRate = rate } }

// WithClaimTiming sets how long a worker's WorkClaim lasts (ttl, default 2
// minutes) and how long it waits after publishing one for rival claims
// before training (delay, default 500ms). The ttl is also the longest a
// rival's claim holds this worker back (see the soft coordination in the
// package doc).
func WithClaimTiming(ttl, delay time.Duration) Option {
	return func(o *options) { o.claimTTL, o.claimDelay = ttl, delay }
}

// WithFetchTimeout bounds one parent checkpoint fetch (default 5 minutes).
func WithFetchTimeout(d time.Duration) Option { return func(o *options) { o.fetchTimout = d } }

// WithRebuildAfter sets how long a worker tries to fetch the head's
// checkpoint before it rebuilds it by replaying the head's update from its
// parent's checkpoint (default 20 seconds; see worker.load).
func WithRebuildAfter(d time.Duration) Option { return func(o *options) { o.rebuildAfter = d } }
