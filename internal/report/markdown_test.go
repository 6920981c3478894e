package report

import (
	"fmt"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
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
					if !strings.Contains(s, "\n# "+layout.EscapeMarkdown(cat.T("report.title"))+"\n") && !strings.HasPrefix(s, "# "+layout.EscapeMarkdown(cat.T("report.title"))+"\n") {
						t.Errorf("%s: no level-1 heading with the title", where)
					}
					if strings.Contains(strings.ReplaceAll(s, `\<`, ""), "<") {
						t.Errorf("%s: raw HTML or an unescaped <", where)
					}
					// Level labels are bold, with their symbol.
					for _, f := range r.Findings {
						bold := "**" + layout.EscapeMarkdown(Symbol(cat, f.Level)+" "+cat.T("level."+f.Level)) + "**"
						if !strings.Contains(s, bold) {
							t.Errorf("%s: finding %s has no bold level label %s", where, f.Rule, bold)
						}
					}
				})
			}
		}
	}
}
