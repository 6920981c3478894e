package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// Action is what a line typed at a question asks for.
type Action uint8

// The actions a line can ask for.
const (
	// Answer gives the options in Input.Options as the answer.
	Answer Action = iota
	// Back goes back one question ("<").
	Back
	// Help prints the help text ("?").
	Help
	// Skip leaves the question unanswered, prefer not to say ("-").
	Skip
)

// Input is one line typed at a question, understood.
type Input struct {
	Action Action
	// Options is the answer of an Answer: never empty, one option on a
	// single-answer question, and an Exclusive option only alone. Zero
	// for the other actions.
	Options screening.OptionSet
}

// Problem says why a line fits nothing.
type Problem uint8

// The reasons a line fits nothing.
const (
	// Empty: the line holds nothing but white space.
	Empty Problem = iota
	// Unknown: Part is neither a number in range, an option ID nor a label.
	Unknown
	// Several: more than one option on a question that takes one.
	Several
	// Exclusive: Option must stand alone on a multi question.
	Exclusive
)

// ParseError tells why a line fits nothing; the prompts word it in the
// user's language.
type ParseError struct {
	Problem Problem
	// Part is the piece of the line that fits nothing (for Unknown).
	Part string
	// Option is the option ID that must stand alone (for Exclusive).
	Option string
}

// Error returns the problem in English, for logs and tests.
func (e *ParseError) Error() string {
	switch e.Problem {
	case Empty:
		return "empty line"
	case Unknown:
		return "no option fits " + quoteEN(e.Part)
	case Several:
		return "this question takes one answer"
	case Exclusive:
		return quoteEN(e.Option) + " cannot stand beside another option"
	}
	return "line fits nothing"
}

func quoteEN(s string) string { return "\"" + s + "\"" }

// ParseLine reads one line typed at question q (a position in the
// question bank) with the option labels of cat: "<", "?" and "-" are
// Back, Help and Skip; anything else is an answer given as option
// numbers (from 1), option IDs or option labels, case-insensitive. A multi
// question takes several, separated by commas; numbers and IDs may also be
// separated by spaces, and a comma-separated part that matches a whole
// label is that label. ParseLine is pure and never panics; a line that
// fits nothing gives a *ParseError.
func ParseLine(cat *i18n.Catalog, q int, line string) (Input, error) {
	if q < 0 || q >= screening.NumQuestions {
		return Input{}, &ParseError{Problem: Unknown, Part: line}
	}
	s := trim(line)
	if in, ok, err := control(s, Input{Action: Skip}); ok {
		return in, err
	}
	m := newMatcher(cat, q)
	if i, ok := m.one(s); ok {
		return Input{Action: Answer, Options: screening.Only(i)}, nil
	}
	set, err := m.several(s)
	qq := screening.QuestionAt(q)
	if qq.Kind != screening.Multi {
		if err == nil && set.Count() > 1 {
			return Input{}, &ParseError{Problem: Several}
		}
		return Input{}, &ParseError{Problem: Unknown, Part: s}
	}
	if err != nil {
		return Input{}, err
	}
	if e, bad := qq.NotAlone(set); bad {
		return Input{}, &ParseError{Problem: Exclusive, Option: e}
	}
	return Input{Action: Answer, Options: set}, nil
}

// control reads the lines that every prompt takes alike: an empty line is
// an error, "<" is Back, "?" is Help and "-" is dash (no answer given).
// ok is false for any other line.
func control(s string, dash Input) (in Input, ok bool, err error) {
	switch s {
	case "":
		return Input{}, true, &ParseError{Problem: Empty}
	case "<":
		return Input{Action: Back}, true, nil
	case "?":
		return Input{Action: Help}, true, nil
	case "-":
		return dash, true, nil
	}
	return Input{}, false, nil
}

// matcher finds the options of one question that a piece of text names.
type matcher struct {
	ids    []string // lower-case option IDs
	labels []string // canonical labels
	// commas is the most commas any label holds, to join comma-separated
	// parts back into a label.
	commas int
}

func newMatcher(cat *i18n.Catalog, q int) *matcher {
	opts := screening.QuestionAt(q).Options
	labels := make([]string, len(opts))
	if cat != nil {
		for i, o := range opts {
			labels[i] = vocab.Option(cat, q, o)
		}
	}
	return matcherOf(opts, labels)
}

// matcherOf finds options among ids, labelled by labels ("" for none).
func matcherOf(ids, labels []string) *matcher {
	m := &matcher{ids: make([]string, len(ids)), labels: make([]string, len(ids))}
	for i, id := range ids {
		m.ids[i] = strings.ToLower(id)
		label := canon(labels[i])
		m.labels[i] = label
		if n := strings.Count(label, ","); n > m.commas {
			m.commas = n
		}
	}
	return m
}

// one finds the option that the whole of s names: a number, an ID or a
// label.
func (m *matcher) one(s string) (int, bool) {
	if i, ok := m.token(s); ok {
		return i, true
	}
	return m.label(s)
}

// token finds the option a number or an option ID names.
func (m *matcher) token(s string) (int, bool) {
	if n, ok := number(s); ok {
		if n >= 1 && n <= len(m.ids) {
			return n - 1, true
		}
		return 0, false
	}
	low := strings.ToLower(strings.TrimSpace(s))
	for i, id := range m.ids {
		if low == id {
			return i, true
		}
	}
	return 0, false
}

// label finds the option whose label s is.
func (m *matcher) label(s string) (int, bool) {
	c := canon(s)
	if c == "" {
		return 0, false
	}
	for i, l := range m.labels {
		if c == l {
			return i, true
		}
	}
	return 0, false
}

// several reads a list: comma-separated parts, each a label (commas in a
// label included), a number, an ID, or numbers and IDs separated by
// spaces. Empty parts (a trailing comma) are passed over. Repeats count
// once.
func (m *matcher) several(s string) (screening.OptionSet, error) {
	parts := strings.Split(s, ",")
	var mask screening.OptionSet
	for i := 0; i < len(parts); i++ {
		if trim(parts[i]) == "" {
			continue
		}
		// The longest run of parts that is a label, commas and all.
		found := false
		for j := min(len(parts)-1, i+m.commas); j >= i; j-- {
			if k, ok := m.label(strings.Join(parts[i:j+1], ",")); ok {
				mask = mask.With(k)
				i = j
				found = true
				break
			}
		}
		if found {
			continue
		}
		part := trim(parts[i])
		if k, ok := m.token(part); ok {
			mask = mask.With(k)
			continue
		}
		for _, f := range strings.Fields(part) {
			k, ok := m.token(f)
			if !ok {
				return 0, &ParseError{Problem: Unknown, Part: f}
			}
			mask = mask.With(k)
		}
	}
	if mask == 0 {
		return 0, &ParseError{Problem: Empty}
	}
	return mask, nil
}

// number reads a whole number written in ASCII digits; ok is false for
// anything else. Numbers too large to be an option read as 0.
func number(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n < 1000 {
			n = n*10 + int(c-'0')
		}
	}
	if n >= 1000 {
		n = 0
	}
	return n, true
}

// quotes may enclose a label as the help texts write it (»Ved ikke«).
const quotes = "\"'»«“”„‘’‚"

// trim removes white space and a byte-order mark around s.
func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })
}

// canon is the form labels are compared in: quotes around it removed,
// lower case, white space runs as one space, no space beside a comma.
func canon(s string) string {
	s = strings.Trim(trim(s), quotes)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	s = strings.ReplaceAll(s, " ,", ",")
	return strings.ReplaceAll(s, ", ", ",")
}
