// Package golden compares test output with golden files and rewrites them
// on request. Imported by tests only.
//
// Rewrite every golden file of the project with
//
//	MDMA_UPDATE=1 go test ./...
//
// or one package's with go test ./internal/report -update; then review the
// diff like code.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Update reports whether golden files are being rewritten: the -update
// flag, or MDMA_UPDATE set in the environment.
func Update() bool { return *update || os.Getenv("MDMA_UPDATE") != "" }

// Compare checks got against the golden file at path, or rewrites the
// file when Update is on. A failure names the first differing line.
func Compare(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (MDMA_UPDATE=1 go test ./... creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs at %s\n(if the change is intended: MDMA_UPDATE=1 go test ./... and review the diff)", path, FirstDiff(got, want))
	}
}

// FirstDiff describes the first line where got and want differ.
func FirstDiff(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n  got:  %q\n  want: %q", i+1, gl, wl)
		}
	}
	return "the end of the file"
}
