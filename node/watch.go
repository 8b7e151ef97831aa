package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/protocol"
)

// WatchKind names what a WatchEvent reports. The values are stable: they are
// the "kind" field of 'umnode watch --json'.
type WatchKind string

// Gossip kinds: one per message kind of the run's topics, shown only after
// the message passed the same validators a node applies (decodes, signature
// recovers to the author, author staked, not stale, not a duplicate).
const (
	WatchAnnouncement    WatchKind = "announcement"     // UpdateAnnouncement
	WatchWorkClaim       WatchKind = "work-claim"       // WorkClaim
	WatchChallengeNotice WatchKind = "challenge-notice" // ChallengeNotice
	WatchBisectionMove   WatchKind = "bisection-move"   // BisectionMove
	WatchVoteNotice      WatchKind = "vote-notice"      // VoteNotice
)

// Chain kinds: contract events of the run (ledger and disputes contract).
const (
	WatchUpdateCommitted    WatchKind = "update-committed"    // Ledger.UpdateCommitted
	WatchUpdateFinalized    WatchKind = "update-finalized"    // Ledger.UpdateFinalized (amount: reward)
	WatchUpdateReverted     WatchKind = "update-reverted"     // Ledger.UpdateReverted
	WatchHeadReset          WatchKind = "head-reset"          // Ledger.HeadReset (update: the new head)
	WatchChallengeCommitted WatchKind = "challenge-committed" // Disputes.ChallengeCommitted (names no run: any run of the deployment)
	WatchDisputeOpened      WatchKind = "dispute-opened"      // Disputes.ChallengeRevealed (amount: the challenger's bond)
	WatchMove               WatchKind = "move"                // Disputes.Moved
	WatchVotingOpened       WatchKind = "voting-opened"       // Disputes.VotingOpened (index: the disputed step)
	WatchVote               WatchKind = "vote"                // Disputes.Voted (amount: vote weight)
	WatchDisputeResolved    WatchKind = "dispute-resolved"    // Disputes.DisputeResolved (amount: slashed)
	WatchSlash              WatchKind = "slash"               // Ledger.Slashed in a dispute of the run (amount: total slashed)
)

// WatchGossipKinds and WatchChainKinds list every kind, by source.
var (
	WatchGossipKinds = []WatchKind{WatchAnnouncement, WatchWorkClaim, WatchChallengeNotice, WatchBisectionMove, WatchVoteNotice}
	WatchChainKinds  = []WatchKind{WatchUpdateCommitted, WatchUpdateFinalized, WatchUpdateReverted, WatchHeadReset,
		WatchChallengeCommitted, WatchDisputeOpened, WatchMove, WatchVotingOpened, WatchVote, WatchDisputeResolved, WatchSlash}
)

// Watch sources.
const (
	SourceGossip = "gossip"
	SourceChain  = "chain"
)

// WatchEvent is one thing Watch saw. Its JSON form is what 'umnode watch
// --json' prints, one object per line; fields that do not apply to a kind
// are omitted. Hashes are 0x-prefixed hex, addresses checksummed hex,
// amounts decimal strings (Amount in tokens, AmountWei in base units).
type WatchEvent struct {
	Time       time.Time      `json:"time"`
	Source     string         `json:"source"` // "gossip" or "chain"
	Kind       WatchKind      `json:"kind"`
	Block      uint64         `json:"block,omitempty"`
	BlockTime  *time.Time     `json:"block_time,omitempty"` // chain: the block's timestamp (chain time)
	Tx         *common.Hash   `json:"tx,omitempty"`
	Update     *protocol.Hash `json:"update,omitempty"`
	Parent     *protocol.Hash `json:"parent,omitempty"`
	Dispute    *protocol.Hash `json:"dispute,omitempty"`
	Actor      string         `json:"actor,omitempty"`  // worker, challenger, mover, voter, slashed worker
	Worker     string         `json:"worker,omitempty"` // dispute-opened: the challenged worker
	State      *protocol.Hash `json:"state,omitempty"`  // state hash (update, move, vote notice)
	Root       *protocol.Hash `json:"root,omitempty"`   // trace root (update, challenge)
	Commitment *protocol.Hash `json:"commitment,omitempty"`
	CID        string         `json:"cid,omitempty"`
	Index      *uint64        `json:"index,omitempty"` // bisection index, voting step
	Step       uint64         `json:"step,omitempty"`  // announcement: global step
	Accuracy   *float64       `json:"accuracy,omitempty"`
	Loss       *float64       `json:"loss,omitempty"`
	ForWorker  *bool          `json:"for_worker,omitempty"`
	Outcome    string         `json:"outcome,omitempty"` // worker-wrong, challenger-wrong, draw
	Amount     string         `json:"amount,omitempty"`
	AmountWei  string         `json:"amount_wei,omitempty"`
	Deadline   *time.Time     `json:"deadline,omitempty"` // voting-opened
	Expires    *time.Time     `json:"expires,omitempty"`  // work-claim
	Peer       string         `json:"peer,omitempty"`     // gossip: the libp2p peer that published it
	From       string         `json:"from,omitempty"`     // gossip: the peer that forwarded it to us
}

// String is the event as one human-readable line (without the time).
func (e WatchEvent) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s ", e.Source)
	if e.Block > 0 {
		fmt.Fprintf(&b, "block %-6d ", e.Block)
	}
	fmt.Fprintf(&b, "%-19s", e.Kind)
	h := func(name string, x *protocol.Hash) {
		if x != nil {
			fmt.Fprintf(&b, " %s=%s", name, x.Short())
		}
	}
	h("update", e.Update)
	h("parent", e.Parent)
	h("dispute", e.Dispute)
	if e.Actor != "" {
		fmt.Fprintf(&b, " by=%s", watchShortAddr(e.Actor))
	}
	if e.Worker != "" {
		fmt.Fprintf(&b, " worker=%s", watchShortAddr(e.Worker))
	}
	if e.Index != nil {
		fmt.Fprintf(&b, " index=%d", *e.Index)
	}
	h("state", e.State)
	if e.Step != 0 {
		fmt.Fprintf(&b, " step=%d", e.Step)
	}
	if e.Accuracy != nil {
		fmt.Fprintf(&b, " accuracy=%.2f%%", 100**e.Accuracy)
	}
	if e.Loss != nil {
		fmt.Fprintf(&b, " loss=%.4f", *e.Loss)
	}
	if e.ForWorker != nil {
		fmt.Fprintf(&b, " for_worker=%t", *e.ForWorker)
	}
	if e.Outcome != "" {
		fmt.Fprintf(&b, " outcome=%s", e.Outcome)
	}
	if e.Amount != "" {
		fmt.Fprintf(&b, " amount=%sUM", e.Amount)
	}
	if e.Deadline != nil {
		fmt.Fprintf(&b, " deadline=%s", e.Deadline.UTC().Format(time.TimeOnly))
	}
	if e.Expires != nil {
		fmt.Fprintf(&b, " expires=%s", e.Expires.UTC().Format(time.TimeOnly))
	}
	h("commitment", e.Commitment)
	if e.Peer != "" {
		fmt.Fprintf(&b, " peer=%s", shortPeer(e.Peer))
	}
	return b.String()
}

func watchShortAddr(s string) string {
	if len(s) < 12 {
		return s
	}
	return s[:6] + "…" + s[len(s)-4:]
}

func shortPeer(s string) string {
	if len(s) < 12 {
		return s
	}
	return "…" + s[len(s)-8:]
}

// ParseWatchKinds parses a comma-separated list of kinds; "gossip" and
// "chain" stand for all kinds of that source.
func ParseWatchKinds(s string) ([]WatchKind, error) {
	var out []WatchKind
	for _, p := range splitList(s) {
		switch p {
		case SourceGossip:
			out = append(out, WatchGossipKinds...)
			continue
		case SourceChain:
			out = append(out, WatchChainKinds...)
			continue
		}
		k := WatchKind(p)
		if !slices.Contains(WatchGossipKinds, k) && !slices.Contains(WatchChainKinds, k) {
			return nil, fmt.Errorf("unknown kind %q; known: gossip, chain, %s", p, watchKindList())
		}
		out = append(out, k)
	}
	return out, nil
}

func watchKindList() string {
	var s []string
	for _, k := range append(slices.Clone(WatchGossipKinds), WatchChainKinds...) {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

// WatchConfig says what Watch follows and how.
type WatchConfig struct {
	// Config gives the chain (network, chain_id, rpc_url), the swarm
	// (bootstrap, swarm_key) and the poll interval.
	Config *Config
	// Deployment is the run's deployment (required).
	Deployment *Deployment
	// NoGossip and NoChain turn a source off. The chain is still read for
	// gossip's stake checks when only NoChain is set.
	NoGossip, NoChain bool
	// FromStart follows the chain from Deployment.StartBlock; otherwise
	// from FromBlock, or when that is 0 from the latest block.
	FromStart bool
	FromBlock uint64
	// Kinds keeps only these kinds (empty: all).
	Kinds []WatchKind
	// IdentityDir holds the watcher's libp2p identity; empty: a throwaway
	// identity in a temporary directory, removed at the end.
	IdentityDir string
	// Listen are the watcher's libp2p listen addresses (default: an
	// ephemeral TCP port on all interfaces).
	Listen []string
	// Retry is how long to wait before retrying an unreachable RPC
	// endpoint or redialling bootstrap peers (default 5s).
	Retry  time.Duration
	Logger *slog.Logger
	// OnReady, if set, is called once the gossip topics are subscribed
	// (with the watcher's host) and once the chain follower starts (host
	// nil); tests use it to know when to publish.
	OnReady func(source string, h *p2p.Host)
}

// Watch streams a run's activity to sink, from gossip and from the chain,
// until ctx ends (then it returns nil). sink is called from one goroutine at
// a time. Configuration problems (bad swarm key, wrong chain, no contracts at
// the deployment's addresses) are returned; an unreachable RPC endpoint or
// missing peers are logged and retried.
func Watch(ctx context.Context, cfg WatchConfig, sink func(WatchEvent)) error {
	if cfg.Config == nil || cfg.Deployment == nil {
		return fmt.Errorf("%w: watch: need a config and a deployment", ErrConfig)
	}
	if cfg.NoGossip && cfg.NoChain {
		return fmt.Errorf("%w: watch: both sources are off (--no-gossip and --no-chain); nothing to watch", ErrConfig)
	}
	if err := cfg.Deployment.Validate(); err != nil {
		return err
	}
	if cfg.Retry <= 0 {
		cfg.Retry = 5 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	prof, err := chain.ProfileByName(cfg.Config.Network, cfg.Config.ChainID)
	if err != nil {
		return &FieldError{Field: "network", Msg: err.Error()}
	}
	if prof.ChainID != cfg.Deployment.ChainID {
		return &FieldError{Field: "network", Msg: fmt.Sprintf("profile %s is chain %d but the deployment is on chain %d", prof.Name, prof.ChainID, cfg.Deployment.ChainID)}
	}
	w := &watcher{cfg: cfg, dep: cfg.Deployment, prof: prof, log: cfg.Logger.With("part", "watch"), sink: sink,
		ledger: bindings.NewLedger(), disp: bindings.NewDisputes(),
		disputes: map[protocol.Hash]bool{}, bonds: map[protocol.Hash]*big.Int{}, connected: make(chan struct{})}
	if len(cfg.Kinds) > 0 {
		w.kinds = map[WatchKind]bool{}
		for _, k := range cfg.Kinds {
			w.kinds[k] = true
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var wg sync.WaitGroup
	errc := make(chan error, 3)
	wg.Go(func() {
		if err := w.connect(ctx); err != nil {
			errc <- err
			cancel()
		}
	})
	if !cfg.NoGossip {
		h, g, cleanup, err := w.startGossip(ctx)
		if err != nil {
			cancel()
			wg.Wait()
			return err
		}
		defer cleanup()
		wg.Go(func() {
			if err := w.gossip(ctx, h, g); err != nil {
				errc <- err
				cancel()
			}
		})
	}
	if !cfg.NoChain {
		wg.Go(func() {
			if err := w.follow(ctx); err != nil {
				errc <- err
				cancel()
			}
		})
	}
	wg.Wait()
	if c := w.client.Load(); c != nil {
		c.Close()
	}
	select {
	case err := <-errc:
		return err
	default:
		return nil
	}
}

type watcher struct {
	cfg  WatchConfig
	dep  *Deployment
	prof chain.Profile
	log  *slog.Logger

	sinkMu sync.Mutex
	sink   func(WatchEvent)
	kinds  map[WatchKind]bool

	ledger *bindings.Ledger
	disp   *bindings.Disputes

	client    atomic.Pointer[chain.Client]
	cs        atomic.Pointer[chainState]
	connected chan struct{} // closed once client is set, or connect gave up

	mu       sync.Mutex
	disputes map[protocol.Hash]bool     // dispute ID -> of this run
	bonds    map[protocol.Hash]*big.Int // update ID -> challenge bond from DisputeOpened
	// lastBlock and lastTime cache the timestamp of the last block read.
	lastBlock uint64
	lastTime  time.Time
}

func (w *watcher) emit(e WatchEvent) {
	if w.kinds != nil && !w.kinds[e.Kind] {
		return
	}
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	w.sinkMu.Lock()
	defer w.sinkMu.Unlock()
	w.sink(e)
}

// connect dials the chain until it answers, then checks that the ledger is
// there. A wrong chain or missing contracts end the watch (returned).
func (w *watcher) connect(ctx context.Context) error {
	defer close(w.connected)
	url := w.cfg.Config.RPCURL
	for attempt := 0; ; attempt++ {
		c, err := chain.Dial(ctx, url, w.prof, chain.WithLogger(w.log))
		if err == nil {
			err = w.checkContracts(ctx, c)
			if err == nil {
				w.client.Store(c)
				w.cs.Store(newChainState(c, w.dep, common.Address{}, w.log, func(Event) {}))
				if attempt > 0 {
					w.log.Info("watch: chain reachable now", "rpc", url)
				}
				return nil
			}
			c.Close()
		}
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, chain.ErrWrongChain) || errors.Is(err, ErrDeployment) {
			return fmt.Errorf("watch: %w", err)
		}
		// Say it at once, then about every minute, not every retry.
		lvl := slog.LevelDebug
		if attempt%max(1, int(time.Minute/w.cfg.Retry)) == 0 {
			lvl = slog.LevelWarn
		}
		w.log.Log(ctx, lvl, fmt.Sprintf("watch: chain RPC %s not reachable; retrying every %s (is the chain or 'umnode devnet' running? check --rpc-url)", url, w.cfg.Retry), "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(w.cfg.Retry):
		}
	}
}

func (w *watcher) checkContracts(ctx context.Context, c *chain.Client) error {
	code, err := c.CodeAt(ctx, w.dep.Ledger, nil)
	if err != nil {
		return fmt.Errorf("watch: chain %s: %w", w.cfg.Config.RPCURL, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: no ledger contract at %s on %s: is the deployment file for this chain? (a restarted devnet chain starts empty: use the new devnet's deployment.json)", ErrDeployment, w.dep.Ledger, w.cfg.Config.RPCURL)
	}
	return nil
}

// waitChain waits for the chain client; nil means ctx ended or connect
// failed (and reported it).
func (w *watcher) waitChain(ctx context.Context) *chain.Client {
	select {
	case <-ctx.Done():
		return nil
	case <-w.connected:
	}
	return w.client.Load()
}

// Staked implements p2p.StakeChecker with the chain view once connected;
// before that every author is "cannot tell" (the message is Ignored).
func (w *watcher) Staked(ctx context.Context, run protocol.Hash, author common.Address) (bool, error) {
	cs := w.cs.Load()
	if cs == nil {
		return false, errors.New("watch: chain not reachable yet; cannot check the author's stake")
	}
	return cs.Staked(ctx, run, author)
}

// startGossip starts the watcher's host and gossip and joins the run.
func (w *watcher) startGossip(ctx context.Context) (*p2p.Host, *p2p.Gossip, func(), error) {
	dir := w.cfg.IdentityDir
	var cleanup []func()
	if dir == "" {
		d, err := os.MkdirTemp("", "umnode-watch-")
		if err != nil {
			return nil, nil, nil, fmt.Errorf("watch: identity dir: %w", err)
		}
		dir = d
		cleanup = append(cleanup, func() { _ = os.RemoveAll(d) })
	}
	listen := w.cfg.Listen
	if len(listen) == 0 {
		listen = []string{"/ip4/0.0.0.0/tcp/0"}
	}
	// A DHT client: the bootstrap peer may be a devnet's seed, which does
	// not speak gossipsub; the DHT's lookups connect the watcher to the
	// nodes that do.
	pc := p2p.Config{DataDir: dir, Listen: listen, Bootstrap: w.cfg.Config.Bootstrap, SwarmKeyFile: w.cfg.Config.SwarmKey,
		DHTMode: p2p.DHTClient, Logger: w.log}
	h, err := p2p.Start(ctx, pc)
	if err != nil {
		for _, f := range cleanup {
			f()
		}
		return nil, nil, nil, fmt.Errorf("watch: %w", err)
	}
	cleanup = append([]func(){func() { _ = h.Close() }}, cleanup...)
	done := func() {
		for _, f := range cleanup {
			f()
		}
	}
	gc := p2p.GossipConfig{Domain: w.dep.Domain(), Stake: w, Logger: w.log, RateLimit: GossipRateLimit, RateBurst: GossipRateBurst}
	g, err := p2p.NewGossip(ctx, h, gc)
	if err != nil {
		done()
		return nil, nil, nil, fmt.Errorf("watch: %w", err)
	}
	if err := g.Join(w.dep.RunID); err != nil {
		done()
		return nil, nil, nil, fmt.Errorf("watch: %w", err)
	}
	return h, g, done, nil
}

// gossip prints the run's validated messages and keeps the host connected
// to the bootstrap peers.
func (w *watcher) gossip(ctx context.Context, h *p2p.Host, g *p2p.Gossip) error {
	var chs []<-chan p2p.Received
	for _, topic := range []string{protocol.UpdatesTopic(w.dep.RunID), protocol.DisputesTopic(w.dep.RunID)} {
		ch, err := g.Subscribe(ctx, topic)
		if err != nil {
			return fmt.Errorf("watch: %w", err)
		}
		chs = append(chs, ch)
	}
	if w.cfg.OnReady != nil {
		w.cfg.OnReady(SourceGossip, h)
	}
	var wg sync.WaitGroup
	for _, ch := range chs {
		wg.Go(func() {
			for r := range ch {
				w.emit(gossipEvent(r))
			}
		})
	}
	wg.Go(func() { w.keepPeers(ctx, h, g) })
	wg.Wait()
	return nil
}

// keepPeers says plainly when no peer gossips the run's topics with the
// watcher, and until one does, redials the bootstrap peers and refreshes
// the DHT (which connects to the swarm's nodes).
func (w *watcher) keepPeers(ctx context.Context, h *p2p.Host, g *p2p.Gossip) {
	var infos []peer.AddrInfo
	for _, s := range w.cfg.Config.Bootstrap {
		if ai, err := peer.AddrInfoFromString(s); err == nil {
			infos = append(infos, *ai)
		}
	}
	topic := protocol.UpdatesTopic(w.dep.RunID)
	t := time.NewTicker(w.cfg.Retry)
	defer t.Stop()
	alone := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n := len(g.PubSub().ListPeers(topic)); n > 0 {
			if alone {
				w.log.Info("watch: gossip peers found; the run's messages flow", "peers", n)
				alone = false
			}
			continue
		}
		if !alone {
			switch {
			case len(infos) == 0:
				w.log.Warn("watch: no gossip peers and no bootstrap peers configured: no gossip is seen (give --bootstrap, or --config of a devnet node)")
			default:
				w.log.Warn(fmt.Sprintf("watch: no peer gossips the run's topics yet (%d connected); retrying every %s (is a node of the run up? do --bootstrap and --swarm-key match the swarm?)", len(h.Host().Network().Peers()), w.cfg.Retry))
			}
			alone = true
		}
		for _, ai := range infos {
			if len(h.Host().Network().ConnsToPeer(ai.ID)) > 0 {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, w.cfg.Retry)
			if err := h.Connect(cctx, ai); err != nil {
				w.log.Debug("watch: bootstrap peer unreachable", "peer", ai.ID, "err", err)
			}
			cancel()
		}
		if d := h.DHT(); d != nil {
			d.RefreshRoutingTable()
		}
	}
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// gossipEvent turns a validated message into an event.
func gossipEvent(r p2p.Received) WatchEvent {
	e := WatchEvent{Source: SourceGossip, Actor: r.Signer.Hex(), Peer: r.Origin.String(), From: r.From.String()}
	switch m := r.Envelope.Msg.(type) {
	case *protocol.UpdateAnnouncement:
		e.Kind, e.Update, e.Parent, e.State, e.Root = WatchAnnouncement, ptr(m.UpdateID), ptr(m.Parent), ptr(m.StateHash), ptr(m.TraceRoot)
		if c, err := cid.Cast(m.CID); err == nil {
			e.CID = c.String()
		}
		e.Step = m.Step
		e.Accuracy = ptr(float64(m.EvalAccuracy) / protocol.MaxAccuracyBps)
		e.Loss = ptr(float64(m.EvalLoss) / 1e6)
	case *protocol.WorkClaim:
		e.Kind, e.Parent = WatchWorkClaim, ptr(m.Parent)
		e.Expires = ptr(time.Unix(int64(min(m.Expires, 1<<62)), 0).UTC())
	case *protocol.ChallengeNotice:
		e.Kind, e.Update, e.Root = WatchChallengeNotice, ptr(m.UpdateID), ptr(m.TraceRoot)
		if !m.DisputeID.IsZero() {
			e.Dispute = ptr(m.DisputeID)
		}
	case *protocol.BisectionMove:
		e.Kind, e.Dispute, e.Index, e.State = WatchBisectionMove, ptr(m.DisputeID), ptr(uint64(m.Index)), ptr(m.StateHash)
	case *protocol.VoteNotice:
		e.Kind, e.Dispute, e.Index, e.State, e.ForWorker = WatchVoteNotice, ptr(m.DisputeID), ptr(uint64(m.Index)), ptr(m.StateHash), ptr(m.SupportsWorker)
	}
	// Time is when we saw it (the message's own timestamp is the author's
	// clock): what a live view means.
	e.Time = time.Now()
	return e
}

// follow prints the run's contract events, restarting the follower from
// where it stopped when the RPC fails.
func (w *watcher) follow(ctx context.Context) error {
	c := w.waitChain(ctx)
	if c == nil {
		return nil
	}
	from := w.dep.StartBlock
	switch {
	case w.cfg.FromStart:
	case w.cfg.FromBlock > 0:
		from = w.cfg.FromBlock
	default:
		for {
			b, err := c.BlockNumber(ctx)
			if err == nil {
				from = b
				break
			}
			if ctx.Err() != nil {
				return nil
			}
			w.log.Warn(fmt.Sprintf("watch: chain RPC %s: read head; retrying in %s", w.cfg.Config.RPCURL, w.cfg.Retry), "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(w.cfg.Retry):
			}
		}
	}
	w.log.Debug("watch: following the chain", "from", from)
	if w.cfg.OnReady != nil {
		w.cfg.OnReady(SourceChain, nil)
	}
	var next atomic.Uint64
	next.Store(from)
	var failures atomic.Int64 // consecutive follower failures
	lastWarn := time.Time{}
	for ctx.Err() == nil {
		start := next.Load()
		err := c.Follow(ctx, chain.Follow{
			Query: ethereum.FilterQuery{Addresses: []common.Address{w.dep.Ledger, w.dep.Disputes}},
			From:  start,
			Poll:  w.cfg.Config.PollInterval,
			Progress: func(n uint64) {
				next.Store(n)
				if failures.Swap(0) > 0 {
					w.log.Info("watch: chain follower running again", "block", n)
				}
			},
		}, w.handle)
		if err != nil && ctx.Err() == nil {
			// Say it at once, then about every minute, not every retry.
			lvl := slog.LevelDebug
			if failures.Add(1) == 1 || time.Since(lastWarn) >= time.Minute {
				lvl, lastWarn = slog.LevelWarn, time.Now()
			}
			w.log.Log(ctx, lvl, fmt.Sprintf("watch: chain follower stopped at block %d; retrying every %s (is the RPC endpoint up?)", next.Load(), w.cfg.Retry), "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(w.cfg.Retry):
			}
		}
	}
	return nil
}

// handle turns one log into an event. Undecodable logs are logged and
// skipped (a malformed log must not stop the watch).
func (w *watcher) handle(ctx context.Context, l types.Log) error {
	e, ok, err := w.decode(ctx, l)
	if err != nil {
		w.log.Warn("watch: undecodable or unattributable chain log; skipped", "block", l.BlockNumber, "tx", l.TxHash, "err", err)
		return nil
	}
	if !ok || (w.kinds != nil && !w.kinds[e.Kind]) {
		return nil
	}
	if t, ok := w.blockTime(ctx, l.BlockNumber); ok {
		e.BlockTime = &t
	}
	w.emit(e)
	return nil
}

// blockTime is a block's timestamp (cached for the last block asked: logs
// come in block order); ok is false when the header cannot be read.
func (w *watcher) blockTime(ctx context.Context, n uint64) (time.Time, bool) {
	w.mu.Lock()
	if w.lastBlock == n && !w.lastTime.IsZero() {
		t := w.lastTime
		w.mu.Unlock()
		return t, true
	}
	w.mu.Unlock()
	c := w.client.Load()
	if c == nil {
		return time.Time{}, false
	}
	h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, false
	}
	t := time.Unix(int64(h.Time), 0).UTC()
	w.mu.Lock()
	w.lastBlock, w.lastTime = n, t
	w.mu.Unlock()
	return t, true
}

// decode maps a ledger or disputes log to an event; ok is false for logs of
// other runs and events watch does not show.
func (w *watcher) decode(ctx context.Context, l types.Log) (WatchEvent, bool, error) {
	if len(l.Topics) == 0 {
		return WatchEvent{}, false, nil
	}
	e := WatchEvent{Source: SourceChain, Block: l.BlockNumber, Tx: ptr(l.TxHash)}
	run := w.dep.RunID
	la, da := w.ledger.GetABI(), w.disp.GetABI()
	topic := l.Topics[0]
	ofRun := len(l.Topics) > 1 && protocol.Hash(l.Topics[1]) == run
	amount := func(x *big.Int) {
		if x != nil {
			e.Amount, e.AmountWei = devnetTokenString(x), x.String()
		}
	}
	switch {
	case l.Address == w.dep.Ledger && topic == la.Events["UpdateCommitted"].ID && ofRun:
		v, err := w.ledger.UnpackUpdateCommittedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("UpdateCommitted: %w", err)
		}
		e.Kind, e.Update, e.Parent, e.State, e.Root, e.Actor = WatchUpdateCommitted, ptr(protocol.Hash(v.UpdateId)), ptr(protocol.Hash(v.Parent)), ptr(protocol.Hash(v.StateHash)), ptr(protocol.Hash(v.TraceRoot)), v.Worker.Hex()
		if c, err := cid.Cast(v.Cid); err == nil {
			e.CID = c.String()
		}
	case l.Address == w.dep.Ledger && topic == la.Events["UpdateFinalized"].ID && ofRun:
		v, err := w.ledger.UnpackUpdateFinalizedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("UpdateFinalized: %w", err)
		}
		e.Kind, e.Update, e.Actor = WatchUpdateFinalized, ptr(protocol.Hash(v.UpdateId)), v.Worker.Hex()
		amount(v.Reward)
	case l.Address == w.dep.Ledger && topic == la.Events["UpdateReverted"].ID && ofRun:
		v, err := w.ledger.UnpackUpdateRevertedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("UpdateReverted: %w", err)
		}
		e.Kind, e.Update = WatchUpdateReverted, ptr(protocol.Hash(v.UpdateId))
	case l.Address == w.dep.Ledger && topic == la.Events["HeadReset"].ID && ofRun:
		v, err := w.ledger.UnpackHeadResetEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("HeadReset: %w", err)
		}
		e.Kind, e.Update = WatchHeadReset, ptr(protocol.Hash(v.Head))
	case l.Address == w.dep.Ledger && topic == la.Events["DisputeOpened"].ID && ofRun:
		// Shown as dispute-opened with the ChallengeRevealed that follows
		// in the same transaction; keep the bond for it.
		v, err := w.ledger.UnpackDisputeOpenedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("DisputeOpened: %w", err)
		}
		w.mu.Lock()
		w.bonds[v.UpdateId] = v.Bond
		w.mu.Unlock()
		return e, false, nil
	case l.Address == w.dep.Ledger && topic == la.Events["Slashed"].ID:
		v, err := w.ledger.UnpackSlashedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("Slashed: %w", err)
		}
		// Slashed names no run: it is ours when the same transaction
		// closes a dispute of our run.
		ours, err := w.txClosesOurDispute(ctx, l.TxHash)
		if err != nil || !ours {
			return e, false, err
		}
		e.Kind, e.Actor = WatchSlash, v.Worker.Hex()
		amount(new(big.Int).Add(v.FromWorker, v.FromDelegators))
	case l.Address == w.dep.Disputes && topic == da.Events["ChallengeCommitted"].ID:
		v, err := w.disp.UnpackChallengeCommittedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("ChallengeCommitted: %w", err)
		}
		e.Kind, e.Commitment, e.Actor = WatchChallengeCommitted, ptr(protocol.Hash(v.Commitment)), v.Challenger.Hex()
	case l.Address == w.dep.Disputes && topic == da.Events["ChallengeRevealed"].ID:
		v, err := w.disp.UnpackChallengeRevealedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("ChallengeRevealed: %w", err)
		}
		ours := protocol.Hash(v.RunId) == run
		w.mu.Lock()
		w.disputes[v.DisputeId] = ours
		bond := w.bonds[v.UpdateId]
		delete(w.bonds, v.UpdateId)
		w.mu.Unlock()
		if !ours {
			return e, false, nil
		}
		e.Kind, e.Dispute, e.Update, e.Actor, e.Worker, e.Root = WatchDisputeOpened, ptr(protocol.Hash(v.DisputeId)), ptr(protocol.Hash(v.UpdateId)), v.Challenger.Hex(), v.Worker.Hex(), ptr(protocol.Hash(v.ChallengerRoot))
		amount(bond)
	case l.Address == w.dep.Disputes && topic == da.Events["Moved"].ID:
		v, err := w.disp.UnpackMovedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("Moved: %w", err)
		}
		if ours, err := w.ourDispute(ctx, v.DisputeId); err != nil || !ours {
			return e, false, err
		}
		e.Kind, e.Dispute, e.Actor, e.Index, e.State = WatchMove, ptr(protocol.Hash(v.DisputeId)), v.Mover.Hex(), ptr(v.Index.Uint64()), ptr(protocol.Hash(v.State))
	case l.Address == w.dep.Disputes && topic == da.Events["VotingOpened"].ID:
		v, err := w.disp.UnpackVotingOpenedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("VotingOpened: %w", err)
		}
		if ours, err := w.ourDispute(ctx, v.DisputeId); err != nil || !ours {
			return e, false, err
		}
		e.Kind, e.Dispute, e.Index = WatchVotingOpened, ptr(protocol.Hash(v.DisputeId)), ptr(v.Step.Uint64())
		e.Deadline = ptr(time.Unix(v.Deadline.Int64(), 0).UTC())
	case l.Address == w.dep.Disputes && topic == da.Events["Voted"].ID:
		v, err := w.disp.UnpackVotedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("Voted: %w", err)
		}
		if ours, err := w.ourDispute(ctx, v.DisputeId); err != nil || !ours {
			return e, false, err
		}
		e.Kind, e.Dispute, e.Actor, e.ForWorker = WatchVote, ptr(protocol.Hash(v.DisputeId)), v.Voter.Hex(), ptr(v.ForWorker)
		amount(v.Weight)
	case l.Address == w.dep.Disputes && topic == da.Events["DisputeResolved"].ID:
		v, err := w.disp.UnpackDisputeResolvedEvent(&l)
		if err != nil {
			return e, false, fmt.Errorf("DisputeResolved: %w", err)
		}
		if ours, err := w.ourDispute(ctx, v.DisputeId); err != nil || !ours {
			return e, false, err
		}
		e.Kind, e.Dispute, e.Update = WatchDisputeResolved, ptr(protocol.Hash(v.DisputeId)), ptr(protocol.Hash(v.UpdateId))
		e.Outcome = devnetFormat("", "outcome", v.Outcome)
		amount(v.Slashed)
	default:
		return e, false, nil
	}
	return e, true, nil
}

// ourDispute reports whether a dispute belongs to the run: known from its
// ChallengeRevealed, or (opened before the watch started) looked up once.
func (w *watcher) ourDispute(ctx context.Context, id protocol.Hash) (bool, error) {
	w.mu.Lock()
	ours, ok := w.disputes[id]
	w.mu.Unlock()
	if ok {
		return ours, nil
	}
	c := w.client.Load()
	if c == nil {
		return false, fmt.Errorf("dispute %s: no chain client to look it up", id.Short())
	}
	ev := w.disp.GetABI().Events["ChallengeRevealed"]
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.dep.StartBlock),
		Addresses: []common.Address{w.dep.Disputes},
		Topics:    [][]common.Hash{{ev.ID}, {common.Hash(id)}},
	})
	if err != nil {
		return false, fmt.Errorf("dispute %s: find its ChallengeRevealed: %w", id.Short(), err)
	}
	ours = false
	for _, l := range logs {
		if len(l.Topics) > 3 && protocol.Hash(l.Topics[3]) == w.dep.RunID {
			ours = true
		}
	}
	w.mu.Lock()
	w.disputes[id] = ours
	w.mu.Unlock()
	return ours, nil
}

// txClosesOurDispute reports whether transaction tx emitted a DisputeClosed
// of the run.
func (w *watcher) txClosesOurDispute(ctx context.Context, tx common.Hash) (bool, error) {
	c := w.client.Load()
	if c == nil {
		return false, fmt.Errorf("slash in tx %s: no chain client to read its receipt", tx)
	}
	r, err := c.TransactionReceipt(ctx, tx)
	if err != nil {
		return false, fmt.Errorf("slash in tx %s: receipt: %w", tx, err)
	}
	closed := w.ledger.GetABI().Events["DisputeClosed"].ID
	for _, l := range r.Logs {
		if l.Address == w.dep.Ledger && len(l.Topics) > 1 && l.Topics[0] == closed && protocol.Hash(l.Topics[1]) == w.dep.RunID {
			return true, nil
		}
	}
	return false, nil
}
