package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"strings"
	"testing"
)

// loadJSON reads a language as encoding/json does: the reference that
// decodeFlat must match.
func loadJSON(t testing.TB, l Lang) map[string]string {
	names, err := fs.Glob(files, string(l)+"/*.json")
	if err != nil || len(names) == 0 {
		t.Fatalf("%s: %v", l, err)
	}
	m := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		var part map[string]string
		if err := json.Unmarshal(data, &part); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		maps.Copy(m, part)
	}
	return m
}

// TestDecodeLikeJSON checks that every catalog reads as encoding/json
// reads it.
func TestDecodeLikeJSON(t *testing.T) {
	for _, l := range Langs {
		c, err := load(files, l)
		if err != nil {
			t.Fatal(err)
		}
		want := loadJSON(t, l)
		if !maps.Equal(c.m, want) {
			for k, v := range want {
				if c.m[k] != v {
					t.Errorf("%s: %q reads %q, encoding/json %q", l, k, c.m[k], v)
				}
			}
			t.Errorf("%s: %d keys, encoding/json %d", l, len(c.m), len(want))
		}
	}
}

func TestDecodeFlat(t *testing.T) {
	tests := []struct{ in, err string }{
		{`{}`, ""},
		{` {"a": "b", "c": "d\"e\\f\/g\n\t\u00e6\ud83d\ude00"} `, ""},
		{`{"a": "\ud83d x"}`, ""},
		{`{"a": "b",}`, "offset 10: want a string"},
		{`{"a": "b"} x`, "offset 11: text after the object"},
		{`{"a" "b"}`, `offset 5: want : after key "a"`},
		{`{"a": "b" "c": "d"}`, "offset 10: want , or }"},
		{`{"a": 1}`, "offset 6: want a string"},
		{`{"a": "b`, "offset 7: unterminated string"},
		{"{\"a\": \"b\x01\"}", "offset 8: control character in a string"},
		{`{"a": "\x"}`, `offset 9: bad escape \x`},
		{`{"a": "\u12"}`, `offset 9: bad \u escape`},
		{`{"a": "b", "a": "c"}`, `duplicate "a"`},
		{`["a"]`, "offset 0: want {"},
		{"{\"a\": \"\xff\"}", "not UTF-8 text"},
	}
	for _, tc := range tests {
		m := map[string]string{}
		err := decodeFlat(tc.in, m, func(k string) error { return fmt.Errorf("duplicate %q", k) })
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("%s: error %q, want %q", tc.in, got, tc.err)
			continue
		}
		if tc.err != "" {
			continue
		}
		var want map[string]string
		if err := json.Unmarshal([]byte(tc.in), &want); err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(m, want) {
			t.Errorf("%s: %q, encoding/json %q", tc.in, m, want)
		}
	}
}

// BenchmarkLoad measures what a process pays for its catalog: reading
// one language from the embedded files, as the first Load does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(files, Da); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadJSON is BenchmarkLoad with encoding/json, as the catalogs
// were read before: the figure to compare with.
func BenchmarkLoadJSON(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadJSON(b, Da)
	}
}

// TestFLikeReplacer checks F against strings.NewReplacer, which it
// replaced: the same text for names known and unknown, braces nested,
// unclosed or empty, and values that hold names.
func TestFLikeReplacer(t *testing.T) {
	texts := []string{"", "plain", "{a}", "x {a} y {b} z {a}", "{{a}}", "{a", "a}", "{}", "{c} {a}", "{a}{b}", "æ {b} ø"}
	args := [][]string{nil, {"a"}, {"a", "1"}, {"a", "{b}", "b", "2"}, {"a", "1", "a", "2"}, {"b", "", "c", "3"}}
	for _, text := range texts {
		c := &Catalog{Lang: En, m: map[string]string{"k": text}}
		for _, a := range args {
			want := text
			if len(a) >= 2 {
				pairs := []string{}
				for i := 0; i+1 < len(a); i += 2 {
					pairs = append(pairs, "{"+a[i]+"}", a[i+1])
				}
				want = strings.NewReplacer(pairs...).Replace(text)
			}
			if got := c.F("k", a...); got != want {
				t.Errorf("F(%q, %q) = %q, want %q", text, a, got, want)
			}
		}
	}
}
