package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/report"
	"mdma-screen/rules"
)

// renderReport lays the report out for the terminal, in the contract's
// order: the help first when HelpFirst (without Cepda), the headline, the
// findings with why and source (more than three items one a line), the
// answers, good to know, the help, the disclaimer and the version line.
// Every level is shown with a symbol and a word, so colour is never the
// only sign.
func renderReport(r *report.Report, st *styles, width int) string {
	cat := r.Catalog()
	var b strings.Builder
	gap := func() { b.WriteString("\n") }
	para := func(style lipgloss.Style, s string, indent int) {
		for i, p := range paragraphs(s) {
			if i > 0 {
				gap()
			}
			b.WriteString(style.Render(wrapIndent(p, width, indent)) + "\n")
		}
	}
	heading := func(s string) {
		gap()
		b.WriteString(st.heading.Render(wrapIndent(s, width, 0)) + "\n")
	}

	b.WriteString(st.title.Render(wrapIndent(cat.T("report.title"), width, 0)) + "\n")
	if r.HelpFirst {
		gap()
		b.WriteString(helpBox(cat, r.HelpFirstEntries, r.Fault, st, width) + "\n")
	}

	// The headline: the level as a badge, then what to do.
	gap()
	b.WriteString(levelBadge(cat, r.Rank, st) + "\n")
	para(st.strong, r.Headline, 0)

	heading(cat.T("report.findings"))
	if len(r.Findings) == 0 {
		para(lipgloss.NewStyle(), cat.T("report.no_findings"), 2)
	}
	for i, f := range r.Findings {
		if i > 0 {
			gap()
		}
		title := levelSymbol[f.Rank] + " " + cat.T("level."+f.Level) + " · " + f.Title
		b.WriteString(st.level[f.Rank].Render(wrapHanging("  "+title, width, 4)) + "\n")
		if f.ItemsAsLines {
			// More than three items: the lead, the items one a line, the tail.
			para(lipgloss.NewStyle(), f.ItemsLead, 4)
			for _, it := range f.Items {
				b.WriteString(wrapHanging("    - "+it, width, 6) + "\n")
			}
			para(lipgloss.NewStyle(), f.ItemsTail, 4)
		} else {
			para(lipgloss.NewStyle(), f.Explanation, 4)
		}
		if len(f.Reasons) > 0 {
			b.WriteString(st.muted.Render(wrapHanging("    "+cat.T("report.because")+": "+strings.Join(f.Reasons, "; "), width, 6)) + "\n")
		}
		if f.Source != "" {
			b.WriteString(st.muted.Render(wrapHanging("    "+cat.T("report.source")+": "+f.Source, width, 6)) + "\n")
		}
	}

	heading(cat.T("report.answers"))
	b.WriteString(answerList(cat, r.Answered, st, width))

	heading(cat.T("report.good_to_know"))
	for i, s := range r.GoodToKnow {
		if i > 0 {
			gap()
		}
		b.WriteString(st.strong.Render(wrapIndent(s.Title, width, 2)) + "\n")
		para(lipgloss.NewStyle(), s.Text, 2)
	}

	heading(cat.T("report.help"))
	b.WriteString(helpList(r.Help, r.Fault, st, width, 2))

	heading(cat.T("report.disclaimer"))
	para(lipgloss.NewStyle(), r.Disclaimer, 2)

	gap()
	b.WriteString(st.muted.Render(cat.F("report.version", "program", r.Version.Program, "rules", r.Version.Rules)))
	return b.String()
}

// levelBadge is the report's level as symbol and label.
func levelBadge(cat *i18n.Catalog, l rules.Level, st *styles) string {
	return st.level[l].Render(levelSymbol[l] + " " + cat.T("level."+l.String()))
}

// answerList lists the answers, label and answer in two columns when the
// width allows, with unsure and unanswered marked by a sign and a word.
func answerList(cat *i18n.Catalog, answers []report.Answer, st *styles, width int) string {
	col := 0
	for _, a := range answers {
		col = max(col, lipgloss.Width(a.Label))
	}
	col += 4
	stacked := width-col < 28
	var b strings.Builder
	b.WriteString(st.muted.Render(wrapIndent(cat.F("tui.summary.legend", "unsure", markUnsure, "unanswered", markUnanswered), width, 2)) + "\n")
	for _, a := range answers {
		mark, text, style := " ", a.Value, lipgloss.NewStyle()
		switch {
		case a.Unanswered:
			mark, text, style = markUnanswered, cat.T("report.unanswered"), st.muted
		case a.Unsure:
			mark = markUnsure
		}
		if stacked {
			b.WriteString(wrapIndent(a.Label, width, 2) + "\n")
			b.WriteString("  " + mark + " " + style.Render(wrapColumn(text, width-6, 6)) + "\n")
			continue
		}
		pad := strings.Repeat(" ", col-2-lipgloss.Width(a.Label))
		b.WriteString("  " + a.Label + pad + mark + " " + style.Render(wrapColumn(text, width-col-2, col+2)) + "\n")
	}
	return b.String()
}

// helpList lists where to get help: the name and contact in bold, when to
// use it after them (or under them when the line would be too long), and
// the sentence that it is not the person's fault.
func helpList(help []report.Help, fault string, st *styles, width, indent int) string {
	var b strings.Builder
	pre := strings.Repeat(" ", indent)
	for _, h := range help {
		head := h.Name + ": " + h.Contact
		if lipgloss.Width(pre+head+" – "+h.When) <= width {
			b.WriteString(pre + st.strong.Render(head) + " – " + h.When + "\n")
			continue
		}
		b.WriteString(st.strong.Render(wrapHanging(pre+head, width, indent+2)) + "\n")
		b.WriteString(wrapIndent(h.When, width, indent+2) + "\n")
	}
	b.WriteString(wrapIndent(fault, width, indent) + "\n")
	return b.String()
}

// helpBox is the help list framed, for the top of the summary and the
// crisis screens.
func helpBox(cat *i18n.Catalog, help []report.Help, fault string, st *styles, width int) string {
	inner := width - st.help.GetHorizontalFrameSize()
	body := st.level[rules.Urgent].Render(wrapIndent(cat.T("report.help"), inner, 0)) + "\n" +
		strings.TrimSuffix(helpList(help, fault, st, inner, 0), "\n")
	return st.help.Render(body)
}

// paragraphs splits a catalog text at its blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
