// Command mdma-screen walks a person through the caveats of MDMA-assisted
// therapy and explains, answer by answer, what applies to them. It is
// information, not medical advice, and never a clearance.
package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/charmbracelet/x/term"

	"mdma-screen/internal/cli"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/plain"
	"mdma-screen/internal/savefile"
	"mdma-screen/internal/tui"
)

func main() { os.Exit(run()) }

// stopSignals end any command with exit 130. SIGQUIT is among them, so
// Ctrl+\ at a prompt never dumps the goroutines.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// run is the whole program; it returns the exit status.
func run() int {
	// A write to a closed pipe fails with EPIPE instead of killing the
	// program: a broken stdout then ends quietly with 141 (cli), and a
	// broken stderr never stops a screening.
	signal.Ignore(syscall.SIGPIPE)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, stopSignals...)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var screening atomic.Bool
	env := cli.Env{
		In:     os.Stdin,
		Out:    os.Stdout,
		Err:    os.Stderr,
		InTTY:  term.IsTerminal(os.Stdin.Fd()),
		OutTTY: term.IsTerminal(os.Stdout.Fd()),
		Getenv: os.Getenv,
		Interactive: func(o cli.Options, env cli.Env) error {
			screening.Store(true)
			return interactive(ctx, o, env)
		},
	}
	done := make(chan int, 1)
	go func() { done <- cli.Run(os.Args[1:], env) }()
	return wait(done, sigs, cancel, screening.Load)
}

// wait returns the status the command ends with, or 130 when a signal ends
// it first. A screening is told to stop (cancel) and ends itself, so the
// TUI restores the terminal and a screening that reached its summary still
// ends with 0; a second signal ends it at once. Any other command ends at
// once: the temporary file of a write in progress is removed, and a file
// already in place stays, with the command's own status.
func wait(done <-chan int, sigs <-chan os.Signal, cancel func(), screening func() bool) int {
	select {
	case code := <-done:
		return code
	case <-sigs:
	}
	if screening() {
		cancel()
		select {
		case code := <-done:
			return code
		case <-sigs:
		}
	}
	placed := savefile.Abort()
	if placed {
		return <-done
	}
	select {
	case code := <-done:
		// It ended as the signal came: a failed write still says so.
		return exit.Worst(code, exit.Aborted)
	default:
		return exit.Aborted
	}
}

// interactive runs a screening: the TUI in a terminal, plain prompts with
// --accessible, on a dumb terminal, or when stdin or stdout is not a
// terminal. A signal (ctx) before the end gives exit 130.
func interactive(ctx context.Context, o cli.Options, env cli.Env) error {
	noColor := env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb"
	if o.Accessible || !env.InTTY || !env.OutTTY || env.Getenv("TERM") == "dumb" {
		done := make(chan error, 1)
		go func() {
			done <- plain.Run(ctx, plain.Config{
				Lang: o.Lang, Counsellor: o.Counsellor,
				In: env.In, Out: env.Out, Err: env.Err,
				InTTY: env.InTTY, Color: env.OutTTY && !noColor,
				Output: o.Output, Force: o.Force, Format: o.Format,
				AnswersOut: o.AnswersOut,
			})
		}()
		select {
		case err := <-done:
			return err
		case <-ctx.Done():
			// Plain prompts block on reading: they end here, unless they
			// ended as the signal came. A report being saved is stopped
			// and its temporary file removed; one already in place is
			// complete, and the screening ends as it ends.
			if savefile.Abort() {
				return <-done
			}
			select {
			case err := <-done:
				return err
			default:
				return exit.Silent(exit.Aborted)
			}
		}
	}
	return tui.Run(ctx, tui.Config{
		Lang: o.Lang, Counsellor: o.Counsellor,
		In: os.Stdin, Out: os.Stdout, Err: env.Err, NoColor: noColor,
		Output: o.Output, Force: o.Force, Format: o.Format,
		AnswersOut: o.AnswersOut,
	})
}
