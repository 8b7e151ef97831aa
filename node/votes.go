package node

import (
	"context"
	"fmt"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

// ensureVotes delegates the node's tokens to itself when it has tokens but
// no voting power; with neither it warns. role names the loop that needs
// it in messages. A validator needs voting power to weigh in a vote; a
// proofer or challenger needs it (or a worker bond) for other nodes to
// relay its dispute notices on gossip (chainState.Staked).
func (n *Node) ensureVotes(ctx context.Context, role string) error {
	tok := bindings.NewToken()
	out, err := n.cs.callTo(ctx, n.dep.Token, tok.PackGetVotes(n.addr))
	if err != nil {
		return fmt.Errorf("node: %s: votes: %w", role, err)
	}
	votes, err := tok.UnpackGetVotes(out)
	if err != nil {
		return fmt.Errorf("node: %s: votes: %w", role, err)
	}
	if votes.Sign() > 0 {
		return nil
	}
	out, err = n.cs.callTo(ctx, n.dep.Token, tok.PackBalanceOf(n.addr))
	if err != nil {
		return fmt.Errorf("node: %s: balance: %w", role, err)
	}
	bal, err := tok.UnpackBalanceOf(out)
	if err != nil {
		return fmt.Errorf("node: %s: balance: %w", role, err)
	}
	if bal.Sign() == 0 {
		if role == string(RoleValidator) {
			// Still useful: it resolves disputes and its decisions are logged.
			n.log.Warn("validator holds no tokens, so its votes weigh nothing: get tokens and restart (it delegates them to itself), or drop the validator role", "account", n.addr)
		} else {
			n.log.Warn(role+" holds no tokens: it cannot pay a challenge bond, and other nodes ignore its dispute notices on gossip", "account", n.addr)
		}
		return nil
	}
	if _, err := n.client.TransactAndWait(ctx, &n.dep.Token, tok.PackDelegate(n.addr), nil); err != nil {
		return fmt.Errorf("node: %s: delegate tokens to self: %w", role, err)
	}
	n.log.Info(role+": delegated its tokens to itself for voting power", "tokens", bal)
	return nil
}
