package devchain

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySeed is the public seed of the dev keys: key i is
// keccak256(keySeed || decimal(i)). Anyone can recompute them, which is the
// point (configs, docs and other processes can name the same accounts) and
// the danger (never use them on a real network).
const keySeed = "umnode devchain account "

// DevKey returns the i-th deterministic dev private key.
func DevKey(i int) *ecdsa.PrivateKey {
	if i < 0 {
		panic(fmt.Sprintf("devchain: dev key index %d is negative", i))
	}
	seed := crypto.Keccak256([]byte(fmt.Sprintf("%s%d", keySeed, i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output is a valid secp256k1 scalar except with probability
		// ~2^-128; the indexes used are tested.
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
	}
	return key
}

// DevAddress returns the address of DevKey(i).
func DevAddress(i int) common.Address {
	return crypto.PubkeyToAddress(DevKey(i).PublicKey)
}

// DevKeyHex returns DevKey(i) as 0x-prefixed hex, the form UMNODE_ETH_KEY
// takes (for configs and scripts of a devnet).
func DevKeyHex(i int) string {
	return "0x" + common.Bytes2Hex(crypto.FromECDSA(DevKey(i)))
}
