package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// reviewScreen lists every answer; choosing one re-opens its question,
// the first entry shows the result.
type reviewScreen struct {
	*model
	formed
	long bool // the list is longer than the screen
}

func (s *reviewScreen) name() string { return "review" }

func (s *reviewScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	// The hint that the list goes on is shown when the whole list does not
	// fit.
	start := s.keep(fresh, reviewShow)
	s.long = false
	full := reviewForm(s.cat, s.cfg.Counsellor, s.flow.Answers(), s.theme, w, 0, start)
	s.long = lipgloss.Height(full.form.View()) > h-s.footerHeight()
	s.cur = s.install(reviewForm(s.cat, s.cfg.Counsellor, s.flow.Answers(), s.theme, w, h-s.footerHeight(), start))
}

func (s *reviewScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	cmd, _ := s.menuKey(msg, s.cur, s.chosen)
	return cmd
}

// chosen shows the summary, or the question chosen to be changed.
func (s *reviewScreen) chosen() {
	if *s.cur.one == reviewShow {
		s.showSummary()
		return
	}
	s.flow.Edit(*s.cur.one)
	s.show(&questionScreen{model: s.model})
}

func (s *reviewScreen) view() string { return trimBlank(s.cur.form.View()) }

func (s *reviewScreen) notes() []string {
	if s.long {
		return []string{s.note(s.st.muted, s.cat.T(pick(s.cfg.Counsellor, "tui.review.more", "tui.counsellor.review.more")))}
	}
	return nil
}

func (s *reviewScreen) help() []key.Binding {
	k := s.keys
	return []key.Binding{k.Move, k.Choose, k.Back, k.Quit}
}
