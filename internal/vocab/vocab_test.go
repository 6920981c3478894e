package vocab

import (
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

func TestKeys(t *testing.T) {
	crisis, meds := screening.MustIndex("crisis"), screening.MustIndex("other_meds")
	cases := map[string]string{
		QuestionKey(crisis, "label"): "q.crisis.label",
		OptionKey(crisis, "unsure"):  "opt.unsure",
		OptionKey(meds, "maoi"):      "opt.other_meds.maoi",
		OptionKey(0, "underground"):  "opt.setting.underground",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	}
}

func TestUnsure(t *testing.T) {
	for _, c := range []struct {
		id, value string
		want      bool
	}{
		{"crisis", "unsure", true}, {"crisis", "no", false},
		{"setting", "undecided", true}, {"therapists", "unknown", true},
		{"adult", "no", false},
	} {
		q := screening.MustIndex(c.id)
		s, err := screening.Mask(q, c.value)
		if err != nil {
			t.Fatal(err)
		}
		if got := IsUnsure(q, s); got != c.want {
			t.Errorf("IsUnsure(%s = %s) = %v, want %v", c.id, c.value, got, c.want)
		}
	}
	if Unsure(screening.MustIndex("adult")) != 0 {
		t.Error("adult has no not-sure option")
	}
}

func TestHelpEntriesAndItems(t *testing.T) {
	cat := i18n.MustLoad(i18n.En)
	var a screening.Answers
	names := func(hs []Help) string {
		var out []string
		for _, h := range hs {
			out = append(out, h.Name)
		}
		return strings.Join(out, "|")
	}
	entries := func(keys ...string) string {
		var out []string
		for _, k := range keys {
			out = append(out, cat.T("help."+k+".name"))
		}
		return strings.Join(out, "|")
	}
	// adult unanswered: not known to be an adult.
	if got, want := names(HelpEntries(cat, &a)), entries("emergency", "bornetelefonen", "livslinien", "laegevagt", "psychiatric", "doctor", "cepda"); got != want {
		t.Fatalf("adult unanswered: help %q, want %q", got, want)
	}
	if got, want := names(HelpFirstEntries(cat, &a)), entries("emergency", "bornetelefonen", "livslinien", "laegevagt", "psychiatric", "doctor"); got != want {
		t.Fatalf("adult unanswered: help first %q, want %q", got, want)
	}
	if err := a.SetValues(screening.MustIndex("adult"), "yes"); err != nil {
		t.Fatal(err)
	}
	if got, want := names(HelpEntries(cat, &a)), entries("emergency", "livslinien", "laegevagt", "psychiatric", "doctor", "cepda"); got != want || MaybeMinor(&a) {
		t.Fatalf("adult: help %q, want %q", got, want)
	}
	if err := a.SetValues(screening.MustIndex("adult"), "no"); err != nil {
		t.Fatal(err)
	}
	if err := a.SetValues(screening.MustIndex("other_meds"), "snri", "stimulant"); err != nil {
		t.Fatal(err)
	}
	help := HelpEntries(cat, &a)
	if len(help) != 7 || help[1].Name != cat.T("help.bornetelefonen.name") || !Minor(&a) || !MaybeMinor(&a) {
		t.Fatalf("under 18: help %v, want Børnetelefonen second of seven", help)
	}
	res := rules.Evaluate(&a)
	for _, f := range res.Findings {
		if f.Rule.ID != "interaction" {
			continue
		}
		want := cat.T("opt.other_meds.snri.topic") + "|" + cat.T("opt.other_meds.stimulant.topic")
		if got := strings.Join(Items(cat, f), "|"); got != want {
			t.Fatalf("Items = %q, want %q", got, want)
		}
		return
	}
	t.Fatal("interaction did not fire")
}
