package tui

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/screening"
)

// driver presses keys on the root model the way the terminal sends them,
// runs the commands the model returns (as bubbletea would, but at once and
// in order) and reads the screen as text. No terminal, no timers.
// It reads the model only through the test hooks (hooks_test.go).
type driver struct {
	t      testing.TB
	m      *model
	lang   i18n.Lang
	cat    *i18n.Catalog
	quit   bool
	stderr bytes.Buffer // the line said after the screens are gone
}

func newDriver(t testing.TB, lang i18n.Lang, w, h int) *driver {
	t.Helper()
	return startDriver(t, Config{Lang: lang, NoColor: true}, w, h)
}

// newCounsellorDriver starts a counsellor's screening.
func newCounsellorDriver(t testing.TB, lang i18n.Lang, w, h int) *driver {
	t.Helper()
	return startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: true}, w, h)
}

func startDriver(t testing.TB, cfg Config, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, lang: cfg.Lang, cat: i18n.MustLoad(cfg.Lang)}
	cfg.Err = &d.stderr
	d.m = newModel(cfg)
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// eachLang runs f in a subtest per language, on a screening started at
// 80x24: a counsellor's when counsellor is set.
func eachLang(t *testing.T, counsellor bool, f func(t *testing.T, d *driver)) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			f(t, startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: counsellor}, 80, 24))
		})
	}
}

// eachCounsellorAt runs f in each language on a counsellor's screening at
// 80x24, past the welcome and on to question id.
func eachCounsellorAt(t *testing.T, id string, f func(t *testing.T, d *driver)) {
	t.Helper()
	eachLang(t, true, func(t *testing.T, d *driver) {
		d.press("enter")
		d.to(id)
		f(t, d)
	})
}

// eachFitSize calls f with a fresh driver (a counsellor's screening or the
// person's own) for each language at 80x24 and at 100x30, the sizes the
// fit tests walk.
func eachFitSize(t *testing.T, counsellor bool, f func(d *driver, lang i18n.Lang, size [2]int)) {
	t.Helper()
	for _, lang := range i18n.Langs {
		for _, size := range [][2]int{{80, 24}, {100, 30}} {
			f(startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: counsellor}, size[0], size[1]), lang, size)
		}
	}
}

// on names the screen shown (see model.Screen).
func (d *driver) on() string { return d.m.Screen() }

// quits presses k, and fails unless the program quit with exit status
// want.
func (d *driver) quits(k string, want int) {
	d.t.Helper()
	d.press(k)
	if !d.quit {
		d.t.Fatalf("%s did not quit; on the %s screen:\n%s", k, d.on(), d.screen())
	}
	assertExit(d.t, d.exit(), want)
}

// assertExit fails unless err carries the exit status want (nil: 0).
func assertExit(t testing.TB, err error, want int) {
	t.Helper()
	got := 0
	if err != nil {
		var e *exit.Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v has no exit status", err)
		}
		got = e.Code
	}
	if got != want {
		t.Fatalf("exit %d, want %d", got, want)
	}
}

// exit is the exit status Run would return now that the program quit,
// and says the closing line to d.stderr.
func (d *driver) exit() error { return d.m.finish(nil) }

// asked counts the questions the answers so far call for.
func (d *driver) asked() int {
	a, n := d.m.Answers(), 0
	for q := range screening.Questions() {
		if a.Asked(q) {
			n++
		}
	}
	return n
}

// compact reports whether a counsellor's question screen is short: its
// key help offers the whole note.
func (d *driver) compact() bool {
	s := d.screen()
	return strings.Contains(s, d.cat.T("tui.help.note_more")) || strings.Contains(s, d.cat.T("tui.help.note_less"))
}

// listCut reports whether the question screen says that its answers go on
// below.
func (d *driver) listCut() bool {
	s := flat(d.screen())
	return strings.Contains(s, flat(d.cat.T("tui.list.more"))) || strings.Contains(s, flat(d.cat.T("tui.multi.more")))
}

// noteGivesWay fails if a counsellor's question screen cuts its answers
// while the note takes more than one line (the note gives way first), or
// does not show the answer under the cursor.
func (d *driver) noteGivesWay() {
	d.t.Helper()
	s := d.screen()
	if !strings.Contains(s, "> ") {
		d.t.Fatalf("the answer under the cursor is not shown:\n%s", s)
	}
	if n := strings.Count(s, "│ "); d.listCut() && n > 1 {
		d.t.Fatalf("the answers do not all fit, and the note takes %d lines:\n%s", n, s)
	}
}

// scrolls reports whether the key help offers scrolling: the text is
// longer than the screen.
func (d *driver) scrolls() bool { return strings.Contains(d.screen(), d.cat.T("tui.help.scroll")) }

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

// keyCodes are the named keys a test presses.
var keyCodes = map[string]tea.Key{
	"enter":     {Code: tea.KeyEnter},
	"up":        {Code: tea.KeyUp},
	"down":      {Code: tea.KeyDown},
	"end":       {Code: tea.KeyEnd},
	"home":      {Code: tea.KeyHome},
	"pgdown":    {Code: tea.KeyPgDown},
	"esc":       {Code: tea.KeyEscape},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
	"ctrl+z":    {Code: 'z', Mod: tea.ModCtrl},
	"pgup":      {Code: tea.KeyPgUp},
	"backspace": {Code: tea.KeyBackspace},
	"space":     {Code: tea.KeySpace, Text: " "},
}

func keyMsg(k string) tea.KeyPressMsg {
	if c, ok := keyCodes[k]; ok {
		return tea.KeyPressMsg(c)
	}
	r, _ := utf8.DecodeRuneInString(k)
	return tea.KeyPressMsg{Code: r, Text: k}
}

// fits fails unless the screen has exactly h lines, none wider than w, and
// returns the lines.
func (d *driver) fits(lang i18n.Lang, w, h int) []string {
	d.t.Helper()
	lines := strings.Split(d.screen(), "\n")
	if len(lines) != h {
		d.t.Fatalf("%s %dx%d %s screen: %d lines:\n%s", lang, w, h, d.on(), len(lines), d.screen())
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			d.t.Fatalf("%s %dx%d: too wide: %q", lang, w, h, l)
		}
	}
	return lines
}

// screen is what the terminal shows, without escape codes.
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
	return flat(d.m.Document())
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
func (d *driver) question() string { return d.m.Question() }

// at fails unless question id is shown.
func (d *driver) at(id string) {
	d.t.Helper()
	if got := d.question(); got != id {
		d.t.Fatalf("at question %q on the %s screen, want %s:\n%s", got, d.on(), id, d.screen())
	}
}

// onward goes on from the screen shown, as a person who goes on with the
// questions would: Enter, or on the crisis screen, whose cursor starts on
// stopping, up to "go on" and Enter. It returns how many keys it pressed.
func (d *driver) onward() int {
	d.t.Helper()
	if d.on() != "crisis" {
		d.press("enter")
		return 1
	}
	if d.m.Cursor() != crisisEnd {
		d.t.Fatalf("the crisis screen's cursor is on %d, not on stopping:\n%s", d.m.Cursor(), d.screen())
	}
	d.press("up")
	if d.m.Cursor() != crisisGoOn {
		d.t.Fatalf("up on the crisis screen did not reach going on:\n%s", d.screen())
	}
	d.press("enter")
	return 2
}

// to goes onward until question id is shown.
func (d *driver) to(id string) {
	d.t.Helper()
	for i := 0; i < 60; i++ {
		if d.question() == id {
			return
		}
		d.onward()
	}
	d.t.Fatalf("question %s never came; on the %s screen:\n%s", id, d.on(), d.screen())
}

// choose moves the cursor of the question shown to option and presses
// Enter, from wherever the cursor starts.
func (d *driver) choose(option string) {
	d.t.Helper()
	want, ok := screening.OptionIndex(screening.MustIndex(d.question()), option)
	if !ok {
		d.t.Fatalf("%s has no option %s", d.question(), option)
	}
	for i := 0; i < 20 && d.m.Cursor() != want; i++ {
		d.press("up")
	}
	if d.m.Cursor() != want {
		d.t.Fatalf("cursor never reached %s", option)
	}
	d.press("enter")
}

// enterThrough goes onward (Enter, and past the crisis screen) until the
// screen named s is shown, and returns how many keys it pressed.
func (d *driver) enterThrough(s string) int {
	d.t.Helper()
	n := 0
	for i := 0; i < 80; i++ {
		if d.on() == s {
			return n
		}
		n += d.onward()
	}
	d.t.Fatalf("the %s screen never came; on the %s screen:\n%s", s, d.on(), d.screen())
	return 0
}
