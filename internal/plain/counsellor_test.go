package plain

import (
	"reflect"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// runCounsellor runs a counsellor's screening fed with lines.
func runCounsellor(t *testing.T, lang i18n.Lang, tty bool, lines ...string) result {
	t.Helper()
	return runConfig(t, Config{Lang: lang, Counsellor: true, InTTY: tty}, strings.Join(lines, "\n")+"\n")
}

// inOrder fails unless s holds every text in this order.
func inOrder(t *testing.T, s string, texts ...string) {
	t.Helper()
	rest := s
	for _, x := range texts {
		i := strings.Index(rest, x)
		if i < 0 {
			t.Fatalf("lacks %q (in order):\n%s", x, s)
		}
		rest = rest[i+len(x):]
	}
}

// TestCounsellorRun runs a counsellor's call as plain prompts in both
// languages, with "doesn't know" (0) on setting, a yes/no/unsure question,
// adult, crisis, other_meds and therapists: the not-sure option is noted
// (adult is left unanswered), the crisis help is printed at once, and the
// report on stdout is the counsellor's, read-back first.
func TestCounsellorRun(t *testing.T) {
	lines := []string{
		"0",                               // setting: undecided
		"0",                               // ptsd: unsure
		"0",                               // adult: unanswered
		"0",                               // crisis: unsure, the help at once
		"1",                               // the choice: go on
		"2", "2", "2", "2", "2", "2", "2", // suicide_history .. substance_use, ssri
		"0",           // other_meds: ["unsure"]
		"2", "2", "2", // heart, blood_pressure, pregnant
		"0",                               // therapists: unknown
		"1", "1", "1", "1", "1", "2", "1", // preparation .. boundaries
		"2", "2", "1", "2", // self_use .. past_experience
		"", // the review: the report
	}
	want := map[string]any{
		"setting": "undecided", "ptsd": "unsure", "crisis": "unsure", "suicide_history": "no",
		"bipolar1": "no", "schizophrenia": "no", "psychosis": "no", "family_psychosis": "no",
		"substance_use": "no", "ssri": "no", "other_meds": []string{"unsure"},
		"heart": "no", "blood_pressure": "no", "pregnant": "no",
		"therapists": "unknown", "preparation": "yes", "integration": "yes", "medical_supervision": "yes",
		"qualified": "yes", "supervised": "yes", "substance_known": "no", "boundaries": "yes",
		"self_use": "no", "expectations": "no", "support": "yes", "past_experience": "no",
	}
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			c := i18n.MustLoad(lang)
			r := runCounsellor(t, lang, false, lines...)
			if r.code != 0 {
				t.Fatalf("exit %d: %v\n%s", r.code, r.runErr, r.err)
			}
			wantA := answersOf(t, want)
			if !reflect.DeepEqual(*r.answers, wantA) {
				t.Errorf("answers:\n got %v\nwant %v", dump(r.answers), dump(&wantA))
			}
			rep := report.Build(&wantA, report.Options{Lang: lang, Counsellor: true})
			if r.out != string(report.Text(rep)) {
				t.Errorf("stdout is not the counsellor's report of the answers:\n%s", r.out)
			}
			inOrder(t, flatten(r.out), c.T("render.readback"), flatten(rep.Readback[0]), flatten(rep.Readback[len(rep.Readback)-1]), c.T("report.title"))

			quote := func(s string) string { return c.F("plain.quote", "text", s) }
			inOrder(t, r.err,
				c.F("plain.intro.counsellor", "dont_know", "0"),
				c.F("plain.read", "text", c.T("q.setting.read")),
				c.F("plain.note", "text", c.T("q.setting.note")),
				c.F("plain.keys.single.counsellor", "n", "5", "dont_know", "0"),
				c.F("plain.recorded", "answer", quote(c.T("opt.setting.undecided"))),
				c.F("plain.recorded", "answer", quote(c.T("opt.unsure"))),
				c.F("plain.read", "text", c.T("q.adult.read")),
				c.F("plain.keys.single_two.counsellor_skip", "dont_know", "0"),
				c.T("plain.recorded.skipped"),
				c.F("plain.read", "text", c.T("q.crisis.read")),
				c.F("plain.recorded", "answer", quote(c.T("opt.unsure"))),
				c.T("plain.crisis.title.counsellor"), "70 201 201", c.T("plain.crisis.go_on.counsellor"),
				c.T("plain.crisis.next.prompt"), c.T("opt.crisis_next.stop"),
				c.F("plain.read", "text", c.T("q.other_meds.read")),
				c.F("plain.keys.multi.counsellor", "n", "12", "dont_know", "0"),
				c.F("plain.recorded", "answer", quote(c.T("opt.other_meds.unsure"))),
				c.F("plain.recorded", "answer", quote(c.T("opt.therapists.unknown"))),
				c.T("plain.review.title.counsellor"),
			)
			// The person's wording is not the prompt; the notes never reach
			// the report.
			if strings.Contains(r.err, c.T("q.setting.prompt")) {
				t.Error("the counsellor's prompt shows the person's question")
			}
			for _, id := range []string{"setting", "crisis", "other_meds", "adult"} {
				if strings.Contains(flatten(r.out), flatten(vocab.Note(c, screening.MustIndex(id)))) {
					t.Errorf("the report holds the note on %s", id)
				}
			}
		})
	}
}

func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestCounsellorHelpAndErrors: ? shows the written question first; a line
// that fits nothing names 0 among what is allowed; 0 is no answer in the
// person's own screening.
func TestCounsellorHelpAndErrors(t *testing.T) {
	c := i18n.MustLoad(i18n.En)
	r := runCounsellor(t, i18n.En, true, "?", "0", "maybe", "0")
	inOrder(t, r.err,
		c.F("plain.written", "text", c.T("q.setting.prompt")), c.T("q.setting.help"),
		c.F("plain.help.keys.counsellor", "dont_know", "0"),
		c.F("plain.recorded", "answer", `"`+c.T("opt.setting.undecided")+`"`),
		`"maybe" doesn't match any of the answers. `+c.F("plain.keys.single.counsellor", "n", "3", "dont_know", "0"))

	r = runCounsellor(t, i18n.Da, false, "maybe")
	if r.code != exit.Usage || !strings.Contains(r.runErr.Error(), "tegnene 0, <, ? og -") {
		t.Errorf("exit %d, error %v", r.code, r.runErr)
	}

	p := runLines(t, i18n.En, false, "0")
	if p.code != exit.Usage || !strings.Contains(p.runErr.Error(), `"0" doesn't match`) {
		t.Errorf("0 outside counsellor mode: exit %d, %v", p.code, p.runErr)
	}
	if strings.Contains(p.err, c.T("plain.recorded.skipped")) || strings.Contains(p.err, "or 0 if") {
		t.Error("the person's prompts mention the counsellor's 0")
	}
}
