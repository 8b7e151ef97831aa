#!/usr/bin/env bash
# Kubo-to-Kubo baseline for BenchmarkFetch: two ipfs daemons on loopback,
# a SIZE_MIB file of random bytes added on one with the checkpoint profile
# and `ipfs cat` on the other, timed. Run it in the same session as
# `go test -bench 'BenchmarkFetch$' ./p2p/store/` and compare the MB/s.
#
# IPFS is the ipfs binary (kubo; for example `go build ./cmd/ipfs` in a copy
# of the github.com/ipfs/kubo module). Usage: kubo_baseline.sh [SIZE_MIB]
set -euo pipefail
IPFS=${IPFS:-ipfs}
SIZE_MIB=${1:-256}
command -v "$IPFS" >/dev/null || { echo "kubo_baseline: no ipfs binary (set IPFS=/path/to/ipfs)" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for n in a b; do
  IPFS_PATH=$work/$n "$IPFS" init --profile=test >/dev/null
  IPFS_PATH=$work/$n "$IPFS" config --json Addresses.API '"/ip4/127.0.0.1/tcp/0"' >/dev/null
  IPFS_PATH=$work/$n "$IPFS" config --json Addresses.Gateway '""' >/dev/null
  IPFS_PATH=$work/$n "$IPFS" config --json Addresses.Swarm '["/ip4/127.0.0.1/tcp/0"]' >/dev/null
  IPFS_PATH=$work/$n "$IPFS" daemon >"$work/$n.log" 2>&1 &
  pids+=($!)
done
for n in a b; do
  for _ in $(seq 100); do grep -q "Daemon is ready" "$work/$n.log" && break; sleep 0.1; done
  grep -q "Daemon is ready" "$work/$n.log" || { cat "$work/$n.log" >&2; exit 1; }
done
head -c $((SIZE_MIB << 20)) /dev/urandom >"$work/file"
cid=$(IPFS_PATH=$work/a "$IPFS" add -Q --cid-version=1 --raw-leaves --chunker=size-1048576 --max-file-links=1024 "$work/file")
addr=$(IPFS_PATH=$work/a "$IPFS" id -f '<addrs>' | grep '/ip4/127.0.0.1/tcp/' | head -1)
id=$(IPFS_PATH=$work/a "$IPFS" id -f '<id>')
IPFS_PATH=$work/b "$IPFS" swarm connect "$addr/p2p/$id" >/dev/null
start=$(date +%s.%N)
IPFS_PATH=$work/b "$IPFS" cat "$cid" >/dev/null
end=$(date +%s.%N)
echo "kubo $("$IPFS" version --number) ${SIZE_MIB}MiB-1seeder: $(echo "$SIZE_MIB * 1.048576 / ($end - $start)" | bc -l | xargs printf '%.1f') MB/s"
