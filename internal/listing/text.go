package listing

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// help returns the places to get help a listing ends with: a report's
// list, in the same order, as for answers not given. A paper version may
// be read by anyone, so Børnetelefonen is always there.
func help(cat *i18n.Catalog) []vocab.Help {
	return vocab.HelpEntries(cat, &screening.Answers{})
}

// QuestionsText renders the question bank as plain text wrapped at 80
// columns: the paper version, by section, numbered, with tick boxes; or,
// for a counsellor, the call script with the read-aloud text, the note
// that is not to be read aloud, and the answers to tick. Both end with
// where to get help, the disclaimer and the version.
func QuestionsText(cat *i18n.Catalog, l QuestionList) []byte {
	d := &layout.TextDoc{}
	mode := "questions"
	if l.Counsellor {
		mode = "script"
	}
	d.Heading(cat.T("render."+mode+".title"), '=')
	d.Para(cat.T("render."+mode+".intro"), "", "")

	section := ""
	for i, q := range l.Questions {
		if q.Section != section {
			section = q.Section
			d.Heading(q.SectionTitle, '-')
		}
		first, rest := layout.Numbered(i+1, len(l.Questions))
		if l.Counsellor {
			d.Para(q.Label, first, rest)
		} else {
			d.Para(q.Prompt, first, rest)
		}
		if c, ok := askedWhen(cat, l, q, l.Counsellor); ok {
			d.Para(c.intro+":", rest, rest)
			d.Tight()
			for _, v := range c.values {
				d.Para(v, rest+"- ", rest+"  ")
				d.Tight()
			}
			d.Loose()
		}
		if l.Counsellor {
			d.Para(cat.T("render.read_aloud")+":", rest, rest)
			d.Tight()
			d.Para(q.Read, rest, rest)
			d.Para(cat.T("render.counsellor_note")+":", rest, rest)
			d.Tight()
			d.Para(q.Note, rest+"| ", rest+"| ")
		} else {
			d.Para(q.Help, rest, rest)
		}
		if t := tickLabel(cat, q); t != "" {
			d.Para(t+":", rest, rest)
			d.Tight()
		}
		for i, o := range q.Options {
			if i > 0 {
				d.Tight()
			}
			d.Para(o.Label, rest+"[ ] ", rest+"    ")
		}
		if !l.Counsellor {
			d.Sources(cat.T("report.source"), cat.T("render.sources"), questionSources(cat, q.ID), rest)
		}
	}

	textHelp(d, cat)
	d.Heading(cat.T("report.disclaimer"), '-')
	d.Para(l.Disclaimer, "", "")
	d.Para(vocab.VersionLine(cat, l.Version), "", "")
	return d.Bytes()
}

// RulesText renders the rule catalogue as plain text wrapped at 80
// columns, grouped by level in table order: each rule with its ID,
// title, level, category, when it fires and its sources.
func RulesText(cat *i18n.Catalog, l RuleList) []byte {
	d := &layout.TextDoc{}
	d.Heading(cat.T("render.rules.title"), '=')
	d.Para(cat.T("render.rules.intro"), "", "")

	d.Heading(cat.T("render.rules.levels"), '-')
	for _, lv := range levels(l) {
		d.Para(levelName(cat, lv)+": "+cat.T("render.level_help."+lv), "- ", "  ")
		d.Tight()
	}
	d.Loose()

	labels := []string{cat.T("render.rules.level"), cat.T("render.rules.category"),
		cat.T("render.rules.fires_when"), cat.T("report.source"), cat.T("render.sources")}
	w := 0
	for _, s := range labels {
		w = max(w, ansi.StringWidth(s))
	}
	field := func(label string) string {
		return "   " + label + ":" + strings.Repeat(" ", w-ansi.StringWidth(label)+1)
	}
	pad := strings.Repeat(" ", 3+w+2)

	level := ""
	for _, r := range l.Rules {
		if r.Level != level {
			level = r.Level
			d.Heading(levelName(cat, level), '-')
		}
		d.Para(r.ID+": "+r.Title, "", "   ")
		d.Tight()
		d.Para(levelName(cat, r.Level), field(labels[0]), pad)
		d.Tight()
		d.Para(categoryName(cat, r.Category), field(labels[1]), pad)
		d.Tight()
		d.Para(r.FiresWhen, field(labels[2]), pad)
		label := labels[3]
		if len(r.Sources) > 1 {
			label = labels[4]
		}
		for i, s := range r.Sources {
			d.Tight()
			switch {
			case len(r.Sources) == 1:
				d.Para(s, field(label), pad)
			case i == 0:
				d.Para(s, field(label)+"- ", pad+"  ")
			default:
				d.Para(s, pad+"- ", pad+"  ")
			}
		}
	}

	d.Heading(cat.T("report.disclaimer"), '-')
	d.Para(l.Disclaimer, "", "")
	d.Para(vocab.VersionLine(cat, l.Version), "", "")
	return d.Bytes()
}

// textHelp writes where to get help, as in a report.
func textHelp(d *layout.TextDoc, cat *i18n.Catalog) {
	d.Heading(cat.T("report.help"), '-')
	for _, h := range help(cat) {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.Para(cat.T("help.fault"), "", "")
}

// condition is a question's "asked when" in words: an intro naming the
// earlier question's number, and the answers that make it asked.
type condition struct {
	intro  string
	values []string
}

// askedWhen returns the condition of a conditional question, worded for
// the person filling in the paper version or for the counsellor.
func askedWhen(cat *i18n.Catalog, l QuestionList, q QuestionEntry, counsellor bool) (condition, bool) {
	if q.AskedWhen == nil {
		return condition{}, false
	}
	key := "render.asked_when.paper"
	if counsellor {
		key = "render.asked_when.script"
	}
	if len(q.AskedWhen.In) == 1 {
		key += "_one"
	}
	n := 0
	var values []string
	for i, e := range l.Questions {
		if e.ID != q.AskedWhen.Question {
			continue
		}
		n = i + 1
		for _, v := range q.AskedWhen.In {
			for _, o := range e.Options {
				if o.ID == v {
					values = append(values, o.Label)
				}
			}
		}
	}
	return condition{intro: cat.F(key, "number", strconv.Itoa(n)), values: values}, true
}

// tickLabel says that more than one box may be ticked, for a multi
// question; "" for the others (one box, as the intro says).
func tickLabel(cat *i18n.Catalog, q QuestionEntry) string {
	if q.Kind == screening.Multi.String() {
		return cat.T("render.tick_many")
	}
	return ""
}

// questionSources returns a question's sources one by one.
func questionSources(cat *i18n.Catalog, id string) []string {
	i, ok := screening.Index(id)
	if !ok {
		return nil
	}
	var out []string
	for _, s := range screening.Questions()[i].Sources {
		out = append(out, cat.T("source."+s))
	}
	return out
}

// levels returns the levels of the rule list in order of appearance.
func levels(l RuleList) []string {
	var out []string
	for _, r := range l.Rules {
		if len(out) == 0 || out[len(out)-1] != r.Level {
			out = append(out, r.Level)
		}
	}
	return out
}

// levelName is a level as symbol, label and ID: "[X] Advised against
// (stop)".
func levelName(cat *i18n.Catalog, level string) string {
	return vocab.Symbol(cat, level) + " " + cat.T("level."+level) + " (" + level + ")"
}

// categoryName is a category as label and ID: "Medicine (medication)".
func categoryName(cat *i18n.Catalog, category string) string {
	return cat.T("render.category."+category) + " (" + category + ")"
}
