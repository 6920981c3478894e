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
	if n := len(HelpEntries(cat, &a)); n != 4 {
		t.Fatalf("%d help entries for an adult, want 4", n)
	}
	if err := a.SetValues(screening.MustIndex("adult"), "no"); err != nil {
		t.Fatal(err)
	}
	if err := a.SetValues(screening.MustIndex("other_meds"), "snri", "stimulant"); err != nil {
		t.Fatal(err)
	}
	help := HelpEntries(cat, &a)
	if len(help) != 5 || help[3].Name != cat.T("help.bornetelefonen.name") || !Minor(&a) {
		t.Fatalf("under 18: help %v, want Børnetelefonen fourth of five", help)
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
