package screening

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"mdma-screen/i18n"
)

// syntaxClass holds the errors that say the input is not well-formed
// UTF-8 JSON text.
var syntaxClass = map[ErrorCode]bool{
	ErrEmpty: true, ErrBOM: true, ErrUTF16: true, ErrNotUTF8: true, ErrEOF: true, ErrSyntax: true,
	ErrSyntaxValue: true, ErrSyntaxWord: true, ErrSyntaxKey: true, ErrSyntaxColon: true,
	ErrSyntaxObject: true, ErrSyntaxArray: true, ErrSyntaxEscape: true, ErrSyntaxControl: true, ErrTrailing: true,
}

// FuzzParseAnswers feeds arbitrary bytes to the answers parser. It must
// never panic; an error is always an InputError naming the file, whose
// message holds no control, format or bidi character in either language
// (in English: printable ASCII), and valid JSON is never called malformed;
// what it accepts is valid JSON, one object with nothing but white space
// after it, holds only asked questions with valid answers and survives a
// round trip through JSON and through MarshalFile, which writes the same
// bytes again for the answers it gives back. The seeds in testdata hold
// one case of each class of bug issue 12 found.
func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{
		`{"answers": {"setting": "underground", "adult": "yes", "other_meds": ["none"]}}`,
		`{"answers": {}}`,
		`{"answers": {"other_meds": ["maoi", "snri"], "ptsd": "unsure"}}`,
		`{"answers": {"setting": "learning", "trust": "yes"}}`,
		`{"answers": {"ptsd": "yes", "ptsd": "no"}}`,
		`{"answers": {"other_meds": []}}`,
		`{"answers": null}`,
		`[]`, ``, `{`, `{"answers": {"adult": "unsure"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(data, "f.json")
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error is not an InputError: %v", err)
			}
			if !strings.HasPrefix(err.Error(), "f.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			for _, l := range i18n.Langs {
				msg := ie.Message(i18n.MustLoad(l).F)
				if r, bad := badRune(msg, l == i18n.En); bad {
					t.Fatalf("%s message holds %U: %q", l, r, msg)
				}
			}
			if syntaxClass[ie.Code] && json.Valid(data) && utf8.Valid(data) {
				t.Fatalf("valid JSON called malformed: %v", err)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted input that is not valid JSON: %q", data)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		var top map[string]json.RawMessage
		if err := dec.Decode(&top); err != nil {
			t.Fatalf("accepted input that is not one object: %v", err)
		}
		if rest := data[dec.InputOffset():]; len(bytes.Trim(rest, " \t\r\n")) > 0 {
			t.Fatalf("accepted %q after the object", rest)
		}
		m := map[string]any{}
		for q, qq := range Questions() {
			if !a.Answered(q) {
				continue
			}
			if !a.Asked(q) {
				t.Fatalf("%s answered but not asked", qq.ID)
			}
			v := a.Values(q)
			if len(v) == 0 || (qq.Kind != Multi && len(v) != 1) {
				t.Fatalf("%s has %v", qq.ID, v)
			}
			if qq.Kind == Multi {
				m[qq.ID] = v
			} else {
				m[qq.ID] = v[0]
			}
		}
		out, err := json.Marshal(map[string]any{"answers": m})
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseAnswers(out, "f.json")
		if err != nil {
			t.Fatalf("round trip of %s: %v", out, err)
		}
		if a != b {
			t.Fatalf("round trip changed the answers: %s", out)
		}
		// The program's own writer: what it writes parses to the same
		// answers, and writes the same bytes again.
		file := a.MarshalFile()
		c, err := ParseAnswers(file, "f.json")
		if err != nil {
			t.Fatalf("MarshalFile of %q gives %s, which does not parse: %v", data, file, err)
		}
		if a != c {
			t.Fatalf("MarshalFile changed the answers of %q: %s", data, file)
		}
		if again := c.MarshalFile(); !bytes.Equal(again, file) {
			t.Fatalf("MarshalFile is not stable: %s, then %s", file, again)
		}
	})
}

// FuzzQuote checks the two quoting functions: Quote gives printable ASCII
// (and "…" when cut) that unquotes to the first QuoteLimit characters;
// QuoteName leaves no control, format or bidi character and changes
// nothing else.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"ptsd", "\x1b[?1049h", "ѕetting", "\u200b", "\xff\xfe", strings.Repeat("é", 81), "a\u202eb.json"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		body, cut := strings.CutSuffix(q, "…")
		if r, bad := badRune(body, true); bad || strings.Contains(body, "…") {
			t.Fatalf("Quote(%q) = %s holds %U", s, q, r)
		}
		u, err := strconv.Unquote(body)
		if err != nil {
			t.Fatalf("Quote(%q) = %s: %v", s, q, err)
		}
		n := utf8.RuneCountInString(s)
		if !strings.HasPrefix(s, u) || cut != (n > QuoteLimit) || (n > QuoteLimit && utf8.RuneCountInString(u) != QuoteLimit) {
			t.Fatalf("Quote(%q) = %s", s, q)
		}
		name := QuoteName(s)
		if r, bad := badRune(name, false); bad {
			t.Fatalf("QuoteName(%q) = %s holds %U", s, name, r)
		}
		if _, bad := badRune(s, false); !bad && name != s {
			t.Fatalf("QuoteName(%q) = %s changes a name with nothing to hide", s, name)
		}
	})
}
