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
	"sort"
	"strings"
	"testing"

	"mdma-screen/screening"
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

// Cases reads every answers file in dir (testdata/cases) and returns the
// answers by case name (the file name without .json), with the names
// sorted.
func Cases(t testing.TB, dir string) ([]string, map[string]screening.Answers) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in %s: %v", dir, err)
	}
	sort.Strings(files)
	names := make([]string, 0, len(files))
	out := map[string]screening.Answers{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := screening.ParseAnswers(data, f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		names = append(names, name)
		out[name] = a
	}
	return names, out
}
