package listing

import (
	"strconv"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
)

// QuestionsMarkdown renders the question bank as markdown: sections as
// headings, each question with its number, the answers as task-list tick
// boxes ("- [ ]"), when it is asked, and its source; for a counsellor the
// read-aloud text, and the note in a quote marked as not to be read
// aloud. It ends with where to get help, the disclaimer and the version.
func QuestionsMarkdown(cat *i18n.Catalog, l QuestionList) []byte {
	d := &layout.MarkdownDoc{}
	mode := "questions"
	if l.Counsellor {
		mode = "script"
	}
	d.Heading(1, cat.T("render."+mode+".title"))
	d.Para(cat.T("render." + mode + ".intro"))

	section := ""
	for i, q := range l.Questions {
		if q.Section != section {
			section = q.Section
			d.Heading(2, q.SectionTitle)
		}
		d.Heading(3, strconv.Itoa(i+1)+". "+q.Label)
		if !l.Counsellor {
			d.Raw("**" + layout.EscapeMarkdown(q.Prompt) + "**")
		}
		if c, ok := askedWhen(cat, l, q, l.Counsellor); ok {
			d.Raw("*" + layout.EscapeMarkdown(c.intro) + ":*")
			for _, v := range c.values {
				d.Item("- ", v)
			}
			d.EndList()
		}
		if l.Counsellor {
			d.Raw("**" + layout.EscapeMarkdown(cat.T("render.read_aloud")) + ":**")
			d.Para(q.Read)
			d.Raw(layout.Quote("**"+layout.EscapeMarkdown(cat.T("render.counsellor_note"))+":**", q.Note))
		} else {
			d.Para(q.Help)
		}
		if t := tickLabel(cat, q); t != "" {
			d.Raw("**" + layout.EscapeMarkdown(t) + ":**")
		}
		for _, o := range q.Options {
			d.ItemRaw("- [ ] ", layout.EscapeMarkdown(o.Label))
		}
		d.EndList()
		if !l.Counsellor {
			d.Sources(cat.T("report.source"), cat.T("render.sources"), questionSources(cat, q.ID))
		}
	}

	markdownHelp(d, cat)
	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(l.Disclaimer)
	d.Para(vocab.VersionLine(cat, l.Version))
	return d.Bytes()
}

// RulesMarkdown renders the rule catalogue as markdown, grouped by level
// in table order: a heading per rule (ID and title) and a list of its
// level, category, when it fires and its sources.
func RulesMarkdown(cat *i18n.Catalog, l RuleList) []byte {
	d := &layout.MarkdownDoc{}
	d.Heading(1, cat.T("render.rules.title"))
	d.Para(cat.T("render.rules.intro"))

	d.Heading(2, cat.T("render.rules.levels"))
	for _, lv := range levels(l) {
		d.ItemRaw("- ", "**"+mdLevel(cat, lv)+"**: "+layout.EscapeMarkdown(cat.T("render.level_help."+lv)))
	}
	d.EndList()

	level := ""
	for _, r := range l.Rules {
		if r.Level != level {
			level = r.Level
			d.Raw("## " + mdLevel(cat, level))
		}
		d.Raw("### `" + r.ID + "`: " + layout.EscapeMarkdown(r.Title))
		d.ItemRaw("- ", mdField(cat.T("render.rules.level"))+mdLevel(cat, r.Level))
		d.ItemRaw("- ", mdField(cat.T("render.rules.category"))+
			layout.EscapeMarkdown(cat.T("render.category."+r.Category))+" (`"+r.Category+"`)")
		d.ItemRaw("- ", mdField(cat.T("render.rules.fires_when"))+layout.EscapeMarkdown(r.FiresWhen))
		switch len(r.Sources) {
		case 0:
		case 1:
			d.ItemRaw("- ", mdField(cat.T("report.source"))+layout.EscapeMarkdown(r.Sources[0]))
		default:
			d.ItemRaw("- ", strings.TrimSuffix(mdField(cat.T("render.sources")), " "))
			for _, s := range r.Sources {
				d.ItemRaw("  - ", layout.EscapeMarkdown(s))
			}
		}
		d.EndList()
	}

	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(l.Disclaimer)
	d.Para(vocab.VersionLine(cat, l.Version))
	return d.Bytes()
}

// mdLevel is a level as symbol, label and ID for markdown.
func mdLevel(cat *i18n.Catalog, level string) string {
	return layout.EscapeMarkdown(vocab.Symbol(cat, level)+" "+cat.T("level."+level)) + " (`" + level + "`)"
}

// mdField is a bold field label followed by a colon and a space.
func mdField(label string) string {
	return "**" + layout.EscapeMarkdown(label) + ":** "
}

// markdownHelp writes where to get help, as in a report.
func markdownHelp(d *layout.MarkdownDoc, cat *i18n.Catalog) {
	d.Heading(2, cat.T("report.help"))
	for _, h := range help(cat) {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.EndList()
	d.Para(cat.T("help.fault"))
}
