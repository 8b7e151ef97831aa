package protocol

import (
	"github.com/ethereum/go-ethereum/common"
)

// Update is one committed training update: k steps from the parent's state.
// Its ID is what the ledger contract computes on commit, so the encoding below
// is Solidity's
//
//	keccak256(abi.encodePacked(runId, parent, stateHash, traceRoot, keccak256(cid), worker))
//
// with cid the binary CID of the checkpoint. A run's genesis update has a zero
// parent, a zero trace root and the zero address as worker.
type Update struct {
	RunID     Hash
	Parent    Hash
	StateHash Hash
	TraceRoot Hash
	CID       []byte // binary CIDv1 of the checkpoint's UnixFS root
	Worker    common.Address
}

// ID is the update's identity on chain and in gossip.
func (u Update) ID() Hash {
	cidHash := Keccak256(u.CID)
	return Keccak256(u.RunID[:], u.Parent[:], u.StateHash[:], u.TraceRoot[:], cidHash[:], u.Worker[:])
}

// GenesisUpdate is the run's first update: the initial checkpoint, with no
// parent, trace or worker.
func GenesisUpdate(runID, stateHash Hash, cid []byte) Update {
	return Update{RunID: runID, StateHash: stateHash, CID: cid}
}
