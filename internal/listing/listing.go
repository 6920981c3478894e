// Package listing renders the question bank (a paper version, or the
// counsellor's call script) and the rule catalogue, from the same data the
// screening runs on.
package listing

import (
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// QuestionList is the question bank in words.
type QuestionList struct {
	Lang       string          `json:"lang"`
	Counsellor bool            `json:"counsellor"`
	Questions  []QuestionEntry `json:"questions"`
	Disclaimer string          `json:"disclaimer"`
	Version    vocab.Version   `json:"version"`
}

// QuestionEntry is one question in words.
type QuestionEntry struct {
	ID            string               `json:"id"`
	Section       string               `json:"section"`
	SectionTitle  string               `json:"section_title"`
	Kind          string               `json:"kind"`
	Label         string               `json:"label"`
	Prompt        string               `json:"prompt"`
	Help          string               `json:"help"`
	Options       []Option             `json:"options"`
	AskedWhen     *screening.Condition `json:"asked_when"`
	AskedWhenText string               `json:"asked_when_text"`
	Source        string               `json:"source"`
	// Read and Note are the counsellor's read-aloud text and note; only
	// in the call script.
	Read string `json:"read,omitempty"`
	Note string `json:"note,omitempty"`
}

// Option is an answer option in words.
type Option struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// RuleList is the rule catalogue in words.
type RuleList struct {
	Lang       string        `json:"lang"`
	Rules      []RuleEntry   `json:"rules"`
	Disclaimer string        `json:"disclaimer"`
	Version    vocab.Version `json:"version"`
}

// RuleEntry is one rule in words.
type RuleEntry struct {
	ID        string        `json:"id"`
	Level     string        `json:"level"`
	Category  string        `json:"category"`
	Title     string        `json:"title"`
	FiresWhen string        `json:"fires_when"`
	Trigger   rules.Trigger `json:"trigger"`
	Source    string        `json:"source"`
	Sources   []string      `json:"-"`
}

// BuildQuestions returns the question bank in the catalog's language.
func BuildQuestions(cat *i18n.Catalog, counsellor bool) QuestionList {
	l := QuestionList{Lang: string(cat.Lang), Counsellor: counsellor, Questions: []QuestionEntry{},
		Disclaimer: cat.T("disclaimer"), Version: vocab.Versions()}
	for q, qq := range screening.Questions() {
		e := QuestionEntry{
			ID: qq.ID, Section: qq.Section, SectionTitle: vocab.Section(cat, qq.Section),
			Kind: qq.Kind.String(), Label: vocab.Label(cat, q),
			Prompt: vocab.Prompt(cat, q), Help: vocab.HelpText(cat, q),
			Options: []Option{}, AskedWhenText: AskedWhen(cat, qq.When),
		}
		if !qq.When.Always() {
			w := qq.When
			e.AskedWhen = &w
		}
		for _, o := range qq.Options {
			e.Options = append(e.Options, Option{ID: o, Label: vocab.Option(cat, q, o)})
		}
		var src []string
		for _, s := range qq.Sources {
			src = append(src, cat.T("source."+s))
		}
		e.Source = strings.Join(src, "; ")
		if counsellor {
			e.Read = vocab.Read(cat, q)
			e.Note = vocab.Note(cat, q)
		}
		l.Questions = append(l.Questions, e)
	}
	return l
}

// BuildRules returns the rule catalogue in the catalog's language.
func BuildRules(cat *i18n.Catalog) RuleList {
	l := RuleList{Lang: string(cat.Lang), Rules: []RuleEntry{},
		Disclaimer: cat.T("disclaimer"), Version: vocab.Versions()}
	for _, r := range rules.Rules() {
		e := RuleEntry{ID: r.ID, Level: r.Level.String(), Category: r.Category,
			Title: cat.T("rule." + r.ID + ".title"), FiresWhen: FiresWhen(cat, r.When), Trigger: r.When}
		for _, s := range r.Sources {
			e.Sources = append(e.Sources, cat.T("source."+s))
		}
		e.Source = strings.Join(e.Sources, "; ")
		l.Rules = append(l.Rules, e)
	}
	return l
}

// AskedWhen says in words when a question is asked.
func AskedWhen(cat *i18n.Catalog, c screening.Condition) string {
	if c.Always() {
		return cat.T("list.always")
	}
	return answerIn(cat, "list.asked_when", c.Question, c.In)
}

// FiresWhen says in words when a rule fires.
func FiresWhen(cat *i18n.Catalog, t rules.Trigger) string {
	return describe(cat, t, true)
}

func describe(cat *i18n.Catalog, t rules.Trigger, top bool) string {
	switch t.Op {
	case rules.Is:
		return answerIn(cat, "list.is", t.Question, t.Values)
	case rules.AskedNot:
		return answerIn(cat, "list.asked_not", t.Question, t.Values)
	case rules.Unanswered:
		return cat.T("list.unanswered")
	case rules.Any, rules.All:
		parts := make([]string, len(t.Args))
		for i, a := range t.Args {
			parts[i] = describe(cat, a, false)
		}
		word := cat.T("list.or")
		if t.Op == rules.All {
			word = cat.T("list.and")
		}
		s := strings.Join(parts, " "+word+" ")
		if !top {
			s = "(" + s + ")"
		}
		return s
	}
	return ""
}

// answerIn is the sentence key (list.asked_when, list.is,
// list.asked_not) said of a question, by ID, and some of its options:
// the question's label and the options' labels joined with "or".
func answerIn(cat *i18n.Catalog, key, question string, options []string) string {
	q := screening.MustIndex(question)
	return cat.F(key, "question", quote(cat, vocab.Label(cat, q)), "values", orList(cat, vocab.Labels(cat, q, options)))
}

// orList joins answer labels with "or", each quoted (list.quote), so that
// labels and the words around them do not run together.
func orList(cat *i18n.Catalog, items []string) string {
	quoted := make([]string, len(items))
	for i, it := range items {
		quoted[i] = quote(cat, it)
	}
	if len(quoted) <= 1 {
		return strings.Join(quoted, "")
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " " + cat.T("list.or") + " " + quoted[len(quoted)-1]
}

// quote marks a question's or an answer's label inside a sentence of a
// listing: »Tidligere psykose« er »Ja« (English writes labels bare).
func quote(cat *i18n.Catalog, label string) string {
	return cat.F("list.quote", "text", label)
}

func jsonBytes(v any) []byte {
	b, err := layout.JSON(v)
	if err != nil {
		panic(err) // only plain data: cannot fail
	}
	return b
}

// Questions renders the question bank in a format.
func Questions(cat *i18n.Catalog, format string, counsellor bool) []byte {
	l := BuildQuestions(cat, counsellor)
	switch format {
	case "markdown":
		return QuestionsMarkdown(cat, l)
	case "text":
		return QuestionsText(cat, l)
	}
	return jsonBytes(l)
}

// Rules renders the rule catalogue in a format.
func Rules(cat *i18n.Catalog, format string) []byte {
	l := BuildRules(cat)
	switch format {
	case "markdown":
		return RulesMarkdown(cat, l)
	case "text":
		return RulesText(cat, l)
	}
	return jsonBytes(l)
}
