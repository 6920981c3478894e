package tui

import (
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// Suspending: Ctrl+Z, or a SIGTSTP sent from outside (kill -TSTP), gives
// the terminal back to the shell, and fg brings the screen back as it was.
//
// Bubbletea suspends on tea.Suspend: it leaves the alternate screen and
// raw mode, sends SIGTSTP to the process group and waits for SIGCONT.
// While the TUI runs, the suspender catches SIGTSTP, so that one sent from
// outside never stops the program with the terminal still raw; it turns
// into a suspendMsg instead. Go cannot give SIGTSTP its default action
// back once it has been caught (after signal.Stop the runtime swallows
// it), so the SIGTSTP bubbletea sends itself, once the terminal is given
// back, is caught too and answered with SIGSTOP, which stops the process
// group just as the shell's Ctrl+Z would.

// suspendMsg says that a SIGTSTP came from outside: suspend the TUI.
type suspendMsg struct{}

// signalSource is where SIGTSTP comes from and how the process group is
// stopped: the operating system (suspend_unix.go), or a test's stand-in.
type signalSource interface {
	// notify relays SIGTSTP to c; stop undoes it.
	notify(c chan<- os.Signal)
	stop(c chan<- os.Signal)
	// halt stops the process group until SIGCONT.
	halt()
}

// suspender bridges SIGTSTP and the program: while running, a SIGTSTP is
// sent on as a suspendMsg; while suspending (the model asked bubbletea to
// suspend), it is bubbletea's own and the process group is halted.
type suspender struct {
	src  signalSource
	send func(tea.Msg)
	ch   chan os.Signal
	done chan struct{}
	wg   sync.WaitGroup

	mu         sync.Mutex
	suspending bool
}

// newSuspender starts catching SIGTSTP from src for a program that takes
// messages by send; close stops it.
func newSuspender(src signalSource, send func(tea.Msg)) *suspender {
	s := &suspender{src: src, send: send, ch: make(chan os.Signal, 1), done: make(chan struct{})}
	src.notify(s.ch)
	s.wg.Add(1)
	go s.relay()
	return s
}

func (s *suspender) relay() {
	defer s.wg.Done()
	for {
		select {
		case <-s.done:
			return
		case <-s.ch:
		}
		s.mu.Lock()
		halt := s.suspending
		s.mu.Unlock()
		if halt {
			s.src.halt()
			continue
		}
		// Sent from outside: the model suspends the TUI, as on Ctrl+Z.
		select {
		case <-s.done:
			return
		default:
			go s.send(suspendMsg{})
		}
	}
}

// suspend marks that the model asked bubbletea to suspend: the SIGTSTP
// that follows halts the process group.
func (s *suspender) suspend() { s.setSuspending(true) }

// resumed marks that the program runs again after fg: a SIGTSTP from
// outside suspends the TUI again.
func (s *suspender) resumed() { s.setSuspending(false) }

// setSuspending records whether the model asked bubbletea to suspend; a
// nil suspender (no SIGTSTP catching) records nothing.
func (s *suspender) setSuspending(v bool) {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.suspending = v
	s.mu.Unlock()
}

// close stops catching SIGTSTP, once the TUI is gone.
func (s *suspender) close() {
	s.src.stop(s.ch)
	close(s.done)
	s.wg.Wait()
}
