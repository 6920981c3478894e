package screening

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// FuzzParseAnswers feeds arbitrary bytes to the answers parser. It must
// never panic; an error is always an InputError naming the file; what it
// accepts holds only asked questions with valid answers and survives a
// round trip through JSON.
func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{
		`{"answers": {"setting": "underground", "adult": "yes", "other_meds": ["none"]}}`,
		`{"answers": {}}`,
		`{"answers": {"other_meds": ["maoi", "snri"], "ptsd": "unsure"}}`,
		`{"answers": {"setting": "learning", "trust": "yes"}}`,
		`{"answers": {"ptsd": "yes", "ptsd": "no"}}`,
		`{"answers": {"other_meds": []}}`,
		`{"answers": null}`,
		`[]`, ``, `{`, `{"answers": {"adult": "unsure"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(data, "f.json")
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error is not an InputError: %v", err)
			}
			if !strings.HasPrefix(err.Error(), "f.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		m := map[string]any{}
		for q, qq := range Questions() {
			if !a.Answered(q) {
				continue
			}
			if !a.Asked(q) {
				t.Fatalf("%s answered but not asked", qq.ID)
			}
			v := a.Values(q)
			if len(v) == 0 || (qq.Kind != Multi && len(v) != 1) {
				t.Fatalf("%s has %v", qq.ID, v)
			}
			if qq.Kind == Multi {
				m[qq.ID] = v
			} else {
				m[qq.ID] = v[0]
			}
		}
		out, err := json.Marshal(map[string]any{"answers": m})
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseAnswers(out, "f.json")
		if err != nil {
			t.Fatalf("round trip of %s: %v", out, err)
		}
		if a != b {
			t.Fatalf("round trip changed the answers: %s", out)
		}
	})
}
