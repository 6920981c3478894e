package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The texts are wrapped here, before they are styled, at spaces only (a
// word such as "MDMA-session" is never split at its hyphen), and so that
// huh finds every line already short enough and leaves it alone.

// wrapLines wraps plain text s: the first line to first columns, the
// others to rest. Leading spaces of s are kept on the first line. A word
// longer than a line is cut.
func wrapLines(s string, first, rest int) []string {
	first, rest = max(first, 4), max(rest, 4)
	s = keepNumbers(s)
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
	var lines []string
	cur := lead
	curW := ansi.StringWidth(lead)
	limit := first
	empty := true
	push := func() {
		lines = append(lines, cur)
		cur, curW, limit, empty = "", 0, rest, true
	}
	for _, w := range strings.Fields(s) {
		ww := ansi.StringWidth(w)
		if !empty && curW+1+ww > limit {
			push()
		}
		if !empty {
			cur += " "
			curW++
		}
		for curW+ww > limit {
			// A word longer than the line: cut it.
			part := ansi.Truncate(w, limit-curW, "")
			if part == "" {
				push()
				continue
			}
			cur += part
			w = strings.TrimPrefix(w, part)
			ww = ansi.StringWidth(w)
			push()
		}
		cur += w
		curW += ww
		empty = false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, string(glue), " ")
	}
	return lines
}

// glue stands for a space that must not break a line while wrapping: the
// spaces inside a phone number ("70 201 201").
const glue = '\uE000'

// keepNumbers glues the groups of digits of a phone number together.
func keepNumbers(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	b := []rune(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == ' ' && isDigit(b[i-1]) && isDigit(b[i+1]) {
			b[i] = glue
		}
	}
	return string(b)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

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
	ps := paragraphs(s)
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
