package cli

import (
	"errors"
	"testing"

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
		{"nothing", nil, `cmd="" lang=da format=text answers="" output="" force=false counsellor=false accessible=false`},
		{"report after flags", []string{"--format", "json", "--answers=a.json", "report"}, `cmd="report" lang=da format=json answers="a.json" output="" force=false counsellor=false accessible=false`},
		{"flags after", []string{"report", "--answers", "-", "--output", "r.md", "--force", "--format=markdown", "--lang=en"}, `cmd="report" lang=en format=markdown answers="-" output="r.md" force=true counsellor=false accessible=false`},
		{"counsellor screening", []string{"--counsellor", "--accessible"}, `cmd="" lang=da format=text answers="" output="" force=false counsellor=true accessible=true`},
		{"questions for counsellors", []string{"questions", "--counsellor"}, `cmd="questions" lang=da format=text answers="" output="" force=false counsellor=true accessible=false`},
		{"help anywhere", []string{"rules", "-h"}, `cmd="rules" lang=da format= answers="" output="" force=false counsellor=false accessible=false`},
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
		{"format without command", []string{"--format", "json"}, "cli.err.flag_not_here"},
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
