package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// holdEnv, set to 1, makes the program (this test binary) stop every save
// once the temporary file holds the data, and say so on stderr with
// holdMark and the file's name: a test signals it in the middle of the
// write.
const (
	holdEnv  = "MDMA_SCREEN_TEST_HOLD_SAVE"
	holdMark = "holding "
)

func init() {
	if os.Getenv(holdEnv) == "1" {
		savefile.SetTestHook(func(tmp string) {
			fmt.Fprintln(os.Stderr, holdMark+tmp)
			select {}
		})
	}
}

// stopSignalsTested are the signals that end any command with exit 130.
var stopSignalsTested = []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// program returns the command that runs this test binary as mdma-screen
// in dir.
func program(dir string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "MDMA_SCREEN_RUN_MAIN=1", "LANG=", "LC_ALL=", "LC_MESSAGES="), env...)
	return cmd
}

// status returns the exit status of a finished command, or fails when it
// was killed by a signal (status -1).
func status(t *testing.T, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("run: %v", err)
	}
	return ee.ExitCode()
}

// lines sends r's lines on the returned channel, and closes it at the end.
func lines(r io.Reader) <-chan string {
	c := make(chan string, 1000)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			c <- sc.Text()
		}
		close(c)
	}()
	return c
}

// start starts cmd and returns its stderr, read line by line; the test
// kills cmd when it ends.
func start(t *testing.T, cmd *exec.Cmd) <-chan string {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return lines(stderr)
}

// waitHeld waits until the program holds a save (see holdEnv) and returns
// the temporary file's name as the program said it.
func waitHeld(t *testing.T, c <-chan string, seen *strings.Builder) string {
	t.Helper()
	held := waitLine(t, c, seen, "the held save", func(l string) bool { return strings.HasPrefix(l, holdMark) })
	return strings.TrimPrefix(held, holdMark)
}

// writeFiles writes each file (by name) into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// waitLine waits for a line that match accepts and returns it; the lines
// read on the way go to seen.
func waitLine(t *testing.T, c <-chan string, seen *strings.Builder, what string, match func(string) bool) string {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case l, ok := <-c:
			if !ok {
				t.Fatalf("program ended before %s; stderr:\n%s", what, seen)
			}
			seen.WriteString(l + "\n")
			if match(l) {
				return l
			}
		case <-timeout:
			t.Fatalf("no %s on stderr:\n%s", what, seen)
		}
	}
}

// drain reads the rest of c into seen, until the program ends.
func drain(c <-chan string, seen *strings.Builder) {
	for l := range c {
		seen.WriteString(l + "\n")
	}
}

// stopWith sends sig to cmd and checks that it ends with exit 130 and no
// goroutine dump; its stderr is read from c into seen.
func stopWith(t *testing.T, cmd *exec.Cmd, sig syscall.Signal, c <-chan string, seen *strings.Builder) {
	t.Helper()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	drain(c, seen)
	if got := status(t, cmd.Wait()); got != 130 {
		t.Fatalf("exit status %d, want 130; stderr:\n%s", got, seen.String())
	}
	noDump(t, seen.String())
}

// noDump fails when stderr holds a goroutine dump (SIGQUIT's default).
func noDump(t *testing.T, stderr string) {
	t.Helper()
	if strings.Contains(stderr, "goroutine ") {
		t.Errorf("stderr holds a goroutine dump:\n%.600s", stderr)
	}
}

// TestSignalsEndScreening starts a plain-prompt screening, answers one
// question, then sends each stop signal: the program must end with exit
// 130, print nothing on stdout, dump no goroutines and write no file.
func TestSignalsEndScreening(t *testing.T) {
	for _, sig := range stopSignalsTested {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			cmd := program(dir, nil, "--accessible", "--lang", "en")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stdout bytes.Buffer
			cmd.Stdout = &stdout
			c := start(t, cmd)
			var seen strings.Builder
			// The first question's options, then the second's: the first
			// answer was read.
			firstOption := func(l string) bool { return strings.HasPrefix(l, "  1. ") }
			waitLine(t, c, &seen, "the first question", firstOption)
			io.WriteString(stdin, "-\n")
			waitLine(t, c, &seen, "the second question", firstOption)
			stopWith(t, cmd, sig, c, &seen)
			if stdout.Len() != 0 {
				t.Errorf("stdout: %q", stdout.String())
			}
			if es, _ := os.ReadDir(dir); len(es) != 0 {
				t.Errorf("files written: %v", es)
			}
		})
	}
}

// smallPipe returns a pipe that holds only one page, so that a command
// writing more blocks until it is read.
func smallPipe(t *testing.T) (r, w *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unix.FcntlInt(w.Fd(), unix.F_SETPIPE_SZ, os.Getpagesize()); err != nil {
		t.Fatal(err)
	}
	return r, w
}

// waitFull waits until the pipe read by r holds data that nobody reads:
// the program writing it has set up its signals and is blocked.
func waitFull(t *testing.T, r *os.File) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := unix.IoctlGetInt(int(r.Fd()), unix.TIOCINQ)
		if err != nil {
			t.Fatal(err)
		}
		if n >= os.Getpagesize() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the program wrote only %d bytes", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSignalsEndCommands signals report, questions and rules while they
// are blocked writing to a full stdout: each ends with exit 130 and no
// goroutine dump. Before, SIGTERM killed them (no status) and SIGQUIT
// dumped the goroutines.
func TestSignalsEndCommands(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.json": `{"answers": {"setting": "learning", "crisis": "yes"}}`})
	commands := map[string][]string{
		"report":    {"report", "--answers", "a.json", "--format", "json"},
		"questions": {"questions"},
		"rules":     {"rules"},
	}
	for name, args := range commands {
		for _, sig := range stopSignalsTested {
			t.Run(name+"/"+sig.String(), func(t *testing.T) {
				r, w := smallPipe(t)
				defer r.Close()
				cmd := program(dir, nil, args...)
				cmd.Stdout = w
				c := start(t, cmd)
				w.Close()
				waitFull(t, r)
				var seen strings.Builder
				stopWith(t, cmd, sig, c, &seen)
			})
		}
	}
}

// TestSignalDuringSave signals report --output while the temporary file
// holds the whole report: exit 130, and the folder holds what it held
// before (no temporary file, no report, an existing file unchanged).
func TestSignalDuringSave(t *testing.T) {
	for _, force := range []bool{false, true} {
		for _, sig := range stopSignalsTested {
			t.Run(fmt.Sprintf("force=%v/%s", force, sig), func(t *testing.T) {
				dir := t.TempDir()
				files := map[string]string{"a.json": `{"answers": {"setting": "learning", "crisis": "yes"}}`}
				args := []string{"report", "--answers", "a.json", "--output", "r.txt"}
				if force {
					files["r.txt"] = "mine"
					args = append(args, "--force")
				}
				writeFiles(t, dir, files)
				cmd := program(dir, []string{holdEnv + "=1"}, args...)
				c := start(t, cmd)
				var seen strings.Builder
				tmp := waitHeld(t, c, &seen)
				if !filepath.IsAbs(tmp) {
					tmp = filepath.Join(dir, tmp)
				}
				if data, err := os.ReadFile(tmp); err != nil || !bytes.Contains(data, []byte("112")) {
					t.Fatalf("the temporary file %s does not hold the report (%v): the test proves nothing", tmp, err)
				}
				stopWith(t, cmd, sig, c, &seen)
				es, _ := os.ReadDir(dir)
				if len(es) != len(files) {
					t.Errorf("folder holds %v, want only %d files", es, len(files))
				}
				for name, want := range files {
					if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
						t.Errorf("%s changed to %.40q", name, got)
					}
				}
			})
		}
	}
}

// TestBrokenStdout closes the reader of stdout before the program writes:
// every command that writes to stdout ends quietly with 141, as
// "mdma-screen questions | head" does when head is done.
func TestBrokenStdout(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.json": `{"answers": {"setting": "learning"}}`})
	for name, args := range map[string][]string{
		"questions": {"questions"},
		"rules":     {"rules", "--format", "json"},
		"report":    {"report", "--answers", "a.json"},
		"help":      {"--help"},
		"screening": {"--accessible"},
	} {
		t.Run(name, func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			r.Close()
			cmd := program(dir, nil, args...)
			cmd.Stdout = w
			cmd.Stdin = strings.NewReader(skipAll())
			var stderr bytes.Buffer
			if name != "screening" {
				cmd.Stderr = &stderr
			}
			err = cmd.Run()
			w.Close()
			if got := status(t, err); got != 141 {
				t.Fatalf("exit status %d, want 141; stderr:\n%s", got, stderr.String())
			}
			if stderr.Len() != 0 {
				t.Errorf("not quiet: %q", stderr.String())
			}
		})
	}
}

// skipAll returns the input that leaves every question of a screening
// unanswered ("-"), then ends at the review, which prints the report.
func skipAll() string {
	f := screening.NewFlow()
	var b strings.Builder
	for {
		if _, ok := f.Current(); !ok {
			return b.String()
		}
		f.Skip()
		b.WriteString("-\n")
	}
}

// TestBrokenStderr runs a plain-prompt screening whose stderr (the
// prompts) is a pipe nobody reads: the screening goes on and prints its
// report on stdout, exit 0. Before, the first prompt killed it (SIGPIPE).
func TestBrokenStderr(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	cmd := program(t.TempDir(), nil, "--accessible", "--lang", "en")
	cmd.Stdin = strings.NewReader(skipAll())
	cmd.Stderr = w
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	err = cmd.Run()
	w.Close()
	if got := status(t, err); got != 0 {
		t.Fatalf("exit status %d, want 0", got)
	}
	if !strings.Contains(stdout.String(), "112") {
		t.Errorf("no report on stdout: %.300q", stdout.String())
	}
}

// TestFullStdout writes to /dev/full: exit 1 and "could not write" in
// the chosen language. Before, it said "could not read the file".
func TestFullStdout(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.json": `{"answers": {"setting": "learning"}}`})
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"questions", []string{"questions"}, "mdma-screen: could not write to standard output: no space left on the device\n"},
		{"rules da", []string{"rules", "--lang", "da"}, "mdma-screen: kunne ikke skrive til standardoutput: der er ikke mere plads på enheden\n"},
		{"report", []string{"report", "--answers", "a.json", "--output", "-"}, "mdma-screen: could not write to standard output: no space left on the device\n"},
		{"screening", []string{"--accessible"}, "mdma-screen: could not write to standard output: no space left on the device\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := program(dir, nil, tc.args...)
			cmd.Stdout = full
			cmd.Stdin = strings.NewReader(skipAll())
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if got := status(t, cmd.Run()); got != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", got, stderr.String())
			}
			if !strings.HasSuffix(stderr.String(), tc.want) {
				t.Errorf("stderr ends %q, want %q", lastLine(stderr.String()), tc.want)
			}
			if es, _ := os.ReadDir(dir); len(es) != 1 {
				t.Errorf("folder holds %v", es)
			}
		})
	}
}

// lastLine is the last line of s, for messages.
func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndex(s, "\n")+1:]
}
