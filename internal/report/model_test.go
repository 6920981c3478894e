package report

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// benign answers every always-asked question without raising anything,
// for setting = learning; provider answers the provider questions
// protectively.
var (
	benign = []string{"setting=learning", "ptsd=yes", "adult=yes", "crisis=no", "suicide_history=no", "bipolar1=no",
		"schizophrenia=no", "psychosis=no", "family_psychosis=no", "substance_use=no", "ssri=no",
		"other_meds=none", "heart=no", "blood_pressure=no", "pregnant=no", "self_use=no",
		"expectations=no", "support=yes", "past_experience=no"}
	provider = []string{"therapists=two_or_more", "preparation=yes", "integration=yes",
		"medical_supervision=yes", "qualified=yes", "supervised=yes", "boundaries=yes", "trust=yes"}
)

// answersOf builds answers from "id=value" pairs (multi values joined by
// +); a later pair replaces an earlier one, "id=" drops the answer, and
// answers to questions not asked are dropped.
func answersOf(t testing.TB, pairs ...string) *screening.Answers {
	t.Helper()
	vals := map[string]string{}
	for _, p := range pairs {
		id, v, ok := strings.Cut(p, "=")
		if !ok {
			t.Fatalf("bad pair %q", p)
		}
		vals[id] = v
	}
	var a screening.Answers
	for q := range screening.NumQuestions {
		v := vals[screening.QuestionAt(q).ID]
		if v == "" || !a.Asked(q) {
			continue
		}
		if err := a.SetValues(q, strings.Split(v, "+")...); err != nil {
			t.Fatalf("%s=%s: %v", screening.QuestionAt(q).ID, v, err)
		}
	}
	return &a
}

func in(setting string, more ...string) []string {
	out := append(slices.Clone(benign), "setting="+setting)
	if setting != "learning" {
		out = append(out, provider...)
	}
	return append(out, more...)
}

func TestHeadlineKind(t *testing.T) {
	tests := []struct {
		name    string
		answers []string
		kind    string
		// advice are the person's stop advice the headline ends with
		// (suffixes of "stop.person.").
		advice []string
	}{
		{"crisis over a person's stop", in("clinical_trial", "crisis=unsure", "bipolar1=yes"), "urgent", nil},
		{"person", in("learning", "pregnant=yes"), "stop.person", []string{"ptsd"}},
		{"person, ptsd no", in("learning", "pregnant=yes", "ptsd=no"), "stop.person", nil},
		{"person, ptsd unsure", in("learning", "pregnant=yes", "ptsd=unsure"), "stop.person", []string{"ptsd"}},
		{"person, adult unanswered", in("learning", "pregnant=yes", "ptsd=no", "adult="), "stop.person", nil},
		{"person in a trial", in("clinical_trial", "psychosis=yes"), "stop.person.clinical_trial", []string{"ptsd"}},
		{"person in a clinic", in("approved_clinic", "other_meds=lithium"), "stop.person.approved_clinic", []string{"ptsd"}},
		{"person in a clinic, under 18", in("approved_clinic", "adult=no", "ptsd=no"), "stop.person.approved_clinic", []string{"minor"}},
		{"person underground", in("underground", "adult=no"), "stop.person", []string{"ptsd", "minor"}},
		{"person over offer and setting", in("approved_clinic", "schizophrenia=yes", "preparation=no", "heart=yes", "medical_supervision=no"), "stop.person.approved_clinic", []string{"ptsd"}},
		{"person in this setting", in("learning", "heart=yes", "self_use=yes"), "stop.setting", nil},
		{"person in this setting, in a clinic", in("approved_clinic", "blood_pressure=yes", "medical_supervision=unsure", "qualified=no"), "stop.setting", nil},
		{"outside therapy", in("learning", "self_use=yes"), "stop.outside", nil},
		{"outside therapy over offer", in("underground", "self_use=yes"), "stop.outside", nil},
		{"offer", in("underground"), "stop.offer", nil},
		{"offer in a trial", in("clinical_trial", "trust=no"), "stop.offer.clinical_trial", nil},
		{"offer in a clinic", in("approved_clinic", "integration=no"), "stop.offer.approved_clinic", nil},
		{"caution doctor", in("learning", "ssri=yes"), "caution.doctor", nil},
		{"caution doctor: support", in("learning", "support=unsure"), "caution.doctor", nil},
		{"caution doctor: suicide history", in("learning", "suicide_history=unsure"), "caution.doctor", nil},
		{"caution doctor: incomplete", in("learning", "heart="), "caution.doctor", nil},
		{"caution provider", in("approved_clinic", "therapists=one"), "caution.provider", nil},
		{"caution provider: boundaries", in("clinical_trial", "boundaries=no"), "caution.provider", nil},
		{"caution provider: unclear", in("clinical_trial", "trust=unsure"), "caution.provider", nil},
		{"caution both", in("undecided", "substance_known=no", "heart=yes"), "caution.both", nil},
		{"none with notes", in("learning"), "none.notes", nil},
		{"none empty", in("clinical_trial"), "none.empty", nil},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			t.Run(tt.name+"/"+string(l), func(t *testing.T) {
				c := i18n.MustLoad(l)
				r := Build(answersOf(t, tt.answers...), Options{Lang: l, Counsellor: true})
				if r.HeadlineKind != tt.kind {
					t.Fatalf("headline kind %q, want %q", r.HeadlineKind, tt.kind)
				}
				want := c.T("headline." + tt.kind)
				for _, k := range tt.advice {
					want += " " + c.T("stop.person."+k)
				}
				if r.Headline != want {
					t.Errorf("headline %q\nwant %q", r.Headline, want)
				}
				if tt.kind != "urgent" && r.Readback[0] != c.T("readback.headline."+tt.kind) {
					t.Errorf("read-back starts %q", r.Readback[0])
				}
			})
		}
	}
}

// TestAdvice checks the advice added by the answers: the person's stop
// advice once, with the headline when the headline is the person's stop
// (only what it does not say already), else with the first finding about
// the person; the offer's advice in a trial or clinic; the emergency
// sentence; aftercare for children; and "they decide" nowhere else.
func TestAdvice(t *testing.T) {
	person := []string{"stop.person.ptsd", "stop.person.doctor", "stop.person.minor", "stop.person.clinical_trial", "stop.person.approved_clinic"}
	tests := []struct {
		name    string
		answers []string
		keys    map[string][]string // finding (or "headline") -> catalog keys its text holds
		not     map[string][]string // finding (or "headline") -> keys it must not hold
	}{
		{"person in a trial, ptsd", in("clinical_trial", "bipolar1=yes", "pregnant=yes"),
			map[string][]string{"headline": {"headline.stop.person.clinical_trial", "stop.person.ptsd"}},
			map[string][]string{"pregnant": person, "bipolar1": person,
				"headline": {"stop.person.doctor", "stop.person.minor", "stop.person.clinical_trial"}}},
		{"person under 18, no ptsd", in("learning", "adult=no", "ptsd=no"),
			map[string][]string{"headline": {"headline.stop.person", "stop.person.minor"}},
			map[string][]string{"under-18": person, "headline": {"stop.person.ptsd", "stop.person.doctor"}}},
		{"person under 18 in a clinic, ptsd unsure", in("approved_clinic", "adult=no", "ptsd=unsure"),
			map[string][]string{"headline": {"headline.stop.person.approved_clinic", "stop.person.ptsd", "stop.person.minor"}},
			map[string][]string{"under-18": person, "headline": {"stop.person.doctor", "stop.person.approved_clinic"}}},
		{"person after crisis", in("approved_clinic", "crisis=yes", "other_meds=maoi"),
			map[string][]string{"dangerous-interaction": {"med.maoi.text_crisis", "stop.person.ptsd", "stop.person.doctor", "stop.person.approved_clinic", "rule.dangerous-interaction.after"}},
			map[string][]string{"dangerous-interaction": {"med.maoi.text", "stop.person.minor"}, "crisis": person, "headline": person}},
		{"person after crisis, two person stops, under 18", in("learning", "crisis=unsure", "adult=no", "pregnant=yes", "ptsd=no"),
			map[string][]string{"under-18": {"stop.person.doctor", "stop.person.minor"}},
			map[string][]string{"under-18": {"stop.person.ptsd"}, "pregnant": person, "headline": person}},
		{"offer in a trial", in("clinical_trial", "trust=no", "boundaries=no"),
			map[string][]string{"no-trust": {"rule.no-trust.text_clinical"}},
			map[string][]string{"no-trust": {"stop.offer.clinical_trial", "stop.offer.approved_clinic", "stop.person.clinical_trial"}, "no-boundaries": {"stop.offer.clinical_trial"}}},
		{"offer in a clinic", in("approved_clinic", "qualified=no", "preparation=no"),
			map[string][]string{"no-preparation": {"stop.offer.approved_clinic"}, "unqualified": {"stop.offer.approved_clinic"}},
			map[string][]string{"unqualified": {"stop.person.approved_clinic", "stop.offer.clinical_trial"}}},
		{"offer outside a clinic", in("underground", "qualified=no"),
			map[string][]string{"underground": {"report.emergency_call"}},
			map[string][]string{"unqualified": {"stop.offer.clinical_trial", "stop.offer.approved_clinic"}, "underground": {"stop.offer.clinical_trial", "stop.offer.approved_clinic"}}},
		{"emergency sentences", in("undecided", "heart=yes", "self_use=unsure", "substance_known=unsure", "medical_supervision=no"),
			map[string][]string{"cardio-unsupervised": {"report.emergency_call"}, "self-use-unsure": {"report.emergency_call"},
				"unknown-substance": {"report.emergency_call"}, "underground-risk": {"report.emergency_call"}},
			map[string][]string{"heart": {"report.emergency_call"}, "legal-routes": {"report.emergency_call"}}},
		{"aftercare adult", in("learning", "past_experience=yes"), map[string][]string{}, map[string][]string{"aftercare": {"rule.aftercare.minor"}}},
		{"aftercare adult unanswered", in("learning", "past_experience=unsure", "adult="), map[string][]string{"aftercare": {"rule.aftercare.minor"}}, nil},
		{"no trust underground", in("underground", "trust=no"),
			map[string][]string{"no-trust": {"rule.no-trust.text"}},
			map[string][]string{"no-trust": {"rule.no-trust.text_clinical", "stop.offer.clinical_trial", "stop.offer.approved_clinic"}}},
		{"no trust in a clinic without preparation", in("approved_clinic", "trust=no", "preparation=no"),
			map[string][]string{"no-trust": {"rule.no-trust.text", "stop.offer.approved_clinic"}},
			map[string][]string{"no-trust": {"rule.no-trust.text_clinical"}}},
		{"crisis yes", in("learning", "crisis=yes"),
			map[string][]string{"crisis": {"rule.crisis.text"}}, map[string][]string{"crisis": {"rule.crisis.text_unsure"}}},
		{"crisis unsure", in("learning", "crisis=unsure"),
			map[string][]string{"crisis": {"rule.crisis.text_unsure"}}, map[string][]string{"crisis": {"rule.crisis.text"}}},
		{"suicide history yes", in("learning", "suicide_history=yes"),
			map[string][]string{"suicide-history": {"rule.suicide-history.text"}},
			map[string][]string{"suicide-history": {"rule.suicide-history.text_unsure"}}},
		{"suicide history unsure", in("learning", "suicide_history=unsure"),
			map[string][]string{"suicide-history": {"rule.suicide-history.text_unsure"}},
			map[string][]string{"suicide-history": {"rule.suicide-history.text"}}},
		{"aftercare yes", in("learning", "past_experience=yes"),
			map[string][]string{"aftercare": {"rule.aftercare.text"}}, map[string][]string{"aftercare": {"rule.aftercare.text_unsure"}}},
		{"aftercare unsure", in("learning", "past_experience=unsure"),
			map[string][]string{"aftercare": {"rule.aftercare.text_unsure"}}, map[string][]string{"aftercare": {"rule.aftercare.text"}}},
		{"two dangerous medicines", in("learning", "other_meds=maoi+lithium"),
			map[string][]string{"dangerous-interaction": {"rule.dangerous-interaction.after_many"}},
			map[string][]string{"dangerous-interaction": {"rule.dangerous-interaction.after"}}},
		{"hiv", in("learning", "other_meds=hiv_booster+snri"),
			map[string][]string{"dangerous-interaction": {"med.hiv_booster.text", "rule.dangerous-interaction.after_hiv"}, "interaction": {"med.snri.text", "rule.interaction.after"}},
			map[string][]string{"interaction": {"med.hiv_booster.text", "rule.dangerous-interaction.after_hiv"},
				"dangerous-interaction": {"med.snri.text", "rule.dangerous-interaction.after_many"}}},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			t.Run(tt.name+"/"+string(l), func(t *testing.T) {
				c := i18n.MustLoad(l)
				r := Build(answersOf(t, tt.answers...), Options{Lang: l})
				text := func(id string) string {
					if id == "headline" {
						return r.Headline
					}
					for _, f := range r.Findings {
						if f.Rule == id {
							return f.Explanation
						}
					}
					t.Fatalf("%s did not fire", id)
					return ""
				}
				for id, keys := range tt.keys {
					for _, k := range keys {
						if !strings.Contains(text(id), c.T(k)) {
							t.Errorf("%s lacks %s:\n%s", id, k, text(id))
						}
					}
				}
				for id, keys := range tt.not {
					for _, k := range keys {
						if strings.Contains(text(id), c.T(k)) {
							t.Errorf("%s holds %s:\n%s", id, k, text(id))
						}
					}
				}
				// Each piece of the person's stop advice at most once in the
				// report.
				for _, k := range person {
					n := strings.Count(r.Headline, c.T(k))
					for _, f := range r.Findings {
						n += strings.Count(f.Explanation, c.T(k))
					}
					if n > 1 {
						t.Errorf("%s %d times", k, n)
					}
				}
			})
		}
	}
}

// medicineWords name each medicine option, in both languages (lower case).
var medicineWords = map[string][]string{
	"maoi":          {"mao", "marplan", "moclobemid"},
	"lithium":       {"lithium"},
	"tramadol":      {"tramadol"},
	"hiv_booster":   {"ritonavir", "cobicistat", "hiv", "liverpool", "bracchi", "paxlovid"},
	"snri":          {"snri", "duloxetin", "venlafaxin", "hysek"},
	"bupropion":     {"bupropion"},
	"stimulant":     {"adhd", "stimulant", "centralstimulerende"},
	"antipsychotic": {"antipsycho", "antipsyko"},
}

// ssriOnly are words that belong to the SSRI and SNRI texts only: no
// tapering or Feduccia anywhere else.
var ssriOnly = []string{"feduccia", "farré", "paroxetin", "taper", "trappe", "come off", "kommet ud af"}

// TestSingleMedicine renders a report for each single medicine, in every
// format, language and mode: it names no other medicine, and tapering
// and Feduccia only in the SNRI report.
func TestSingleMedicine(t *testing.T) {
	q := screening.MustIndex("other_meds")
	for _, o := range screening.QuestionAt(q).Options {
		if o == "none" {
			continue
		}
		for _, l := range i18n.Langs {
			for _, counsellor := range []bool{false, true} {
				r := Build(answersOf(t, in("learning", "other_meds="+o)...), Options{Lang: l, Counsellor: counsellor})
				for _, f := range []string{"json", "text", "markdown"} {
					out, err := Render(r, f)
					if err != nil {
						t.Fatal(err)
					}
					s := strings.ToLower(string(out))
					where := fmt.Sprintf("%s.%s.%s (counsellor %v)", o, l, f, counsellor)
					for other, words := range medicineWords {
						if other == o {
							continue
						}
						for _, w := range words {
							if strings.Contains(s, w) {
								t.Errorf("%s: names %q (%s)", where, w, other)
							}
						}
					}
					for _, w := range ssriOnly {
						if strings.Contains(s, w) != (o == "snri" && (w == "feduccia" || w == "come off" || w == "kommet ud af")) && strings.Contains(s, w) {
							t.Errorf("%s: %q outside the SSRI/SNRI text", where, w)
						}
					}
				}
			}
		}
	}
	// The SSRI alone: Farré and Feduccia, nothing about other medicines.
	for _, l := range i18n.Langs {
		r := Build(answersOf(t, in("learning", "ssri=yes")...), Options{Lang: l, Counsellor: true})
		out, _ := Render(r, "text")
		s := strings.ToLower(string(out))
		for _, w := range []string{"farré", "feduccia"} {
			if !strings.Contains(s, w) {
				t.Errorf("ssri.%s: no %q", l, w)
			}
		}
		for other, words := range medicineWords {
			for _, w := range words {
				// The SSRI text names SNRIs once, as Feduccia et al. do.
				if strings.Contains(s, w) && w != "snri" {
					t.Errorf("ssri.%s: names %q (%s)", l, w, other)
				}
			}
		}
	}
}

// TestMedicationSources checks that a medication finding cites the
// sources of the medicines it names, in option order, each once; the
// SSRI finding cites what its text names (MAPS phase 3 among them).
func TestMedicationSources(t *testing.T) {
	c := i18n.MustLoad(i18n.En)
	tests := []struct {
		meds string
		rule string
		want []string
	}{
		{"lithium", "dangerous-interaction", []string{"tripsit"}},
		{"hiv_booster", "dangerous-interaction", []string{"dancesafe", "liverpool", "bracchi"}},
		{"maoi+lithium+hiv_booster", "dangerous-interaction", []string{"dancesafe", "tripsit", "sarparast", "liverpool", "bracchi"}},
		{"tramadol+maoi", "dangerous-interaction", []string{"dancesafe", "tripsit", "sarparast"}},
		{"snri+stimulant", "interaction", []string{"sarparast", "hysek", "maps.phase3", "feduccia", "tripsit"}},
		{"snri", "interaction", []string{"sarparast", "hysek", "maps.phase3", "feduccia"}},
		{"other_medicine", "interaction", []string{"method.medicine"}},
		{"unsure", "interaction", []string{"method.medicine.list"}},
		{"bupropion+antipsychotic+other_psychiatric", "interaction", []string{"sarparast", "maps.phase3", "method.medicine"}},
		{"none", "ssri", []string{"cepda.ikke-for-alle", "sarparast", "farre", "maps.phase3", "feduccia"}},
	}
	for _, tt := range tests {
		// ptsd = no: the person's stop advice adds no DSAM here.
		r := Build(answersOf(t, in("learning", "ptsd=no", "ssri=yes", "other_meds="+tt.meds)...), Options{Lang: i18n.En})
		var want []string
		for _, s := range tt.want {
			want = append(want, c.T("source."+s))
		}
		fired := false
		for _, f := range r.Findings {
			if f.Rule != tt.rule {
				continue
			}
			fired = true
			if !slices.Equal(f.Sources, want) {
				t.Errorf("%s: %s sources\n%q\nwant\n%q", tt.meds, tt.rule, f.Sources, want)
			}
		}
		if !fired {
			t.Errorf("%s: %s did not fire", tt.meds, tt.rule)
		}
	}
}

// TestAftercareMinorSources checks that the aftercare finding cites the
// sources of its text for a minor (barnets lov, and the help lines for
// Børnetelefonen) exactly when the person is not known to be an adult.
func TestAftercareMinorSources(t *testing.T) {
	c := i18n.MustLoad(i18n.En)
	base := []string{"cepda.forberedelse", "cepda.ressourcer", "offerraadgivningen", "patientklager", "assault-centres", "helplines.regions"}
	minor := append(slices.Clone(base), "barnets-lov", "helplines")
	tests := []struct {
		name    string
		answers []string
		want    []string
	}{
		{"adult", in("learning", "past_experience=yes"), base},
		{"minor", in("learning", "past_experience=yes", "adult=no"), minor},
		{"age unanswered", in("learning", "past_experience=unsure", "adult="), minor},
	}
	for _, tt := range tests {
		r := Build(answersOf(t, tt.answers...), Options{Lang: i18n.En})
		var want []string
		for _, s := range tt.want {
			want = append(want, c.T("source."+s))
		}
		fired := false
		for _, f := range r.Findings {
			if f.Rule == "aftercare" {
				fired = true
				if !slices.Equal(f.Sources, want) {
					t.Errorf("%s: sources\n%q\nwant\n%q", tt.name, f.Sources, want)
				}
			}
		}
		if !fired {
			t.Errorf("%s: aftercare did not fire", tt.name)
		}
	}
}

// TestPersonStopSources checks that the PTSD advice of the person's stop
// brings its source to one finding: the one it is attached to, or, when the
// advice goes with the headline, the first finding about the person.
func TestPersonStopSources(t *testing.T) {
	c := i18n.MustLoad(i18n.En)
	dsam := c.T("source.dsam")
	tests := []struct {
		answers []string
		with    string // the finding that cites DSAM, "" for none
	}{
		{in("learning", "crisis=yes", "other_meds=lithium", "pregnant=yes"), "pregnant"},
		{in("learning", "other_meds=lithium", "pregnant=yes"), "pregnant"},
		{in("learning", "ptsd=no", "other_meds=lithium", "pregnant=yes"), ""},
	}
	for _, tt := range tests {
		r := Build(answersOf(t, tt.answers...), Options{Lang: i18n.En})
		for _, f := range r.Findings {
			if slices.Contains(f.Sources, dsam) != (f.Rule == tt.with) {
				t.Errorf("%s (headline %s): sources %q", f.Rule, r.HeadlineKind, f.Sources)
			}
		}
	}
}

// TestHelpLists checks both help lists over many answer sets: the
// contract's order, Børnetelefonen exactly when adult is not yes, no
// Cepda in the crisis-first block, and 1813 and 1818 with their regions.
func TestHelpLists(t *testing.T) {
	for i, a := range sweepAnswers(t, 300) {
		for _, l := range i18n.Langs {
			c := i18n.MustLoad(l)
			r := Build(a, Options{Lang: l})
			adultYes := r.Answers["adult"] == "yes"
			keys := []string{"emergency", "bornetelefonen", "livslinien", "laegevagt", "psychiatric", "doctor", "cepda"}
			if adultYes {
				keys = slices.Delete(keys, 1, 2)
			}
			if got, want := helpNames(r.Help), helpKeys(c, keys); !slices.Equal(got, want) {
				t.Fatalf("set %d %s: help %q, want %q", i, l, got, want)
			}
			if r.HelpFirst != (a.CrisisAlert() || a.AlertUnanswered()) {
				t.Errorf("set %d %s: HelpFirst %v", i, l, r.HelpFirst)
			}
			if !r.HelpFirst && r.HelpFirstEntries != nil {
				t.Errorf("set %d %s: help-first entries without help first", i, l)
			}
			if r.HelpFirst {
				if got, want := helpNames(r.HelpFirstEntries), helpKeys(c, keys[:len(keys)-1]); !slices.Equal(got, want) {
					t.Errorf("set %d %s: help first %q, want %q", i, l, got, want)
				}
			}
			for _, h := range append(slices.Clone(r.Help), r.HelpFirstEntries...) {
				checkRegions(t, fmt.Sprintf("set %d %s: %s", i, l, h.Name), h.Name+" "+h.Contact+" "+h.When)
			}
		}
	}
}

func helpNames(hs []Help) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Name
	}
	return out
}

func helpKeys(c *i18n.Catalog, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = c.T("help." + k + ".name")
	}
	return out
}

var (
	re1813 = regexp.MustCompile(`1813`)
	re1818 = regexp.MustCompile(`1818`)
)

// checkRegions fails when 1813 or 1818 stands without its region within
// 60 characters.
func checkRegions(t *testing.T, where, s string) {
	t.Helper()
	s = flat(s)
	for _, x := range []struct {
		re     *regexp.Regexp
		region *regexp.Regexp
	}{{re1813, regexp.MustCompile(`Hovedstaden|Capital Region`)}, {re1818, regexp.MustCompile(`Sjælland`)}} {
		for _, loc := range x.re.FindAllStringIndex(s, -1) {
			if !x.region.MatchString(s[max(0, loc[0]-60):min(len(s), loc[1]+60)]) {
				t.Errorf("%s: %s without %s: …%s…", where, s[loc[0]:loc[1]], x.region, s[max(0, loc[0]-60):min(len(s), loc[1]+60)])
			}
		}
	}
}

// sweepAnswers generates n answer sets along the flow: each asked
// question answered at random, or left unanswered now and then.
func sweepAnswers(t testing.TB, n int) []*screening.Answers {
	t.Helper()
	rng := rand.New(rand.NewPCG(9, 2024))
	out := make([]*screening.Answers, 0, n)
	for range n {
		var a screening.Answers
		skip := rng.IntN(4) == 0 // some sets leave questions out
		for q := range screening.NumQuestions {
			if !a.Asked(q) || (skip && rng.IntN(5) == 0) {
				continue
			}
			qq := screening.QuestionAt(q)
			var vals []string
			if qq.Kind == screening.Multi {
				switch rng.IntN(4) {
				case 0:
					vals = []string{qq.Exclusive[rng.IntN(len(qq.Exclusive))]}
				default:
					for _, o := range qq.Options {
						if !slices.Contains(qq.Exclusive, o) && rng.IntN(4) == 0 {
							vals = append(vals, o)
						}
					}
					if len(vals) == 0 {
						vals = []string{qq.Options[rng.IntN(len(qq.Options)-len(qq.Exclusive))]}
					}
				}
			} else {
				vals = []string{qq.Options[rng.IntN(len(qq.Options))]}
			}
			if err := a.SetValues(q, vals...); err != nil {
				t.Fatalf("%s=%v: %v", qq.ID, vals, err)
			}
		}
		out = append(out, &a)
	}
	return out
}

var (
	emptyList   = regexp.MustCompile(`[,:;]\s*[.,;:]|\s[.,;:](\s|$)|\(\s*\)`)
	placeholder = regexp.MustCompile(`\{[a-z_]+\}`)
	missingKey  = regexp.MustCompile(`\[[a-z_]+\.[a-z_.\-]+\]`)
)

// TestSweep builds reports for generated answer sets, both languages,
// caller and counsellor, every format: no empty list, no placeholder, no
// missing text, no "you answered" over an unanswered question, every
// read-back sentence at most 30 words, and the crisis read-back opening
// with "are you safe right now?".
func TestSweep(t *testing.T) {
	for i, a := range sweepAnswers(t, 200) {
		for _, l := range i18n.Langs {
			c := i18n.MustLoad(l)
			for _, counsellor := range []bool{false, true} {
				r := Build(a, Options{Lang: l, Counsellor: counsellor})
				where := fmt.Sprintf("set %d %s counsellor %v", i, l, counsellor)
				for _, f := range r.Findings {
					checkFinding(t, where, c, f)
				}
				for _, format := range []string{"json", "text", "markdown"} {
					out, err := Render(r, format)
					if err != nil {
						t.Fatal(err)
					}
					s := string(out)
					for _, re := range []*regexp.Regexp{emptyList, placeholder, missingKey} {
						if loc := re.FindStringIndex(s); loc != nil {
							t.Errorf("%s %s: %q in …%s…", where, format, s[loc[0]:loc[1]], s[max(0, loc[0]-80):min(len(s), loc[1]+40)])
						}
					}
					checkRegions(t, where+" "+format, s)
				}
				if !counsellor {
					continue
				}
				if r.Findings[0].Rule == "crisis" != (r.Readback[0] == c.T("readback.crisis.safe")) {
					t.Errorf("%s: crisis fired %v, read-back starts %q", where, r.Findings[0].Rule == "crisis", r.Readback[0])
				}
				for _, line := range r.ReadbackLines {
					for _, sentence := range regexp.MustCompile(`[.!?]["»”)]?\s+`).Split(line.Text, -1) {
						if n := len(strings.Fields(sentence)); n > 30 {
							t.Errorf("%s: %d words: %q", where, n, sentence)
						}
					}
					checkRegions(t, where+" read-back", line.Text)
				}
			}
		}
	}
}

// TestCrisisReadback pins the crisis read-back's order and first
// sentence.
func TestCrisisReadback(t *testing.T) {
	first := map[i18n.Lang]string{i18n.En: "Are you safe right now?", i18n.Da: "Er du i sikkerhed lige nu?"}
	for _, adult := range []string{"adult=yes", "adult=no", "adult="} {
		for _, l := range i18n.Langs {
			c := i18n.MustLoad(l)
			r := Build(answersOf(t, in("learning", "crisis=yes", "bipolar1=yes", adult)...), Options{Lang: l, Counsellor: true})
			if !strings.HasPrefix(r.Readback[0], first[l]) {
				t.Errorf("%s %s: read-back starts %q", adult, l, r.Readback[0])
			}
			keys := []string{"safe", "act", "note", "numbers", "child", "numbers_rest", "later", "not_assessment"}
			switch adult {
			case "adult=yes":
				keys = slices.Delete(keys, 4, 5)
			case "adult=no": // said plainly to a caller known to be under 18
				keys[4] = "child_known"
			}
			var got, want []string
			for _, line := range r.ReadbackLines {
				got = append(got, line.Text)
				if line.Note != (line.Text == c.T("readback.crisis.note")) {
					t.Errorf("%s %s: %q marked note %v", adult, l, line.Text, line.Note)
				}
			}
			for _, k := range keys {
				want = append(want, c.T("readback.crisis."+k))
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s %s: crisis read-back\n%q\nwant\n%q", adult, l, got, want)
			}
			if slices.Contains(r.Readback, c.T("readback.crisis.note")) {
				t.Errorf("%s %s: the note is in the read-aloud list", adult, l)
			}
		}
	}
}

// checkFinding checks one finding's words: a listing finding names at
// least one item and, above three, offers them as lines; no sentence
// says the person answered a question they left unanswered.
func checkFinding(t *testing.T, where string, c *i18n.Catalog, f Finding) {
	t.Helper()
	if strings.Contains(c.T("rule."+f.Rule+".text"), "{items}") {
		if len(f.Items) == 0 {
			t.Errorf("%s: %s names no item: %q", where, f.Rule, f.Explanation)
		}
		if f.ItemsAsLines != (len(f.Items) > 3) {
			t.Errorf("%s: %s: %d items, as lines %v", where, f.Rule, len(f.Items), f.ItemsAsLines)
		}
		if !strings.HasSuffix(f.ItemsLead, ":") || f.ItemsLead == ":" {
			t.Errorf("%s: %s: lead %q", where, f.Rule, f.ItemsLead)
		}
		for _, it := range f.Items {
			if it == "" || !strings.Contains(f.Explanation, it) {
				t.Errorf("%s: %s: item %q not in %q", where, f.Rule, it, f.Explanation)
			}
		}
	} else if f.Items != nil || f.ItemsAsLines {
		t.Errorf("%s: %s has items %q", where, f.Rule, f.Items)
	}
	unanswered := false
	for _, b := range f.Because {
		unanswered = unanswered || b.Answer == nil
	}
	if unanswered {
		for _, said := range []string{"You answered", "you answered", "Du svarede,", "Du har svaret"} {
			if strings.Contains(f.Explanation, said) {
				t.Errorf("%s: %s says %q over an unanswered question: %q", where, f.Rule, said, f.Explanation)
			}
		}
	}
	for _, w := range []string{"answer", "svar"} {
		if strings.Contains(strings.ToLower(c.T("report.because")), w) {
			t.Errorf("the heading of the reasons says %q; it stands over unanswered questions too", w)
		}
	}
}

// TestOnlyOtherMedsUnanswered is the case that once read "Du svarede
// ikke på, .".
func TestOnlyOtherMedsUnanswered(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		r := Build(answersOf(t, in("learning", "other_meds=")...), Options{Lang: l, Counsellor: true})
		want := vocab.Topic(c, screening.MustIndex("other_meds"))
		found := false
		for _, f := range r.Findings {
			if f.Rule == "incomplete" {
				found = true
				if !slices.Equal(f.Items, []string{want}) {
					t.Errorf("%s: items %q, want %q", l, f.Items, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: incomplete did not fire", l)
		}
	}
}
