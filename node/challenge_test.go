package node_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// newChalSwarm is the setting of node.Challenge's test: a dev chain with
// 100 ms blocks, a tiny run on synthetic data (k = 8, an hour's challenge
// window), an honest worker (dev key 1), a worker corrupting every update
// (key 2), two validators (keys 4, 5) and a challenger account (key 3, 100
// tokens) with no node of its own. Every node bootstraps to the first one
// started.
func newChalSwarm(t *testing.T) *testswarm.Swarm {
	t.Helper()
	return testswarm.New(t, testswarm.Options{
		Run:             testswarm.TinyRun("node-challenge-test"),
		ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 120, QuorumBps: 3000,
		Accounts: []testswarm.Account{
			testswarm.Worker(), testswarm.Worker(), testswarm.Holder(100), testswarm.Holder(200_000_000), testswarm.Holder(200_000_000),
		},
		Nodes: testswarm.NodeDefaults{LogLevel: slog.LevelWarn, FetchTimeout: 20 * time.Second, JoinFirst: true, LenientStop: true},
	})
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
	v1 := s.Start(t, s.Key(4), node.RoleValidator)
	s.Start(t, s.Key(5), node.RoleValidator)
	honest := s.Start(t, s.Key(1), node.RoleWorker)
	bad := s.Start(t, s.Key(2), node.RoleWorker, node.WithFaulty(1))
	commitBy := func(w common.Address) protocol.Hash {
		return s.Events.Wait(t, "an update committed by "+w.Hex(), 60*time.Second, func(e node.Event) bool {
			return e.Kind == node.EventUpdateCommitted && e.Actor == w && e.Node == v1.Address()
		}).Update
	}
	good := commitBy(honest.Address())
	wrong := commitBy(bad.Address())

	challenge := func(key *ecdsa.PrivateKey, id protocol.Hash) (*node.ChallengeResult, []string, error) {
		var lines []string
		cfg := s.NodeConfig(t, testswarm.NodeSpec{})
		res, err := node.Challenge(t.Context(), &cfg, id, node.ChallengeOptions{UpdateWait: 20 * time.Second, Progress: func(l string) {
			lines = append(lines, l)
			t.Log(l)
		}}, s.NodeOptions(t, key, testswarm.NodeSpec{})...)
		return res, lines, err
	}

	if _, _, err := challenge(s.Key(3), protocol.Keccak256([]byte("nothing"))); !errors.Is(err, node.ErrNotChallengeable) {
		t.Fatalf("unknown update: got %v, want ErrNotChallengeable", err)
	}
	if _, _, err := challenge(s.Key(2), wrong); !errors.Is(err, node.ErrNotChallengeable) {
		t.Fatalf("own update: got %v, want ErrNotChallengeable", err)
	}
	res, _, err := challenge(s.Key(3), good)
	if !errors.Is(err, node.ErrUpdateCorrect) || !res.Verdict.OK() || !res.Dispute.IsZero() {
		t.Fatalf("honest update: got err %v, verdict %v, dispute %s; want ErrUpdateCorrect and no dispute", err, res.Verdict, res.Dispute.Short())
	}

	// Move the chain clock on once a validator voted, so the vote's 120 s
	// pass in seconds.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.FastForwardWhen(ctx, 10*time.Second, 500*time.Millisecond, func() bool {
		_, ok := s.Events.Find(func(e node.Event) bool { return e.Kind == node.EventVote })
		return ok
	})
	// Interrupted right after the dispute opens, then run again: it resumes.
	cctx, ccancel := context.WithCancel(t.Context())
	cfg := s.NodeConfig(t, testswarm.NodeSpec{})
	first, err := node.Challenge(cctx, &cfg, wrong, node.ChallengeOptions{Progress: func(l string) {
		t.Log(l)
		if strings.HasPrefix(l, "challenged: dispute") {
			ccancel()
		}
	}}, s.NodeOptions(t, s.Key(3), testswarm.NodeSpec{})...)
	ccancel()
	if err == nil || first == nil || first.Dispute.IsZero() {
		t.Fatalf("interrupted challenge: result %+v, err %v; want an error naming the open dispute", first, err)
	}
	// Another account is refused before it sends anything, told which
	// dispute is open and what it can do instead.
	if _, _, err := challenge(s.Key(1), wrong); !errors.Is(err, node.ErrDisputed) ||
		!strings.Contains(err.Error(), first.Dispute.Hex()) || !strings.Contains(err.Error(), "umnode watch") {
		t.Fatalf("challenge of an update another account disputes: %v; want ErrDisputed naming dispute %s and 'umnode watch'", err, first.Dispute.Hex())
	}
	res, lines, err := challenge(s.Key(3), wrong)
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
	if res.Slashed == nil || res.Slashed.Sign() == 0 || res.Claimed == nil || res.Claimed.Cmp(testswarm.Tokens(10)) <= 0 {
		t.Fatalf("slashed %v, claimed %v; want a slash and more than the 10-token bond back", res.Slashed, res.Claimed)
	}
	if got := s.WorkerInfo(t, bad.Address()).SelfStake; got.Cmp(testswarm.Tokens(200)) >= 0 {
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
