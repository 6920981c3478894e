package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestMain lets the scripts run the real program as "mdma-screen".
// With MDMA_SCREEN_RUN_MAIN=1 the test binary is the program itself, for
// tests that send it signals.
func TestMain(m *testing.M) {
	if os.Getenv("MDMA_SCREEN_RUN_MAIN") == "1" {
		os.Exit(run())
	}
	testscript.Main(m, map[string]func(){
		"mdma-screen": func() { os.Exit(run()) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the command
// line, exit statuses, files written and not written. A script checks a
// status other than 0 with exec-status, never with "! exec".
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("LANG", "")
			env.Setenv("LC_ALL", "")
			env.Setenv("LC_MESSAGES", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"checkperm":   checkperm,
			"exec-status": execStatus,
		},
	})
}

// checkperm FILE MODE checks a file's permission bits (octal).
func checkperm(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: checkperm FILE MODE")
	}
	fi, err := os.Stat(filepath.Join(ts.Getenv("WORK"), args[0]))
	ts.Check(err)
	want, err := strconv.ParseUint(args[1], 8, 32)
	ts.Check(err)
	if got := uint64(fi.Mode().Perm()); (got == want) == neg {
		ts.Fatalf("%s has mode %#o, want %#o (negated: %v)", args[0], got, want, neg)
	}
}

// execStatus N COMMAND [ARGS...] runs COMMAND as exec does and checks that
// it exits with status N exactly; its stdout and stderr are kept for
// stdout, stderr and cmp. "! exec" only knows "not 0", so a status changed
// from 2 to 1 would pass it.
func execStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exec-status; give the status")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exec-status N COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// TestScriptsCheckStatusExactly fails on a script line "! exec": it passes
// for any status but 0, so a changed status would go unnoticed.
func TestScriptsCheckStatusExactly(t *testing.T) {
	files, err := filepath.Glob("testdata/script/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(a.Comment), "\n") {
			if fields := strings.Fields(line); len(fields) > 1 && fields[0] == "!" && fields[1] == "exec" {
				t.Errorf("%s:%d: %q; use exec-status N", f, i+1, line)
			}
		}
	}
}
