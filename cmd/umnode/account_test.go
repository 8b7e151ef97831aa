package main_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
	"github.com/unstoppable-models/umnode/verify"
)

// units converts tokens with up to 18 decimals ("1.5") to base units.
func units(t *testing.T, s string) *big.Int {
	t.Helper()
	whole, frac, _ := strings.Cut(s, ".")
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok {
		t.Fatalf("bad token amount %q", s)
	}
	return v
}

// acctChain is a devchain (blocks on each transaction, HTTP JSON-RPC) with
// the contracts deployed and a tiny run created (minimum stake 100, window
// 60 s, reward 1 per update): what the account commands need. Dev key 0
// deploys; keys 1 and 2 hold 1000 tokens each; keys 3 and 4 hold none.
type acctChain struct{ *testswarm.Swarm }

const unbondingDelay = time.Hour

func newAcctChain(t *testing.T) *acctChain {
	t.Helper()
	trainSet, testSet := dataset.Synthetic(64, 16, 4, 1), dataset.Synthetic(32, 16, 4, 2)
	m := train.DefaultManifest(trainSet, testSet)
	m.Name = "account-test"
	m.Model.Widths = []uint32{16, 8, 4}
	m.BatchSize = 16
	m.StepsPerUpdate = 4
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 32}
	return &acctChain{testswarm.New(t, testswarm.Options{
		Mode: devchain.OnTx, DevAccounts: 5, UnbondingDelay: unbondingDelay,
		Run:      testswarm.Run{Manifest: m, Train: trainSet, Test: testSet},
		Accounts: []testswarm.Account{testswarm.Holder(1000), testswarm.Holder(1000)},
	})}
}

// umnode runs an account command as dev key i against the chain.
func (a *acctChain) umnode(t *testing.T, i int, args ...string) (string, error) {
	t.Helper()
	env := map[string]string{"UMNODE_ETH_KEY": devchain.DevKeyHex(i), "UMNODE_LOG_LEVEL": "warn"}
	args = append(args, "--deployment", a.DeploymentFile(t), "--rpc-url", a.URL)
	out, _, err := run(t, env, args...)
	return out, err
}

// commitOnGenesis has dev key i, a registered worker, commit a made-up
// update on the genesis.
func (a *acctChain) commitOnGenesis(t *testing.T, i int) protocol.Update {
	t.Helper()
	u := protocol.Update{RunID: a.Deployment.RunID, Parent: a.Genesis, StateHash: protocol.Keccak256([]byte("s")),
		TraceRoot: protocol.Keccak256([]byte("r")), CID: []byte("cid"), Worker: a.Address(i)}
	a.Must(t, a.Dial(t, a.Key(i)), a.Deployment.Ledger, a.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
	return u
}

func wantBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

func wantOutput(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Fatalf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestStake_RejectsBadAmounts(t *testing.T) {
	for _, tc := range []struct{ amount, want string }{
		{"-5", "negative"},
		{"0", "zero"},
		{"0.000", "zero"},
		{"abc", "not a number of tokens"},
		{"1e3", "not a number of tokens"},
		{"1.5.2", "not a number of tokens"},
		{"", "not a number of tokens"},
		{"0.0000000000000000001", "19 decimals"},
		{"100000000000", "too large"},
	} {
		_, _, err := run(t, nil, "stake", tc.amount, "--deployment", "d.json")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--help") {
			t.Fatalf("stake %q: got %v, want an error saying %q and pointing at --help", tc.amount, err, tc.want)
		}
	}
	for _, args := range [][]string{
		{"stake", "--deployment", "d.json"},
		{"stake", "1", "2", "--deployment", "d.json"},
		{"stake", "1", "--commission", "10001", "--deployment", "d.json"},
		{"stake", "1"},
		{"stake", "1", "--role", "worker", "--deployment", "d.json"},
		{"delegate", "0x12", "1", "--deployment", "d.json"},
		{"delegate", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--deployment", "d.json"},
		{"unbond", "lots", "--deployment", "d.json"},
		{"unbond", "1", "--worker", "nobody", "--deployment", "d.json"},
		{"withdraw", "x7", "--deployment", "d.json"},
		{"claim", "now", "--deployment", "d.json"},
		{"challenge", "0x1234", "--deployment", "d.json"},
		{"challenge", "--deployment", "d.json"},
	} {
		if _, _, err := run(t, nil, args...); err == nil || !strings.Contains(err.Error(), "--help") {
			t.Fatalf("%v: got %v, want a usage error", args, err)
		}
	}
}

func TestAccountCommands_Help(t *testing.T) {
	for _, tc := range []struct {
		cmd  string
		want []string
	}{
		{"stake", []string{"Usage: umnode stake AMOUNT", "--commission", "approve", "register", "UMNODE_ETH_KEY", "Examples:"}},
		{"delegate", []string{"Usage: umnode delegate WORKER AMOUNT", "shares", "not registered", "Examples:"}},
		{"unbond", []string{"Usage: umnode unbond AMOUNT|all", "--worker", "slashable", "unbonding delay", "Examples:"}},
		{"withdraw", []string{"Usage: umnode withdraw [ID...]", "due", "StillUnbonding", "Examples:"}},
		{"claim", []string{"Usage: umnode claim", "claimVoterFee", "nothing owed", "Examples:"}},
		{"challenge", []string{"Usage: umnode challenge UPDATE-ID", "--bond-check", "bisection", "refuses", "--bootstrap", "--data-dir", "Examples:"}},
	} {
		out, _, err := run(t, nil, tc.cmd, "--help")
		if err != nil {
			t.Fatalf("%s --help: %v", tc.cmd, err)
		}
		if strings.Contains(tc.cmd, "stake") || tc.cmd == "claim" {
			if strings.Contains(out, "--role") || strings.Contains(out, "--data-dir") {
				t.Fatalf("%s --help lists node settings it ignores:\n%s", tc.cmd, out)
			}
		}
		wantOutput(t, out, tc.want...)
	}
}

func TestStake_RegistersThenAdds(t *testing.T) {
	a := newAcctChain(t)
	out, err := a.umnode(t, 1, "stake", "150", "--commission", "500")
	if err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	wantOutput(t, out, "registering "+a.Address(1).Hex(), "approve", "register", "tx 0x", "self stake 150 UM (was 0 UM), commission 500 bps",
		"the run's minimum stake is 100 UM")
	w := a.WorkerInfo(t, a.Address(1))
	if !w.Registered || w.CommissionBps != 500 {
		t.Fatalf("worker info %+v, want registered with 500 bps", w)
	}
	wantBig(t, "self stake", w.SelfStake, units(t, "150"))
	wantBig(t, "balance", a.Balance(t, a.Address(1)), units(t, "850"))

	// Flags may follow the amount; a registered worker adds to its bond.
	out, err = a.umnode(t, 1, "stake", "0.5")
	if err != nil {
		t.Fatalf("stake more: %v\n%s", err, out)
	}
	wantOutput(t, out, "adding 0.5 UM", "self stake 150.5 UM (was 150 UM)")
	wantBig(t, "self stake", a.WorkerInfo(t, a.Address(1)).SelfStake, units(t, "150.5"))

	if _, err := a.umnode(t, 1, "stake", "1", "--commission", "700"); err == nil || !strings.Contains(err.Error(), "registered already") {
		t.Fatalf("stake with a new commission: got %v, want a registered-already error", err)
	}
	wantBig(t, "self stake", a.WorkerInfo(t, a.Address(1)).SelfStake, units(t, "150.5"))
}

func TestStake_NotEnoughTokens(t *testing.T) {
	a := newAcctChain(t)
	_, err := a.umnode(t, 3, "stake", "10")
	if err == nil || !strings.Contains(err.Error(), "holds 0 UM") || !strings.Contains(err.Error(), "needs 10 UM") {
		t.Fatalf("got %v, want an error saying the account holds 0 and needs 10", err)
	}
	_, err = a.umnode(t, 1, "stake", "1000.5")
	if err == nil || !strings.Contains(err.Error(), "holds 1000 UM") {
		t.Fatalf("got %v, want an error saying the account holds 1000", err)
	}
	if w := a.WorkerInfo(t, a.Address(3)); w.Registered {
		t.Fatalf("account 3 registered after a refused stake: %+v", w)
	}
	wantBig(t, "balance", a.Balance(t, a.Address(1)), units(t, "1000"))
}

// TestDelegate_UnbondWithdraw delegates, unbonds part of a delegation and
// all of a self stake, is refused a withdrawal before the delay (with the
// contract's decoded reason), and withdraws after it.
func TestDelegate_UnbondWithdraw(t *testing.T) {
	a := newAcctChain(t)
	if out, err := a.umnode(t, 1, "stake", "200"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	worker := a.Address(1).Hex()

	_, err := a.umnode(t, 2, "delegate", a.Address(3).Hex(), "10")
	if err == nil || !strings.Contains(err.Error(), "not a registered worker") {
		t.Fatalf("delegate to an unregistered worker: got %v", err)
	}
	if _, err := a.umnode(t, 2, "delegate", worker, "5000"); err == nil || !strings.Contains(err.Error(), "holds 1000 UM") {
		t.Fatalf("delegate more than held: got %v", err)
	}
	out, err := a.umnode(t, 2, "delegate", worker, "100")
	if err != nil {
		t.Fatalf("delegate: %v\n%s", err, out)
	}
	wantOutput(t, out, "delegate", "tx 0x", "worth 100 UM")
	wantBig(t, "shares", a.Shares(t, a.Address(1), a.Address(2)), units(t, "100"))
	wantBig(t, "delegator balance", a.Balance(t, a.Address(2)), units(t, "900"))

	// Unbond part of the delegation.
	if _, err := a.umnode(t, 2, "unbond", "150", "--worker", worker); err == nil || !strings.Contains(err.Error(), "worth 100 UM") {
		t.Fatalf("unbond more than delegated: got %v", err)
	}
	out, err = a.umnode(t, 2, "unbond", "40", "--worker", worker)
	if err != nil {
		t.Fatalf("unbond: %v\n%s", err, out)
	}
	wantOutput(t, out, "unbonding ID 0: 40 UM from the delegation to "+worker, "withdrawable after", "unbonding delay is 1h0m0s", "slashable", "umnode withdraw 0")
	wantBig(t, "shares after unbond", a.Shares(t, a.Address(1), a.Address(2)), units(t, "60"))

	// Unbond the worker's whole self stake.
	if _, err := a.umnode(t, 1, "unbond", "201"); err == nil || !strings.Contains(err.Error(), "self stake of") {
		t.Fatalf("unbond more than the self stake: got %v", err)
	}
	out, err = a.umnode(t, 1, "unbond", "all")
	if err != nil {
		t.Fatalf("unbond all: %v\n%s", err, out)
	}
	wantOutput(t, out, "unbonding ID 1: 200 UM from the self stake")
	wantBig(t, "self stake after unbond all", a.WorkerInfo(t, a.Address(1)).SelfStake, new(big.Int))
	if _, err := a.umnode(t, 3, "unbond", "1"); err == nil || !strings.Contains(err.Error(), "not a registered worker") {
		t.Fatalf("unbond by a non-worker: got %v", err)
	}

	// Before the delay: an explicit ID is refused by the contract, decoded.
	_, err = a.umnode(t, 2, "withdraw", "0")
	if err == nil || !strings.Contains(err.Error(), "StillUnbonding") || !strings.Contains(err.Error(), "due at") {
		t.Fatalf("withdraw before due: got %v, want the decoded StillUnbonding with its due time", err)
	}
	if _, err := a.umnode(t, 2, "withdraw", "1"); err == nil || !strings.Contains(err.Error(), "NotOwner") {
		t.Fatalf("withdraw of another account's unbonding: got %v, want NotOwner", err)
	}
	out, err = a.umnode(t, 2, "withdraw")
	if err != nil {
		t.Fatalf("withdraw with nothing due: %v\n%s", err, out)
	}
	wantOutput(t, out, "unbonding 0 (40 UM): not due until", "none of the 1 unbonding(s)")
	wantBig(t, "delegator balance before the delay", a.Balance(t, a.Address(2)), units(t, "900"))

	// After the delay: everything due is withdrawn.
	if err := a.Chain.AdjustTime(unbondingDelay + time.Minute); err != nil {
		t.Fatal(err)
	}
	out, err = a.umnode(t, 2, "withdraw")
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	wantOutput(t, out, "withdrew unbonding 0: 40 UM")
	wantBig(t, "delegator balance", a.Balance(t, a.Address(2)), units(t, "940"))
	out, err = a.umnode(t, 1, "withdraw", "1")
	if err != nil {
		t.Fatalf("withdraw 1: %v\n%s", err, out)
	}
	wantBig(t, "worker balance", a.Balance(t, a.Address(1)), units(t, "1000"))
	out, err = a.umnode(t, 2, "withdraw")
	if err != nil {
		t.Fatalf("withdraw again: %v\n%s", err, out)
	}
	wantOutput(t, out, "no unbondings of "+a.Address(2).Hex())
}

// TestClaim_Rewards finalizes an update of a worker registered by 'umnode
// stake', then claims its reward with 'umnode claim' (settle, then claim).
func TestClaim_Rewards(t *testing.T) {
	a := newAcctChain(t)
	out, err := a.umnode(t, 3, "claim")
	if err != nil {
		t.Fatalf("claim with nothing owed: %v\n%s", err, out)
	}
	wantOutput(t, out, "nothing owed to "+a.Address(3).Hex())

	if out, err := a.umnode(t, 1, "stake", "200"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	u := a.commitOnGenesis(t, 1)
	if err := a.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	a.Must(t, a.Admin, a.Deployment.Ledger, a.Ledger.PackFinalize(bindings.UpdateRefOf(u)))
	before := a.Balance(t, a.Address(1))

	out, err = a.umnode(t, 1, "claim")
	if err != nil {
		t.Fatalf("claim: %v\n%s", err, out)
	}
	wantOutput(t, out, "settling 1 UM", "settle", "claimed 1 UM; balance now 801 UM")
	wantBig(t, "balance gain", new(big.Int).Sub(a.Balance(t, a.Address(1)), before), units(t, "1"))
	wantBig(t, "owed after claim", a.Owed(t, a.Address(1)), new(big.Int))

	out, err = a.umnode(t, 1, "claim")
	if err != nil {
		t.Fatalf("claim again: %v\n%s", err, out)
	}
	wantOutput(t, out, "nothing owed")
}

// TestClaim_VoterFeeAndPayout plays a dispute on chain by hand (both sides
// from made-up traces, one validator voting worker wrong), then claims with
// 'umnode claim': the validator gets its voter fee (claimVoterFee, then
// claim) and the challenger its bond back plus its share of the slash. A
// self stake unbonding meanwhile waits for the dispute (withdraw says so,
// and the ledger refuses with WorkerInDispute) and is slashed with it.
func TestClaim_VoterFeeAndPayout(t *testing.T) {
	a := newAcctChain(t)
	ctx := t.Context()
	if out, err := a.umnode(t, 1, "stake", "200"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	// Key 4 votes with 600M tokens (the run's quorum is 50% of the supply);
	// key 3 challenges with the 10-token bond.
	a.Must(t, a.Admin, a.Deployment.Token, a.Token.PackTransfer(a.Address(4), units(t, "600000000")))
	a.Must(t, a.Admin, a.Deployment.Token, a.Token.PackTransfer(a.Address(3), units(t, "10")))
	voter := a.Dial(t, a.Key(4))
	a.Must(t, voter, a.Deployment.Token, a.Token.PackDelegate(a.Address(4)))

	// The worker unbonds 50 of its 250 and the delay passes before the
	// dispute: the unbonding stays slashable and waits for the dispute.
	if out, err := a.umnode(t, 1, "stake", "50"); err != nil {
		t.Fatalf("stake: %v\n%s", err, out)
	}
	if out, err := a.umnode(t, 1, "unbond", "50"); err != nil {
		t.Fatalf("unbond: %v\n%s", err, out)
	}
	if err := a.Chain.AdjustTime(unbondingDelay + time.Minute); err != nil {
		t.Fatal(err)
	}

	h := func(s string) protocol.Hash { return protocol.Keccak256([]byte(s)) }
	workerTrace := protocol.Trace{a.Deployment.GenesisState, h("1"), h("2"), h("3"), h("4")}
	challengerTrace := protocol.Trace{a.Deployment.GenesisState, h("1"), h("2x"), h("3x"), h("4x")}
	root, err := workerTrace.Root()
	if err != nil {
		t.Fatal(err)
	}
	u := protocol.Update{RunID: a.Deployment.RunID, Parent: a.Genesis, StateHash: workerTrace[4], TraceRoot: root, CID: []byte("cid"), Worker: a.Address(1)}
	wc, cc := a.Dial(t, a.Key(1)), a.Dial(t, a.Key(3))
	a.Must(t, wc, a.Deployment.Ledger, a.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))
	a.Must(t, cc, a.Deployment.Token, a.Token.PackApprove(a.Deployment.Ledger, units(t, "10")))
	cp, err := verify.NewPlayer(verify.Challenger, challengerTrace)
	if err != nil {
		t.Fatal(err)
	}
	wp, err := verify.NewPlayer(verify.Worker, workerTrace)
	if err != nil {
		t.Fatal(err)
	}
	cd, wd := verify.NewDisputes(cc, a.Deployment.Disputes), verify.NewDisputes(wc, a.Deployment.Disputes)
	id, err := cd.Challenge(ctx, verify.Challenge{Update: u, Player: cp, Salt: h("salt")}, 50*time.Millisecond)
	if err != nil {
		t.Fatalf("challenge: %v", err)
	}
	// Before the vote the validator is owed nothing, and its claim says so.
	out, err := a.umnode(t, 4, "claim")
	if err != nil {
		t.Fatalf("claim during the dispute: %v\n%s", err, out)
	}
	wantOutput(t, out, "nothing owed")

	out, err = a.umnode(t, 1, "withdraw")
	if err != nil {
		t.Fatalf("withdraw during the dispute: %v\n%s", err, out)
	}
	wantOutput(t, out, "unbonding 0 (50 UM): due, but worker "+a.Address(1).Hex()+" has 1 open dispute(s)")
	if _, err := a.umnode(t, 1, "withdraw", "0"); err == nil || !strings.Contains(err.Error(), "WorkerInDispute") || !strings.Contains(err.Error(), "after it resolves") {
		t.Fatalf("withdraw 0 during the dispute: got %v, want the decoded WorkerInDispute", err)
	}

	errs := make(chan error, 2)
	go func() { _, err := verify.NewDisputant(wd, id, wp).Play(ctx, 50*time.Millisecond, nil); errs <- err }()
	go func() { _, err := verify.NewDisputant(cd, id, cp).Play(ctx, 50*time.Millisecond, nil); errs <- err }()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("bisection: %v", err)
		}
	}
	if ok, err := verify.NewDisputes(voter, a.Deployment.Disputes).Vote(ctx, id, verify.ChallengerRight); err != nil || !ok {
		t.Fatalf("vote: %v %v", ok, err)
	}
	out, err = a.umnode(t, 4, "claim")
	if err != nil {
		t.Fatalf("claim before resolution: %v\n%s", err, out)
	}
	wantOutput(t, out, "is not resolved yet", "nothing owed")
	if err := a.Chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	outcome, err := cd.Resolve(ctx, id, u)
	if err != nil || outcome != bindings.OutcomeWorkerWrong {
		t.Fatalf("resolve: outcome %d, %v; want worker wrong", outcome, err)
	}

	// Slashed 50% of the 200 staked and the 50 unbonding = 125: the voter's
	// fee is 10% of it, the challenger's share 50% plus its 10-token bond.
	before := a.Balance(t, a.Address(4))
	out, err = a.umnode(t, 4, "claim")
	if err != nil {
		t.Fatalf("validator claim: %v\n%s", err, out)
	}
	wantOutput(t, out, "claimVoterFee", "voter fee of dispute "+id.Short()+": 12.5 UM credited", "claimed 12.5 UM")
	wantBig(t, "validator gain", new(big.Int).Sub(a.Balance(t, a.Address(4)), before), units(t, "12.5"))
	out, err = a.umnode(t, 3, "claim")
	if err != nil {
		t.Fatalf("challenger claim: %v\n%s", err, out)
	}
	wantOutput(t, out, "claimed 72.5 UM; balance now 72.5 UM")
	wantBig(t, "challenger balance", a.Balance(t, a.Address(3)), units(t, "72.5"))
	// The worker's unbonding was slashed with its stake: half of it comes back.
	before = a.Balance(t, a.Address(1))
	out, err = a.umnode(t, 1, "withdraw")
	if err != nil {
		t.Fatalf("withdraw after the dispute: %v\n%s", err, out)
	}
	wantOutput(t, out, "withdrew unbonding 0: 25 UM")
	wantBig(t, "worker's withdrawal", new(big.Int).Sub(a.Balance(t, a.Address(1)), before), units(t, "25"))
	wantBig(t, "worker's self stake", a.WorkerInfo(t, a.Address(1)).SelfStake, units(t, "100"))

	// A second claim finds the fee claimed already.
	out, err = a.umnode(t, 4, "claim")
	if err != nil {
		t.Fatalf("validator claim again: %v\n%s", err, out)
	}
	if strings.Contains(out, "claimVoterFee") {
		t.Fatalf("second claim claimed the voter fee again:\n%s", out)
	}
	wantOutput(t, out, "nothing owed")
}
