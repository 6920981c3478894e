package listing

import (
	"strings"

	"mdma-screen/i18n"
)

// QuestionsText renders the question bank as plain text. (Interim.)
func QuestionsText(cat *i18n.Catalog, l QuestionList) []byte {
	var b strings.Builder
	for _, q := range l.Questions {
		b.WriteString(q.ID + ": " + q.Prompt + " (" + q.AskedWhenText + ")\n")
	}
	return []byte(b.String())
}

// QuestionsMarkdown renders the question bank as markdown. (Interim.)
func QuestionsMarkdown(cat *i18n.Catalog, l QuestionList) []byte { return QuestionsText(cat, l) }

// RulesText renders the rule catalogue as plain text. (Interim.)
func RulesText(cat *i18n.Catalog, l RuleList) []byte {
	var b strings.Builder
	for _, r := range l.Rules {
		b.WriteString(r.ID + " " + r.Level + ": " + r.FiresWhen + "\n")
	}
	return []byte(b.String())
}

// RulesMarkdown renders the rule catalogue as markdown. (Interim.)
func RulesMarkdown(cat *i18n.Catalog, l RuleList) []byte { return RulesText(cat, l) }
