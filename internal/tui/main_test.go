package tui

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestMain runs the package's tests with the garbage collector set to
// run an eighth as often: the tests draw many short-lived screens and
// forms on a small heap, and with Go's default the collector took about
// a quarter of their time (issue 14: the package's tests at least twice
// as fast). The tests and what they check are unchanged; GOGC set in the
// environment still wins.
func TestMain(m *testing.M) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(800)
	}
	os.Exit(m.Run())
}
