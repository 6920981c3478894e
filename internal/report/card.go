package report

import (
	"strconv"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
)

// CardLines is the most findings the overview card lists one a line,
// unless more of them are urgent or stops (those are always listed), or
// what is left is one finding a level (see Card.Lines).
const CardLines = 8

// Card is the report at a glance, shown after the help that comes first
// (and a counsellor's read-back) and before the findings: the headline,
// a badge per level that has findings, and a line per finding.
//
// A renderer draws Title as the card's heading, then Headline, then the
// Badges side by side (a plain renderer joins their Text with Separator;
// one that styles them uses Symbol, Label and Count, and never drops the
// Label, so that no level rests on colour or symbol alone), then Lines
// one a line in order, then More one a line. Text and markdown number
// each line Index+1, as the findings below are numbered; the TUI can use
// Index to jump to the finding. A report without findings has a card
// with its headline only.
type Card struct {
	// Title is the card's heading ("At a glance").
	Title string
	// Headline is the report's headline, the same as Report.Headline.
	Headline string
	// Badges are the levels that have findings, highest first, with how
	// many findings each has.
	Badges []Badge
	// Separator is the mark between two badges on a line ("·"), with a
	// space either side.
	Separator string
	// Lines are the findings the card lists, in the report's order: every
	// urgent and stop finding, then the next ones up to CardLines, or all
	// of them when no level would be left with more than one (a line "…
	// and 1 more" takes as much room as the finding). They are always the
	// first len(Lines) findings.
	Lines []CardLine
	// More counts, level by level (highest first), the findings the card
	// does not list; nil when it lists every finding.
	More []More
}

// Badge is one level of the card with how many findings it has.
type Badge struct {
	Level rules.Level
	// Label is the level in words ("Advised against").
	Label string
	// Symbol is the level's ASCII marker ("[X]").
	Symbol string
	// Count is the number of findings of the level, at least 1.
	Count int
	// Text is the badge in words, for plain renderers:
	// "[X] Advised against (2)".
	Text string
}

// CardLine is one finding as the card lists it.
type CardLine struct {
	Level rules.Level
	// Symbol is the level's ASCII marker ("[X]").
	Symbol string
	// Label is the level in words ("Advised against").
	Label string
	// Title is the finding's title.
	Title string
	// Index is the finding's place in Report.Findings, from 0.
	Index int
	// Text is the line in words, for plain renderers, the same as the
	// finding's first line below: "[X] Advised against: Bipolar I disorder".
	Text string
}

// More is how many findings of a level the card leaves to the findings
// below.
type More struct {
	Level rules.Level
	// Symbol is the level's ASCII marker ("[!]").
	Symbol string
	// Label is the level in words ("Check first").
	Label string
	// Count is the number of findings of the level not listed, at least 1.
	Count int
	// Text is the line in words, for plain renderers:
	// "[!] Check first: … and 2 more below".
	Text string
}

// cardLineCount returns how many of the findings the card lists: the
// first CardLines (or all there are), every urgent and stop finding, and
// the rest too when no level is left with more than one: a line "… and 1
// more" would take the place of the finding's own. Findings are sorted by
// level, highest first, so these are the first ones.
func cardLineCount(fs []Finding) int {
	n := min(len(fs), CardLines)
	for n < len(fs) && fs[n].Rank >= rules.Stop {
		n++
	}
	for i := n + 1; i < len(fs); i++ {
		if fs[i].Rank == fs[i-1].Rank {
			return n // a level left with two or more
		}
	}
	return len(fs)
}

// newCard builds the card of a report whose headline and findings are
// built.
func newCard(cat *i18n.Catalog, r *Report) Card {
	c := Card{Title: cat.T("render.card.title"), Headline: r.Headline, Separator: cat.T("render.card.separator")}
	n := cardLineCount(r.Findings)
	for i, f := range r.Findings {
		label, symbol := cat.T("level."+f.Level), vocab.Symbol(cat, f.Level)
		if b := len(c.Badges) - 1; b >= 0 && c.Badges[b].Level == f.Rank {
			c.Badges[b].Count++
		} else {
			c.Badges = append(c.Badges, Badge{Level: f.Rank, Label: label, Symbol: symbol, Count: 1})
		}
		if i < n {
			c.Lines = append(c.Lines, CardLine{Level: f.Rank, Symbol: symbol, Label: label, Title: f.Title, Index: i, Text: FindingTitle(cat, f)})
			continue
		}
		if m := len(c.More) - 1; m >= 0 && c.More[m].Level == f.Rank {
			c.More[m].Count++
		} else {
			c.More = append(c.More, More{Level: f.Rank, Label: label, Symbol: symbol, Count: 1})
		}
	}
	for i, b := range c.Badges {
		c.Badges[i].Text = cat.F("render.card.badge", "symbol", b.Symbol, "label", b.Label, "count", strconv.Itoa(b.Count))
	}
	for i, m := range c.More {
		c.More[i].Text = cat.F("render.card.more", "symbol", m.Symbol, "label", m.Label, "count", strconv.Itoa(m.Count))
	}
	return c
}
