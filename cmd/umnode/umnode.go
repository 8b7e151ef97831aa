package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/unstoppable-models/umnode/node"
)

// Main is the umnode program: Run dispatches to one command per file. Its
// fields are the process's outside world, so tests run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// NewMain returns a Main wired to the process's standard streams and
// environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// command is one subcommand: ParseFlags reads its arguments (printing help
// and returning errHelp on -h), Run does the work.
type command interface {
	ParseFlags(ctx context.Context, args []string) error
	Run(ctx context.Context) error
}

// errHelp means a command printed its help: the program succeeds.
var errHelp = errors.New("help shown")

// commandSpec is one subcommand as help lists it. order sets its place in
// the list (lower first); make builds the command for one invocation.
type commandSpec struct {
	name, summary string
	order         int
	make          func(m *Main) command
}

// registry holds every built subcommand; each command's file adds itself in
// an init function, so commands live one per file.
var registry []commandSpec

// register adds a subcommand to the registry.
func register(c commandSpec) { registry = append(registry, c) }

func init() {
	register(commandSpec{"devnet", "start a private testnet on this machine: chain, contracts, run, configs", 10, func(m *Main) command { return &DevnetCommand{m: m} }})
	register(commandSpec{"run", "run a node with its roles (worker, proofer, validator) until Ctrl-C", 20, func(m *Main) command { return &RunCommand{m: m} }})
	register(commandSpec{"status", "print a run's head, pending updates, an account's stake and the running node's peers", 40, func(m *Main) command { return &StatusCommand{m: m} }})
	register(commandSpec{"keys", "create or import an Ethereum keystore and a libp2p identity", 90, func(m *Main) command { return &KeysCommand{m: m} }})
	register(commandSpec{"swarm-key", "write a new private-swarm key file", 91, func(m *Main) command { return &SwarmKeyCommand{m: m} }})
	register(commandSpec{"version", "print the version, Go version and training kernel", 99, func(m *Main) command { return &VersionCommand{m: m} }})
}

// commands are the built subcommands, in the order help lists them.
func (m *Main) commands() []commandSpec {
	out := slices.Clone(registry)
	slices.SortStableFunc(out, func(a, b commandSpec) int { return a.order - b.order })
	return out
}

// Run runs the subcommand named by args[0] with the rest of args.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return errors.New("no command given; run 'umnode help' for the list")
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[1] != name {
			return m.Run(ctx, []string{args[1], "--help"})
		}
		m.usage(m.Stdout)
		return nil
	}
	for _, c := range m.commands() {
		if c.name != name {
			continue
		}
		cmd := c.make(m)
		if err := cmd.ParseFlags(ctx, args[1:]); err != nil {
			if errors.Is(err, errHelp) {
				return nil
			}
			return fmt.Errorf("%s: %w\nRun 'umnode %s --help' for usage.", name, err, name)
		}
		if err := cmd.Run(ctx); err != nil {
			if strings.HasPrefix(err.Error(), name+":") {
				return err // the layer already names itself (node's devnet errors)
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	return fmt.Errorf("unknown command %q; run 'umnode help' for the list", name)
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprint(w, `umnode: a node of Unstoppable Models, verifiable decentralized training.

Usage:
	umnode <command> [flags] [arguments]

Commands:
`)
	for _, c := range m.commands() {
		fmt.Fprintf(w, "	%-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "	help       this text; 'umnode help <command>' for a command's flags\n")
	if missing := unbuiltCommands(); len(missing) > 0 {
		fmt.Fprintf(w, "\nNot built yet (planned, see DESIGN.md section 6): %s.\n", strings.Join(missing, ", "))
	}
	if loops := unbuiltLoops(); loops != "" {
		fmt.Fprintf(w, "Also not built yet: %s (nodes with those roles follow\nthe run and serve checkpoints but do not act).\n", loops)
	}
	fmt.Fprint(w, `
Every flag has an environment twin UMNODE_<FLAG> (dashes as underscores),
and 'run' reads a TOML config file (--config or UMNODE_CONFIG) with the same
keys. Precedence: flag, environment, file, default.
`)
}

// plannedCommands are the subcommands DESIGN.md section 6 asks for.
var plannedCommands = []string{"devnet", "run", "watch", "stake", "delegate", "unbond", "withdraw", "claim",
	"challenge", "fetch", "export", "status", "swarm-key", "keys"}

// unbuiltCommands lists the planned subcommands not registered yet.
func unbuiltCommands() []string {
	var out []string
	for _, name := range plannedCommands {
		if !slices.ContainsFunc(registry, func(c commandSpec) bool { return c.name == name }) {
			out = append(out, name)
		}
	}
	return out
}

// unbuiltLoops names the role loops not built yet ("the proofer and
// validator loops"), or "" when every role's loop runs.
func unbuiltLoops() string {
	var names []string
	for _, r := range node.UnbuiltRoles() {
		names = append(names, string(r))
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "the " + names[0] + " loop"
	}
	return "the " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " loops"
}

// loadConfig builds a command's node.Config with node.Load on fs (on which
// the command has registered its own flags), rejecting node settings that the
// command would ignore: allowed names the node flags that apply. On -h it
// prints help built from text and returns errHelp.
func (m *Main) loadConfig(fs *flag.FlagSet, args []string, text string, allowed []string) (*node.Config, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	own := map[string]bool{}
	fs.VisitAll(func(f *flag.Flag) { own[f.Name] = true })
	cfg, err := node.Load(fs, args, m.Getenv)
	if errors.Is(err, flag.ErrHelp) {
		m.printHelp(fs, text, own, allowed)
		return nil, errHelp
	}
	if err != nil {
		return nil, err
	}
	if allowed != nil {
		for _, name := range flagsIn(fs, args) {
			if !own[name] && name != "config" && !slices.Contains(allowed, name) {
				return nil, fmt.Errorf("flag --%s does not apply to this command", name)
			}
		}
	}
	return cfg, nil
}

// flagsIn lists the flag names given in args (parsed by fs), up to the first
// non-flag.
func flagsIn(fs *flag.FlagSet, args []string) []string {
	var names []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		name, _, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		names = append(names, name)
		if !hasVal && !isBoolFlag(fs, name) {
			i++ // the flag's value
		}
	}
	return names
}

// isBoolFlag reports whether fs's flag name takes no separate value.
func isBoolFlag(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// printHelp writes text, then the command's own flags and the node settings
// it takes, each with its environment twin.
func (m *Main) printHelp(fs *flag.FlagSet, text string, own map[string]bool, allowed []string) {
	w := m.Stdout
	fmt.Fprint(w, strings.TrimLeft(text, "\n"))
	section := func(title string, keep func(name string) bool) {
		first := true
		fs.VisitAll(func(f *flag.Flag) {
			if !keep(f.Name) {
				return
			}
			if first {
				fmt.Fprintf(w, "\n%s:\n", title)
				first = false
			}
			typ, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(w, "  --%s %s\n", f.Name, typ)
			def := ""
			if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" && f.DefValue != "0s" {
				def = fmt.Sprintf(" (default %s)", f.DefValue)
			}
			env := "UMNODE_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
			fmt.Fprintf(w, "        %s%s [env %s]\n", usage, def, env)
		})
	}
	section("Flags", func(n string) bool { return own[n] })
	section("Node settings", func(n string) bool {
		return !own[n] && (allowed == nil || n == "config" || slices.Contains(allowed, n))
	})
}
