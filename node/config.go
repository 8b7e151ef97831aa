package node

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Role is one job a node does; a node may have several.
type Role string

// The roles of DESIGN.md section 1 that a node runs as loops.
const (
	RoleWorker    Role = "worker"
	RoleProofer   Role = "proofer"
	RoleValidator Role = "validator"
)

var allRoles = []Role{RoleWorker, RoleProofer, RoleValidator}

// BuiltRoles are the roles whose loops Node.Start runs in this version; a
// node with another role follows the run and serves checkpoints without
// acting. umnode's help and the devnet's status lines are derived from it.
// Keep it in step with Node.Start.
var BuiltRoles = []Role{RoleWorker, RoleProofer, RoleValidator}

// UnbuiltRoles are the roles of DESIGN.md whose loops are not built yet.
func UnbuiltRoles() []Role {
	var out []Role
	for _, r := range allRoles {
		if !slices.Contains(BuiltRoles, r) {
			out = append(out, r)
		}
	}
	return out
}

// Networks are the chain profiles a node knows by name; "custom" takes its
// chain ID from ChainID.
var networks = []string{"devnet", "cardona", "zkevm", "amoy", "custom"}

// Config is every setting of a node. The toml tags are the config-file keys;
// each has a flag of the same name with '-' for '_' and an environment twin
// UMNODE_<KEY in upper case>.
type Config struct {
	DataDir      string        `toml:"data_dir"`
	Roles        []Role        `toml:"roles"`
	Network      string        `toml:"network"`
	ChainID      uint64        `toml:"chain_id"`
	RPCURL       string        `toml:"rpc_url"`
	Keystore     string        `toml:"keystore"`
	PasswordFile string        `toml:"password_file"`
	Deployment   string        `toml:"deployment"`
	RunID        string        `toml:"run_id"`
	Listen       []string      `toml:"listen"`
	Bootstrap    []string      `toml:"bootstrap"`
	SwarmKey     string        `toml:"swarm_key"`
	SampleRate   float64       `toml:"sample_rate"`
	PollInterval time.Duration `toml:"poll_interval"`
	LogLevel     string        `toml:"log_level"`
	LogFormat    string        `toml:"log_format"`
}

// DefaultConfig is what a node runs with when nothing is set.
func DefaultConfig() Config {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return Config{
		DataDir:      filepath.Join(home, ".umnode"),
		Network:      "devnet",
		RPCURL:       "http://127.0.0.1:8545",
		Listen:       []string{"/ip4/0.0.0.0/tcp/4001"},
		SampleRate:   1,
		PollInterval: 2 * time.Second,
		LogLevel:     "info",
		LogFormat:    "text",
	}
}

// ErrConfig wraps every configuration error, so callers can tell a user
// mistake from a runtime failure with errors.Is.
var ErrConfig = errors.New("config")

// FieldError says which setting is wrong and why.
type FieldError struct {
	Field string // the config-file key
	Msg   string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("config: %s (flag --%s, env %s): %s", e.Field, flagName(e.Field), envName(e.Field), e.Msg)
}

// Unwrap makes every FieldError match ErrConfig.
func (e *FieldError) Unwrap() error { return ErrConfig }

func flagName(key string) string { return strings.ReplaceAll(key, "_", "-") }
func envName(key string) string  { return "UMNODE_" + strings.ToUpper(key) }

// Validate checks every field and reports all problems at once.
func (c *Config) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if c.DataDir == "" {
		bad("data_dir", "is empty; give a directory for keys, checkpoints and state")
	}
	for _, r := range c.Roles {
		if !slices.Contains(allRoles, r) {
			bad("roles", "unknown role %q; known: worker, proofer, validator", r)
		}
	}
	if !slices.Contains(networks, c.Network) {
		bad("network", "unknown network %q; known: %s", c.Network, strings.Join(networks, ", "))
	}
	if c.Network == "custom" && c.ChainID == 0 {
		bad("chain_id", "network custom needs the chain ID of your RPC endpoint")
	}
	if !strings.HasPrefix(c.RPCURL, "http://") && !strings.HasPrefix(c.RPCURL, "https://") &&
		!strings.HasPrefix(c.RPCURL, "ws://") && !strings.HasPrefix(c.RPCURL, "wss://") {
		bad("rpc_url", "%q is not an http(s):// or ws(s):// URL", c.RPCURL)
	}
	if c.RunID != "" {
		s := strings.TrimPrefix(c.RunID, "0x")
		if len(s) != 64 || strings.Trim(strings.ToLower(s), "0123456789abcdef") != "" {
			bad("run_id", "%q is not a 32-byte hex run ID", c.RunID)
		}
	}
	for _, a := range append(slices.Clone(c.Listen), c.Bootstrap...) {
		if !strings.HasPrefix(a, "/") {
			bad("listen/bootstrap", "%q is not a multiaddr (it starts with /ip4/, /ip6/ or /dns/)", a)
		}
	}
	if c.SampleRate < 0 || c.SampleRate > 1 || c.SampleRate != c.SampleRate {
		bad("sample_rate", "%v is not a probability in [0, 1]", c.SampleRate)
	}
	if c.PollInterval < MinPollInterval {
		bad("poll_interval", "%v is below %v, which would poll the RPC endpoint almost without pause; use about a block time, e.g. \"2s\"", c.PollInterval, MinPollInterval)
	}
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, c.LogLevel) {
		bad("log_level", "%q; use debug, info, warn or error", c.LogLevel)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log_format", "%q; use text or json", c.LogFormat)
	}
	return errors.Join(errs...)
}

// HasRole reports whether the node runs role r.
func (c *Config) HasRole(r Role) bool { return slices.Contains(c.Roles, r) }

// MinPollInterval is the shortest poll_interval Validate accepts: the
// embedded devnet chain's shortest block time. Anything shorter only loads
// the RPC endpoint.
const MinPollInterval = 10 * time.Millisecond

// LoadFile merges a TOML config file into c. Unknown keys are an error, so a
// typo does not silently leave a default in place, and so is a duration
// written as a bare number (the TOML decoder would read poll_interval = 5 as
// 5ns).
func (c *Config) LoadFile(path string) error {
	var raw map[string]any
	if _, err := toml.DecodeFile(path, &raw); err != nil {
		return fmt.Errorf("%w: file %s: %v", ErrConfig, path, err)
	}
	var errs []error
	for _, key := range durationKeys() {
		v, ok := raw[key]
		if !ok {
			continue
		}
		var err error
		switch v := v.(type) {
		case string:
			_, err = parseDuration(v)
		case int64, float64:
			err = fmt.Errorf("%v is a bare number; write a string with a unit, e.g. %s = \"%vs\"", v, key, v)
		default:
			err = fmt.Errorf("is a TOML %T; write a string with a unit, e.g. %s = \"5s\"", v, key)
		}
		if err != nil {
			errs = append(errs, &FieldError{Field: key, Msg: fmt.Sprintf("in file %s: %v", path, err)})
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	md, err := toml.DecodeFile(path, c)
	if err != nil {
		return fmt.Errorf("%w: file %s: %v", ErrConfig, path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return fmt.Errorf("%w: file %s: unknown keys %s", ErrConfig, path, strings.Join(keys, ", "))
	}
	return nil
}

// WriteFile saves c as TOML (0600: it names key files).
func (c *Config) WriteFile(path string) error {
	var b strings.Builder
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return fmt.Errorf("config: encode: %w", err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("config: write %s: %w", path, err)
	}
	return nil
}

// BindFlags registers a flag for every setting on fs, each defaulting to the
// value already in c, and writing into c when set.
func (c *Config) BindFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "directory for keys, checkpoints and node state")
	fs.Var((*roleList)(&c.Roles), "role", "comma-separated roles: worker, proofer, validator")
	fs.StringVar(&c.Network, "network", c.Network, "chain profile: devnet, cardona, zkevm, amoy or custom")
	fs.Uint64Var(&c.ChainID, "chain-id", c.ChainID, "chain ID (network custom only)")
	fs.StringVar(&c.RPCURL, "rpc-url", c.RPCURL, "EVM JSON-RPC endpoint")
	fs.StringVar(&c.Keystore, "keystore", c.Keystore, "encrypted Ethereum keystore file (or set UMNODE_ETH_KEY on devnets)")
	fs.StringVar(&c.PasswordFile, "password-file", c.PasswordFile, "file holding the keystore passphrase")
	fs.StringVar(&c.Deployment, "deployment", c.Deployment, "JSON file with the contract addresses")
	fs.StringVar(&c.RunID, "run-id", c.RunID, "training run to serve (0x + 64 hex digits)")
	fs.Var((*stringList)(&c.Listen), "listen", "comma-separated libp2p listen multiaddrs")
	fs.Var((*stringList)(&c.Bootstrap), "bootstrap", "comma-separated bootstrap peer multiaddrs (with /p2p/<id>)")
	fs.StringVar(&c.SwarmKey, "swarm-key", c.SwarmKey, "swarm.key file of a private swarm")
	fs.Float64Var(&c.SampleRate, "sample-rate", c.SampleRate, "share of updates a proofer replays, 0..1")
	fs.DurationVar(&c.PollInterval, "poll-interval", c.PollInterval, "how often to poll the chain (with a unit, e.g. 2s; at least 10ms)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "text or json")
}

// Load builds a Config the way every subcommand does: defaults, then the TOML
// file named by --config or UMNODE_CONFIG, then UMNODE_* variables, then the
// flags in args. fs must be fresh; Load binds the config flags on it (the
// caller may have added its own). It returns the validated config.
func Load(fs *flag.FlagSet, args []string, getenv func(string) string) (*Config, error) {
	cfg := DefaultConfig()
	path := getenv("UMNODE_CONFIG")
	for i, a := range args {
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "config" {
			continue
		}
		if hasVal {
			path = val
		} else if i+1 < len(args) {
			path = args[i+1]
		}
	}
	if path != "" {
		if err := cfg.LoadFile(path); err != nil {
			return nil, err
		}
	}
	fs.String("config", path, "TOML config file (also UMNODE_CONFIG)")
	cfg.BindFlags(fs)
	defer guardDurations(fs)()
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "config" {
			return
		}
		key := strings.ReplaceAll(f.Name, "-", "_")
		if v := getenv(envName(key)); v != "" {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = errors.Join(envErr, &FieldError{Field: key, Msg: fmt.Sprintf("env %s=%q: %v", envName(key), v, err)})
			}
		}
	})
	if envErr != nil {
		return nil, envErr
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// durationKeys are the config-file keys of Config's time.Duration fields.
func durationKeys() []string {
	var keys []string
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type == reflect.TypeFor[time.Duration]() {
			keys = append(keys, f.Tag.Get("toml"))
		}
	}
	return keys
}

// parseDuration is time.ParseDuration with an error that says how to write
// a duration, and a bare number refused by name: "5" is the usual mistake.
// "0" needs no unit (as for time.ParseDuration).
func parseDuration(s string) (time.Duration, error) {
	if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && s != "0" {
		return 0, fmt.Errorf("%q has no unit; write a duration such as \"%ss\" or \"%sms\"", s, strings.TrimSpace(s), strings.TrimSpace(s))
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. \"5s\"", s)
	}
	return d, nil
}

// durationGuard checks a duration flag's value with parseDuration before
// handing it to the flag itself, so a bare number on the command line or in
// an UMNODE_* variable gets a message that says what to write instead of the
// flag package's "parse error".
type durationGuard struct{ flag.Value }

func (g durationGuard) Set(s string) error {
	if _, err := parseDuration(s); err != nil {
		return err
	}
	return g.Value.Set(s)
}

// guardDurations wraps every time.Duration flag of fs in a durationGuard
// and returns a function that puts the original values back (help output
// tells a duration flag by its value's type).
func guardDurations(fs *flag.FlagSet) (restore func()) {
	orig := map[*flag.Flag]flag.Value{}
	fs.VisitAll(func(f *flag.Flag) {
		if g, ok := f.Value.(flag.Getter); ok {
			if _, ok := g.Get().(time.Duration); ok {
				orig[f] = f.Value
				f.Value = durationGuard{f.Value}
			}
		}
	})
	return func() {
		for f, v := range orig {
			f.Value = v
		}
	}
}

// roleList is a flag.Value for comma-separated roles. Setting it replaces
// the list, so a flag overrides the file instead of appending to it.
type roleList []Role

func (l *roleList) String() string {
	if l == nil {
		return ""
	}
	s := make([]string, len(*l))
	for i, r := range *l {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}

func (l *roleList) Set(v string) error {
	*l = nil
	for _, p := range splitList(v) {
		r := Role(p)
		if !slices.Contains(allRoles, r) {
			return fmt.Errorf("unknown role %q (known: worker, proofer, validator)", p)
		}
		*l = append(*l, r)
	}
	return nil
}

type stringList []string

func (l *stringList) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *stringList) Set(v string) error { *l = splitList(v); return nil }

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
