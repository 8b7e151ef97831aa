package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/unstoppable-models/umnode/train"
)

// Version is set at build time with -ldflags "-X main.Version=v1.2.3";
// otherwise it comes from the module's build information.
var Version = ""

// VersionCommand prints what this binary is.
type VersionCommand struct{ m *Main }

const versionHelp = `Usage: umnode version

Prints the umnode version (and VCS revision when built from a checkout), the
Go version and platform, and the training kernel in use (all kernels give the
same bits; this helps compare benchmarks).
`

// ParseFlags takes no flags.
func (c *VersionCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode version", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(c.m.Stdout, versionHelp)
			return errHelp
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// Run prints the version.
func (c *VersionCommand) Run(context.Context) error {
	v, rev := Version, ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					rev += "+dirty"
				}
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	fmt.Fprintf(c.m.Stdout, "umnode %s\n", v)
	if rev != "" {
		fmt.Fprintf(c.m.Stdout, "revision %s\n", rev)
	}
	fmt.Fprintf(c.m.Stdout, "go %s %s/%s\nkernel %s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, train.Kernel())
	return nil
}
