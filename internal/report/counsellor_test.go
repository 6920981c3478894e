package report

import (
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// TestNoCounsellorNoteInReports checks that no counsellor note, nor its
// first sentence, appears in any report, the counsellor's read-back
// included: notes are for the counsellor's eyes only.
func TestNoCounsellorNoteInReports(t *testing.T) {
	notes := map[i18n.Lang][]string{}
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for q := range screening.NumQuestions {
			note := vocab.Note(c, q)
			notes[l] = append(notes[l], note)
			if i := strings.Index(note, ". "); i > 20 {
				notes[l] = append(notes[l], note[:i])
			}
		}
	}
	for b := range reports(t, false, true) {
		for _, f := range []string{"json", "text", "markdown"} {
			out, err := Render(b.r, f)
			if err != nil {
				t.Fatal(err)
			}
			s := flat(string(out))
			for _, n := range notes[b.lang] {
				if strings.Contains(s, flat(n)) {
					t.Errorf("%s.%s.%s (counsellor %v): holds the counsellor note %q", b.name, b.lang, f, b.counsellor, n)
				}
			}
		}
	}
}

// TestReadback checks the read-back's order: only the crisis read-back
// when crisis fired; otherwise the headline, the findings, next steps,
// help and disclaimer; Børnetelefonen exactly when adult is not yes; a
// caller's report has none.
func TestReadback(t *testing.T) {
	for b := range reports(t, true) {
		name, l, a, r := b.name, b.lang, b.a, b.r
		c := i18n.MustLoad(l)
		rb := r.Readback
		crisis := false
		for _, f := range r.Findings {
			crisis = crisis || f.Rule == "crisis"
		}
		if crisis {
			if rb[0] != c.T("readback.crisis.safe") {
				t.Errorf("%s.%s: crisis fired but the read-back starts %q", name, l, rb[0])
			}
			if rb[len(rb)-1] != c.T("readback.crisis.not_assessment") {
				t.Errorf("%s.%s: crisis read-back ends %q", name, l, rb[len(rb)-1])
			}
			if contains(rb, c.T("readback.crisis.note")) {
				t.Errorf("%s.%s: the counsellor's note is read aloud", name, l)
			}
			if vocab.MaybeMinor(a) != contains(rb, c.T(childKey("readback.crisis.child", a))) {
				t.Errorf("%s.%s: Børnetelefonen in crisis read-back %v, adult %v", name, l, !vocab.MaybeMinor(a), r.Answers["adult"])
			}
		} else {
			head := rb
			if a.AlertUnanswered() { // how the caller is, before the headline
				if rb[0] != c.T("readback.crisis_unanswered") {
					t.Errorf("%s.%s: crisis unanswered, but the read-back starts %q", name, l, rb[0])
				}
				head = rb[1:]
			}
			if head[0] != c.T("readback.headline."+r.HeadlineKind) {
				t.Errorf("%s.%s: read-back headline %q", name, l, head[0])
			}
			if rb[len(rb)-1] != c.T("readback.disclaimer") {
				t.Errorf("%s.%s: read-back ends %q", name, l, rb[len(rb)-1])
			}
			if vocab.MaybeMinor(a) != contains(rb, c.T(childKey("readback.help_child", a))) {
				t.Errorf("%s.%s: Børnetelefonen in read-back %v, adult %v", name, l, !vocab.MaybeMinor(a), r.Answers["adult"])
			}
		}
		if caller := Build(a, Options{Lang: l}); caller.Readback != nil || caller.ReadbackLines != nil {
			t.Errorf("%s.%s: a caller report has a read-back", name, l)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestReadbackVariants checks the read-back's lines that depend on the
// answers: the HIV warning said aloud, Børnetelefonen said plainly to a
// caller known to be under 18, the trial team in a trial, and a
// "not sure" not read back as a "yes".
func TestReadbackVariants(t *testing.T) {
	words := func(c *i18n.Catalog, key string) string { // a whole line, or its end after {items}
		if _, after, ok := strings.Cut(c.T(key), "{items}"); ok {
			return after + "\n"
		}
		return "\n" + c.T(key) + "\n"
	}
	for _, tt := range []struct {
		name    string
		answers []string
		has     []string // keys whose text (or its part after {items}) is in the read-back
		not     []string
	}{
		{"hiv", in("learning", "other_meds=hiv_booster"), []string{"rule.dangerous-interaction.readback_hiv"}, nil},
		{"no hiv", in("learning", "other_meds=maoi"), nil, []string{"rule.dangerous-interaction.readback_hiv"}},
		{"known minor", in("learning", "adult=no"), []string{"readback.help_child_known"}, []string{"readback.help_child"}},
		{"maybe minor", in("learning", "adult="), []string{"readback.help_child"}, []string{"readback.help_child_known"}},
		{"trial", in("clinical_trial", "trust=unsure"), []string{"rule.provider-unclear.readback_clinical"}, []string{"rule.provider-unclear.readback"}},
		{"underground", in("underground", "trust=unsure"), []string{"rule.provider-unclear.readback"}, []string{"rule.provider-unclear.readback_clinical"}},
		{"suicide history unsure", in("learning", "suicide_history=unsure"),
			[]string{"rule.suicide-history.readback_unsure"}, []string{"rule.suicide-history.readback"}},
	} {
		for _, l := range i18n.Langs {
			c := i18n.MustLoad(l)
			r := Build(answersOf(t, tt.answers...), Options{Lang: l, Counsellor: true})
			said := "\n" + strings.Join(r.Readback, "\n") + "\n"
			for _, k := range tt.has {
				if !strings.Contains(said, words(c, k)) {
					t.Errorf("%s/%s: %s not read back:%s", tt.name, l, k, said)
				}
			}
			for _, k := range tt.not {
				if strings.Contains(said, words(c, k)) {
					t.Errorf("%s/%s: %s read back:%s", tt.name, l, k, said)
				}
			}
		}
	}
}
