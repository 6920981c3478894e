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
// a symbol and a word. A counsellor's report starts with the read-back;
// then come the contract's parts in order: help first (when HelpFirst),
// headline, findings, answers, good to know, help, disclaimer, version.
func Text(r *Report) []byte {
	cat := r.Catalog()
	d := &layout.TextDoc{}
	if r.Readback != nil {
		d.Heading(cat.T("render.readback"), '=')
		d.Para(cat.T("render.readback_intro"), "", "")
		for i, s := range r.Readback {
			first, rest := layout.Numbered(i+1, len(r.Readback))
			d.Para(s, first, rest)
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
		first, rest := layout.Numbered(i+1, len(r.Findings))
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
		d.Entry(s.Title, s.Text)
	}

	d.Heading(cat.T("report.help"), '-')
	textHelp(d, r)

	d.Heading(cat.T("report.disclaimer"), '-')
	d.Para(r.Disclaimer, "", "")

	d.Para(vocab.VersionLine(cat, r.Version), "", "")
	return d.Bytes()
}

// textHelp writes the places to get help, then that it is not the
// person's fault: name, then contact and when it is for, indented.
func textHelp(d *layout.TextDoc, r *Report) {
	for _, h := range r.Help {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.Para(r.Fault, "", "")
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
