package screening

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteLimit is how many characters of a key, value or input line a
// message shows.
const QuoteLimit = 80

// Quote returns s as every message shows a key, a value or a line of
// input: strconv.QuoteToASCII of its first QuoteLimit characters, with "…"
// after the closing quote when s was cut. The result is printable ASCII
// (but for that "…"), so it can neither change the terminal nor pass a
// look-alike off as a valid ID ("ѕetting" shows as "\u0455etting").
func Quote(s string) string {
	n := 0
	for i := range s {
		if n == QuoteLimit {
			return strconv.QuoteToASCII(s[:i]) + "…"
		}
		n++
	}
	return strconv.QuoteToASCII(s)
}

// QuoteName returns a file name as messages show it: unquoted and whole,
// with only control, format and bidi characters (and bytes that are not
// UTF-8) escaped as Go escapes them ("\x1b", "\u202e", "\xff").
func QuoteName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Bidi_Control, r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
