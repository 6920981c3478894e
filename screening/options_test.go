package screening

import (
	"strconv"
	"strings"
	"testing"
)

func TestOptionSet(t *testing.T) {
	s := Only(1).With(3)
	if !s.Has(1) || !s.Has(3) || s.Has(0) || s.Has(2) {
		t.Fatalf("set %b holds the wrong options", s)
	}
	if s.Count() != 2 {
		t.Fatalf("Count = %d, want 2", s.Count())
	}
	if !s.Meets(Only(3)) || s.Meets(Only(2)) {
		t.Fatalf("Meets is wrong on %b", s)
	}
	q := MustIndex("other_meds")
	if got := strings.Join(s.Values(q), "+"); got != "lithium+hiv_booster" {
		t.Fatalf("Values = %s, want lithium+hiv_booster", got)
	}
}

func TestNotAlone(t *testing.T) {
	meds, _ := Lookup("other_meds")
	cases := []struct {
		values []string
		want   string
	}{
		{[]string{"none"}, ""},
		{[]string{"unsure"}, ""},
		{[]string{"maoi", "snri"}, ""},
		{[]string{"maoi", "none"}, "none"},
		{[]string{"unsure", "snri"}, "unsure"},
		{[]string{"none", "unsure"}, "none"},
	}
	for _, c := range cases {
		s, err := meds.Set(c.values...)
		if err != nil {
			t.Fatal(err)
		}
		got, bad := meds.NotAlone(s)
		if got != c.want || bad != (c.want != "") {
			t.Errorf("NotAlone(%v) = %q, %v; want %q", c.values, got, bad, c.want)
		}
	}
}

func TestAnswerChecks(t *testing.T) {
	meds, _ := Lookup("other_meds")
	ptsd, _ := Lookup("ptsd")
	cases := []struct {
		q      *Question
		values []string
		err    string
	}{
		{meds, []string{"maoi", "snri"}, ""},
		{meds, nil, "other_meds needs at least one option"},
		{meds, []string{"maoi", "maoi"}, "other_meds names an option twice"},
		{meds, []string{"maoi", "none"}, `"none" cannot stand beside another option on other_meds`},
		{ptsd, []string{"yes", "no"}, "ptsd takes one answer"},
		{ptsd, []string{"maybe"}, `"maybe" is not an answer to ptsd (allowed: yes, no, unsure)`},
	}
	for _, c := range cases {
		_, err := c.q.Answer(c.values...)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.err {
			t.Errorf("Answer(%v) on %s: %q, want %q", c.values, c.q.ID, got, c.err)
		}
	}
}

func TestRaises(t *testing.T) {
	crisis, _ := Lookup("crisis")
	for _, c := range []struct {
		value string
		want  bool
	}{{"yes", true}, {"unsure", true}, {"no", false}} {
		s, _ := crisis.Set(c.value)
		if got := crisis.Raises(s); got != c.want {
			t.Errorf("crisis = %s raises %v, want %v", c.value, got, c.want)
		}
	}
	for _, q := range bank {
		if q.ID != "crisis" && len(q.Alert) > 0 {
			t.Errorf("%s raises the crisis alert; only crisis does", q.ID)
		}
	}
	var a Answers
	if a.CrisisAlert() || !a.AlertUnanswered() {
		t.Fatal("with nothing answered: no alert, but crisis unanswered")
	}
	if err := a.SetValues(MustIndex("crisis"), "unsure"); err != nil {
		t.Fatal(err)
	}
	if !a.CrisisAlert() || a.AlertUnanswered() {
		t.Fatal("crisis = unsure: alert raised, nothing unanswered")
	}
}

func TestCheckWidths(t *testing.T) {
	many := make([]Question, 33)
	for i := range many {
		many[i] = Question{ID: "q" + strconv.Itoa(i), Options: yesNo}
	}
	wide := []Question{{ID: "wide", Options: make([]string, 17)}}
	for name, qs := range map[string][]Question{"33 questions": many, "17 options": wide} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("checkWidths did not panic")
				}
			}()
			checkWidths(qs)
		})
	}
	checkWidths(many[:32]) // 32 fit
}

func TestLookup(t *testing.T) {
	for i, q := range bank {
		got, ok := Lookup(q.ID)
		if !ok || got != QuestionAt(i) || got.Pos() != i {
			t.Fatalf("Lookup(%s) is not question %d", q.ID, i)
		}
	}
	if _, ok := Lookup("nope"); ok {
		t.Fatal("Lookup found an unknown ID")
	}
}

func TestFlowAnswersIsACopy(t *testing.T) {
	f := NewFlow()
	f.Answers().Set(0, Only(0))
	if f.Answers().Answered(0) {
		t.Fatal("changing Answers() changed the Flow")
	}
}

func TestDontKnow(t *testing.T) {
	f := NewFlow()
	step, noted := f.DontKnow() // setting
	if noted != "undecided" || step.Crisis || f.Answers().Values(0)[0] != "undecided" {
		t.Fatalf("DontKnow on setting noted %q", noted)
	}
	if _, err := f.AnswerValues("yes"); err != nil { // ptsd
		t.Fatal(err)
	}
	adult := MustIndex("adult")
	if _, noted := f.DontKnow(); noted != "" || f.Answers().Answered(adult) || !f.Seen(adult) {
		t.Fatalf("DontKnow on adult noted %q; want it left unanswered", noted)
	}
	if step, noted := f.DontKnow(); noted != "unsure" || !step.Crisis {
		t.Fatalf("DontKnow on crisis: noted %q, crisis %v; want unsure and the alert", noted, step.Crisis)
	}
}
