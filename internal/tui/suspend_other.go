//go:build !unix

package tui

import "os"

// osSignals: without SIGTSTP there is nothing to catch (bubbletea does not
// suspend either).
type osSignals struct{}

func (osSignals) notify(chan<- os.Signal) {}
func (osSignals) stop(chan<- os.Signal)   {}
func (osSignals) halt()                   {}

// tstp is where the TUI takes SIGTSTP from; tests put a stand-in here.
var tstp signalSource = osSignals{}
