// Package report builds the one report model that every output of
// mdma-screen renders: JSON, text, markdown, the TUI summary and the
// counsellor's read-back. Building it is the only place where rule facts
// meet texts; renderers only lay it out.
package report

import (
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// Program is the program's version.
const Program = vocab.Program

// Report is everything any renderer needs, in the contract's order.
type Report struct {
	Level      string         `json:"level"`
	Lang       string         `json:"lang"`
	Headline   string         `json:"headline"`
	Findings   []Finding      `json:"findings"`
	Answers    map[string]any `json:"answers"`
	Unanswered []string       `json:"unanswered"`
	GoodToKnow []Section      `json:"good_to_know"`
	Help       []Help         `json:"help"`
	Disclaimer string         `json:"disclaimer"`
	Version    Version        `json:"version"`
	// Readback is the counsellor's read-back, in order: only what is read
	// aloud; nil unless the report was built for a counsellor.
	Readback []string `json:"readback,omitempty"`

	// ReadbackLines is the read-back with the counsellor's own notes in
	// their place (Note true: shown to the counsellor, never read aloud);
	// nil unless the report was built for a counsellor. Renderers of the
	// read-back use it; Readback is the same without the notes.
	ReadbackLines []ReadbackLine `json:"-"`
	// HeadlineKind is the headline's kind, the suffix of its catalog key
	// ("stop.person.clinical_trial", "caution.both", "none.empty", ...).
	// When it is the person's stop, Headline ends with the person's stop
	// advice the headline does not give already (PTSD treatment, a
	// trusted adult for a minor), and no finding repeats it.
	HeadlineKind string `json:"-"`

	// HelpFirst is true when the help contacts come before everything
	// else: crisis fired or is unanswered.
	HelpFirst bool `json:"-"`
	// HelpFirstEntries is the help shown first when HelpFirst (the same
	// order as Help, without Cepda); nil otherwise.
	HelpFirstEntries []Help `json:"-"`
	// Rank is the report's level as a value.
	Rank rules.Level `json:"-"`
	// Card is the report at a glance: the headline, the levels with their
	// counts and the first findings, for the top of a report.
	Card Card `json:"-"`
	// Answered lists the asked questions in order, for the "what you
	// answered" part.
	Answered []Answer `json:"-"`
	// Fault is the sentence that it is not the person's fault if
	// something went wrong; it goes with the help.
	Fault string `json:"-"`

	cat *i18n.Catalog
}

// Catalog returns the catalog the report was built in, for renderers'
// headings and labels.
func (r *Report) Catalog() *i18n.Catalog { return r.cat }

// Finding is a rule that fired, in words.
type Finding struct {
	Rule        string    `json:"rule"`
	Level       string    `json:"level"`
	Category    string    `json:"category"`
	Title       string    `json:"title"`
	Explanation string    `json:"explanation"`
	Because     []Because `json:"because"`
	Source      string    `json:"source"`

	// Rank is the finding's level as a value.
	Rank rules.Level `json:"-"`
	// Sources are the source citations one by one.
	Sources []string `json:"-"`
	// Reasons say each answer of Because in words ("Bipolar I: yes",
	// "Heart: not answered").
	Reasons []string `json:"-"`
	// Items are the things the finding names (medicines or questions),
	// one by one, as Explanation joins them; nil when it names none.
	Items []string `json:"-"`
	// ItemsAsLines is true when the finding names more than three items:
	// renderers with lines show ItemsLead, then Items one a line, then
	// ItemsTail, instead of Explanation (JSON keeps Explanation).
	ItemsAsLines bool `json:"-"`
	// ItemsLead is the explanation up to the items, ending in a colon.
	ItemsLead string `json:"-"`
	// ItemsTail is the explanation after the items.
	ItemsTail string `json:"-"`
}

// ReadbackLine is one entry of the counsellor's read-back.
type ReadbackLine struct {
	Text string
	// Note is true for the counsellor's own note: not read aloud.
	Note bool
}

// Because is an answer that made the rule fire: a string, an array of
// option IDs for a multi, or null when the question counts as unanswered.
type Because struct {
	Question string `json:"question"`
	Answer   any    `json:"answer"`
}

// Section is a "good to know" part.
type Section struct {
	Title string `json:"title"`
	Text  string `json:"text"`

	// Lines, when not nil, are the section's list one item a line
	// (the signs of an emergency): renderers with lines show Lead, then
	// Lines one a line, then Tail, instead of Text (JSON keeps Text, the
	// same words in one paragraph).
	Lines []string `json:"-"`
	// Lead is the text before Lines, ending in a colon.
	Lead string `json:"-"`
	// Tail is the text after Lines.
	Tail string `json:"-"`
}

// emergencySigns are the catalog keys of the signs of an emergency
// ("gtk.emergency.sign.<key>"), in the order they are shown.
var emergencySigns = []string{"hot", "confused", "vomiting", "muscles", "heart", "fainting"}

// emergencySection is "Signs of an emergency": the signs one a line, and
// as one paragraph (signs joined by semicolons) for Text.
func emergencySection(cat *i18n.Catalog) Section {
	s := Section{Title: cat.T("gtk.emergency.title"), Lead: cat.T("gtk.emergency.lead"), Tail: cat.T("gtk.emergency.after")}
	for _, k := range emergencySigns {
		s.Lines = append(s.Lines, cat.T("gtk.emergency.sign."+k))
	}
	s.Text = s.Lead + " " + strings.Join(s.Lines, "; ") + ". " + s.Tail
	return s
}

// Help is a place to get help.
type Help = vocab.Help

// Version names the program's and the rule set's versions.
type Version = vocab.Version

// Answer is one asked question with what was answered.
type Answer struct {
	ID    string
	Label string
	// Value is the answer in words (labels joined), "" when unanswered.
	Value      string
	Unsure     bool
	Unanswered bool
}

// Options choose how a report is built.
type Options struct {
	Lang       i18n.Lang
	Counsellor bool
}

var goodToKnow = []string{"status", "course", "reactions", "psychological", "relational"}

// Build evaluates the answers and builds the report.
func Build(a *screening.Answers, opt Options) *Report {
	return FromResult(a, rules.Evaluate(a), opt)
}

// FromResult builds the report from answers and their evaluation.
func FromResult(a *screening.Answers, res *rules.Result, opt Options) *Report {
	cat := i18n.MustLoad(opt.Lang)
	r := &Report{
		Level:      res.Level.String(),
		Lang:       string(opt.Lang),
		Rank:       res.Level,
		Findings:   []Finding{},
		Answers:    map[string]any{},
		Unanswered: []string{},
		GoodToKnow: []Section{},
		Help:       []Help{},
		Disclaimer: cat.T("disclaimer"),
		Version:    vocab.Versions(),
		Fault:      cat.T("help.fault"),
		cat:        cat,
	}
	c := newComposer(cat, a, res)
	r.HeadlineKind = headlineKind(a, res)
	r.Headline = cat.T("headline." + r.HeadlineKind)
	if personStop(r.HeadlineKind) {
		// The person's stop advice goes with the headline; its sources go
		// with the first finding about the person, the reason it is given.
		advice, from := c.personAdvice(true)
		c.headlineSources = from
		r.Headline = join(append([]string{r.Headline}, advice...))
	}
	r.HelpFirst = a.CrisisAlert() || a.AlertUnanswered()
	if r.HelpFirst {
		r.HelpFirstEntries = vocab.HelpFirstEntries(cat, a)
	}

	for _, f := range res.Findings {
		r.Findings = append(r.Findings, c.finding(f))
	}
	r.Card = newCard(cat, r)
	for q := range screening.NumQuestions {
		if !a.Asked(q) {
			continue
		}
		id := screening.QuestionAt(q).ID
		ans := Answer{ID: id, Label: vocab.Label(cat, q)}
		if v, ok := a.Get(q); ok {
			r.Answers[id] = value(q, v)
			ans.Value = vocab.Answer(cat, q, v)
			ans.Unsure = vocab.IsUnsure(q, v)
		} else {
			r.Unanswered = append(r.Unanswered, id)
			ans.Unanswered = true
		}
		r.Answered = append(r.Answered, ans)
	}
	for _, k := range goodToKnow {
		r.GoodToKnow = append(r.GoodToKnow, Section{Title: cat.T("gtk." + k + ".title"), Text: cat.T("gtk." + k + ".text")})
		if k == "reactions" && emergencyFired(res) {
			r.GoodToKnow = append(r.GoodToKnow, emergencySection(cat))
		}
	}
	r.Help = vocab.HelpEntries(cat, a)
	if opt.Counsellor {
		r.ReadbackLines = readback(cat, a, res, r.HeadlineKind)
		r.Readback = []string{}
		for _, l := range r.ReadbackLines {
			if !l.Note {
				r.Readback = append(r.Readback, l.Text)
			}
		}
	}
	return r
}

func joinSources(s []string) string { return strings.Join(s, "; ") }

// value is an answer as the answers file writes it.
func value(q int, s screening.OptionSet) any {
	vals := s.Values(q)
	if screening.QuestionAt(q).Kind == screening.Multi {
		return vals
	}
	return vals[0]
}
