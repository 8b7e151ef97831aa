package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/p2p/store"
)

func init() {
	register(commandSpec{"export", "write a checkpoint to a .safetensors file, hash-checked and decoded", 61, func(m *Main) command { return &ExportCommand{m: m} }})
}

// ExportCommand writes a checkpoint to a file.
type ExportCommand struct {
	m       *Main
	cfg     *node.Config
	ref     node.CheckpointRef
	path    string
	timeout time.Duration
	noPeer  time.Duration
	force   bool
	quiet   bool
	eval    bool
}

const exportHelp = `
Usage: umnode export [--config FILE] [flags] UPDATE-ID|head|CID PATH

Writes a checkpoint of the run to PATH as a safetensors file (loadable with
safetensors.torch.load_file or any safetensors reader; weights are
layers.<l>.weight [out, in] and layers.<l>.bias [out], float32). What to
export:
` + refHelp + `
The checkpoint comes from the store of --data-dir, fetched from the swarm
first when it is not there (as 'umnode fetch' does, and it stays pinned;
--timeout and --no-peer-wait bound the wait as there).
Before anything is written the bytes must hash (sha256) to the state hash
committed on chain and decode as a checkpoint of the run (run ID, the
model's tensor names and shapes). PATH is written atomically: a temporary
file beside it, renamed into place once complete, so PATH is never left
partial. An existing PATH is refused unless --force. With --eval it also
prints the checkpoint's loss and accuracy on the run's eval subset, computed
as every replayer does (it loads the run's dataset, MNIST).

Examples:
  umnode export --config devnet/node-6.toml head model.safetensors
  umnode export --config devnet/node-6.toml --force --eval 0x5d1e... model.safetensors
  umnode export --config devnet/node-6.toml 5d1e07a2 model.safetensors
`

// ParseFlags loads the config, the checkpoint and the path.
func (c *ExportCommand) ParseFlags(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("umnode export", flag.ContinueOnError)
	fs.DurationVar(&c.timeout, "timeout", 5*time.Minute, "give up when the checkpoint has not arrived after this long")
	noPeerWaitFlag(fs, &c.noPeer)
	fs.BoolVar(&c.force, "force", false, "overwrite PATH if it exists")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar")
	fs.BoolVar(&c.eval, "eval", false, "also print the checkpoint's loss and accuracy on the run's eval subset (loads MNIST)")
	cfg, err := c.m.loadConfig(fs, args, exportHelp, clientSettings)
	if err != nil {
		return err
	}
	rest, err := positional(fs, 2, "UPDATE-ID|head|CID PATH")
	if err != nil {
		return err
	}
	if c.timeout <= 0 {
		return fmt.Errorf("--timeout %v must be positive", c.timeout)
	}
	if c.noPeer < 0 {
		return fmt.Errorf("--no-peer-wait %v must not be negative (0 waits for --timeout)", c.noPeer)
	}
	if cfg.Deployment == "" {
		return &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one)"}
	}
	if c.ref, err = node.ParseCheckpointRef(rest[0]); err != nil {
		return err
	}
	c.cfg, c.path = cfg, rest[1]
	return nil
}

// Run fetches if needed, checks, and writes the file.
func (c *ExportCommand) Run(ctx context.Context) error {
	// Refused before anything is dialled (Export checks again, and links
	// without replacing).
	if _, err := os.Lstat(c.path); err == nil && !c.force {
		return fmt.Errorf("%w: %s; pass --force to overwrite it, or choose another path", node.ErrExists, c.path)
	}
	f, info, err := openAndResolve(ctx, c.m, c.cfg, c.ref, c.noPeer)
	if err != nil {
		return err
	}
	defer f.Close()
	fctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	bar := newProgressBar(c.m.Stderr, "fetch", c.quiet)
	res, err := f.Export(fctx, info, c.path, c.force, func(p store.Progress) { bar.Update(p.BytesDone, p.BytesTotal) })
	bar.Done()
	if err != nil {
		return fetchFailure(ctx, c.timeout, err)
	}
	w := c.m.Stdout
	fmt.Fprintf(w, "wrote    %s\n", res.Path)
	fmt.Fprintf(w, "model    step %d, %d tensors, %d float32 values\n", res.Step, res.Tensors, res.Params)
	if c.eval {
		ev, err := f.Evaluate(ctx, res.Checkpoint)
		if err != nil {
			fmt.Fprintf(w, "eval     not computed: %v\n", err)
		} else {
			fmt.Fprintf(w, "eval     accuracy %.2f%% (%d of %d), loss %.4f\n", 100*ev.Accuracy, ev.Correct, ev.Count, ev.Loss)
		}
	}
	fmt.Fprintf(w, "cid      %s\n", info.CID)
	printInfo(w, info)
	printResult(w, &res.FetchResult)
	return nil
}
