package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/screening"
)

// The test hooks: all that the tests read of the model besides what View
// draws and what Run returns. Everything else they learn by pressing keys
// and reading the screen.

// Screen names the screen shown: "welcome", "question", "crisis", "ended",
// "review", "summary" or "save".
func (m *model) Screen() string { return m.scr.name() }

// Question is the ID of the question shown, or "" on another screen.
func (m *model) Question() string {
	if _, ok := m.scr.(*questionScreen); !ok {
		return ""
	}
	q, _ := m.flow.Current()
	return screening.QuestionAt(q).ID
}

// Cursor is the value under the cursor of the screen's one-choice form
// (an option's position on a question, a question's on the review), or
// -2 when the screen has none.
func (m *model) Cursor() int {
	if b := m.currentForm(); b != nil && b.one != nil {
		return *b.one
	}
	return -2
}

// Answers is a copy of the answers given so far.
func (m *model) Answers() *screening.Answers { return m.flow.Answers() }

// Document is the whole text of a scrolling screen (the welcome, crisis,
// end and summary screens) without escape codes, not only the part shown;
// "" on another screen.
func (m *model) Document() string {
	if p, ok := m.scr.(interface{ document() string }); ok {
		return ansi.Strip(p.document())
	}
	return ""
}

// Hovered is the position of the option under the cursor of a question,
// or -1 on another screen.
func (m *model) Hovered() int {
	if s, ok := m.scr.(*questionScreen); ok && s.cur != nil {
		return s.cur.cursor()
	}
	return -1
}

// Guarded reports whether the size guard stands in front of the screen.
func (m *model) Guarded() bool { return m.guarded }

// teaPaste is what the terminal sends for pasted text.
func teaPaste(s string) tea.PasteMsg { return tea.PasteMsg{Content: s} }
