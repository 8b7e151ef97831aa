package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
	"github.com/unstoppable-models/umnode/p2p/store"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

// chalSwarm is the setting of node.Challenge's test, self-contained (the
// shared swarm helpers of this package change under other work): a dev
// chain with 100 ms blocks, a tiny run on synthetic data (k = 8, an hour's
// challenge window), an honest worker (dev key 1), a worker corrupting
// every update (key 2), two validators (keys 4, 5) and a challenger account
// (key 3, 100 tokens) with no node of its own.
type chalSwarm struct {
	ch                *devchain.Chain
	dep               *node.Deployment
	admin             *chain.Client
	trainSet, testSet *dataset.Dataset
	boot              []string
	mu                sync.Mutex
	events            []node.Event
}

func chalTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func newChalSwarm(t *testing.T) *chalSwarm {
	t.Helper()
	trainSet := dataset.Synthetic(512, 16, 4, 1)
	testSet := dataset.Synthetic(128, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "node-challenge-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 8
	m.Optimizer.LearningRate = 0.1
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 128}

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	ch, err := devchain.New(devchain.Options{Mode: devchain.Interval, BlockInterval: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 6})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	start, err := ch.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := bindings.DeployAll(ctx, ch.Client(), bind.NewKeyedTransactor(ch.Key(0), big.NewInt(devchain.ChainID)), bindings.DefaultDeployConfig(ch.Address(0)), nil)
	if err != nil {
		t.Fatalf("DeployAll: %v", err)
	}
	s := &chalSwarm{ch: ch, trainSet: trainSet, testSet: testSet}
	s.admin = s.dial(t, ch.Key(0))
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runID, err := m.ID()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(m, trainSet, testSet)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := tr.Encode(tr.Init())
	if err != nil {
		t.Fatal(err)
	}
	gcid, ghash, err := store.ComputeCID(ctx, bytes.NewReader(gen))
	if err != nil {
		t.Fatal(err)
	}
	tok, led := bindings.NewToken(), bindings.NewLedger()
	s.must(t, s.admin, d.TokenAddr, tok.PackApprove(d.LedgerAddr, chalTokens(1000)))
	s.must(t, s.admin, d.LedgerAddr, led.PackCreateRun(bindings.RunParams{
		RunId: runID, GenesisState: ghash, GenesisCid: gcid.Bytes(), K: m.StepsPerUpdate,
		MinStake: chalTokens(100), ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 120,
		QuorumBps: 3000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: chalTokens(10), RewardPerUpdate: chalTokens(1), Funding: chalTokens(1000),
	}))
	for i := 1; i <= 2; i++ {
		s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(i), chalTokens(500)))
		wc := s.dial(t, ch.Key(i))
		s.must(t, wc, d.TokenAddr, tok.PackApprove(d.LedgerAddr, chalTokens(200)))
		s.must(t, wc, d.LedgerAddr, led.PackRegister(1000, chalTokens(200)))
	}
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(3), chalTokens(100)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(4), chalTokens(200_000_000)))
	s.must(t, s.admin, d.TokenAddr, tok.PackTransfer(ch.Address(5), chalTokens(200_000_000)))
	s.dep = &node.Deployment{
		ChainID: devchain.ChainID, Token: d.TokenAddr, Ledger: d.LedgerAddr, Disputes: d.DisputesAddr,
		RunID: runID, Manifest: enc, GenesisCID: gcid.String(), GenesisState: ghash, StartBlock: start,
	}
	return s
}

func (s *chalSwarm) dial(t *testing.T, key *ecdsa.PrivateKey) *chain.Client {
	t.Helper()
	c, err := chain.Dial(t.Context(), s.ch.URL(), chain.Devnet, chain.WithKey(key), chain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

func (s *chalSwarm) must(t *testing.T, c *chain.Client, to common.Address, data []byte) {
	t.Helper()
	if _, err := c.TransactAndWait(t.Context(), &to, data, nil); err != nil {
		t.Fatalf("transaction from %s to %s: %v", c.From(), to, err)
	}
}

func (s *chalSwarm) add(e node.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, e)
}

func (s *chalSwarm) waitCommit(t *testing.T, by, seenBy common.Address) protocol.Hash {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		for _, e := range s.events {
			if e.Kind == node.EventUpdateCommitted && e.Actor == by && e.Node == seenBy {
				s.mu.Unlock()
				return e.Update
			}
		}
		s.mu.Unlock()
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no update committed by %s within a minute", by)
	return protocol.Hash{}
}

func (s *chalSwarm) config(t *testing.T, roles ...node.Role) node.Config {
	cfg := node.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Roles = roles
	cfg.RPCURL = s.ch.URL()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Bootstrap = s.boot
	cfg.PollInterval = 200 * time.Millisecond
	return cfg
}

func (s *chalSwarm) options(t *testing.T, key *ecdsa.PrivateKey, extra ...node.Option) []node.Option {
	logger := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	return append([]node.Option{node.WithKey(key), node.WithDeployment(s.dep), node.WithLogger(logger),
		node.WithGossipConfig(func(c *p2p.GossipConfig) { c.RateLimit, c.RateBurst = 50, 100 }),
		node.WithFetchTimeout(20 * time.Second), node.WithDatasets(s.trainSet, s.testSet)}, extra...)
}

func (s *chalSwarm) start(t *testing.T, key *ecdsa.PrivateKey, r node.Role, extra ...node.Option) *node.Node {
	t.Helper()
	cfg := s.config(t, r)
	n, err := node.New(&cfg, s.options(t, key, append(extra, node.WithEventSink(s.add), node.WithClaimTiming(5*time.Second, 150*time.Millisecond))...)...)
	if err != nil {
		t.Fatalf("node.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = n.Stop(ctx)
	})
	if s.boot == nil {
		for _, a := range n.Addrs() {
			s.boot = append(s.boot, a.String())
		}
	}
	return n
}

func (s *chalSwarm) selfStake(t *testing.T, w common.Address) *big.Int {
	t.Helper()
	led := bindings.NewLedger()
	out, err := s.admin.CallContract(t.Context(), ethereum.CallMsg{To: &s.dep.Ledger, Data: led.PackWorkerInfo(w)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wi, err := led.UnpackWorkerInfo(out)
	if err != nil {
		t.Fatal(err)
	}
	return wi.SelfStake
}

// TestChallenge_ReplaysAndPlays checks node.Challenge's outcomes as errors
// and results: an unknown update and the challenger's own are not
// challengeable, an honest update replays correctly (ErrUpdateCorrect, no
// dispute), and a faulty one ends in a dispute bisected to one step,
// resolved worker wrong, the worker slashed and the challenger paid.
func TestChallenge_ReplaysAndPlays(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and four nodes (about 15s)")
	}
	s := newChalSwarm(t)
	v1 := s.start(t, s.ch.Key(4), node.RoleValidator)
	s.start(t, s.ch.Key(5), node.RoleValidator)
	honest := s.start(t, s.ch.Key(1), node.RoleWorker)
	bad := s.start(t, s.ch.Key(2), node.RoleWorker, node.WithFaulty(1))
	good := s.waitCommit(t, honest.Address(), v1.Address())
	wrong := s.waitCommit(t, bad.Address(), v1.Address())

	challenge := func(key *ecdsa.PrivateKey, id protocol.Hash) (*node.ChallengeResult, []string, error) {
		var lines []string
		cfg := s.config(t)
		res, err := node.Challenge(t.Context(), &cfg, id, node.ChallengeOptions{UpdateWait: 20 * time.Second, Progress: func(l string) {
			lines = append(lines, l)
			t.Log(l)
		}}, s.options(t, key)...)
		return res, lines, err
	}

	if _, _, err := challenge(s.ch.Key(3), protocol.Keccak256([]byte("nothing"))); !errors.Is(err, node.ErrNotChallengeable) {
		t.Fatalf("unknown update: got %v, want ErrNotChallengeable", err)
	}
	if _, _, err := challenge(s.ch.Key(2), wrong); !errors.Is(err, node.ErrNotChallengeable) {
		t.Fatalf("own update: got %v, want ErrNotChallengeable", err)
	}
	res, _, err := challenge(s.ch.Key(3), good)
	if !errors.Is(err, node.ErrUpdateCorrect) || !res.Verdict.OK() || !res.Dispute.IsZero() {
		t.Fatalf("honest update: got err %v, verdict %v, dispute %s; want ErrUpdateCorrect and no dispute", err, res.Verdict, res.Dispute.Short())
	}

	// Move the chain clock on once a validator voted, so the vote's 120 s
	// pass in seconds.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			s.mu.Lock()
			open := false
			for _, e := range s.events {
				open = open || e.Kind == node.EventVote
			}
			s.mu.Unlock()
			if open {
				_ = s.ch.AdjustTime(10 * time.Second)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}()
	// Interrupted right after the dispute opens, then run again: it resumes.
	cctx, ccancel := context.WithCancel(t.Context())
	cfg := s.config(t)
	first, err := node.Challenge(cctx, &cfg, wrong, node.ChallengeOptions{Progress: func(l string) {
		t.Log(l)
		if strings.HasPrefix(l, "challenged: dispute") {
			ccancel()
		}
	}}, s.options(t, s.ch.Key(3))...)
	ccancel()
	if err == nil || first == nil || first.Dispute.IsZero() {
		t.Fatalf("interrupted challenge: result %+v, err %v; want an error naming the open dispute", first, err)
	}
	// Another account is refused before it sends anything, told which
	// dispute is open and what it can do instead.
	if _, _, err := challenge(s.ch.Key(1), wrong); !errors.Is(err, node.ErrDisputed) ||
		!strings.Contains(err.Error(), first.Dispute.Hex()) || !strings.Contains(err.Error(), "umnode watch") {
		t.Fatalf("challenge of an update another account disputes: %v; want ErrDisputed naming dispute %s and 'umnode watch'", err, first.Dispute.Hex())
	}
	res, lines, err := challenge(s.ch.Key(3), wrong)
	if err != nil {
		t.Fatalf("faulty update: %v", err)
	}
	if res.Dispute != first.Dispute {
		t.Fatalf("second run played dispute %s, the first opened %s", res.Dispute.Short(), first.Dispute.Short())
	}
	resumed := false
	for _, l := range lines {
		resumed = resumed || strings.HasPrefix(l, "resuming dispute "+first.Dispute.Hex())
	}
	if !resumed {
		t.Fatalf("second run did not say it resumed:\n%q", lines)
	}
	if !res.WorkerSlashed() || res.Hi-res.Lo != 1 || res.Dispute.IsZero() || res.Verdict.OK() {
		t.Fatalf("faulty update: result %+v; want a dispute on one step resolved worker wrong", res)
	}
	if res.Slashed == nil || res.Slashed.Sign() == 0 || res.Claimed == nil || res.Claimed.Cmp(chalTokens(10)) <= 0 {
		t.Fatalf("slashed %v, claimed %v; want a slash and more than the 10-token bond back", res.Slashed, res.Claimed)
	}
	if got := s.selfStake(t, bad.Address()); got.Cmp(chalTokens(200)) >= 0 {
		t.Fatalf("faulty worker's stake %s, want below 200 tokens", got)
	}
	moves := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "move:") {
			moves++
		}
	}
	if moves == 0 {
		t.Fatalf("no move reported in:\n%q", lines)
	}
}
