package plain

import (
	"errors"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// FuzzParseLine checks ParseLine on any line at any question, in both
// languages: it never panics, fits nothing only with a *ParseError, and
// every answer it gives is one the question takes.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{"1", "yes", "Ved ikke", "<", "?", "-", "", "1, none", "maoi lithium,5", "Jeg ved ikke, hvilke af disse jeg tager"} {
		f.Add(false, uint8(10), s)
		f.Add(true, uint8(0), s)
	}
	cats := map[bool]*i18n.Catalog{false: i18n.MustLoad(i18n.En), true: i18n.MustLoad(i18n.Da)}
	f.Fuzz(func(t *testing.T, da bool, qb uint8, line string) {
		q := int(qb) % screening.NumQuestions
		qq := screening.QuestionAt(q)
		in, err := ParseLine(cats[da], q, line)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseLine(%q) error %T, want *ParseError", line, err)
			}
			if in != (Input{}) {
				t.Fatalf("ParseLine(%q) gave %+v with an error", line, in)
			}
			if pe.Problem == Exclusive {
				if _, ok := screening.OptionIndex(q, pe.Option); !ok {
					t.Fatalf("ParseLine(%q): Exclusive names %q, not an option of %s", line, pe.Option, qq.ID)
				}
			}
			_ = pe.Error()
			return
		}
		if in.Action != Answer {
			if in.Options != 0 {
				t.Fatalf("ParseLine(%q): action %d with mask %b", line, in.Action, in.Options)
			}
			if in.Action > Skip {
				t.Fatalf("ParseLine(%q): unknown action %d", line, in.Action)
			}
			return
		}
		m := in.Options
		if m == 0 {
			t.Fatalf("ParseLine(%q) answered with an empty mask", line)
		}
		if m>>len(qq.Options) != 0 {
			t.Fatalf("ParseLine(%q) mask %b outside the %d options of %s", line, m, len(qq.Options), qq.ID)
		}
		if qq.Kind != screening.Multi && m.Count() > 1 {
			t.Fatalf("ParseLine(%q) gave %s, a single question, mask %b", line, qq.ID, m)
		}
		// The answer is one the shared Flow takes (one answer where one is
		// asked, none and unsure alone).
		vals := m.Values(q)
		var a screening.Answers
		if err := a.SetValues(q, vals...); err != nil {
			t.Fatalf("ParseLine(%q) gave %v, which the answers type refuses: %v", line, vals, err)
		}
	})
}
