package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/screening"
)

// Every screen fits the terminal down to minWidth x minHeight: it shows
// the question (at least its first line), the option under the cursor and
// the key help, and gives up the rest first. Below that size, or whenever
// the option under the cursor cannot be drawn, the size guard stands in
// front of the screen and only Ctrl+C and q act.
const (
	minWidth  = 50
	minHeight = 15
)

// fold is what a question screen leaves out for want of room.
type fold struct {
	help   bool // the help text; a counsellor's written question, the note cut
	bare   bool // the earlier answer and the blank line under the header
	keys   bool // the key help shortened to the essentials and ?
	scroll bool // the answers scroll, showing at least minAnswers lines
	nohint bool // no line saying that the answers go on
	cut    bool // the question cut to its first line, ending in "…"
	fewer  bool // the answers scroll down to the one under the cursor
}

// minAnswers is the fewest lines of answers a screen shows when they
// scroll, before it cuts the question instead: a short list is shown
// whole.
const minAnswers = 5

// folds are the ways a question screen is laid out, from all of it to the
// least it may show, in the order they are tried: the help text goes
// first, then the blank line, then the keys but the essentials; the
// answers scroll only when at least minAnswers lines of them stay, else
// the question is cut to its first line, and only on the smallest screens
// both.
var folds = []fold{
	{},
	{help: true},
	{help: true, bare: true},
	{help: true, bare: true, keys: true},
	{help: true, bare: true, scroll: true},
	{help: true, bare: true, scroll: true, keys: true},
	{help: true, bare: true, scroll: true, keys: true, nohint: true},
	{help: true, bare: true, keys: true, cut: true},
	{help: true, bare: true, scroll: true, keys: true, nohint: true, cut: true, fewer: true},
}

// brief is a screen whose key help can shorten to the essentials, ? among
// them.
type brief interface {
	essentials() []key.Binding
}

// place lays the screen shown out for the size there is: with its full
// key help if the screen fits, else with the essentials; the size guard
// goes up when even that does not fit.
func (m *model) place(fresh bool) {
	m.short = false
	m.scr.layout(fresh)
	// Whether the screen fits is drawn once for each layout: a drawing
	// costs as much as the layout.
	fits := m.fits()
	if _, ok := m.scr.(brief); ok && !m.more && !fits && !m.short {
		m.short = true
		m.scr.layout(fresh)
		fits = m.fits()
	}
	if m.more && !fits {
		// Everything does not fit even the least: the short screen again.
		m.more = false
		m.place(fresh)
		return
	}
	w, h := m.size()
	m.guarded = w < minWidth || h < minHeight || !fits
}

// fits reports whether the screen shown fits the terminal whole, the
// option under the cursor included.
func (m *model) fits() bool {
	if c, ok := m.scr.(interface{ cramped() bool }); ok && c.cramped() {
		return false
	}
	_, h := m.size()
	return lipgloss.Height(strings.TrimRight(m.scr.view(), "\n"))+m.footerHeight() <= h
}

// footerKeys are the key help of the screen shown: all of its keys, the
// essentials on a short screen, or with More every key there is.
func (m *model) footerKeys() []key.Binding {
	switch {
	case m.more:
		return append(m.scr.help(), m.keys.Suspend, m.moreKey("tui.help.less"))
	case m.short:
		if b, ok := m.scr.(brief); ok {
			return b.essentials()
		}
	}
	return m.scr.help()
}

// moreKey is ? with the help text desc: what pressing it shows.
func (m *model) moreKey(desc string) key.Binding {
	return key.NewBinding(key.WithKeys(m.keys.More.Keys()...), key.WithHelp(m.cat.T("tui.key.more"), m.cat.T(desc)))
}

// guardView is what the size guard says: how large the window must be,
// and how large it is.
func (m *model) guardView() string {
	w, h := m.size()
	size := strconv.Itoa(w) + "x" + strconv.Itoa(h)
	return m.st.strong.Render(wrapIndent(m.cat.F("tui.guard", "size", size), max(w-2, 4), 0))
}

// guardKeys is the guard's key help: q and Ctrl+C end as they would on
// the screen behind it.
func (m *model) guardKeys() string {
	w, _ := m.size()
	desc := "tui.help.quit"
	if m.closes() {
		desc = "tui.help.close"
	}
	b := key.NewBinding(key.WithHelp(m.cat.T("tui.key.quit_q"), m.cat.T(desc)))
	return keyHelp(m.st, max(w-2, 4), b)
}

// cutLines cuts text to its first n lines at width, ending in "…" when
// there is more.
func cutLines(text string, width, n int) string {
	if len(wrapLines(text, width, width)) <= n {
		return text
	}
	return strings.Join(shortNote(text, width, n), "\n")
}

// barWidth is the width of the progress bar.
const barWidth = 10

// progressBar draws done (0 to 1) as a bar of barWidth cells.
func progressBar(st *styles, done float64) string {
	n := min(max(int(done*barWidth+0.5), 0), barWidth)
	return st.title.Render(strings.Repeat("█", n)) + st.muted.Render(strings.Repeat("░", barWidth-n))
}

// layoutWhole lays a question out for More: the whole question, its help
// text and a counsellor's note in a text that scrolls with pgup/pgdn
// (the arrows are the answers'), over the answers, at least the one under
// the cursor.
func (s *questionScreen) layoutWhole(q int, prev screening.OptionSet, answered bool, start int) {
	w := s.contentWidth()
	_, h := s.size()
	s.fold, s.tight, s.compact, s.noteMax, s.whole, s.short = fold{}, false, false, 0, false, false
	text := textPerson
	if s.cfg.Counsellor {
		text = textCounsellor
	}
	title, desc := questionTexts(s.cat, q, text)
	inner := wrapText(title, w-fieldFrame)
	inner = s.st.huh.Focused.Title.Render(inner)
	if desc != "" {
		inner += "\n" + s.st.huh.Focused.Description.Render(wrapText(desc, w-fieldFrame))
	}
	content := s.st.huh.Focused.Base.Render(inner)
	if note := s.noteView(q, w); note != "" {
		content += "\n\n" + note
	}
	all := shapeQuestion(s.cat, q, "", "", w)
	if !s.textOn {
		s.text, s.textOn = newPager(), true // the text starts at its top
	}
	textH := lipgloss.Height(content)
	height := 0   // the answers' height, 0 when they are all shown
	for range 2 { // the key help depends on whether the text scrolls
		room := h - lipgloss.Height(s.head()) - s.footerHeight()
		t, opts := textH, all.natural
		if t+opts > room {
			t = max(room-opts, min(textH, 3))
			opts = max(room-t, all.tallest)
			t = room - opts
		}
		s.tight = t < 1
		s.listCut = opts < all.natural
		top := s.text.vp.YOffset()
		s.text.vp.SetWidth(w)
		s.text.vp.SetContent(content)
		s.text.vp.SetHeight(max(t, 1))
		s.text.vp.SetYOffset(top)
		height = 0
		if s.listCut {
			height = opts
		}
	}
	s.cur = s.install(s.placed(all.form(s.cat, prev, answered, s.theme, w, height), start))
}

// wholeView is the text shown with More.
func (s *questionScreen) wholeView() string { return s.text.view() }

// helpLine is the contract's short help line, left on the normal screen
// when the program ends: one line where the terminal's width (80 before
// it is known) holds it, else broken between its entries (two lines at
// 80 columns), and inside an entry only where one is wider than the
// terminal.
func (m *model) helpLine() string {
	w := m.width
	if w <= 0 {
		w = defaultWidth
	}
	return m.helpLineIn(w)
}

// helpLineIn is the help line broken for width w.
func (m *model) helpLineIn(w int) string {
	line := m.cat.T("tui.helpline")
	const sep = " · "
	var lines []string
	cur := ""
	for _, part := range strings.Split(line, sep) {
		switch {
		case cur == "":
			cur = part
		case ansi.StringWidth(cur+sep+part) <= w:
			cur += sep + part
		default:
			lines = append(lines, cur)
			cur = part
		}
		if ansi.StringWidth(cur) > w {
			wrapped := wrapLines(cur, w, w)
			lines = append(lines, wrapped[:len(wrapped)-1]...)
			cur = wrapped[len(wrapped)-1]
		}
	}
	return strings.Join(append(lines, cur), "\n")
}
