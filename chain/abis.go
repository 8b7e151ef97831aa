package chain

import (
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/unstoppable-models/umnode/chain/bindings"
)

// bindingABIs returns the parsed ABIs of every contract in chain/bindings,
// whose custom errors the default decoder knows. Add new contracts here.
var bindingABIs = sync.OnceValue(func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{&bindings.TokenMetaData, &bindings.LedgerMetaData, &bindings.DisputesMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic("chain: bindings ABI " + m.ID + " does not parse: " + err.Error())
		}
		out = append(out, a)
	}
	return out
})
