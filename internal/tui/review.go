package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// reviewScreen lists every answer; choosing one re-opens its question,
// the first entry shows the result.
type reviewScreen struct {
	*model
	formed
	long  bool // the list is longer than the screen
	brief bool // the intro is left out for want of room
	tight bool // the answer under the cursor cannot be drawn whole
}

func (s *reviewScreen) name() string { return "review" }

func (s *reviewScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	// The hint that the list goes on is shown when the whole list does not
	// fit.
	start := s.keep(fresh, reviewShow)
	a := s.flow.Answers()
	for _, brief := range []bool{false, true} {
		s.brief, s.long = brief, false
		full := reviewForm(s.cat, s.cfg.Counsellor, a, brief, s.theme, w, 0, start)
		s.long = full.natural > h-s.footerHeight()
		room := h - s.footerHeight()
		s.tight = room-full.head < full.tallest
		// The intro gives way before the list is cut to a few lines.
		if !s.tight && (brief || room-full.head >= min(full.natural-full.head, minAnswers)) {
			break
		}
	}
	s.cur = s.install(reviewForm(s.cat, s.cfg.Counsellor, a, s.brief, s.theme, w, h-s.footerHeight(), start))
}

// cramped reports that the answer under the cursor cannot be drawn.
func (s *reviewScreen) cramped() bool { return s.tight }

// essentials: moving, choosing and ?.
func (s *reviewScreen) essentials() []key.Binding {
	return []key.Binding{s.keys.Move, s.keys.Choose, s.moreKey("tui.help.all_keys")}
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
