package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

const (
	casesDir  = "../../testdata/cases"
	goldenDir = "../../testdata/golden"
)

var formats = []struct{ name, ext string }{{"json", "json"}, {"text", "txt"}, {"markdown", "md"}}

// counsellorCases also get golden read-back reports.
var counsellorCases = map[string]bool{
	"crisis-yes": true, "crisis-unsure-minor": true, "bipolar-trial": true, "underground-all-no": true,
	"trial-none": true, "learning-none": true, "empty": true, "interaction-meds-unsure": true,
	"suicide-history": true, "suicide-history-unsure-minor": true, "lithium-only": true, "hiv-booster-only": true,
	"maoi-crisis": true, "every-medicine": true, "trial-no-trust": true, "support-unsure": true,
	"undecided-cardio-self-use-unsure": true, "only-other-meds-unanswered": true, "clinic-person-and-offer-stop": true,
}

// built is the report of one golden case in one language and mode.
type built struct {
	name       string // the case's name
	a          *screening.Answers
	lang       i18n.Lang
	counsellor bool
	r          *Report
}

// reports builds the report of every golden case, by name, in each
// language and for each counsellor mode of modes (false: the person's).
func reports(t testing.TB, modes ...bool) iter.Seq[built] {
	names, cases := golden.Cases(t, casesDir)
	return func(yield func(built) bool) {
		for _, name := range names {
			a := cases[name]
			for _, lang := range i18n.Langs {
				for _, counsellor := range modes {
					r := Build(&a, Options{Lang: lang, Counsellor: counsellor})
					if !yield(built{name: name, a: &a, lang: lang, counsellor: counsellor, r: r}) {
						return
					}
				}
			}
		}
	}
}

func TestGolden(t *testing.T) {
	names, cases := golden.Cases(t, casesDir)
	for _, name := range names {
		a := cases[name]
		for _, lang := range i18n.Langs {
			for _, counsellor := range []bool{false, true} {
				if counsellor && !counsellorCases[name] {
					continue
				}
				for _, f := range formats {
					dir := goldenDir
					if counsellor {
						dir = filepath.Join(goldenDir, "counsellor")
					}
					path := filepath.Join(dir, fmt.Sprintf("%s.%s.%s", name, lang, f.ext))
					t.Run(path[len(goldenDir)+1:], func(t *testing.T) {
						opt := Options{Lang: lang, Counsellor: counsellor}
						got, err := Render(Build(&a, opt), f.name)
						if err != nil {
							t.Fatal(err)
						}
						again, _ := Render(Build(&a, opt), f.name)
						if !bytes.Equal(got, again) {
							t.Fatal("two renders of the same answers differ")
						}
						golden.Compare(t, path, got)
					})
				}
			}
		}
	}
}

// TestGoldenCoversEveryRule checks that every rule fires in some golden
// case and stays silent in another, by reading the golden JSON reports.
func TestGoldenCoversEveryRule(t *testing.T) {
	if golden.Update() {
		t.Skip("golden files are being rewritten")
	}
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.en.json"))
	if len(files) < 30 {
		t.Fatalf("%d golden JSON cases, want at least 30", len(files))
	}
	fires := map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r struct {
			Findings []struct{ Rule string } `json:"findings"`
		}
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, fd := range r.Findings {
			fires[fd.Rule]++
		}
	}
	for _, r := range rules.Rules() {
		switch n := fires[r.ID]; {
		case n == 0:
			t.Errorf("rule %s fires in no golden case", r.ID)
		case n == len(files):
			t.Errorf("rule %s fires in every golden case", r.ID)
		}
	}
}

// TestJSONShape checks the contract's JSON shape on every case: the keys in
// order, arrays never null, answers in the answers file's types.
func TestJSONShape(t *testing.T) {
	names, cases := golden.Cases(t, casesDir)
	for _, name := range names {
		a := cases[name]
		for _, counsellor := range []bool{false, true} {
			out, err := JSON(Build(&a, Options{Lang: i18n.En, Counsellor: counsellor}))
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(out, []byte(": null,")) && !bytes.Contains(out, []byte(`"answer": null`)) {
				t.Errorf("%s: a null outside because.answer", name)
			}
			dec := json.NewDecoder(bytes.NewReader(out))
			var keys []string
			dec.Token()
			for dec.More() {
				k, _ := dec.Token()
				keys = append(keys, k.(string))
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					t.Fatal(err)
				}
				if string(skip) == "null" {
					t.Errorf("%s: %s is null", name, k)
				}
			}
			want := "level lang headline findings answers unanswered good_to_know help disclaimer version"
			if counsellor {
				want += " readback"
			}
			if got := strings.Join(keys, " "); got != want {
				t.Errorf("%s: keys %s, want %s", name, got, want)
			}
			// The answers object holds exactly what the file held.
			var r struct {
				Answers    map[string]any `json:"answers"`
				Unanswered []string       `json:"unanswered"`
			}
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatal(err)
			}
			back, err := json.Marshal(map[string]any{"answers": r.Answers})
			if err != nil {
				t.Fatal(err)
			}
			b, err := screening.ParseAnswers(back, name)
			if err != nil || b != a {
				t.Errorf("%s: answers do not round-trip: %v", name, err)
			}
			if len(r.Unanswered) != len(a.Unanswered()) {
				t.Errorf("%s: unanswered %v", name, r.Unanswered)
			}
		}
	}
}
