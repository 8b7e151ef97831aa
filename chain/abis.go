package chain

import "github.com/ethereum/go-ethereum/accounts/abi"

// bindingABIs returns the ABIs of the contracts in chain/bindings, whose
// custom errors the default decoder knows.
func bindingABIs() []*abi.ABI {
	return nil
}
