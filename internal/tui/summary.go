package tui

import (
	"path/filepath"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/internal/report"
)

// summaryScreen is the report as a scrollable text. It stays until it is
// closed with q (asking once when nothing has been saved since the
// answers last changed) or Ctrl+C; esc and shift+tab go back to the
// review, s saves (save.go), other keys do nothing. A counsellor's
// summary starts with the read-back, and r jumps between it and the full
// report (counsellor.go).
type summaryScreen struct {
	*model
	pager
	rep        *report.Report
	reportLine int   // the line of a counsellor's summary where the full report starts
	findings   []int // the line each finding starts on
	asking     bool  // q with nothing saved: close anyway?
}

// showSummary builds the report of the answers and shows it; with
// Config.Output, it is written there first.
func (m *model) showSummary() {
	m.reached = true
	s := &summaryScreen{
		model: m,
		pager: newPager(),
		rep:   report.Build(m.flow.Answers(), report.Options{Lang: m.lang, Counsellor: m.cfg.Counsellor}),
	}
	m.show(s)
	wrote := m.writeOutput(s.rep)
	if m.writeAnswers() || wrote {
		m.relayout() // the notice, or the error, takes room from the report
	}
}

func (s *summaryScreen) name() string { return "summary" }

func (s *summaryScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	rt := renderReport(s.rep, s.st, w)
	text := rt.text
	s.reportLine = 0
	s.findings = rt.findings
	if s.rep.Readback != nil {
		// The read-back first, to say aloud; the full report below.
		top := renderReadback(s.rep, s.st, w)
		s.reportLine = lipgloss.Height(top) - 2 // the rule that heads the report
		text = top + "\n" + text
		s.findings = make([]int, len(rt.findings))
		for i, l := range rt.findings {
			s.findings[i] = l + s.reportLine + 2
		}
	}
	for range 2 { // the key help depends on whether the text overflows
		s.setText(text, w, h-s.footerHeight()-1, fresh)
	}
}

func (s *summaryScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if s.asking {
		switch {
		case key.Matches(msg, k.Yes, k.Close):
			s.result = finished
			return tea.Quit
		case key.Matches(msg, k.Stay):
			s.asking = false
			s.relayout()
		case key.Matches(msg, k.Save) && s.canSave():
			s.asking = false
			s.show(newSave(s))
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Close):
		if s.unsaved() {
			s.asking = true
			s.relayout()
			return nil
		}
		s.result = finished
		return tea.Quit
	case key.Matches(msg, k.Review):
		s.show(&reviewScreen{model: s.model})
	case key.Matches(msg, k.Save) && s.canSave():
		s.show(newSave(s))
	case key.Matches(msg, k.Report):
		s.jumpReport()
	case key.Matches(msg, k.NextFinding):
		s.jumpFinding(true)
	case key.Matches(msg, k.PrevFinding):
		s.jumpFinding(false)
	default:
		s.scroll(msg)
	}
	return nil
}

// unsaved reports whether the report has not been saved since the
// answers last changed.
func (m *model) unsaved() bool {
	return m.savedFor == nil || *m.savedFor != *m.flow.Answers()
}

// canSave reports whether s opens the save dialog: always, but when the
// report goes to Config.Output and was written there.
func (m *model) canSave() bool { return m.cfg.Output == "" || m.out.err != nil }

func (s *summaryScreen) notes() []string {
	var out []string
	for _, f := range []*runFile{&s.out, &s.ans} {
		if f.err != nil {
			out = append(out, s.note(s.st.errText, f.failure(s.cat)))
		}
	}
	if s.asking {
		out = append(out, s.note(s.st.strong, s.cat.T("tui.confirm")))
	}
	return out
}

func (s *summaryScreen) help() []key.Binding {
	k := s.keys
	if s.asking {
		return s.saving(k.Yes, k.Stay, k.Save)
	}
	pos := key.NewBinding(key.WithHelp("", s.cat.F("tui.summary.position", "percent", strconv.Itoa(int(s.vp.ScrollPercent()*100+0.5)))))
	if !s.overflows() {
		return s.saving(k.Save, k.Close, k.Review)
	}
	keys := []key.Binding{k.Scroll, k.Page}
	if len(s.findings) > 0 {
		keys = append(keys, k.Findings)
	}
	if s.rep.Readback != nil {
		keys = append(keys, s.reportKey())
	}
	return s.saving(append(keys, k.Save, k.Close, k.Review, pos)...)
}

// jumpFinding scrolls to the start of the next finding below the top of
// the screen (tab), or of the one above it (p); at the last or the first
// it stays.
func (s *summaryScreen) jumpFinding(next bool) {
	top := s.vp.YOffset()
	if next {
		for _, l := range s.findings {
			if l > top {
				s.vp.SetYOffset(l)
				return
			}
		}
		return
	}
	for i := len(s.findings) - 1; i >= 0; i-- {
		if s.findings[i] < top {
			s.vp.SetYOffset(s.findings[i])
			return
		}
	}
}

// essentials: scrolling, saving, closing and ?.
func (s *summaryScreen) essentials() []key.Binding {
	k := s.keys
	if s.asking {
		return s.help()
	}
	keys := []key.Binding{k.Save, k.Close, s.moreKey("tui.help.all_keys")}
	if s.overflows() {
		keys = append([]key.Binding{k.Scroll}, keys...)
	}
	return s.saving(keys...)
}

// saving leaves the save key out where s does not save.
func (s *summaryScreen) saving(keys ...key.Binding) []key.Binding {
	if s.canSave() {
		return keys
	}
	out := keys[:0:0]
	for _, b := range keys {
		if b.Help() != s.keys.Save.Help() {
			out = append(out, b)
		}
	}
	return out
}

// writeOutput writes the report to Config.Output when it is due (see
// runFile). It reports whether it wrote, or tried.
func (m *model) writeOutput(rep *report.Report) bool {
	a := m.flow.Answers()
	if !m.out.due(a) {
		return false
	}
	data, err := report.Render(rep, m.format())
	if m.out.write(a, data, err) != nil {
		return true
	}
	m.savedFor = a
	if abs, aerr := filepath.Abs(m.cfg.Output); aerr == nil {
		m.saved = abs
	} else {
		m.saved = m.cfg.Output
	}
	m.notice = m.cat.F("tui.save.done", "path", m.saved)
	return true
}

// writeAnswers writes the answers file to Config.AnswersOut when it is due
// (see runFile; the plain prompts' --answers-out does the same). It
// reports whether it wrote, or tried; the notice says where, after the
// report's.
func (m *model) writeAnswers() bool {
	a := m.flow.Answers()
	if !m.ans.due(a) {
		return false
	}
	if m.ans.write(a, a.MarshalFile(), nil) != nil {
		return true
	}
	path := m.cfg.AnswersOut
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	done := m.cat.F("tui.save.answers_done", "path", path)
	if m.notice != "" {
		done = m.notice + " " + done
	}
	m.notice = done
	return true
}

// format is the format of Config.Output.
func (m *model) format() string {
	if m.cfg.Format == "" {
		return "text"
	}
	return m.cfg.Format
}

// render is the report of the answers now in the format of Config.Output.
func (m *model) render() ([]byte, error) {
	rep := report.Build(m.flow.Answers(), report.Options{Lang: m.lang, Counsellor: m.cfg.Counsellor})
	return report.Render(rep, m.format())
}
