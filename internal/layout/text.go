// Package layout lays text out for the terminal, a file or a printer:
// plain-text and markdown documents, wrapping, paragraphs, markdown
// escaping and the JSON encoding. It knows nothing of the screening or of
// the catalog: callers hand it texts already in words.
package layout

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// TextDoc collects wrapped lines of a plain-text document. Blocks are
// separated by one blank line unless Tight is called between them.
type TextDoc struct {
	lines []string
	tight bool
	wrap  wrapper
}

// Heading writes a heading underlined with ch ('=' or '-'), set off by
// blank lines.
func (d *TextDoc) Heading(title string, ch rune) {
	d.gap()
	w, start := 0, len(d.lines)
	d.lines = d.wrap.wrap(d.lines, title, "", "")
	for _, l := range d.lines[start:] {
		w = max(w, ansi.StringWidth(l))
	}
	d.lines = append(d.lines, strings.Repeat(string(ch), w))
	d.tight = false
}

// Para writes a text wrapped at Width: its first line starts with first,
// the others with rest. "\n\n" in the text starts a new paragraph.
func (d *TextDoc) Para(text, first, rest string) {
	d.gap()
	d.lines = d.wrap.wrap(d.lines, text, first, rest)
	d.tight = false
}

// Tight puts the next block right under the last one, without a blank
// line.
func (d *TextDoc) Tight() { d.tight = true }

// Loose undoes Tight: the next block is set off by a blank line again.
func (d *TextDoc) Loose() { d.tight = false }

func (d *TextDoc) gap() {
	if len(d.lines) > 0 && !d.tight && d.lines[len(d.lines)-1] != "" {
		d.lines = append(d.lines, "")
	}
	d.tight = false
}

// Entry writes a title and, right under it and indented by three spaces,
// each of its lines: a place to get help (name, contact, when), a note
// (title, text).
func (d *TextDoc) Entry(title string, lines ...string) {
	d.Para(title, "", "")
	for _, l := range lines {
		d.Tight()
		d.Para(l, "   ", "   ")
	}
}

// Sources writes "one: x" for a single source, or the sources as a list
// under "many:" for several, indented by prefix; one and many are the
// labels in words ("Source", "Sources").
func (d *TextDoc) Sources(one, many string, sources []string, prefix string) {
	switch len(sources) {
	case 0:
	case 1:
		d.Para(one+": "+sources[0], prefix, prefix)
	default:
		d.Para(many+":", prefix, prefix)
		d.Tight()
		for _, s := range sources {
			d.Para(s, prefix+"- ", prefix+"  ")
			d.Tight()
		}
		d.Loose()
	}
}

// Bytes returns the document, each line ending in a newline.
func (d *TextDoc) Bytes() []byte {
	if len(d.lines) == 0 {
		return []byte("\n")
	}
	n := 0
	for _, l := range d.lines {
		n += len(l) + 1
	}
	b := make([]byte, 0, n)
	for _, l := range d.lines {
		b = append(b, l...)
		b = append(b, '\n')
	}
	return b
}

// Numbered returns the marker of item i of a numbered list of n ("1. ")
// and the indentation under it, padded so that the texts of all n items
// line up.
func Numbered(i, n int) (first, rest string) {
	rest = strings.Repeat(" ", len(strconv.Itoa(n))+2)
	first = strconv.Itoa(i) + ". "
	return first + strings.Repeat(" ", len(rest)-len(first)), rest
}
