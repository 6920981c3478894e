package listing

import (
	"strconv"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/report"
)

// QuestionsMarkdown renders the question bank as markdown: sections as
// headings, each question with its number, the answers as task-list tick
// boxes ("- [ ]"), when it is asked, and its source; for a counsellor the
// read-aloud text, and the note in a quote marked as not to be read
// aloud. It ends with where to get help, the disclaimer and the version.
func QuestionsMarkdown(cat *i18n.Catalog, l QuestionList) []byte {
	d := &report.MarkdownDoc{}
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
			d.Raw("**" + report.EscapeMarkdown(q.Prompt) + "**")
		}
		if c, ok := askedWhen(cat, l, q, l.Counsellor); ok {
			d.Raw("*" + report.EscapeMarkdown(c.intro) + ":*")
			for _, v := range c.values {
				d.Item("- ", v)
			}
			d.EndList()
		}
		if l.Counsellor {
			d.Raw("**" + report.EscapeMarkdown(cat.T("render.read_aloud")) + ":**")
			d.Para(q.Read)
			d.Raw(quote("**"+report.EscapeMarkdown(cat.T("render.counsellor_note"))+":**", q.Note))
		} else {
			d.Para(q.Help)
		}
		if t := tickLabel(cat, q); t != "" {
			d.Raw("**" + report.EscapeMarkdown(t) + ":**")
		}
		for _, o := range q.Options {
			d.ItemRaw("- [ ] ", report.EscapeMarkdown(o.Label))
		}
		d.EndList()
		if !l.Counsellor {
			d.Sources(cat, questionSources(cat, q.ID))
		}
	}

	markdownHelp(d, cat)
	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(l.Disclaimer)
	d.Para(report.VersionLine(cat, l.Version))
	return d.Bytes()
}

// RulesMarkdown renders the rule catalogue as markdown, grouped by level
// in table order: a heading per rule (ID and title) and a list of its
// level, category, when it fires and its sources.
func RulesMarkdown(cat *i18n.Catalog, l RuleList) []byte {
	d := &report.MarkdownDoc{}
	d.Heading(1, cat.T("render.rules.title"))
	d.Para(cat.T("render.rules.intro"))

	d.Heading(2, cat.T("render.rules.levels"))
	for _, lv := range levels(l) {
		d.ItemRaw("- ", "**"+mdLevel(cat, lv)+"**: "+report.EscapeMarkdown(cat.T("render.level_help."+lv)))
	}
	d.EndList()

	level := ""
	for _, r := range l.Rules {
		if r.Level != level {
			level = r.Level
			d.Raw("## " + mdLevel(cat, level))
		}
		d.Raw("### `" + r.ID + "`: " + report.EscapeMarkdown(r.Title))
		d.ItemRaw("- ", mdField(cat.T("render.rules.level"))+mdLevel(cat, r.Level))
		d.ItemRaw("- ", mdField(cat.T("render.rules.category"))+
			report.EscapeMarkdown(cat.T("render.category."+r.Category))+" (`"+r.Category+"`)")
		d.ItemRaw("- ", mdField(cat.T("render.rules.fires_when"))+report.EscapeMarkdown(r.FiresWhen))
		switch len(r.Sources) {
		case 0:
		case 1:
			d.ItemRaw("- ", mdField(cat.T("report.source"))+report.EscapeMarkdown(r.Sources[0]))
		default:
			d.ItemRaw("- ", strings.TrimSuffix(mdField(cat.T("render.sources")), " "))
			for _, s := range r.Sources {
				d.ItemRaw("  - ", report.EscapeMarkdown(s))
			}
		}
		d.EndList()
	}

	d.Heading(2, cat.T("report.disclaimer"))
	d.Para(l.Disclaimer)
	d.Para(report.VersionLine(cat, l.Version))
	return d.Bytes()
}

// mdLevel is a level as symbol, label and ID for markdown.
func mdLevel(cat *i18n.Catalog, level string) string {
	return report.EscapeMarkdown(report.Symbol(cat, level)+" "+cat.T("level."+level)) + " (`" + level + "`)"
}

// mdField is a bold field label followed by a colon and a space.
func mdField(label string) string {
	return "**" + report.EscapeMarkdown(label) + ":** "
}

// quote returns a blockquote that starts with label; each paragraph of
// text is a paragraph of the quote.
func quote(label, text string) string {
	var b strings.Builder
	b.WriteString("> " + label)
	for i, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		p = report.EscapeMarkdown(strings.Join(strings.Fields(p), " "))
		if i == 0 {
			b.WriteString(" " + p)
			continue
		}
		b.WriteString("\n>\n> " + p)
	}
	return b.String()
}

// markdownHelp writes where to get help, as in a report.
func markdownHelp(d *report.MarkdownDoc, cat *i18n.Catalog) {
	d.Heading(2, cat.T("report.help"))
	for _, k := range helpKeys {
		d.ItemRaw("- ", "**"+report.EscapeMarkdown(cat.T("help."+k+".name"))+":** "+
			report.EscapeMarkdown(cat.T("help."+k+".contact"))+"\\\n  "+report.EscapeMarkdown(cat.T("help."+k+".when")))
	}
	d.EndList()
	d.Para(cat.T("help.fault"))
}
