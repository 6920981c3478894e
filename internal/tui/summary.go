package tui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/internal/report"
)

// summaryScreen is the report as a scrollable text; it can be saved (s)
// and is closed by any other key but the scrolling ones (exit 0). A
// counsellor's summary starts with the read-back, and r jumps between it
// and the full report (counsellor.go).
type summaryScreen struct {
	*model
	pager
	rep        *report.Report
	reportLine int // the line of a counsellor's summary where the full report starts
}

// showSummary builds the report of the answers and shows it.
func (m *model) showSummary() {
	m.reached = true
	m.show(&summaryScreen{
		model: m,
		pager: newPager(),
		rep:   report.Build(m.flow.Answers(), report.Options{Lang: m.lang, Counsellor: m.cfg.Counsellor}),
	})
}

func (s *summaryScreen) name() string { return "summary" }

func (s *summaryScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	text := renderReport(s.rep, s.st, w)
	s.reportLine = 0
	if s.rep.Readback != nil {
		// The read-back first, to say aloud; the full report below.
		top := renderReadback(s.rep, s.st, w)
		s.reportLine = lipgloss.Height(top) - 2 // the rule that heads the report
		text = top + "\n" + text
	}
	s.setText(text, w, h-s.footerHeight()-1, fresh)
}

func (s *summaryScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Save):
		s.show(newSave(s))
	case key.Matches(msg, s.keys.Report):
		s.jumpReport()
	case s.scroll(msg):
	default:
		s.result = finished
		return tea.Quit
	}
	return nil
}

func (s *summaryScreen) help() []key.Binding {
	k := s.keys
	pos := key.NewBinding(key.WithHelp("", s.cat.F("tui.summary.position", "percent", strconv.Itoa(int(s.vp.ScrollPercent()*100+0.5)))))
	if !s.overflows() {
		return []key.Binding{k.Save, k.Close}
	}
	if s.rep.Readback != nil {
		return []key.Binding{k.Scroll, k.Page, s.reportKey(), k.Save, k.Close, pos}
	}
	return []key.Binding{k.Scroll, k.Page, k.Save, k.Close, pos}
}
