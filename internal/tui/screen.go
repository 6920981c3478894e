package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// screen is one screen of the TUI: the welcome, a question, the crisis
// help, the crisis end, the review, the summary and the save dialog each
// have a type of their own, in a file of their own. A screen holds only
// its own state (its form, its text and the place in it); what every
// screen shares (the Flow, the language, the size, the styles, the notice)
// is the root model's, which each screen embeds, and the moves from one
// screen to the next go through the model (show, next, back, after).
//
// The model asks the screen shown for everything it draws, so that a
// wrapper can stand in front of any screen (a size guard, a confirmation).
type screen interface {
	// name names the screen: "welcome", "question", "crisis", "ended",
	// "review", "summary", "save".
	name() string
	// layout builds the screen for the size there is: fresh when the
	// screen is newly shown, else keeping its cursor and reading place
	// (after a resize, a change of colours or of language).
	layout(fresh bool)
	// key handles a key press; ctrl+c is the model's.
	key(msg tea.KeyPressMsg) tea.Cmd
	// view is the body of the screen, drawn at the top.
	view() string
	// help is the key help of the screen, drawn at the bottom.
	help() []key.Binding
}

// noted is a screen with lines over its key help: hints and errors,
// already styled and wrapped.
type noted interface {
	notes() []string
}

// formed is the part of a screen that runs a huh form; the model passes
// the form's own messages on to it (see model.currentForm).
type formed struct {
	cur *built // nil until the screen is laid out
}

// form is the screen's form, or nil.
func (f *formed) form() *built { return f.cur }

// formScreen is a screen with a huh form.
type formScreen interface {
	form() *built
}

// keep returns where a Select form's cursor starts: on def for a fresh
// form, else where it is now, so that a resize keeps it.
func (f *formed) keep(fresh bool, def int) int {
	if fresh || f.cur == nil || f.cur.one == nil {
		return def
	}
	return *f.cur.one
}

// pager is the part of a screen that shows a text longer than the screen
// may be: the welcome, crisis, end and summary screens.
type pager struct {
	vp viewport.Model
}

func newPager() pager { return pager{vp: viewport.New()} }

// setText puts text in the viewport, width columns wide and sized to the
// room left; a fresh text starts at its top, else the reading place is
// kept.
func (p *pager) setText(text string, width, height int, fresh bool) {
	top := p.vp.YOffset()
	p.vp.SetWidth(width)
	p.vp.SetContent(text)
	p.vp.SetHeight(max(min(height, p.vp.TotalLineCount()), 3))
	if fresh {
		p.vp.GotoTop()
	} else {
		p.vp.SetYOffset(top)
	}
}

// scroll moves the text when it is longer than the screen; it reports
// whether msg is a scrolling key.
func (p *pager) scroll(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "up", "k":
		p.vp.ScrollUp(1)
	case "down", "j":
		p.vp.ScrollDown(1)
	case "pgup", "b":
		p.vp.PageUp()
	case "pgdown", "space", "f", "enter":
		p.vp.PageDown()
	case "home", "g":
		p.vp.GotoTop()
	case "end", "G":
		p.vp.GotoBottom()
	default:
		return false
	}
	return true
}

// view is the part of the text shown.
func (p *pager) view() string { return p.vp.View() }

// overflows reports whether the text is longer than its room.
func (p *pager) overflows() bool { return p.vp.TotalLineCount() > p.vp.Height() }

// document is the whole text, not only the part shown.
func (p *pager) document() string { return p.vp.GetContent() }

// trimBlank drops the blank lines a form pads itself with at the bottom.
func trimBlank(s string) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
