package tui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
)

// goldenShots are the key screens kept as text under testdata/tui, each
// reached by pressing keys from the welcome screen at 80x24 (those named
// small-* at 50x15, the smallest size every screen fits, guard-* at a
// size below it); those named counsellor-* in a counsellor's screening.
// Rewrite them with MDMA_UPDATE=1 go test ./internal/tui (or -update),
// and read the diff.
var goldenShots = []struct {
	name string
	keys func(d *driver)
}{
	{"welcome", func(d *driver) {}},
	{"question", func(d *driver) { d.press("enter"); d.to("psychosis") }},
	{"multi", func(d *driver) { d.press("enter"); d.to("other_meds") }},
	{"multi-error", func(d *driver) { d.press("enter"); d.to("other_meds"); d.press("up", "x", "down", "x") }},
	{"crisis", func(d *driver) { d.press("enter"); d.choose("learning"); d.to("crisis"); d.choose("yes") }},
	{"ended", func(d *driver) {
		d.press("enter")
		d.choose("learning")
		d.choose("yes")
		d.choose("yes")
		d.choose("yes")
		d.press("enter") // the cursor starts on stopping here
	}},
	{"review", func(d *driver) { d.press("enter"); d.choose("underground"); d.enterThrough("review") }},
	{"summary", func(d *driver) { d.press("enter"); d.enterThrough("summary") }},
	{"summary-no-crisis", func(d *driver) {
		d.press("enter")
		d.choose("clinical_trial")
		d.to("crisis")
		d.choose("no")
		d.enterThrough("summary")
	}},
	{"save", func(d *driver) { d.press("enter"); d.enterThrough("summary"); d.press("s") }},

	{"counsellor-welcome", func(d *driver) {}},
	{"counsellor-question", func(d *driver) { d.press("enter"); d.to("psychosis") }},
	{"counsellor-crisis", func(d *driver) { d.press("enter"); d.to("crisis") }},
	{"counsellor-multi", func(d *driver) { d.press("enter"); d.to("other_meds") }},
	{"counsellor-multi-note", func(d *driver) { d.press("enter"); d.to("other_meds"); d.press("n") }},
	{"counsellor-summary", toCounsellorSummary},
	{"counsellor-summary-report", func(d *driver) { toCounsellorSummary(d); d.press("r") }},

	// The summary asks once before closing when nothing was saved.
	{"confirm", func(d *driver) { d.press("enter"); d.enterThrough("summary"); d.press("q") }},
	// The save dialog's errors, said in the chosen language.
	{"save-not-folder", func(d *driver) { toName(d, "/proc/version/report.txt"); d.press("enter") }},
	{"save-no-folder", func(d *driver) { toName(d, "/nonexistent-mdma-screen/report"); d.press("enter") }},
	{"save-folder", func(d *driver) { toName(d, "/proc/"); d.press("enter") }},

	{"small-welcome", func(d *driver) {}},
	{"small-question", func(d *driver) { d.press("enter"); d.to("psychosis") }},
	{"small-question-all", func(d *driver) { d.press("enter"); d.to("psychosis"); d.press("?") }},
	{"small-multi", func(d *driver) { d.press("enter"); d.to("other_meds") }},
	{"small-multi-error", func(d *driver) { d.press("enter"); d.to("other_meds"); d.press("up", "x", "down", "x") }},
	{"small-crisis", func(d *driver) { d.press("enter"); d.to("crisis"); d.press("enter") }},
	{"small-ended", func(d *driver) { d.press("enter"); d.to("crisis"); d.press("enter", "enter") }},
	{"small-review", func(d *driver) { d.press("enter"); d.enterThrough("review") }},
	{"small-summary", func(d *driver) { d.press("enter"); d.enterThrough("summary") }},
	{"small-summary-all", func(d *driver) { d.press("enter"); d.enterThrough("summary"); d.press("?") }},
	{"small-confirm", func(d *driver) { d.press("enter"); d.enterThrough("summary"); d.press("q") }},
	{"small-save", func(d *driver) { d.press("enter"); d.enterThrough("summary"); d.press("s", "enter") }},
	{"counsellor-small-welcome", func(d *driver) {}},
	{"counsellor-small-question", func(d *driver) { d.press("enter"); d.to("psychosis") }},
	{"counsellor-small-question-all", func(d *driver) { d.press("enter"); d.to("psychosis"); d.press("?") }},
	{"counsellor-small-multi", func(d *driver) { d.press("enter"); d.to("other_meds") }},
	{"counsellor-small-crisis", func(d *driver) { d.press("enter"); d.to("crisis"); d.press("enter") }},
	{"counsellor-small-summary", toCounsellorSummary},

	{"guard-welcome", func(d *driver) {}},
	{"guard-question", func(d *driver) {
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press("enter")
		d.to("psychosis")
		d.send(tea.WindowSizeMsg{Width: 49, Height: 15})
	}},
	{"guard-summary", func(d *driver) {
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press("enter")
		d.enterThrough("summary")
		d.send(tea.WindowSizeMsg{Width: 49, Height: 15})
	}},
}

// goldenSize is the size a golden shot is taken at, by its name.
func goldenSize(name string) (w, h int) {
	switch {
	case strings.Contains(name, "small-"):
		return minWidth, minHeight
	case strings.HasPrefix(name, "guard-"):
		return minWidth - 1, minHeight
	}
	return 80, 24
}

// toName opens the save dialog at the file name and puts name in place
// of the default, as pasted.
func toName(d *driver, name string) {
	d.press("enter")
	d.enterThrough("summary")
	d.press("s", "enter", "ctrl+u")
	d.send(tea.PasteMsg{Content: name})
}

// toCounsellorSummary reaches a counsellor's summary with findings: a
// clinical trial, PTSD, an adult, no crisis.
func toCounsellorSummary(d *driver) {
	d.press("enter")
	d.choose("clinical_trial")
	d.choose("yes") // ptsd
	d.choose("yes") // adult
	d.choose("no")  // crisis
	d.enterThrough("summary")
}

func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "tui"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Langs {
		for _, shot := range goldenShots {
			name := shot.name + "." + string(lang)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				w, h := goldenSize(shot.name)
				d := newDriver(t, lang, w, h)
				if strings.HasPrefix(shot.name, "counsellor-") {
					d = newCounsellorDriver(t, lang, w, h)
				}
				// The save dialog's folder, the same on every machine.
				d.m.getwd = func() (string, error) { return "/", nil }
				shot.keys(d)
				got := goldenText(d.screen())
				if again := goldenText(d.screen()); again != got {
					t.Fatal("the same screen drawn twice differs")
				}
				path := filepath.Join(dir, name+".golden")
				golden.Compare(t, path, []byte(got))
				if t.Failed() {
					t.Logf("screen:\n%s", got)
				}
			})
		}
	}
}

// goldenText is a screen as stored: no trailing spaces, one newline at the end.
func goldenText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
