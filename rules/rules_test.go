package rules

import (
	"strings"
	"testing"

	"mdma-screen/screening"
)

// answers builds Answers from "id=value" pairs; multi values are joined by +.
func answers(t testing.TB, pairs ...string) *screening.Answers {
	t.Helper()
	var a screening.Answers
	for _, p := range pairs {
		id, val, ok := strings.Cut(p, "=")
		if !ok {
			t.Fatalf("bad pair %q", p)
		}
		q, ok := screening.Index(id)
		if !ok {
			t.Fatalf("unknown question %q", id)
		}
		if err := a.SetValues(q, strings.Split(val, "+")...); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	return &a
}

// benign answers every always-asked question without raising anything,
// for setting = learning.
var benign = []string{"setting=learning", "ptsd=yes", "adult=yes", "crisis=no", "suicide_history=no", "bipolar1=no",
	"schizophrenia=no", "psychosis=no", "family_psychosis=no", "substance_use=no", "ssri=no",
	"other_meds=none", "heart=no", "blood_pressure=no", "pregnant=no", "self_use=no",
	"expectations=no", "support=yes", "past_experience=no"}

// provider answers every provider question protectively (underground).
var provider = []string{"therapists=two_or_more", "preparation=yes", "integration=yes",
	"medical_supervision=yes", "qualified=yes", "supervised=yes", "substance_known=yes",
	"boundaries=yes", "trust=yes"}

// with returns base with the given pairs replacing those of the same question.
func with(base []string, over ...string) []string {
	out := []string{}
	for _, b := range base {
		id, _, _ := strings.Cut(b, "=")
		keep := true
		for _, o := range over {
			if oid, _, _ := strings.Cut(o, "="); oid == id {
				keep = false
			}
		}
		if keep {
			out = append(out, b)
		}
	}
	return append(out, over...)
}

func without(base []string, ids ...string) []string {
	out := []string{}
	for _, b := range base {
		id, _, _ := strings.Cut(b, "=")
		drop := false
		for _, x := range ids {
			drop = drop || x == id
		}
		if !drop {
			out = append(out, b)
		}
	}
	return out
}

func fired(r *Result) string {
	ids := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		ids[i] = f.Rule.ID
	}
	return strings.Join(ids, " ")
}

func TestTriggers(t *testing.T) {
	underground := append(with(benign, "setting=underground"), provider...)
	clinic := append(with(benign, "setting=approved_clinic"), without(provider, "substance_known")...)
	trial := append(with(benign, "setting=clinical_trial"), "boundaries=yes", "trust=yes")
	tests := []struct {
		name    string
		answers []string
		level   Level
		fired   string // findings in order
	}{
		{"benign learning", benign, None, "legal-routes"},
		{"benign trial", trial, None, ""},
		{"benign clinic", clinic, None, ""},
		{"nothing answered", nil, Caution, "incomplete"},
		{"crisis yes", with(benign, "crisis=yes"), Urgent, "crisis legal-routes"},
		{"crisis unsure", with(benign, "crisis=unsure"), Urgent, "crisis legal-routes"},
		{"crisis no", with(benign, "crisis=no"), None, "legal-routes"},
		{"bipolar1 yes", with(benign, "bipolar1=yes"), Stop, "bipolar1 legal-routes"},
		{"bipolar1 unsure", with(benign, "bipolar1=unsure"), Caution, "unsure-health legal-routes"},
		{"schizophrenia yes", with(benign, "schizophrenia=yes"), Stop, "schizophrenia legal-routes"},
		{"psychosis yes", with(benign, "psychosis=yes"), Stop, "psychosis legal-routes"},
		{"adult no", with(benign, "adult=no"), Stop, "under-18 legal-routes"},
		{"pregnant yes", with(benign, "pregnant=yes"), Stop, "pregnant legal-routes"},
		{"pregnant unsure", with(benign, "pregnant=unsure"), Caution, "unsure-health legal-routes"},
		{"maoi", with(benign, "other_meds=maoi"), Stop, "dangerous-interaction legal-routes"},
		{"lithium", with(benign, "other_meds=lithium"), Stop, "dangerous-interaction legal-routes"},
		{"tramadol", with(benign, "other_meds=tramadol"), Stop, "dangerous-interaction legal-routes"},
		{"hiv booster", with(benign, "other_meds=hiv_booster"), Stop, "dangerous-interaction legal-routes"},
		{"dangerous and interaction", with(benign, "other_meds=lithium+snri"), Stop, "dangerous-interaction interaction legal-routes"},
		{"snri", with(benign, "other_meds=snri"), Caution, "interaction legal-routes"},
		{"bupropion", with(benign, "other_meds=bupropion"), Caution, "interaction legal-routes"},
		{"stimulant", with(benign, "other_meds=stimulant"), Caution, "interaction legal-routes"},
		{"antipsychotic", with(benign, "other_meds=antipsychotic"), Caution, "interaction legal-routes"},
		{"other psychiatric", with(benign, "other_meds=other_psychiatric"), Caution, "interaction legal-routes"},
		{"meds unsure", with(benign, "other_meds=unsure"), Caution, "interaction legal-routes"},
		{"meds none", with(benign, "other_meds=none"), None, "legal-routes"},
		{"heart and self use", with(benign, "heart=yes", "self_use=yes"), Stop, "cardio-unsupervised self-use heart legal-routes"},
		{"blood pressure and self use", with(benign, "blood_pressure=yes", "self_use=yes"), Stop, "cardio-unsupervised self-use blood-pressure legal-routes"},
		{"heart learning, supervision not asked", with(benign, "heart=yes"), Caution, "heart legal-routes"},
		{"heart underground supervised", with(underground, "heart=yes"), Stop, "underground heart legal-routes"},
		{"heart underground unsupervised", with(underground, "heart=yes", "medical_supervision=no"), Stop, "cardio-unsupervised underground heart no-medical-supervision legal-routes"},
		{"heart underground supervision unsure", with(underground, "heart=yes", "medical_supervision=unsure"), Stop, "cardio-unsupervised underground heart provider-unclear legal-routes"},
		{"heart underground supervision unanswered", with(without(underground, "medical_supervision"), "heart=yes"), Stop, "cardio-unsupervised underground heart incomplete legal-routes"},
		{"heart clinic supervised", with(clinic, "heart=yes"), Caution, "heart"},
		{"heart unsure self use", with(benign, "heart=unsure", "self_use=yes"), Stop, "self-use unsure-health legal-routes"},
		{"underground", underground, Stop, "underground legal-routes"},
		{"underground substance unknown", with(underground, "substance_known=no"), Stop, "underground unknown-substance legal-routes"},
		{"underground substance unsure", with(underground, "substance_known=unsure"), Stop, "underground unknown-substance legal-routes"},
		{"no preparation", with(clinic, "preparation=no"), Stop, "no-preparation"},
		{"no integration", with(clinic, "integration=no"), Stop, "no-integration"},
		{"unqualified", with(clinic, "qualified=no"), Stop, "unqualified"},
		{"self use", with(benign, "self_use=yes"), Stop, "self-use legal-routes"},
		{"self use unsure", with(benign, "self_use=unsure"), Caution, "self-use-unsure legal-routes"},
		{"ssri", with(benign, "ssri=yes"), Caution, "ssri legal-routes"},
		{"heart", with(benign, "heart=yes"), Caution, "heart legal-routes"},
		{"blood pressure", with(benign, "blood_pressure=yes"), Caution, "blood-pressure legal-routes"},
		{"family psychosis", with(benign, "family_psychosis=yes"), Caution, "family-psychosis legal-routes"},
		{"substance use", with(benign, "substance_use=yes"), Caution, "substance-use legal-routes"},
		{"single therapist", with(clinic, "therapists=one"), Caution, "single-therapist"},
		{"therapists unknown", with(clinic, "therapists=unknown"), Caution, "provider-unclear"},
		{"no medical supervision", with(clinic, "medical_supervision=no"), Caution, "no-medical-supervision"},
		{"no boundaries", with(trial, "boundaries=no"), Caution, "no-boundaries"},
		{"no trust", with(trial, "trust=no"), Stop, "no-trust"},
		{"no trust and unqualified", with(clinic, "trust=no", "qualified=no"), Stop, "unqualified no-trust"},
		{"trust unsure", with(trial, "trust=unsure"), Caution, "provider-unclear"},
		{"boundaries unsure", with(trial, "boundaries=unsure"), Caution, "provider-unclear"},
		{"preparation unsure", with(clinic, "preparation=unsure"), Caution, "provider-unclear"},
		{"aftercare yes", with(benign, "past_experience=yes"), Caution, "aftercare legal-routes"},
		{"aftercare unsure", with(benign, "past_experience=unsure"), Caution, "aftercare legal-routes"},
		{"incomplete", without(benign, "heart"), Caution, "incomplete legal-routes"},
		{"incomplete setting", without(benign, "setting"), Caution, "incomplete"},
		{"ptsd no", with(benign, "ptsd=no"), None, "research-stage legal-routes"},
		{"ptsd unsure", with(benign, "ptsd=unsure"), None, "research-stage legal-routes"},
		{"undecided", append(with(benign, "setting=undecided"), without(provider, "trust")...), None, "legal-routes underground-risk"},
		{"supervised no", with(clinic, "supervised=no"), None, "unsupervised-therapist"},
		{"supervised unsure", with(clinic, "supervised=unsure"), None, "unsupervised-therapist"},
		{"expectations yes", with(benign, "expectations=yes"), None, "legal-routes expectations"},
		{"expectations unsure", with(benign, "expectations=unsure"), None, "legal-routes expectations"},
		{"support no", with(benign, "support=no"), Caution, "support legal-routes"},
		{"support after aftercare", with(benign, "support=no", "past_experience=yes"), Caution, "aftercare support legal-routes"},
		{"support unsure", with(benign, "support=unsure"), Caution, "support legal-routes"},
		{"suicide history yes", with(benign, "suicide_history=yes"), Caution, "suicide-history legal-routes"},
		{"suicide history unsure", with(benign, "suicide_history=unsure"), Caution, "suicide-history legal-routes"},
		{"suicide history no", with(benign, "suicide_history=no"), None, "legal-routes"},
		{"suicide history after substance use", with(benign, "suicide_history=yes", "substance_use=yes", "bipolar1=unsure"), Caution, "substance-use suicide-history unsure-health legal-routes"},
		{"other medicine", with(benign, "other_meds=other_medicine"), Caution, "interaction legal-routes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(answers(t, tt.answers...))
			if got := fired(r); got != tt.fired {
				t.Errorf("fired %q, want %q", got, tt.fired)
			}
			if r.Level != tt.level {
				t.Errorf("level %s, want %s", r.Level, tt.level)
			}
		})
	}
}

func because(r *Result, id string) string {
	for _, f := range r.Findings {
		if f.Rule.ID != id {
			continue
		}
		var parts []string
		for _, b := range f.Because {
			q := screening.QuestionAt(b.Question).ID
			if !b.Answered {
				parts = append(parts, q+"=null")
				continue
			}
			parts = append(parts, q+"="+strings.Join(b.Options.Values(b.Question), "+"))
		}
		return strings.Join(parts, " ")
	}
	return "(not fired)"
}

func TestBecause(t *testing.T) {
	underground := append(with(benign, "setting=underground"), provider...)
	tests := []struct {
		name    string
		answers []string
		rule    string
		want    string
	}{
		{"multi names only the triggering options", with(benign, "other_meds=lithium+tramadol+snri"), "dangerous-interaction", "other_meds=lithium+tramadol"},
		{"interaction options", with(benign, "other_meds=lithium+snri+stimulant"), "interaction", "other_meds=snri+stimulant"},
		{"cardio with self use", with(benign, "heart=yes", "blood_pressure=yes", "self_use=yes"), "cardio-unsupervised", "heart=yes blood_pressure=yes self_use=yes"},
		{"cardio with unanswered supervision", with(without(underground, "medical_supervision"), "blood_pressure=yes"), "cardio-unsupervised", "blood_pressure=yes medical_supervision=null"},
		{"cardio with both", with(underground, "heart=yes", "medical_supervision=unsure", "self_use=yes"), "cardio-unsupervised", "heart=yes medical_supervision=unsure self_use=yes"},
		{"unsure health in question order", with(benign, "pregnant=unsure", "bipolar1=unsure", "ssri=unsure"), "unsure-health", "bipolar1=unsure ssri=unsure pregnant=unsure"},
		{"incomplete lists asked unanswered", without(with(underground, "suicide_history=no"), "ptsd", "trust", "crisis"), "incomplete", "ptsd=null crisis=null trust=null"},
		{"other medicine in interaction", with(benign, "other_meds=maoi+other_medicine"), "interaction", "other_meds=other_medicine"},
		{"provider unclear", with(underground, "therapists=unknown", "trust=unsure"), "provider-unclear", "therapists=unknown trust=unsure"},
		{"crisis", with(benign, "crisis=unsure"), "crisis", "crisis=unsure"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := because(Evaluate(answers(t, tt.answers...)), tt.rule); got != tt.want {
				t.Errorf("because %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSubstanceKnownNeverSoftens checks that substance_known = yes leaves
// every other finding as it was.
func TestSubstanceKnownNeverSoftens(t *testing.T) {
	for _, setting := range []string{"underground", "undecided"} {
		base := with(append(with(benign, "setting="+setting, "heart=yes", "self_use=yes", "other_meds=maoi"), provider...), "medical_supervision=no")
		if setting == "undecided" {
			base = without(base, "trust")
		}
		a := Evaluate(answers(t, with(base, "substance_known=yes")...))
		b := Evaluate(answers(t, with(base, "substance_known=no")...))
		got := strings.Replace(fired(b), " unknown-substance", "", 1)
		if fired(a) != got || a.Level != b.Level {
			t.Errorf("%s: with substance known %q (%s), unknown %q (%s)", setting, fired(a), a.Level, fired(b), b.Level)
		}
	}
}

func TestOrderAndLevel(t *testing.T) {
	a := answers(t, with(benign, "ptsd=no", "ssri=yes", "crisis=yes", "bipolar1=yes")...)
	r := Evaluate(a)
	var last Level = Urgent
	pos := map[string]int{}
	for i, rule := range table {
		pos[rule.ID] = i
	}
	for i, f := range r.Findings {
		if f.Rule.Level > last {
			t.Fatalf("finding %d (%s) is above the one before it", i, f.Rule.ID)
		}
		if i > 0 && f.Rule.Level == r.Findings[i-1].Rule.Level && pos[f.Rule.ID] < pos[r.Findings[i-1].Rule.ID] {
			t.Fatalf("findings of one level out of table order: %s", fired(r))
		}
		last = f.Rule.Level
	}
	if r.Level != Urgent {
		t.Fatalf("level %s", r.Level)
	}
}

func TestEvaluateIntoReuses(t *testing.T) {
	var r Result
	EvaluateInto(answers(t, with(benign, "other_meds=maoi+snri", "heart=yes", "self_use=yes")...), &r)
	first := fired(&r) + because(&r, "dangerous-interaction")
	EvaluateInto(answers(t, benign...), &r)
	if fired(&r) != "legal-routes" {
		t.Fatalf("stale findings after reuse: %s", fired(&r))
	}
	EvaluateInto(answers(t, with(benign, "other_meds=maoi+snri", "heart=yes", "self_use=yes")...), &r)
	if again := fired(&r) + because(&r, "dangerous-interaction"); again != first {
		t.Fatalf("reuse changed the result: %q vs %q", again, first)
	}
}

// TestTableIsWellFormed checks what init does not: every row has an ID,
// a category and a source (init refuses duplicates and bad triggers).
func TestTableIsWellFormed(t *testing.T) {
	for _, r := range table {
		if r.ID == "" || r.Category == "" || len(r.Sources) == 0 {
			t.Errorf("rule %q lacks an ID, category or source", r.ID)
		}
	}
}

var sink *Result

// BenchmarkEvaluate runs the rules on a case with every question answered
// and about 30 findings, reusing the result.
func BenchmarkEvaluate(b *testing.B) {
	a := everything(b)
	var r Result
	EvaluateInto(a, &r)
	if n := len(r.Findings); n < 25 {
		b.Fatalf("only %d findings", n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		EvaluateInto(a, &r)
	}
	sink = &r
}

// BenchmarkEvaluateFresh is Evaluate with a new result every time.
func BenchmarkEvaluateFresh(b *testing.B) {
	a := everything(b)
	b.ReportAllocs()
	for b.Loop() {
		sink = Evaluate(a)
	}
}

func everything(b testing.TB) *screening.Answers {
	return answers(b, "setting=underground", "ptsd=unsure", "adult=no", "crisis=yes", "suicide_history=yes", "bipolar1=yes",
		"schizophrenia=yes", "psychosis=yes", "family_psychosis=yes", "substance_use=yes", "ssri=yes",
		"other_meds=maoi+lithium+tramadol+hiv_booster+snri+bupropion+stimulant+antipsychotic+other_psychiatric+other_medicine",
		"heart=yes", "blood_pressure=yes", "pregnant=yes", "therapists=one", "preparation=no", "integration=no",
		"medical_supervision=no", "qualified=no", "supervised=no", "substance_known=no", "boundaries=no",
		"trust=no", "self_use=yes", "expectations=yes", "support=no", "past_experience=yes")
}
