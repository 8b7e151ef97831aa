package node_test

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unstoppable-models/umnode/node"
)

func load(t *testing.T, args []string, env map[string]string) (*node.Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return node.Load(fs, args, func(k string) string { return env[k] })
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "umnode.toml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad_Precedence(t *testing.T) {
	path := writeFile(t, `
rpc_url = "http://file:1"
roles = ["worker"]
sample_rate = 0.25
poll_interval = "5s"
`)
	t.Run("file", func(t *testing.T) {
		cfg, err := load(t, []string{"--config", path}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := cfg.RPCURL, "http://file:1"; got != want {
			t.Fatalf("rpc_url %q, want %q", got, want)
		}
		if got, want := cfg.PollInterval, 5*time.Second; got != want {
			t.Fatalf("poll_interval %v, want %v", got, want)
		}
	})
	t.Run("env over file", func(t *testing.T) {
		cfg, err := load(t, nil, map[string]string{"UMNODE_CONFIG": path, "UMNODE_RPC_URL": "http://env:2", "UMNODE_ROLE": "proofer,validator"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := cfg.RPCURL, "http://env:2"; got != want {
			t.Fatalf("rpc_url %q, want %q", got, want)
		}
		if !slices.Equal(cfg.Roles, []node.Role{node.RoleProofer, node.RoleValidator}) {
			t.Fatalf("roles %v", cfg.Roles)
		}
		if got, want := cfg.SampleRate, 0.25; got != want {
			t.Fatalf("sample_rate %v, want %v from the file", got, want)
		}
	})
	t.Run("flag over env", func(t *testing.T) {
		cfg, err := load(t, []string{"--config=" + path, "--rpc-url", "http://flag:3", "--role", "validator"}, map[string]string{"UMNODE_RPC_URL": "http://env:2"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := cfg.RPCURL, "http://flag:3"; got != want {
			t.Fatalf("rpc_url %q, want %q", got, want)
		}
		if !cfg.HasRole(node.RoleValidator) || cfg.HasRole(node.RoleWorker) {
			t.Fatalf("roles %v, want only validator", cfg.Roles)
		}
	})
}

func TestLoad_Errors(t *testing.T) {
	cases := map[string]struct {
		args []string
		env  map[string]string
	}{
		"unknown role flag":   {args: []string{"--role", "miner"}},
		"unknown role env":    {env: map[string]string{"UMNODE_ROLE": "miner"}},
		"bad rpc":             {args: []string{"--rpc-url", "localhost:8545"}},
		"custom without id":   {args: []string{"--network", "custom"}},
		"bad network":         {args: []string{"--network", "mainnet"}},
		"bad run id":          {args: []string{"--run-id", "0x1234"}},
		"bad sample rate":     {args: []string{"--sample-rate", "1.5"}},
		"bad bootstrap":       {args: []string{"--bootstrap", "127.0.0.1:4001"}},
		"unknown file key":    {args: []string{"--config", "UNKNOWN"}},
		"missing config file": {args: []string{"--config", "/nonexistent/umnode.toml"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			args := c.args
			if len(args) == 2 && args[1] == "UNKNOWN" {
				args = []string{"--config", writeFile(t, "rpc_ulr = \"http://typo\"\n")}
			}
			_, err := load(t, args, c.env)
			if !errors.Is(err, node.ErrConfig) {
				t.Fatalf("got %v, want an ErrConfig", err)
			}
		})
	}
}

func TestConfig_WriteFileRoundTrip(t *testing.T) {
	cfg := node.DefaultConfig()
	cfg.Roles = []node.Role{node.RoleWorker, node.RoleProofer}
	cfg.Bootstrap = []string{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWExample"}
	cfg.RunID = "0x" + "ab00000000000000000000000000000000000000000000000000000000000001"
	path := filepath.Join(t.TempDir(), "node.toml")
	if err := cfg.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	got, err := load(t, []string{"--config", path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Roles, cfg.Roles) || !slices.Equal(got.Bootstrap, cfg.Bootstrap) || got.RunID != cfg.RunID || got.PollInterval != cfg.PollInterval {
		t.Fatalf("round trip changed the config:\n got %+v\nwant %+v", *got, cfg)
	}
}

// TestLoad_Durations: a duration without a unit is refused wherever it is
// set, with a message that names the setting and says what to write; TOML
// would otherwise read poll_interval = 5 as 5ns and busy-poll the RPC.
func TestLoad_Durations(t *testing.T) {
	cases := map[string]struct {
		file string
		args []string
		env  map[string]string
		want []string // substrings of the error
	}{
		"file integer":   {file: "poll_interval = 5\n", want: []string{"poll_interval", "bare number", `"5s"`}},
		"file float":     {file: "poll_interval = 0.5\n", want: []string{"poll_interval", "bare number", `"0.5s"`}},
		"file no unit":   {file: "poll_interval = \"5\"\n", want: []string{"poll_interval", "no unit", `"5s"`}},
		"file not a dur": {file: "poll_interval = \"soon\"\n", want: []string{"poll_interval", "not a duration"}},
		"file too small": {file: "poll_interval = \"1ms\"\n", want: []string{"poll_interval", "below 10ms"}},
		"env no unit":    {env: map[string]string{"UMNODE_POLL_INTERVAL": "5"}, want: []string{"poll_interval", "UMNODE_POLL_INTERVAL", "no unit", `"5s"`}},
		"flag no unit":   {args: []string{"--poll-interval", "5"}, want: []string{"poll-interval", "no unit", `"5s"`}},
		"flag too small": {args: []string{"--poll-interval=500us"}, want: []string{"poll_interval", "below 10ms"}},
		"env zero":       {env: map[string]string{"UMNODE_POLL_INTERVAL": "0"}, want: []string{"poll_interval", "below 10ms"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			args := c.args
			if c.file != "" {
				args = append([]string{"--config", writeFile(t, c.file)}, args...)
			}
			cfg, err := load(t, args, c.env)
			if !errors.Is(err, node.ErrConfig) {
				t.Fatalf("got config %+v, err %v; want an ErrConfig", cfg, err)
			}
			t.Log(err)
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("error %q does not say %q", err, w)
				}
			}
		})
	}
	t.Run("units accepted", func(t *testing.T) {
		cfg, err := load(t, []string{"--config", writeFile(t, "poll_interval = \"250ms\"\n")}, map[string]string{"UMNODE_POLL_INTERVAL": "1.5s"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := cfg.PollInterval, 1500*time.Millisecond; got != want {
			t.Fatalf("poll_interval %v, want %v (env over file)", got, want)
		}
	})
	t.Run("help still sees a duration flag", func(t *testing.T) {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		if _, err := node.Load(fs, nil, func(string) string { return "" }); err != nil {
			t.Fatal(err)
		}
		if typ, _ := flag.UnquoteUsage(fs.Lookup("poll-interval")); typ != "duration" {
			t.Fatalf("poll-interval shows as %q in help, want duration", typ)
		}
	})
}
