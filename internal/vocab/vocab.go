// Package vocab owns the words of IDs: how a question, an option, a help
// entry or the things behind a finding are said in a language. It sits
// over screening and i18n; front ends and the report ask it instead of
// building catalog keys by hand.
package vocab

import (
	"mdma-screen/i18n"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// Program is the program's version.
const Program = "0.2.0"

// Version names the program's and the rule set's versions.
type Version struct {
	Program string `json:"program"`
	Rules   string `json:"rules"`
}

// Versions returns this program's and rule set's versions.
func Versions() Version { return Version{Program: Program, Rules: rules.Version} }

// QuestionKey returns the catalog key of a text of question q: part is
// "label", "topic", "prompt", "help", "read" or "note".
func QuestionKey(q int, part string) string {
	return "q." + screening.QuestionAt(q).ID + "." + part
}

// Label returns the short label of question q ("Bipolar I").
func Label(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "label")) }

// LabelOf returns the label of the question with the given ID; it panics
// on an unknown ID.
func LabelOf(cat *i18n.Catalog, id string) string { return Label(cat, screening.MustIndex(id)) }

// Topic returns question q as a phrase that reads well inside a sentence.
func Topic(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "topic")) }

// Prompt returns question q as the person reads it.
func Prompt(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "prompt")) }

// HelpText returns why question q is asked and how to answer it.
func HelpText(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "help")) }

// Read returns question q as a counsellor reads it aloud.
func Read(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "read")) }

// Note returns the counsellor's note on question q.
func Note(cat *i18n.Catalog, q int) string { return cat.T(QuestionKey(q, "note")) }

// Section returns the title of a section of the bank.
func Section(cat *i18n.Catalog, section string) string { return cat.T("section." + section) }

// OptionKey returns the catalog key of an option's label: "opt.<option>"
// for yes/no questions, "opt.<question>.<option>" otherwise.
func OptionKey(q int, option string) string {
	qq := screening.QuestionAt(q)
	if qq.Kind == screening.YesNo || qq.Kind == screening.YesNoUnsure {
		return "opt." + option
	}
	return "opt." + qq.ID + "." + option
}

// Option returns the label of an option of question q.
func Option(cat *i18n.Catalog, q int, option string) string { return cat.T(OptionKey(q, option)) }

// OptionLabels returns the labels of the options of question q in s, in
// option order.
func OptionLabels(cat *i18n.Catalog, q int, s screening.OptionSet) []string {
	vals := s.Values(q)
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = Option(cat, q, v)
	}
	return out
}

// AllOptions returns the labels of every option of question q in order.
func AllOptions(cat *i18n.Catalog, q int) []string {
	opts := screening.QuestionAt(q).Options
	out := make([]string, len(opts))
	for i, o := range opts {
		out[i] = Option(cat, q, o)
	}
	return out
}

// Labels returns the labels of the given options of question q.
func Labels(cat *i18n.Catalog, q int, options []string) []string {
	out := make([]string, len(options))
	for i, o := range options {
		out[i] = Option(cat, q, o)
	}
	return out
}

// Answer returns the answer s to question q in words: its labels as a list.
func Answer(cat *i18n.Catalog, q int, s screening.OptionSet) string {
	return cat.List(OptionLabels(cat, q, s))
}

// Unsure returns the set holding the not-sure option of question q, empty
// when it has none.
func Unsure(q int) screening.OptionSet {
	qq := screening.QuestionAt(q)
	if i, ok := qq.Option(qq.Unsure); ok && qq.Unsure != "" {
		return screening.Only(i)
	}
	return 0
}

// IsUnsure reports whether the answer s to question q holds its not-sure
// option: the answer is marked as not sure.
func IsUnsure(q int, s screening.OptionSet) bool { return s.Meets(Unsure(q)) }

// Items returns what a listing finding names, as phrases that read well
// inside a sentence: the medicines of a medication finding
// ("opt.<id>.<option>.topic"), else the topics of the questions behind it
// ("q.<id>.topic"), also of a multi question left unanswered. It is nil
// for a finding that names nothing.
func Items(cat *i18n.Catalog, f rules.Finding) []string {
	if !f.Rule.Lists {
		return nil
	}
	var items []string
	for _, b := range f.Because {
		if b.Answered && screening.QuestionAt(b.Question).Kind == screening.Multi {
			for _, o := range b.Options.Values(b.Question) {
				items = append(items, cat.T(OptionKey(b.Question, o)+".topic"))
			}
			continue
		}
		items = append(items, Topic(cat, b.Question))
	}
	return items
}
