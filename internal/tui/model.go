package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// screen is what the TUI shows.
type screen int

const (
	scrWelcome  screen = iota
	scrQuestion        // one question of the Flow
	scrCrisis          // the help contacts after crisis = yes or unsure
	scrEnded           // the person ended at the crisis screen
	scrReview          // every answer, any of them can be changed
	scrSummary         // the report
	scrSave            // saving the report
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
// screen shown, and the huh form of that screen, if any.
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

	cur *built // the form of the screen, nil when it has none
	gen int

	vp     viewport.Model // the text of the welcome, crisis, end and summary screens
	notice string         // a one-line notice (answers dropped, report saved)
	rep    *report.Report
	save   saveState
	saved  string // the absolute path the report was saved to

	reviewLong bool // the review's list is longer than the screen
	listCut    bool // the question's answers are more than the screen shows
	compact    bool // the counsellor's question screen is too short for all of it
	expand     bool // n: the short screen shows the whole note, the answers scroll
	noteMax    int  // the lines the counsellor's note may take; 0: all
	reportLine int  // the line of a counsellor's summary where the full report starts

	result  outcome
	reached bool // the summary or the crisis end screen was shown
}

// newModel starts a screening at the welcome screen. The background is
// taken to be dark until the terminal answers the colour query.
func newModel(cfg Config) *model {
	m := &model{cfg: cfg, flow: screening.NewFlow(), dark: true}
	m.theme = huh.ThemeFunc(func(bool) *huh.Styles { return m.st.huh })
	m.st = newStyles(m.dark, cfg.NoColor)
	m.setLang(cfg.Lang)
	m.vp = viewport.New()
	m.show(scrWelcome)
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

// Update handles a message: keys by screen, sizes and colours for all.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
		return m, nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.st = newStyles(m.dark, m.cfg.NoColor)
		m.save.input.SetStyles(m.st.inputStyles(m.dark))
		m.relayout()
		return m, nil
	case formMsg:
		if msg.gen != m.gen || m.cur == nil || msg.msg == nil {
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
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.scr == scrSave && m.save.step == saveStepName {
			var cmd tea.Cmd
			m.save.input, cmd = m.save.input.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

// key handles a key press on the screen shown.
func (m *model) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Quit) {
		if m.reached {
			m.result = finished
		} else {
			m.result = aborted
		}
		return tea.Quit
	}
	switch m.scr {
	case scrWelcome:
		switch {
		case key.Matches(msg, m.keys.Start):
			m.next()
		case key.Matches(msg, m.keys.Lang):
			if m.lang == i18n.Da {
				m.setLang(i18n.En)
			} else {
				m.setLang(i18n.Da)
			}
			m.show(scrWelcome)
		default:
			m.scroll(msg)
		}
	case scrQuestion:
		switch {
		case key.Matches(msg, m.keys.Skip):
			m.after(m.flow.Skip())
		case key.Matches(msg, m.keys.DontKnow):
			m.dontKnow()
		case key.Matches(msg, m.keys.Note) && m.compact:
			m.expand = !m.expand
			m.relayout()
		case key.Matches(msg, m.keys.Back):
			m.back()
		case key.Matches(msg, m.keys.Enter):
			m.submit()
		case key.Matches(msg, m.keys.Field):
			return m.updateForm(msg)
		}
	case scrCrisis:
		switch {
		case key.Matches(msg, m.keys.Back):
			m.back()
		case key.Matches(msg, m.keys.Enter):
			m.submit()
		case key.Matches(msg, m.keys.Field):
			return m.updateForm(msg)
		default:
			m.scroll(msg)
		}
	case scrReview:
		switch {
		case key.Matches(msg, m.keys.Back):
			m.back()
		case key.Matches(msg, m.keys.Enter):
			m.submit()
		case key.Matches(msg, m.keys.Field):
			return m.updateForm(msg)
		}
	case scrEnded:
		// Any key closes; the scrolling keys scroll first when the text
		// is longer than the screen.
		if !m.overflows() || !m.scroll(msg) {
			m.result = finished
			return tea.Quit
		}
	case scrSummary:
		switch {
		case key.Matches(msg, m.keys.Save):
			m.startSave()
		case key.Matches(msg, m.keys.Report):
			m.jumpReport()
		case m.scroll(msg):
		default:
			m.result = finished
			return tea.Quit
		}
	case scrSave:
		return m.saveKey(msg)
	}
	return nil
}

// scroll moves the text of the screen when it is longer than the screen;
// it reports whether msg is a scrolling key.
func (m *model) scroll(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "up", "k":
		m.vp.ScrollUp(1)
	case "down", "j":
		m.vp.ScrollDown(1)
	case "pgup", "b":
		m.vp.PageUp()
	case "pgdown", "space", "f", "enter":
		m.vp.PageDown()
	case "home", "g":
		m.vp.GotoTop()
	case "end", "G":
		m.vp.GotoBottom()
	default:
		return false
	}
	return true
}

// overflows reports whether the text is longer than its room.
func (m *model) overflows() bool { return m.vp.TotalLineCount() > m.vp.Height() }

// wrap tags a form's command with the form's number.
func (m *model) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	gen := m.gen
	return func() tea.Msg { return formMsg{gen: gen, msg: cmd()} }
}

// submit takes the form's value on Enter, at once: the next key already
// goes to the next screen, however fast the keys come. huh never sees
// Enter; it only moves the cursor and ticks.
func (m *model) submit() {
	if m.cur == nil {
		return
	}
	if m.cur.many != nil && m.cur.check != nil {
		if err := m.cur.check(*m.cur.many); err != nil {
			return // the field shows the error already
		}
	}
	m.completed()
}

// updateForm runs the screen's form on msg: moving the cursor, ticking,
// and the messages its own commands produce.
func (m *model) updateForm(msg tea.Msg) tea.Cmd {
	if m.cur == nil {
		return nil
	}
	f, cmd := m.cur.form.Update(msg)
	m.cur.form = f.(*huh.Form)
	return m.wrap(cmd)
}

// completed acts on the value of the form Enter was pressed on.
func (m *model) completed() {
	b := m.cur
	switch b.kind {
	case formQuestion:
		m.after(m.flow.Answer(b.mask()))
	case formCrisis:
		if *b.one == crisisEnd {
			m.show(scrEnded)
			return
		}
		m.next()
	case formReview:
		if *b.one == reviewShow {
			m.show(scrSummary)
			return
		}
		m.flow.Edit(*b.one)
		m.show(scrQuestion)
	case formSaveFormat, formSaveReplace:
		m.saveChosen(b.kind, *b.one)
	}
}

// mask is the answer a completed question form gives: the chosen option,
// or the ticked ones, or, with nothing ticked, the one under the cursor.
func (b *built) mask() screening.OptionSet {
	if b.many == nil {
		return 1 << *b.one
	}
	var m screening.OptionSet
	for _, v := range *b.many {
		m |= 1 << v
	}
	if m == 0 {
		if v, ok := b.multi.Hovered(); ok {
			m = 1 << v
		}
	}
	return m
}

// after moves on from an answer: the crisis screen when the answer calls
// for it, else the next question or the review; a notice tells which
// answers were dropped.
func (m *model) after(step screening.Step) {
	if step.Crisis {
		m.show(scrCrisis)
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
		m.show(scrReview)
		return
	}
	m.show(scrQuestion)
}

// back goes to the previous question; from the first one, to the welcome
// screen (the answers stay).
func (m *model) back() {
	if m.flow.Back() {
		m.show(scrQuestion)
		return
	}
	m.show(scrWelcome)
}

// show switches to screen s and builds what it needs.
func (m *model) show(s screen) {
	m.scr = s
	m.notice = ""
	m.expand = false
	m.cur = nil
	m.gen++
	switch s {
	case scrSummary, scrEnded:
		m.reached = true
		if s == scrSummary {
			m.rep = report.Build(m.flow.Answers(), report.Options{Lang: m.lang, Counsellor: m.cfg.Counsellor})
		}
	}
	m.layout(true)
}

// relayout lays the screen out again after a change of size or colours,
// keeping the form's state.
func (m *model) relayout() { m.layout(false) }

// layout builds the screen's form (fresh, or again with its current
// value) and fills the viewport for the current size.
func (m *model) layout(fresh bool) {
	w := m.contentWidth()
	_, h := m.size()
	switch m.scr {
	case scrWelcome:
		m.setText(m.welcomeText(w), h-lipgloss.Height(m.footer())-1, fresh)
	case scrQuestion:
		q, _ := m.flow.Current()
		prev, answered := m.flow.Answers().Get(q)
		if !fresh && m.cur != nil {
			// Rebuild with what is chosen now, so that a resize keeps it.
			prev, answered = m.cur.current()
		}
		m.layoutQuestion(q, prev, answered, w, h)
	case scrCrisis:
		m.install(crisisForm(m.cat, m.cfg.Counsellor, m.theme, w, m.keep(fresh, crisisGoOn)))
		formH := lipgloss.Height(m.cur.form.View())
		m.setText(m.crisisText(w), h-formH-1-lipgloss.Height(m.footer()), fresh)
	case scrEnded:
		m.setText(m.endedText(w), h-lipgloss.Height(m.footer())-1, fresh)
	case scrReview:
		// The hint that the list goes on is shown when the whole list
		// does not fit.
		start := m.keep(fresh, reviewShow)
		m.reviewLong = false
		full := reviewForm(m.cat, m.cfg.Counsellor, m.flow.Answers(), m.theme, w, 0, start)
		m.reviewLong = lipgloss.Height(full.form.View()) > h-lipgloss.Height(m.footer())
		m.install(reviewForm(m.cat, m.cfg.Counsellor, m.flow.Answers(), m.theme, w, h-lipgloss.Height(m.footer()), start))
	case scrSummary:
		text := renderReport(m.rep, m.st, w)
		m.reportLine = 0
		if m.rep.Readback != nil {
			// The read-back first, to say aloud; the full report below.
			top := renderReadback(m.rep, m.st, w)
			m.reportLine = lipgloss.Height(top) - 2 // the rule that heads the report
			text = top + "\n" + text
		}
		m.setText(text, h-lipgloss.Height(m.footer())-1, fresh)
	case scrSave:
		m.layoutSave(fresh)
	}
}

// layoutQuestion builds the form of question q for the room there is.
// The person's screen is the header, the form and the footer; when the
// answers do not all fit, the list scrolls with the cursor and a hint says
// so. A counsellor's screen also holds the note under the answers. When
// all of that does not fit, the screen is made short: the written
// question is left out and the note shows the lines there is room for (at
// least two); the key n shows the whole note and the written question
// again, the answers scrolling instead.
func (m *model) layoutQuestion(q int, prev screening.OptionSet, answered bool, w, h int) {
	m.listCut, m.compact, m.noteMax = false, false, 0
	text := textPerson
	if m.cfg.Counsellor {
		text = textCounsellor
	}
	form := func(height int) *built { return questionForm(m.cat, q, prev, answered, text, m.theme, w, height) }
	noteH := func() int {
		if note := m.noteView(q, w); note != "" {
			return lipgloss.Height(note) + lipgloss.Height(m.noteGap()) - 2 // and a blank line above it, if any
		}
		return 0
	}
	room := func() int { return h - lipgloss.Height(m.questionHeader()) - lipgloss.Height(m.footer()) - noteH() }
	natural := form(0).natural
	if m.cfg.Counsellor && natural > room() {
		m.compact = true
		if !m.expand {
			text = textCounsellorBrief
			natural = form(0).natural
			// The note takes the lines the answers leave, straight under
			// them.
			m.noteMax = max(room()+noteH()-natural, 2)
		}
	}
	m.listCut = natural > room()
	m.install(form(max(room(), 6)))
}

// keep returns where a Select form's cursor starts: on def for a fresh
// form, else where it is now, so that a resize keeps it.
func (m *model) keep(fresh bool, def int) int {
	if fresh || m.cur == nil || m.cur.one == nil {
		return def
	}
	return *m.cur.one
}

// install makes b the screen's form: focused, its cursor placed.
func (m *model) install(b *built) {
	m.gen++
	b.form.Init()
	for i := 0; i < b.down; i++ {
		b.form.Update(press(tea.KeyDown))
	}
	m.cur = b
}

// current returns what a question form holds now, as an answer mask.
func (b *built) current() (screening.OptionSet, bool) {
	if b.many == nil {
		return 1 << *b.one, true
	}
	var m screening.OptionSet
	for _, v := range *b.many {
		m |= 1 << v
	}
	return m, m != 0
}

// setText puts text in the viewport, sized to the room left; a fresh
// text starts at its top, else the reading place is kept.
func (m *model) setText(text string, height int, fresh bool) {
	top := m.vp.YOffset()
	m.vp.SetWidth(m.contentWidth())
	m.vp.SetContent(text)
	m.vp.SetHeight(max(min(height, m.vp.TotalLineCount()), 3))
	if fresh {
		m.vp.GotoTop()
	} else {
		m.vp.SetYOffset(top)
	}
}

// View draws the screen in the alternate screen, so that nothing of the
// answers is left in the terminal when the program ends.
func (m *model) View() tea.View {
	var body string
	switch m.scr {
	case scrWelcome, scrEnded, scrSummary:
		body = m.vp.View()
	case scrQuestion:
		body = m.questionHeader() + "\n" + trimBlank(m.cur.form.View())
		if q, ok := m.flow.Current(); ok {
			if note := m.noteView(q, m.contentWidth()); note != "" {
				body += m.noteGap() + note
			}
		}
	case scrCrisis:
		body = m.vp.View() + "\n" + trimBlank(m.cur.form.View())
	case scrReview:
		body = trimBlank(m.cur.form.View())
	case scrSave:
		body = m.saveView()
	}
	v := tea.NewView(m.frame(body, m.footer()))
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

// trimBlank drops the blank lines a form pads itself with at the bottom.
func trimBlank(s string) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// footer is the notice, the form's error and the key help of the screen.
func (m *model) footer() string {
	w := m.contentWidth()
	var parts []string
	if m.notice != "" {
		parts = append(parts, m.st.notice.Render(wrapIndent(m.notice, w, 0)))
	}
	if m.scr == scrReview && m.reviewLong {
		parts = append(parts, m.st.muted.Render(wrapIndent(m.cat.T(pick(m.cfg.Counsellor, "tui.review.more", "tui.counsellor.review.more")), w, 0)))
	}
	if m.scr == scrQuestion && m.listCut && !m.multi() {
		parts = append(parts, m.st.muted.Render(wrapIndent(m.cat.T("tui.list.more"), w, 0)))
	}
	if m.scr == scrSave && m.save.err != "" {
		parts = append(parts, m.st.errText.Render(wrapIndent(m.save.err, w, 0)))
	}
	parts = append(parts, keyHelp(m.st, w, m.helpKeys()...))
	return strings.Join(parts, "\n")
}

// helpKeys are the keys shown at the bottom of the screen.
func (m *model) helpKeys() []key.Binding {
	k := m.keys
	switch m.scr {
	case scrWelcome:
		if m.overflows() {
			return []key.Binding{k.Start, k.Lang, k.Scroll, k.Quit}
		}
		return []key.Binding{k.Start, k.Lang, k.Quit}
	case scrQuestion:
		keys := []key.Binding{k.Move, k.Answer, k.Skip, k.Back, k.Quit}
		if m.cfg.Counsellor {
			keys = []key.Binding{k.Move, k.Answer, m.dontKnowKey(), k.Skip, k.Back, k.Quit}
			if m.compact {
				keys = []key.Binding{k.Move, k.Answer, m.dontKnowKey(), m.noteKey(), k.Skip, k.Back, k.Quit}
			}
		}
		if m.multi() {
			keys = append([]key.Binding{k.Move, k.Toggle}, keys[1:]...)
		}
		return keys
	case scrCrisis, scrReview:
		return []key.Binding{k.Move, k.Choose, k.Back, k.Quit}
	case scrEnded:
		if m.overflows() {
			return []key.Binding{k.Scroll, k.Any}
		}
		return []key.Binding{k.Any}
	case scrSummary:
		pos := key.NewBinding(key.WithHelp("", m.cat.F("tui.summary.position", "percent", strconv.Itoa(int(m.vp.ScrollPercent()*100+0.5)))))
		if !m.overflows() {
			return []key.Binding{k.Save, k.Close}
		}
		if m.rep != nil && m.rep.Readback != nil {
			return []key.Binding{k.Scroll, k.Page, m.reportKey(), k.Save, k.Close, pos}
		}
		return []key.Binding{k.Scroll, k.Page, k.Save, k.Close, pos}
	case scrSave:
		return m.saveHelpKeys()
	}
	return nil
}

// questionHeader is the section, the progress line and, when the question
// was answered before, what the answer was.
func (m *model) questionHeader() string {
	w := m.contentWidth()
	q, _ := m.flow.Current()
	qq := screening.Questions()[q]
	sec, secs, idx, count := m.flow.Progress(q)
	dot := m.st.muted.Render(" · ")
	head := m.st.title.Render(m.cat.T("section."+qq.Section)) + dot +
		m.st.muted.Render(m.cat.F("tui.progress", "section", strconv.Itoa(sec), "sections", strconv.Itoa(secs), "index", strconv.Itoa(idx), "count", strconv.Itoa(count)))
	if m.flow.Editing() {
		head += dot + m.st.notice.Render(m.cat.T("tui.editing"))
	}
	lines := []string{head}
	a := m.flow.Answers()
	switch {
	case a.Answered(q):
		_, text := answerText(m.cat, a, q)
		lines = append(lines, m.st.muted.Render(wrapIndent(m.cat.F(pick(m.cfg.Counsellor, "tui.previous", "tui.counsellor.previous"), "answer", text), w, 0)))
	case m.flow.Seen(q):
		lines = append(lines, m.st.muted.Render(wrapIndent(m.cat.T(pick(m.cfg.Counsellor, "tui.previous.skipped", "tui.counsellor.previous.skipped")), w, 0)))
	}
	if qq.Kind == screening.Multi {
		// An answer that cannot stand beside another is said where the
		// hint on ticking stands, so that the screen keeps its height.
		switch errs := m.formErrors(); {
		case len(errs) > 0:
			lines = append(lines, m.st.errText.Render(wrapIndent(errs[0].Error(), w, 0)))
		case m.listCut:
			lines = append(lines, m.st.muted.Render(wrapIndent(m.cat.T("tui.multi.more"), w, 0)))
		default:
			lines = append(lines, m.st.muted.Render(wrapIndent(m.cat.T("tui.multi.hint"), w, 0)))
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// formErrors are the errors of the form shown.
func (m *model) formErrors() []error {
	if m.cur == nil {
		return nil
	}
	return m.cur.form.Errors()
}

// welcomeText is what the screening is and is not, that nothing is kept,
// how long it takes, the keys and the language.
func (m *model) welcomeText(w int) string {
	c := m.cat
	co := m.cfg.Counsellor
	lo, hi := questionRange()
	var b strings.Builder
	b.WriteString(m.st.title.Render(wrapIndent(c.T(pick(co, "tui.welcome.title", "tui.counsellor.welcome.title")), w, 0)) + "\n\n")
	for _, k := range []string{
		pick(co, "tui.welcome.what", "tui.counsellor.welcome.what"),
		pick(co, "tui.welcome.not", "tui.counsellor.welcome.not"),
		pick(co, "tui.welcome.private", "tui.counsellor.welcome.private"),
	} {
		b.WriteString(wrapIndent(c.T(k), w, 0) + "\n\n")
	}
	b.WriteString(wrapIndent(c.F(pick(co, "tui.welcome.time", "tui.counsellor.welcome.time"), "min", strconv.Itoa(lo), "max", strconv.Itoa(hi)), w, 0) + "\n\n")
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
			desc = m.langSwitch()
		}
		b.WriteString("  " + m.st.key.Render(k) + pad + desc + "\n")
	}
	return b.String()
}

// langSwitch shows the languages with the chosen one marked.
func (m *model) langSwitch() string {
	var b strings.Builder
	b.WriteString(m.cat.T("tui.welcome.lang") + ": ")
	for _, l := range i18n.Langs {
		name := m.cat.T("tui.lang." + string(l))
		if l == m.lang {
			b.WriteString(m.st.chosen.Render("▸ "+name) + "  ")
		} else {
			b.WriteString("  " + name + "  ")
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// crisisText is the help contacts shown at once after crisis = yes or
// unsure.
func (m *model) crisisText(w int) string {
	c := m.cat
	a := m.flow.Answers()
	co := m.cfg.Counsellor
	return m.st.level[rules.Urgent].Render(wrapIndent(c.T(pick(co, "tui.crisis.title", "tui.counsellor.crisis.title")), w, 0)) + "\n" +
		wrapIndent(c.T(pick(co, "tui.crisis.intro", "tui.counsellor.crisis.intro")), w, 0) + "\n" +
		helpBox(c, vocab.HelpEntries(c, a), c.T("help.fault"), m.st, w) + "\n"
}

// endedText is what the person sees after ending at the crisis screen:
// the help and the disclaimer.
func (m *model) endedText(w int) string {
	c := m.cat
	a := m.flow.Answers()
	return m.st.title.Render(wrapIndent(c.T("report.help"), w, 0)) + "\n\n" +
		wrapIndent(c.T(pick(m.cfg.Counsellor, "tui.ended.intro", "tui.counsellor.ended.intro")), w, 0) + "\n\n" +
		helpList(vocab.HelpEntries(c, a), c.T("help.fault"), m.st, w, 0) + "\n" +
		m.st.heading.Render(wrapIndent(c.T("report.disclaimer"), w, 0)) + "\n" +
		wrapIndent(c.T("disclaimer"), w, 0)
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
