package report

import (
	"strings"

	"mdma-screen/i18n"
)

// Markdown renders the report as markdown that reads well on a forge and
// in note apps: headings, lists and bold labels, no raw HTML, and every
// catalog text escaped so that it shows as written. The parts come in the
// same order as in Text.
func Markdown(r *Report) []byte {
	cat := r.Catalog()
	d := &MarkdownDoc{}
	if r.Readback != nil {
		d.Heading(1, cat.T("render.readback"))
		d.Para(cat.T("render.readback_intro"))
		for i, s := range r.Readback {
			d.EndList() // a loose list: one sentence group a paragraph
			d.Item(itoa(i+1)+". ", s)
		}
		d.EndList()
	}
	if r.HelpFirst {
		d.Heading(1, cat.T("render.help_first"))
		markdownHelp(d, r)
	}

	d.Heading(1, cat.T("report.title"))
	d.Raw("**" + EscapeMarkdown(oneLine(r.Headline)) + "**")

	d.Heading(2, cat.T("report.findings"))
	if len(r.Findings) == 0 {
		d.Para(cat.T("report.no_findings"))
	}
	for i, f := range r.Findings {
		d.Heading(3, itoa(i+1)+". "+f.Title)
		d.Raw("**" + EscapeMarkdown(Symbol(cat, f.Level)+" "+cat.T("level."+f.Level)) + "**")
		d.Para(f.Explanation)
		if len(f.Reasons) > 0 {
			d.Raw("**" + EscapeMarkdown(cat.T("report.because")) + ":**")
			for _, why := range f.Reasons {
				d.Item("- ", why)
			}
			d.EndList()
		}
		d.Sources(cat, f.Sources)
	}

	d.Heading(2, cat.T("report.answers"))
	for i, a := range r.Answered {
		a.Value = escapeInline(a.Value)
		v := AnswerValue(cat, a, func(s string) string { return "**\\[" + escapeInline(s) + "\\]**" })
		d.ItemRaw(itoa(i+1)+". ", EscapeMarkdown(a.Label)+": "+v)
	}
	d.EndList()

	d.Heading(2, cat.T("report.good_to_know"))
	for _, s := range r.GoodToKnow {
		d.Heading(3, s.Title)
		d.Para(s.Text)
	}

	d.Heading(2, cat.T("report.help"))
	markdownHelp(d, r)

	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(r.Disclaimer)

	d.Para(VersionLine(cat, r.Version))
	return d.Bytes()
}

// markdownHelp writes the places to get help as a list (name in bold,
// contact, and on the next line when it is for), then that it is not the
// person's fault.
func markdownHelp(d *MarkdownDoc, r *Report) {
	for _, h := range r.Help {
		d.ItemRaw("- ", "**"+EscapeMarkdown(h.Name)+":** "+EscapeMarkdown(h.Contact)+"\\\n  "+EscapeMarkdown(h.When))
	}
	d.EndList()
	d.Para(r.Fault)
}

// Sources writes "**Source:** x", or a list under "**Sources:**".
func (d *MarkdownDoc) Sources(cat *i18n.Catalog, sources []string) {
	switch len(sources) {
	case 0:
	case 1:
		d.Raw("**" + EscapeMarkdown(cat.T("report.source")) + ":** " + escapeInline(sources[0]))
	default:
		d.Raw("**" + EscapeMarkdown(cat.T("render.sources")) + ":**")
		for _, s := range sources {
			d.Item("- ", s)
		}
		d.EndList()
	}
}

// MarkdownDoc collects the blocks of a markdown document, one blank line
// between blocks; list items follow each other without one.
type MarkdownDoc struct {
	b      strings.Builder
	inList bool
}

// Heading writes an ATX heading of the given level (1-6).
func (d *MarkdownDoc) Heading(level int, title string) {
	t := escapeInline(oneLine(title))
	if strings.HasSuffix(t, "#") {
		t = t[:len(t)-1] + "\\#" // a closing sequence would be dropped
	}
	d.Raw(strings.Repeat("#", level) + " " + t)
}

// Para writes a catalog text as paragraphs ("\n\n" separates them),
// escaped.
func (d *MarkdownDoc) Para(text string) {
	for _, p := range paragraphs(text) {
		d.Raw(EscapeMarkdown(p))
	}
}

// Raw writes a block that is markdown already.
func (d *MarkdownDoc) Raw(block string) {
	d.EndList()
	if d.b.Len() > 0 {
		d.b.WriteString("\n")
	}
	d.b.WriteString(block + "\n")
}

// Item writes a list item: marker ("- ", "1. ") and an escaped text;
// further paragraphs of the text stay inside the item.
func (d *MarkdownDoc) Item(marker, text string) {
	ps := paragraphs(text)
	for i, p := range ps {
		ps[i] = EscapeMarkdown(p)
	}
	d.ItemRaw(marker, strings.Join(ps, "\n\n"+strings.Repeat(" ", len(marker))))
}

// ItemRaw writes a list item whose text is markdown already.
func (d *MarkdownDoc) ItemRaw(marker, text string) {
	if !d.inList && d.b.Len() > 0 {
		d.b.WriteString("\n")
	}
	d.inList = true
	d.b.WriteString(marker + text + "\n")
}

// EndList ends a list, so that the next block is set off by a blank line.
func (d *MarkdownDoc) EndList() { d.inList = false }

// Bytes returns the document.
func (d *MarkdownDoc) Bytes() []byte { return []byte(d.b.String()) }

// EscapeMarkdown escapes a text that stands at the start of a line (a
// paragraph, a heading, a table-free block) so that markdown shows it as
// written: inline marks, and what would start a heading, list, quote or
// rule at the beginning.
func EscapeMarkdown(s string) string {
	s = escapeInline(s)
	switch {
	case s == "":
		return s
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, "+"), strings.HasPrefix(s, "="):
		return "\\" + s
	case strings.HasPrefix(s, "- "), s == "-", strings.HasPrefix(s, "---"):
		return "\\" + s
	}
	// "1. text" and "1) text" would start an ordered list.
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// escapeInline escapes the characters that start emphasis, code, links,
// HTML, strikethrough, math or table cells anywhere in a line.
func escapeInline(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|', '$':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oneLine folds a text into one line (headings cannot span lines).
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
