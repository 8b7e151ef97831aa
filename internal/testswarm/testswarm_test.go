package testswarm_test

import (
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/chain/devchain"
	"github.com/unstoppable-models/umnode/internal/testswarm"
	"github.com/unstoppable-models/umnode/node"
)

func TestNew_FundsAndStakesAccounts(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain (about 1s)")
	}
	s := testswarm.New(t, testswarm.Options{
		Mode:     devchain.OnTx,
		Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Holder(7), {Tokens: testswarm.Tokens(1), Delegate: true}},
	})
	if got, want := s.WorkerInfo(t, s.Address(1)).SelfStake, testswarm.Tokens(200); got.Cmp(want) != 0 {
		t.Fatalf("worker's self stake %s, want %s", got, want)
	}
	for i, want := range []int64{300, 7, 1} {
		if got := s.Balance(t, s.Address(i+1)); got.Cmp(testswarm.Tokens(want)) != 0 {
			t.Fatalf("key %d holds %s, want %d tokens", i+1, got, want)
		}
	}
	if got := s.HeadHeight(t); got != 0 || !s.IsHead(t, s.Genesis) {
		t.Fatalf("head height %d, genesis is head %t; want the genesis at height 0", got, s.IsHead(t, s.Genesis))
	}
	d, err := node.LoadDeployment(s.DeploymentFile(t))
	if err != nil || d.RunID != s.Deployment.RunID {
		t.Fatalf("deployment file: %+v, %v; want run %s", d, err, s.Deployment.RunID.Short())
	}
}

func TestStartNode_WorkerCommits(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and two nodes (about 5s)")
	}
	s := testswarm.New(t, testswarm.Options{Accounts: []testswarm.Account{testswarm.Worker(), testswarm.Holder(1)}, Nodes: testswarm.NodeDefaults{JoinFirst: true}})
	v := s.Start(t, s.Key(2), node.RoleValidator)
	if got := s.Boot(); len(got) == 0 || got[0] != testswarm.Addrs(v)[0] {
		t.Fatalf("Boot %v, want the first node's addresses %v", got, testswarm.Addrs(v))
	}
	w := s.Start(t, s.Key(1), node.RoleWorker)
	e := s.Events.Wait(t, "a commit seen by the validator", 30*time.Second, func(e node.Event) bool {
		return e.Kind == node.EventUpdateCommitted && e.Node == v.Address()
	})
	if e.Actor != w.Address() || e.Parent != s.Genesis {
		t.Fatalf("first commit %+v, want one by the worker %s on the genesis", e, w.Address())
	}
}
