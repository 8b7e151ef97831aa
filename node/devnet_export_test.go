package node

import (
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

// DevnetDecodeLedgerLog exposes the devnet's log decoder to tests, with the
// ledger's ABI.
func DevnetDecodeLedgerLog(l types.Log) (DevnetEvent, error) {
	return devnetDecode(bindings.NewLedger().GetABI(), l)
}
