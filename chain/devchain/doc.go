// Package devchain runs a development EVM chain for tests and for
// `umnode devnet`: go-ethereum's simulated backend (chain ID 1337) with
// pre-funded, deterministic dev accounts, automatic block production (a block
// per transaction, or a block every interval), time control, and a JSON-RPC
// endpoint over HTTP (and WebSocket on the same port) on a loopback address,
// so other processes can use the chain like any node.
//
// It also starts and stops an external `geth --dev` process (StartGeth), for
// end-to-end tests against a separate node; that helper skips cleanly in tests
// when no geth binary is installed.
//
// The dev keys are public knowledge (derived from a fixed string): never send
// real value to them.
package devchain
