package cli

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"mdma-screen/i18n"
)

func TestParse(t *testing.T) {
	env := func(k string) string {
		if k == "LANG" {
			return "da_DK.UTF-8"
		}
		return ""
	}
	tests := []struct {
		name string
		args []string
		want string // Options.String(), or the error key
	}{
		{"nothing", nil, `cmd="" lang=da format=text answers="" output="" answers-out="" force=false counsellor=false accessible=false help=false`},
		{"report after flags", []string{"--format", "json", "--answers=a.json", "report"}, `cmd="report" lang=da format=json answers="a.json" output="" answers-out="" force=false counsellor=false accessible=false help=false`},
		{"flags after", []string{"report", "--answers", "-", "--output", "r.md", "--force", "--format=markdown", "--lang=en"}, `cmd="report" lang=en format=markdown answers="-" output="r.md" answers-out="" force=true counsellor=false accessible=false help=false`},
		{"counsellor screening", []string{"--counsellor", "--accessible"}, `cmd="" lang=da format=text answers="" output="" answers-out="" force=false counsellor=true accessible=true help=false`},
		{"screening saved", []string{"--output", "r.json", "--format", "json", "--force", "--accessible"}, `cmd="" lang=da format=json answers="" output="r.json" answers-out="" force=true counsellor=false accessible=true help=false`},
		{"questions for counsellors", []string{"questions", "--counsellor"}, `cmd="questions" lang=da format=text answers="" output="" answers-out="" force=false counsellor=true accessible=false help=false`},
		{"help anywhere", []string{"rules", "-h"}, `cmd="rules" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help", []string{"help"}, `cmd="" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help command", []string{"help", "report"}, `cmd="report" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help after command", []string{"questions", "help", "--lang", "en"}, `cmd="questions" lang=en format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help of help", []string{"help", "help"}, `cmd="help" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help --help", []string{"help", "--help"}, `cmd="help" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help ignores the command's flags", []string{"help", "report", "--format", "pdf"}, `cmd="report" lang=da format= answers="" output="" answers-out="" force=false counsellor=false accessible=false help=true`},
		{"help of an unknown command", []string{"help", "frobnicate"}, "cli.err.argument"},
		{"help of two commands", []string{"help", "report", "rules"}, "cli.err.two_commands"},
		{"help, unknown flag", []string{"help", "--frob"}, "cli.err.unknown_flag"},
		{"unknown flag", []string{"--colour"}, "cli.err.unknown_flag"},
		{"value missing", []string{"report", "--answers"}, "cli.err.needs_value"},
		{"empty value", []string{"report", "--answers="}, "cli.err.needs_value"},
		{"bool with value", []string{"--force=yes"}, "cli.err.no_value"},
		{"twice", []string{"--lang", "da", "--lang", "en"}, "cli.err.twice"},
		{"bad lang", []string{"--lang", "sv"}, "cli.err.lang"},
		{"bad format", []string{"rules", "--format", "html"}, "cli.err.format"},
		{"empty format", []string{"rules", "--format="}, "cli.err.format"},
		{"empty lang", []string{"--lang="}, "cli.err.lang"},
		{"empty output", []string{"report", "--answers", "a", "--output="}, "cli.err.needs_value"},
		{"format in the screening without output", []string{"--format", "json"}, "cli.err.format_alone"},
		{"force in the screening without output", []string{"--accessible", "--force"}, "cli.err.force_alone_any"},
		{"answers saved", []string{"--answers-out", "a.json", "--force", "--lang", "en"}, `cmd="" lang=en format=text answers="" output="" answers-out="a.json" force=true counsellor=false accessible=false help=false`},
		{"answers and report saved", []string{"--answers-out=a.json", "--output", "r.md", "--format", "markdown", "--counsellor"}, `cmd="" lang=da format=markdown answers="" output="r.md" answers-out="a.json" force=false counsellor=true accessible=false help=false`},
		{"answers-out with report", []string{"report", "--answers", "a", "--answers-out", "b"}, "cli.err.flag_not_here"},
		{"answers-out to standard output", []string{"--answers-out", "-"}, "cli.err.answers_out_stdout"},
		{"answers-out empty", []string{"--answers-out="}, "cli.err.needs_value"},
		{"answers-out is the output", []string{"--answers-out", "./r.txt", "--output", "r.txt"}, "cli.err.same_file"},
		{"format with answers-out only", []string{"--answers-out", "a.json", "--format", "json"}, "cli.err.format_alone"},
		{"answers with the screening", []string{"--answers", "a.json"}, "cli.err.flag_not_here"},
		{"accessible with report", []string{"report", "--answers", "a", "--accessible"}, "cli.err.flag_not_here"},
		{"counsellor with rules", []string{"rules", "--counsellor"}, "cli.err.flag_not_here"},
		{"report without answers", []string{"report"}, "cli.err.needs_answers"},
		{"force alone", []string{"report", "--answers", "a", "--force"}, "cli.err.force_alone"},
		{"stray argument", []string{"report", "a.json"}, "cli.err.argument"},
		{"two commands", []string{"rules", "questions"}, "cli.err.two_commands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := Parse(tt.args, env)
			var ue *UsageError
			switch {
			case errors.As(err, &ue):
				if ue.Key != tt.want {
					t.Fatalf("error %s (%v), want %s", ue.Key, err, tt.want)
				}
				if msg := ue.Localize(i18n.MustLoad(i18n.Da)); msg == "" || msg[0] == '[' {
					t.Fatalf("no Danish message for %s: %q", ue.Key, msg)
				}
			case err != nil:
				t.Fatal(err)
			case o.String() != tt.want:
				t.Fatalf("got  %s\nwant %s", o, tt.want)
			}
		})
	}
}

// TestUsageErrorsQuoteInput checks that an argument echoed in a usage
// error can change nothing on the terminal: control, format and bidi
// characters show as escapes, in both languages.
func TestUsageErrorsQuoteInput(t *testing.T) {
	tests := []struct {
		args []string
		want string // in the English message
	}{
		{[]string{"\x1b[?1049h"}, `"\x1b[?1049h"`},
		{[]string{"rules", "\u202eseluR"}, `"\u202eseluR"`},
		{[]string{"--\x1b]0;title\a"}, `--\x1b]0;title\a`},
		{[]string{"rules", "--format", "json\x1b[8m"}, `"json\x1b[8m"`},
		{[]string{"--lang", "d\u200ba"}, `"d\u200ba"`},
	}
	for _, tt := range tests {
		o, err := Parse(tt.args, func(string) string { return "" })
		var ue *UsageError
		if !errors.As(err, &ue) {
			t.Fatalf("%q: %v, %v; want a usage error", tt.args, o, err)
		}
		for _, l := range i18n.Langs {
			msg := ue.Localize(i18n.MustLoad(l))
			for _, r := range msg {
				if r < 0x20 || r == 0x7f || unicode.Is(unicode.Cf, r) {
					t.Errorf("%q, %s: %q holds %U", tt.args, l, msg, r)
				}
			}
			if l == i18n.En && !strings.Contains(msg, tt.want) {
				t.Errorf("%q: %q does not show %s", tt.args, msg, tt.want)
			}
		}
	}
}
