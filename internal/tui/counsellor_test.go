package tui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// TestCounsellorRun walks a counsellor's call from the welcome screen to
// the read-back in both languages: every question shows the wording to
// read aloud and the note; "doesn't know" (d) notes the not-sure option
// on setting, a yes/no/unsure question, other_meds and therapists, and
// leaves adult unanswered; the summary starts with the read-back, the full
// report below it.
func TestCounsellorRun(t *testing.T) {
	eachLang(t, true, func(t *testing.T, d *driver) {
		c := d.cat
		d.has(c.T("tui.counsellor.welcome.title"), c.T("tui.counsellor.welcome.key.dont_know"))
		d.press("enter")

		seen := map[string]bool{}
		check := func() {
			t.Helper()
			id := d.question()
			if id == "" || seen[id] {
				return
			}
			seen[id] = true
			// The read-aloud wording leads; the note is there, marked as
			// the counsellor's (whole, or its start on a short screen).
			d.reads(c.F("tui.counsellor.read", "text", vocab.Read(c, screening.MustIndex(id))))
			note := vocab.Note(c, screening.MustIndex(id))
			label := "tui.counsellor.note"
			if id == "crisis" {
				label = "tui.counsellor.note.urgent"
			}
			d.reads(c.T(label), strings.Fields(note)[0]+" "+strings.Fields(note)[1])
			if !d.compact() {
				d.reads(note)
				if vocab.Read(c, screening.MustIndex(id)) != vocab.Prompt(c, screening.MustIndex(id)) {
					d.reads(c.F("tui.counsellor.written", "text", vocab.Prompt(c, screening.MustIndex(id))))
				}
			}
			d.has("d " + c.T("tui.help.dont_know"))
		}

		check()
		d.press("d") // setting: undecided, so the provider questions come
		if !strings.Contains(d.screen(), c.T("opt.setting.undecided")) {
			t.Errorf("no notice of what was noted:\n%s", d.screen())
		}
		check()
		d.press("d") // ptsd: unsure
		check()
		d.has(c.T("tui.help.dont_know_skip"))
		d.press("d") // adult: no not-sure answer, left unanswered
		check()
		d.has(c.F("tui.counsellor.recorded.skipped", "question", c.F("tui.quote", "text", vocab.LabelOf(c, "adult"))))
		d.choose("no") // crisis
		for d.question() != "other_meds" {
			check()
			d.choose("no")
		}
		check()
		d.press("home", "x") // a tick, then "doesn't know" after all
		d.press("d")
		for d.question() != "therapists" {
			check()
			d.choose("no")
		}
		check()
		d.press("d")
		for d.on() == "question" {
			check()
			d.choose("yes")
		}
		if d.on() != "review" {
			t.Fatalf("not at the review:\n%s", d.screen())
		}
		if len(seen) != d.asked() {
			t.Errorf("%d questions shown, %d asked", len(seen), d.asked())
		}

		a := d.m.Answers()
		want := map[string]string{
			"setting": "undecided", "ptsd": "unsure", "crisis": "no",
			"other_meds": "unsure", "therapists": "unknown", "boundaries": "yes",
			"substance_use": "no", "past_experience": "yes",
		}
		for id, v := range want {
			if got := strings.Join(a.Values(screening.MustIndex(id)), ","); got != v {
				t.Errorf("%s = %q, want %q", id, got, v)
			}
		}
		if a.Answered(screening.MustIndex("adult")) {
			t.Error("adult was answered; doesn't know must leave it unanswered")
		}

		d.has(c.T("tui.counsellor.review.title"), c.T("tui.counsellor.review.show"))
		d.press("enter")
		if d.on() != "summary" {
			t.Fatalf("not at the summary:\n%s", d.screen())
		}
		r := report.Build(a, report.Options{Lang: d.lang, Counsellor: true})
		d.has(c.T("render.readback"), r.Readback[0])
		doc := d.document()
		last := 0
		for _, s := range r.Readback {
			i := strings.Index(doc[last:], flat(s))
			if i < 0 {
				t.Fatalf("the read-back lacks %q, or not in order", s)
			}
			last += i
		}
		if rep := strings.Index(doc, flat(c.T("report.title"))); rep < last {
			t.Error("the full report does not come after the read-back")
		}
		for _, s := range []string{r.Headline, c.T("report.disclaimer"), "70 201 201"} {
			if !strings.Contains(doc, flat(s)) {
				t.Errorf("the summary lacks %q", s)
			}
		}
		// r jumps to the full report and back.
		d.press("r")
		d.has(c.T("tui.counsellor.summary.report"), c.T("report.title"), "r "+c.T("tui.help.readback"))
		d.lacks(c.T("render.readback"))
		d.press("r")
		d.has(c.T("render.readback"), "r "+c.T("tui.help.report"))

		d.press("q")
		d.quits("y", 0)
		if msg := d.stderr; !strings.Contains(msg.String(), c.T("tui.counsellor.closed")) {
			t.Errorf("closing message %q", msg.String())
		}
	})
}

// TestCounsellorDontKnowOnCrisis: "doesn't know" on crisis is unsure, and
// the help shows at once, worded for the counsellor.
func TestCounsellorDontKnowOnCrisis(t *testing.T) {
	eachCounsellorAt(t, "crisis", func(t *testing.T, d *driver) {
		c := d.cat
		d.reads(c.T("tui.counsellor.note.urgent"), c.T("q.crisis.note"))
		d.press("d")
		if d.on() != "crisis" {
			t.Fatalf("doesn't know on crisis did not show the help:\n%s", d.screen())
		}
		if got := d.m.Answers().Values(screening.MustIndex("crisis")); strings.Join(got, ",") != "unsure" {
			t.Fatalf("crisis = %v, want unsure", got)
		}
		d.has(c.T("tui.counsellor.crisis.title"), c.T("tui.counsellor.crisis.go_on"), "70 201 201")
		d.press("enter") // stop here: where the cursor starts
		d.has(c.T("tui.counsellor.ended.intro"), "112")
	})
}

// TestDontKnowOnlyForCounsellors: in the person's own screening d does
// nothing and is not in the key help.
func TestDontKnowOnlyForCounsellors(t *testing.T) {
	c := i18n.MustLoad(i18n.En)
	d := newDriver(t, i18n.En, 80, 24)
	d.press("enter")
	d.to("ptsd")
	d.lacks(c.T("tui.help.dont_know"))
	d.press("d", "n")
	if d.question() != "ptsd" || d.m.Answers().Answered(screening.MustIndex("ptsd")) {
		t.Fatal("d answered a question outside counsellor mode")
	}
	d.enterThrough("summary")
	before := d.screen()
	d.press("r") // not a key of the person's summary: it does nothing
	if d.quit || d.on() != "summary" || d.screen() != before {
		t.Fatalf("r on the person's summary did something:\n%s", d.screen())
	}
}

// TestCounsellorShortScreen: at 80x24 other_meds is short: it shows the
// start of the note, and its answers (all of them, unless even a note of
// one line leaves too little room); n shows the whole note and the
// written question, the answers scrolling.
func TestCounsellorShortScreen(t *testing.T) {
	eachCounsellorAt(t, "other_meds", func(t *testing.T, d *driver) {
		c := d.cat
		if !d.compact() {
			t.Fatal("other_meds fits 80x24 whole; the test needs a short screen")
		}
		q := screening.MustIndex("other_meds")
		d.noteGivesWay()
		d.has("…", "n "+c.T("tui.help.note_more"))
		d.lacks(c.T("tui.counsellor.written")[:8])
		short := d.screen()
		d.press("n")
		d.reads(c.T("q.other_meds.note"), c.F("tui.counsellor.written", "text", c.T("q.other_meds.prompt")),
			c.T("tui.multi.more"), "n "+c.T("tui.help.note_less"))
		d.press("n")
		if d.screen() != short {
			t.Fatalf("n twice did not give the short screen back:\n%s", d.screen())
		}
		// At 120x40 all of it fits.
		d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
		if d.compact() || d.listCut() {
			t.Fatalf("other_meds is short at 120x40:\n%s", d.screen())
		}
		d.reads(c.T("q.other_meds.note"))
		d.has(optionLabels(c, q)...)
	})
}

// TestNoCounsellorNoteInPersonScreens walks the person's own screening
// through every screen, in both languages and sizes: no counsellor note,
// nor its first sentence, nor the read-aloud wording's label, is shown.
func TestNoCounsellorNoteInPersonScreens(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs {
		c := i18n.MustLoad(lang)
		var notes []string
		for _, q := range screening.Questions() {
			note := vocab.Note(c, q.Pos())
			notes = append(notes, flat(note))
			if i := strings.Index(note, ". "); i > 20 {
				notes = append(notes, flat(note[:i]))
			}
		}
		notes = append(notes, c.T("tui.counsellor.note"), c.T("tui.counsellor.note.urgent"),
			strings.TrimSpace(strings.Split(c.T("tui.counsellor.read"), "{")[0]))
		for _, size := range [][2]int{{80, 24}, {100, 30}} {
			for _, setting := range []string{"underground", "learning"} {
				d := newDriver(t, lang, size[0], size[1])
				screens := []string{d.screen()}
				d.press("enter")
				d.choose(setting)
				for d.on() != "summary" {
					screens = append(screens, d.screen())
					if d.on() == "crisis" {
						d.press("enter") // the end screen too
						screens = append(screens, d.screen(), d.document())
						d = newDriver(t, lang, size[0], size[1])
						d.press("enter")
						d.choose(setting)
						d.to("crisis")
						d.choose("no")
						continue
					}
					d.press("enter")
				}
				screens = append(screens, d.document())
				d.press("s")
				screens = append(screens, d.screen())
				for _, s := range screens {
					for _, n := range notes {
						if strings.Contains(unbar(s), n) {
							t.Fatalf("%s %v: a person's screen holds counsellor text %q:\n%s", lang, size, n, s)
						}
					}
				}
			}
		}
		// Nor the counsellor's own summary: the notes never go in a report.
		d := newCounsellorDriver(t, lang, 80, 24)
		d.press("enter")
		d.enterThrough("summary")
		for _, n := range notes[:len(notes)-3] {
			if strings.Contains(d.document(), n) {
				t.Fatalf("%s: the counsellor's summary holds the note %q", lang, n)
			}
		}
	}
}

// TestCounsellorAsksNoIdentity: no text of the TUI or the plain prompts
// invites the caller's name or contact details, and the only thing typed
// in the whole TUI is a file name, when the counsellor chooses to save.
func TestCounsellorAsksNoIdentity(t *testing.T) {
	ask := regexp.MustCompile(`(?i)(what is your name|your name\b|hvad hedder du|dit navn|your (phone|number|e-?mail|address)|(dit|dit tele?fon)nummer|din (e-?mail|adresse|mail)|cpr)`)
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, k := range c.Keys() {
			if (strings.HasPrefix(k, "tui.") || strings.HasPrefix(k, "plain.") || strings.HasSuffix(k, ".read")) && ask.MatchString(c.T(k)) {
				t.Errorf("%s %s invites a name or contact detail: %q", l, k, c.T(k))
			}
		}
	}
	d := newCounsellorDriver(t, i18n.Da, 80, 24)
	d.press("enter")
	d.enterThrough("summary")
	d.press("s")
	if d.on() != "save" {
		t.Fatal("s did not open saving")
	}
	d.has(i18n.MustLoad(i18n.Da).T("tui.counsellor.save.intro")[:40])
	d.press("enter")
	d.has(i18n.MustLoad(i18n.Da).T("tui.save.default") + ".txt")
	d.press("esc")
	if d.on() != "summary" {
		t.Fatal("esc did not go back to the summary")
	}
}

// TestCounsellorScreensFit walks a counsellor's call at 80x24 and 100x30
// in both languages, going back and changing answers on the way: every
// screen has exactly its lines, none wider than the terminal, and the key
// help at the bottom.
func TestCounsellorScreensFit(t *testing.T) {
	t.Parallel()
	eachFitSize(t, true, func(d *driver, lang i18n.Lang, size [2]int) {
		check := func() {
			t.Helper()
			d.fits(lang, size[0], size[1])
			if d.on() == "welcome" && d.scrolls() {
				t.Fatalf("%s %v: the counsellor's welcome does not fit:\n%s", lang, size, d.screen())
			}
			if d.on() == "question" {
				d.noteGivesWay()
			}
		}
		check()
		d.press("enter")
		d.choose("underground")
		d.press("shift+tab") // back: the previous answer line
		check()
		d.press("enter")
		for d.on() != "summary" {
			check()
			if d.on() == "question" {
				d.press("d")
			} else {
				d.onward()
			}
		}
		check()
		d.press("s")
		check()
	})
}

// TestCounsellorCrisisReadback: after a crisis answer, the read-back is
// the crisis read-back, its sentences numbered in order, and the
// counsellor's note among them unnumbered, under the label of an urgent
// note, so that it is never read out.
func TestCounsellorCrisisReadback(t *testing.T) {
	eachCounsellorAt(t, "crisis", func(t *testing.T, d *driver) {
		c := d.cat
		d.choose("yes")
		d.enterThrough("summary")
		r := report.Build(d.m.Answers(), report.Options{Lang: d.lang, Counsellor: true})
		doc := d.document()
		for i, s := range r.Readback {
			if !strings.Contains(doc, strconv.Itoa(i+1)+". "+flat(s)) {
				t.Fatalf("sentence %d %q is not in the read-back:\n%s", i+1, s, doc)
			}
		}
		var note string
		for _, l := range r.ReadbackLines {
			if l.Note {
				note = l.Text
			}
		}
		if note == "" {
			t.Fatal("the crisis read-back has no counsellor's note")
		}
		if !strings.Contains(unbar(doc), flat(c.T("tui.counsellor.note.urgent")+" "+note)) {
			t.Fatalf("the note is not shown as the counsellor's:\n%s", d.m.Document())
		}
		for _, line := range strings.Split(d.m.Document(), "\n") {
			if strings.Contains(line, c.T("tui.counsellor.note.urgent")) && regexp.MustCompile(`^\s*\d+\.`).MatchString(line) {
				t.Fatalf("the note is numbered: %q", line)
			}
		}
	})
}

// TestItemsAsLines: a finding that names more than three items shows them
// one a line in the summary, between its lead and its tail.
func TestItemsAsLines(t *testing.T) {
	eachLang(t, false, func(t *testing.T, d *driver) {
		d.press("enter")
		d.enterThrough("summary") // many "not sure" answers
		r := report.Build(d.m.Answers(), report.Options{Lang: d.lang})
		n := 0
		for _, f := range r.Findings {
			if !f.ItemsAsLines {
				continue
			}
			n++
			want := flat(f.ItemsLead + " - " + strings.Join(f.Items, " - ") + " " + f.ItemsTail)
			if doc := d.document(); !strings.Contains(doc, want) || strings.Contains(doc, flat(f.Explanation)) {
				t.Fatalf("%s: the items are not one a line:\n%s", f.Rule, d.m.Document())
			}
		}
		if n == 0 {
			t.Fatal("no finding with its items as lines; the test needs one")
		}
	})
}
