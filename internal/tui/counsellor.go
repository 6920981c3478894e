package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// The counsellor mode (Config.Counsellor): a counsellor on a phone line or
// at a drop-in puts the questions to a caller. It runs the same Flow as
// the person's own screening; what differs is said here: the note beside
// each question, the "doesn't know" key and the read-back at the top of
// the summary. The question's read-aloud wording is chosen in
// questionTexts, the counsellor's texts of the other screens by pick.

// noteView is the counsellor's note on question q, laid out in width: set
// apart by a bar and headed as being for the counsellor only, never to be
// read aloud. The note on crisis says what to do at once, and is marked
// in the colour of urgent help. On a short screen (noteMax) the note is
// cut to its lines, the label leading the first and an ellipsis ending
// the last; n shows it whole. It is "" outside counsellor mode.
func (m *questionScreen) noteView(q, width int) string {
	if !m.cfg.Counsellor {
		return ""
	}
	label, bar, head := m.st.noteParts(len(screening.QuestionAt(q).Alert) > 0)
	inner := width - bar.GetHorizontalFrameSize()
	note := vocab.Note(m.cat, q)
	full := head.Render(wrapIndent(m.cat.T(label), inner, 0)) + "\n" + wrapText(note, inner)
	if m.noteMax <= 0 || lipgloss.Height(full) <= m.noteMax {
		return bar.Render(full)
	}
	lead := m.cat.T(label) + ":"
	lines := shortNote(lead+" "+strings.Join(paragraphs(note), " "), inner, m.noteMax)
	if rest, ok := strings.CutPrefix(lines[0], lead); ok {
		lines[0] = head.Render(lead) + rest
	}
	return bar.Render(strings.Join(lines, "\n"))
}

// noteParts are the catalog key of a counsellor's note's label, the bar
// beside the note and the label's style; an urgent note (what to do at
// once in a crisis) is marked in the colour of urgent help.
func (st *styles) noteParts(urgent bool) (label string, bar, head lipgloss.Style) {
	if urgent {
		return "tui.counsellor.note.urgent", st.urgent, st.level[rules.Urgent]
	}
	return "tui.counsellor.note", st.note, st.noteHd
}

// shortNote wraps text to width in at most n lines, ending with an
// ellipsis: as many whole sentences as fit, or, when not even the first
// does, as many whole words.
func shortNote(text string, width, n int) []string {
	const more = " …"
	best := ""
	for i := 0; i < len(text); i++ {
		if text[i] != '.' || (i+1 < len(text) && text[i+1] != ' ') {
			continue
		}
		if len(wrapLines(text[:i+1]+more, width, width)) > n {
			break
		}
		best = text[:i+1]
	}
	if best != "" {
		return wrapLines(best+more, width, width)
	}
	lines := wrapLines(text, width, width)[:n]
	last := lines[n-1]
	for ansi.StringWidth(last)+len(more) > width && strings.Contains(last, " ") {
		last = last[:strings.LastIndex(last, " ")]
	}
	lines[n-1] = last + more
	return lines
}

// noteGap is what stands between the answers and the note: a blank line,
// or on a short screen only the line break.
func (m *questionScreen) noteGap() string {
	if m.compact && !m.whole {
		return "\n"
	}
	return "\n\n"
}

// noteKey is the key that shows the whole note, or the short one again.
func (m *questionScreen) noteKey() key.Binding {
	desc := "tui.help.note_more"
	if m.whole {
		desc = "tui.help.note_less"
	}
	return key.NewBinding(key.WithKeys(m.keys.Note.Keys()...), key.WithHelp(m.cat.T("tui.key.note"), m.cat.T(desc)))
}

// dontKnow records the counsellor's "doesn't know" on the question shown:
// the question's not-sure option (["unsure"] on other_meds, undecided on
// setting, unknown on therapists), or, on a question without one (adult),
// no answer at all. It goes through the Flow like any answer, so "doesn't
// know" on crisis shows the help at once. A notice on the next screen says
// what was noted, as the not-sure option is never read out.
func (m *model) dontKnow() {
	q, ok := m.flow.Current()
	if !ok {
		return
	}
	label := m.cat.F("tui.quote", "text", vocab.Label(m.cat, q))
	step, noted := m.flow.DontKnow()
	notice := m.cat.F("tui.counsellor.recorded.skipped", "question", label)
	if noted != "" {
		answer := m.cat.F("tui.quote", "text", vocab.Option(m.cat, q, noted))
		notice = m.cat.F("tui.counsellor.recorded", "question", label, "answer", answer)
	}
	m.after(step)
	if step.Crisis {
		return // the crisis screen needs its room for the help
	}
	if m.notice != "" {
		notice += " " + m.notice
	}
	m.notice = notice
	m.relayout()
}

// dontKnowKey is the "doesn't know" key with its help for the question
// shown: on a question without a not-sure option it says that the
// question is left unanswered.
func (m *model) dontKnowKey() key.Binding {
	if q, ok := m.flow.Current(); ok && screening.QuestionAt(q).Unsure == "" {
		return key.NewBinding(key.WithKeys(m.keys.DontKnow.Keys()...),
			key.WithHelp(m.cat.T("tui.key.dont_know"), m.cat.T("tui.help.dont_know_skip")))
	}
	return m.keys.DontKnow
}

// multi reports whether the question shown takes several answers.
func (m *questionScreen) multi() bool {
	q, ok := m.flow.Current()
	return ok && screening.QuestionAt(q).Kind == screening.Multi
}

// jumpReport moves a counsellor's summary from the read-back to the start
// of the full report, and from anywhere in the report back to the top.
func (m *summaryScreen) jumpReport() {
	if m.vp.YOffset() < m.reportLine {
		m.vp.SetYOffset(m.reportLine)
		return
	}
	m.vp.GotoTop()
}

// reportKey is the jump key with the help for where it leads from here.
func (m *summaryScreen) reportKey() key.Binding {
	desc := "tui.help.report"
	if m.vp.YOffset() >= m.reportLine {
		desc = "tui.help.readback"
	}
	return key.NewBinding(key.WithKeys(m.keys.Report.Keys()...), key.WithHelp(m.cat.T("tui.key.report"), m.cat.T(desc)))
}

// renderReadback is the top of a counsellor's summary: the read-back
// in its order (when crisis fired only the crisis read-back; otherwise
// the headline, each finding, what to do next, help, the disclaimer).
// Each sentence to say aloud is a paragraph of its own in bold, numbered,
// with room between them; the counsellor's own note (ReadbackLines with
// Note) stands in its place unnumbered, set apart by a bar and headed as
// the counsellor's, as on the question screens, so it is never read out.
// It ends with the rule that the full report follows. Never a verdict:
// the sentences are the report's own.
func renderReadback(r *report.Report, st *styles, width int) string {
	cat := r.Catalog()
	var b strings.Builder
	b.WriteString(st.title.Render(wrapIndent(cat.T("render.readback"), width, 0)) + "\n")
	b.WriteString(st.muted.Render(wrapIndent(cat.T("render.readback_intro"), width, 0)) + "\n")
	numW := len(strconv.Itoa(len(r.Readback)))
	indent := 2 + numW + 2
	pad := strings.Repeat(" ", indent)
	n := 0
	for _, l := range r.ReadbackLines {
		if l.Note {
			label, bar, head := st.noteParts(r.Rank == rules.Urgent)
			inner := width - indent - bar.GetHorizontalFrameSize()
			note := bar.Render(head.Render(wrapIndent(cat.T(label), inner, 0)) + "\n" + wrapText(l.Text, inner))
			b.WriteString("\n" + pad + strings.ReplaceAll(note, "\n", "\n"+pad) + "\n")
			continue
		}
		n++
		num := strconv.Itoa(n) + "."
		lead := strings.Repeat(" ", indent-1-len(num)) + num + " "
		para := wrapIndent(l.Text, width, indent)
		b.WriteString("\n" + st.strong.Render(lead+para[indent:]) + "\n")
	}
	label := " " + cat.T("tui.counsellor.summary.report") + " "
	rule := "──" + label + strings.Repeat("─", max(width-2-lipgloss.Width(label), 2))
	b.WriteString("\n" + st.heading.Render(rule) + "\n")
	return b.String()
}
