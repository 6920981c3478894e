package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the number of columns text documents are wrapped at.
const Width = 80

// Wrap wraps text at Width columns, counting the prefixes: the first line
// starts with first, every other line with rest. Paragraphs ("\n\n") are
// separated by an empty line. Lines break at spaces only, so a word is
// never split at a hyphen; a number stays with the word before it (so "70
// 201 201" and "phase 3" stay whole); a word longer than a line is cut;
// no line ends in a space.
func Wrap(text, first, rest string) string {
	var w wrapper
	return strings.Join(w.wrap(nil, text, first, rest), "\n")
}

// wrapper wraps texts as Wrap does, reusing its scratch space from one
// text to the next: a document wraps hundreds.
type wrapper struct {
	words, lines []string
}

// wrap appends Wrap's lines of text to dst.
func (w *wrapper) wrap(dst []string, text, first, rest string) []string {
	limit := Width - max(width(first), width(rest))
	start := len(dst)
	for para := range strings.SplitSeq(strings.TrimSpace(text), "\n\n") {
		w.words = appendNumberWords(w.words[:0], para) // folds white space, as Paragraphs does
		if len(w.words) == 0 {
			continue
		}
		if len(dst) > start {
			dst = append(dst, "")
		}
		w.lines = appendLines(w.lines[:0], "", w.words, limit, limit)
		for _, line := range w.lines {
			prefix := rest
			if len(dst) == start {
				prefix = first
			}
			line = strings.TrimSpace(line)
			if prefix != "" {
				line = strings.TrimRight(prefix+line, " ")
			}
			dst = append(dst, line)
		}
	}
	if len(dst) == start {
		dst = append(dst, strings.TrimRight(first, " ")) // a text without words
	}
	return dst
}

// Paragraphs splits a catalog text at "\n\n"; single line breaks and runs
// of white space are folded into one space (catalog texts hold no hard
// line breaks). A text without any word is one empty paragraph.
func Paragraphs(text string) []string {
	parts := strings.Split(strings.TrimSpace(text), "\n\n")
	out := parts[:0]
	for _, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// NumberWords splits s at white space into the words a line may break
// between, keeping every number with the word before it: "call 70 201
// 201" gives "call 70 201 201", one word, so that no line starts with a
// stray number.
func NumberWords(s string) []string { return appendNumberWords(nil, s) }

// appendNumberWords appends NumberWords(s) to out.
func appendNumberWords(out []string, s string) []string {
	base := len(out)
	for i := 0; i < len(s); {
		start := skipSpace(s, i)
		end := start
		for end < len(s) {
			size, space := spaceAt(s, end)
			if space {
				break
			}
			end += size
		}
		i = end
		if start == end {
			break
		}
		f := s[start:end]
		if out == nil {
			out = make([]string, 0, strings.Count(s, " ")+1)
		}
		if n := len(out); n > base && isDigit(rune(f[0])) {
			out[n-1] += " " + f
			continue
		}
		out = append(out, f)
	}
	return out
}

// skipSpace returns where the first non-space at or after i is in s.
func skipSpace(s string, i int) int {
	for i < len(s) {
		size, space := spaceAt(s, i)
		if !space {
			break
		}
		i += size
	}
	return i
}

// spaceAt reports whether s holds white space at i (as unicode.IsSpace,
// what strings.Fields splits at), and the size of the rune there.
func spaceAt(s string, i int) (size int, space bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, c == ' ' || (c >= '\t' && c <= '\r')
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, unicode.IsSpace(r)
}

// DigitWords splits s at white space into the words a line may break
// between, keeping only the digit groups of a number together: a single
// space between two digits does not split ("70 201 201").
func DigitWords(s string) []string {
	var out []string
	b := []rune(s)
	start := -1 // where the word being read starts, -1 between words
	for i, r := range b {
		split := unicode.IsSpace(r) &&
			!(r == ' ' && i > 0 && i+1 < len(b) && isDigit(b[i-1]) && isDigit(b[i+1]))
		switch {
		case split && start >= 0:
			out = append(out, string(b[start:i]))
			start = -1
		case !split && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, string(b[start:]))
	}
	return out
}

// Lines fills lines with words, one space between two words: the first
// line holds first columns and starts with lead (counted in its width),
// every other line holds rest columns. A word that does not fit on a line
// starts the next; a word longer than a line is cut. A line holds no word
// only where lead alone fills the first line, or there are no words.
func Lines(lead string, words []string, first, rest int) []string {
	return appendLines(nil, lead, words, first, rest)
}

// appendLines appends Lines(lead, words, first, rest) to lines.
func appendLines(lines []string, lead string, words []string, first, rest int) []string {
	first, rest = max(first, 1), max(rest, 1)
	base := len(lines)
	var cur strings.Builder
	cur.Grow(first + 16)
	cur.WriteString(lead)
	curW, limit, empty := width(lead), first, true
	push := func() {
		lines = append(lines, cur.String())
		cur = strings.Builder{}
		cur.Grow(rest + 16)
		curW, limit, empty = 0, rest, true
	}
	for _, w := range words {
		ww := width(w)
		if !empty && curW+1+ww > limit {
			push()
		}
		if !empty {
			cur.WriteByte(' ')
			curW++
		}
		for curW+ww > limit {
			// A word longer than the line: cut it.
			part := ansi.Truncate(w, limit-curW, "")
			if (part == "" && curW == 0) || !strings.HasPrefix(w, part) {
				part = firstCluster(w) // wider than the line: it goes alone
			}
			if part == "" {
				push()
				continue
			}
			cur.WriteString(part)
			w = strings.TrimPrefix(w, part)
			ww = width(w)
			if w == "" {
				curW = width(cur.String()) // the rest went on this line
				break
			}
			push()
		}
		cur.WriteString(w)
		curW += ww
		empty = false
	}
	if !empty || len(lines) == base {
		lines = append(lines, cur.String())
	}
	return lines
}

// width is ansi.StringWidth(s), without its cost in the common case: a
// text of printable ASCII, Latin letters (up to U+02FF, the soft hyphen
// left out) and the dashes, quotes and ellipsis of U+2010 to U+2027 takes
// one column a rune.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xad || (r >= 0x300 && (r < 0x2010 || r > 0x2027)) {
			return ansi.StringWidth(s)
		}
		n++
	}
	return n
}

// firstCluster returns the first grapheme cluster of s.
func firstCluster(s string) string {
	c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	return c
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
