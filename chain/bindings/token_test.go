package bindings_test

import (
	"math/big"
	"testing"
)

func TestToken_SupplyVotesAndBurn(t *testing.T) {
	c := newChain(t, "alice", "bob")
	tok, tc := c.d.Token, c.d.TokenC
	alice, bob := c.actor("alice"), c.actor("bob")

	supply := call(c, tc, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if got, want := c.balance(c.admin.addr), supply; got.Cmp(want) != 0 {
		t.Fatalf("admin balance %v, want the whole supply %v", got, want)
	}
	c.fund(tokens(100), "alice")
	c.must(alice, tc, tok.PackDelegate(alice.addr))
	opened := c.sim.Commit() // a block whose number becomes the "opening block"
	_ = opened
	head, err := c.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// Votes move with transfers after the snapshot, but the past stays.
	c.must(alice, tc, tok.PackTransfer(bob.addr, tokens(40)))
	past := call(c, tc, tok.PackGetPastVotes(alice.addr, new(big.Int).SetUint64(head)), tok.UnpackGetPastVotes)
	if got, want := past, tokens(100); got.Cmp(want) != 0 {
		t.Fatalf("past votes %v, want %v", got, want)
	}
	now := call(c, tc, tok.PackGetVotes(alice.addr), tok.UnpackGetVotes)
	if got, want := now, tokens(60); got.Cmp(want) != 0 {
		t.Fatalf("current votes %v, want %v", got, want)
	}
	// Bob never delegated: his balance carries no votes.
	if got := call(c, tc, tok.PackGetVotes(bob.addr), tok.UnpackGetVotes); got.Sign() != 0 {
		t.Fatalf("bob votes %v without delegating, want 0", got)
	}
	c.must(bob, tc, tok.PackBurn(tokens(10)))
	after := call(c, tc, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if got, want := new(big.Int).Sub(supply, after), tokens(10); got.Cmp(want) != 0 {
		t.Fatalf("burn reduced supply by %v, want %v", got, want)
	}
	c.mustRevert(bob, tc, tok.PackTransfer(alice.addr, tokens(31)), "ERC20InsufficientBalance")
}
