package main

import (
	"os"
	"strings"
	"testing"
)

// TestSignalDuringScreeningSave signals a plain-prompt screening with
// --output while the temporary file holds the whole report: exit 130, and
// the folder holds nothing (no temporary file, no report).
func TestSignalDuringScreeningSave(t *testing.T) {
	walk := strings.Repeat("2\n", 8)
	walk = "5\n1\n1\n" + walk + "11\n2\n2\n2\n2\n2\n1\n2\n\n"
	for _, sig := range stopSignalsTested {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			cmd := program(dir, []string{holdEnv + "=1"}, "--lang", "en", "--output", "r.txt")
			cmd.Stdin = strings.NewReader(walk)
			c := start(t, cmd)
			var seen strings.Builder
			waitHeld(t, c, &seen)
			stopWith(t, cmd, sig, c, &seen)
			if es, _ := os.ReadDir(dir); len(es) != 0 {
				t.Errorf("files left: %v\n%s", es, seen.String())
			}
		})
	}
}
