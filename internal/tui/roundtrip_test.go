package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/cli"
	"mdma-screen/internal/golden"
	"mdma-screen/screening"
)

// walk answers every question the way want does, by keys, from the
// welcome screen to the summary: the option moved to and Enter, the
// ticks of a question with several answers, - for a question want leaves
// unanswered, and onward past the crisis screen and the review.
func (d *driver) walk(want *screening.Answers) {
	d.t.Helper()
	for range 80 {
		switch d.on() {
		case "summary":
			return
		case "question":
		default:
			d.onward()
			continue
		}
		q := screening.MustIndex(d.question())
		set, ok := want.Get(q)
		if !ok {
			d.press("-")
			continue
		}
		qq := screening.QuestionAt(q)
		if qq.Kind != screening.Multi {
			// From where the cursor starts to the answer, and Enter.
			for i := range qq.Options {
				for set.Has(i) && d.m.Cursor() < i {
					d.press("down")
				}
				for set.Has(i) && d.m.Cursor() > i {
					d.press("up")
				}
			}
			d.press("enter")
			continue
		}
		d.press("home")
		last := 0
		for i := range qq.Options {
			if set.Has(i) {
				for ; last < i; last++ {
					d.press("down")
				}
				d.press("x")
			}
		}
		d.press("enter")
	}
	d.t.Fatalf("the summary never came; on the %s screen:\n%s", d.on(), d.screen())
}

// saveAs saves from the summary through the dialog: the format's option
// (format), the name replaced by path.
func (d *driver) saveAs(format int, path string) {
	d.t.Helper()
	d.press("s")
	for range format {
		d.press("down")
	}
	d.press("enter", "ctrl+u")
	d.send(tea.PasteMsg{Content: path})
	d.press("enter")
	if d.on() != "summary" {
		d.t.Fatalf("saving %s did not go back to the summary:\n%s", path, d.screen())
	}
}

// TestRoundTrip: over every golden answer case, a walk through the TUI by
// keys to the case's answers, the report saved in each format the dialog
// offers (text, markdown) and the answers too, and Config.AnswersOut
// written on reaching the summary; then `report --answers <saved
// answers> --lang L [--counsellor] --format X` gives the TUI's saved
// report byte for byte. The json report, which only Config.Output
// writes, is checked the same way on the summary of the same answers.
// The languages and the counsellor mode take turns over the cases.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	names, cases := golden.Cases(t, filepath.Join("..", "..", "testdata", "cases"))
	for i, name := range names {
		want := cases[name]
		lang := i18n.Langs[i%len(i18n.Langs)]
		counsellor := i/len(i18n.Langs)%2 == 1
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			cfg := Config{Lang: lang, NoColor: true, Counsellor: counsellor, AnswersOut: filepath.Join(dir, "answers-out.json")}
			// The size does not change what is saved; at 120x40 every
			// screen fits at once.
			d := startDriver(t, cfg, 120, 40)
			d.walk(&want)
			if got, w := d.m.Answers().MarshalFile(), want.MarshalFile(); !bytes.Equal(got, w) {
				t.Fatalf("the walk gave\n%s\nwant\n%s", got, w)
			}
			answers := read(t, cfg.AnswersOut)
			if !bytes.Equal(answers, want.MarshalFile()) {
				t.Fatalf("--answers-out wrote\n%s", answers)
			}
			saved := map[string]string{}
			for f, p := range map[int]string{saveText: "text", saveMarkdown: "markdown", saveAnswers: "answers"} {
				path := filepath.Join(dir, "dialog-"+p)
				d.saveAs(f, path)
				saved[p] = path + extension(f)
			}
			if got := read(t, saved["answers"]); !bytes.Equal(got, answers) {
				t.Fatalf("the dialog saved the answers as\n%s\nwant\n%s", got, answers)
			}
			// Config.Output in json, on the summary of the same answers.
			cfg.Output, cfg.Format, cfg.AnswersOut = filepath.Join(dir, "output"), "json", ""
			j := startDriver(t, cfg, 120, 40)
			j.m.flow = flowFor(&want)
			j.m.showSummary()
			saved["json"] = cfg.Output
			for f, path := range saved {
				if f == "answers" {
					continue
				}
				args := []string{"report", "--answers", saved["answers"], "--lang", string(lang), "--format", f}
				if counsellor {
					args = append(args, "--counsellor")
				}
				var out, errs bytes.Buffer
				code := cli.Run(args, cli.Env{Out: &out, Err: &errs, Getenv: func(string) string { return "" }})
				if code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, errs.String())
				}
				if got := read(t, path); !bytes.Equal(got, out.Bytes()) {
					t.Errorf("%s saved by the TUI (%s) and %v differ at %s", f, path, args, golden.FirstDiff(got, out.Bytes()))
				}
			}
		})
	}
}

// read returns the bytes of the file at path, failing the test when it
// cannot be read.
func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
