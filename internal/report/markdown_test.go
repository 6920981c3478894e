package report

import (
	"fmt"
	"strings"
	"testing"

	"mdma-screen/i18n"
)

func TestMarkdownLayout(t *testing.T) {
	brackets := func(s string) string { return "[" + s + "]" }
	for _, c := range layoutCases {
		a := layoutAnswers(t, c.name, c.answers)
		for _, lang := range i18n.Langs {
			for _, counsellor := range []bool{false, true} {
				where := fmt.Sprintf("%s.%s/counsellor=%v/markdown", c.name, lang, counsellor)
				t.Run(where, func(t *testing.T) {
					r := Build(a, Options{Lang: lang, Counsellor: counsellor})
					cat := r.Catalog()
					out := Markdown(r)
					if again := Markdown(Build(a, Options{Lang: lang, Counsellor: counsellor})); string(again) != string(out) {
						t.Fatal("two renders differ")
					}
					checkReportCommon(t, where, r, out)
					checkOrder(t, where, string(out), contractParts(r, func(f Finding) []string {
						return []string{f.Title, Symbol(cat, f.Level) + " " + cat.T("level."+f.Level)}
					}, brackets))
					s := string(out)
					if !strings.Contains(s, "\n# "+EscapeMarkdown(cat.T("report.title"))+"\n") && !strings.HasPrefix(s, "# "+EscapeMarkdown(cat.T("report.title"))+"\n") {
						t.Errorf("%s: no level-1 heading with the title", where)
					}
					if strings.Contains(strings.ReplaceAll(s, `\<`, ""), "<") {
						t.Errorf("%s: raw HTML or an unescaped <", where)
					}
					// Level labels are bold, with their symbol.
					for _, f := range r.Findings {
						bold := "**" + EscapeMarkdown(Symbol(cat, f.Level)+" "+cat.T("level."+f.Level)) + "**"
						if !strings.Contains(s, bold) {
							t.Errorf("%s: finding %s has no bold level label %s", where, f.Rule, bold)
						}
					}
				})
			}
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, with (parentheses).", "plain text, with (parentheses)."},
		{"a *star* and _under_ and `code`", `a \*star\* and \_under\_ and \` + "`" + `code\` + "`"},
		{"[X] link-like", `\[X\] link-like`},
		{"<b>html</b>", `\<b\>html\</b\>`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"1. not a list", `1\. not a list`},
		{"2024. A year", `2024\. A year`},
		{"10 mg", "10 mg"},
		{"~strike~ | pipe $math$", `\~strike\~ \| pipe \$math\$`},
		{"MDMA-assisted", "MDMA-assisted"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
