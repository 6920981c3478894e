package report

import (
	"strings"
	"testing"

	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
)

func TestMarkdownLayout(t *testing.T) {
	parts := func(r *Report, f Finding) []string {
		return []string{f.Title, vocab.Symbol(r.Catalog(), f.Level) + " " + r.Catalog().T("level."+f.Level)}
	}
	eachLayout(t, "markdown", Markdown, parts, func(t *testing.T, where string, r *Report, s string) {
		cat := r.Catalog()
		if !strings.Contains(s, "\n# "+layout.EscapeMarkdown(cat.T("report.title"))+"\n") && !strings.HasPrefix(s, "# "+layout.EscapeMarkdown(cat.T("report.title"))+"\n") {
			t.Errorf("%s: no level-1 heading with the title", where)
		}
		if strings.Contains(strings.ReplaceAll(s, `\<`, ""), "<") {
			t.Errorf("%s: raw HTML or an unescaped <", where)
		}
		// Level labels are bold, with their symbol.
		for _, f := range r.Findings {
			bold := "**" + layout.EscapeMarkdown(vocab.Symbol(cat, f.Level)+" "+cat.T("level."+f.Level)) + "**"
			if !strings.Contains(s, bold) {
				t.Errorf("%s: finding %s has no bold level label %s", where, f.Rule, bold)
			}
		}
	})
}
