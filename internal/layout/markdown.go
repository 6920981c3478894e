package layout

import "strings"

// MarkdownDoc collects the blocks of a markdown document, one blank line
// between blocks; list items follow each other without one.
type MarkdownDoc struct {
	b      strings.Builder
	inList bool
}

// Heading writes an ATX heading of the given level (1-6), escaped.
func (d *MarkdownDoc) Heading(level int, title string) {
	t := EscapeInline(OneLine(title))
	if strings.HasSuffix(t, "#") {
		t = t[:len(t)-1] + "\\#" // a closing sequence would be dropped
	}
	d.Raw(strings.Repeat("#", level) + " " + t)
}

// Para writes a catalog text as paragraphs ("\n\n" separates them),
// escaped.
func (d *MarkdownDoc) Para(text string) {
	for _, p := range Paragraphs(text) {
		d.Raw(EscapeMarkdown(p))
	}
}

// Raw writes a block that is markdown already.
func (d *MarkdownDoc) Raw(block string) {
	d.EndList()
	if d.b.Len() > 0 {
		d.b.WriteString("\n")
	}
	d.b.WriteString(block)
	d.b.WriteByte('\n')
}

// Item writes a list item: marker ("- ", "1. ") and an escaped text;
// further paragraphs of the text stay inside the item.
func (d *MarkdownDoc) Item(marker, text string) {
	ps := Paragraphs(text)
	for i, p := range ps {
		ps[i] = EscapeMarkdown(p)
	}
	d.ItemRaw(marker, strings.Join(ps, "\n\n"+strings.Repeat(" ", len(marker))))
}

// ItemRaw writes a list item whose text is markdown already.
func (d *MarkdownDoc) ItemRaw(marker, text string) {
	if !d.inList && d.b.Len() > 0 {
		d.b.WriteString("\n")
	}
	d.inList = true
	d.b.WriteString(marker)
	d.b.WriteString(text)
	d.b.WriteByte('\n')
}

// Entry writes a list item "- **label:** text", each of more on a line
// of its own inside the item: a place to get help (name, contact, when).
// All texts are escaped.
func (d *MarkdownDoc) Entry(label, text string, more ...string) {
	s := "**" + EscapeMarkdown(label) + ":** " + EscapeMarkdown(text)
	for _, m := range more {
		s += "\\\n  " + EscapeMarkdown(m)
	}
	d.ItemRaw("- ", s)
}

// Sources writes "**one:** x" for a single source, or a list under
// "**many:**" for several; one and many are the labels in words.
func (d *MarkdownDoc) Sources(one, many string, sources []string) {
	switch len(sources) {
	case 0:
	case 1:
		d.Raw("**" + EscapeMarkdown(one) + ":** " + EscapeInline(sources[0]))
	default:
		d.Raw("**" + EscapeMarkdown(many) + ":**")
		for _, s := range sources {
			d.Item("- ", s)
		}
		d.EndList()
	}
}

// EndList ends a list, so that the next block is set off by a blank line.
func (d *MarkdownDoc) EndList() { d.inList = false }

// Bytes returns the document.
func (d *MarkdownDoc) Bytes() []byte { return []byte(d.b.String()) }

// Quote returns a blockquote that starts with label (markdown already);
// each paragraph of text is a paragraph of the quote, escaped.
func Quote(label, text string) string {
	var b strings.Builder
	b.WriteString("> " + label)
	for i, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		p = EscapeMarkdown(OneLine(p))
		if i == 0 {
			b.WriteString(" " + p)
			continue
		}
		b.WriteString("\n>\n> " + p)
	}
	return b.String()
}

// EscapeMarkdown escapes a text that stands at the start of a line (a
// paragraph, a heading, a table-free block) so that markdown shows it as
// written: inline marks, and what would start a heading, list, quote or
// rule at the beginning.
func EscapeMarkdown(s string) string {
	s = EscapeInline(s)
	switch {
	case s == "":
		return s
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, "+"), strings.HasPrefix(s, "="):
		return "\\" + s
	case strings.HasPrefix(s, "- "), s == "-", strings.HasPrefix(s, "---"):
		return "\\" + s
	}
	// "1. text" and "1) text" would start an ordered list.
	i := 0
	for i < len(s) && isDigit(rune(s[i])) {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// EscapeInline escapes the characters that start emphasis, code, links,
// HTML, strikethrough, math or table cells anywhere in a line.
func EscapeInline(s string) string {
	if !strings.ContainsAny(s, markdownMarks) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|', '$':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownMarks are the characters EscapeInline escapes.
const markdownMarks = "\\`*_[]<>~|$"

// OneLine folds a text into one line, runs of white space into one space
// (headings cannot span lines).
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
