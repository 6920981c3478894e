package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
// line, exit statuses, files written and not written.
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
			"checkperm": checkperm,
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
