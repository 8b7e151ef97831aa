#!/usr/bin/env bash
# Builds the settlement contracts and their Go bindings.
#
#   contracts/build.sh          compile (solc-js, pinned) into contracts/out/ and
#                               regenerate chain/bindings/<name>.go with abigen v2
#   contracts/build.sh --check  do the same into a temp dir and fail if anything
#                               differs from the committed files (CI)
#
# npm ci runs first when contracts/node_modules is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
check=0
case "${1:-}" in
	--check) check=1 ;;
	"") ;;
	*) echo "contracts/build.sh: unknown argument $1 (use --check or nothing)" >&2; exit 2 ;;
esac

if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@openzeppelin/contracts" ]; then
	echo "contracts/build.sh: npm ci (node_modules missing)"
	(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$check" = 1 ]; then
	tmp="$(mktemp -d)"
	trap 'rm -rf "$tmp"' EXIT
	out="$tmp/out"
	bindings="$tmp/bindings"
else
	out="$here/out"
	bindings="$root/chain/bindings"
	rm -f "$out"/*.abi "$out"/*.bin
fi
mkdir -p "$out" "$bindings"

node "$here/build.mjs" "$out" >/dev/null

for abi in "$out"/*.abi; do
	name="$(basename "$abi" .abi)"
	lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
	(cd "$root" && go tool abigen --v2 --abi "$abi" --bin "$out/$name.bin" \
		--pkg bindings --type "$name" --out "$bindings/$lower.go")
done

if [ "$check" = 1 ]; then
	status=0
	for f in "$out"/*; do
		if ! cmp -s "$f" "$here/out/$(basename "$f")"; then
			echo "contracts/build.sh --check: contracts/out/$(basename "$f") differs from a fresh build" >&2
			status=1
		fi
	done
	for f in "$here/out"/*; do
		[ -e "$out/$(basename "$f")" ] || { echo "contracts/build.sh --check: contracts/out/$(basename "$f") is stale (no such contract)" >&2; status=1; }
	done
	for f in "$bindings"/*.go; do
		if ! cmp -s "$f" "$root/chain/bindings/$(basename "$f")"; then
			echo "contracts/build.sh --check: chain/bindings/$(basename "$f") differs from a fresh abigen run" >&2
			status=1
		fi
	done
	if [ "$status" != 0 ]; then
		echo "contracts/build.sh --check: run 'make contracts' (contracts/build.sh) and commit the result" >&2
		exit 1
	fi
	echo "contracts/build.sh --check: contracts/out and chain/bindings are up to date"
else
	echo "contracts/build.sh: wrote contracts/out and chain/bindings"
fi
