package screening

import "testing"

// TestBankLint is the question-bank lint: every question is reachable
// under some setting, every question has a source, options are unique,
// and the cautious and not-sure options are real options. (init checks
// the conditions and the widths.)
func TestBankLint(t *testing.T) {
	setting := MustIndex("setting")
	reachable := map[int]bool{}
	for _, s := range bank[setting].Options {
		var a Answers
		m, _ := Mask(setting, s)
		a.Set(setting, m)
		for q := range bank {
			if a.Asked(q) {
				reachable[q] = true
			}
		}
	}
	for q, qq := range bank {
		if !reachable[q] {
			t.Errorf("%s is asked under no setting", qq.ID)
		}
		if len(qq.Sources) == 0 {
			t.Errorf("%s has no source", qq.ID)
		}
		seen := map[string]bool{}
		for _, o := range qq.Options {
			if seen[o] {
				t.Errorf("%s: option %s twice", qq.ID, o)
			}
			seen[o] = true
		}
		for _, o := range []string{qq.Cautious, qq.Unsure} {
			if o != "" && !seen[o] {
				t.Errorf("%s: %q is not an option", qq.ID, o)
			}
		}
		if qq.Cautious == "" {
			t.Errorf("%s has no cautious default", qq.ID)
		}
		if qq.Kind == YesNoUnsure && qq.Unsure != "unsure" {
			t.Errorf("%s: a yes/no/unsure question records unsure as %q", qq.ID, qq.Unsure)
		}
	}
	if len(Sections) != 6 {
		t.Errorf("%d sections", len(Sections))
	}
	for _, qq := range bank {
		found := false
		for _, s := range Sections {
			found = found || s == qq.Section
		}
		if !found {
			t.Errorf("%s: unknown section %s", qq.ID, qq.Section)
		}
	}
}
