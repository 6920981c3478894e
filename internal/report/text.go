package report

import (
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
)

// Width is the number of columns the text renderings are wrapped at.
const Width = layout.Width

// Text renders the report as plain text for a terminal, a file or a
// printer: wrapped at Width columns, no escape codes, every level shown as
// a symbol and a word. A counsellor's report starts with the read-back
// (the sentences to read aloud numbered, the counsellor's own notes
// under them, marked and not numbered); then come the contract's parts
// in order: help first (when HelpFirst, without Cepda), the card (the
// headline, the levels with their counts, the first findings), the
// findings (more than three items one a line), answers, good to know,
// help, disclaimer, version.
func Text(r *Report) []byte {
	cat := r.Catalog()
	d := &layout.TextDoc{}
	if r.Readback != nil {
		d.Heading(cat.T("render.readback"), '=')
		d.Para(cat.T("render.readback_intro"), "", "")
		i, n := 0, len(r.Readback)
		_, rest := layout.Numbered(1, n)
		for _, l := range r.ReadbackLines {
			if l.Note {
				if i > 0 {
					d.Tight() // under the sentence it goes with
				}
				d.Para(ReadbackNote(cat, l.Text), rest, rest)
				continue
			}
			i++
			var first string
			first, rest = layout.Numbered(i, n)
			d.Para(l.Text, first, rest)
		}
	}
	if r.HelpFirst {
		d.Heading(cat.T("render.help_first"), '=')
		textHelp(d, r.HelpFirstEntries, r.Fault)
	}

	d.Heading(cat.T("report.title"), '=')
	textCard(d, r)

	d.Heading(cat.T("report.findings"), '-')
	if len(r.Findings) == 0 {
		d.Para(cat.T("report.no_findings"), "", "")
	}
	for i, f := range r.Findings {
		first, rest := layout.Numbered(i+1, len(r.Findings))
		d.Para(FindingTitle(cat, f), first, rest)
		if f.ItemsAsLines {
			d.Para(f.ItemsLead, rest, rest)
			d.Tight()
			for _, it := range f.Items {
				d.Para(it, rest+"- ", rest+"  ")
				d.Tight()
			}
			d.Loose()
			if f.ItemsTail != "" {
				d.Para(f.ItemsTail, rest, rest)
			}
		} else {
			d.Para(f.Explanation, rest, rest)
		}
		if len(f.Reasons) > 0 {
			d.Para(cat.T("report.because")+":", rest, rest)
			d.Tight()
			for _, why := range f.Reasons {
				d.Para(why, rest+"- ", rest+"  ")
				d.Tight()
			}
			d.Loose()
		}
		d.Sources(cat.T("report.source"), cat.T("render.sources"), f.Sources, rest)
	}

	d.Heading(cat.T("report.answers"), '-')
	for i, a := range r.Answered {
		first, rest := layout.Numbered(i+1, len(r.Answered))
		d.Para(a.Label+": "+AnswerValue(cat, a, func(s string) string { return "[" + s + "]" }), first, rest)
		d.Tight()
	}
	d.Loose()

	d.Heading(cat.T("report.good_to_know"), '-')
	for _, s := range r.GoodToKnow {
		if s.Lines == nil {
			d.Entry(s.Title, s.Text)
			continue
		}
		d.Entry(s.Title, s.Lead)
		d.Tight()
		for _, l := range s.Lines {
			d.Para(l, "   - ", "     ")
			d.Tight()
		}
		d.Loose()
		d.Para(s.Tail, "   ", "   ")
	}

	d.Heading(cat.T("report.help"), '-')
	textHelp(d, r.Help, r.Fault)

	d.Heading(cat.T("report.disclaimer"), '-')
	d.Para(r.Disclaimer, "", "")

	d.Para(vocab.VersionLine(cat, r.Version), "", "")
	return d.Bytes()
}

// textCard writes the report at a glance: its heading, the headline,
// the badges (a line breaks only between two badges), then a line per
// listed finding, numbered as the findings below, and what is left out,
// level by level, under them.
func textCard(d *layout.TextDoc, r *Report) {
	c := r.Card
	d.Heading(c.Title, '-')
	d.Para(c.Headline, "", "")
	words := make([]string, len(c.Badges))
	for i, b := range c.Badges {
		words[i] = b.Text
		if i < len(c.Badges)-1 {
			words[i] += " " + c.Separator
		}
	}
	if len(words) > 0 {
		for _, l := range layout.Lines("", words, Width, Width) {
			d.Para(l, "", "")
			d.Tight()
		}
		d.Loose()
	}
	_, indent := layout.Numbered(1, len(r.Findings))
	for _, l := range c.Lines {
		first, _ := layout.Numbered(l.Index+1, len(r.Findings))
		d.Para(l.Text, first, indent)
		d.Tight()
	}
	for _, m := range c.More {
		d.Para(m.Text, indent, indent)
		d.Tight()
	}
	d.Loose()
}

// textHelp writes the places to get help, then that it is not the
// person's fault: name, then contact and when it is for, indented.
func textHelp(d *layout.TextDoc, help []Help, fault string) {
	for _, h := range help {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.Para(fault, "", "")
}

// ReadbackNote is the counsellor's own note in a read-back, marked as
// theirs and not to be read aloud ("(Note for you: ...)").
func ReadbackNote(cat *i18n.Catalog, text string) string {
	return cat.F("render.readback_note", "text", text)
}

// FindingTitle is a finding's first line in every format: the level's
// symbol and label, then the title ("[X] Advised against: Bipolar I
// disorder"). The label is always there, so the level never rests on the
// symbol or on colour alone.
func FindingTitle(cat *i18n.Catalog, f Finding) string {
	return cat.F("render.finding", "symbol", vocab.Symbol(cat, f.Level), "level", cat.T("level."+f.Level), "title", f.Title)
}

// AnswerValue is what the person answered to one question, for the
// "what you answered" part: the answer in words, with unsure and
// unanswered marked by the catalog's marker, wrapped by mark (brackets in
// text, emphasis in markdown). An unsure answer that already reads as the
// marker ("Not sure") is shown as the marker alone, and one that says it
// in its own words ("Jeg ved ikke, hvilke af disse jeg tager") without it.
func AnswerValue(cat *i18n.Catalog, a Answer, mark func(string) string) string {
	switch {
	case a.Unanswered:
		return mark(cat.T("report.unanswered"))
	case a.Unsure:
		m := cat.T("report.unsure")
		if strings.EqualFold(strings.TrimSpace(a.Value), m) {
			return mark(m)
		}
		if strings.Contains(strings.ToLower(a.Value), strings.ToLower(m)) {
			return a.Value
		}
		return a.Value + " " + mark(m)
	}
	return a.Value
}
