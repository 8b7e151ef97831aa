# umnode — see README.md. `make help` lists the targets.
SHELL := /bin/bash
GO    ?= go
PKGS  := ./...
BIN   := bin

.PHONY: help build test test-short golden lint bench gas contracts bindings-check fuzz devnet clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

build: ## build bin/umnode
	$(GO) build -o $(BIN)/ ./cmd/...

test: lint golden ## the whole suite, as CI runs it
	$(GO) test -timeout 30m $(PKGS)

test-short: ## fast unit tests only
	$(GO) test -short $(PKGS)

golden: ## TestGoldenTrace on amd64 v1, amd64 v3, arm64 (qemu), GOMAXPROCS 1 and 4
	GOAMD64=v1 GOMAXPROCS=1 $(GO) test -count=1 -run 'TestGoldenTrace' ./train/
	GOAMD64=v1 GOMAXPROCS=4 $(GO) test -count=1 -run 'TestGoldenTrace' ./train/
	GOAMD64=v3 GOMAXPROCS=4 $(GO) test -count=1 -run 'TestGoldenTrace' ./train/
	@command -v qemu-aarch64 >/dev/null || { echo "make golden: qemu-aarch64 missing; install Debian's qemu-user (apt-get install qemu-user)"; exit 1; }
	GOARCH=arm64 GOMAXPROCS=4 $(GO) test -count=1 -exec qemu-aarch64 -run 'TestGoldenTrace' ./train/

lint: ## gofmt and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

bench: ## benchmarks (numbers for the issue notes)
	$(GO) test -run XXX -bench . -benchtime 3x ./train/

fuzz: ## run each fuzz target for FUZZTIME (default 30s)
	$(GO) test -run XXX -fuzz FuzzDecodeManifest -fuzztime $${FUZZTIME:-30s} ./protocol/

devnet: ## a private testnet swarm on this machine (not built yet)
	@echo "make devnet: the devnet is not built yet (issue: umnode node and devnet)." >&2; exit 2

clean:
	rm -rf $(BIN)
