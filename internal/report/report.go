// Package report builds the one report model that every output of
// mdma-screen renders: JSON, text, markdown, the TUI summary and the
// counsellor's read-back. Building it is the only place where rule facts
// meet texts; renderers only lay it out.
package report

import (
	"mdma-screen/i18n"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// Program is the program's version.
const Program = "0.1.0"

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
type Help struct {
	Name    string `json:"name"`
	Contact string `json:"contact"`
	When    string `json:"when"`
}

// Version names the program's and the rule set's versions.
type Version struct {
	Program string `json:"program"`
	Rules   string `json:"rules"`
}

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

var (
	qCrisis  = screening.MustIndex("crisis")
	qAdult   = screening.MustIndex("adult")
	qSetting = screening.MustIndex("setting")
)

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
		Version:    Version{Program: Program, Rules: rules.Version},
		Fault:      cat.T("help.fault"),
		cat:        cat,
	}
	clinical := Clinical(a)
	r.Headline = cat.T(headlineKey("headline.", res.Level, clinical))
	r.HelpFirst = res.Fired("crisis") || !a.Answered(qCrisis)

	for _, f := range res.Findings {
		r.Findings = append(r.Findings, finding(cat, a, f, clinical))
	}
	qs := screening.Questions()
	for q := range qs {
		if !a.Asked(q) {
			continue
		}
		id := qs[q].ID
		ans := Answer{ID: id, Label: cat.T("q." + id + ".label")}
		if v, ok := a.Get(q); ok {
			r.Answers[id] = value(q, v)
			ans.Value = cat.List(optionLabels(cat, q, v))
			ans.Unsure = qs[q].Unsure != "" && v&unsureMask(q) != 0
		} else {
			r.Unanswered = append(r.Unanswered, id)
			ans.Unanswered = true
		}
		r.Answered = append(r.Answered, ans)
	}
	for _, k := range goodToKnow {
		r.GoodToKnow = append(r.GoodToKnow, Section{Title: cat.T("gtk." + k + ".title"), Text: cat.T("gtk." + k + ".text")})
	}
	r.Help = HelpEntries(cat, a)
	if opt.Counsellor {
		r.Readback = readback(cat, a, res, clinical)
	}
	return r
}

// HelpEntries returns where to get help: Børnetelefonen is included when
// the person answered that they are under 18.
func HelpEntries(cat *i18n.Catalog, a *screening.Answers) []Help {
	keys := []string{"emergency", "doctor", "livslinien"}
	if Minor(a) {
		keys = append(keys, "bornetelefonen")
	}
	keys = append(keys, "cepda")
	out := make([]Help, 0, len(keys))
	for _, k := range keys {
		out = append(out, Help{Name: cat.T("help." + k + ".name"), Contact: cat.T("help." + k + ".contact"), When: cat.T("help." + k + ".when")})
	}
	return out
}

// Minor reports whether the person answered adult = no.
func Minor(a *screening.Answers) bool {
	v, ok := a.Get(qAdult)
	return ok && screening.MaskValues(qAdult, v)[0] == "no"
}

// Clinical reports whether the setting is a clinical trial or an approved
// clinic, where stop findings are for the trial team or psychiatrist.
func Clinical(a *screening.Answers) bool {
	v, ok := a.Get(qSetting)
	if !ok {
		return false
	}
	s := screening.MaskValues(qSetting, v)[0]
	return s == "clinical_trial" || s == "approved_clinic"
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
	qs := screening.Questions()
	for _, b := range f.Because {
		id := qs[b.Question].ID
		var ans any
		reason := cat.T("q."+id+".label") + ": "
		if b.Answered {
			ans = value(b.Question, b.Options)
			reason += cat.List(optionLabels(cat, b.Question, b.Options))
		} else {
			reason += cat.T("report.unanswered")
		}
		out.Because = append(out.Because, Because{Question: id, Answer: ans})
		out.Reasons = append(out.Reasons, reason)
	}
	items := cat.List(Items(cat, f))
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

// Items returns what a listing finding names, as phrases that read well
// inside a sentence: the medicines of a medication finding
// ("opt.<id>.<option>.topic"), else the topics of the questions behind it
// ("q.<id>.topic").
func Items(cat *i18n.Catalog, f rules.Finding) []string {
	if !f.Rule.Lists {
		return nil
	}
	qs := screening.Questions()
	var items []string
	for _, b := range f.Because {
		if qs[b.Question].Kind == screening.Multi {
			for _, o := range screening.MaskValues(b.Question, b.Options) {
				items = append(items, cat.T(OptionKey(b.Question, o)+".topic"))
			}
			continue
		}
		items = append(items, cat.T("q."+qs[b.Question].ID+".topic"))
	}
	return items
}

// value is an answer as the answers file writes it.
func value(q int, m uint16) any {
	vals := screening.MaskValues(q, m)
	if screening.Questions()[q].Kind == screening.Multi {
		return vals
	}
	return vals[0]
}

// OptionKey returns the catalog key of an option's label.
func OptionKey(q int, option string) string {
	qq := screening.Questions()[q]
	if qq.Kind == screening.YesNo || qq.Kind == screening.YesNoUnsure {
		return "opt." + option
	}
	return "opt." + qq.ID + "." + option
}

func optionLabels(cat *i18n.Catalog, q int, m uint16) []string {
	vals := screening.MaskValues(q, m)
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = cat.T(OptionKey(q, v))
	}
	return out
}

func unsureMask(q int) uint16 {
	u := screening.Questions()[q].Unsure
	if u == "" {
		return 0
	}
	m, _ := screening.Mask(q, u)
	return m
}

func readback(cat *i18n.Catalog, a *screening.Answers, res *rules.Result, clinical bool) []string {
	out := []string{}
	if res.Fired("crisis") {
		out = append(out, cat.T("readback.help_first"))
	}
	out = append(out, cat.T(headlineKey("readback.headline.", res.Level, clinical)))
	for _, f := range res.Findings {
		s := cat.F("rule."+f.Rule.ID+".readback", "items", cat.List(Items(cat, f)))
		out = append(out, s)
	}
	out = append(out, cat.T("readback.next."+res.Level.String()))
	out = append(out, cat.T("readback.help"))
	if Minor(a) {
		out = append(out, cat.T("readback.help_child"))
	}
	out = append(out, cat.T("readback.disclaimer"))
	return out
}
