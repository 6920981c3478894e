//go:build unix

package tui

import (
	"context"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
)

// fakeTSTP stands in for the operating system's SIGTSTP: raise delivers
// one to the channel notified, if any, as the kernel would; halt records
// that the process group would have been stopped.
type fakeTSTP struct {
	mu     sync.Mutex
	c      chan<- os.Signal
	halted chan struct{}
}

func (f *fakeTSTP) notify(c chan<- os.Signal) { f.mu.Lock(); f.c = c; f.mu.Unlock() }
func (f *fakeTSTP) stop(chan<- os.Signal)     { f.mu.Lock(); f.c = nil; f.mu.Unlock() }
func (f *fakeTSTP) halt()                     { f.halted <- struct{}{} }

// raise sends SIGTSTP, and reports whether anyone caught it.
func (f *fakeTSTP) raise() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.c == nil {
		return false
	}
	f.c <- syscall.SIGTSTP
	return true
}

// TestSuspendBridge injects SIGTSTP: while the TUI runs it becomes a
// suspendMsg, on which the model asks bubbletea to suspend; the SIGTSTP
// bubbletea then sends halts the process group; after resuming, a
// SIGTSTP suspends again; Ctrl+Z does as SIGTSTP does; once closed, the
// signal is no longer caught.
func TestSuspendBridge(t *testing.T) {
	d := newDriver(t, i18n.En, 80, 24)
	d.press("enter")
	src := &fakeTSTP{halted: make(chan struct{}, 1)}
	msgs := make(chan tea.Msg, 1)
	d.m.susp = newSuspender(src, func(msg tea.Msg) { msgs <- msg })
	wait := func(what string, c <-chan struct{}) {
		t.Helper()
		select {
		case <-c:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s never came", what)
		}
	}
	suspends := func(msg tea.Msg) {
		t.Helper()
		_, cmd := d.m.Update(msg)
		if cmd == nil {
			t.Fatalf("%T did not suspend", msg)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Fatalf("%T: the command is not tea.Suspend", msg)
		}
	}
	for round := range 2 {
		if !src.raise() {
			t.Fatalf("round %d: SIGTSTP is not caught while the TUI runs", round)
		}
		var msg tea.Msg
		select {
		case msg = <-msgs:
		case <-time.After(5 * time.Second):
			t.Fatalf("round %d: no message for SIGTSTP", round)
		}
		if _, ok := msg.(suspendMsg); !ok {
			t.Fatalf("round %d: %T for SIGTSTP", round, msg)
		}
		suspends(msg)
		src.raise() // bubbletea's own, once the terminal is given back
		wait("the halt", src.halted)
		d.send(tea.ResumeMsg{})
		d.at("setting")
	}
	suspends(keyMsg("ctrl+z"))
	src.raise()
	wait("the halt after Ctrl+Z", src.halted)
	d.send(tea.ResumeMsg{})
	d.m.susp.close()
	if src.raise() {
		t.Fatal("SIGTSTP is still caught after the TUI ended")
	}
	select {
	case msg := <-msgs:
		t.Fatalf("a message after the TUI ended: %T", msg)
	default:
	}
}

// TestSuspendChild is the program TestSuspendAndResume stops and
// resumes; it runs only as its child.
func TestSuspendChild(t *testing.T) {
	if os.Getenv("MDMA_TUI_SUSPEND_CHILD") == "" {
		t.Skip("run by TestSuspendAndResume")
	}
	err := Run(context.Background(), Config{Lang: i18n.En, In: os.Stdin, Out: os.Stdout, Err: os.Stderr, NoColor: true})
	os.Exit(exit.Status(err))
}

// TestSuspendAndResume runs the program in a process group of its own
// and sends it a real SIGTSTP, as kill -TSTP does: it gives the screen
// back and stops; SIGCONT (fg) brings the screen back; Ctrl+Z and a
// second SIGTSTP do the same; Ctrl+C then ends it with 130.
func TestSuspendAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	p, err := os.StartProcess(exe, []string{exe, "-test.run=^TestSuspendChild$"}, &os.ProcAttr{
		Env:   append(os.Environ(), "MDMA_TUI_SUSPEND_CHILD=1"),
		Files: []*os.File{inR, outW, outW},
		Sys:   &syscall.SysProcAttr{Setpgid: true},
	})
	inR.Close()
	outW.Close()
	if err != nil {
		t.Fatal(err)
	}
	pid := p.Pid
	defer syscall.Kill(-pid, syscall.SIGKILL)
	var out syncBuffer
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := outR.Read(buf)
			out.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	// drawn waits until the screen has been entered n times.
	drawn := func(n int) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); strings.Count(out.String(), altScreenOn) < n; {
			if time.Now().After(deadline) {
				t.Fatalf("the screen was entered %d times, want %d: %q", strings.Count(out.String(), altScreenOn), n, out.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	// state waits for the child to stop or to exit.
	state := func() syscall.WaitStatus {
		t.Helper()
		got := make(chan syscall.WaitStatus, 1)
		go func() {
			var ws syscall.WaitStatus
			if _, err := syscall.Wait4(pid, &ws, syscall.WUNTRACED, nil); err != nil {
				t.Error(err)
			}
			got <- ws
		}()
		select {
		case ws := <-got:
			return ws
		case <-time.After(10 * time.Second):
			t.Fatal("the program neither stopped nor ended")
		}
		return 0
	}
	stops := func(how string, n int) {
		t.Helper()
		if ws := state(); !ws.Stopped() {
			t.Fatalf("%s: the program did not stop: %v", how, ws)
		}
		// The program gave the screen back before it stopped; the reader
		// may still be catching up with the pipe.
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			s := out.String()
			if strings.LastIndex(s, altScreenOff) > strings.LastIndex(s, altScreenOn) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: stopped without giving the screen back: %q", how, s)
			}
		}
		if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
			t.Fatal(err)
		}
		drawn(n)
	}
	drawn(1)
	if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	stops("SIGTSTP", 2)
	if _, err := inW.Write([]byte{0x1a}); err != nil { // Ctrl+Z
		t.Fatal(err)
	}
	stops("Ctrl+Z", 3)
	if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	stops("SIGTSTP again", 4)
	if _, err := inW.Write([]byte{0x03}); err != nil { // Ctrl+C
		t.Fatal(err)
	}
	if ws := state(); !ws.Exited() || ws.ExitStatus() != exit.Aborted {
		t.Fatalf("Ctrl+C after resuming: %v, want exit %d\n%q", ws, exit.Aborted, out.String())
	}
}
