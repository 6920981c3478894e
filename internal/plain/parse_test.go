package plain

import (
	"errors"
	"strconv"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// TestParseLineEveryOption checks that every option of every question is
// taken by its number, its ID and its label, in both languages.
func TestParseLineEveryOption(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for q, qq := range screening.Questions() {
			for i, o := range qq.Options {
				for _, line := range []string{strconv.Itoa(i + 1), o, vocab.Option(c, q, o)} {
					in, err := ParseLine(c, q, line)
					if err != nil || in.Action != Answer || in.Options != 1<<i {
						t.Errorf("%s %s: ParseLine(%q) = %+v, %v; want option %s", l, qq.ID, line, in, err, o)
					}
				}
			}
		}
	}
}

func TestParseLine(t *testing.T) {
	meds := screening.MustIndex("other_meds")
	adult := screening.MustIndex("adult")
	mask := func(q int, vals ...string) screening.OptionSet {
		m, err := screening.Mask(q, vals...)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := map[string]struct {
		lang    i18n.Lang
		q       int
		line    string
		want    Input
		problem Problem
		part    string
		fails   bool
	}{
		"back":                 {q: adult, line: " < ", want: Input{Action: Back}},
		"help":                 {q: adult, line: "?", want: Input{Action: Help}},
		"skip":                 {q: meds, line: "-", want: Input{Action: Skip}},
		"number":               {q: adult, line: "2", want: Input{Options: mask(adult, "no")}},
		"number out of range":  {q: adult, line: "3", fails: true, problem: Unknown, part: "3"},
		"zero":                 {q: adult, line: "0", fails: true, problem: Unknown, part: "0"},
		"unsure on yes/no":     {q: adult, line: "unsure", fails: true, problem: Unknown, part: "unsure"},
		"empty":                {q: adult, line: "   ", fails: true, problem: Empty},
		"id any case":          {q: adult, line: "No", want: Input{Options: mask(adult, "no")}},
		"danish label":         {lang: i18n.Da, q: adult, line: "NEJ", want: Input{Options: mask(adult, "no")}},
		"english label in da":  {lang: i18n.Da, q: adult, line: "Not sure", fails: true, problem: Unknown},
		"two on a single":      {q: adult, line: "1,2", fails: true, problem: Several},
		"the same twice":       {q: adult, line: "1, yes", fails: true, problem: Unknown, part: "1, yes"},
		"multi commas":         {q: meds, line: "1,2, 3", want: Input{Options: mask(meds, "maoi", "lithium", "tramadol")}},
		"multi spaces":         {q: meds, line: "1 lithium  snri", want: Input{Options: mask(meds, "maoi", "lithium", "snri")}},
		"multi repeat":         {q: meds, line: "2, lithium", want: Input{Options: mask(meds, "lithium")}},
		"multi trailing comma": {q: meds, line: "2,", want: Input{Options: mask(meds, "lithium")}},
		"multi labels": {q: meds, line: "Ritonavir or cobicistat (HIV medicine; ritonavir is also in Paxlovid), other psychiatric medicine",
			want: Input{Options: mask(meds, "hiv_booster", "other_psychiatric")}},
		"multi label with comma": {lang: i18n.Da, q: meds, line: "Jeg ved ikke , hvilke af disse jeg tager",
			want: Input{Options: mask(meds, "unsure")}},
		"label with comma beside another": {lang: i18n.Da, q: meds, line: "1, jeg ved ikke, hvilke af disse jeg tager",
			fails: true, problem: Exclusive},
		"label with spaces first": {lang: i18n.Da, q: meds, line: "centralstimulerende medicin (fx adhd-medicin), 1",
			want: Input{Options: mask(meds, "maoi", "stimulant")}},
		"label with spaces last": {q: meds, line: "lithium, Stimulant (e.g. ADHD medicine)",
			want: Input{Options: mask(meds, "lithium", "stimulant")}},
		"none beside another":  {q: meds, line: "none, 1", fails: true, problem: Exclusive},
		"unsure beside none":   {q: meds, line: "10 11", fails: true, problem: Exclusive},
		"none alone":           {q: meds, line: "None of these", want: Input{Options: mask(meds, "none")}},
		"a word that fits not": {q: meds, line: "1, aspirin", fails: true, problem: Unknown, part: "aspirin"},
		"half a label":         {q: meds, line: "Ritonavir", fails: true, problem: Unknown, part: "Ritonavir"},
		"only commas":          {q: meds, line: " , ,", fails: true, problem: Empty},
		"byte order mark":      {q: adult, line: "\ufeffyes\r", want: Input{Options: mask(adult, "yes")}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lang := tc.lang
			if lang == "" {
				lang = i18n.En
			}
			in, err := ParseLine(i18n.MustLoad(lang), tc.q, tc.line)
			if tc.fails {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("ParseLine(%q) = %+v, %v; want a *ParseError", tc.line, in, err)
				}
				if pe.Problem != tc.problem || (tc.part != "" && pe.Part != tc.part) {
					t.Errorf("ParseLine(%q) problem %d part %q, want %d %q", tc.line, pe.Problem, pe.Part, tc.problem, tc.part)
				}
				return
			}
			if err != nil || in != tc.want {
				t.Errorf("ParseLine(%q) = %+v, %v; want %+v", tc.line, in, err, tc.want)
			}
		})
	}
}
