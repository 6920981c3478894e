package tui

import (
	"os"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// outcome is how the screening ended.
type outcome int

const (
	running  outcome = iota
	aborted          // left before the summary: exit 130
	finished         // left the summary or the crisis end screen: exit 0
)

// Default size until the terminal tells its own.
const (
	defaultWidth  = 80
	defaultHeight = 24
	// maxWidth keeps lines readable on wide terminals.
	maxWidth = 100
)

// formMsg carries a message produced by a command of form number gen, so
// that a message meant for a form that is gone (a second Enter pressed
// quickly) never reaches the next one.
type formMsg struct {
	gen int
	msg tea.Msg
}

// model is the root bubbletea model: the Flow every front end shares, the
// language, the size and colours, and the screen shown (see screen). It
// handles sizes, colours, ctrl+c and the forms' own messages, and passes
// every other key to the screen once.
type model struct {
	cfg  Config
	lang i18n.Lang
	cat  *i18n.Catalog
	keys keyMap
	flow *screening.Flow

	scr           screen
	width, height int
	dark          bool
	st            *styles
	theme         huh.Theme

	gen    int    // the number of the form shown, see formMsg
	notice string // a one-line notice (answers dropped, report saved)
	saved  string // the absolute path the report was saved to

	// savedFor are the answers the report was last saved with (by the
	// save dialog or to Config.Output); nil before. The summary asks
	// before closing when they are not the answers now.
	savedFor *screening.Answers
	// out and ans are Config.Output ("-" aside) and Config.AnswersOut,
	// written when the summary is reached.
	out, ans runFile

	more    bool // ?: the whole question and every key, see fit.go
	short   bool // the key help is cut to the essentials
	guarded bool // the screen does not fit: the size guard stands in front

	susp *suspender // Ctrl+Z and SIGTSTP; nil in tests without a program
	// getwd is the folder the save dialog starts in: os.Getwd, but in
	// tests that run side by side.
	getwd func() (string, error)

	result  outcome
	reached bool // the summary was shown: every ending is exit 0
}

// newModel starts a screening at the welcome screen. The background is
// taken to be dark until the terminal answers the colour query.
func newModel(cfg Config) *model {
	m := &model{cfg: cfg, flow: screening.NewFlow(), dark: true, getwd: os.Getwd,
		ans: runFile{path: cfg.AnswersOut, force: cfg.Force}}
	if cfg.Output != "-" {
		m.out = runFile{path: cfg.Output, force: cfg.Force}
	}
	m.theme = huh.ThemeFunc(func(bool) *huh.Styles { return m.st.huh })
	m.st = newStyles(m.dark, cfg.NoColor)
	m.setLang(cfg.Lang)
	m.show(newWelcome(m))
	return m
}

// Init asks the terminal for its background colour; the answer arrives as
// a message, so the first frame is not held up.
func (m *model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

func (m *model) setLang(l i18n.Lang) {
	if l != i18n.Da && l != i18n.En {
		l = i18n.En
	}
	m.lang = l
	m.cat = i18n.MustLoad(l)
	m.keys = newKeyMap(m.cat, m.cfg.Counsellor)
}

// size returns the terminal size, or the default before it is known.
func (m *model) size() (w, h int) {
	w, h = m.width, m.height
	if w <= 0 {
		w = defaultWidth
	}
	if h <= 0 {
		h = defaultHeight
	}
	return w, h
}

// contentWidth is the width text is laid out in: the terminal less a
// column on each side, at most maxWidth.
func (m *model) contentWidth() int {
	w, _ := m.size()
	return max(min(w, maxWidth)-2, 20)
}

// Update handles a message: sizes, colours, ctrl+c and the forms' own
// messages for all screens; other keys go to the screen shown.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.st = newStyles(m.dark, m.cfg.NoColor)
		if s, ok := m.scr.(interface{ restyle() }); ok {
			s.restyle()
		}
		m.relayout()
	case formMsg:
		if msg.gen != m.gen || m.currentForm() == nil || msg.msg == nil {
			return m, nil
		}
		if batch, ok := msg.msg.(tea.BatchMsg); ok {
			cmds := make([]tea.Cmd, len(batch))
			for i, c := range batch {
				cmds[i] = m.wrap(c)
			}
			return m, tea.Batch(cmds...)
		}
		return m, m.updateForm(msg.msg)
	case suspendMsg:
		return m, m.suspend()
	case tea.ResumeMsg:
		m.susp.resumed()
		m.relayout()
	case tea.KeyPressMsg:
		return m, m.press(msg)
	case tea.PasteMsg:
		if s, ok := m.scr.(interface{ paste(tea.PasteMsg) tea.Cmd }); ok && !m.guarded {
			return m, s.paste(msg)
		}
	}
	return m, nil
}

// press handles a key: Ctrl+C and Ctrl+Z on every screen, q behind the
// size guard (and nothing else there), ? where nothing is typed, and
// every other key on the screen shown.
func (m *model) press(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Suspend):
		return m.suspend()
	case m.guarded:
		if key.Matches(msg, m.keys.Close) {
			return m.quit()
		}
		return nil
	case key.Matches(msg, m.keys.More) && !m.inInput():
		m.more = !m.more
		m.relayout()
		return nil
	}
	return m.scr.key(msg)
}

// suspend gives the terminal back to the shell until fg (suspend.go).
func (m *model) suspend() tea.Cmd {
	m.susp.suspend()
	return tea.Suspend
}

// inInput reports whether the screen shown takes typed text, where ? is a
// character like any other.
func (m *model) inInput() bool {
	t, ok := m.scr.(interface{ typing() bool })
	return ok && t.typing()
}

// quit ends the program: finished once the summary has been shown, or
// on the crisis end screen; aborted before.
func (m *model) quit() tea.Cmd {
	if m.closes() {
		m.result = finished
	} else {
		m.result = aborted
	}
	return tea.Quit
}

// closes reports whether leaving now ends the screening with its result
// (exit 0): after the summary, or on the crisis end screen.
func (m *model) closes() bool {
	_, ended := m.scr.(*endedScreen)
	return m.reached || ended
}

// currentForm is the form of the screen shown, or nil.
func (m *model) currentForm() *built {
	if s, ok := m.scr.(formScreen); ok {
		return s.form()
	}
	return nil
}

// wrap tags a form's command with the form's number.
func (m *model) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	gen := m.gen
	return func() tea.Msg { return formMsg{gen: gen, msg: cmd()} }
}

// updateForm runs the screen's form on msg: moving the cursor, ticking,
// and the messages its own commands produce.
func (m *model) updateForm(msg tea.Msg) tea.Cmd {
	b := m.currentForm()
	if b == nil {
		return nil
	}
	f, cmd := b.form.Update(msg)
	b.form = f.(*huh.Form)
	return m.wrap(cmd)
}

// submitted reports whether Enter takes the form's value: at once, so that
// the next key already goes to the next screen, however fast the keys
// come. huh never sees Enter; it only moves the cursor and ticks. Ticks
// that break a rule are refused (the field shows the error already).
func submitted(b *built) bool {
	if b == nil {
		return false
	}
	if b.many != nil && b.check != nil {
		return b.check(*b.many) == nil
	}
	return true
}

// menuKey handles the keys of a screen with a form: back, Enter (done
// when the form takes its value, see submitted) and the keys that move
// the cursor or tick. It reports whether msg was one of them.
func (m *model) menuKey(msg tea.KeyPressMsg, b *built, done func()) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.back()
	case key.Matches(msg, m.keys.Enter):
		if submitted(b) {
			done()
		}
	case key.Matches(msg, m.keys.Field):
		return m.updateForm(msg), true
	default:
		return nil, false
	}
	return nil, true
}

// install makes b a screen's form, focused, its cursor placed, and
// returns it. A MultiSelect's cursor is moved on the field itself, from
// the nearer end of its list, and the form drawn once after: each move
// through the form would draw the whole form again.
func (m *model) install(b *built) *built {
	m.gen++
	b.form.Init()
	if b.down > 0 && b.multi != nil {
		n := b.options
		from, step, moves := tea.KeyHome, tea.KeyDown, b.down
		if b.down > n-1-b.down {
			from, step, moves = tea.KeyEnd, tea.KeyUp, n-1-b.down
		}
		b.multi.Update(press(from))
		for range moves {
			b.multi.Update(press(step))
		}
		b.form.Update(placedMsg{}) // the form draws the field again
	}
	return b
}

// placedMsg makes a form draw its field again after the cursor was
// placed on the field itself.
type placedMsg struct{}

// show switches to screen s and lays it out fresh, folded as the size
// asks (? unfolds it again).
func (m *model) show(s screen) {
	m.scr = s
	m.notice = ""
	m.more = false
	m.gen++
	m.place(true)
}

// relayout lays the screen out again after a change of size or colours,
// keeping the form's state and the reading place.
func (m *model) relayout() { m.place(false) }

// after moves on from an answer: the crisis screen when the answer calls
// for it, else the next question or the review; a notice tells which
// answers were dropped.
func (m *model) after(step screening.Step) {
	if step.Crisis {
		m.show(&crisisScreen{model: m, pager: newPager()})
	} else {
		m.next()
	}
	if len(step.Dropped) > 0 {
		m.notice = m.droppedNotice(step.Dropped)
		m.relayout() // the notice takes room from the form
	}
}

func (m *model) droppedNotice(dropped []int) string {
	labels := make([]string, len(dropped))
	for i, q := range dropped {
		labels[i] = m.cat.F("tui.quote", "text", vocab.Label(m.cat, q))
	}
	c := m.cfg.Counsellor
	switch {
	case len(dropped) == 1:
		return m.cat.F(pick(c, "tui.dropped.one", "tui.counsellor.dropped.one"), "questions", labels[0])
	case len(dropped) <= 3:
		return m.cat.F(pick(c, "tui.dropped.other", "tui.counsellor.dropped.other"), "questions", m.cat.List(labels))
	}
	return m.cat.F(pick(c, "tui.dropped.many", "tui.counsellor.dropped.many"), "count", strconv.Itoa(len(dropped)))
}

// next shows the Flow's current question, or the review when every
// question has been put.
func (m *model) next() {
	if m.flow.AtReview() {
		m.show(&reviewScreen{model: m})
		return
	}
	m.show(&questionScreen{model: m})
}

// back goes to the previous question; from the first one, to the welcome
// screen (the answers stay).
func (m *model) back() {
	if m.flow.Back() {
		m.show(&questionScreen{model: m})
		return
	}
	m.show(newWelcome(m))
}

// View draws the screen shown in the alternate screen, so that nothing of
// the answers is left in the terminal when the program ends.
func (m *model) View() tea.View {
	var v tea.View
	if m.guarded {
		v = tea.NewView(m.frame(m.guardView(), m.guardKeys()))
	} else {
		v = tea.NewView(m.frame(m.scr.view(), m.footer()))
	}
	v.AltScreen = true
	return v
}

// frame puts the body at the top and the footer at the bottom of the
// screen, with a column of margin on the left.
func (m *model) frame(body, footer string) string {
	_, h := m.size()
	bodyLines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	footLines := strings.Split(footer, "\n")
	room := h - len(footLines)
	if len(bodyLines) > room {
		bodyLines = bodyLines[:max(room, 0)]
	}
	lines := make([]string, 0, h)
	lines = append(lines, bodyLines...)
	for len(lines) < h-len(footLines) {
		lines = append(lines, "")
	}
	lines = append(lines, footLines...)
	for i, l := range lines {
		if l = strings.TrimRight(l, " "); l != "" {
			lines[i] = " " + l
		} else {
			lines[i] = l
		}
	}
	return strings.Join(lines, "\n")
}

// footer is the notice, the screen's notes and its key help.
func (m *model) footer() string {
	var parts []string
	if m.notice != "" {
		parts = append(parts, m.st.notice.Render(wrapIndent(m.notice, m.contentWidth(), 0)))
	}
	if s, ok := m.scr.(noted); ok {
		parts = append(parts, s.notes()...)
	}
	parts = append(parts, keyHelp(m.st, m.contentWidth(), m.footerKeys()...))
	return strings.Join(parts, "\n")
}

// footerHeight is the height of the footer, for a screen laying itself
// out.
func (m *model) footerHeight() int { return strings.Count(m.footer(), "\n") + 1 }
