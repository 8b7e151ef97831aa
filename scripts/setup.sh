#!/usr/bin/env bash
# Installs what `make test` needs on a fresh machine with Go, Node/npm and
# gcc: qemu-user for the arm64 golden test. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v qemu-aarch64 >/dev/null; then
	echo "setup: installing qemu-user (arm64 golden test)"
	SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq qemu-user >/dev/null
fi
