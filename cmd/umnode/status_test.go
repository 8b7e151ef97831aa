package main_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
)

// TestStatus_PeersOfRunningNode: with no node on the spare's data dir,
// 'umnode status' says so plainly and still prints the chain part; with a
// node running there, it prints the node's peer ID and its peers (the
// devnet's seed among them).
func TestStatus_PeersOfRunningNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and a node (chain, MNIST); skipped with -short")
	}
	d, spare, _ := quietDevnet(t)

	out, _, err := run(t, nil, "status", "--config", spare.ConfigPath)
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	for _, want := range []string{"run      " + d.Deployment().RunID.Hex(), "head     0x", "no node is running on data dir " + spare.Config.DataDir} {
		if !strings.Contains(out, want) {
			t.Fatalf("status without a node lacks %q:\n%s", want, out)
		}
	}

	cfg := *spare.Config
	cfg.Roles = nil // follow only: no training in this test
	n, err := node.New(&cfg, node.WithGetenv(func(string) string { return "" }),
		node.WithLogger(slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatalf("node.Start: %v", err)
	}
	defer n.Stop(context.Background())

	seed, err := peer.AddrInfoFromString(d.SeedAddrs()[0])
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		out, _, err = run(t, nil, "status", "--config", spare.ConfigPath)
		if err != nil {
			t.Fatalf("status: %v\n%s", err, out)
		}
		if strings.Contains(out, "  "+seed.ID.String()+"  /ip4/127.0.0.1/tcp/") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status does not list the seed peer %s within 15s:\n%s", seed.ID, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, want := range []string{"node     running on " + spare.Config.DataDir, "peer " + n.PeerID().String(),
		"account " + spare.Address.Hex(), "roles none", "connected"} {
		if !strings.Contains(out, want) {
			t.Fatalf("status with a node lacks %q:\n%s", want, out)
		}
	}
	t.Logf("status with a node:\n%s", out)
	if strings.Contains(out, "no node is running") {
		t.Fatalf("status says no node runs while one does:\n%s", out)
	}
}

// TestStatus_AbandonedBranch: update A on the genesis, B on A and C on B;
// A is proven wrong, so the head returns to the genesis and B and C,
// still pending on chain, are dead (their windows pass and they can never
// finalize). Status shows them as abandoned, not pending, and counts the
// training lost: A reverted, B and C abandoned, 3 updates of k steps. The
// ledger here is deployed with an account (dev key 2) as its disputes
// contract, which opens and closes A's dispute directly.
func TestStatus_AbandonedBranch(t *testing.T) {
	a := newAcctChain(t)
	ctx := t.Context()
	// A second ledger on the same token and run, whose disputes hook is key 2.
	deployer := bind.NewKeyedTransactor(a.Key(0), big.NewInt(devchain.ChainID))
	deployer.Context = ctx
	addr, tx, err := bind.DeployContract(deployer, common.FromHex(bindings.LedgerMetaData.Bin), a.Chain.Client(),
		a.Ledger.PackConstructor(a.Deployment.Token, a.Address(2), uint64(unbondingDelay/time.Second)))
	if err != nil {
		t.Fatalf("deploy ledger: %v", err)
	}
	if _, err := bind.WaitMined(ctx, a.Chain.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	dep := *a.Deployment
	dep.Ledger, dep.Disputes = addr, a.Address(2)
	m, err := dep.DecodeManifest()
	if err != nil {
		t.Fatal(err)
	}
	gcid, err := dep.GenesisCIDBytes()
	if err != nil {
		t.Fatal(err)
	}
	a.Must(t, a.Admin, dep.Token, a.Token.PackApprove(dep.Ledger, units(t, "1000")))
	a.Must(t, a.Admin, dep.Ledger, a.Ledger.PackCreateRun(bindings.RunParams{
		RunId: dep.RunID, GenesisState: dep.GenesisState, GenesisCid: gcid, K: m.StepsPerUpdate,
		MinStake: units(t, "100"), ChallengeWindow: 60, MoveDeadline: 30, VotingPeriod: 60,
		QuorumBps: 5000, WorkerSlashBps: 5000, ChallengerShareBps: 5000, ValidatorFeeBps: 1000,
		ChallengeBond: units(t, "10"), RewardPerUpdate: units(t, "1"), Funding: units(t, "1000"),
	}))
	depPath := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.WriteFile(depPath); err != nil {
		t.Fatal(err)
	}

	worker, hook, challenger := a.Dial(t, a.Key(1)), a.Dial(t, a.Key(2)), a.Dial(t, a.Key(1))
	a.Must(t, worker, dep.Token, a.Token.PackApprove(dep.Ledger, units(t, "1000")))
	a.Must(t, worker, dep.Ledger, a.Ledger.PackRegister(0, units(t, "200")))
	genesis := protocol.GenesisUpdate(dep.RunID, dep.GenesisState, gcid).ID()
	commit := func(parent protocol.Hash, tag string) protocol.Update {
		u := protocol.Update{RunID: dep.RunID, Parent: parent, StateHash: protocol.Keccak256([]byte("state " + tag)),
			TraceRoot: protocol.Keccak256([]byte("trace " + tag)), CID: gcid, Worker: worker.From()}
		a.Must(t, worker, dep.Ledger, a.Ledger.PackCommit(dep.RunID, parent, u.StateHash, u.TraceRoot, u.CID))
		return u
	}
	ua := commit(genesis, "A")
	ub := commit(ua.ID(), "B")
	uc := commit(ub.ID(), "C")
	// Key 1 also challenges (a self-challenge only matters to Disputes).
	a.Must(t, challenger, dep.Token, a.Token.PackApprove(dep.Ledger, units(t, "1000")))
	ref := bindings.UpdateRef{RunId: ua.RunID, Parent: ua.Parent, StateHash: ua.StateHash, TraceRoot: ua.TraceRoot,
		CidHash: protocol.Keccak256(ua.CID), Worker: ua.Worker}
	a.Must(t, hook, dep.Ledger, a.Ledger.PackOpenDispute(ref, challenger.From()))
	a.Must(t, hook, dep.Ledger, a.Ledger.PackCloseDispute(ref, true))
	ud := commit(genesis, "D")

	out, _, err := run(t, nil, "status", "--deployment", depPath, "--rpc-url", a.URL, "--data-dir", t.TempDir(), "--address", worker.From().Hex())
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	t.Logf("status:\n%s", out)
	k := m.StepsPerUpdate
	for _, want := range []string{
		"head     " + ud.ID().Hex(),
		"updates  4 committed, 0 final, 1 reverted, 2 abandoned, 1 pending or disputed",
		"  " + ub.ID().Short() + "  abandoned ",
		"  " + uc.ID().Short() + "  abandoned ",
		"  " + ud.ID().Short() + "  pending ",
		fmt.Sprintf("lost     3 updates, %d training steps (k = %d each), to reverts: 1 reverted, 2 abandoned", 3*k, k),
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("status lacks %q:\n%s", want, out)
		}
	}
	if l := lineWith(out, "  "+ub.ID().Short()); strings.Contains(l, "window closes") {
		t.Fatalf("an abandoned update is shown with a challenge window: %q", l)
	}
}
