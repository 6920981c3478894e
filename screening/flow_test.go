package screening

import (
	"strings"
	"testing"
)

func ids(qs []int) string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = bank[q].ID
	}
	return strings.Join(out, " ")
}

func cur(f *Flow) string {
	q, ok := f.Current()
	if !ok {
		return "(review)"
	}
	return bank[q].ID
}

func must(t *testing.T, f *Flow, values ...string) Step {
	t.Helper()
	s, err := f.AnswerValues(values...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// answerAll answers every question with its first option ("none" on
// multi) and returns the IDs of the questions it answered.
func answerAll(t *testing.T, f *Flow) []string {
	t.Helper()
	var seen []string
	for !f.AtReview() {
		q, _ := f.Current()
		seen = append(seen, bank[q].ID)
		if bank[q].Kind == Multi {
			must(t, f, "none")
		} else {
			must(t, f, bank[q].Options[0])
		}
	}
	return seen
}

// atReview returns a flow at the review, setting answered with setting
// and every other question with answerAll.
func atReview(t *testing.T, setting string) *Flow {
	t.Helper()
	f := NewFlow()
	must(t, f, setting)
	answerAll(t, f)
	return f
}

func TestFlowOrderAndConditions(t *testing.T) {
	tests := []struct {
		setting string
		asked   string
	}{
		{"learning", "setting ptsd adult crisis suicide_history bipolar1 schizophrenia psychosis family_psychosis substance_use ssri other_meds heart blood_pressure pregnant self_use expectations support past_experience"},
		{"clinical_trial", "setting ptsd adult crisis suicide_history bipolar1 schizophrenia psychosis family_psychosis substance_use ssri other_meds heart blood_pressure pregnant boundaries trust self_use expectations support past_experience"},
		{"approved_clinic", "setting ptsd adult crisis suicide_history bipolar1 schizophrenia psychosis family_psychosis substance_use ssri other_meds heart blood_pressure pregnant therapists preparation integration medical_supervision qualified supervised boundaries trust self_use expectations support past_experience"},
		{"underground", "setting ptsd adult crisis suicide_history bipolar1 schizophrenia psychosis family_psychosis substance_use ssri other_meds heart blood_pressure pregnant therapists preparation integration medical_supervision qualified supervised substance_known boundaries trust self_use expectations support past_experience"},
		{"undecided", "setting ptsd adult crisis suicide_history bipolar1 schizophrenia psychosis family_psychosis substance_use ssri other_meds heart blood_pressure pregnant therapists preparation integration medical_supervision qualified supervised substance_known boundaries self_use expectations support past_experience"},
	}
	for _, tt := range tests {
		t.Run(tt.setting, func(t *testing.T) {
			f := NewFlow()
			must(t, f, tt.setting)
			seen := append([]string{"setting"}, answerAll(t, f)...)
			if got := strings.Join(seen, " "); got != tt.asked {
				t.Errorf("asked\n %s\nwant\n %s", got, tt.asked)
			}
			if got := ids(f.Asked()); got != tt.asked {
				t.Errorf("Asked() = %s", got)
			}
			if u := f.Answers().Unanswered(); len(u) != 0 {
				t.Errorf("unanswered: %s", ids(u))
			}
		})
	}
}

func TestFlowUnansweredSettingHidesProvider(t *testing.T) {
	f := NewFlow()
	f.Skip()
	if cur(f) != "ptsd" {
		t.Fatalf("after skipping setting: %s", cur(f))
	}
	seen := answerAll(t, f)
	if strings.Contains(strings.Join(seen, " "), "trust") {
		t.Fatalf("provider question asked without a setting: %v", seen)
	}
	if got := ids(f.Answers().Unanswered()); got != "setting" {
		t.Fatalf("unanswered %q", got)
	}
}

func TestFlowCrisisEvent(t *testing.T) {
	for _, v := range []string{"yes", "unsure", "no"} {
		f := NewFlow()
		must(t, f, "learning")
		must(t, f, "yes")
		must(t, f, "yes")
		if cur(f) != "crisis" {
			t.Fatalf("at %s", cur(f))
		}
		if s := must(t, f, v); s.Crisis != (v != "no") {
			t.Errorf("crisis=%s: Crisis=%v", v, s.Crisis)
		}
	}
	f := NewFlow()
	if s := must(t, f, "learning"); s.Crisis {
		t.Error("crisis event on setting")
	}
}

func TestFlowBackKeepsAnswers(t *testing.T) {
	f := NewFlow()
	must(t, f, "underground")
	must(t, f, "no")
	if !f.Back() || cur(f) != "ptsd" {
		t.Fatalf("back to %s", cur(f))
	}
	if got := f.Answers().Values(MustIndex("ptsd")); len(got) != 1 || got[0] != "no" {
		t.Fatalf("answer lost on back: %v", got)
	}
	if !f.Back() || cur(f) != "setting" {
		t.Fatalf("back to %s", cur(f))
	}
	if f.Back() {
		t.Fatal("back from the first question")
	}
	// Changing setting from underground to learning while going back drops
	// nothing yet answered, and the next question is ptsd again.
	must(t, f, "learning")
	if cur(f) != "ptsd" {
		t.Fatalf("after re-answering setting: %s", cur(f))
	}
}

func TestFlowReviewChangesSetting(t *testing.T) {
	f := atReview(t, "learning")
	if !f.AtReview() {
		t.Fatal("not at review")
	}
	// learning -> underground: the provider questions come next, then review.
	if !f.Edit(MustIndex("setting")) || !f.Editing() {
		t.Fatal("cannot edit setting")
	}
	must(t, f, "underground")
	revealed := answerAll(t, f)
	if got := strings.Join(revealed, " "); got != "therapists preparation integration medical_supervision qualified supervised substance_known boundaries trust" {
		t.Fatalf("revealed %s", got)
	}
	if f.Editing() {
		t.Fatal("still editing at review")
	}
	// underground -> learning: the provider answers are dropped.
	f.Edit(MustIndex("setting"))
	s := must(t, f, "learning")
	if got := ids(s.Dropped); got != "therapists preparation integration medical_supervision qualified supervised substance_known boundaries trust" {
		t.Fatalf("dropped %s", got)
	}
	if !f.AtReview() {
		t.Fatalf("at %s, want review", cur(f))
	}
	for q := range bank {
		if bank[q].Section == "provider" && f.Answers().Answered(q) {
			t.Fatalf("%s kept", bank[q].ID)
		}
	}
	// Editing a question that reveals nothing goes straight back to review.
	f.Edit(MustIndex("heart"))
	must(t, f, "yes")
	if !f.AtReview() {
		t.Fatalf("at %s, want review", cur(f))
	}
}

func TestFlowEditKeepAndSkip(t *testing.T) {
	f := atReview(t, "learning")
	q := MustIndex("ptsd")
	f.Edit(q)
	f.Keep()
	if !f.AtReview() || f.Answers().Values(q)[0] != "yes" {
		t.Fatal("Keep did not keep the answer")
	}
	f.Edit(q)
	f.Skip()
	if f.Answers().Answered(q) {
		t.Fatal("Skip kept the answer")
	}
	if f.Edit(MustIndex("trust")) {
		t.Fatal("edited a question that is not asked")
	}
}

func TestFlowBackFromReview(t *testing.T) {
	f := atReview(t, "learning")
	if !f.Back() || cur(f) != "past_experience" {
		t.Fatalf("back from review to %s", cur(f))
	}
}

// TestPlace checks the progress rule in question order: the total never
// changes, the section and the share done never fall, and the last
// section is the last of Sections.
func TestPlace(t *testing.T) {
	lastSection, lastDone := 0, -1.0
	for q := range NumQuestions {
		section, sections, done := Place(q)
		if sections != len(Sections) {
			t.Fatalf("%s: %d sections, want %d", bank[q].ID, sections, len(Sections))
		}
		if section < lastSection || done <= lastDone || done < 0 || done >= 1 {
			t.Fatalf("%s: section %d (was %d), done %v (was %v)", bank[q].ID, section, lastSection, done, lastDone)
		}
		lastSection, lastDone = section, done
	}
	if lastSection != len(Sections) {
		t.Fatalf("the last question is in section %d of %d", lastSection, len(Sections))
	}
}

func TestMultiChecks(t *testing.T) {
	f := NewFlow()
	for _, v := range []string{"learning", "yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no"} {
		must(t, f, v)
	}
	if cur(f) != "other_meds" {
		t.Fatalf("at %s", cur(f))
	}
	for _, bad := range [][]string{{}, {"none", "maoi"}, {"maoi", "maoi"}, {"aspirin"}} {
		if _, err := f.AnswerValues(bad...); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	must(t, f, "maoi", "snri")
	if got := f.Answers().Values(MustIndex("other_meds")); strings.Join(got, "+") != "maoi+snri" {
		t.Fatalf("got %v", got)
	}
}
