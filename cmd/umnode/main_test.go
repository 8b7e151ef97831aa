package main_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
	umnode "github.com/unstoppable-models/umnode/cmd/umnode"
	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p"
)

// run runs umnode in-process with args and env, returning stdout, stderr and
// the error of Main.Run.
func run(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &umnode.Main{
		Stdin:  strings.NewReader(env["stdin"]),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
	}
	err := m.Run(context.Background(), args)
	return stdout.String(), stderr.String(), err
}

// syncBuffer is a bytes.Buffer safe for a writer and a poller.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// runUntil runs umnode in-process until its output contains until, then
// cancels its context (what Ctrl-C does) and returns the output and the
// error of Main.Run. It fails the test if that takes over three minutes.
func runUntil(t *testing.T, env map[string]string, until string, args ...string) (string, error) {
	t.Helper()
	var out syncBuffer
	m := &umnode.Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: t.Output(), Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, args) }()
	deadline := time.After(3 * time.Minute)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !strings.Contains(out.String(), until) {
		select {
		case err := <-done:
			t.Fatalf("umnode %s ended before printing %q: %v\n%s", args[0], until, err, out.String())
		case <-deadline:
			cancel()
			<-done
			t.Fatalf("umnode %s printed no %q within 3 minutes:\n%s", args[0], until, out.String())
		case <-tick.C:
		}
	}
	cancel()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(time.Minute):
		t.Fatalf("umnode %s did not stop within a minute of its context ending:\n%s", args[0], out.String())
		return "", nil
	}
}

func TestMain_Help(t *testing.T) {
	out, _, err := run(t, nil, "help")
	if err != nil {
		t.Fatalf("help: %v", err)
	}
	for _, want := range []string{"Usage:", "swarm-key", "keys", "version", "devnet", "status"} {
		if !strings.Contains(out, want) {
			t.Fatalf("help output lacks %q:\n%s", want, out)
		}
	}
	// Every planned command is either listed as a command or named as not
	// built yet.
	notBuilt := lineWith(out, "Not built yet")
	for _, name := range []string{"watch", "stake", "delegate", "unbond", "withdraw", "claim", "challenge", "fetch", "export"} {
		listed := strings.Contains(out, "\t"+name+" ")
		if listed == strings.Contains(notBuilt, " "+name) {
			t.Fatalf("help lists %s as a command: %v, and as not built: %v:\n%s", name, listed, !listed, out)
		}
	}
}

func TestMain_CommandHelp(t *testing.T) {
	for _, tc := range []struct {
		cmd  string
		want []string
	}{
		{"swarm-key", []string{"Usage: umnode swarm-key", "never", "overwritten", "--swarm-key", "UMNODE_SWARM_KEY", "Examples:"}},
		{"keys", []string{"Usage: umnode keys", "--import", "UMNODE_IMPORT", "--data-dir", "UMNODE_DATA_DIR", "--password-file", "Examples:"}},
		{"version", []string{"Usage: umnode version"}},
		{"status", []string{"Usage: umnode status", "no node is running on that data dir", "--peers", "UMNODE_DATA_DIR", "--address", "UMNODE_ADDRESS", "--deployment", "Examples:"}},
		{"run", []string{"Usage: umnode run", "worker     follow the head", "--config", "UMNODE_CONFIG", "--role", "UMNODE_ROLE", "--rpc-url", "--exit-after", "Examples:"}},
		{"devnet", []string{"Usage: umnode devnet", "--exit-after", "UMNODE_EXIT_AFTER", "--faulty-worker", "--rpc", "--log-level", "Examples:"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			for _, args := range [][]string{{tc.cmd, "--help"}, {tc.cmd, "-h"}, {"help", tc.cmd}} {
				out, _, err := run(t, nil, args...)
				if err != nil {
					t.Fatalf("%v: %v", args, err)
				}
				for _, w := range tc.want {
					if !strings.Contains(out, w) {
						t.Fatalf("%v: output lacks %q:\n%s", args, w, out)
					}
				}
			}
		})
	}
}

// TestMain_SaysWhatIsNotBuilt checks that help names every role whose loop
// is not built yet, and only those.
func TestMain_SaysWhatIsNotBuilt(t *testing.T) {
	out, _, err := run(t, nil, "help")
	if err != nil {
		t.Fatal(err)
	}
	runHelp, _, err := run(t, nil, "run", "--help")
	if err != nil {
		t.Fatal(err)
	}
	devnetHelp, _, err := run(t, nil, "devnet", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []node.Role{node.RoleWorker, node.RoleProofer, node.RoleValidator} {
		unbuilt := slices.Contains(node.UnbuiltRoles(), r)
		line := lineWith(strings.TrimLeft(runHelp[strings.Index(runHelp, "Roles"):], "\n"), "  "+string(r))
		if got := strings.Contains(line, "NOT BUILT YET"); got != unbuilt {
			t.Fatalf("run --help says %q for %s; unbuilt %v", line, r, unbuilt)
		}
		if got := strings.Contains(lineWith(out, "Also not built yet"), string(r)); got != unbuilt {
			t.Fatalf("help names %s as not built: %v, want %v:\n%s", r, got, unbuilt, out)
		}
		if unbuilt && !strings.Contains(devnetHelp, "Not built yet: the") {
			t.Fatalf("devnet --help does not say what is not built:\n%s", devnetHelp)
		}
	}
}

func TestMain_UnknownCommand(t *testing.T) {
	_, _, err := run(t, nil, "frobnicate")
	if err == nil || !strings.Contains(err.Error(), `unknown command "frobnicate"`) {
		t.Fatalf("got %v, want an unknown-command error", err)
	}
	if _, stderr, err := run(t, nil); err == nil || !strings.Contains(stderr, "Commands:") {
		t.Fatalf("no args: got err %v, stderr %q; want an error and the command list", err, stderr)
	}
}

func TestMain_BadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"keys", "--bogus"}, "-bogus"},
		{[]string{"swarm-key", "--no-such-flag", "x"}, "-no-such-flag"},
		{[]string{"keys", "--role", "worker"}, "--role does not apply"},
		{[]string{"keys", "--log-level", "loud"}, "log_level"},
		{[]string{"version", "--json"}, "-json"},
		{[]string{"devnet", "--workers", "many"}, "-workers"},
		{[]string{"devnet", "--role", "worker"}, "--role does not apply"},
		{[]string{"devnet", "--exit-after", "-1s"}, "--exit-after"},
		{[]string{"devnet", "extra"}, "unexpected argument"},
		{[]string{"run", "--role", "worker"}, "deployment"},
		{[]string{"run", "--deployment", "d.json"}, "no role given"},
		{[]string{"run", "--role", "miner"}, "unknown role"},
		{[]string{"status", "--deployment", "d.json", "--address", "0x12"}, "--address"},
		{[]string{"status", "--role", "worker"}, "--role does not apply"},
		{[]string{"run", "--config", "/nonexistent/x.toml"}, "/nonexistent/x.toml"},
	} {
		_, _, err := run(t, nil, tc.args...)
		if err == nil {
			t.Fatalf("%v: no error", tc.args)
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--help") {
			t.Fatalf("%v: error %q does not name %q and point at --help", tc.args, err, tc.want)
		}
	}
}

func TestMain_BadEnv(t *testing.T) {
	_, _, err := run(t, map[string]string{"UMNODE_LOG_LEVEL": "loud"}, "keys")
	if err == nil || !strings.Contains(err.Error(), "UMNODE_LOG_LEVEL") {
		t.Fatalf("got %v, want an error naming UMNODE_LOG_LEVEL", err)
	}
}

func TestSwarmKey_WritesValidKeyAndRefusesOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "swarm.key")
	out, _, err := run(t, nil, "swarm-key", path)
	if err != nil {
		t.Fatalf("swarm-key: %v", err)
	}
	if !strings.Contains(out, path) {
		t.Fatalf("output %q does not name %s", out, path)
	}
	if _, err := p2p.LoadSwarmKey(path); err != nil {
		t.Fatalf("written key does not load: %v", err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Fatalf("mode %v, want %v", got, want)
	}
	before, _ := os.ReadFile(path)
	_, _, err = run(t, nil, "swarm-key", path)
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second write: got %v, want an already-exists error", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the existing key was changed")
	}
}

func TestSwarmKey_PathFromEnv(t *testing.T) {
	path := filepath.Join(t.TempDir(), "env.key")
	if _, _, err := run(t, map[string]string{"UMNODE_SWARM_KEY": path}, "swarm-key"); err != nil {
		t.Fatalf("swarm-key: %v", err)
	}
	if _, err := p2p.LoadSwarmKey(path); err != nil {
		t.Fatalf("key at UMNODE_SWARM_KEY: %v", err)
	}
}

func TestKeys_CreatesKeystoreAndIdentity(t *testing.T) {
	dir := t.TempDir()
	pass := filepath.Join(dir, "pass")
	if err := os.WriteFile(pass, []byte("hunter2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "node")
	out, _, err := run(t, nil, "keys", "--data-dir", data, "--password-file", pass, "--light")
	if err != nil {
		t.Fatalf("keys: %v", err)
	}
	key, err := chain.LoadKeystore(filepath.Join(data, "keystore.json"), "hunter2")
	if err != nil {
		t.Fatalf("keystore does not decrypt: %v", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	if !strings.Contains(out, addr) || !strings.Contains(out, "(created)") {
		t.Fatalf("output lacks address %s or (created):\n%s", addr, out)
	}
	if _, err := os.Stat(filepath.Join(data, p2p.IdentityFile)); err != nil {
		t.Fatalf("identity: %v", err)
	}
	peerLine := lineWith(out, "peer-id")

	// A second run shows the same keys and changes nothing.
	out2, _, err := run(t, nil, "keys", "--data-dir", data, "--password-file", pass)
	if err != nil {
		t.Fatalf("keys again: %v", err)
	}
	if !strings.Contains(out2, addr) || !strings.Contains(out2, "(existing)") || lineWith(out2, "peer-id") != peerLine {
		t.Fatalf("second run shows other keys:\n%s\nfirst:\n%s", out2, out)
	}
	// Wrong passphrase: an error that says what to check.
	_, _, err = run(t, map[string]string{"UMNODE_ETH_PASSPHRASE": "wrong"}, "keys", "--data-dir", data)
	if err == nil || !strings.Contains(err.Error(), "passphrase") {
		t.Fatalf("wrong passphrase: got %v", err)
	}
}

func TestKeys_ImportsHexKey(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"UMNODE_ETH_PASSPHRASE": "pw", "stdin": devchain.DevKeyHex(3) + "\n"}
	out, _, err := run(t, env, "keys", "--data-dir", dir, "--import", "-", "--light")
	if err != nil {
		t.Fatalf("keys --import: %v", err)
	}
	key, err := chain.LoadKeystore(filepath.Join(dir, "keystore.json"), "pw")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := crypto.PubkeyToAddress(key.PublicKey), devchain.DevAddress(3); got != want {
		t.Fatalf("imported address %s, want %s", got, want)
	}
	if !strings.Contains(out, "(imported)") {
		t.Fatalf("output lacks (imported):\n%s", out)
	}
	// Importing over an existing keystore is refused.
	if _, _, err := run(t, env, "keys", "--data-dir", dir, "--import", "-"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("import over existing keystore: got %v", err)
	}
}

func TestKeys_NeedsPassphrase(t *testing.T) {
	_, _, err := run(t, nil, "keys", "--data-dir", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "--password-file") || !strings.Contains(err.Error(), "UMNODE_ETH_PASSPHRASE") {
		t.Fatalf("got %v, want an error saying how to give a passphrase", err)
	}
}

func TestVersion_PrintsGoAndKernel(t *testing.T) {
	out, _, err := run(t, nil, "version")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"umnode ", "go go1.", "kernel "} {
		if !strings.Contains(out, w) {
			t.Fatalf("version output lacks %q:\n%s", w, out)
		}
	}
}

func lineWith(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

// TestDevnet_ExitAfter runs 'umnode devnet' in-process on real MNIST with an
// embedded chain on a free port, without nodes, until --exit-after stops it.
func TestDevnet_ExitAfter(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and loads MNIST; skipped with -short")
	}
	dir := filepath.Join(t.TempDir(), "dn")
	out, _, err := run(t, map[string]string{"UMNODE_LOG_LEVEL": "warn"}, "devnet", "--dir", dir, "--http-addr", "127.0.0.1:0",
		"--block-time", "100ms", "--workers", "1", "--validators", "1", "--spares", "1", "--start-nodes=false", "--eval=false",
		"--exit-after", "1s")
	if err != nil {
		t.Fatalf("devnet: %v\n%s", err, out)
	}
	for _, want := range []string{"devnet up", "chain ID 1337, embedded", "eval accuracy", "not started (--start-nodes=false)",
		"spare: umnode run --config " + filepath.Join(dir, "node-4.toml"), "devnet stopped"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	for _, f := range []string{"swarm.key", "deployment.json", "README.txt", "node-1.toml", "node-4.toml", "node-4/keystore.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("devnet did not write %s: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "node-5.toml")); err == nil {
		t.Fatal("node-5.toml written for a 4-node devnet")
	}
}

// TestDevnet_EventsUntilInterrupted runs 'umnode devnet' with its nodes
// until a committed update has been evaluated, then cancels the context as
// Ctrl-C does: the devnet must shut down cleanly.
func TestDevnet_EventsUntilInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain, loads MNIST and trains; skipped with -short")
	}
	out, err := runUntil(t, map[string]string{"UMNODE_LOG_LEVEL": "warn"}, "Eval update=", "devnet", "--dir", t.TempDir(),
		"--http-addr", "127.0.0.1:0", "--block-time", "100ms", "--workers", "1", "--validators", "1", "--spares", "0")
	if err != nil {
		t.Fatalf("devnet: %v\n%s", err, out)
	}
	validator := "running"
	if slices.Contains(node.UnbuiltRoles(), node.RoleValidator) {
		validator = "running, but only follows the run: the validator loop is not built yet"
	}
	for _, want := range []string{"validator  " + validator,
		"Ledger.RunCreated", "Ledger.UpdateCommitted", "Eval update=", "shutting down", "devnet stopped"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestRun_JoinsDevnet starts a devnet with no nodes of its own and one spare
// config, then runs 'umnode run --config' on that spare in-process: the node
// joins, trains on real MNIST and commits an update.
func TestRun_JoinsDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain, loads MNIST and trains; skipped with -short")
	}
	opts := node.DefaultDevnetOptions()
	opts.Dir = filepath.Join(t.TempDir(), "dn")
	opts.HTTPAddr = "127.0.0.1:0"
	opts.BlockInterval = 100 * time.Millisecond
	opts.Workers, opts.Proofers, opts.Validators, opts.Spares = 0, 0, 0, 1
	opts.Eval = false
	d, err := node.NewDevnet(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(t.Context()); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { _ = d.Stop(context.Background()) })
	spare := d.Nodes()[0]

	short := spare.Address.Hex()[:10]
	out, err := runUntil(t, map[string]string{"UMNODE_LOG_LEVEL": "warn"}, "by="+short, "run", "--config", spare.ConfigPath)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out)
	}
	for _, want := range []string{"node running: roles worker", spare.Address.Hex(), "update-committed", "by=" + short, "node stopped"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}

	// status reads the same run from the chain: the head moved past genesis
	// and the spare's account is a registered worker.
	out, _, err = run(t, nil, "status", "--config", spare.ConfigPath)
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	for _, want := range []string{"run      " + d.Deployment().RunID.Hex(), "head     0x", "worker: registered, self stake 10000.0000 UM", spare.Address.Hex()} {
		if !strings.Contains(out, want) {
			t.Fatalf("status output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "height 0,") || strings.Contains(out, " 0 committed") {
		t.Fatalf("status shows no committed update after the node committed one:\n%s", out)
	}
}
