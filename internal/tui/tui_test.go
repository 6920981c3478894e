package tui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// words of the screens in each language, to tell which screen is shown.
var words = map[i18n.Lang]struct {
	start, review, result, help, disclaimer, children, prev, back string
}{
	i18n.Da: {"begynd", "Tjek dine svar", "MDMA-assisteret terapi: forbehold", "Her kan du få hjælp", "ikke lægelig rådgivning", "Børnetelefonen", "Dit svar indtil nu", "tilbage"},
	i18n.En: {"start", "Check your answers", "MDMA-assisted therapy: caveats", "Where to get help", "not medical advice", "Børnetelefonen", "Your answer so far", "back"},
}

func TestEnterThroughToSummary(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		w := words[d.lang]
		d.has(w.start, "Dansk", "English")
		d.press("enter")
		d.at("setting")
		presses := d.enterThrough("review")
		// Every question asked, each with its most cautious answer, and
		// the crisis screen that crisis = unsure calls for: up to going
		// on, and Enter.
		if want := d.asked() + 2; presses != want {
			t.Errorf("%d presses to the review, want %d", presses, want)
		}
		d.has(w.review)
		d.press("enter")
		if d.on() != "summary" {
			t.Fatalf("not at the summary:\n%s", d.screen())
		}
		// crisis = unsure: the help comes first, then the headline.
		d.has(w.result, w.help, w.children, "112")
		s := d.document()
		help, result := strings.Index(s, "70 201 201"), strings.Index(s, "!! ")
		if help < 0 || result < 0 || help > result {
			t.Fatalf("help must come before the headline:\n%s", s)
		}
		// Enter scrolls; it does not leave.
		d.press("enter")
		if d.quit || d.on() != "summary" {
			t.Fatal("Enter left the summary")
		}
		d.press("end")
		d.has(report.Program)
		// The help again near the end (with Cepda), and the disclaimer.
		if doc := d.document(); strings.Count(doc, w.help) != 2 || !strings.Contains(doc, w.disclaimer) || !strings.Contains(doc[help:], "Cepda") {
			t.Fatalf("the help twice, Cepda and the disclaimer not all in the summary:\n%s", doc)
		}
		// Nothing saved: q asks once; y closes.
		d.press("q")
		d.has(d.cat.T("tui.confirm"))
		d.quits("y", 0)
	})
}

func TestLearningSkipsProviderSection(t *testing.T) {
	d := newDriver(t, i18n.En, 80, 24)
	d.press("enter")
	d.choose("learning")
	asked := []string{"setting"}
	for d.on() != "review" {
		if id := d.question(); id != "" {
			asked = append(asked, id)
			d.has("of 6")
			d.lacks("Section 5 of 6")
		}
		d.onward()
	}
	for _, id := range asked {
		if screening.QuestionAt(screening.MustIndex(id)).Section == "provider" {
			t.Errorf("provider question %s was asked", id)
		}
	}
	if len(asked) != 19 {
		t.Errorf("%d questions asked, want 19: %v", len(asked), asked)
	}
	d.lacks("Therapists in the sessions", "Preparatory sessions")
}

func TestGoingBack(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		w := words[d.lang]
		d.press("enter")
		d.choose("clinical_trial")
		d.choose("yes") // ptsd
		d.at("adult")
		d.press("shift+tab")
		d.at("ptsd")
		// The earlier answer is kept, shown and under the cursor.
		d.has(w.prev)
		if d.m.Cursor() != 0 {
			t.Errorf("cursor on %d, want the earlier answer (yes)", d.m.Cursor())
		}
		d.press("esc")
		d.at("setting")
		d.press("esc")
		if d.on() != "welcome" {
			t.Fatalf("back from the first question is not the welcome screen")
		}
		d.press("enter")
		if d.question() != "setting" || d.m.Cursor() != 0 {
			t.Fatalf("the answer to setting was lost")
		}
		d.press("enter", "enter")
		d.at("adult")
		// Back from the review goes to the last question.
		d.enterThrough("review")
		d.press("shift+tab")
		d.at("past_experience")
	})
}

func TestReviewChangeSettingAsksProvider(t *testing.T) {
	// Tall enough for the whole review.
	d := newDriver(t, i18n.En, 80, 60)
	d.press("enter")
	d.choose("learning")
	d.enterThrough("review")
	d.lacks("Therapists in the sessions")
	// The first entry shows the result; the second is setting.
	d.press("down", "enter")
	d.at("setting")
	d.has("You are changing an answer", "Your answer so far: I am only finding out about it")
	d.choose("underground")
	var revealed []string
	for d.on() == "question" {
		revealed = append(revealed, d.question())
		d.press("enter")
	}
	want := "therapists preparation integration medical_supervision qualified supervised substance_known boundaries trust"
	if got := strings.Join(revealed, " "); got != want {
		t.Fatalf("revealed questions: %s\nwant %s", got, want)
	}
	if d.on() != "review" {
		t.Fatalf("after the revealed questions: %s screen", d.on())
	}
	d.has("Therapists in the sessions")

	// Back to learning: the provider answers are dropped, and said so.
	d.press("down", "enter")
	d.choose("learning")
	if d.on() != "review" {
		t.Fatalf("after changing back: %s screen", d.on())
	}
	d.has("no longer asked")
	d.lacks("  Therapists in the sessions  ")
	if d.m.Answers().Answered(screening.MustIndex("therapists")) {
		t.Fatal("the answer to therapists was kept")
	}
}

func TestSkipLeavesUnanswered(t *testing.T) {
	// Tall enough for the whole review.
	d := newDriver(t, i18n.Da, 80, 60)
	label := vocab.LabelOf(d.cat, "ptsd")
	d.press("enter")
	d.choose("clinical_trial")
	d.press("-") // ptsd
	d.at("adult")
	if d.m.Answers().Answered(screening.MustIndex("ptsd")) {
		t.Fatal("ptsd was answered")
	}
	d.press("shift+tab")
	d.has("Du har ikke svaret på spørgsmålet endnu.")
	// A skipped question's cursor is back on the cautious answer.
	if d.m.Cursor() != 2 {
		t.Errorf("cursor on %d, want ved ikke", d.m.Cursor())
	}
	d.press("-")
	d.enterThrough("review")
	d.has(label, "– ikke besvaret")
	d.press("enter")
	if doc := d.document(); !strings.Contains(doc, label+" – ikke besvaret") {
		t.Fatalf("the summary does not mark ptsd unanswered:\n%s", doc)
	}
}

func TestMulti(t *testing.T) {
	d := newDriver(t, i18n.En, 80, 24)
	d.press("enter")
	d.to("other_meds")
	d.has("Tick with x or space", "x/space tick")
	// Enter with nothing ticked takes the option under the cursor: "I
	// don't know which of these I take".
	d.press("enter")
	q := screening.MustIndex("other_meds")
	if got := d.m.Answers().Values(q); strings.Join(got, ",") != "unsure" {
		t.Fatalf("other_meds = %v, want [unsure]", got)
	}
	// Back: the tick is kept; "none" beside it is refused with a message.
	d.press("shift+tab")
	d.press("up", "x")
	d.has("can't be chosen with other answers", "MAO inhibitor", "I don't know which of these I take")
	d.press("enter")
	d.at("other_meds")
	d.press("x") // untick none
	d.lacks("can't be chosen with other answers")
	d.has("Tick with x or space")
	d.press("home", "x", "down", "space", "end", "x") // maoi, lithium; untick unsure
	d.press("enter")
	if got := d.m.Answers().Values(q); strings.Join(got, ",") != "maoi,lithium" {
		t.Fatalf("other_meds = %v, want [maoi lithium]", got)
	}
}

func TestCrisis(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		w := words[d.lang]
		d.press("enter")
		d.choose("undecided")
		d.choose("yes") // ptsd
		d.choose("yes") // adult
		d.choose("yes") // crisis
		if d.on() != "crisis" {
			t.Fatalf("crisis = yes did not show the help at once:\n%s", d.screen())
		}
		d.has("112", "70 201 201", w.help)
		d.lacks(w.children) // adult = yes
		// The help is longer than the room at 80x24: the key help says
		// how to page through it, and the last entry can be reached
		// without moving the cursor.
		help := vocab.HelpFirstEntries(d.cat, d.m.Answers())
		d.has(d.cat.T("tui.help.page"))
		d.press("pgdown")
		d.has(help[len(help)-1].Name)
		// The cursor starts on stopping here: Enter alone shows the help
		// and the disclaimer; any key leaves with exit 0.
		if d.m.Cursor() != crisisEnd {
			t.Fatalf("the cursor starts on %d, not on stopping:\n%s", d.m.Cursor(), d.screen())
		}
		d.press("enter")
		if d.on() != "ended" {
			t.Fatalf("not at the end screen:\n%s", d.screen())
		}
		d.has("112", "70 201 201")
		if doc := d.document(); !strings.Contains(doc, flat(w.disclaimer)) {
			t.Fatalf("no disclaimer on the end screen:\n%s", doc)
		}
		d.quits("x", 0)
	})
}

func TestCrisisGoOnAndChildHelp(t *testing.T) {
	d := newDriver(t, i18n.Da, 80, 24)
	d.press("enter")
	d.to("crisis") // adult = no (the cautious answer)
	d.press("enter")
	d.has("Børnetelefonen", "116 111", "70 201 201")
	d.press("up", "enter") // go on
	d.at("suicide_history")
	// Back from the next question reaches the crisis question again.
	d.press("shift+tab")
	d.at("crisis")
	d.choose("no")
	if d.on() != "question" {
		t.Fatal("crisis = no showed the crisis screen")
	}
}

func TestCtrlC(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want int
	}{
		{"welcome", nil, exit.Aborted},
		{"question", []string{"enter", "enter", "enter"}, exit.Aborted},
		{"crisis", []string{"enter", "enter", "enter", "enter", "enter"}, exit.Aborted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, i18n.Da, 80, 24)
			d.press(tt.keys...)
			d.quits("ctrl+c", tt.want)
			if buf := d.stderr; !strings.Contains(buf.String(), "Intet er gemt") {
				t.Errorf("no word that nothing was saved: %q", buf.String())
			}
		})
	}
	t.Run("summary", func(t *testing.T) {
		d := newDriver(t, i18n.En, 80, 24)
		d.press("enter")
		d.enterThrough("summary")
		d.quits("ctrl+c", 0)
	})
}

// TestRun runs the real program on a byte stream instead of a terminal:
// Ctrl+C and a cancelled context both end with 130.
func TestRun(t *testing.T) {
	t.Run("ctrl+c", func(t *testing.T) {
		var out, msg bytes.Buffer
		err := Run(context.Background(), Config{Lang: i18n.En, In: strings.NewReader("\r\x03"), Out: &out, Err: &msg, NoColor: true})
		assertExit(t, err, exit.Aborted)
		if !strings.Contains(msg.String(), "Nothing was saved") {
			t.Errorf("message %q", msg.String())
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var out bytes.Buffer
		err := Run(ctx, Config{Lang: i18n.En, In: blockingReader{ctx}, Out: &out, NoColor: true})
		assertExit(t, err, exit.Aborted)
	})
}

// blockingReader gives no input until its context ends.
type blockingReader struct{ ctx context.Context }

func (r blockingReader) Read([]byte) (int, error) {
	<-r.ctx.Done()
	return 0, r.ctx.Err()
}

func TestLanguageSwitch(t *testing.T) {
	d := newDriver(t, i18n.Da, 80, 24)
	d.has("Før du går videre", "enter begynd", "l English")
	d.press("l")
	d.has("Before you go further", "enter start", "l Dansk")
	d.lacks("Før du går videre")
	d.press("enter")
	d.has("About you", "Section 1 of", "prefer not to say")
	d.press("esc", "l")
	d.press("enter")
	d.has("Om dig", "Del 1 af", "spring over")
}

// atSummaryIn reaches the summary with the most cautious answers, in a
// new empty folder that is the current one; it returns the folder.
func atSummaryIn(t *testing.T, lang i18n.Lang) (*driver, string) {
	dir := t.TempDir()
	t.Chdir(dir)
	d := newDriver(t, lang, 80, 24)
	d.press("enter")
	d.enterThrough("summary")
	return d, dir
}

func TestSave(t *testing.T) {
	d, dir := atSummaryIn(t, i18n.En)
	d.press("s")
	d.has("Save the report", "Plain text (.txt)", "Markdown (.md)")
	d.press("enter")
	d.has("File name:", "mdma-screen-report.txt", dir)
	d.press("enter")
	path := filepath.Join(dir, "mdma-screen-report.txt")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("nothing saved: %v\n%s", err, d.screen())
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if d.on() != "summary" {
		t.Fatal("not back at the summary")
	}
	d.has("The report was saved to", "mdma-screen-report.txt")

	// Again: the file exists, so it asks; "no" goes back to the name,
	// "yes" replaces the file.
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.press("s", "enter", "enter")
	d.has("There is already a file", "replace")
	d.press("enter") // no
	d.has("File name:")
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatal("the file was replaced without asking")
	}
	d.press("enter", "down", "enter") // yes
	if b, _ := os.ReadFile(path); string(b) == "old" || len(b) == 0 {
		t.Fatal("the file was not replaced")
	}

	// Markdown under another name; esc cancels without writing.
	d.press("s", "down", "enter")
	d.has("mdma-screen-report.md")
	d.press("esc")
	if d.on() != "summary" {
		t.Fatal("esc did not go back to the summary")
	}
	if _, err := os.Stat(filepath.Join(dir, "mdma-screen-report.md")); err == nil {
		t.Fatal("esc saved the report")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files in the folder: %v", entries)
	}
	d.quits("q", 0)
	if msg := d.stderr; !strings.Contains(msg.String(), path) {
		t.Errorf("closing message %q does not name %s", msg.String(), path)
	}
}

func TestNothingWrittenUnlessAsked(t *testing.T) {
	d, dir := atSummaryIn(t, i18n.Da)
	d.press("q")
	d.quits("enter", 0)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("files written: %v", entries)
	}
}

func TestResizeKeepsCursorAndFits(t *testing.T) {
	d := newDriver(t, i18n.Da, 80, 24)
	d.press("enter")
	d.press("up")
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if d.m.Cursor() != 2 { // underground, one up from undecided
		t.Fatalf("cursor on %d after a resize", d.m.Cursor())
	}
	for _, size := range [][2]int{{80, 24}, {100, 30}, {60, 20}, {120, 40}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, s := range []string{d.screen()} {
			lines := strings.Split(s, "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > size[0] {
					t.Errorf("%dx%d: line wider than the screen: %q", size[0], size[1], l)
				}
			}
		}
	}
}

// TestEveryScreenFits walks a whole screening at 80x24 in both languages:
// every screen has exactly 24 lines of at most 80 columns, and the key
// help is on the last line.
func TestEveryScreenFits(t *testing.T) {
	t.Parallel()
	eachFitSize(t, false, func(d *driver, lang i18n.Lang, size [2]int) {
		check := func() {
			t.Helper()
			lines := d.fits(lang, size[0], size[1])
			if last := lines[len(lines)-1]; !strings.Contains(last, "ctrl+c") && !strings.Contains(last, "q ") &&
				!strings.Contains(last, "%") && !strings.Contains(last, "esc") && !strings.Contains(last, "tast") && !strings.Contains(last, "key") {
				t.Fatalf("%s %v %s screen: key help is not at the bottom:\n%s", lang, size, d.on(), d.screen())
			}
		}
		check()
		d.press("enter")
		d.choose("underground")
		for d.on() != "summary" {
			check()
			d.onward()
		}
		check()
		d.press("s")
		check()
	})
}

func TestBackgroundAndNoColor(t *testing.T) {
	d := newDriver(t, i18n.En, 80, 24)
	before := d.screen()
	d.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if d.screen() != before {
		t.Fatal("the text changed with the background")
	}
	if strings.Contains(d.m.View().Content, "\x1b[38") {
		t.Fatal("colour codes with NoColor")
	}
	// With colour, a white background gets the light colours, a black one
	// the dark ones again.
	c := startDriver(t, Config{Lang: i18n.En}, 80, 24)
	dark := c.m.View().Content
	if !strings.Contains(dark, "\x1b[") {
		t.Fatal("no styling with colour on")
	}
	c.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if light := c.m.View().Content; light == dark || ansi.Strip(light) != ansi.Strip(dark) {
		t.Fatal("a white background was taken as dark")
	}
	c.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#000000")})
	if c.m.View().Content != dark {
		t.Fatal("a black background was not taken as dark")
	}
}

// TestNoForbiddenText checks the TUI's own texts for what no output may
// hold.
func TestNoForbiddenText(t *testing.T) {
	bad := regexp.MustCompile(`(?i)\b(\d+\s*mg|milligram|dose|doses|dosis|doser|booster|kr\.|price|pris|wash-?out|udvaskning|taper|nedtrapning|eligible|egnet|cleared|suited)\b`)
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, k := range c.Keys() {
			if strings.HasPrefix(k, "tui.") && bad.MatchString(c.T(k)) {
				t.Errorf("%s %s: %q", l, k, c.T(k))
			}
		}
	}
}

func TestEveryTUIKeyUsed(t *testing.T) {
	src, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range src {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, _ := os.ReadFile(f)
		all.Write(b)
	}
	code := all.String()
	for _, k := range i18n.MustLoad(i18n.En).Keys() {
		if !strings.HasPrefix(k, "tui.") {
			continue
		}
		short := k[strings.LastIndex(k, ".")+1:]
		if !strings.Contains(code, `"`+k+`"`) && !strings.Contains(code, `"`+short+`"`) &&
			!strings.Contains(code, `"`+strings.TrimSuffix(k, "."+short)+`.`) {
			t.Errorf("%s is never used", k)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in          string
		first, rest int
		want        string
	}{
		{"ring til Livslinien på 70 201 201 nu", 24, 24, "ring til Livslinien\npå 70 201 201 nu"},
		// A number stays with the word before it, as in the text report.
		{"MAPS' fase 3-forsøg tog", 15, 15, "MAPS'\nfase 3-forsøg\ntog"},
		{"I august 2024 afviste", 12, 12, "I\naugust 2024\nafviste"},
		{"a bb ccc", 4, 4, "a bb\nccc"},
		{"  indent me please", 10, 6, "  indent\nme\nplease"},
		{"MDMA-session er lang", 8, 8, "MDMA-ses\nsion er\nlang"},
		{"", 10, 10, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(wrapLines(tt.in, tt.first, tt.rest), "\n"); got != tt.want {
			t.Errorf("wrapLines(%q, %d, %d) =\n%s\nwant\n%s", tt.in, tt.first, tt.rest, got, tt.want)
		}
	}
}

func TestHelpFirstWhenCrisisUnanswered(t *testing.T) {
	d := newDriver(t, i18n.En, 80, 24)
	d.press("enter")
	d.to("crisis")
	d.press("-")
	if d.on() != "question" || d.question() != "suicide_history" {
		t.Fatalf("skipping crisis did not go on to suicide_history:\n%s", d.screen())
	}
	d.enterThrough("summary")
	s := d.document()
	if h, l := strings.Index(s, "Where to get help"), strings.Index(s, flat(report.Build(d.m.Answers(), report.Options{Lang: i18n.En}).Headline)); h < 0 || l < 0 || h > l {
		t.Fatalf("help is not first with crisis unanswered:\n%s", s)
	}
}

// TestCrisisHelpFirst: the crisis screen, the end screen and the top of
// the summary show the crisis-first help, each entry with its contact in
// the contract's order (Børnetelefonen too, adult = no being the cautious
// answer), lægevagten with both regions, and no Cepda, which is no
// emergency service.
func TestCrisisHelpFirst(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		c := d.cat
		check := func(where, doc string) {
			t.Helper()
			doc = unbar(doc) // the box's sides left out
			help := vocab.HelpFirstEntries(c, d.m.Answers())
			if len(help) != 6 {
				t.Fatalf("%d help entries for a person not known to be an adult, want 6", len(help))
			}
			last := 0
			for _, h := range help {
				i := strings.Index(doc[last:], flat(h.Name+": "+h.Contact))
				if i < 0 {
					t.Fatalf("%s: %q missing or out of order:\n%s", where, h.Name, doc)
				}
				last += i
			}
			for _, s := range []string{"Hovedstaden", "1813", "Sjælland", "1818", "116 111"} {
				if !strings.Contains(doc, s) {
					t.Errorf("%s lacks %q", where, s)
				}
			}
			if strings.Contains(strings.ToLower(doc), "cepda") {
				t.Errorf("%s names Cepda:\n%s", where, doc)
			}
		}
		d.press("enter")
		d.to("crisis")
		d.press("enter") // unsure
		check("the crisis screen", d.document())
		d.onward()
		d.enterThrough("summary")
		doc := d.document()
		check("the top of the summary", doc[:strings.Index(doc, "!! ")])

		e := newDriver(t, d.lang, 80, 24)
		e.press("enter")
		e.to("crisis")
		e.press("enter", "enter") // unsure, then stop here
		if e.on() != "ended" {
			t.Fatalf("not at the end screen:\n%s", e.screen())
		}
		check("the end screen", e.document())
	})
}
