package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/report"
	"mdma-screen/rules"
)

// summaryText is the report laid out for the terminal, with the lines
// the summary jumps to.
type summaryText struct {
	text string
	// findings are the lines each finding starts on, in order.
	findings []int
}

// renderReport lays the report out for the terminal, in the text report's
// order: the help first when HelpFirst (without Cepda), the card (the
// headline, the levels with their counts, a line per finding), the
// findings with why and source (more than three items one a line), the
// answers, good to know (the signs of an emergency one a line), the help,
// the disclaimer and the version line. Every level is shown with a symbol
// and a word, so colour is never the only sign.
func renderReport(r *report.Report, st *styles, width int) summaryText {
	cat := r.Catalog()
	var b strings.Builder
	var out summaryText
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
	renderCard(&b, r, st, width)

	heading(cat.T("report.findings"))
	if len(r.Findings) == 0 {
		para(lipgloss.NewStyle(), cat.T("report.no_findings"), 2)
	}
	num := numberWidth(len(r.Findings))
	for i, f := range r.Findings {
		if i > 0 {
			gap()
		}
		out.findings = append(out.findings, strings.Count(b.String(), "\n"))
		b.WriteString(st.level[f.Rank].Render(wrapHanging(findingLine(cat, f.Rank, f.Level, f.Title, i, num), width, 4+num)) + "\n")
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
		if len(f.Sources) > 0 {
			b.WriteString(st.muted.Render(wrapHanging("    "+sourcesLabel(cat, len(f.Sources))+": "+f.Source, width, 6)) + "\n")
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
		if s.Lines == nil {
			para(lipgloss.NewStyle(), s.Text, 2)
			continue
		}
		// The signs of an emergency: the lead, a sign a line, the tail.
		para(lipgloss.NewStyle(), s.Lead, 2)
		for _, l := range s.Lines {
			b.WriteString(wrapHanging("    - "+l, width, 6) + "\n")
		}
		para(lipgloss.NewStyle(), s.Tail, 2)
	}

	heading(cat.T("report.help"))
	b.WriteString(helpList(r.Help, r.Fault, st, width, 2))

	heading(cat.T("report.disclaimer"))
	para(lipgloss.NewStyle(), r.Disclaimer, 2)

	gap()
	b.WriteString(st.muted.Render(cat.F("report.version", "program", r.Version.Program, "rules", r.Version.Rules)))
	out.text = b.String()
	return out
}

// sourcesLabel is the label before a finding's sources: "Source", or
// "Sources" when there are several.
func sourcesLabel(cat *i18n.Catalog, n int) string {
	if n > 1 {
		return cat.T("render.sources")
	}
	return cat.T("report.source")
}

// numberWidth is the width of the numbers of n findings.
func numberWidth(n int) int { return len(strconv.Itoa(max(n, 1))) }

// findingLine is a finding's first line in the summary, numbered i+1 as
// in the text report, the number right-aligned in num columns: "  1. ■
// Advised against · Under 18".
func findingLine(cat *i18n.Catalog, rank rules.Level, level, title string, i, num int) string {
	n := strconv.Itoa(i + 1)
	return "  " + strings.Repeat(" ", num-len(n)) + n + ". " + levelSymbol[rank] + " " + cat.T("level."+level) + " · " + title
}

// renderCard writes the report at a glance (Report.Card): its heading, the
// headline, the levels as badges side by side (symbol, word and count; a
// line breaks only between two badges), a line per listed finding,
// numbered as the findings below and cut to one line, and what is left
// out, level by level. A report without findings shows its level as a
// badge instead.
func renderCard(b *strings.Builder, r *report.Report, st *styles, width int) {
	cat := r.Catalog()
	c := r.Card
	b.WriteString("\n" + st.heading.Render(wrapIndent(c.Title, width, 0)) + "\n")
	for i, p := range paragraphs(c.Headline) {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(st.strong.Render(wrapIndent(p, width, 0)) + "\n")
	}
	if len(c.Badges) == 0 {
		b.WriteString(levelBadge(cat, r.Rank, st) + "\n")
	}
	sep := st.muted.Render(" " + c.Separator + " ")
	line, lineW := "", 0
	for _, g := range c.Badges {
		text := cat.F("render.card.badge", "symbol", levelSymbol[g.Level], "label", g.Label, "count", strconv.Itoa(g.Count))
		w := lipgloss.Width(text)
		if lineW > 0 && lineW+lipgloss.Width(sep)+w > width {
			b.WriteString(line + "\n")
			line, lineW = "", 0
		}
		if lineW > 0 {
			line += sep
			lineW += lipgloss.Width(sep)
		}
		line += st.level[g.Level].Render(text)
		lineW += w
	}
	if lineW > 0 {
		b.WriteString(line + "\n")
	}
	num := numberWidth(len(r.Findings))
	for _, l := range c.Lines {
		text := findingLine(cat, l.Level, l.Level.String(), l.Title, l.Index, num)
		b.WriteString(st.level[l.Level].Render(ansi.Truncate(text, width, "…")) + "\n")
	}
	for _, m := range c.More {
		text := cat.F("render.card.more", "symbol", levelSymbol[m.Level], "label", m.Label, "count", strconv.Itoa(m.Count))
		b.WriteString(st.level[m.Level].Render(wrapHanging(strings.Repeat(" ", 4+num)+text, width, 6+num)) + "\n")
	}
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
			mark = unsureMark(cat, true, a.Value)
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
