package report

import (
	"strconv"
	"strings"

	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
)

// Markdown renders the report as markdown that reads well on a forge and
// in note apps: headings, lists and bold labels, no raw HTML, and every
// catalog text escaped so that it shows as written. The parts come in the
// same order as in Text; a note of the counsellor's in the read-back is
// an unnumbered paragraph in italics, inside the item it follows.
func Markdown(r *Report) []byte {
	cat := r.Catalog()
	d := &layout.MarkdownDoc{}
	if r.Readback != nil {
		d.Heading(1, cat.T("render.readback"))
		d.Para(cat.T("render.readback_intro"))
		i, indent := 0, ""
		for _, l := range r.ReadbackLines {
			d.EndList() // a loose list: one sentence group a paragraph
			if l.Note {
				// In italics, indented into the item of the sentence before.
				d.Raw(indent + "*" + layout.EscapeInline(layout.OneLine(ReadbackNote(cat, l.Text))) + "*")
				continue
			}
			i++
			marker := strconv.Itoa(i) + ". "
			indent = strings.Repeat(" ", len(marker))
			d.Item(marker, l.Text)
		}
		d.EndList()
	}
	if r.HelpFirst {
		d.Heading(1, cat.T("render.help_first"))
		markdownHelp(d, r.HelpFirstEntries, r.Fault)
	}

	d.Heading(1, cat.T("report.title"))
	markdownCard(d, r)

	d.Heading(2, cat.T("report.findings"))
	if len(r.Findings) == 0 {
		d.Para(cat.T("report.no_findings"))
	}
	for i, f := range r.Findings {
		d.Heading(3, strconv.Itoa(i+1)+". "+f.Title)
		d.Raw("**" + layout.EscapeMarkdown(vocab.Symbol(cat, f.Level)+" "+cat.T("level."+f.Level)) + "**")
		if f.ItemsAsLines {
			d.Para(f.ItemsLead)
			for _, it := range f.Items {
				d.Item("- ", it)
			}
			d.EndList()
			if f.ItemsTail != "" {
				d.Para(f.ItemsTail)
			}
		} else {
			d.Para(f.Explanation)
		}
		if len(f.Reasons) > 0 {
			d.Raw("**" + layout.EscapeMarkdown(cat.T("report.because")) + ":**")
			for _, why := range f.Reasons {
				d.Item("- ", why)
			}
			d.EndList()
		}
		d.Sources(cat.T("report.source"), cat.T("render.sources"), f.Sources)
	}

	d.Heading(2, cat.T("report.answers"))
	for i, a := range r.Answered {
		a.Value = layout.EscapeInline(a.Value)
		v := AnswerValue(cat, a, func(s string) string { return "**\\[" + layout.EscapeInline(s) + "\\]**" })
		d.ItemRaw(strconv.Itoa(i+1)+". ", layout.EscapeMarkdown(a.Label)+": "+v)
	}
	d.EndList()

	d.Heading(2, cat.T("report.good_to_know"))
	for _, s := range r.GoodToKnow {
		d.Heading(3, s.Title)
		if s.Lines == nil {
			d.Para(s.Text)
			continue
		}
		d.Para(s.Lead)
		for _, l := range s.Lines {
			d.Item("- ", l)
		}
		d.EndList()
		d.Para(s.Tail)
	}

	d.Heading(2, cat.T("report.help"))
	markdownHelp(d, r.Help, r.Fault)

	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(r.Disclaimer)

	d.Para(vocab.VersionLine(cat, r.Version))
	return d.Bytes()
}

// markdownCard writes the report at a glance: its heading, the headline
// in bold, the badges in one paragraph, the listed findings as a numbered
// list (numbered as the findings below: they are the first ones), and
// what is left out as a list under it.
func markdownCard(d *layout.MarkdownDoc, r *Report) {
	c := r.Card
	d.Heading(2, c.Title)
	d.Raw("**" + layout.EscapeMarkdown(layout.OneLine(c.Headline)) + "**")
	if len(c.Badges) > 0 {
		texts := make([]string, len(c.Badges))
		for i, b := range c.Badges {
			texts[i] = b.Text
		}
		d.Para(strings.Join(texts, " "+c.Separator+" "))
	}
	for _, l := range c.Lines {
		d.Item(strconv.Itoa(l.Index+1)+". ", l.Text)
	}
	d.EndList()
	for _, m := range c.More {
		d.Item("- ", m.Text)
	}
	d.EndList()
}

// markdownHelp writes the places to get help as a list (name in bold,
// contact, and on the next line when it is for), then that it is not the
// person's fault.
func markdownHelp(d *layout.MarkdownDoc, help []Help, fault string) {
	for _, h := range help {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.EndList()
	d.Para(fault)
}
