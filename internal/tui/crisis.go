package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
)

// crisisScreen shows the help contacts at once after crisis = yes or
// unsure, and asks whether to go on or to stop there.
type crisisScreen struct {
	*model
	pager
	formed
}

func (s *crisisScreen) name() string { return "crisis" }

func (s *crisisScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	s.cur = s.install(crisisForm(s.cat, s.cfg.Counsellor, s.theme, w, s.keep(fresh, crisisEnd)))
	formH := lipgloss.Height(trimBlank(s.cur.form.View()))
	text := s.text(w)
	// Twice: the key help, and so its height, depends on whether the
	// text overflows.
	for range 2 {
		s.setText(text, w, h-formH-1-s.footerHeight(), fresh)
	}
}

func (s *crisisScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	cmd, ok := s.menuKey(msg, s.cur, s.chosen)
	if !ok {
		s.scroll(msg)
	}
	return cmd
}

// chosen goes on to the next question, or stops at the end screen.
func (s *crisisScreen) chosen() {
	if *s.cur.one == crisisEnd {
		s.show(&endedScreen{model: s.model, pager: newPager()})
		return
	}
	s.next()
}

func (s *crisisScreen) view() string { return s.pager.view() + "\n" + trimBlank(s.cur.form.View()) }

// help names the page keys too when the help contacts are longer than
// the room above the choice: the arrows and Enter belong to the choice.
func (s *crisisScreen) help() []key.Binding {
	k := s.keys
	if s.overflows() {
		page := key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp(k.Page.Help().Key, k.Page.Help().Desc))
		return []key.Binding{k.Move, k.Choose, page, k.Back, k.Quit}
	}
	return []key.Binding{k.Move, k.Choose, k.Back, k.Quit}
}

// essentials: moving, choosing, the pages of the help and ?.
func (s *crisisScreen) essentials() []key.Binding {
	k := s.keys
	keys := []key.Binding{k.Move, k.Choose}
	if s.overflows() {
		keys = append(keys, key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp(k.Page.Help().Key, k.Page.Help().Desc)))
	}
	return append(keys, s.moreKey("tui.help.all_keys"))
}

// text is the help contacts shown at once after crisis = yes or unsure:
// the crisis-first list (no Cepda, which is no emergency service).
func (s *crisisScreen) text(w int) string {
	c := s.cat
	co := s.cfg.Counsellor
	return s.st.level[rules.Urgent].Render(wrapIndent(c.T(pick(co, "tui.crisis.title", "tui.counsellor.crisis.title")), w, 0)) + "\n" +
		wrapIndent(c.T(pick(co, "tui.crisis.intro", "tui.counsellor.crisis.intro")), w, 0) + "\n" +
		helpBox(c, vocab.HelpFirstEntries(c, s.flow.Answers()), c.T("help.fault"), s.st, w) + "\n"
}

// endedScreen is what the person sees after stopping at the crisis
// screen: the help and the disclaimer. Any key but the scrolling ones
// closes it (exit 0); esc and shift+tab go back to the crisis choice.
type endedScreen struct {
	*model
	pager
}

func (s *endedScreen) name() string { return "ended" }

func (s *endedScreen) layout(fresh bool) {
	w := s.contentWidth()
	_, h := s.size()
	for range 2 { // the key help depends on whether the text overflows
		s.setText(s.text(w), w, h-s.footerHeight()-1, fresh)
	}
}

func (s *endedScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Back):
		s.show(&crisisScreen{model: s.model, pager: newPager()})
	case key.Matches(msg, s.keys.Enter):
		// Enter closes here, though it pages elsewhere.
		s.result = finished
		return tea.Quit
	case s.scroll(msg):
	default:
		s.result = finished
		return tea.Quit
	}
	return nil
}

func (s *endedScreen) help() []key.Binding {
	k := s.keys
	if s.overflows() {
		return []key.Binding{k.Scroll, k.Page, k.Back, k.Any}
	}
	return []key.Binding{k.Back, k.Any}
}

// text is the help (the crisis-first list, without Cepda) and the
// disclaimer.
func (s *endedScreen) text(w int) string {
	c := s.cat
	return s.st.title.Render(wrapIndent(c.T("report.help"), w, 0)) + "\n\n" +
		wrapIndent(c.T(pick(s.cfg.Counsellor, "tui.ended.intro", "tui.counsellor.ended.intro")), w, 0) + "\n\n" +
		helpList(vocab.HelpFirstEntries(c, s.flow.Answers()), c.T("help.fault"), s.st, w, 0) + "\n" +
		s.st.heading.Render(wrapIndent(c.T("report.disclaimer"), w, 0)) + "\n" +
		wrapIndent(c.T("disclaimer"), w, 0)
}
