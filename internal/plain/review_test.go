package plain

import (
	"testing"

	"mdma-screen/i18n"
)

// TestReviewUnsure: the review marks an unsure answer once; an answer
// that already says "ved ikke" / "not sure" in its own words is shown
// alone (Danish review 3 #20).
func TestReviewUnsure(t *testing.T) {
	da, en := i18n.MustLoad(i18n.Da), i18n.MustLoad(i18n.En)
	for _, tc := range []struct {
		name   string
		cat    *i18n.Catalog
		answer string
		want   string
	}{
		{"da label is the marker", da, da.T("opt.unsure"), "Ved ikke"},
		{"da own words", da, da.T("opt.other_meds.unsure"), "Jeg ved ikke, hvilke af disse jeg tager"},
		{"da therapists unknown", da, da.T("opt.therapists.unknown"), "Ved ikke"},
		{"en label is the marker", en, en.T("opt.unsure"), "Not sure"},
		{"en own words without the marker", en, en.T("opt.therapists.unknown"), "I don't know [not sure]"},
		{"da other text", da, "Måske", "Måske [ved ikke]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := reviewUnsure(tc.cat, tc.answer); got != tc.want {
				t.Errorf("reviewUnsure(%q) = %q, want %q", tc.answer, got, tc.want)
			}
		})
	}
}

// TestAllowed: out of two options the error says "1 or 2", not "a number
// from 1 to 2" (Danish review 3 #19); the crisis choice leaves out "-".
func TestAllowed(t *testing.T) {
	da := i18n.MustLoad(i18n.Da)
	for _, tc := range []struct {
		name string
		got  string
		want string
	}{
		{"two", da.F(allowedKey(2), "n", "2", "ids", "yes, no"),
			"Tilladt er 1 eller 2, et af id'erne (yes, no) eller svarets tekst – eller tegnene <, ? og -."},
		{"two, counsellor", da.F(allowedKey(2)+".counsellor", "n", "2", "ids", "yes, no", "dont_know", "0"),
			"Tilladt er 1 eller 2, et af id'erne (yes, no) eller svarets tekst – eller tegnene 0, <, ? og -."},
		{"three", da.F(allowedKey(3), "n", "3", "ids", "yes, no, unsure"),
			"Tilladt er et tal fra 1 til 3, et af id'erne (yes, no, unsure) eller svarets tekst – eller tegnene <, ? og -."},
		{"crisis choice", da.F("plain.err.allowed.crisis_next", "ids", "go_on, stop"),
			"Tilladt er 1 eller 2, et af id'erne (go_on, stop) eller svarets tekst – eller tegnene < og ?."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}
