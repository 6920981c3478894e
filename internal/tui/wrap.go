package tui

import (
	"strings"

	"mdma-screen/internal/layout"
)

// The texts are wrapped here, before they are styled, at spaces only (a
// word such as "MDMA-session" is never split at its hyphen), and so that
// huh finds every line already short enough and leaves it alone.

// wrapLines wraps plain text s: the first line to first columns, the
// others to rest (never under 4). Leading spaces of s are kept on the
// first line. A word longer than a line is cut; a number stays with the
// word before it, as in the text report ("fase 3-forsøg", "august 2024",
// "70 201 201" are never split).
func wrapLines(s string, first, rest int) []string {
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
	return layout.Lines(lead, layout.NumberWords(s), max(first, 4), max(rest, 4))
}

// wrapHanging wraps s to width, indenting every line after the first by
// indent: a column that continues under itself.
func wrapHanging(s string, width, indent int) string {
	lines := wrapLines(s, width, width-indent)
	pad := strings.Repeat(" ", indent)
	for i := 1; i < len(lines); i++ {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

// wrapIndent wraps s to width with every line indented by indent.
func wrapIndent(s string, width, indent int) string {
	lines := wrapLines(s, width-indent, width-indent)
	pad := strings.Repeat(" ", indent)
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

// wrapText wraps a text of one or more paragraphs (separated by blank
// lines) to width.
func wrapText(s string, width int) string {
	ps := layout.Paragraphs(s)
	for i, p := range ps {
		ps[i] = wrapIndent(p, width, 0)
	}
	return strings.Join(ps, "\n\n")
}

// wrapColumn wraps s to width for a column that starts at indent: the
// first line goes where the caller puts it, the others are indented.
func wrapColumn(s string, width, indent int) string {
	lines := wrapLines(s, width, width)
	pad := strings.Repeat(" ", indent)
	for i := 1; i < len(lines); i++ {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}
