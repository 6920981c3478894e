package screening

import (
	"errors"
	"strings"
	"testing"
)

func TestParseGood(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]string // id -> values joined by +
	}{
		{"contract example", `{"answers": {"setting": "underground", "adult": "yes", "other_meds": ["none"]}}`,
			map[string]string{"setting": "underground", "adult": "yes", "other_meds": "none"}},
		{"empty answers", `{"answers": {}}`, map[string]string{}},
		{"multi in option order", `{"answers": {"other_meds": ["snri", "maoi"]}}`, map[string]string{"other_meds": "maoi+snri"}},
		{"provider question when asked", `{"answers": {"setting": "undecided", "substance_known": "no"}}`,
			map[string]string{"setting": "undecided", "substance_known": "no"}},
		{"white space and key order", "\n { \"answers\" : { \"ptsd\":\"unsure\" ,\"setting\":\"learning\"} } \n",
			map[string]string{"setting": "learning", "ptsd": "unsure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswers([]byte(tt.in), "a.json")
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for q, qq := range Questions() {
				if a.Answered(q) {
					got[qq.ID] = strings.Join(a.Values(q), "+")
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		code     ErrorCode
		question string
		place    string // expected start of Place()
		mentions []string
	}{
		{"empty input", "", ErrEmpty, "", "a.json", nil},
		{"only white space", " \n\t", ErrEmpty, "", "a.json", nil},
		{"malformed", `{"answers": {"ptsd": "yes",}}`, ErrSyntax, "", "a.json:1:", nil},
		{"truncated", `{"answers": {"ptsd": "yes"`, ErrSyntax, "", "a.json:1:", nil},
		{"trailing text", `{"answers": {}} x`, ErrSyntax, "", "a.json:1:", nil},
		{"not an object", `["answers"]`, ErrTopLevel, "", "a.json:1:1", nil},
		{"extra top-level key", `{"answers": {}, "name": "x"}`, ErrTopLevel, "", "a.json:1:", []string{"name"}},
		{"no answers", `{}`, ErrTopLevel, "", "a.json", nil},
		{"answers not an object", `{"answers": []}`, ErrTopLevel, "", "a.json", nil},
		{"duplicate top key", `{"answers": {}, "answers": {}}`, ErrDuplicate, "", "a.json:1:", nil},
		{"duplicate key", "{\"answers\": {\n  \"ptsd\": \"yes\",\n  \"ptsd\": \"no\"}}", ErrDuplicate, "ptsd", "a.json:3:3", nil},
		{"unknown question", `{"answers": {"name": "Jens"}}`, ErrUnknown, "", "a.json:1:14", []string{"name", "setting"}},
		{"bad value", `{"answers": {"ptsd": "maybe"}}`, ErrBadValue, "ptsd", "a.json:1:22: ptsd", []string{"maybe", "yes, no, unsure"}},
		{"upper case", `{"answers": {"ptsd": "Yes"}}`, ErrBadValue, "ptsd", "a.json:1:22: ptsd", nil},
		{"unsure on yes/no", `{"answers": {"adult": "unsure"}}`, ErrUnsureYesNo, "adult", "a.json:1:23: adult", []string{"yes, no"}},
		{"null", `{"answers": {"ptsd": null}}`, ErrNull, "ptsd", "a.json:1:22: ptsd", nil},
		{"number", `{"answers": {"ptsd": 1}}`, ErrNotString, "ptsd", "a.json:1:22: ptsd", nil},
		{"array on single", `{"answers": {"ptsd": ["yes"]}}`, ErrNotString, "ptsd", "a.json:1:22: ptsd", nil},
		{"multi as string", `{"answers": {"other_meds": "none"}}`, ErrNotArray, "other_meds", "a.json:1:28: other_meds", nil},
		{"empty array", `{"answers": {"other_meds": []}}`, ErrEmptyArray, "other_meds", "a.json:1:28", nil},
		{"repeated", `{"answers": {"other_meds": ["maoi", "maoi"]}}`, ErrRepeated, "other_meds", "a.json:1:37", nil},
		{"none beside another", `{"answers": {"other_meds": ["none", "maoi"]}}`, ErrExclusive, "other_meds", "a.json:1:28", []string{"none"}},
		{"unsure beside another", `{"answers": {"other_meds": ["maoi", "unsure"]}}`, ErrExclusive, "other_meds", "a.json:1:28", []string{"unsure"}},
		{"bad option in array", `{"answers": {"other_meds": ["aspirin"]}}`, ErrBadValue, "other_meds", "a.json:1:29", nil},
		{"null in array", `{"answers": {"other_meds": [null]}}`, ErrBadValue, "other_meds", "a.json:1:29", nil},
		{"object value", `{"answers": {"ptsd": {"a": 1}}}`, ErrNotString, "ptsd", "a.json:1:22", nil},
		{"not asked", `{"answers": {"setting": "learning", "trust": "yes"}}`, ErrNotAsked, "trust", "a.json:1:37: trust", []string{"setting", "learning"}},
		{"not asked without setting", `{"answers": {"therapists": "one"}}`, ErrNotAsked, "therapists", "a.json:1:14: therapists", []string{"setting"}},
		{"trust not asked for undecided", `{"answers": {"setting": "undecided", "trust": "yes"}}`, ErrNotAsked, "trust", "a.json", nil},
		// First error in question order: ptsd comes before heart.
		{"question order", `{"answers": {"heart": "x", "ptsd": "y"}}`, ErrBadValue, "ptsd", "a.json:1:", nil},
		// A bad setting is found before the questions it hides.
		{"bad setting first", `{"answers": {"trust": "yes", "setting": "spa"}}`, ErrBadValue, "setting", "a.json:1:", nil},
		{"bad value before not asked", `{"answers": {"trust": "yes", "setting": "learning", "ptsd": 3}}`, ErrNotString, "ptsd", "a.json:1:", nil},
		{"too large", `{"answers": {` + strings.Repeat(" ", MaxInput) + `}}`, ErrTooLarge, "", "a.json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAnswers(strings.NewReader(tt.in), "a.json")
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an InputError", err)
			}
			if ie.Code != tt.code || ie.Question != tt.question {
				t.Fatalf("got %s on %q (%v), want %s on %q", ie.Code, ie.Question, err, tt.code, tt.question)
			}
			if !strings.HasPrefix(ie.Place(), tt.place) {
				t.Errorf("place %q, want it to start with %q", ie.Place(), tt.place)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "a.json") {
				t.Errorf("message %q does not name the file", msg)
			}
			for _, m := range tt.mentions {
				if !strings.Contains(msg, m) {
					t.Errorf("message %q does not mention %q", msg, m)
				}
			}
		})
	}
}

func TestParseStdinName(t *testing.T) {
	_, err := ReadAnswers(strings.NewReader("{"), StdinName)
	if err == nil || !strings.HasPrefix(err.Error(), "<stdin>:") {
		t.Fatalf("got %v, want a message naming <stdin>", err)
	}
}

func TestParseRoundTripsEveryOption(t *testing.T) {
	for q, qq := range Questions() {
		if !qq.When.Always() {
			continue
		}
		for _, o := range qq.Options {
			val := `"` + o + `"`
			if qq.Kind == Multi {
				val = "[" + val + "]"
			}
			a, err := ParseAnswers([]byte(`{"answers": {"`+qq.ID+`": `+val+`}}`), "a.json")
			if err != nil {
				t.Fatalf("%s=%s: %v", qq.ID, o, err)
			}
			if got := a.Values(q); len(got) != 1 || got[0] != o {
				t.Fatalf("%s=%s read as %v", qq.ID, o, got)
			}
		}
	}
}
