package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/screening"
)

// questionScreen puts the Flow's current question: the section and
// progress, the earlier answer, the question's form and, for a
// counsellor, the note beside it (counsellor.go).
type questionScreen struct {
	*model
	formed
	listCut bool // the answers are more than the screen shows
	compact bool // the counsellor's screen is too short for all of it
	expand  bool // n: the short screen shows the whole note, the answers scroll
	noteMax int  // the lines the counsellor's note may take; 0: all
}

func (s *questionScreen) name() string { return "question" }

// layout builds the form of the current question for the room there is,
// with what is chosen now when the screen is laid out again.
func (s *questionScreen) layout(fresh bool) {
	q, _ := s.flow.Current()
	prev, answered := s.flow.Answers().Get(q)
	if !fresh && s.cur != nil {
		prev, answered = s.cur.current()
	}
	w := s.contentWidth()
	_, h := s.size()
	s.layoutQuestion(q, prev, answered, w, h)
}

// layoutQuestion builds the form of question q for the room there is.
// The person's screen is the header, the form and the footer; when the
// answers do not all fit, the list scrolls with the cursor and a hint says
// so. A counsellor's screen also holds the note under the answers. When
// all of that does not fit, the screen is made short: the written
// question and the blank line under the header are left out and the note
// shows the lines there is room for (at least one); the key n shows the
// whole note and the written question again, the answers scrolling
// instead.
func (s *questionScreen) layoutQuestion(q int, prev screening.OptionSet, answered bool, w, h int) {
	s.listCut, s.compact, s.noteMax = false, false, 0
	text := textPerson
	if s.cfg.Counsellor {
		text = textCounsellor
	}
	form := func(height int) *built { return questionForm(s.cat, q, prev, answered, text, s.theme, w, height) }
	noteH := func() int {
		if note := s.noteView(q, w); note != "" {
			return lipgloss.Height(note) + lipgloss.Height(s.noteGap()) - 2 // and a blank line above it, if any
		}
		return 0
	}
	room := func() int { return h - lipgloss.Height(s.head()) - s.footerHeight() - noteH() }
	natural := form(0).natural
	if s.cfg.Counsellor && natural > room() {
		s.compact = true
		if !s.expand {
			text = textCounsellorBrief
			natural = form(0).natural
			// The note takes the lines the answers leave, straight under
			// them.
			s.noteMax = max(room()+noteH()-natural, 1)
		}
	}
	s.listCut = natural > room()
	s.cur = s.install(form(max(room(), 6)))
}

func (s *questionScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Skip):
		s.after(s.flow.Skip())
	case key.Matches(msg, s.keys.DontKnow):
		s.dontKnow()
	case key.Matches(msg, s.keys.Note) && s.compact:
		s.expand = !s.expand
		s.relayout()
	default:
		cmd, _ := s.menuKey(msg, s.cur, func() { s.after(s.flow.Answer(s.cur.mask())) })
		return cmd
	}
	return nil
}

func (s *questionScreen) view() string {
	body := s.head() + "\n" + trimBlank(s.cur.form.View())
	if q, ok := s.flow.Current(); ok {
		if note := s.noteView(q, s.contentWidth()); note != "" {
			body += s.noteGap() + note
		}
	}
	return body
}

func (s *questionScreen) notes() []string {
	if s.listCut && !s.multi() {
		return []string{s.note(s.st.muted, s.cat.T("tui.list.more"))}
	}
	return nil
}

func (s *questionScreen) help() []key.Binding {
	k := s.keys
	keys := []key.Binding{k.Move, k.Answer, k.Skip, k.Back, k.Quit}
	if s.cfg.Counsellor {
		keys = []key.Binding{k.Move, k.Answer, s.dontKnowKey(), k.Skip, k.Back, k.Quit}
		if s.compact {
			keys = []key.Binding{k.Move, k.Answer, s.dontKnowKey(), s.noteKey(), k.Skip, k.Back, k.Quit}
		}
	}
	if s.multi() {
		keys = append([]key.Binding{k.Move, k.Toggle}, keys[1:]...)
	}
	return keys
}

// head is the header as it stands over the form: with a blank line under
// it, but on a short counsellor's screen.
func (s *questionScreen) head() string {
	if s.compact && !s.expand {
		return strings.TrimSuffix(s.header(), "\n")
	}
	return s.header()
}

// header is the section, the progress line and, when the question was
// answered before, what the answer was.
func (s *questionScreen) header() string {
	w := s.contentWidth()
	q, _ := s.flow.Current()
	qq := screening.QuestionAt(q)
	sec, secs, idx, count := s.flow.Progress(q)
	dot := s.st.muted.Render(" · ")
	head := s.st.title.Render(s.cat.T("section."+qq.Section)) + dot +
		s.st.muted.Render(s.cat.F("tui.progress", "section", strconv.Itoa(sec), "sections", strconv.Itoa(secs), "index", strconv.Itoa(idx), "count", strconv.Itoa(count)))
	if s.flow.Editing() {
		head += dot + s.st.notice.Render(s.cat.T("tui.editing"))
	}
	lines := []string{head}
	a := s.flow.Answers()
	switch {
	case a.Answered(q):
		_, text := answerText(s.cat, a, q)
		lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.F(pick(s.cfg.Counsellor, "tui.previous", "tui.counsellor.previous"), "answer", text), w, 0)))
	case s.flow.Seen(q):
		lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T(pick(s.cfg.Counsellor, "tui.previous.skipped", "tui.counsellor.previous.skipped")), w, 0)))
	}
	if qq.Kind == screening.Multi {
		// An answer that cannot stand beside another is said where the
		// hint on ticking stands, so that the screen keeps its height.
		switch errs := s.formErrors(); {
		case len(errs) > 0:
			lines = append(lines, s.st.errText.Render(wrapIndent(errs[0].Error(), w, 0)))
		case s.listCut:
			lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T("tui.multi.more"), w, 0)))
		default:
			lines = append(lines, s.st.muted.Render(wrapIndent(s.cat.T("tui.multi.hint"), w, 0)))
		}
	}
	return strings.Join(lines, "\n") + "\n"
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
