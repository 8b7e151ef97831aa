package p2p

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/time/rate"

	"github.com/unstoppable-models/umnode/protocol"
)

// StakeChecker tells whether an author may publish in a run: a worker with
// at least the run's minimum bond, a challenger, a validator... The node
// implements it from chain state. An error means "cannot tell now" (RPC
// down, not synced) and makes the validator Ignore the message, never
// Reject it: that is not the sender's fault.
//
// A false answer Rejects the message and costs the forwarding peer score,
// so answer false only when sure. Peers' chain views differ by a few blocks:
// an author who bonded in the last blocks may look unstaked to a lagging
// node while its neighbours rightly relay its messages. An implementation
// should therefore return an error (Ignore), not false, when its view is
// not final enough to tell (for example, author unknown and the local head
// less than a few blocks old, or not synced).
type StakeChecker interface {
	Staked(ctx context.Context, runID protocol.Hash, author common.Address) (bool, error)
}

// AllowList is a StakeChecker for a fixed set of authors (every run): for
// devnets and permissioned swarms without a chain view.
type AllowList map[common.Address]bool

// Staked reports whether author is in the list.
func (a AllowList) Staked(_ context.Context, _ protocol.Hash, author common.Address) (bool, error) {
	return a[author], nil
}

// GossipConfig configures Gossip. Domain and Stake are required.
type GossipConfig struct {
	// Domain is the EIP-712 domain messages are signed in (chain ID and
	// ledger contract of the deployment).
	Domain protocol.Domain
	Stake  StakeChecker
	// RateLimit and RateBurst bound the messages one author may have
	// accepted per topic: a token bucket of RateBurst tokens refilled at
	// RateLimit per second (defaults 0.5/s, burst 10). Excess is Ignored.
	RateLimit rate.Limit
	RateBurst int
	// MaxClockSkew is how far in the future a timestamp may be (default
	// 2 minutes); MaxAge how old (default 1 hour). Both are Ignored, not
	// Rejected: a late relay or a skewed clock is no proof of malice.
	MaxClockSkew, MaxAge time.Duration
	// ColocationWhitelist are CIDRs exempt from the many-peers-per-IP score
	// penalty (default: loopback, for single-machine devnets).
	ColocationWhitelist []string
	// ScoreInspectPeriod is how often PeerScores is refreshed (default 1s).
	ScoreInspectPeriod time.Duration
	// PeerExchange enables gossipsub peer exchange on PRUNE (public swarms).
	PeerExchange bool
	// Now is the clock (default time.Now); tests may replace it.
	Now    func() time.Time
	Logger *slog.Logger
}

func (c GossipConfig) withDefaults() GossipConfig {
	if c.RateLimit == 0 {
		c.RateLimit = 0.5
	}
	if c.RateBurst == 0 {
		c.RateBurst = 10
	}
	if c.MaxClockSkew == 0 {
		c.MaxClockSkew = 2 * time.Minute
	}
	if c.MaxAge == 0 {
		c.MaxAge = time.Hour
	}
	if c.ColocationWhitelist == nil {
		c.ColocationWhitelist = []string{"127.0.0.0/8", "::1/128"}
	}
	if c.ScoreInspectPeriod == 0 {
		c.ScoreInspectPeriod = time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate checks c after defaults.
func (c GossipConfig) Validate() error {
	c = c.withDefaults()
	if c.Stake == nil {
		return configError("Stake", "nil; the gossip validator needs a StakeChecker (the node's chain view, or an AllowList)")
	}
	if c.Domain.ChainID == 0 {
		return configError("Domain.ChainID", "zero; set the chain ID messages are signed for")
	}
	if c.RateLimit < 0 || c.RateBurst < 1 {
		return configError("RateLimit/RateBurst", "%v/%d, want a positive rate and burst", c.RateLimit, c.RateBurst)
	}
	if c.MaxClockSkew < 0 || c.MaxAge < 0 {
		return configError("MaxClockSkew/MaxAge", "negative")
	}
	if _, err := parseCIDRs(c.ColocationWhitelist); err != nil {
		return err
	}
	return nil
}

// Received is a message that passed validation: decoded, signature
// verified, author staked.
type Received struct {
	Envelope *protocol.Envelope
	Signer   common.Address // == Envelope.Msg.Author()
	From     peer.ID        // the peer that forwarded it to us
	Origin   peer.ID        // the libp2p peer that first published it
	Local    bool           // published by this node
}

// Gossip runs gossipsub on a Host with umnode's topics and validators.
type Gossip struct {
	cfg  GossipConfig
	host *Host
	ps   *pubsub.PubSub
	log  *slog.Logger

	mu     sync.Mutex
	topics map[string]*joinedTopic
	scores map[peer.ID]float64

	limits *rateTable
	seen   *seenSet
	tracer *meshTracer
}

type joinedTopic struct {
	topic *pubsub.Topic
	run   protocol.Hash
	kinds map[protocol.Kind]bool
}

// Kinds allowed on each topic.
var (
	updateKinds  = map[protocol.Kind]bool{protocol.KindUpdateAnnouncement: true, protocol.KindWorkClaim: true}
	disputeKinds = map[protocol.Kind]bool{protocol.KindChallengeNotice: true, protocol.KindBisectionMove: true, protocol.KindVoteNotice: true}
)

// TopicFor is the topic a message is published on.
func TopicFor(m protocol.Message) string {
	if updateKinds[m.Kind()] {
		return protocol.UpdatesTopic(m.Run())
	}
	return protocol.DisputesTopic(m.Run())
}

// MessageID is the gossipsub message ID: sha256 of the payload, so the same
// envelope relayed by anyone is one message.
func MessageID(m *pb.Message) string {
	h := sha256.Sum256(m.GetData())
	return string(h[:])
}

// NewGossip starts gossipsub on h: StrictSign, payload-hash message IDs,
// flood publishing and peer scoring. Join runs before subscribing or
// publishing. It stops when ctx ends.
func NewGossip(ctx context.Context, h *Host, cfg GossipConfig) (*Gossip, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	whitelist, _ := parseCIDRs(cfg.ColocationWhitelist)
	g := &Gossip{
		cfg:    cfg,
		host:   h,
		log:    cfg.Logger.With("layer", "p2p", "part", "gossip"),
		topics: map[string]*joinedTopic{},
		scores: map[peer.ID]float64{},
		limits: newRateTable(cfg.RateLimit, cfg.RateBurst),
		seen:   newSeenSet(cfg.MaxAge + cfg.MaxClockSkew),
		tracer: newMeshTracer(),
	}
	thresholds := ScoreThresholds
	ps, err := pubsub.NewGossipSub(ctx, h.Host(),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMessageIdFn(MessageID),
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerExchange(cfg.PeerExchange),
		pubsub.WithPeerScore(peerScoreParams(whitelist), &thresholds),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(g.storeScores), cfg.ScoreInspectPeriod),
		pubsub.WithSeenMessagesTTL(cfg.MaxAge+cfg.MaxClockSkew),
		pubsub.WithRawTracer(g.tracer),
	)
	if err != nil {
		return nil, fmt.Errorf("p2p: start gossipsub: %w", err)
	}
	g.ps = ps
	return g, nil
}

// PubSub is the underlying gossipsub instance.
func (g *Gossip) PubSub() *pubsub.PubSub { return g.ps }

// Join joins the updates and disputes topics of a run and installs their
// validators. Joining twice is a no-op.
func (g *Gossip) Join(runID protocol.Hash) error {
	for _, t := range []struct {
		name  string
		kinds map[protocol.Kind]bool
	}{{protocol.UpdatesTopic(runID), updateKinds}, {protocol.DisputesTopic(runID), disputeKinds}} {
		if err := g.join(runID, t.name, t.kinds); err != nil {
			return err
		}
	}
	return nil
}

func (g *Gossip) join(run protocol.Hash, name string, kinds map[protocol.Kind]bool) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.topics[name]; ok {
		return nil
	}
	jt := &joinedTopic{run: run, kinds: kinds}
	if err := g.ps.RegisterTopicValidator(name, g.validator(jt), pubsub.WithValidatorTimeout(10*time.Second)); err != nil {
		return fmt.Errorf("p2p: topic %s: validator: %w", name, err)
	}
	t, err := g.ps.Join(name)
	if err != nil {
		_ = g.ps.UnregisterTopicValidator(name)
		return fmt.Errorf("p2p: join topic %s: %w", name, err)
	}
	if err := t.SetScoreParams(topicScoreParams()); err != nil {
		_ = t.Close()
		_ = g.ps.UnregisterTopicValidator(name)
		return fmt.Errorf("p2p: topic %s: score params: %w", name, err)
	}
	jt.topic = t
	g.topics[name] = jt
	return nil
}

func (g *Gossip) topic(name string) (*joinedTopic, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	jt, ok := g.topics[name]
	if !ok {
		return nil, fmt.Errorf("p2p: topic %s not joined; call Join(runID) first", name)
	}
	return jt, nil
}

// Publish signs nothing: it sends an envelope already signed by its author.
// The local validator runs first, so an envelope this node's peers would
// reject (bad signature, unstaked author, over the rate limit) fails here
// with the reason.
func (g *Gossip) Publish(ctx context.Context, env *protocol.Envelope) error {
	name := TopicFor(env.Msg)
	jt, err := g.topic(name)
	if err != nil {
		return err
	}
	if err := jt.topic.Publish(ctx, env.Encode()); err != nil {
		return fmt.Errorf("p2p: publish %s on %s: %w", env.Msg.Kind(), name, err)
	}
	return nil
}

// Subscribe delivers the validated messages of a joined topic (see
// protocol.UpdatesTopic and DisputesTopic), including this node's own, until
// ctx ends; then the channel is closed. A consumer slower than the buffer
// stalls only its own subscription; gossipsub drops what overflows its queue.
func (g *Gossip) Subscribe(ctx context.Context, topic string) (<-chan Received, error) {
	jt, err := g.topic(topic)
	if err != nil {
		return nil, err
	}
	sub, err := jt.topic.Subscribe(pubsub.WithBufferSize(256))
	if err != nil {
		return nil, fmt.Errorf("p2p: subscribe %s: %w", topic, err)
	}
	out := make(chan Received, 64)
	go func() {
		defer close(out)
		defer sub.Cancel()
		for {
			m, err := sub.Next(ctx)
			if err != nil {
				return
			}
			r, ok := m.ValidatorData.(*Received)
			if !ok {
				continue // cannot happen: every topic has our validator
			}
			rr := *r
			rr.From = m.ReceivedFrom
			rr.Origin = m.GetFrom()
			rr.Local = m.ReceivedFrom == g.host.ID()
			select {
			case out <- rr:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// MeshSize is the number of peers in this node's mesh for a topic. Right
// after start it is zero until the first heartbeat grafts peers; messages
// published before then reach only direct neighbours and whatever gossip
// repairs.
func (g *Gossip) MeshSize(topic string) int { return g.tracer.meshSize(topic) }

// Stats counts deliveries, rejections and drops since start.
func (g *Gossip) Stats() GossipStats { return g.tracer.snapshot() }

// PeerScores is the latest gossipsub score of every connected peer
// (refreshed every ScoreInspectPeriod).
func (g *Gossip) PeerScores() map[peer.ID]float64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return maps.Clone(g.scores)
}

func (g *Gossip) storeScores(s map[peer.ID]float64) {
	g.mu.Lock()
	g.scores = s
	g.mu.Unlock()
}

// Leave closes a run's topics. Subscriptions to them must be cancelled first.
func (g *Gossip) Leave(runID protocol.Hash) error {
	var errs []error
	for _, name := range []string{protocol.UpdatesTopic(runID), protocol.DisputesTopic(runID)} {
		g.mu.Lock()
		jt, ok := g.topics[name]
		delete(g.topics, name)
		g.mu.Unlock()
		if !ok {
			continue
		}
		errs = append(errs, jt.topic.Close(), g.ps.UnregisterTopicValidator(name))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("p2p: leave run %s: %w", runID.Short(), err)
	}
	return nil
}

// validator returns the topic validator. Reject only what is the sender's
// fault (an honest relayer validates before forwarding, so it never passes
// such a message on): malformed, wrong topic, bad signature, unstaked
// author. Ignore the rest: duplicates, rate-limit excess, stale or future
// timestamps, stake-check errors.
func (g *Gossip) validator(jt *joinedTopic) func(context.Context, peer.ID, *pubsub.Message) pubsub.ValidationResult {
	return func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		res, reason := g.validate(ctx, jt, m)
		if res != pubsub.ValidationAccept {
			g.log.Debug("gossip message dropped", "topic", m.GetTopic(), "from", from, "result", resultName(res), "reason", reason)
		}
		return res
	}
}

func (g *Gossip) validate(ctx context.Context, jt *joinedTopic, m *pubsub.Message) (pubsub.ValidationResult, string) {
	env, err := protocol.DecodeEnvelope(m.GetData())
	if err != nil {
		return pubsub.ValidationReject, err.Error()
	}
	kind := env.Msg.Kind()
	if !jt.kinds[kind] {
		return pubsub.ValidationReject, fmt.Sprintf("%s does not belong on %s", kind, m.GetTopic())
	}
	if env.Msg.Run() != jt.run {
		return pubsub.ValidationReject, fmt.Sprintf("%s of run %s on run %s's topic", kind, env.Msg.Run().Short(), jt.run.Short())
	}
	signer, err := env.Verify(g.cfg.Domain)
	if err != nil {
		return pubsub.ValidationReject, err.Error()
	}
	now := g.cfg.Now()
	if res, reason := g.checkTime(env.Msg, now); res != pubsub.ValidationAccept {
		return res, reason
	}
	digest := env.Digest(g.cfg.Domain)
	if g.seen.has(digest, now) {
		return pubsub.ValidationIgnore, "duplicate of an accepted message"
	}
	if !g.limits.allow(m.GetTopic(), signer, now) {
		return pubsub.ValidationIgnore, fmt.Sprintf("author %s over the rate limit", signer.Hex())
	}
	staked, err := g.cfg.Stake.Staked(ctx, jt.run, signer)
	if err != nil {
		return pubsub.ValidationIgnore, fmt.Sprintf("stake check of %s: %v", signer.Hex(), err)
	}
	if !staked {
		return pubsub.ValidationReject, fmt.Sprintf("author %s is not staked in run %s", signer.Hex(), jt.run.Short())
	}
	if !g.seen.add(digest, now) {
		return pubsub.ValidationIgnore, "duplicate of an accepted message"
	}
	m.ValidatorData = &Received{Envelope: env, Signer: signer}
	return pubsub.ValidationAccept, ""
}

// checkTime Ignores messages outside the time window.
func (g *Gossip) checkTime(msg protocol.Message, now time.Time) (pubsub.ValidationResult, string) {
	var ts uint64
	switch m := msg.(type) {
	case *protocol.UpdateAnnouncement:
		ts = m.Timestamp
	case *protocol.ChallengeNotice:
		ts = m.Timestamp
	case *protocol.BisectionMove:
		ts = m.Timestamp
	case *protocol.VoteNotice:
		ts = m.Timestamp
	case *protocol.WorkClaim:
		if int64(m.Expires) < now.Unix() {
			return pubsub.ValidationIgnore, "work claim expired"
		}
		if int64(m.Expires) > now.Add(g.cfg.MaxAge+g.cfg.MaxClockSkew).Unix() {
			return pubsub.ValidationIgnore, "work claim expires too far ahead"
		}
		return pubsub.ValidationAccept, ""
	}
	t := time.Unix(int64(min(ts, 1<<62)), 0)
	if t.After(now.Add(g.cfg.MaxClockSkew)) {
		return pubsub.ValidationIgnore, fmt.Sprintf("timestamp %v is in the future", t.UTC())
	}
	if t.Before(now.Add(-g.cfg.MaxAge)) {
		return pubsub.ValidationIgnore, fmt.Sprintf("timestamp %v is too old", t.UTC())
	}
	return pubsub.ValidationAccept, ""
}

func resultName(r pubsub.ValidationResult) string {
	switch r {
	case pubsub.ValidationAccept:
		return "accept"
	case pubsub.ValidationReject:
		return "reject"
	case pubsub.ValidationIgnore:
		return "ignore"
	}
	return "?"
}

// rateTable holds one token bucket per (topic, author). Buckets that are
// full again are indistinguishable from new ones and get pruned, so the
// table stays as small as the set of recently active authors.
type rateTable struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	buckets map[rateKey]*rate.Limiter
	pruneAt int
}

type rateKey struct {
	topic  string
	author common.Address
}

func newRateTable(limit rate.Limit, burst int) *rateTable {
	return &rateTable{limit: limit, burst: burst, buckets: map[rateKey]*rate.Limiter{}, pruneAt: 1024}
}

func (t *rateTable) allow(topic string, author common.Address, now time.Time) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := rateKey{topic, author}
	l, ok := t.buckets[k]
	if !ok {
		if len(t.buckets) >= t.pruneAt {
			for k, l := range t.buckets {
				if l.TokensAt(now) >= float64(t.burst) {
					delete(t.buckets, k)
				}
			}
			t.pruneAt = max(1024, 2*len(t.buckets))
		}
		l = rate.NewLimiter(t.limit, t.burst)
		t.buckets[k] = l
	}
	return l.AllowN(now, 1)
}

// seenSet remembers the digests of accepted messages for ttl, in two
// generations, so a re-signed copy of a message (same content, different
// signature bytes, hence a different gossipsub ID) is Ignored.
type seenSet struct {
	mu        sync.Mutex
	ttl       time.Duration
	cur, prev map[protocol.Hash]struct{}
	rotated   time.Time
}

func newSeenSet(ttl time.Duration) *seenSet {
	return &seenSet{ttl: ttl, cur: map[protocol.Hash]struct{}{}, prev: map[protocol.Hash]struct{}{}}
}

func (s *seenSet) rotate(now time.Time) {
	if s.rotated.IsZero() {
		s.rotated = now
	}
	if now.Sub(s.rotated) >= s.ttl {
		s.prev, s.cur, s.rotated = s.cur, map[protocol.Hash]struct{}{}, now
	}
}

func (s *seenSet) has(h protocol.Hash, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rotate(now)
	_, a := s.cur[h]
	_, b := s.prev[h]
	return a || b
}

// add records h and reports whether it was new.
func (s *seenSet) add(h protocol.Hash, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rotate(now)
	_, a := s.cur[h]
	_, b := s.prev[h]
	if a || b {
		return false
	}
	s.cur[h] = struct{}{}
	return true
}
