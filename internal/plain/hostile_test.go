package plain

import (
	"strings"
	"testing"
	"unicode"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/screening"
)

// hostile are input lines that must never reach the terminal as typed:
// each is shown as screening.Quote shows it.
var hostile = []struct {
	name, line, shown string
}{
	{"escape sequences", "\x1b[?1049h\x1b[?25l\x1b]0;owned\x07", `"\x1b[?1049h\x1b[?25l\x1b]0;owned\a"`},
	{"Cyrillic look-alike", "y\u0435s", `"y\u0435s"`},
	{"zero-width space", "yes\u200b", `"yes\u200b"`},
	{"bidi override", "\u202eon", `"\u202eon"`},
	{"long line", strings.Repeat("n", 10000), `"` + strings.Repeat("n", screening.QuoteLimit) + `"…`},
}

// clean fails if s holds a character that is not printable or is a
// format or bidi control, other than a line break.
func clean(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if r != '\n' && (!unicode.IsPrint(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Bidi_Control, r)) {
			t.Errorf("%s holds %U", what, r)
			return
		}
	}
}

// TestHostileLines feeds each hostile line at the adult question and at
// the review, piped (exit 2, one message) and at a terminal (a hint, then
// the question again), in both languages: the line is shown quoted, the
// output holds no raw control, format or bidi character and no look-alike
// of a valid answer, and stays short.
func TestHostileLines(t *testing.T) {
	for _, h := range hostile {
		for _, l := range i18n.Langs {
			t.Run(h.name+"."+string(l), func(t *testing.T) {
				c := i18n.MustLoad(l)
				// At the adult question (the third).
				r := runLines(t, l, false, "5", "1", h.line)
				if r.code != exit.Usage {
					t.Fatalf("piped: exit %d, want 2", r.code)
				}
				msg := r.runErr.Error()
				wantMsg := c.F("plain.err.line", "line", "3", "question", "adult", "problem", c.F("plain.hint.unknown", "part", h.shown))
				if !strings.HasPrefix(msg, wantMsg) {
					t.Errorf("message %q\nwant it to start with %q", msg, wantMsg)
				}
				if len(msg) > 600 {
					t.Errorf("message of %d bytes", len(msg))
				}
				clean(t, "the message", msg)
				clean(t, "stderr", r.err)
				if !strings.Contains(r.err, marker+h.shown+"\n") {
					t.Errorf("the piped line is not echoed as %s", h.shown)
				}
				if strings.Contains(r.err, h.line) {
					t.Errorf("stderr holds the line as typed")
				}

				r = runLines(t, l, true, "5", "1", h.line, "1")
				if r.code != exit.Aborted {
					t.Fatalf("terminal: exit %d, want 130 (end of input)", r.code)
				}
				inOrder(t, r.err, c.F("plain.hint.unknown", "part", h.shown), c.T("q.crisis.prompt"))
				clean(t, "stderr", r.err)

				// At the review.
				r = runLines(t, l, false, append(append([]string{}, learning...), h.line)...)
				if r.code != exit.Usage {
					t.Fatalf("review, piped: exit %d, want 2", r.code)
				}
				hint := c.F("plain.hint.review", "part", h.shown, "n", "19")
				if want := c.F("plain.err.review", "line", "20", "problem", hint); r.runErr.Error() != want {
					t.Errorf("review: message %q\nwant %q", r.runErr.Error(), want)
				}
				clean(t, "stderr", r.err)
			})
		}
	}
}

// TestHugeLine checks that a line of 1 MB ends a piped screening with a
// short message naming the line, without echoing it.
func TestHugeLine(t *testing.T) {
	huge := strings.Repeat("\x1b[31m", 1<<20/5)
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, tty := range []bool{false, true} {
			r := runLines(t, l, tty, "5", huge)
			if r.code != exit.Usage {
				t.Fatalf("%s, terminal %v: exit %d, want 2", l, tty, r.code)
			}
			if want := c.F("plain.err.too_long", "line", "2"); r.runErr.Error() != want {
				t.Errorf("%s: message %q, want %q", l, r.runErr.Error(), want)
			}
			if len(r.err) > 8000 {
				t.Errorf("%s: %d bytes on stderr", l, len(r.err))
			}
			clean(t, "stderr", r.err)
		}
	}
}

// TestEchoKeepsAnswers checks that piped lines that are answers are
// echoed as typed, letters beyond ASCII included, and a CR before the LF
// dropped.
func TestEchoKeepsAnswers(t *testing.T) {
	for _, tc := range []struct {
		line string
		fits bool
		want string
	}{
		{"2", true, "2"},
		{"Ingen af disse", true, "Ingen af disse"},
		{"»Ja«", true, "»Ja«"},
		{"yes\r", true, "yes"},
		{"\tyes", true, `"\tyes"`},
		{"måske", false, `"m\u00e5ske"`},
		{"", true, ""},
	} {
		if got := echo(tc.line, tc.fits); got != tc.want {
			t.Errorf("echo(%q, %v) = %q, want %q", tc.line, tc.fits, got, tc.want)
		}
	}
}
