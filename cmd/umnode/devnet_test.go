package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	umnode "github.com/unstoppable-models/umnode/cmd/umnode"
	"github.com/unstoppable-models/umnode/node"
)

// TestDevnet_EndpointsFile runs 'umnode devnet --endpoints FILE' in-process
// on a free RPC port, waits for the file as a test in another language
// would, and checks what it lists: an RPC URL that answers eth_chainId, and
// configs, deployment, swarm key and status sockets that exist. The file is
// gone once the devnet stops.
func TestDevnet_EndpointsFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and loads MNIST; skipped with -short")
	}
	dir := filepath.Join(t.TempDir(), "dn")
	file := filepath.Join(t.TempDir(), "endpoints.json")
	var out syncBuffer
	m := &umnode.Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: t.Output(),
		Getenv: func(k string) string { return map[string]string{"UMNODE_LOG_LEVEL": "warn"}[k] }}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, []string{"devnet", "--dir", dir, "--http-addr", "127.0.0.1:0", "--block-time", "100ms",
			"--workers", "0", "--proofers", "0", "--validators", "1", "--spares", "1", "--eval=false",
			"--exit-after", "3m", "--endpoints", file})
	}()

	var b []byte
	deadline := time.After(2 * time.Minute)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for b == nil {
		select {
		case err := <-done:
			t.Fatalf("devnet ended before writing %s: %v\n%s", file, err, out.String())
		case <-deadline:
			t.Fatalf("no %s within 2 minutes:\n%s", file, out.String())
		case <-tick.C:
			var err error
			if b, err = os.ReadFile(file); err != nil && !errors.Is(err, os.ErrNotExist) {
				t.Fatal(err)
			}
		}
	}
	var e node.DevnetEndpoints
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("endpoints file is not one JSON object: %v\n%s", err, b)
	}

	t.Run("rpc", func(t *testing.T) {
		if strings.HasSuffix(e.RPCURL, ":0") || !strings.HasPrefix(e.RPCURL, "http://127.0.0.1:") {
			t.Fatalf("rpc_url %q, want the bound loopback port", e.RPCURL)
		}
		req := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`
		resp, err := http.Post(e.RPCURL, "application/json", bytes.NewBufferString(req))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		var r struct{ Result string }
		if err := json.Unmarshal(body, &r); err != nil || r.Result != "0x539" {
			t.Fatalf("eth_chainId on %s answered %s (%v), want 0x539", e.RPCURL, body, err)
		}
		if e.ChainID != 1337 || !e.Embedded || e.Resumed {
			t.Fatalf("chain_id %d embedded %v resumed %v, want 1337, true, false", e.ChainID, e.Embedded, e.Resumed)
		}
	})

	t.Run("files", func(t *testing.T) {
		for _, f := range []string{e.Deployment, e.SwarmKey} {
			if _, err := os.Stat(f); err != nil || !filepath.IsAbs(f) {
				t.Fatalf("%s: %v (absolute %v)", f, err, filepath.IsAbs(f))
			}
		}
		if got, want := len(e.Nodes), 2; got != want {
			t.Fatalf("%d nodes listed, want %d (1 validator, 1 spare)", got, want)
		}
		v, spare := e.Nodes[0], e.Nodes[1]
		if !slices.Equal(v.Roles, []node.Role{node.RoleValidator}) || !v.Started || v.Spare {
			t.Fatalf("node-1 listed as %+v, want a started validator", v)
		}
		if !slices.Equal(spare.Roles, []node.Role{node.RoleWorker}) || spare.Started || !spare.Spare {
			t.Fatalf("node-2 listed as %+v, want a spare worker, not started", spare)
		}
		for _, n := range e.Nodes {
			if _, err := os.Stat(n.Config); err != nil {
				t.Fatalf("%s: config %v", n.Name, err)
			}
		}
		if fi, err := os.Stat(v.StatusSocket); err != nil || fi.Mode()&os.ModeSocket == 0 {
			t.Fatalf("running %s's status socket %s: %v", v.Name, v.StatusSocket, err)
		}
		if len(e.SeedPeers) == 0 || !strings.Contains(e.SeedPeers[0], "/p2p/") {
			t.Fatalf("seed_peers %v, want multiaddrs with /p2p/", e.SeedPeers)
		}
	})

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet: %v\n%s", err, out.String())
		}
	case <-time.After(time.Minute):
		t.Fatalf("devnet did not stop within a minute:\n%s", out.String())
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s is still there after the devnet stopped (stat: %v)", file, err)
	}
}
