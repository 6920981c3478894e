// Package report builds the one report model that every output of
// mdma-screen renders: JSON, text, markdown, the TUI summary and the
// counsellor's read-back. Building it is the only place where rule facts
// meet texts; renderers only lay it out.
package report

import (
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
	// Readback is the counsellor's read-back, in order; nil unless the
	// report was built for a counsellor.
	Readback []string `json:"readback,omitempty"`

	// HelpFirst is true when the help contacts come before everything
	// else: crisis fired or is unanswered.
	HelpFirst bool `json:"-"`
	// Rank is the report's level as a value.
	Rank rules.Level `json:"-"`
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
	// Reasons say each answer of Because in words ("Bipolar I: yes").
	Reasons []string `json:"-"`
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
	clinical := vocab.Clinical(a)
	r.Headline = cat.T(headlineKey("headline.", res.Level, clinical))
	r.HelpFirst = a.CrisisAlert() || a.AlertUnanswered()

	for _, f := range res.Findings {
		r.Findings = append(r.Findings, finding(cat, a, f, clinical))
	}
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
	}
	r.Help = vocab.HelpEntries(cat, a)
	if opt.Counsellor {
		r.Readback = readback(cat, a, res, clinical)
	}
	return r
}

func headlineKey(prefix string, l rules.Level, clinical bool) string {
	if l == rules.Stop && clinical {
		return prefix + "stop_clinical"
	}
	return prefix + l.String()
}

func finding(cat *i18n.Catalog, a *screening.Answers, f rules.Finding, clinical bool) Finding {
	rule := f.Rule
	out := Finding{
		Rule:     rule.ID,
		Level:    rule.Level.String(),
		Category: rule.Category,
		Title:    cat.T("rule." + rule.ID + ".title"),
		Because:  make([]Because, 0, len(f.Because)),
		Rank:     rule.Level,
	}
	for _, b := range f.Because {
		id := screening.QuestionAt(b.Question).ID
		var ans any
		reason := vocab.Label(cat, b.Question) + ": "
		if b.Answered {
			ans = value(b.Question, b.Options)
			reason += vocab.Answer(cat, b.Question, b.Options)
		} else {
			reason += cat.T("report.unanswered")
		}
		out.Because = append(out.Because, Because{Question: id, Answer: ans})
		out.Reasons = append(out.Reasons, reason)
	}
	items := cat.List(vocab.Items(cat, f))
	out.Explanation = cat.F("rule."+rule.ID+".text", "items", items)
	if rule.Level == rules.Stop && clinical {
		out.Explanation += " " + cat.T("rule.stop.clinical")
	}
	for _, s := range rule.Sources {
		out.Sources = append(out.Sources, cat.T("source."+s))
	}
	out.Source = joinSources(out.Sources)
	return out
}

func joinSources(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "; "
		}
		out += x
	}
	return out
}

// value is an answer as the answers file writes it.
func value(q int, s screening.OptionSet) any {
	vals := s.Values(q)
	if screening.QuestionAt(q).Kind == screening.Multi {
		return vals
	}
	return vals[0]
}

func readback(cat *i18n.Catalog, a *screening.Answers, res *rules.Result, clinical bool) []string {
	out := []string{}
	if a.CrisisAlert() {
		out = append(out, cat.T("readback.help_first"))
	}
	out = append(out, cat.T(headlineKey("readback.headline.", res.Level, clinical)))
	for _, f := range res.Findings {
		s := cat.F("rule."+f.Rule.ID+".readback", "items", cat.List(vocab.Items(cat, f)))
		out = append(out, s)
	}
	out = append(out, cat.T("readback.next."+res.Level.String()))
	out = append(out, cat.T("readback.help"))
	if vocab.Minor(a) {
		out = append(out, cat.T("readback.help_child"))
	}
	out = append(out, cat.T("readback.disclaimer"))
	return out
}
