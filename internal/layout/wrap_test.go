package layout

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestWrap(t *testing.T) {
	x70, x72, x74 := strings.Repeat("x", 70), strings.Repeat("x", 72), strings.Repeat("x", 74)
	tests := []struct {
		name, text, first, rest string
		want                    string
	}{
		{"short", "one line", "", "", "one line"},
		{"empty", "", "- ", "  ", "-"},
		{"white space folded", "  a\tb\nc  ", "", "", "a b c"},
		{"number kept with its word", x70 + " call 70 201 201 now", "", "", x70 + "\ncall 70 201 201 now"},
		{"number kept with the word before", x74 + " phase 3", "", "", x74 + "\nphase 3"},
		{"hyphen not broken", x72 + " MDMA-assisted", "", "", x72 + "\nMDMA-assisted"},
		{"hanging indent", strings.Repeat("word ", 20), "1. ", "   ",
			"1. " + strings.TrimSpace(strings.Repeat("word ", 15)) + "\n   word word word word word"},
		{"prefixes count", strings.Repeat("ab ", 30), "- ", "  ",
			"- " + strings.TrimSpace(strings.Repeat("ab ", 26)) + "\n  ab ab ab ab"},
		{"paragraphs", "one\n\ntwo", "- ", "  ", "- one\n\n  two"},
		{"empty paragraphs dropped", "one\n\n \n\ntwo", "", "", "one\n\ntwo"},
		{"long word cut", strings.Repeat("y", 85), "", "", strings.Repeat("y", 80) + "\nyyyyy"},
		{"no trailing space from an empty prefix", "a", "", "   ", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Wrap(tt.text, tt.first, tt.rest); got != tt.want {
				t.Errorf("Wrap(%q, %q, %q) =\n%s\nwant\n%s", tt.text, tt.first, tt.rest, got, tt.want)
			}
		})
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		name        string
		lead        string
		words       []string
		first, rest int
		want        []string
	}{
		{"fits", "", []string{"a", "bb"}, 4, 4, []string{"a bb"}},
		{"breaks", "", []string{"a", "bb", "ccc"}, 4, 4, []string{"a bb", "ccc"}},
		{"first and rest", "", []string{"aa", "bb", "cc"}, 2, 5, []string{"aa", "bb cc"}},
		{"lead counted", "  ", []string{"indent", "me", "please"}, 10, 6, []string{"  indent", "me", "please"}},
		{"lead alone fills the line", "    ", []string{"ab"}, 4, 4, []string{"    ", "ab"}},
		{"word cut", "", []string{"MDMA-session", "er"}, 8, 8, []string{"MDMA-ses", "sion er"}},
		{"word cut after a word", "", []string{"a", "bcdefgh"}, 4, 4, []string{"a", "bcde", "fgh"}},
		{"wide letters", "", []string{"中中中"}, 5, 5, []string{"中中", "中"}},
		{"wider than the line", "", []string{"中"}, 1, 1, []string{"中"}},
		{"no words", "", nil, 4, 4, []string{""}},
		{"no words but a lead", "  ", nil, 4, 4, []string{"  "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lines(tt.lead, tt.words, tt.first, tt.rest)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Lines(%q, %q, %d, %d) = %q, want %q", tt.lead, tt.words, tt.first, tt.rest, got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in            string
		number, digit []string
	}{
		{"", nil, nil},
		{"  a  b\n", []string{"a", "b"}, []string{"a", "b"}},
		{"ring 70 201 201 nu", []string{"ring 70 201 201", "nu"}, []string{"ring", "70 201 201", "nu"}},
		{"phase 3 trial", []string{"phase 3", "trial"}, []string{"phase", "3", "trial"}},
		{"3 dage", []string{"3", "dage"}, []string{"3", "dage"}},
		{"1  2", []string{"1 2"}, []string{"1", "2"}},
		{"MDMA-assisted", []string{"MDMA-assisted"}, []string{"MDMA-assisted"}},
	}
	for _, tt := range tests {
		if got := NumberWords(tt.in); strings.Join(got, "|") != strings.Join(tt.number, "|") {
			t.Errorf("NumberWords(%q) = %q, want %q", tt.in, got, tt.number)
		}
		if got := DigitWords(tt.in); strings.Join(got, "|") != strings.Join(tt.digit, "|") {
			t.Errorf("DigitWords(%q) = %q, want %q", tt.in, got, tt.digit)
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{""}},
		{" \n\n ", []string{""}},
		{"one", []string{"one"}},
		{"one\ntwo", []string{"one two"}},
		{"one\n\ntwo\n\n\n\nthree", []string{"one", "two", "three"}},
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzWrap checks the wrapper on any text: no line is wider than its
// room unless it holds one letter wider than the room, no line ends in a
// space, and no text is lost: the words of the lines, put together, are
// the words of the input, and where no word was cut, they are the same
// words.
func FuzzWrap(f *testing.F) {
	f.Add("ring til Livslinien på 70 201 201 nu", uint8(24), uint8(24), "")
	f.Add("MDMA-session er lang", uint8(8), uint8(8), "  ")
	f.Add("a bb ccc\n\ndd", uint8(4), uint8(2), "")
	f.Add(strings.Repeat("x", 90)+" phase 3 中中", uint8(12), uint8(7), "- ")
	f.Fuzz(func(t *testing.T, s string, a, b uint8, lead string) {
		if !utf8.ValidString(s) || !utf8.ValidString(lead) || strings.ContainsAny(s+lead, "\x1b\u009b") {
			t.Skip() // texts are plain: no escape codes
		}
		first, rest := int(a%100), int(b%100)
		lead = strings.Repeat(" ", min(len(lead)%8, max(first, 1))) // a lead fits its line
		if got, want := NumberWords(s), numberWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("NumberWords(%q) = %q, by strings.Fields %q", s, got, want)
		}
		for _, split := range []func(string) []string{NumberWords, DigitWords} {
			words := split(s)
			lines := Lines(lead, words, first, rest)
			room := func(i int) int {
				if i == 0 {
					return max(first, 1)
				}
				return max(rest, 1)
			}
			checkLines(t, "Lines", lines, words, room, min(room(0)-len(lead), room(1)))
		}

		p1, p2 := strings.Repeat(" ", int(a%30)), strings.Repeat(" ", int(b%30))
		out := Wrap(s, p1, p2)
		limit := Width - max(len(p1), len(p2))
		var lines []string
		for i, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") {
				t.Errorf("Wrap: line %d ends in a space: %q", i, l)
			}
			lines = append(lines, strings.TrimLeft(l, " ")) // the prefixes
		}
		var words []string
		for _, p := range Paragraphs(s) {
			words = append(words, NumberWords(p)...)
		}
		checkLines(t, "Wrap", lines, words, func(int) int { return limit }, limit)
	})
}

// checkLines checks lines filled from words against the room of each
// line; a word wider than least may have been cut.
func checkLines(t *testing.T, where string, lines, words []string, room func(int) int, least int) {
	t.Helper()
	cut := false
	for i, l := range lines {
		w := ansi.StringWidth(l)
		if w > room(i) && ansi.StringWidth(firstCluster(strings.TrimSpace(l))) <= room(i) {
			t.Errorf("%s: line %d is %d wide, room %d: %q", where, i, w, room(i), l)
		}
	}
	for _, w := range words {
		if ansi.StringWidth(w) > least {
			cut = true
		}
	}
	got := strings.Fields(strings.Join(lines, " "))
	want := strings.Fields(strings.Join(words, " "))
	if strings.Join(got, "") != strings.Join(want, "") {
		t.Errorf("%s: text lost: got %q, want %q", where, got, want)
	}
	if !cut && strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: words changed: got %q, want %q", where, got, want)
	}
}

// TestWidth checks the fast width against ansi.StringWidth for every
// rune up to U+3000 and for texts that mix the fast and the slow kind.
func TestWidth(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if s := string(r); width(s) != ansi.StringWidth(s) {
			t.Errorf("U+%04X: width %d, ansi.StringWidth %d", r, width(s), ansi.StringWidth(s))
		}
	}
	for _, s := range []string{"", "plain", "Søg hjælp nu", "«citat» – så…", "e\u0301", "a\u00adb", "中文 x", "\x1b[1mfed\x1b[0m", "\xff", "🙂 ok", "A\u200dB"} {
		if width(s) != ansi.StringWidth(s) {
			t.Errorf("%q: width %d, ansi.StringWidth %d", s, width(s), ansi.StringWidth(s))
		}
	}
}

// numberWordsRef is NumberWords by strings.Fields, as it was written
// first: the reference for the scanner that replaced it.
func numberWordsRef(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if n := len(out); n > 0 && isDigit(rune(f[0])) {
			out[n-1] += " " + f
			continue
		}
		out = append(out, f)
	}
	return out
}

func TestNumberWordsLikeFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "1 2 a 3", "ring\u00a070 201\t201\n nu", "x\u0085y\u2003z\u3000w",
		"\xff 1 \xfe", "«a» – 3 …", "\v\f\r a\u200bb 4"} {
		if got, want := NumberWords(s), numberWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("NumberWords(%q) = %q, by strings.Fields %q", s, got, want)
		}
	}
}
