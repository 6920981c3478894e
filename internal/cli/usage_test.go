package cli

import (
	"bytes"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
)

// TestFlagTable checks that the table is whole: every key it names is in
// both catalogs, every command and flag it refers to exists.
func TestFlagTable(t *testing.T) {
	names := map[string]bool{}
	for _, c := range commands {
		if c.name != "" && !isCommand(c.name) {
			t.Errorf("command %q not found", c.name)
		}
	}
	keys := []string{}
	for _, c := range commands {
		keys = append(keys, c.help)
	}
	for _, f := range flags {
		if names[f.name] {
			t.Errorf("--%s twice in the table", f.name)
		}
		names[f.name] = true
		if f.help == "" || f.set == nil {
			t.Errorf("--%s: no help text or no setter", f.name)
		}
		if f.global != (len(f.commands) == 0) {
			t.Errorf("--%s: global %v with commands %v", f.name, f.global, f.commands)
		}
		for _, c := range f.commands {
			if c != "" && !isCommand(c) {
				t.Errorf("--%s: unknown command %q", f.name, c)
			}
		}
		if f.kind == boolFlag && (f.values != nil || f.meta != "" || f.def != "" || f.stdin) {
			t.Errorf("--%s: a bool flag with a value", f.name)
		}
		if f.kind == valueFlag && (f.values == nil) == (f.meta == "") {
			t.Errorf("--%s: needs either values or a placeholder", f.name)
		}
		if (f.needs == "") != (f.needsErr == "") || (f.values != nil) != (f.badValue != "") {
			t.Errorf("--%s: a condition without its error, or an error without its condition", f.name)
		}
		if f.def != "" && !f.allowed(f.def) {
			t.Errorf("--%s: default %q is not allowed", f.name, f.def)
		}
		for _, k := range []string{f.meta, f.required, f.needsErr, f.badValue, f.help, f.note} {
			if k != "" {
				keys = append(keys, k)
			}
		}
	}
	for _, f := range flags {
		if g, ok := lookupFlag(f.needs); f.needs != "" && (!ok || g.global) {
			t.Errorf("--%s needs --%s, which is not a command's flag", f.name, f.needs)
		}
	}
	for _, l := range i18n.Langs {
		cat := i18n.MustLoad(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: missing %q", l, k)
			}
		}
	}
}

// TestUsageIsTheReviewedText checks the help made from the tables against
// the reviewed help text, the catalog's "cli.usage", byte for byte, in
// both languages, through Run as --help prints it.
func TestUsageIsTheReviewedText(t *testing.T) {
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			cat := i18n.MustLoad(l)
			var out, errOut bytes.Buffer
			code := Run([]string{"--help", "--lang", string(l)}, Env{Out: &out, Err: &errOut, Getenv: func(string) string { return "" }})
			if code != 0 || errOut.Len() != 0 {
				t.Fatalf("--help: exit %d, stderr %q", code, errOut.String())
			}
			if got, want := out.String(), cat.T("cli.usage"); got != want {
				t.Errorf("--help differs from cli.usage at %s", golden.FirstDiff([]byte(got), []byte(want)))
			}
		})
	}
}
