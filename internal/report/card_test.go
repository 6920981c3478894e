package report

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/rules"
)

// ranks builds findings of the given levels, as a report sorts them.
func ranks(ls ...rules.Level) []Finding {
	out := make([]Finding, len(ls))
	for i, l := range ls {
		out[i] = Finding{Rank: l, Level: l.String()}
	}
	return out
}

func repeat(l rules.Level, n int) []rules.Level { return slices.Repeat([]rules.Level{l}, n) }

func TestCardLineCount(t *testing.T) {
	U, S, C, N := rules.Urgent, rules.Stop, rules.Caution, rules.Note
	tests := []struct {
		name   string
		levels []rules.Level
		want   int
	}{
		{"none", nil, 0},
		{"fewer than eight", []rules.Level{S, C, N}, 3},
		{"eight", slices.Concat(repeat(C, 4), repeat(N, 4)), 8},
		{"one left: listed", slices.Concat(repeat(C, 8), repeat(N, 1)), 9},
		{"one a level left: listed", slices.Concat(repeat(S, 2), repeat(C, 6), []rules.Level{C, N}), 10},
		{"two of a level left", slices.Concat(repeat(C, 8), repeat(N, 2)), 8},
		{"two left, one of them a level further", slices.Concat(repeat(C, 9), repeat(N, 2)), 8},
		{"every urgent and stop", slices.Concat([]rules.Level{U}, repeat(S, 9), repeat(C, 3)), 10},
		{"stops, then one caution left twice", slices.Concat(repeat(S, 10), repeat(C, 2)), 10},
	}
	for _, tc := range tests {
		if got := cardLineCount(ranks(tc.levels...)); got != tc.want {
			t.Errorf("%s: %d lines, want %d", tc.name, got, tc.want)
		}
	}
}

// TestCardModel checks the card of the report with the most findings to
// the letter, and the card of every golden case against the findings.
func TestCardModel(t *testing.T) {
	_, cases := golden.Cases(t, casesDir)
	a := cases["underground-all-no"]
	r := Build(&a, Options{Lang: i18n.En})
	c := r.Card
	if c.Title != "At a glance" || c.Headline != r.Headline || c.Separator != "·" {
		t.Errorf("title %q, headline %q, separator %q", c.Title, c.Headline, c.Separator)
	}
	wantBadges := []Badge{
		{rules.Stop, "Advised against", "[X]", 5, "[X] Advised against (5)"},
		{rules.Caution, "Check first", "[!]", 4, "[!] Check first (4)"},
		{rules.Note, "Worth knowing", "[i]", 2, "[i] Worth knowing (2)"},
	}
	if !slices.Equal(c.Badges, wantBadges) {
		t.Errorf("badges\n got %+v\nwant %+v", c.Badges, wantBadges)
	}
	if len(c.Lines) != 8 {
		t.Fatalf("%d lines, want 8", len(c.Lines))
	}
	wantLine := CardLine{rules.Caution, "[!]", "Check first", "No clear agreements on boundaries", 7,
		"[!] Check first: No clear agreements on boundaries"}
	if c.Lines[7] != wantLine {
		t.Errorf("line 8\n got %+v\nwant %+v", c.Lines[7], wantLine)
	}
	wantMore := []More{
		{rules.Caution, "[!]", "Check first", 1, "[!] Check first: … and 1 more below"},
		{rules.Note, "[i]", "Worth knowing", 2, "[i] Worth knowing: … and 2 more below"},
	}
	if !slices.Equal(c.More, wantMore) {
		t.Errorf("more\n got %+v\nwant %+v", c.More, wantMore)
	}

	for b := range reports(t, false) {
		checkCard(t, b.name+"."+string(b.lang), b.r)
	}
}

// checkCard checks a card against its report's findings: a badge per
// level with findings, counting them; the first findings listed, each as
// its title line below; the rest counted per level.
func checkCard(t *testing.T, where string, r *Report) {
	t.Helper()
	cat, c := r.Catalog(), r.Card
	total := 0
	for i, b := range c.Badges {
		n := 0
		for _, f := range r.Findings {
			if f.Rank == b.Level {
				n++
			}
		}
		if b.Count != n || n == 0 || (i > 0 && c.Badges[i-1].Level <= b.Level) || b.Label != cat.T("level."+b.Level.String()) {
			t.Errorf("%s: badge %+v (%d findings of its level)", where, b, n)
		}
		total += b.Count
	}
	if total != len(r.Findings) {
		t.Errorf("%s: badges count %d findings, the report has %d", where, total, len(r.Findings))
	}
	if want := cardLineCount(r.Findings); len(c.Lines) != want {
		t.Errorf("%s: %d lines, want %d", where, len(c.Lines), want)
	}
	for i, l := range c.Lines {
		f := r.Findings[i]
		if l.Index != i || l.Level != f.Rank || l.Title != f.Title || l.Text != FindingTitle(cat, f) {
			t.Errorf("%s: line %d is %+v, finding %s", where, i, l, f.Rule)
		}
	}
	left := map[rules.Level]int{}
	for _, f := range r.Findings[len(c.Lines):] {
		left[f.Rank]++
	}
	for _, m := range c.More {
		if m.Count != left[m.Level] || m.Count == 0 || !strings.Contains(m.Text, m.Label) || !strings.Contains(m.Text, fmt.Sprint(m.Count)) {
			t.Errorf("%s: more %+v, %d left of its level", where, m, left[m.Level])
		}
		delete(left, m.Level)
	}
	if len(left) != 0 {
		t.Errorf("%s: findings left out and not counted: %v", where, left)
	}
}

// screenRows is the height of the smallest terminal a report is read on
// (80x24).
const screenRows = 24

// TestCardOnFirstScreen checks, for every golden case in both languages,
// for the person and the counsellor, that the text report's card fits a
// 80x24 screen from the report's title: the headline and the first card
// line always, the whole card when there are at most CardLines findings.
// Without help first and read-back, the title is the file's first line,
// so this is the first screen.
func TestCardOnFirstScreen(t *testing.T) {
	for b := range reports(t, false, true) {
		r, counsellor := b.r, b.counsellor
		where := fmt.Sprintf("%s.%s/counsellor=%v", b.name, b.lang, counsellor)
		cat := r.Catalog()
		lines := strings.Split(string(Text(r)), "\n")
		title := slices.Index(lines, cat.T("report.title"))
		end := slices.Index(lines, cat.T("report.findings")) - 1 // the blank line before it
		if title < 0 || end < title {
			t.Fatalf("%s: title at %d, findings at %d", where, title, end+1)
		}
		if !r.HelpFirst && !counsellor && title != 0 {
			t.Errorf("%s: the title on line %d, want 1", where, title+1)
		}
		screen := lines[title:min(title+screenRows, len(lines))]
		card := lines[title:end]
		if len(r.Findings) <= CardLines && len(card) > screenRows {
			t.Errorf("%s: the card takes %d lines from the title, more than %d:\n%s", where, len(card), screenRows, strings.Join(card, "\n"))
		}
		first := r.Card.Headline
		if len(r.Card.Lines) > 0 {
			first = r.Card.Lines[0].Text
		}
		if !strings.Contains(foldText(strings.Join(screen, "\n")), foldText(first)) {
			t.Errorf("%s: %q is not on the first screen from the title", where, first)
		}
	}
}

// TestReadmeCard checks that the card the README shows is the start of
// its case's golden report, so that the README cannot go stale.
func TestReadmeCard(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(data), "### The overview card\n")
	_, block, ok2 := strings.Cut(after, "```text\n")
	block, _, ok3 := strings.Cut(block, "```\n")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README: no text block under \"### The overview card\"")
	}
	want, err := os.ReadFile(filepath.Join(goldenDir, "underground-all-no.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	card, _, _ := strings.Cut(string(want), "\n"+i18n.MustLoad(i18n.En).T("report.findings")+"\n")
	if block != card {
		t.Errorf("README: the card is not underground-all-no.en.txt up to the findings: %s", golden.FirstDiff([]byte(block), []byte(card)))
	}
}
