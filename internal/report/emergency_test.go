package report

import (
	"strings"
	"testing"

	"mdma-screen/i18n"
)

// TestEmergencySigns checks "Signs of an emergency": only when a finding
// asks for it, the signs one a line in the model (six, in order), the same
// words as one paragraph in Text for JSON, and each sign on a line of its
// own in text and markdown.
func TestEmergencySigns(t *testing.T) {
	for _, l := range i18n.Langs {
		cat := i18n.MustLoad(l)
		title := cat.T("gtk.emergency.title")
		r := Build(answersOf(t, in("underground", "self_use=yes")...), Options{Lang: l})
		var s *Section
		for i := range r.GoodToKnow {
			if r.GoodToKnow[i].Title == title {
				s = &r.GoodToKnow[i]
			}
		}
		if s == nil {
			t.Fatalf("%s: no %q section", l, title)
		}
		if len(s.Lines) != len(emergencySigns) {
			t.Fatalf("%s: %d signs, want %d", l, len(s.Lines), len(emergencySigns))
		}
		want := s.Lead + " " + strings.Join(s.Lines, "; ") + ". " + s.Tail
		if s.Text != want || !strings.HasSuffix(s.Lead, ":") {
			t.Errorf("%s: Text = %q, want %q (lead ending in a colon)", l, s.Text, want)
		}
		// A sign wrapped in text goes on under its dash, five spaces in.
		text := strings.ReplaceAll(string(Text(r)), "\n     ", " ")
		md := strings.ReplaceAll(string(Markdown(r)), "\n  ", " ")
		for _, sign := range s.Lines {
			if !strings.Contains(text, "\n   - "+sign+"\n") {
				t.Errorf("%s: text: sign %q not on a line of its own", l, sign)
			}
			if !strings.Contains(md, "\n- "+sign+"\n") {
				t.Errorf("%s: markdown: sign %q not on a line of its own", l, sign)
			}
		}

		quiet := Build(answersOf(t, in("learning")...), Options{Lang: l})
		for _, g := range quiet.GoodToKnow {
			if g.Title == title || g.Lines != nil {
				t.Errorf("%s: %q shown with no finding that asks for it", l, g.Title)
			}
		}
	}
}
