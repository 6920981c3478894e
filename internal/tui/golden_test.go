package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
)

// goldenShots are the key screens kept as text under testdata/tui, each
// reached by pressing keys from the welcome screen at 80x24; those named
// counsellor-* in a counsellor's screening. Rewrite them with
// MDMA_UPDATE=1 go test ./internal/tui (or -update), and read the diff.
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
	for _, lang := range i18n.Langs {
		for _, shot := range goldenShots {
			name := shot.name + "." + string(lang)
			t.Run(name, func(t *testing.T) {
				d := newDriver(t, lang, 80, 24)
				if strings.HasPrefix(shot.name, "counsellor-") {
					d = newCounsellorDriver(t, lang, 80, 24)
				}
				shot.keys(d)
				got := goldenText(d.screen())
				if again := goldenText(d.screen()); again != got {
					t.Fatal("the same screen drawn twice differs")
				}
				path := filepath.Join("..", "..", "testdata", "tui", name+".golden")
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
