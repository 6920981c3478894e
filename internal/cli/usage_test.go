package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/report"
	"mdma-screen/screening"
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
		if c.args != "" {
			keys = append(keys, c.args)
		}
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
		if (len(f.needs) == 0) != (f.needsErr == "") || (len(f.needs) > 1) != (f.needsAnyErr != "") || (f.values != nil) != (f.badValue != "") {
			t.Errorf("--%s: a condition without its error, or an error without its condition", f.name)
		}
		if f.def != "" && !f.allowed(f.def) {
			t.Errorf("--%s: default %q is not allowed", f.name, f.def)
		}
		if ownWay := !f.global && f.takes("") && !f.needsHere(""); ownWay != (f.variant != "") {
			t.Errorf("--%s: a flag of the screening that needs no other needs a usage line (variant), and only such a flag", f.name)
		}
		for _, k := range []string{f.meta, f.required, f.needsErr, f.needsAnyErr, f.badValue, f.help, f.note, f.variant} {
			if k != "" {
				keys = append(keys, k)
			}
		}
	}
	for _, f := range flags {
		for _, n := range f.needs {
			if g, ok := lookupFlag(n); !ok || g.global {
				t.Errorf("--%s needs --%s, which is not a command's flag", f.name, n)
			}
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

// helpTopics are the help texts there are: the program's ("") and each
// command's, with the name of their golden file.
func helpTopics() map[string]string {
	topics := map[string]string{}
	for _, c := range commands {
		name := c.name
		if name == "" {
			name = program
		}
		topics[c.name] = name
	}
	return topics
}

// helpOut runs the program with args and returns what it printed; it
// fails unless it exited 0 with nothing on stderr.
func helpOut(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, Env{Out: &out, Err: &errOut, Getenv: func(string) string { return "" }})
	if code != 0 || errOut.Len() != 0 {
		t.Fatalf("%q: exit %d, stderr %q", args, code, errOut.String())
	}
	return out.String()
}

// TestHelpIsTheReviewedText checks each help text, in both languages,
// against its golden file (testdata/help/TOPIC.LANG.txt), and that every
// way of asking for it prints the same: help COMMAND, COMMAND --help,
// COMMAND -h, and for the program --help and help alone.
func TestHelpIsTheReviewedText(t *testing.T) {
	for cmd, name := range helpTopics() {
		for _, l := range i18n.Langs {
			t.Run(name+"."+string(l), func(t *testing.T) {
				lang := []string{"--lang", string(l)}
				ways := [][]string{{"help", cmd}, {cmd, "--help"}, {"-h", cmd}}
				if cmd == "" {
					ways = [][]string{{"help"}, {"--help"}, {"-h"}}
				}
				got := helpOut(t, append(ways[0], lang...)...)
				golden.Compare(t, filepath.Join("testdata", "help", name+"."+string(l)+".txt"), []byte(got))
				for _, w := range ways[1:] {
					if other := helpOut(t, append(w, lang...)...); other != got {
						t.Errorf("%q differs from %q at %s", w, ways[0], golden.FirstDiff([]byte(other), []byte(got)))
					}
				}
			})
		}
	}
}

// TestHelpWithin80Columns checks that no line of any help text, in any
// language, is wider than report.Width (80) columns, holds a tab or ends
// in a space.
func TestHelpWithin80Columns(t *testing.T) {
	for cmd, name := range helpTopics() {
		for _, l := range i18n.Langs {
			help := Usage(i18n.MustLoad(l), cmd)
			for i, line := range strings.Split(strings.TrimSuffix(help, "\n"), "\n") {
				if w := ansi.StringWidth(line); w > report.Width || strings.ContainsAny(line, "\t\r") || strings.HasSuffix(line, " ") {
					t.Errorf("%s.%s line %d: %d columns, a tab or a trailing space: %q", name, l, i+1, w, line)
				}
			}
		}
	}
}

// TestHelpCommandsDiffer checks that a command's help is its own: it is
// not the program's help and names no other command.
func TestHelpCommandsDiffer(t *testing.T) {
	cat := i18n.MustLoad(i18n.En)
	whole := Usage(cat, "")
	for _, c := range commands {
		if c.name == "" {
			continue
		}
		help := Usage(cat, c.name)
		if help == whole {
			t.Errorf("help %s is the program's help", c.name)
		}
		for _, other := range commandNames() {
			if other != c.name && strings.Contains(help, "\n"+synopsis(cat, other)[0]+"\n") {
				t.Errorf("help %s shows the synopsis of %s", c.name, other)
			}
		}
	}
}

// TestHelpReportDescribesTheAnswersFile checks report's help against the
// question bank: every question ID and every option is named, and the
// example is an answers file the parser accepts.
func TestHelpReportDescribesTheAnswersFile(t *testing.T) {
	for _, l := range i18n.Langs {
		help := Usage(i18n.MustLoad(l), "report")
		for _, q := range screening.Questions() {
			if !strings.Contains(help, q.ID) {
				t.Errorf("%s: help report does not name question %s", l, q.ID)
			}
			for _, o := range q.Options {
				if !strings.Contains(help, `"`+o+`"`) {
					t.Errorf("%s: help report does not name %s's option %q", l, q.ID, o)
				}
			}
		}
		if indented := "    " + strings.ReplaceAll(answersExample(), "\n", "\n    "); !strings.Contains(help, indented) {
			t.Errorf("%s: help report does not hold the example", l)
		}
	}
	a, err := screening.ParseAnswers([]byte(answersExample()), "example")
	if err != nil {
		t.Fatalf("the example does not parse: %v\n%s", err, answersExample())
	}
	answered := 0
	for q := range screening.Questions() {
		if a.Answered(q) {
			answered++
		}
	}
	if lines := strings.Count(answersExample(), "\n  \""); answered != lines || answered < 4 {
		t.Errorf("the example holds %d answers, the parser read %d; want one of each kind", lines, answered)
	}
}
