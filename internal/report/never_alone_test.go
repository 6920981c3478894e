package report

import (
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// neverAlone are the four things no one may do on their own with a
// medicine, in each language: every medication finding names them all
// (contract: "never stop, pause, lower or change a medicine on one's own").
var neverAlone = map[i18n.Lang][]string{
	i18n.En: {"stop", "pause", "lower", "change"},
	i18n.Da: {"stoppe", "pause", "sætte dosis ned", "ændre"},
}

// TestMedicationNeverAlone checks every medication finding, for each
// medicine alone and for the SSRI, in both languages: its explanation
// names all four things not to do on one's own.
func TestMedicationNeverAlone(t *testing.T) {
	cases := [][]string{in("learning", "ssri=yes")}
	q := screening.MustIndex("other_meds")
	for _, o := range screening.QuestionAt(q).Options {
		if o != "none" {
			cases = append(cases, in("learning", "other_meds="+o))
		}
	}
	cases = append(cases, in("learning", "crisis=yes", "other_meds=maoi+lithium+hiv_booster"))
	for _, answers := range cases {
		for _, l := range i18n.Langs {
			r := Build(answersOf(t, answers...), Options{Lang: l})
			found := false
			for _, f := range r.Findings {
				if f.Category != "medication" {
					continue
				}
				found = true
				text := strings.ToLower(f.Explanation)
				for _, w := range neverAlone[l] {
					if !strings.Contains(text, w) {
						t.Errorf("%v %s: %s does not say %q:\n%s", answers, l, f.Rule, w, f.Explanation)
					}
				}
			}
			if !found {
				t.Errorf("%v %s: no medication finding", answers, l)
			}
		}
	}
}

// TestSelfUseSaysDont checks that the self-use finding says not to take
// MDMA outside therapy whatever the headline is (the crisis, a stop about
// the person, the heart, or self-use itself), in the text and read-back.
func TestSelfUseSaysDont(t *testing.T) {
	want := map[i18n.Lang][2]string{
		i18n.En: {"Do not take MDMA on your own, with friends or at a party.", "Please don't take MDMA outside therapy."},
		i18n.Da: {"Tag ikke MDMA alene, med venner eller til en fest.", "Lad være med at tage MDMA uden for terapi."},
	}
	for _, answers := range [][]string{
		in("learning", "self_use=yes"),
		in("learning", "self_use=yes", "bipolar1=yes"),
		in("learning", "self_use=yes", "heart=yes"),
		in("learning", "self_use=yes", "crisis=unsure"),
	} {
		for _, l := range i18n.Langs {
			r := Build(answersOf(t, answers...), Options{Lang: l, Counsellor: true})
			fired := false
			for _, f := range r.Findings {
				if f.Rule == "self-use" {
					fired = true
					if !strings.Contains(f.Explanation, want[l][0]) {
						t.Errorf("%v %s (headline %s): no %q in\n%s", answers, l, r.HeadlineKind, want[l][0], f.Explanation)
					}
				}
			}
			if !fired {
				t.Errorf("%v %s: self-use did not fire", answers, l)
			}
			if r.HeadlineKind == "urgent" {
				continue // the crisis read-back is only the crisis
			}
			if !strings.Contains(strings.Join(r.Readback, " "), want[l][1]) {
				t.Errorf("%v %s (headline %s): the read-back lacks %q", answers, l, r.HeadlineKind, want[l][1])
			}
		}
	}
}
