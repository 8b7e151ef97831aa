// Package chain is umnode's client of the EVM chain that holds stake,
// commitments and disputes. It sits over the generated bindings
// (chain/bindings) and adds what a long-running node needs from an RPC
// endpoint it does not control:
//
//   - network profiles (devnet 1337, Polygon zkEVM Cardona 2442, Polygon zkEVM
//     1101, Polygon Amoy 80002, custom) that fix the chain ID, the transaction
//     type (legacy where EIP-1559 is not accepted), confirmation depth and gas
//     settings;
//   - Dial, which checks the endpoint's chain ID against the profile;
//   - transactions signed locally with a managed nonce (sends serialized per
//     key, resynced on "nonce too low"), receipts awaited with a timeout;
//   - retries with capped exponential backoff for transient RPC failures
//     (connection refused, 5xx, 429, timeouts), never for reverts;
//   - revert decoding: Error(string), Panic(uint256) and the contracts' custom
//     errors, found by selector across the bindings' ABIs;
//   - an event follower that delivers logs once they are a profile's
//     confirmation depth deep;
//   - keys from an encrypted go-ethereum keystore or, on devnets, from the
//     UMNODE_ETH_KEY environment variable.
//
// Dependency direction: chain imports protocol and chain/bindings, never train,
// p2p or node. chain/devchain holds the development chain used by the tests.
package chain
