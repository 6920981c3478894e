package tui

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/report"
	"mdma-screen/screening"
)

// flowFor returns a Flow walked to the answers of want through its own
// methods, as the screens walk it: each question put is answered as want
// answers it, or skipped.
func flowFor(want *screening.Answers) *screening.Flow {
	f := screening.NewFlow()
	for range 2 * screening.NumQuestions {
		q, ok := f.Current()
		if !ok {
			break
		}
		if set, answered := want.Get(q); answered {
			f.Answer(set)
		} else {
			f.Skip()
		}
	}
	return f
}

// summaryOf shows the summary of want's answers at 80x24, without walking
// the screens to it.
func summaryOf(t *testing.T, lang i18n.Lang, want *screening.Answers) (*driver, *report.Report) {
	t.Helper()
	d := newDriver(t, lang, 80, 24)
	d.m.flow = flowFor(want)
	d.m.showSummary()
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if d.on() != "summary" {
		t.Fatalf("on the %s screen", d.on())
	}
	return d, report.Build(d.m.Answers(), report.Options{Lang: lang})
}

// cardLine is how the summary starts a card line or a finding: its
// number, the level's symbol and its word.
func cardLine(cat *i18n.Catalog, index int, l report.CardLine) string {
	return strconv.Itoa(index+1) + ". " + levelSymbol[l.Level] + " " + cat.T("level."+l.Level.String())
}

// TestCardOnFirstScreen: over every golden case, in both languages, a
// summary that does not start with the crisis help shows at 80x24, on its
// first screen, the card's heading, the headline and the card's first
// line; with 8 findings or fewer, the whole card: every finding's line
// and every badge.
func TestCardOnFirstScreen(t *testing.T) {
	t.Parallel()
	names, cases := golden.Cases(t, filepath.Join("..", "..", "testdata", "cases"))
	whole, some := 0, 0
	for _, lang := range i18n.Langs {
		cat := i18n.MustLoad(lang)
		for _, name := range names {
			want := cases[name]
			t.Run(string(lang)+"/"+name, func(t *testing.T) {
				d, r := summaryOf(t, lang, &want)
				if r.HelpFirst {
					return // the crisis help comes first, as in the text report
				}
				some++
				screen := flat(d.screen())
				for _, x := range []string{r.Card.Title, r.Card.Headline} {
					if !strings.Contains(screen, flat(x)) {
						t.Fatalf("the first screen lacks %q:\n%s", x, d.screen())
					}
				}
				lines := r.Card.Lines
				if len(r.Findings) > 8 {
					lines = lines[:min(len(lines), 1)]
				} else {
					whole++
					for _, b := range r.Card.Badges {
						if !strings.Contains(screen, levelSymbol[b.Level]+" "+b.Label+" ("+strconv.Itoa(b.Count)+")") {
							t.Fatalf("the first screen lacks the badge %s:\n%s", b.Label, d.screen())
						}
					}
				}
				for _, l := range lines {
					if !strings.Contains(screen, cardLine(cat, l.Index, l)) {
						t.Fatalf("the first screen lacks card line %d:\n%s", l.Index+1, d.screen())
					}
				}
			})
		}
	}
	if whole == 0 || some == whole {
		t.Fatalf("%d summaries checked whole, of %d: the cases do not cover both", whole, some)
	}
}

// TestFindingKeys: tab scrolls the summary to the next finding, p to the
// one before; at the last, tab stays; the key help shows both.
func TestFindingKeys(t *testing.T) {
	t.Parallel()
	names, cases := golden.Cases(t, filepath.Join("..", "..", "testdata", "cases"))
	for _, lang := range i18n.Langs {
		cat := i18n.MustLoad(lang)
		t.Run(string(lang), func(t *testing.T) {
			want := cases[names[0]]
			for _, n := range names {
				if a := cases[n]; len(report.Build(&a, report.Options{Lang: lang}).Findings) >= 3 {
					want = a
					break
				}
			}
			d, r := summaryOf(t, lang, &want)
			d.has(cat.T("tui.key.findings") + " " + cat.T("tui.help.findings"))
			top := func() string { return strings.SplitN(d.screen(), "\n", 2)[0] }
			for i := range 3 {
				d.press("tab")
				if l := r.Card.Lines[i]; !strings.Contains(top(), cardLine(cat, i, l)) {
					t.Fatalf("tab %d: the screen starts with %q, not finding %d", i+1, top(), i+1)
				}
			}
			d.press("p")
			if !strings.Contains(top(), cardLine(cat, 1, r.Card.Lines[1])) {
				t.Fatalf("p: the screen starts with %q, not finding 2", top())
			}
			for range len(r.Findings) + 2 {
				d.press("tab")
			}
			last := d.screen()
			d.press("tab")
			if d.screen() != last || d.on() != "summary" {
				t.Fatalf("tab after the last finding moved:\n%s", d.screen())
			}
		})
	}
}
