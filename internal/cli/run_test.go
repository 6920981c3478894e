package cli

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"mdma-screen/internal/exit"
)

// failWriter fails every write with err.
type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// runEnv runs args with stdout out and returns the status and stderr.
func runEnv(t *testing.T, out io.Writer, interactive func(Options, Env) error, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	code := Run(args, Env{
		In: strings.NewReader(""), Out: out, Err: &stderr,
		Getenv:      func(string) string { return "" },
		Interactive: interactive,
	})
	return code, stderr.String()
}

// writeFile writes data to path (0600).
func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

// targets returns a new folder that holds a file named existing with
// "mine" in it and an empty folder named "folder", with their paths.
func targets(t *testing.T, existing string) (dir, file, folder string) {
	t.Helper()
	dir = t.TempDir()
	file = filepath.Join(dir, existing)
	writeFile(t, file, "mine")
	folder = filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir, file, folder
}

// leftAlone fails unless file (of targets) still holds "mine" and dir
// holds n entries.
func leftAlone(t *testing.T, dir, file string, n int) {
	t.Helper()
	if got, _ := os.ReadFile(file); string(got) != "mine" {
		t.Errorf("%s changed: %q", filepath.Base(file), got)
	}
	if es, _ := os.ReadDir(dir); len(es) != n {
		t.Errorf("folder holds %v", es)
	}
}

// TestStdoutErrors: a closed pipe ends quietly with 141; any other failed
// write to stdout is exit 1 with "could not write", in the chosen
// language, whichever command wrote (the screening's report included).
func TestStdoutErrors(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "a.json")
	writeFile(t, answers, `{"answers": {"setting": "learning"}}`)
	// The screening's report goes to stdout through os.Stdout, whose
	// errors name /dev/stdout.
	screening := func(err error) func(Options, Env) error {
		return func(Options, Env) error {
			return exit.New(exit.WriteFailed, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: err})
		}
	}
	commands := map[string][]string{
		"questions": {"questions"},
		"rules":     {"rules", "--format", "json"},
		"report":    {"report", "--answers", answers},
		"report -":  {"report", "--answers", answers, "--output", "-"},
		"help":      {"--help"},
		"version":   {"--version"},
		"screening": {},
	}
	for _, tc := range []struct {
		err  error
		lang string
		code int
		msg  string
	}{
		{syscall.EPIPE, "en", exit.BrokenPipe, ""},
		{syscall.ENOSPC, "en", exit.WriteFailed, "mdma-screen: could not write to standard output: no space left on the device\n"},
		{syscall.ENOSPC, "da", exit.WriteFailed, "mdma-screen: kunne ikke skrive til standardoutput: der er ikke mere plads på enheden\n"},
		{syscall.EIO, "en", exit.WriteFailed, "mdma-screen: could not write to standard output: a system error (input/output error)\n"},
		{syscall.EIO, "da", exit.WriteFailed, "mdma-screen: kunne ikke skrive til standardoutput: en fejl i systemet (input/output error)\n"},
	} {
		for name, args := range commands {
			args := append([]string{"--lang", tc.lang}, args...)
			code, stderr := runEnv(t, failWriter{tc.err}, screening(tc.err), args...)
			if code != tc.code || stderr != tc.msg {
				t.Errorf("%s %v %s: status %d, stderr %q; want %d, %q", name, tc.err, tc.lang, code, stderr, tc.code, tc.msg)
			}
		}
	}
}

// TestOutputTargets: what report --output does with each kind of target,
// exactly: status, message, and the file system after.
func TestOutputTargets(t *testing.T) {
	dir, existing, folder := targets(t, "old.txt")
	answers := filepath.Join(dir, "a.json")
	writeFile(t, answers, `{"answers": {"setting": "learning"}}`)
	device := filepath.Join(dir, "null")
	if err := unix.Mknod(device, unix.S_IFCHR|0o666, int(unix.Mkdev(1, 3))); err != nil {
		if os.Geteuid() == 0 {
			t.Fatal(err)
		}
		// Not root: /dev/null cannot be replaced anyway, so the test
		// cannot harm it.
		device = "/dev/null"
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
		stdout bool
	}{
		{"device forced", []string{"--output", device, "--force"}, exit.WriteFailed,
			"mdma-screen: " + device + " is a device, not a regular file, and is never replaced; give the name of a new or a regular file\n", false},
		{"device", []string{"--output", device}, exit.WriteFailed,
			"mdma-screen: " + device + " is a device, not a regular file, and is never replaced; give the name of a new or a regular file\n", false},
		{"folder forced", []string{"--output", folder, "--force"}, exit.WriteFailed,
			"mdma-screen: " + folder + " is a folder, not a regular file, and is never replaced; give the name of a new or a regular file\n", false},
		{"folder da", []string{"--output", folder, "--lang", "da"}, exit.WriteFailed,
			"mdma-screen: " + folder + " er en mappe, ikke en almindelig fil, og bliver aldrig erstattet; angiv navnet på en ny eller en almindelig fil\n", false},
		{"existing", []string{"--output", existing}, exit.Usage,
			"mdma-screen: " + existing + " exists already; choose another name, or add --force to replace it\n", false},
		{"name too long", []string{"--output", filepath.Join(dir, strings.Repeat("n", 300))}, exit.WriteFailed,
			"mdma-screen: could not write " + filepath.Join(dir, strings.Repeat("n", 300)) + ": the name is too long\n", false},
		{"control characters", []string{"--output", filepath.Join(dir, "x\x1b]0;t\a", "r.txt")}, exit.WriteFailed,
			"mdma-screen: could not write " + filepath.Join(dir, `x\x1b]0;t\a`, "r.txt") + ": the folder does not exist\n", false},
		{"stdout", []string{"--output", "-"}, exit.OK, "", true},
		{"stdout forced", []string{"--output", "-", "--force"}, exit.OK, "", true},
	} {
		var stdout bytes.Buffer
		args := append([]string{"report", "--answers", answers}, tc.args...)
		code, stderr := runEnv(t, &stdout, nil, args...)
		if code != tc.code || stderr != tc.stderr {
			t.Errorf("%s: status %d, stderr %q; want %d, %q", tc.name, code, stderr, tc.code, tc.stderr)
		}
		if got := stdout.Len() > 0; got != tc.stdout {
			t.Errorf("%s: report on stdout %v, want %v", tc.name, got, tc.stdout)
		}
	}
	if fi, err := os.Lstat(device); err != nil || fi.Mode().Type()&fs.ModeDevice == 0 {
		t.Errorf("the device was replaced: %v, %v", fi, err)
	}
	leftAlone(t, dir, existing, 4)
}

// TestScreeningTargets: the screening checks --answers-out, like
// --output, before the first question: exactly which status and message,
// whether the screening started, and that the files are left alone.
func TestScreeningTargets(t *testing.T) {
	dir, existing, folder := targets(t, "old.json")
	fresh := filepath.Join(dir, "new.json")
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		stderr  string
		started bool
	}{
		{"new file", []string{"--answers-out", fresh}, exit.OK, "", true},
		{"existing", []string{"--answers-out", existing}, exit.Usage,
			"mdma-screen: " + existing + " exists already; choose another name, or add --force to replace it\n", false},
		{"existing forced", []string{"--answers-out", existing, "--force"}, exit.OK, "", true},
		{"existing beside a new report", []string{"--output", filepath.Join(dir, "r.txt"), "--answers-out", existing}, exit.Usage,
			"mdma-screen: " + existing + " exists already; choose another name, or add --force to replace it\n", false},
		{"folder forced", []string{"--answers-out", folder, "--force"}, exit.WriteFailed,
			"mdma-screen: " + folder + " is a folder, not a regular file, and is never replaced; give the name of a new or a regular file\n", false},
		{"folder da", []string{"--answers-out", folder, "--lang", "da"}, exit.WriteFailed,
			"mdma-screen: " + folder + " er en mappe, ikke en almindelig fil, og bliver aldrig erstattet; angiv navnet på en ny eller en almindelig fil\n", false},
		{"no folder", []string{"--answers-out", filepath.Join(dir, "none", "a.json")}, exit.WriteFailed,
			"mdma-screen: could not write " + filepath.Join(dir, "none", "a.json") + ": the folder does not exist\n", false},
		{"standard output", []string{"--answers-out", "-"}, exit.Usage,
			"mdma-screen: --answers-out takes the name of a file, not -: standard output is the screening’s, or its report’s\nSee mdma-screen --help.\n", false},
		{"the report's file", []string{"--answers-out", fresh, "--output", fresh}, exit.Usage,
			"mdma-screen: --answers-out and --output both name " + fresh + ": give two files\nSee mdma-screen --help.\n", false},
		{"force alone", []string{"--force"}, exit.Usage,
			"mdma-screen: --force goes with --output FILE or --answers-out FILE\nSee mdma-screen --help.\n", false},
	} {
		started := false
		var got Options
		code, stderr := runEnv(t, io.Discard, func(o Options, _ Env) error {
			started, got = true, o
			return nil
		}, tc.args...)
		if code != tc.code || stderr != tc.stderr || started != tc.started {
			t.Errorf("%s: status %d, stderr %q, started %v; want %d, %q, %v", tc.name, code, stderr, started, tc.code, tc.stderr, tc.started)
		}
		if started && got.AnswersOut != tc.args[1] {
			t.Errorf("%s: the screening got --answers-out %q, want %q", tc.name, got.AnswersOut, tc.args[1])
		}
	}
	leftAlone(t, dir, existing, 2)
}

// TestReadErrors: an answers file that cannot be read is named, with the
// reason in the chosen language: a missing file, and a folder given as
// the file.
func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.json")
	for _, tc := range []struct{ path, lang, want string }{
		{missing, "en", "mdma-screen: could not read the file: " + missing + ": the file does not exist\n"},
		{missing, "da", "mdma-screen: filen kunne ikke læses: " + missing + ": filen findes ikke\n"},
		{dir, "en", "mdma-screen: could not read the file: " + dir + ": it is a folder, not a file\n"},
		{dir, "da", "mdma-screen: filen kunne ikke læses: " + dir + ": det er en mappe, ikke en fil\n"},
	} {
		code, stderr := runEnv(t, io.Discard, nil, "report", "--answers", tc.path, "--lang", tc.lang)
		if code != exit.Usage || stderr != tc.want {
			t.Errorf("%s %s: status %d, stderr %q; want 2, %q", tc.path, tc.lang, code, stderr, tc.want)
		}
	}
}

// TestFailStatus: how fail turns an error into a status, and that a
// message already shown is not shown again.
func TestFailStatus(t *testing.T) {
	for _, tc := range []struct {
		err  error
		code int
		msg  bool
	}{
		{exit.Silent(exit.Aborted), exit.Aborted, false},
		{exit.New(exit.WriteFailed, &stdoutError{syscall.EPIPE}), exit.BrokenPipe, false},
		{exit.New(exit.WriteFailed, errors.New("x")), exit.WriteFailed, true},
		{errors.New("x"), exit.Usage, true},
	} {
		var stderr bytes.Buffer
		code := Run([]string{}, Env{Out: io.Discard, Err: &stderr, Getenv: func(string) string { return "" },
			Interactive: func(Options, Env) error { return tc.err }})
		if code != tc.code || (stderr.Len() > 0) != tc.msg {
			t.Errorf("%v: status %d, stderr %q; want %d, message %v", tc.err, code, stderr.String(), tc.code, tc.msg)
		}
	}
}
