package bindings

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/protocol"
)

// UpdateRefOf is how the ledger's later calls (finalize, markReverted) name
// an update: its fields, with the CID hashed. The contract re-derives the
// update ID from them.
func UpdateRefOf(u protocol.Update) UpdateRef {
	return UpdateRef{
		RunId: u.RunID, Parent: u.Parent, StateHash: u.StateHash, TraceRoot: u.TraceRoot,
		CidHash: protocol.Keccak256(u.CID), Worker: u.Worker,
	}
}

// Disputed is the same reference as the Disputes contract's calls take it
// (revealChallenge, resolve): an identical ABI tuple under another name.
func (r UpdateRef) Disputed() DisputedUpdate { return DisputedUpdate(r) }

// ChallengeCommitment is what a challenger commits first and, once revealed,
// the dispute's ID: keccak256(updateId ‖ challengerTraceRoot ‖ salt ‖ challenger).
func ChallengeCommitment(updateID, challengerRoot, salt protocol.Hash, challenger common.Address) protocol.Hash {
	return protocol.Keccak256(updateID[:], challengerRoot[:], salt[:], challenger[:])
}

// Proven is state i of trace with its Merkle proof, as bisection moves and
// reveals carry it.
func Proven(trace protocol.Trace, i int) (DisputesProven, error) {
	proof, err := trace.Proof(i)
	if err != nil {
		return DisputesProven{}, err
	}
	out := DisputesProven{State: trace[i], Proof: make([][32]byte, len(proof))}
	for j, h := range proof {
		out.Proof[j] = h
	}
	return out, nil
}

// RevealOf builds the reveal of a challenge with the challenger's trace: its
// root, the salt, and the proven states s_k and s_{k/2}.
func RevealOf(trace protocol.Trace, salt protocol.Hash) (DisputesReveal, error) {
	root, err := trace.Root()
	if err != nil {
		return DisputesReveal{}, err
	}
	k := len(trace) - 1
	fin, err := Proven(trace, k)
	if err != nil {
		return DisputesReveal{}, err
	}
	mid, err := Proven(trace, k/2)
	if err != nil {
		return DisputesReveal{}, err
	}
	return DisputesReveal{
		ChallengerRoot: root, Salt: salt,
		FinalState: fin.State, FinalProof: fin.Proof, MidState: mid.State, MidProof: mid.Proof,
	}, nil
}

// Outcomes and phases as the Disputes contract numbers them, and update
// statuses as the Ledger numbers them.
const (
	PhaseNone      uint8 = 0
	PhaseBisection uint8 = 1
	PhaseVoting    uint8 = 2
	PhaseResolved  uint8 = 3

	OutcomeNone            uint8 = 0
	OutcomeWorkerWrong     uint8 = 1
	OutcomeChallengerWrong uint8 = 2
	OutcomeDraw            uint8 = 3

	StatusNone     uint8 = 0
	StatusPending  uint8 = 1
	StatusDisputed uint8 = 2
	StatusFinal    uint8 = 3
	StatusReverted uint8 = 4
)
