package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/protocol"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// deployAll deploys the project's contracts over the client (HTTP, managed
// nonce) with the bindings' own deploy helper.
func deployAll(t *testing.T, admin *chain.Client) *bindings.Deployment {
	t.Helper()
	ctx := testCtx(t)
	var d *bindings.Deployment
	_, err := admin.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		var err error
		d, err = bindings.DeployAll(ctx, admin, o, bindings.DefaultDeployConfig(admin.From()), nil)
		return nil, err
	})
	if err != nil {
		t.Fatalf("DeployAll through the client: %v", err)
	}
	return d
}

func mustSend(t *testing.T, c *chain.Client, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := c.TransactAndWait(testCtx(t), &to, data, nil)
	if err != nil {
		t.Fatalf("send to %s from %s: %v", to, c.From(), err)
	}
	return r
}

func TestClient_DecodesContractCustomErrors(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	admin := dial(t, dc, testProfile(), 0)
	d := deployAll(t, admin)
	poor := dial(t, dc, testProfile(), 1) // holds no tokens; default decoder (the bindings' ABIs)

	_, err := poor.Transact(testCtx(t), &d.TokenAddr, d.Token.PackTransfer(admin.From(), tokens(5)), nil)
	var re *chain.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("transfer above balance: got %v, want a *RevertError", err)
	}
	if re.Name != "ERC20InsufficientBalance" {
		t.Fatalf("decoded %q (%s), want ERC20InsufficientBalance", re.Name, re.Reason)
	}
	if got := re.Args[0].(common.Address); got != poor.From() {
		t.Fatalf("sender arg: got %s, want %s", got, poor.From())
	}
	if got := re.Args[1].(*big.Int); got.Sign() != 0 {
		t.Fatalf("balance arg: got %v, want 0", got)
	}
	if got := re.Args[2].(*big.Int); got.Cmp(tokens(5)) != 0 {
		t.Fatalf("needed arg: got %v, want %v", got, tokens(5))
	}
	t.Logf("decoded: %v", err)

	// A ledger error, too: committing without stake.
	_, err = poor.Transact(testCtx(t), &d.LedgerAddr, d.Ledger.PackCommit([32]byte{1}, [32]byte{2}, [32]byte{3}, [32]byte{4}, []byte{5}), nil)
	if !errors.As(err, &re) || re.Name == "" {
		t.Fatalf("ledger commit without a run or stake: got %v, want a named custom error", err)
	}
	t.Logf("decoded: %v", err)
}

// TestUpdateID_MatchesLedger runs the real contracts on the devchain over
// HTTP and checks that protocol's update IDs are what the ledger computes,
// so Go and Solidity cannot drift apart; the UpdateCommitted event arrives
// through the confirmed-log follower.
func TestUpdateID_MatchesLedger(t *testing.T) {
	dc := startChain(t, devchain.Options{Accounts: 2, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
	admin := dial(t, dc, testProfile(), 0)
	worker := dial(t, dc, testProfile(), 1)
	d := deployAll(t, admin)

	runID := protocol.Keccak256([]byte("umnode chain test run"))
	cid := append([]byte{0x01, 0x55, 0x12, 0x20}, make([]byte, 32)...)
	p := bindings.RunParams{
		RunId: runID, GenesisState: protocol.Keccak256([]byte("genesis")), GenesisCid: cid, K: 64,
		MinStake: tokens(1000), ChallengeWindow: 3600, MoveDeadline: 600, VotingPeriod: 1800,
		QuorumBps: 1000, WorkerSlashBps: 10000, DelegatorSlashBps: 1000, ChallengerShareBps: 5000,
		ValidatorFeeBps: 1000, ChallengeBond: tokens(100), RewardPerUpdate: tokens(100), Funding: tokens(10000),
	}
	mustSend(t, admin, d.TokenAddr, d.Token.PackApprove(d.LedgerAddr, p.Funding))
	r := mustSend(t, admin, d.LedgerAddr, d.Ledger.PackCreateRun(p))
	var genesisID protocol.Hash
	for _, l := range r.Logs {
		if ev, err := d.Ledger.UnpackRunCreatedEvent(l); err == nil {
			genesisID = ev.GenesisId
		}
	}
	if want := protocol.GenesisUpdate(runID, p.GenesisState, cid).ID(); genesisID != want {
		t.Fatalf("genesis update ID: ledger %s, protocol %s", genesisID, want)
	}

	ledgerABI := d.Ledger.GetABI()
	ctx, cancel := context.WithCancel(testCtx(t))
	defer cancel()
	committed := make(chan *bindings.LedgerUpdateCommitted, 1)
	followErr := make(chan error, 1)
	go func() {
		followErr <- worker.Follow(ctx, chain.Follow{
			Query: ethereum.FilterQuery{Addresses: []common.Address{d.LedgerAddr}, Topics: [][]common.Hash{{ledgerABI.Events["UpdateCommitted"].ID}}},
			From:  r.BlockNumber.Uint64(),
		}, func(_ context.Context, l types.Log) error {
			ev, err := d.Ledger.UnpackUpdateCommittedEvent(&l)
			if err != nil {
				return err
			}
			committed <- ev
			return nil
		})
	}()

	mustSend(t, admin, d.TokenAddr, d.Token.PackTransfer(worker.From(), p.MinStake))
	mustSend(t, worker, d.TokenAddr, d.Token.PackApprove(d.LedgerAddr, p.MinStake))
	mustSend(t, worker, d.LedgerAddr, d.Ledger.PackRegister(500, p.MinStake))
	trace := protocol.Trace{p.GenesisState, protocol.Keccak256([]byte("s1"))}
	root, err := trace.Root()
	if err != nil {
		t.Fatal(err)
	}
	u := protocol.Update{
		RunID: runID, Parent: genesisID, StateHash: trace[1], TraceRoot: root,
		CID: append([]byte{0x01, 0x55, 0x12, 0x20}, trace[1][:]...), Worker: worker.From(),
	}
	mustSend(t, worker, d.LedgerAddr, d.Ledger.PackCommit(u.RunID, u.Parent, u.StateHash, u.TraceRoot, u.CID))

	select {
	case ev := <-committed:
		if got, want := protocol.Hash(ev.UpdateId), u.ID(); got != want {
			t.Fatalf("update ID: ledger %s, protocol.Update.ID %s", got, want)
		}
	case err := <-followErr:
		t.Fatalf("Follow stopped: %v", err)
	case <-ctx.Done():
		t.Fatal("no UpdateCommitted event followed")
	}
}
