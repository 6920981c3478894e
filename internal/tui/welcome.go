package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// welcomeScreen says what the screening is and is not, that nothing is
// kept, how long it takes and the keys; the language can be switched here.
type welcomeScreen struct {
	*model
	pager
}

func newWelcome(m *model) *welcomeScreen { return &welcomeScreen{model: m, pager: newPager()} }

func (s *welcomeScreen) name() string { return "welcome" }

func (s *welcomeScreen) layout(fresh bool) {
	_, h := s.size()
	for range 2 { // the key help depends on whether the text overflows
		room := h - s.footerHeight()
		text := s.text(s.contentWidth(), false)
		if lipgloss.Height(text) > room {
			text = s.text(s.contentWidth(), true)
		}
		if lipgloss.Height(text) < room {
			room-- // a blank line over the help line, where there is room
		}
		s.setText(text, s.contentWidth(), room, fresh)
	}
}

func (s *welcomeScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Start):
		s.next()
	case key.Matches(msg, s.keys.Lang):
		if s.lang == i18n.Da {
			s.setLang(i18n.En)
		} else {
			s.setLang(i18n.Da)
		}
		s.show(s)
	default:
		s.scroll(msg)
	}
	return nil
}

// notes is the short help line, over the key help at every size.
func (s *welcomeScreen) notes() []string {
	return []string{s.st.strong.Render(s.helpLineIn(s.contentWidth()))}
}

// essentials: starting, the language and ?.
func (s *welcomeScreen) essentials() []key.Binding {
	return []key.Binding{s.keys.Start, s.keys.Lang, s.moreKey("tui.help.all_keys")}
}

func (s *welcomeScreen) help() []key.Binding {
	k := s.keys
	if s.overflows() {
		return []key.Binding{k.Start, k.Lang, k.Scroll, k.Quit}
	}
	return []key.Binding{k.Start, k.Lang, k.Quit}
}

// text is what the screening is and is not, that nothing is kept, how
// long it takes, the keys and the language; tight leaves out the blank
// line over the keys.
func (s *welcomeScreen) text(w int, tight bool) string {
	c := s.cat
	co := s.cfg.Counsellor
	lo, hi := questionRange()
	var b strings.Builder
	b.WriteString(s.st.title.Render(wrapIndent(c.T(pick(co, "tui.welcome.title", "tui.counsellor.welcome.title")), w, 0)) + "\n\n")
	for _, k := range []string{
		pick(co, "tui.welcome.what", "tui.counsellor.welcome.what"),
		pick(co, "tui.welcome.not", "tui.counsellor.welcome.not"),
		pick(co, "tui.welcome.private", "tui.counsellor.welcome.private"),
	} {
		b.WriteString(wrapIndent(c.T(k), w, 0) + "\n\n")
	}
	b.WriteString(wrapIndent(c.F(pick(co, "tui.welcome.time", "tui.counsellor.welcome.time"), "min", strconv.Itoa(lo), "max", strconv.Itoa(hi)), w, 0) + "\n")
	if !tight {
		b.WriteString("\n")
	}
	rows := [][2]string{
		{"tui.key.move", "tui.welcome.key.move"},
		{"tui.key.enter", "tui.welcome.key.answer"},
		{"tui.key.toggle", "tui.welcome.key.toggle"},
		{"tui.key.skip", pick(co, "tui.welcome.key.skip", "tui.counsellor.welcome.key.skip")},
		{"tui.key.back", "tui.welcome.key.back"},
		{"tui.key.quit", "tui.welcome.key.quit"},
		{"tui.key.lang", ""},
	}
	if co {
		// "Doesn't know" comes before "prefer not to say".
		rows = append(rows[:3], append([][2]string{{"tui.key.dont_know", "tui.counsellor.welcome.key.dont_know"}}, rows[3:]...)...)
	}
	col := 0
	for _, r := range rows {
		col = max(col, lipgloss.Width(c.T(r[0])))
	}
	for _, r := range rows {
		k := c.T(r[0])
		pad := strings.Repeat(" ", col+2-lipgloss.Width(k))
		desc := ""
		if r[1] != "" {
			desc = wrapColumn(c.T(r[1]), w-col-4, col+4)
		} else {
			desc = s.langSwitch()
		}
		b.WriteString("  " + s.st.key.Render(k) + pad + desc + "\n")
	}
	// No empty last line: it would make a text that fits scroll.
	return strings.TrimSuffix(b.String(), "\n")
}

// langSwitch shows the languages with the chosen one marked.
func (s *welcomeScreen) langSwitch() string {
	var b strings.Builder
	b.WriteString(s.cat.T("tui.welcome.lang") + ": ")
	for _, l := range i18n.Langs {
		name := s.cat.T("tui.lang." + string(l))
		if l == s.lang {
			b.WriteString(s.st.chosen.Render("▸ "+name) + "  ")
		} else {
			b.WriteString("  " + name + "  ")
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// questionRange is the fewest and the most questions a screening asks,
// from the question bank's conditions.
func questionRange() (lo, hi int) {
	qs := screening.Questions()
	setting, _ := screening.Index("setting")
	lo = screening.NumQuestions
	for i := -1; i < len(qs[setting].Options); i++ {
		var a screening.Answers
		if i >= 0 {
			a.Set(setting, 1<<i)
		}
		n := 0
		for q := range qs {
			if a.Asked(q) {
				n++
			}
		}
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo, hi
}
