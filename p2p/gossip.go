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
	// PeerRateLimit and PeerRateBurst bound the messages one peer may
	// forward to this node, all authors and topics together (defaults 50/s,
	// burst 500): a token bucket checked on each incoming RPC before any
	// decoding or signature check. Messages over it are dropped unread.
	PeerRateLimit rate.Limit
	PeerRateBurst int
	// FloodExcess is how many messages over its budget a peer may send
	// (refilled at PeerRateLimit) before it is taken for a flooder (default
	// 4 x PeerRateBurst). An honest relay forwards only messages it
	// validated, each author within RateLimit, so it stays far below: a
	// flooder's gossip score is set below the graylist threshold and the
	// host blocks it for FloodBan (default 10 minutes).
	FloodExcess int
	FloodBan    time.Duration
	// StakeCacheTTL is how long the validator keeps a StakeChecker answer
	// that an author is staked (default 30s), UnstakedCacheTTL how long one
	// that it is not, or that could not be had (default 10s). A cached
	// "not staked" drops the author's messages before their signature is
	// checked.
	StakeCacheTTL, UnstakedCacheTTL time.Duration
	// LookupRate and LookupBurst bound, per forwarding peer, the stake
	// lookups of authors not in the cache (defaults 2/s, burst 20); over
	// it a message is Ignored, so a peer inventing authors cannot turn its
	// messages into chain queries.
	LookupRate  rate.Limit
	LookupBurst int
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
	if c.PeerRateLimit == 0 {
		c.PeerRateLimit = 50
	}
	if c.PeerRateBurst == 0 {
		c.PeerRateBurst = 500
	}
	if c.FloodExcess == 0 {
		c.FloodExcess = 4 * c.PeerRateBurst
	}
	if c.FloodBan == 0 {
		c.FloodBan = 10 * time.Minute
	}
	if c.StakeCacheTTL == 0 {
		c.StakeCacheTTL = 30 * time.Second
	}
	if c.UnstakedCacheTTL == 0 {
		c.UnstakedCacheTTL = 10 * time.Second
	}
	if c.LookupRate == 0 {
		c.LookupRate = 2
	}
	if c.LookupBurst == 0 {
		c.LookupBurst = 20
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
	if c.PeerRateLimit < 0 || c.PeerRateBurst < 1 || c.FloodExcess < 1 || c.FloodBan < 0 {
		return configError("PeerRateLimit/PeerRateBurst/FloodExcess/FloodBan", "%v/%d/%d/%v, want a positive rate, burst and excess and a ban of zero or more", c.PeerRateLimit, c.PeerRateBurst, c.FloodExcess, c.FloodBan)
	}
	if c.LookupRate < 0 || c.LookupBurst < 1 || c.StakeCacheTTL < 0 || c.UnstakedCacheTTL < 0 {
		return configError("LookupRate/LookupBurst/StakeCacheTTL/UnstakedCacheTTL", "negative, or a zero burst")
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
	peers  *peerBudgets
	stake  *stakeCache
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
		peers:  newPeerBudgets(cfg),
		stake:  newStakeCache(),
	}
	thresholds := ScoreThresholds
	params := peerScoreParams(whitelist)
	params.AppSpecificScore = g.appScore
	ps, err := pubsub.NewGossipSub(ctx, h.Host(),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMessageIdFn(MessageID),
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerExchange(cfg.PeerExchange),
		pubsub.WithAppSpecificRpcInspector(g.inspect),
		pubsub.WithPeerScore(params, &thresholds),
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
		res, reason := g.validate(ctx, jt, from, m)
		if res != pubsub.ValidationAccept {
			g.log.Debug("gossip message dropped", "topic", m.GetTopic(), "from", from, "result", resultName(res), "reason", reason)
		}
		return res
	}
}

// validate checks a message, cheapest checks first so that what a flood
// is made of costs little: size, decoding, topic and time, then what the
// node already knows of the claimed author (cached as not staked, or over
// its rate limit) and duplicates, all before the signature is recovered;
// then the signature, the author's rate limit, and the stake check, whose
// lookups of authors not in the cache are bounded per forwarding peer.
func (g *Gossip) validate(ctx context.Context, jt *joinedTopic, from peer.ID, m *pubsub.Message) (pubsub.ValidationResult, string) {
	data := m.GetData()
	if len(data) > protocol.MaxEnvelopeBytes {
		return pubsub.ValidationReject, fmt.Sprintf("message of %d bytes exceeds %d", len(data), protocol.MaxEnvelopeBytes)
	}
	env, err := protocol.DecodeEnvelope(data)
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
	now := g.cfg.Now()
	if res, reason := g.checkTime(env.Msg, now); res != pubsub.ValidationAccept {
		return res, reason
	}
	author := env.Msg.Author()
	known, staked, stakeErr := g.stake.get(jt.run, author, now)
	if known && !staked {
		// A message by an author surely unstaked is the sender's fault
		// whoever signed it; one by an author this node could not vouch for
		// a moment ago is not.
		if stakeErr == "" {
			return pubsub.ValidationReject, fmt.Sprintf("author %s is not staked in run %s", author.Hex(), jt.run.Short())
		}
		return pubsub.ValidationIgnore, fmt.Sprintf("stake check of %s: %s", author.Hex(), stakeErr)
	}
	if !g.limits.has(m.GetTopic(), author, now) {
		return pubsub.ValidationIgnore, fmt.Sprintf("author %s over the rate limit", author.Hex())
	}
	digest := env.Digest(g.cfg.Domain)
	if g.seen.has(digest, now) {
		return pubsub.ValidationIgnore, "duplicate of an accepted message"
	}
	signer, err := env.Verify(g.cfg.Domain)
	if err != nil {
		return pubsub.ValidationReject, err.Error()
	}
	if !g.limits.allow(m.GetTopic(), signer, now) {
		return pubsub.ValidationIgnore, fmt.Sprintf("author %s over the rate limit", signer.Hex())
	}
	if !known {
		if from != g.host.ID() && !g.peers.lookup(from, now) {
			return pubsub.ValidationIgnore, fmt.Sprintf("author %s not known; peer %s over its budget of stake lookups", signer.Hex(), from)
		}
		ok, err := g.cfg.Stake.Staked(ctx, jt.run, signer)
		switch {
		case err != nil:
			g.stake.put(jt.run, signer, false, err.Error(), now, g.cfg.UnstakedCacheTTL)
			return pubsub.ValidationIgnore, fmt.Sprintf("stake check of %s: %v", signer.Hex(), err)
		case !ok:
			g.stake.put(jt.run, signer, false, "", now, g.cfg.UnstakedCacheTTL)
			return pubsub.ValidationReject, fmt.Sprintf("author %s is not staked in run %s", signer.Hex(), jt.run.Short())
		}
		g.stake.put(jt.run, signer, true, "", now, g.cfg.StakeCacheTTL)
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

// has reports whether author has a token left on topic, without taking it:
// the check before the signature is recovered (taking a token then would
// let anyone drain an author's bucket with forged messages).
func (t *rateTable) has(topic string, author common.Address, now time.Time) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	l, ok := t.buckets[rateKey{topic, author}]
	return !ok || l.TokensAt(now) >= 1
}

// inspect runs on every incoming RPC in gossipsub's event loop, before any
// message in it is decoded or its libp2p signature checked: it charges the
// RPC's messages to the sending peer's budget and drops them (keeping the
// RPC's control part) when the budget is spent. A peer that goes on far
// beyond it is a flooder: cut off.
func (g *Gossip) inspect(from peer.ID, rpc *pubsub.RPC) error {
	n := len(rpc.GetPublish())
	if n == 0 {
		return nil
	}
	switch g.peers.charge(from, n, g.cfg.Now()) {
	case budgetOK:
		return nil
	case budgetFlood:
		g.log.Warn("p2p: gossip peer floods far over its message budget; cutting it off", "peer", from, "budget_per_s", float64(g.cfg.PeerRateLimit), "ban", g.cfg.FloodBan)
		// Block closes connections: not from the event loop.
		go g.host.Block(from, g.cfg.FloodBan, "gossip flood")
	}
	rpc.Publish = nil
	return nil
}

// appScore is gossipsub's application-specific score: far below the
// graylist threshold for a flooder (its RPCs are then dropped unread), zero
// for everyone else.
func (g *Gossip) appScore(p peer.ID) float64 {
	if g.peers.flooding(p, g.cfg.Now()) {
		return floodScore
	}
	return 0
}

// floodScore is a flooder's application-specific score.
const floodScore = -10_000

// Flooding reports whether this node takes peer p for a flooder now.
func (g *Gossip) Flooding(p peer.ID) bool { return g.peers.flooding(p, g.cfg.Now()) }

// OverBudget is how many messages this node dropped unread because their
// peer had spent its message budget (PeerRateLimit).
func (g *Gossip) OverBudget() uint64 {
	g.peers.mu.Lock()
	defer g.peers.mu.Unlock()
	return g.peers.dropped
}

// peerBudgets holds, per forwarding peer, its message budget, its excess
// allowance, its stake-lookup budget, and whether it is a flooder.
type peerBudgets struct {
	mu       sync.Mutex
	cfg      GossipConfig
	peers    map[peer.ID]*peerBudget
	flooders map[peer.ID]time.Time // until
	dropped  uint64
	pruneAt  int
}

type peerBudget struct {
	msgs, excess, lookups *rate.Limiter
}

type budgetResult int

const (
	budgetOK    budgetResult = iota
	budgetOver               // over budget: drop the messages
	budgetFlood              // far over: the peer just became a flooder
)

func newPeerBudgets(cfg GossipConfig) *peerBudgets {
	return &peerBudgets{cfg: cfg, peers: map[peer.ID]*peerBudget{}, flooders: map[peer.ID]time.Time{}, pruneAt: 1024}
}

func (b *peerBudgets) get(p peer.ID, now time.Time) *peerBudget {
	pb, ok := b.peers[p]
	if ok {
		return pb
	}
	if len(b.peers) >= b.pruneAt {
		for q, x := range b.peers {
			if x.msgs.TokensAt(now) >= float64(b.cfg.PeerRateBurst) && x.excess.TokensAt(now) >= float64(b.cfg.FloodExcess) && x.lookups.TokensAt(now) >= float64(b.cfg.LookupBurst) {
				delete(b.peers, q)
			}
		}
		for q, until := range b.flooders {
			if !now.Before(until) {
				delete(b.flooders, q)
			}
		}
		b.pruneAt = max(1024, 2*len(b.peers))
	}
	pb = &peerBudget{
		msgs:    rate.NewLimiter(b.cfg.PeerRateLimit, b.cfg.PeerRateBurst),
		excess:  rate.NewLimiter(b.cfg.PeerRateLimit, b.cfg.FloodExcess),
		lookups: rate.NewLimiter(b.cfg.LookupRate, b.cfg.LookupBurst),
	}
	b.peers[p] = pb
	return pb
}

// charge takes n messages from p's budget.
func (b *peerBudgets) charge(p peer.ID, n int, now time.Time) budgetResult {
	b.mu.Lock()
	defer b.mu.Unlock()
	if until, ok := b.flooders[p]; ok && now.Before(until) {
		b.dropped += uint64(n)
		return budgetOver
	}
	pb := b.get(p, now)
	if pb.msgs.AllowN(now, n) {
		return budgetOK
	}
	b.dropped += uint64(n)
	if pb.excess.AllowN(now, n) {
		return budgetOver
	}
	b.flooders[p] = now.Add(max(b.cfg.FloodBan, time.Minute))
	return budgetFlood
}

// lookup takes one stake lookup from p's budget.
func (b *peerBudgets) lookup(p peer.ID, now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.get(p, now).lookups.AllowN(now, 1)
}

func (b *peerBudgets) flooding(p peer.ID, now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	until, ok := b.flooders[p]
	return ok && now.Before(until)
}

// stakeCache remembers StakeChecker answers per (run, author) until a
// deadline: staked, not staked, or an error (kept as its text).
type stakeCache struct {
	mu sync.Mutex
	m  map[stakeKey]stakeAnswer
}

type stakeKey struct {
	run    protocol.Hash
	author common.Address
}

type stakeAnswer struct {
	staked bool
	err    string
	until  time.Time
}

func newStakeCache() *stakeCache { return &stakeCache{m: map[stakeKey]stakeAnswer{}} }

// get returns the cached answer, if any: known, staked, and the error
// text of an answer that could not be had.
func (c *stakeCache) get(run protocol.Hash, a common.Address, now time.Time) (known, staked bool, err string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[stakeKey{run, a}]
	if !ok || !now.Before(e.until) {
		return false, false, ""
	}
	return true, e.staked, e.err
}

// put caches an answer for ttl from now. The cache grows only with the
// lookups the validator makes, which are bounded per peer.
func (c *stakeCache) put(run protocol.Hash, a common.Address, staked bool, err string, now time.Time, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= 4096 {
		for k, e := range c.m {
			if !now.Before(e.until) {
				delete(c.m, k)
			}
		}
	}
	c.m[stakeKey{run, a}] = stakeAnswer{staked: staked, err: err, until: now.Add(ttl)}
}
