package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// screenSizes are the sizes every screen is checked at: the smallest it
// must fit, two in between and a large one.
var screenSizes = [][2]int{{50, 15}, {60, 20}, {80, 24}, {120, 40}}

// fitsWhole fails unless the screen shown fits w x h exactly, with no
// size guard, the key help on the last line, and on a question its first
// words and the whole option under the cursor (on the crisis screen, its
// choice under the cursor; on the review, the cursor).
func (d *driver) fitsWhole(lang i18n.Lang, w, h int, where string) {
	d.t.Helper()
	lines := d.fits(lang, w, h)
	c := d.cat
	if d.m.Guarded() {
		d.t.Fatalf("%s %dx%d %s: the size guard is up:\n%s", lang, w, h, where, d.screen())
	}
	if strings.TrimSpace(lines[len(lines)-1]) == "" {
		d.t.Fatalf("%s %dx%d %s: no key help on the last line:\n%s", lang, w, h, where, d.screen())
	}
	seen := unbar(d.screen())
	switch d.on() {
	case "question":
		q := screening.MustIndex(d.question())
		text := vocab.Prompt(c, q)
		if d.m.cfg.Counsellor {
			text = c.F("tui.counsellor.read", "text", vocab.Read(c, q))
		}
		if first := strings.Join(strings.Fields(text)[:3], " "); !strings.Contains(seen, first) {
			d.t.Fatalf("%s %dx%d %s: the question's first words %q are not shown:\n%s", lang, w, h, where, first, d.screen())
		}
		label := optionLabels(c, q)[d.m.Hovered()]
		if !strings.Contains(seen, flat(label)) || !strings.Contains(d.screen(), "> ") {
			d.t.Fatalf("%s %dx%d %s: the option under the cursor, %q, is not shown whole:\n%s", lang, w, h, where, label, d.screen())
		}
	case "crisis":
		key := pick(d.m.cfg.Counsellor, "tui.crisis.end", "tui.counsellor.crisis.end")
		if d.m.Cursor() == crisisGoOn {
			key = pick(d.m.cfg.Counsellor, "tui.crisis.go_on", "tui.counsellor.crisis.go_on")
		}
		if !strings.Contains(seen, flat(c.T(key))) {
			d.t.Fatalf("%s %dx%d %s: the choice under the cursor is not shown whole:\n%s", lang, w, h, where, d.screen())
		}
	case "review":
		if !strings.Contains(d.screen(), "> ") {
			d.t.Fatalf("%s %dx%d %s: no cursor:\n%s", lang, w, h, where, d.screen())
		}
	}
}

// TestScreensFitEverySize walks every screen, in both languages, the
// person's and the counsellor's, at 50x15, 60x20, 80x24 and 120x40: each
// question (with ? too), the crisis screen, the review, the summary (and
// ?), the question before closing, the save dialog's steps, and the
// crisis end screen.
func TestScreensFitEverySize(t *testing.T) {
	t.Parallel()
	for _, counsellor := range []bool{false, true} {
		for _, lang := range i18n.Langs {
			for _, size := range screenSizes {
				w, h := size[0], size[1]
				t.Run(fmt.Sprintf("%s/%v/%dx%d", lang, counsellor, w, h), func(t *testing.T) {
					d := startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: counsellor}, w, h)
					d.fitsWhole(lang, w, h, "welcome")
					d.press("enter")
					d.choose("underground") // every question is asked
					for d.on() != "summary" {
						where := d.on() + " " + d.question()
						d.fitsWhole(lang, w, h, where)
						if d.on() == "question" {
							d.press("?")
							d.fitsWhole(lang, w, h, where+" with ?")
							d.press("?")
						}
						d.onward()
					}
					d.fitsWhole(lang, w, h, "summary")
					d.press("?")
					d.fitsWhole(lang, w, h, "summary with ?")
					d.press("?", "q")
					d.fitsWhole(lang, w, h, "asked whether to close")
					d.press("n", "s")
					d.fitsWhole(lang, w, h, "save: format")
					d.press("enter")
					d.fitsWhole(lang, w, h, "save: name")
					d.press("esc", "esc")
					d.fitsWhole(lang, w, h, "review from the summary")

					e := startDriver(t, Config{Lang: lang, NoColor: true, Counsellor: counsellor}, w, h)
					e.press("enter")
					e.to("crisis")
					e.press("enter", "enter") // unsure; stop here
					e.fitsWhole(lang, w, h, "crisis end")
				})
			}
		}
	}
}

// TestGuard: below 50x15 the screen says how large the window must be;
// every key but Ctrl+C and q is ignored, and they end as they would on
// the screen behind: 130 before the summary, 0 after.
func TestGuard(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs {
		for _, size := range [][2]int{{49, 15}, {50, 14}, {30, 8}} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				d := newDriver(t, lang, 80, 24)
				d.press("enter")
				d.to("psychosis")
				before := d.m.Answers()
				d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				guard := d.cat.F("tui.guard", "size", strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1]))
				if !d.m.Guarded() || !strings.Contains(flat(d.screen()), flat(guard)[:20]) {
					t.Fatalf("no size guard:\n%s", d.screen())
				}
				d.press("enter", "down", "enter", "-", "esc", "?", "x", "s")
				if d.question() != "psychosis" || *d.m.Answers() != *before {
					t.Fatalf("a key acted behind the guard: at %q", d.question())
				}
				d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
				if d.m.Guarded() || d.question() != "psychosis" {
					t.Fatalf("the screen did not come back:\n%s", d.screen())
				}
				d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				d.quits("q", exit.Aborted)

				e := newDriver(t, lang, 80, 24)
				e.press("enter")
				e.enterThrough("summary")
				e.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				e.press("s", "esc", "enter")
				if e.on() != "summary" {
					t.Fatalf("a key acted behind the guard: on the %s screen", e.on())
				}
				e.has(e.cat.T("tui.help.close"))
				e.quits("q", 0) // no question first: it cannot be drawn
			})
		}
	}
	t.Run("ctrl+c", func(t *testing.T) {
		d := newDriver(t, i18n.En, 40, 10)
		d.quits("ctrl+c", exit.Aborted)
	})
}

// progressRE reads "Section k of n" (Danish "Del k af n") and the bar.
var progressRE = regexp.MustCompile(`(?:Section|Del) (\d+) (?:of|af) (\d+) · (█*)░*`)

// TestProgressOnlyGrows: for every answer to setting, a walk forward
// never lowers the section or the bar, and the total stays 6; going back
// may; a question changed from the review says so instead.
func TestProgressOnlyGrows(t *testing.T) {
	t.Parallel()
	setting := screening.MustIndex("setting")
	for _, lang := range i18n.Langs {
		for _, opt := range screening.QuestionAt(setting).Options {
			t.Run(string(lang)+"/"+opt, func(t *testing.T) {
				d := newDriver(t, lang, 80, 24)
				d.press("enter")
				lastSec, lastBar := 0, 0
				first := true
				for d.on() != "review" {
					if d.on() == "question" {
						m := progressRE.FindStringSubmatch(d.screen())
						if m == nil {
							t.Fatalf("no progress on %s:\n%s", d.question(), d.screen())
						}
						sec, _ := strconv.Atoi(m[1])
						bar := len([]rune(m[3]))
						if m[2] != strconv.Itoa(len(screening.Sections)) {
							t.Fatalf("%s: the total is %s, want %d", d.question(), m[2], len(screening.Sections))
						}
						if sec < lastSec || bar < lastBar {
							t.Fatalf("%s: progress fell from section %d, bar %d to %d, %d", d.question(), lastSec, lastBar, sec, bar)
						}
						lastSec, lastBar = sec, bar
					}
					if first {
						d.choose(opt)
						first = false
						continue
					}
					d.onward()
				}
				if lastSec != len(screening.Sections) {
					t.Errorf("the last question is in section %d, want %d", lastSec, len(screening.Sections))
				}
				// Changing an answer from the review says so instead.
				d.press("down", "enter")
				d.has(d.cat.T("tui.editing"))
				if progressRE.MatchString(d.screen()) {
					t.Fatalf("progress shown while changing an answer:\n%s", d.screen())
				}
			})
		}
	}
}
