package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/screening"
)

// questionScreen puts the Flow's current question: the section and
// progress, the earlier answer, the question's form and, for a
// counsellor, the note beside it (counsellor.go). What does not fit is
// given up in the order of folds (fit.go); with More (?) the whole
// question, its help text and the note stand in a text that scrolls over
// the answers.
type questionScreen struct {
	*model
	formed
	text    pager // with More: the whole question, its help text and the note
	textOn  bool  // the text is shown
	fold    fold  // what the screen leaves out for want of room
	listCut bool  // the answers are more than the screen shows
	compact bool  // the counsellor's screen is too short for all of it
	expand  bool  // n: the short screen shows the whole note, the answers scroll
	whole   bool  // the whole note is shown (expand, when it fits)
	noteMax int   // the lines the counsellor's note may take; 0: all
	tight   bool  // the option under the cursor cannot be drawn whole
}

func (s *questionScreen) name() string { return "question" }

// layout builds the form of the current question for the room there is,
// with what is chosen now when the screen is laid out again.
func (s *questionScreen) layout(fresh bool) {
	q, _ := s.flow.Current()
	prev, answered := s.flow.Answers().Get(q)
	start := -1
	if !fresh && s.cur != nil {
		prev, answered = s.cur.current()
		start = s.cur.cursor()
	}
	if s.more {
		s.layoutWhole(q, prev, answered, start)
		return
	}
	for _, expand := range []bool{s.expand, false} {
		for _, f := range folds {
			if s.try(f, expand, q, prev, answered, start) {
				return
			}
		}
		if !s.expand {
			break
		}
	}
	// Nothing fits: the model shows the size guard instead.
	s.tight = true
}

// try lays the question out leaving out what f says, and reports whether
// it fits the screen with the option under the cursor drawn whole. With
// expand (a counsellor's n), the whole note is shown.
func (s *questionScreen) try(f fold, expand bool, q int, prev screening.OptionSet, answered bool, start int) bool {
	w := s.contentWidth()
	_, h := s.size()
	s.fold, s.tight, s.noteMax, s.whole, s.textOn = f, false, 0, expand, false
	s.compact = s.cfg.Counsellor && f.help
	s.short = f.keys
	if expand && !s.compact {
		return false // n only means something on a short screen
	}
	text := textPerson
	if s.cfg.Counsellor {
		text = textCounsellor
		if s.compact && !expand {
			text = textCounsellorBrief
		}
	}
	full, desc := questionTexts(s.cat, q, text)
	if f.help && !s.cfg.Counsellor {
		desc = ""
	}
	title := full
	if f.cut {
		title = cutLines(full, w-fieldFrame, 1)
	}
	// The form is measured first and built only once it is known to fit.
	shape := shapeQuestion(s.cat, q, title, desc, w)
	form := func(height int) *built {
		return s.placed(shape.form(s.cat, prev, answered, s.theme, w, height), start)
	}
	whole := &shape
	// Whether the answers scroll decides the hints, so it is settled
	// first: they scroll when the fold says so or the whole note is shown.
	scroll := f.scroll || expand
	s.listCut = scroll
	noteH := func() int {
		if note := s.noteView(q, w); note != "" {
			return lipgloss.Height(s.noteGap()+note) - 1
		}
		return 0
	}
	if s.compact && !expand {
		s.noteMax = 1
	}
	room := h - lipgloss.Height(s.head()) - s.footerHeight() - noteH()
	if !scroll {
		if whole.natural > room {
			return false
		}
		switch {
		case f.cut:
			// The question takes the lines the answers leave.
			title = cutLines(full, w-fieldFrame, 1+room-whole.natural)
			shape = shapeQuestion(s.cat, q, title, desc, w)
		case s.compact && !expand:
			// The note takes the lines the answers leave, straight under
			// them.
			s.noteMax += room - whole.natural
		}
		s.cur = s.install(form(0))
		return true
	}
	least := max(whole.tallest, min(whole.natural-whole.head, minAnswers))
	if f.fewer {
		least = whole.tallest
	}
	if room-whole.head < least {
		return false
	}
	s.listCut = whole.natural > room
	s.cur = s.install(form(min(room, whole.natural)))
	return true
}

// placed puts the cursor of a MultiSelect back on start (-1: where the
// form puts it), so that a resize keeps it where it was; a Select's
// cursor follows its value.
func (s *questionScreen) placed(b *built, start int) *built {
	if start >= 0 && b.many != nil {
		b.down = start
	}
	return b
}

func (s *questionScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Skip):
		s.after(s.flow.Skip())
	case key.Matches(msg, s.keys.DontKnow):
		s.dontKnow()
	case key.Matches(msg, s.keys.Note) && s.compact && !s.more:
		s.expand = !s.expand
		s.relayout()
	case s.more && key.Matches(msg, s.keys.TextPage):
		if msg.String() == "pgup" {
			s.text.vp.PageUp()
		} else {
			s.text.vp.PageDown()
		}
	default:
		before := fmt.Sprint(s.tickError())
		cmd, _ := s.menuKey(msg, s.cur, func() { s.after(s.flow.Answer(s.cur.mask())) })
		if s.scr == screen(s) && s.multi() && before != fmt.Sprint(s.tickError()) {
			s.relayout() // the error takes the hint's place, in its own lines
		}
		return cmd
	}
	return nil
}

func (s *questionScreen) view() string {
	if s.more {
		return s.head() + "\n" + s.wholeView() + "\n" + trimBlank(s.cur.form.View())
	}
	body := s.head() + "\n" + trimBlank(s.cur.form.View())
	if q, ok := s.flow.Current(); ok {
		if note := s.noteView(q, s.contentWidth()); note != "" {
			body += s.noteGap() + note
		}
	}
	return body
}

// cramped reports that the option under the cursor cannot be drawn.
func (s *questionScreen) cramped() bool { return s.tight }

func (s *questionScreen) notes() []string {
	if s.listCut && !s.multi() && !s.fold.nohint && !s.more {
		return []string{s.note(s.st.muted, s.cat.T("tui.list.more"))}
	}
	return nil
}

func (s *questionScreen) help() []key.Binding {
	k := s.keys
	keys := []key.Binding{k.Move, k.Answer, k.Skip, k.Back, k.Quit}
	if s.cfg.Counsellor {
		keys = []key.Binding{k.Move, k.Answer, s.dontKnowKey(), k.Skip, k.Back, k.Quit}
		if s.compact && !s.more {
			keys = []key.Binding{k.Move, k.Answer, s.dontKnowKey(), s.noteKey(), k.Skip, k.Back, k.Quit}
		}
	}
	if s.multi() {
		keys = append([]key.Binding{k.Move, k.Toggle}, keys[1:]...)
	}
	if s.more && s.text.overflows() {
		keys = append(keys, k.TextPage)
	}
	if s.folded() && !s.more {
		keys = append(keys, s.moreKey("tui.help.more"))
	}
	return keys
}

// essentials are the keys shown when the key help is short: moving,
// ticking, answering, a counsellor's "doesn't know", and ? for the rest.
func (s *questionScreen) essentials() []key.Binding {
	k := s.keys
	keys := []key.Binding{k.Move}
	if s.multi() {
		keys = append(keys, k.Toggle)
	}
	keys = append(keys, k.Answer)
	if s.cfg.Counsellor {
		keys = append(keys, s.dontKnowKey())
	}
	if s.compact {
		keys = append(keys, s.noteKey())
	}
	return append(keys, s.moreKey("tui.help.more"))
}

// folded reports whether the screen leaves out part of the question, its
// help text or the counsellor's note.
func (s *questionScreen) folded() bool {
	if s.fold.cut || s.fold.keys {
		return true
	}
	if s.fold.help && !s.cfg.Counsellor {
		q, _ := s.flow.Current()
		title, desc := questionTexts(s.cat, q, textPerson)
		return title != "" && desc != ""
	}
	return s.compact && !s.whole
}

// head is the header as it stands over the form: with a blank line under
// it, but on a short screen.
func (s *questionScreen) head() string {
	if s.fold.bare || s.more || (s.compact && !s.whole) {
		return strings.TrimSuffix(s.header(), "\n")
	}
	return s.header()
}

// header is the section and the progress, and, unless the screen is
// short, the earlier answer; on a question with several answers, the
// hint on ticking or what is wrong with the ticks.
func (s *questionScreen) header() string {
	w := s.contentWidth()
	q, _ := s.flow.Current()
	qq := screening.QuestionAt(q)
	lines := s.progressLines(q, w)
	a := s.flow.Answers()
	bare := s.fold.bare || s.more
	switch {
	case bare:
	case a.Answered(q):
		_, text := answerText(s.cat, a, q)
		lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.F(pick(s.cfg.Counsellor, "tui.previous", "tui.counsellor.previous"), "answer", text), w, 0)))
	case s.flow.Seen(q):
		lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T(pick(s.cfg.Counsellor, "tui.previous.skipped", "tui.counsellor.previous.skipped")), w, 0)))
	}
	if qq.Kind == screening.Multi {
		// An answer that cannot stand beside another is said where the
		// hint on ticking stands (the screen is laid out again when it
		// comes or goes, see key).
		switch err := s.tickError(); {
		case err != nil:
			lines = append(lines, s.st.errText.Render(wrapIndent(err.Error(), w, 0)))
		case s.listCut:
			lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T("tui.multi.more"), w, 0)))
		default:
			lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T("tui.multi.hint"), w, 0)))
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// tickError is what is wrong with the ticks of a question with several
// answers, or nil.
func (s *questionScreen) tickError() error {
	if s.cur == nil || s.cur.many == nil || s.cur.check == nil {
		return nil
	}
	return s.cur.check(*s.cur.many)
}

// progressLines are the section and where the question stands: "section
// k of 6" and a bar, both only growing on the way forward (see
// screening.Place), or, while an answer is being changed from the review, that
// it is. They go on a second line when one does not hold them.
func (s *questionScreen) progressLines(q, w int) []string {
	qq := screening.QuestionAt(q)
	title := s.st.title.Render(s.cat.T("section." + qq.Section))
	dot := s.st.muted.Render(" · ")
	var parts []string
	if s.flow.Editing() {
		parts = []string{s.st.notice.Render(s.cat.T("tui.editing"))}
	} else {
		sec, secs, done := screening.Place(q)
		parts = []string{s.st.muted.Render(s.cat.F("tui.progress", "section", strconv.Itoa(sec), "sections", strconv.Itoa(secs))), progressBar(s.st, done)}
	}
	line := title
	for i, p := range parts {
		if lipgloss.Width(line+dot+p) > w {
			if i == 0 {
				return []string{title, strings.Join(parts, dot)}
			}
			break // the bar is left out
		}
		line += dot + p
	}
	return []string{line}
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

// cursor is the option under the cursor of a question form.
func (b *built) cursor() int {
	if b.many == nil {
		return *b.one
	}
	if v, ok := b.multi.Hovered(); ok {
		return v
	}
	return 0
}
