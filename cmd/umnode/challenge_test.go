package main_test

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/verify"
)

// challengeSwarm is a dev chain (100 ms blocks, HTTP JSON-RPC) with a run
// of the default MNIST model (k = 16), an honest worker (dev key 1), a
// worker corrupting every update (key 2), two validators (keys 4, 5; 200M
// tokens each, quorum 30% of the 1B supply) as in-process nodes, and a
// challenger account (key 3) holding 100 tokens with no node: the
// 'umnode challenge' command is its node. No proofer runs, so only the
// command challenges. Every node bootstraps to the first one started.
type challengeSwarm struct{ *testswarm.Swarm }

func newChallengeSwarm(t *testing.T) *challengeSwarm {
	t.Helper()
	// A challenge window of an hour of chain time: the simulated chain's
	// blocks are a chain second apart, so with 100 ms blocks the chain clock
	// runs 10x (6 minutes of wall time for the window), and it is fast
	// forwarded further only once the command's dispute is open: the
	// command has minutes to join, fetch, replay and reveal on two busy
	// cores, under -race too.
	return &challengeSwarm{testswarm.New(t, testswarm.Options{
		Run:             testswarm.MNISTRun(t, 16),
		ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 120, QuorumBps: 3000,
		Accounts: []testswarm.Account{
			testswarm.Worker(), testswarm.Worker(), testswarm.Holder(100), testswarm.Holder(200_000_000), testswarm.Holder(200_000_000),
		},
		Nodes: testswarm.NodeDefaults{LogLevel: slog.LevelWarn, FetchTimeout: 20 * time.Second, JoinFirst: true, LenientStop: true},
	})}
}

// challenge runs 'umnode challenge' as dev key 3 with its own data dir.
func (s *challengeSwarm) challenge(t *testing.T, id string, extra ...string) (string, error) {
	t.Helper()
	env := map[string]string{"UMNODE_ETH_KEY": devchain.DevKeyHex(3), "UMNODE_LOG_LEVEL": "warn"}
	args := append([]string{"challenge", id, "--deployment", s.DeploymentFile(t), "--rpc-url", s.URL,
		"--data-dir", t.TempDir(), "--listen", "/ip4/127.0.0.1/tcp/0", "--bootstrap", strings.Join(s.Boot(), ","),
		"--poll-interval", "200ms"}, extra...)
	out, _, err := run(t, env, args...)
	return out, err
}

// TestChallenge_RefusesRightAndSlashesWrong runs 'umnode challenge' on an
// honest worker's update (refused: nothing sent, the bond untouched) and on
// a faulty worker's update (challenged, bisected to one step, voted wrong
// by the validator nodes, resolved: the worker is slashed and the
// challenger paid).
func TestChallenge_RefusesRightAndSlashesWrong(t *testing.T) {
	if testing.Short() {
		t.Skip("loads MNIST, starts a chain, four nodes and the command's node (about 40s)")
	}
	s := newChallengeSwarm(t)
	v1 := s.Start(t, s.Key(4), node.RoleValidator)
	v2 := s.Start(t, s.Key(5), node.RoleValidator)
	honest := s.Start(t, s.Key(1), node.RoleWorker)
	bad := s.Start(t, s.Key(2), node.RoleWorker, node.WithFaulty(1))
	committedBy := func(w common.Address) func(node.Event) bool {
		return func(e node.Event) bool {
			return e.Kind == node.EventUpdateCommitted && e.Actor == w && e.Node == v1.Address()
		}
	}
	good := s.Events.Wait(t, "honest commit", 60*time.Second, committedBy(honest.Address()))
	wrong := s.Events.Wait(t, "faulty commit", 60*time.Second, committedBy(bad.Address()))
	bond0 := s.Balance(t, s.Address(3))

	// The honest update, by its short ID: refused, nothing sent.
	out, err := s.challenge(t, good.Update.Short(), "--bond-check")
	if err == nil || !strings.Contains(err.Error(), "refused") || !strings.Contains(err.Error(), "would lose its bond") {
		t.Fatalf("challenge of an honest update: got %v, want a refusal\n%s", err, out)
	}
	wantOutput(t, out, "bond check: ", "checking update "+good.Update.Hex(), "claim matches the replay")
	wantBig(t, "challenger balance after a refusal", s.Balance(t, s.Address(3)), bond0)

	// The faulty update: fast-forward the chain clock (10 s every half
	// second) once a validator voted, so the vote's 120 s pass quickly.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.FastForwardWhen(ctx, 10*time.Second, 500*time.Millisecond, func() bool {
		_, ok := s.Events.Find(func(e node.Event) bool { return e.Kind == node.EventVote })
		return ok
	})
	start := time.Now()
	out, err = s.challenge(t, wrong.Update.Hex())
	if err != nil {
		t.Fatalf("challenge of a faulty update: %v\n%s", err, out)
	}
	t.Logf("umnode challenge took %v:\n%s", time.Since(start).Round(time.Millisecond), out)
	wantOutput(t, out, "claim differs from the replay", "challenged: dispute 0x", "move: proved our s_", "bisection over",
		"dispute resolved: worker wrong", "outcome: worker wrong: worker "+bad.Address().Hex()+" slashed")

	// On chain: the dispute is resolved worker wrong with the command's
	// account as challenger, on one step; the worker lost stake; the
	// challenger got its bond back and more.
	line := out[strings.Index(out, "challenged: dispute ")+len("challenged: dispute "):]
	did, err := protocol.ParseHash(strings.TrimRight(line[:66], ";"))
	if err != nil {
		t.Fatalf("dispute ID in %q: %v", line, err)
	}
	dd, err := verify.NewDisputes(s.Admin, s.Deployment.Disputes).Dispute(t.Context(), did)
	if err != nil {
		t.Fatal(err)
	}
	if dd.Outcome != bindings.OutcomeWorkerWrong || dd.Challenger != s.Address(3) || dd.Hi-dd.Lo != 1 {
		t.Fatalf("dispute %s: outcome %d, challenger %s, [%d, %d]; want worker wrong by %s on one step", did.Short(), dd.Outcome, dd.Challenger, dd.Lo, dd.Hi, s.Address(3))
	}
	if got := s.WorkerInfo(t, s.Address(2)).SelfStake; got.Cmp(units(t, "200")) >= 0 {
		t.Fatalf("faulty worker's self stake %s, want below 200 tokens after the slash", got)
	}
	if got := s.Balance(t, s.Address(3)); got.Cmp(bond0) <= 0 {
		t.Fatalf("challenger balance %s, want above %s (bond back plus a share of the slash)", got, bond0)
	}
	wantBig(t, "challenger owed after the command's claim", s.Owed(t, s.Address(3)), new(big.Int))

	// The same update again (reverted now), an ID the ledger does not know,
	// and an account that cannot pay the bond: refused with what to do.
	if _, err := s.challenge(t, wrong.Update.Hex()); err == nil || !strings.Contains(err.Error(), "reverted already") {
		t.Fatalf("second challenge of a reverted update: got %v", err)
	}
	if _, err := s.challenge(t, protocol.Keccak256([]byte("no such update")).Hex()); err == nil || !strings.Contains(err.Error(), "not on the ledger") {
		t.Fatalf("challenge of an unknown update: got %v", err)
	}
	_, _, err = run(t, map[string]string{"UMNODE_ETH_KEY": devchain.DevKeyHex(7)}, "challenge", good.Update.Hex(), "--bond-check",
		"--deployment", s.DeploymentFile(t), "--rpc-url", s.URL)
	if err == nil || !strings.Contains(err.Error(), "holds 0 UM") || !strings.Contains(err.Error(), "challenge bond needs 10 UM") {
		t.Fatalf("--bond-check with no tokens: got %v", err)
	}
	_ = v2
}
