package report

import "strings"

// Text renders the report as plain text. (Interim layout; the full
// renderer replaces it.)
func Text(r *Report) []byte {
	var b strings.Builder
	b.WriteString(r.Headline + "\n")
	for _, f := range r.Findings {
		b.WriteString(f.Title + "\n" + f.Explanation + "\n")
	}
	b.WriteString(r.Disclaimer + "\n")
	return []byte(b.String())
}

// Markdown renders the report as markdown. (Interim layout; the full
// renderer replaces it.)
func Markdown(r *Report) []byte { return Text(r) }
