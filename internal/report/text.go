package report

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
)

// Width is the number of columns the text renderings are wrapped at.
const Width = 80

// Text renders the report as plain text for a terminal, a file or a
// printer: wrapped at Width columns, no escape codes, every level shown as
// a symbol and a word. A counsellor's report starts with the read-back;
// then come the contract's parts in order: help first (when HelpFirst),
// headline, findings, answers, good to know, help, disclaimer, version.
func Text(r *Report) []byte {
	cat := r.Catalog()
	d := &TextDoc{}
	if r.Readback != nil {
		d.Heading(cat.T("render.readback"), '=')
		d.Para(cat.T("render.readback_intro"), "", "")
		for i, s := range r.Readback {
			d.Para(s, number(i+1, len(r.Readback)), indent(len(r.Readback)))
		}
	}
	if r.HelpFirst {
		d.Heading(cat.T("render.help_first"), '=')
		textHelp(d, r)
	}

	d.Heading(cat.T("report.title"), '=')
	d.Para(r.Headline, "", "")

	d.Heading(cat.T("report.findings"), '-')
	if len(r.Findings) == 0 {
		d.Para(cat.T("report.no_findings"), "", "")
	}
	for i, f := range r.Findings {
		first, rest := number(i+1, len(r.Findings)), indent(len(r.Findings))
		d.Para(FindingTitle(cat, f), first, rest)
		d.Para(f.Explanation, rest, rest)
		if len(f.Reasons) > 0 {
			d.Para(cat.T("report.because")+":", rest, rest)
			d.Tight()
			for _, why := range f.Reasons {
				d.Para(why, rest+"- ", rest+"  ")
				d.Tight()
			}
			d.Loose()
		}
		d.Sources(cat, f.Sources, rest)
	}

	d.Heading(cat.T("report.answers"), '-')
	for i, a := range r.Answered {
		d.Para(a.Label+": "+AnswerValue(cat, a, func(s string) string { return "[" + s + "]" }),
			number(i+1, len(r.Answered)), indent(len(r.Answered)))
		d.Tight()
	}
	d.Loose()

	d.Heading(cat.T("report.good_to_know"), '-')
	for _, s := range r.GoodToKnow {
		d.Para(s.Title, "", "")
		d.Tight()
		d.Para(s.Text, "   ", "   ")
	}

	d.Heading(cat.T("report.help"), '-')
	textHelp(d, r)

	d.Heading(cat.T("report.disclaimer"), '-')
	d.Para(r.Disclaimer, "", "")

	d.Para(VersionLine(cat, r.Version), "", "")
	return d.Bytes()
}

// textHelp writes the places to get help, then that it is not the
// person's fault: name, then contact and when it is for, indented.
func textHelp(d *TextDoc, r *Report) {
	for _, h := range r.Help {
		d.Para(h.Name, "", "")
		d.Tight()
		d.Para(h.Contact, "   ", "   ")
		d.Tight()
		d.Para(h.When, "   ", "   ")
	}
	d.Para(r.Fault, "", "")
}

// Sources writes "Source: x" for one source, or a list under "Sources:"
// for several, indented by prefix.
func (d *TextDoc) Sources(cat *i18n.Catalog, sources []string, prefix string) {
	switch len(sources) {
	case 0:
	case 1:
		d.Para(cat.T("report.source")+": "+sources[0], prefix, prefix)
	default:
		d.Para(cat.T("render.sources")+":", prefix, prefix)
		d.Tight()
		for _, s := range sources {
			d.Para(s, prefix+"- ", prefix+"  ")
			d.Tight()
		}
		d.Loose()
	}
}

// FindingTitle is a finding's first line in every format: the level's
// symbol and label, then the title ("[X] Advised against: Bipolar I
// disorder"). The label is always there, so the level never rests on the
// symbol or on colour alone.
func FindingTitle(cat *i18n.Catalog, f Finding) string {
	return cat.F("render.finding", "symbol", Symbol(cat, f.Level), "level", cat.T("level."+f.Level), "title", f.Title)
}

// AnswerValue is what the person answered to one question, for the
// "what you answered" part: the answer in words, with unsure and
// unanswered marked by the catalog's marker, wrapped by mark (brackets in
// text, emphasis in markdown). An unsure answer that already reads as the
// marker ("Not sure") is shown as the marker alone.
func AnswerValue(cat *i18n.Catalog, a Answer, mark func(string) string) string {
	switch {
	case a.Unanswered:
		return mark(cat.T("report.unanswered"))
	case a.Unsure:
		m := cat.T("report.unsure")
		if strings.EqualFold(strings.TrimSpace(a.Value), m) {
			return mark(m)
		}
		return a.Value + " " + mark(m)
	}
	return a.Value
}

// VersionLine is the last line of every report and listing.
func VersionLine(cat *i18n.Catalog, v Version) string {
	return cat.F("report.version", "program", v.Program, "rules", v.Rules)
}

// Symbol returns the symbol that goes with a level's label ("urgent",
// "stop", "caution", "note"), "" for "none". Symbols are plain ASCII, so
// they survive any terminal, printer and screen reader; a label always
// goes with them.
func Symbol(cat *i18n.Catalog, level string) string {
	if level == "none" || level == "" {
		return ""
	}
	return cat.T("render.symbol." + level)
}

// number returns the list marker for item i of n ("1. ", padded so that
// the texts of all n items line up).
func number(i, n int) string {
	s := itoa(i) + ". "
	return s + strings.Repeat(" ", len(indent(n))-len(s))
}

// indent returns the indentation under a numbered item of a list of n.
func indent(n int) string {
	return strings.Repeat(" ", len(itoa(n))+2)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TextDoc collects wrapped lines of a plain-text document. Blocks are
// separated by one blank line unless Tight is called between them.
type TextDoc struct {
	lines []string
	tight bool
}

// Heading writes a heading underlined with ch ('=' or '-'), set off by
// blank lines.
func (d *TextDoc) Heading(title string, ch rune) {
	d.gap()
	w := 0
	for _, l := range strings.Split(Wrap(title, "", ""), "\n") {
		d.lines = append(d.lines, l)
		w = max(w, ansi.StringWidth(l))
	}
	d.lines = append(d.lines, strings.Repeat(string(ch), w))
	d.tight = false
}

// Para writes a text wrapped at Width: its first line starts with first,
// the others with rest. "\n\n" in the text starts a new paragraph.
func (d *TextDoc) Para(text, first, rest string) {
	d.gap()
	d.lines = append(d.lines, strings.Split(Wrap(text, first, rest), "\n")...)
	d.tight = false
}

// Tight puts the next block right under the last one, without a blank
// line.
func (d *TextDoc) Tight() { d.tight = true }

// Loose undoes Tight: the next block is set off by a blank line again.
func (d *TextDoc) Loose() { d.tight = false }

func (d *TextDoc) gap() {
	if len(d.lines) > 0 && !d.tight && d.lines[len(d.lines)-1] != "" {
		d.lines = append(d.lines, "")
	}
	d.tight = false
}

// Bytes returns the document, each line ending in a newline.
func (d *TextDoc) Bytes() []byte {
	return []byte(strings.Join(d.lines, "\n") + "\n")
}

// Wrap wraps text at Width columns, counting the prefixes: the first line
// starts with first, every other line with rest. Paragraphs ("\n\n") are
// separated by an empty line. Words are never split at a hyphen, a
// number stays with the word before it (so "70 201 201" stays whole), and
// no line ends in a space.
func Wrap(text, first, rest string) string {
	limit := Width - max(ansi.StringWidth(first), ansi.StringWidth(rest))
	var out []string
	for i, para := range paragraphs(text) {
		if i > 0 {
			out = append(out, "")
		}
		wrapped := ansi.Wrap(protect(para), limit, "")
		for j, line := range strings.Split(wrapped, "\n") {
			prefix := rest
			if i == 0 && j == 0 {
				prefix = first
			}
			out = append(out, strings.TrimRight(prefix+unprotect(strings.TrimSpace(line)), " "))
		}
	}
	return strings.Join(out, "\n")
}

// paragraphs splits a catalog text at "\n\n"; single line breaks are
// folded into spaces (catalog texts hold no hard line breaks).
func paragraphs(text string) []string {
	parts := strings.Split(strings.TrimSpace(text), "\n\n")
	out := parts[:0]
	for _, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

const (
	nbsp   = "\u00a0" // no break between the groups of a phone number
	nbhyph = "\u2011" // a hyphen the wrapper does not break at
)

// protect keeps what must stay on one line together while wrapping:
// hyphenated words, and a number with the word before it ("phase 3",
// "October 2024", the digit groups of "70 201 201"), so that no line
// starts with a stray number.
func protect(s string) string {
	s = strings.ReplaceAll(s, "-", nbhyph)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && i+1 < len(s) && isDigit(s[i+1]) {
			b.WriteString(nbsp)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func unprotect(s string) string {
	return strings.NewReplacer(nbhyph, "-", nbsp, " ").Replace(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
