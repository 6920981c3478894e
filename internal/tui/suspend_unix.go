//go:build unix

package tui

import (
	"os"
	"os/signal"
	"syscall"
)

// osSignals is the operating system's SIGTSTP.
type osSignals struct{}

func (osSignals) notify(c chan<- os.Signal) { signal.Notify(c, syscall.SIGTSTP) }
func (osSignals) stop(c chan<- os.Signal)   { signal.Stop(c) }
func (osSignals) halt()                     { _ = syscall.Kill(0, syscall.SIGSTOP) }

// tstp is where the TUI takes SIGTSTP from; tests put a stand-in here.
var tstp signalSource = osSignals{}
