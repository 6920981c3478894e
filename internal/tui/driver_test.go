package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// driver presses keys on the root model the way the terminal sends them,
// runs the commands the model returns (as bubbletea would, but at once and
// in order) and reads the screen as text. No terminal, no timers.
type driver struct {
	t    *testing.T
	m    *model
	quit bool
}

func newDriver(t *testing.T, lang i18n.Lang, w, h int) *driver {
	t.Helper()
	return startDriver(t, Config{Lang: lang, NoColor: true}, w, h)
}

// newCounsellorDriver starts a counsellor's screening.
func newCounsellorDriver(t *testing.T, lang i18n.Lang, w, h int) *driver {
	t.Helper()
	return startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: true}, w, h)
}

func startDriver(t *testing.T, cfg Config, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: newModel(cfg)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers msg and every message its commands produce.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	_, cmd := d.m.Update(msg)
	d.run(cmd, 0)
}

func (d *driver) run(cmd tea.Cmd, depth int) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	if depth > 50 {
		d.t.Fatal("commands keep producing commands")
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c, depth+1)
		}
	default:
		_, next := d.m.Update(msg)
		d.run(next, depth+1)
	}
}

// press presses keys by name: "enter", "down", "shift+tab", "ctrl+c",
// "space", or a single character.
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		if d.quit {
			d.t.Fatalf("key %q pressed after the program quit", k)
		}
		d.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r, _ := utf8.DecodeRuneInString(k)
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen is what the terminal shows, without escape codes.
// fits fails unless the screen has exactly h lines, none wider than w, and
// returns the lines.
func (d *driver) fits(lang i18n.Lang, w, h int) []string {
	d.t.Helper()
	lines := strings.Split(d.screen(), "\n")
	if len(lines) != h {
		d.t.Fatalf("%s %dx%d screen %d: %d lines:\n%s", lang, w, h, d.m.scr, len(lines), d.screen())
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			d.t.Fatalf("%s %dx%d: too wide: %q", lang, w, h, l)
		}
	}
	return lines
}

func (d *driver) screen() string {
	return ansi.Strip(d.m.View().Content)
}

// flat collapses every run of white space, so that a text is found
// however it was wrapped.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// has fails unless the screen holds every text.
func (d *driver) has(texts ...string) {
	d.t.Helper()
	s := d.screen()
	for _, x := range texts {
		if !strings.Contains(flat(s), flat(x)) {
			d.t.Fatalf("screen lacks %q:\n%s", x, s)
		}
	}
}

// reads fails unless the screen holds every text, read as the eye reads
// it: the bars beside a form and a note left out, so that a text wrapped
// inside them is found.
func (d *driver) reads(texts ...string) {
	d.t.Helper()
	s := unbar(d.screen())
	for _, x := range texts {
		if !strings.Contains(s, flat(x)) {
			d.t.Fatalf("screen lacks %q:\n%s", x, d.screen())
		}
	}
}

// unbar flattens a screen with the bars beside forms and notes removed.
func unbar(s string) string {
	return flat(strings.NewReplacer("┃", " ", "│", " ").Replace(s))
}

// document is the whole text of a scrolling screen (the summary), not
// only the part shown.
func (d *driver) document() string {
	return flat(ansi.Strip(d.m.vp.GetContent()))
}

// lacks fails if the screen holds any of texts.
func (d *driver) lacks(texts ...string) {
	d.t.Helper()
	s := d.screen()
	for _, x := range texts {
		if strings.Contains(s, x) {
			d.t.Fatalf("screen holds %q:\n%s", x, s)
		}
	}
}

// question returns the ID of the question shown, or "" on another screen.
func (d *driver) question() string {
	if d.m.scr != scrQuestion {
		return ""
	}
	q, _ := d.m.flow.Current()
	return screening.Questions()[q].ID
}

// to presses Enter until question id is shown.
func (d *driver) to(id string) {
	d.t.Helper()
	for i := 0; i < 60; i++ {
		if d.question() == id {
			return
		}
		d.press("enter")
	}
	d.t.Fatalf("question %s never came; on screen %d:\n%s", id, d.m.scr, d.screen())
}

// choose moves the cursor of the question shown to option and presses
// Enter, from wherever the cursor starts.
func (d *driver) choose(option string) {
	d.t.Helper()
	q, _ := d.m.flow.Current()
	want, ok := screening.OptionIndex(q, option)
	if !ok {
		d.t.Fatalf("%s has no option %s", d.question(), option)
	}
	for i := 0; i < 20 && *d.m.cur.one != want; i++ {
		d.press("up")
	}
	if *d.m.cur.one != want {
		d.t.Fatalf("cursor never reached %s", option)
	}
	d.press("enter")
}

// enterThrough presses Enter until the screen is s.
func (d *driver) enterThrough(s screen) int {
	d.t.Helper()
	for i := 0; i < 80; i++ {
		if d.m.scr == s {
			return i
		}
		d.press("enter")
	}
	d.t.Fatalf("screen %d never came; on screen %d:\n%s", s, d.m.scr, d.screen())
	return 0
}
