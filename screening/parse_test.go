package screening

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"mdma-screen/i18n"
)

func TestParseGood(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]string // id -> values joined by +
	}{
		{"contract example", `{"answers": {"setting": "underground", "adult": "yes", "other_meds": ["none"]}}`,
			map[string]string{"setting": "underground", "adult": "yes", "other_meds": "none"}},
		{"empty answers", `{"answers": {}}`, map[string]string{}},
		{"multi in option order", `{"answers": {"other_meds": ["snri", "maoi"]}}`, map[string]string{"other_meds": "maoi+snri"}},
		{"provider question when asked", `{"answers": {"setting": "undecided", "substance_known": "no"}}`,
			map[string]string{"setting": "undecided", "substance_known": "no"}},
		{"white space and key order", "\n { \"answers\" : { \"ptsd\":\"unsure\" ,\"setting\":\"learning\"} } \n",
			map[string]string{"setting": "learning", "ptsd": "unsure"}},
		{"JSON white space after the object", "{\"answers\": {\"ptsd\": \"no\"}}\r\n\t \n", map[string]string{"ptsd": "no"}},
		{"escapes in keys and values", `{"\u0061nswers": {"pts\u0064": "\u0079es"}}`, map[string]string{"ptsd": "yes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswers([]byte(tt.in), "a.json")
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for q, qq := range Questions() {
				if a.Answered(q) {
					got[qq.ID] = strings.Join(a.Values(q), "+")
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		code     ErrorCode
		question string
		place    string // expected start of Place()
		mentions []string
	}{
		{"empty input", "", ErrEmpty, "", "a.json", nil},
		{"only white space", " \n\t", ErrEmpty, "", "a.json", nil},
		{"malformed", `{"answers": {"ptsd": "yes",}}`, ErrSyntaxKey, "", "a.json:1:28", []string{`"}"`}},
		{"truncated", `{"answers": {"ptsd": "yes"`, ErrEOF, "", "a.json:1:27", nil},
		{"trailing text", `{"answers": {}} x`, ErrTrailing, "", "a.json:1:17", []string{`"x"`}},
		{"not an object", `["answers"]`, ErrTopLevel, "", "a.json:1:1", nil},
		{"extra top-level key", `{"answers": {}, "name": "x"}`, ErrTopLevel, "", "a.json:1:", []string{"name"}},
		{"no answers", `{}`, ErrTopLevel, "", "a.json", nil},
		{"answers not an object", `{"answers": []}`, ErrTopLevel, "", "a.json", nil},
		{"duplicate top key", `{"answers": {}, "answers": {}}`, ErrDuplicate, "", "a.json:1:", nil},
		{"duplicate key", "{\"answers\": {\n  \"ptsd\": \"yes\",\n  \"ptsd\": \"no\"}}", ErrDuplicate, "ptsd", "a.json:3:3", nil},
		{"unknown question", `{"answers": {"name": "Jens"}}`, ErrUnknown, "", "a.json:1:14", []string{"name", "setting"}},
		{"bad value", `{"answers": {"ptsd": "maybe"}}`, ErrBadValue, "ptsd", "a.json:1:22: ptsd", []string{"maybe", "yes, no, unsure"}},
		{"upper case", `{"answers": {"ptsd": "Yes"}}`, ErrBadValue, "ptsd", "a.json:1:22: ptsd", nil},
		{"unsure on yes/no", `{"answers": {"adult": "unsure"}}`, ErrUnsureYesNo, "adult", "a.json:1:23: adult", []string{"yes, no"}},
		{"null", `{"answers": {"ptsd": null}}`, ErrNull, "ptsd", "a.json:1:22: ptsd", nil},
		{"number", `{"answers": {"ptsd": 1}}`, ErrNotString, "ptsd", "a.json:1:22: ptsd", nil},
		{"number too large for float64", `{"answers": {"ptsd": 1E700}}`, ErrNotString, "ptsd", "a.json:1:22: ptsd", []string{"found 1E700;"}},
		{"array on single", `{"answers": {"ptsd": ["yes"]}}`, ErrNotString, "ptsd", "a.json:1:22: ptsd", nil},
		{"multi as string", `{"answers": {"other_meds": "none"}}`, ErrNotArray, "other_meds", "a.json:1:28: other_meds", nil},
		{"empty array", `{"answers": {"other_meds": []}}`, ErrEmptyArray, "other_meds", "a.json:1:28", nil},
		{"repeated", `{"answers": {"other_meds": ["maoi", "maoi"]}}`, ErrRepeated, "other_meds", "a.json:1:37", nil},
		{"none beside another", `{"answers": {"other_meds": ["none", "maoi"]}}`, ErrExclusive, "other_meds", "a.json:1:28", []string{"none"}},
		{"unsure beside another", `{"answers": {"other_meds": ["maoi", "unsure"]}}`, ErrExclusive, "other_meds", "a.json:1:28", []string{"unsure"}},
		{"bad option in array", `{"answers": {"other_meds": ["aspirin"]}}`, ErrBadValue, "other_meds", "a.json:1:29", nil},
		{"null in array", `{"answers": {"other_meds": [null]}}`, ErrBadValue, "other_meds", "a.json:1:29", nil},
		{"object value", `{"answers": {"ptsd": {"a": 1}}}`, ErrNotString, "ptsd", "a.json:1:22", nil},
		{"not asked", `{"answers": {"setting": "learning", "trust": "yes"}}`, ErrNotAsked, "trust", "a.json:1:37: trust", []string{"setting", "learning"}},
		{"not asked without setting", `{"answers": {"therapists": "one"}}`, ErrNotAsked, "therapists", "a.json:1:14: therapists", []string{"setting"}},
		{"trust not asked for undecided", `{"answers": {"setting": "undecided", "trust": "yes"}}`, ErrNotAsked, "trust", "a.json", nil},
		// First error in question order: ptsd comes before heart.
		{"question order", `{"answers": {"heart": "x", "ptsd": "y"}}`, ErrBadValue, "ptsd", "a.json:1:", nil},
		// A bad setting is found before the questions it hides.
		{"bad setting first", `{"answers": {"trust": "yes", "setting": "spa"}}`, ErrBadValue, "setting", "a.json:1:", nil},
		{"bad value before not asked", `{"answers": {"trust": "yes", "setting": "learning", "ptsd": 3}}`, ErrNotString, "ptsd", "a.json:1:", nil},
		{"too large", `{"answers": {` + strings.Repeat(" ", MaxInput) + `}}`, ErrTooLarge, "", "a.json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAnswers(strings.NewReader(tt.in), "a.json")
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an InputError", err)
			}
			if ie.Code != tt.code || ie.Question != tt.question {
				t.Fatalf("got %s on %q (%v), want %s on %q", ie.Code, ie.Question, err, tt.code, tt.question)
			}
			if !strings.HasPrefix(ie.Place(), tt.place) {
				t.Errorf("place %q, want it to start with %q", ie.Place(), tt.place)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "a.json") {
				t.Errorf("message %q does not name the file", msg)
			}
			for _, m := range tt.mentions {
				if !strings.Contains(msg, m) {
					t.Errorf("message %q does not mention %q", msg, m)
				}
			}
		})
	}
}

func TestParseStdinName(t *testing.T) {
	_, err := ReadAnswers(strings.NewReader("{"), StdinName)
	if err == nil || !strings.HasPrefix(err.Error(), "<stdin>:") {
		t.Fatalf("got %v, want a message naming <stdin>", err)
	}
}

func TestParseRoundTripsEveryOption(t *testing.T) {
	for q, qq := range Questions() {
		if !qq.When.Always() {
			continue
		}
		for _, o := range qq.Options {
			val := `"` + o + `"`
			if qq.Kind == Multi {
				val = "[" + val + "]"
			}
			a, err := ParseAnswers([]byte(`{"answers": {"`+qq.ID+`": `+val+`}}`), "a.json")
			if err != nil {
				t.Fatalf("%s=%s: %v", qq.ID, o, err)
			}
			if got := a.Values(q); len(got) != 1 || got[0] != o {
				t.Fatalf("%s=%s read as %v", qq.ID, o, got)
			}
		}
	}
}

// parseErr parses in as "a.json" and returns its InputError.
func parseErr(t *testing.T, in string) *InputError {
	t.Helper()
	_, err := ParseAnswers([]byte(in), "a.json")
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("%q: got %v, want an InputError", in, err)
	}
	return ie
}

// checkMessages fails t if the error's message, in either language, holds
// a character that could change the terminal or hide itself.
func checkMessages(t *testing.T, ie *InputError) {
	t.Helper()
	for _, l := range i18n.Langs {
		msg := ie.Message(i18n.MustLoad(l).F)
		if r, bad := badRune(msg, l == i18n.En); bad {
			t.Errorf("%s message holds %U: %q", l, r, msg)
		}
		if strings.Contains(msg, "[err.") {
			t.Errorf("%s has no text for %s: %q", l, ie.Code, msg)
		}
	}
}

// badRune returns the first rune a message may not hold: a control, format
// or bidi character, or in English anything but printable ASCII (and the
// "…" after a cut quote); RuneError if msg is not UTF-8.
func badRune(msg string, english bool) (rune, bool) {
	if !utf8.ValidString(msg) {
		return utf8.RuneError, true
	}
	for _, r := range msg {
		switch {
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Bidi_Control, r):
			return r, true
		case english && (r < ' ' || r > '~') && r != '…':
			return r, true
		}
	}
	return 0, false
}

func TestParseSyntaxPlaces(t *testing.T) {
	line31 := "{\n  \"answers\": {\n" + strings.Repeat("\n", 28) + "    \"ptsd\": \"n\\o\"\n  }\n}\n"
	tests := []struct {
		name  string
		in    string
		code  ErrorCode
		place string
		value string
	}{
		{"bad escape on line 31, at its backslash", line31, ErrSyntaxEscape, "a.json:31:15", `"\\o"`},
		{"columns count characters", `{"answers": {"ptsd": "æøå\q"}}`, ErrSyntaxEscape, "a.json:1:26", `"\\q"`},
		{"lines split at LF, CR ends the line before", "{\r\n\"answers\": {\r\n\"ptsd\": \"\\x\"}}", ErrSyntaxEscape, "a.json:3:10", `"\\x"`},
		{"short unicode escape", `{"answers": {"ptsd": "\u00zz"}}`, ErrSyntaxEscape, "a.json:1:23", `"\\u00z"`},
		{"control character in a key", "{\"answers\": {\n\"pt\x01sd\": 1}}", ErrSyntaxControl, "a.json:2:4", `"\x01"`},
		{"end inside a string", "{\"answers\": {\n  \"ptsd\": \"ye", ErrEOF, "a.json:2:14", ""},
		{"end after a backslash", `{"answers": {"ptsd": "a\`, ErrEOF, "a.json:1:25", ""},
		{"end of an empty-looking file", "{\n", ErrEOF, "a.json:2:1", ""},
		{"no colon", `{"answers": {"ptsd" "yes"}}`, ErrSyntaxColon, "a.json:1:21", `"\""`},
		{"no comma in an object", `{"answers": {"ptsd": "yes" "heart": "no"}}`, ErrSyntaxObject, "a.json:1:28", `"\""`},
		{"no comma in an array", `{"answers": {"other_meds": ["none" "maoi"]}}`, ErrSyntaxArray, "a.json:1:36", `"\""`},
		{"key without quotes", `{"answers": {ptsd: "yes"}}`, ErrSyntaxKey, "a.json:1:14", `"ptsd"`},
		{"value without quotes", `{"answers": {"ptsd": yes}}`, ErrSyntaxValue, "a.json:1:22", `"yes"`},
		{"single quotes", `{"answers": {"ptsd": 'yes'}}`, ErrSyntaxValue, "a.json:1:22", `"'"`},
		{"cut literal", `{"answers": {"ptsd": tru}}`, ErrSyntaxWord, "a.json:1:25", `"tru"`},
		{"literal run on", `{"answers": {"ptsd": nullx}}`, ErrSyntaxWord, "a.json:1:26", `"nullx"`},
		{"leading zero", `{"answers": {"ptsd": 01}}`, ErrSyntaxWord, "a.json:1:23", `"01"`},
		{"no digits after the point", `{"answers": {"ptsd": 1.e5}}`, ErrSyntaxWord, "a.json:1:24", `"1.e5"`},
		{"look-alike space", "{\"answers\":\u00a0{}}", ErrSyntaxValue, "a.json:1:12", `"\u00a0"`},
		{"comma after the object", `{"answers": {}},`, ErrTrailing, "a.json:1:16", `","`},
		{"colons and commas after the object", `{"answers": {"ptsd": "yes"}}}:,:,`, ErrTrailing, "a.json:1:29", `"}:,:,"`},
		{"a second object", `{"answers": {}} {"answers": {}}`, ErrTrailing, "a.json:1:17", `"{\"answers\": {}}"`},
		{"junk lines later", "{\"answers\": {}}\n\n  x y\nz", ErrTrailing, "a.json:3:3", `"x y"`},
		{"NUL after the object", "{\"answers\": {}}\x00", ErrTrailing, "a.json:1:16", `"\x00"`},
		{"syntax before form", `{"name": {"ptsd": "yes",}}`, ErrSyntaxKey, "a.json:1:25", `"}"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ie := parseErr(t, tt.in)
			if ie.Code != tt.code || ie.Place() != tt.place || ie.Value != tt.value {
				t.Fatalf("got %s at %s with %s (%v), want %s at %s with %s", ie.Code, ie.Place(), ie.Value, ie, tt.code, tt.place, tt.value)
			}
			checkMessages(t, ie)
		})
	}
}

func utf16(s string, bigEndian bool) string {
	var b []byte
	for _, r := range s {
		if bigEndian {
			b = append(b, byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8))
		}
	}
	return string(b)
}

func TestParseEncoding(t *testing.T) {
	doc := `{"answers": {"ptsd": "yes"}}`
	tests := []struct {
		name    string
		in      string
		code    ErrorCode
		place   string
		mention string
	}{
		{"UTF-8 byte-order mark", "\xef\xbb\xbf" + doc, ErrBOM, "a.json:1:1", "byte-order mark (BOM)"},
		{"UTF-16LE with a byte-order mark", "\xff\xfe" + utf16(doc, false), ErrBOM, "a.json:1:1", "byte-order mark (BOM)"},
		{"UTF-16BE with a byte-order mark", "\xfe\xff" + utf16(doc, true), ErrBOM, "a.json:1:1", "byte-order mark (BOM)"},
		{"UTF-16LE without one", utf16(doc, false), ErrUTF16, "a.json:1:1", "UTF-16"},
		{"UTF-16BE without one", utf16("\n"+doc, true), ErrUTF16, "a.json:1:1", "UTF-16"},
		{"Latin-1 on line 2", "{\"answers\": {\n\"ptsd\": \"ja\xe6\"}}", ErrNotUTF8, "a.json:2:12", "not UTF-8 text"},
		{"a cut character", "{\"answers\": {\"ptsd\": \"\xc3\"}}", ErrNotUTF8, "a.json:1:23", "not UTF-8 text"},
		{"bytes that are not UTF-8 before a syntax error", "{\"\xff\": ,}", ErrNotUTF8, "a.json:1:3", "\\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ie := parseErr(t, tt.in)
			if ie.Code != tt.code || ie.Place() != tt.place {
				t.Fatalf("got %s at %s (%v), want %s at %s", ie.Code, ie.Place(), ie, tt.code, tt.place)
			}
			if !strings.Contains(ie.Error(), tt.mention) {
				t.Errorf("%q does not say %q", ie.Error(), tt.mention)
			}
			checkMessages(t, ie)
		})
	}
}

// TestParseShowsInputQuoted: keys, values and file names from the input
// reach a message only quoted, so that no answers file can change the
// terminal, hide a character or pass a look-alike off as an ID.
func TestParseShowsInputQuoted(t *testing.T) {
	long := strings.Repeat("x", 900_000)
	tests := []struct {
		name  string
		in    string
		code  ErrorCode
		field func(*InputError) string
		want  string
	}{
		{"terminal escapes in a key", `{"answers": {"\u001b[?1049h\u001b]0;title\u0007": "yes"}}`, ErrUnknown,
			func(e *InputError) string { return e.Other }, `"\x1b[?1049h\x1b]0;title\a"`},
		{"Cyrillic look-alike key", `{"answers": {"ѕetting": "learning"}}`, ErrUnknown,
			func(e *InputError) string { return e.Other }, `"\u0455etting"`},
		{"zero-width space in a key", "{\"answers\": {\"\u200bptsd\": \"yes\"}}", ErrUnknown,
			func(e *InputError) string { return e.Other }, `"\u200bptsd"`},
		{"bidi override in a top-level key", "{\"answers\": {}, \"\u202eevil\": 1}", ErrTopLevel,
			func(e *InputError) string { return e.Value }, `"\u202eevil"`},
		{"escape in a value", `{"answers": {"ptsd": "\u001b[2J"}}`, ErrBadValue,
			func(e *InputError) string { return e.Value }, `"\x1b[2J"`},
		{"escape in an array", `{"answers": {"other_meds": ["\u009b31m"]}}`, ErrBadValue,
			func(e *InputError) string { return e.Value }, `"\u009b31m"`},
		{"a long value is cut at 80 characters", `{"answers": {"ptsd": "` + long + `"}}`, ErrBadValue,
			func(e *InputError) string { return e.Value }, `"` + long[:80] + `"…`},
		{"a long number is cut at 80 characters", `{"answers": {"ptsd": ` + strings.Repeat("1", 5000) + `}}`, ErrNotString,
			func(e *InputError) string { return e.Value }, strings.Repeat("1", 80) + "…"},
		{"a long key is cut at 80 characters", `{"answers": {"` + long + `": 1}}`, ErrUnknown,
			func(e *InputError) string { return e.Other }, `"` + long[:80] + `"…`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ie := parseErr(t, tt.in)
			if ie.Code != tt.code || tt.field(ie) != tt.want {
				t.Fatalf("got %s showing %s, want %s showing %s", ie.Code, tt.field(ie), tt.code, tt.want)
			}
			if !strings.Contains(ie.Error(), tt.want) || len(ie.Error()) > 1000 {
				t.Errorf("message %.300q does not show %s, or is long", ie.Error(), tt.want)
			}
			checkMessages(t, ie)
		})
	}
	t.Run("file name", func(t *testing.T) {
		_, err := ParseAnswers([]byte(`{"answers": {"x": 1}}`), "a\x1b]0;t\a\u202enosj.json")
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Fatal(err)
		}
		if want := `a\x1b]0;t\a\u202enosj.json:1:14`; ie.Place() != want {
			t.Fatalf("place %q, want %q", ie.Place(), want)
		}
		checkMessages(t, ie)
	})
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"ptsd", `"ptsd"`},
		{"\x1b[?1049h", `"\x1b[?1049h"`},
		{"ѕetting", `"\u0455etting"`},
		{"\u200bptsd", `"\u200bptsd"`},
		{"\xff", `"\xff"`},
		{strings.Repeat("x", 80), `"` + strings.Repeat("x", 80) + `"`},
		{strings.Repeat("x", 81), `"` + strings.Repeat("x", 80) + `"…`},
		{strings.Repeat("é", 81), `"` + strings.Repeat(`\u00e9`, 80) + `"…`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestQuoteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"answers.json", "answers.json"},
		{"svar æøå.json", "svar æøå.json"},
		{"ѕ.json", "ѕ.json"}, // a look-alike is shown as it is: only hidden characters are escaped
		{"a\x1b[2Jb", `a\x1b[2Jb`},
		{"\u202egnp.exe", `\u202egnp.exe`},
		{"zero\u200bwidth", `zero\u200bwidth`},
		{"tab\tnew\nline", `tab\tnew\nline`},
		{"c1\u009b", `c1\u009b`},
		{"bad\xffbyte", `bad\xffbyte`},
	}
	for _, tt := range tests {
		if got := QuoteName(tt.in); got != tt.want {
			t.Errorf("QuoteName(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestEveryErrorHasText: each class of error has its text in both
// languages, and the text stays clean with every field filled.
func TestEveryErrorHasText(t *testing.T) {
	for _, c := range []ErrorCode{ErrEmpty, ErrTooLarge, ErrBOM, ErrUTF16, ErrNotUTF8, ErrEOF, ErrSyntax,
		ErrSyntaxValue, ErrSyntaxWord, ErrSyntaxKey, ErrSyntaxColon, ErrSyntaxObject, ErrSyntaxArray,
		ErrSyntaxEscape, ErrSyntaxControl, ErrTrailing, ErrTopLevel, ErrDuplicate, ErrUnknown, ErrNull,
		ErrBadValue, ErrUnsureYesNo, ErrNotArray, ErrNotString, ErrEmptyArray, ErrRepeated, ErrExclusive, ErrNotAsked} {
		ie := &InputError{Code: c, File: "a.json", Line: 1, Col: 2, Question: "ptsd", Other: `"x"`,
			Value: `"y"`, Allowed: "yes, no", Detail: `"z"`}
		checkMessages(t, ie)
		for _, name := range []string{"detail", "value", "other", "allowed", "max"} {
			if strings.Contains(ie.Error(), "{"+name+"}") {
				t.Errorf("%s: {%s} is left: %q", c, name, ie.Error())
			}
		}
	}
}

// TestNotAskedMessage: the answer to a question that is not asked names
// the question that hides it and that question's bare answer, or says
// that it is unanswered, in both languages.
func TestNotAskedMessage(t *testing.T) {
	tests := []struct {
		in, en, da string
	}{
		{`{"answers": {"setting": "learning", "trust": "yes"}}`,
			`a.json:1:37: trust: this question is not asked when setting is "learning"; leave it out`,
			`a.json:1:37: trust: dette spørgsmål stilles ikke, når setting er "learning"; udelad det`},
		{`{"answers": {"therapists": "one"}}`,
			`a.json:1:14: therapists: this question is not asked when setting is unanswered; leave it out`,
			`a.json:1:14: therapists: dette spørgsmål stilles ikke, når setting ikke er besvaret; udelad det`},
	}
	for _, tt := range tests {
		_, err := ReadAnswers(strings.NewReader(tt.in), "a.json")
		var ie *InputError
		if !errors.As(err, &ie) || ie.Code != ErrNotAsked {
			t.Fatalf("%s: got %v, want not_asked", tt.in, err)
		}
		if got := ie.Message(i18n.MustLoad(i18n.En).F); got != tt.en {
			t.Errorf("en: %q, want %q", got, tt.en)
		}
		if got := ie.Message(i18n.MustLoad(i18n.Da).F); got != tt.da {
			t.Errorf("da: %q, want %q", got, tt.da)
		}
	}
}
