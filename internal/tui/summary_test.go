package tui

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
)

// TestSummaryKeys: the summary stays until q or Ctrl+C; q asks once when
// nothing has been saved since the answers last changed (n and esc stay,
// s saves, y and Enter close); esc and shift+tab go back to the review;
// other keys do nothing; once it has been shown, every ending is exit 0.
func TestSummaryKeys(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		c := d.cat
		t.Chdir(t.TempDir())
		d.press("enter")
		d.enterThrough("summary")
		d.has("q "+c.T("tui.help.close"), "shift+tab/esc "+c.T("tui.help.to_review"))
		before := d.screen()
		d.press("x", "a", "1", "r", "d", "l")
		if d.on() != "summary" || d.screen() != before {
			t.Fatalf("a key that is not the summary's did something:\n%s", d.screen())
		}
		for _, stay := range []string{"n", "esc"} {
			d.press("q")
			d.has(c.T("tui.confirm"), "y/enter "+c.T("tui.help.yes"), "n/esc "+c.T("tui.help.no"))
			d.press(stay)
			if d.on() != "summary" || d.quit {
				t.Fatalf("%s did not stay on the summary", stay)
			}
			d.lacks(c.T("tui.confirm"))
		}
		// Back to the review and forth again: still the summary's keys.
		for _, back := range []string{"esc", "shift+tab"} {
			d.press(back)
			if d.on() != "review" {
				t.Fatalf("%s did not go back to the review: %s", back, d.on())
			}
			d.press("enter")
		}
		// s from the question saves; after that, q closes at once.
		d.press("q", "s")
		if d.on() != "save" {
			t.Fatalf("s from the question did not open saving: %s", d.on())
		}
		d.press("enter", "enter")
		if d.on() != "summary" {
			t.Fatalf("not back at the summary after saving:\n%s", d.screen())
		}
		// A changed answer is not saved: q asks again.
		d.press("esc", "down", "enter")
		d.choose("underground")
		d.enterThrough("summary")
		d.press("q")
		d.has(c.T("tui.confirm"))
		// Saved again (over the first file, which exists): q closes at once.
		d.press("s", "enter", "enter", "down", "enter")
		if d.on() != "summary" {
			t.Fatalf("not back at the summary after saving again:\n%s", d.screen())
		}
		d.quits("q", 0)
	})
	t.Run("saved", func(t *testing.T) {
		d, _ := atSummaryIn(t, i18n.En)
		d.press("s", "enter", "enter")
		d.quits("q", 0) // saved: no question
	})
	t.Run("ctrl+c", func(t *testing.T) {
		d, _ := atSummaryIn(t, i18n.En)
		d.quits("ctrl+c", 0) // at once, unsaved
	})
	t.Run("after the summary", func(t *testing.T) {
		d, _ := atSummaryIn(t, i18n.Da)
		d.press("esc", "down", "enter") // changing setting
		d.quits("ctrl+c", 0)
	})
	t.Run("esc esc in the save dialog", func(t *testing.T) {
		d, _ := atSummaryIn(t, i18n.En)
		d.press("s", "enter", "esc")
		if d.on() != "summary" {
			t.Fatalf("esc in the save dialog went to the %s screen", d.on())
		}
		d.press("esc")
		if d.quit || d.on() != "review" {
			t.Fatalf("esc on the summary: %s, quit %v", d.on(), d.quit)
		}
	})
}

// TestEndedKeys: the crisis end screen closes with any key but the
// scrolling ones, and esc and shift+tab go back to the crisis choice.
func TestEndedKeys(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		d.press("enter")
		d.to("crisis")
		d.press("enter", "enter") // unsure; stop here
		for _, k := range []string{"down", "up", "pgdown", "pgup", "end", "home", "j", "k", "space", "?"} {
			d.press(k)
			if d.quit || d.on() != "ended" {
				t.Fatalf("%s left the end screen", k)
			}
		}
		for _, back := range []string{"esc", "shift+tab"} {
			d.press(back)
			if d.on() != "crisis" || d.m.Cursor() != crisisEnd {
				t.Fatalf("%s: on the %s screen, cursor %d", back, d.on(), d.m.Cursor())
			}
			d.press("enter")
		}
		d.quits("x", 0)
	})
	t.Run("ctrl+c", func(t *testing.T) {
		d := newDriver(t, i18n.En, 80, 24)
		d.press("enter")
		d.to("crisis")
		d.press("enter", "enter")
		d.quits("ctrl+c", 0)
	})
}

// runOnPipes runs the program on a byte stream with stdout and stderr in
// one buffer, and returns the exit error and the text after the last
// exit from the alternate screen, escape codes left out.
func runOnPipes(t *testing.T, cfg Config, input string) (after string, err error) {
	t.Helper()
	var out syncBuffer
	cfg.In, cfg.Out, cfg.Err, cfg.NoColor = strings.NewReader(input), &out, &out, true
	err = Run(context.Background(), cfg)
	s := out.String()
	off := strings.LastIndex(s, altScreenOff)
	if off < 0 {
		t.Fatalf("the alternate screen was never left: %q", s)
	}
	return ansi.Strip(s[off+len(altScreenOff):]), err
}

// TestHelpLineLeft: on every path (exit 0 or 130, the person's screening
// or a counsellor's) the help line is what stands on the normal screen
// after the alternate screen, before the closing line; on the welcome
// screen too.
func TestHelpLineLeft(t *testing.T) {
	for _, lang := range i18n.Langs {
		c := i18n.MustLoad(lang)
		line := c.T("tui.helpline")
		for _, counsellor := range []bool{false, true} {
			paths := []struct {
				name, input string
				code        int
				closing     string
			}{
				{"ctrl+c", "\r\x03", exit.Aborted, c.T("tui.aborted")},
				// Enter all the way: crisis is "not sure", the crisis screen's
				// cursor is on stopping, and Enter closes the end screen.
				{"crisis end", strings.Repeat("\r", 40), 0, c.T(pick(counsellor, "tui.closed", "tui.counsellor.closed"))},
			}
			for _, p := range paths {
				after, err := runOnPipes(t, Config{Lang: lang, Counsellor: counsellor}, p.input)
				assertExit(t, err, p.code)
				shown, closing, ok := strings.Cut(strings.TrimSuffix(after, "\n"+p.closing+"\n"), "\n")
				if !strings.HasSuffix(after, "\n"+p.closing+"\n") || !ok || shown+" · "+closing != line {
					t.Errorf("%s %v %s: after the screens %q, want the help line in two lines, then %q", lang, counsellor, p.name, after, p.closing)
				}
			}
		}
		after, _ := runOnPipes(t, Config{Lang: lang}, "\x03")
		golden.Compare(t, filepath.Join("..", "..", "testdata", "tui", "helpline."+string(lang)+".golden"), []byte(after))

		d := newDriver(t, lang, 120, 40)
		d.has(strings.Split(line, " · ")...) // the welcome screen shows it too
		if got := d.m.helpLine(); got != line {
			t.Errorf("at 120 columns the help line is %q, want one line", got)
		}
	}
}

// TestSaveNames: the default folder is the current one; relative names
// are saved in it, ~ and ~/ are the home folder (~user is a name), the
// format's extension is added to a name without one, a folder is never
// taken for a file, and errors say why in the chosen language.
func TestSaveNames(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	name := func(d *driver, n string) {
		d.press("ctrl+u")
		d.send(teaPaste(n))
		d.press("enter")
	}
	d, dir := atSummaryIn(t, i18n.En)
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	saved := func(path string) {
		t.Helper()
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("%s not saved: %v\n%s", path, err, d.screen())
		}
		if d.on() != "summary" {
			t.Fatalf("not back at the summary after saving %s", path)
		}
	}
	d.press("s", "enter")
	d.has(dir)
	name(d, "sub/a")
	saved(filepath.Join(dir, "sub", "a.txt"))
	d.press("s", "enter")
	name(d, "~/b")
	saved(filepath.Join(home, "b.txt"))
	d.press("s", "down", "enter") // markdown
	name(d, "~")
	d.has(filepath.Join(home, "mdma-screen-report.md"))
	d.press("enter")
	saved(filepath.Join(home, "mdma-screen-report.md"))
	d.press("s", "enter")
	name(d, "c.report")
	saved(filepath.Join(dir, "c.report"))
	// A folder, with or without a slash, gets the default name.
	for _, n := range []string{"sub/", "sub"} {
		d.press("s", "enter")
		name(d, n)
		if d.on() != "save" {
			t.Fatalf("%s was taken for a file", n)
		}
		d.has(filepath.Join(dir, "sub", "mdma-screen-report.txt"))
		d.press("esc")
	}
	if _, err := os.Stat(filepath.Join(dir, "sub", "mdma-screen-report.txt")); err == nil {
		t.Fatal("a folder's name saved a file")
	}
	// ~user is not expanded: it is a folder of that name here, which
	// does not exist.
	d.press("s", "enter")
	name(d, "~nobody/x")
	d.has((&savefile.Error{Path: filepath.Join(dir, "~nobody", "x.txt"), Kind: savefile.NoFolder}).Localize(d.cat)[1:])

	// In Danish, why it failed.
	e, _ := atSummaryIn(t, i18n.Da)
	e.press("s", "enter")
	name(e, "/proc/version/x")
	e.has(e.cat.T("err.io.reason.not_folder"))
}

// TestSaveNameCapped: a name is at most nameMax bytes however it comes,
// and a long paste is cut at once, with a word that it was.
func TestSaveNameCapped(t *testing.T) {
	d, _ := atSummaryIn(t, i18n.En)
	d.press("s", "enter")
	d.send(teaPaste(strings.Repeat("æ", 4<<20)))
	in := d.m.scr.(*saveScreen).input.Value()
	if len(in) > nameMax || len(in) < nameMax-8 {
		t.Fatalf("the name holds %d bytes, want at most %d", len(in), nameMax)
	}
	d.has(d.cat.F("tui.save.cut", "max", "255"))
	for range 10 {
		d.press("x")
	}
	if n := len(d.m.scr.(*saveScreen).input.Value()); n > nameMax {
		t.Fatalf("typing made the name %d bytes", n)
	}
}

// TestOutput: with Config.Output the report is written when the summary
// is reached, again when the answers changed, not when they did not; an
// existing file is kept without Force, the error shown and the exit
// status 1.
func TestOutput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	d := startDriver(t, Config{Lang: i18n.En, NoColor: true, Output: path}, 80, 24)
	d.press("enter")
	d.enterThrough("summary")
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("not written: %v", err)
	}
	if want := report.Text(report.Build(d.m.Answers(), report.Options{Lang: i18n.En})); !bytes.Equal(first, want) {
		t.Fatal("the file is not the report")
	}
	d.has(d.cat.F("tui.save.done", "path", path)[:30])
	// Unchanged answers: not written again.
	if err := os.WriteFile(path, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.press("esc", "enter")
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Fatal("written again with the same answers")
	}
	// Changed: written again, over the run's own file.
	d.press("esc", "down", "enter")
	d.choose("underground")
	d.enterThrough("summary")
	if b, _ := os.ReadFile(path); string(b) == "mine" || bytes.Equal(b, first) {
		t.Fatal("not written again after a change")
	}
	d.quits("q", 0) // saved: no question
	if !strings.Contains(d.stderr.String(), path) {
		t.Errorf("the closing line %q does not name the file", d.stderr.String())
	}

	t.Run("exists", func(t *testing.T) {
		if err := os.WriteFile(path, []byte("keep"), 0o600); err != nil {
			t.Fatal(err)
		}
		d := startDriver(t, Config{Lang: i18n.Da, NoColor: true, Output: path}, 80, 24)
		d.press("enter")
		d.enterThrough("summary")
		msg := sentence((&savefile.Error{Path: path, Kind: savefile.Exists}).Localize(d.cat))
		d.has(msg)
		if b, _ := os.ReadFile(path); string(b) != "keep" {
			t.Fatal("an existing file was replaced without Force")
		}
		d.press("q", "y")
		assertExit(t, d.exit(), exit.WriteFailed)
	})
	t.Run("force json", func(t *testing.T) {
		d := startDriver(t, Config{Lang: i18n.En, NoColor: true, Output: path, Force: true, Format: "json"}, 80, 24)
		d.press("enter")
		d.enterThrough("summary")
		b, _ := os.ReadFile(path)
		if !json.Valid(b) {
			t.Fatalf("not JSON: %.80s", b)
		}
		d.quits("q", 0)
	})
}

// TestOutputStdout: with --output - the report of the last answers is
// printed once the screens are gone, before the help line.
func TestOutputStdout(t *testing.T) {
	// Start, the cautious answers up to the crisis screen, go on (up,
	// Enter), Enter through the review to the summary, and Ctrl+C.
	input := strings.Repeat("\r", 5) + "\x1b[A\r" + strings.Repeat("\r", 40) + "\x03"
	after, err := runOnPipes(t, Config{Lang: i18n.En, Output: "-"}, input)
	assertExit(t, err, 0)
	line := i18n.MustLoad(i18n.En).T("report.title")
	if i, j := strings.Index(after, line), strings.Index(after, "112 · Livslinien"); i < 0 || j < i {
		t.Fatalf("the report is not printed before the help line:\n%s", after)
	}
}
