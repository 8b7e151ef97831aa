// Command umnode is the Unstoppable Models node: one binary for every role
// (worker, fraud-proofer, validator) and the tools around it (keys, swarm
// keys, a private devnet). All logic lives in the node, chain, p2p and train
// packages; this command parses arguments and runs one subcommand.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fmt.Fprintln(os.Stderr, "umnode: shutting down (signal again to force)")
		cancel()
		<-sig
		os.Exit(130)
	}()
	if err := NewMain().Run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "umnode:", err)
		os.Exit(1)
	}
}
