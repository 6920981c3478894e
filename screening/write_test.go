package screening

import (
	"os"
	"path/filepath"
	"testing"
)

// casesDir holds the golden answer cases of the project.
const casesDir = "../testdata/cases"

// TestMarshalFileRoundTrip checks, for every answer case in testdata/cases,
// that the written file parses to the same answers (parse, write, parse)
// and that writing is stable: the same bytes again, and from the answers
// parsed back.
func TestMarshalFileRoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(casesDir, "*.json"))
	if err != nil || len(files) < 50 {
		t.Fatalf("%d cases in %s (%v), want the golden cases", len(files), casesDir, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseAnswers(data, f)
			if err != nil {
				t.Fatal(err)
			}
			out := a.MarshalFile()
			b, err := ParseAnswers(out, "written.json")
			if err != nil {
				t.Fatalf("the written file does not parse: %v\n%s", err, out)
			}
			if a != b {
				t.Fatalf("the round trip changed the answers:\n%s", out)
			}
			if again := a.MarshalFile(); string(again) != string(out) {
				t.Fatalf("two writes differ:\n%s\n%s", out, again)
			}
			if back := b.MarshalFile(); string(back) != string(out) {
				t.Fatalf("the answers read back write otherwise:\n%s\n%s", out, back)
			}
		})
	}
}

// TestMarshalFileShape checks the exact bytes: keys sorted, a multi as an
// array in option order, two-space indent, a trailing newline, nothing but
// "answers"; and that answers to questions not asked are left out.
func TestMarshalFileShape(t *testing.T) {
	var a Answers
	set := func(id string, values ...string) {
		t.Helper()
		if err := a.SetValues(MustIndex(id), values...); err != nil {
			t.Fatal(err)
		}
	}
	set("setting", "learning")
	set("ptsd", "unsure")
	set("adult", "yes")
	set("other_meds", "snri", "maoi")
	// Not asked when setting is learning: left out.
	set("trust", "no")
	want := `{
  "answers": {
    "adult": "yes",
    "other_meds": [
      "maoi",
      "snri"
    ],
    "ptsd": "unsure",
    "setting": "learning"
  }
}
`
	if got := string(a.MarshalFile()); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	var none Answers
	if got, want := string(none.MarshalFile()), "{\n  \"answers\": {}\n}\n"; got != want {
		t.Fatalf("nothing answered: got %q, want %q", got, want)
	}
	if _, err := ParseAnswers(none.MarshalFile(), "empty.json"); err != nil {
		t.Fatalf("nothing answered does not parse: %v", err)
	}
}
