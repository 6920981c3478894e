// Command mdma-screen walks a person through the caveats of MDMA-assisted
// therapy and explains, answer by answer, what applies to them. It is
// information, not medical advice, and never a clearance.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/charmbracelet/x/term"

	"mdma-screen/internal/cli"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/plain"
	"mdma-screen/internal/tui"
)

func main() { os.Exit(run()) }

// run is the whole program; it returns the exit status.
func run() int {
	env := cli.Env{
		In:          os.Stdin,
		Out:         os.Stdout,
		Err:         os.Stderr,
		InTTY:       term.IsTerminal(os.Stdin.Fd()),
		OutTTY:      term.IsTerminal(os.Stdout.Fd()),
		Getenv:      os.Getenv,
		Interactive: interactive,
	}
	return cli.Run(os.Args[1:], env)
}

// interactive runs a screening: the TUI in a terminal, plain prompts with
// --accessible, on a dumb terminal, or when stdin or stdout is not a
// terminal. SIGTERM, SIGHUP and Ctrl+C before the end give exit 130.
func interactive(o cli.Options, env cli.Env) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	noColor := env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb"
	if o.Accessible || !env.InTTY || !env.OutTTY || env.Getenv("TERM") == "dumb" {
		done := make(chan error, 1)
		go func() {
			done <- plain.Run(ctx, plain.Config{
				Lang: o.Lang, Counsellor: o.Counsellor,
				In: env.In, Out: env.Out, Err: env.Err,
				InTTY: env.InTTY, Color: env.OutTTY && !noColor,
			})
		}()
		select {
		case err := <-done:
			return err
		case <-ctx.Done():
			return exit.Silent(exit.Aborted)
		}
	}
	return tui.Run(ctx, tui.Config{
		Lang: o.Lang, Counsellor: o.Counsellor,
		In: os.Stdin, Out: os.Stdout, Err: env.Err, NoColor: noColor,
	})
}
