// Package i18n holds every user-visible text of mdma-screen in Danish and
// English, as embedded catalogs (da/*.json, en/*.json), and chooses the
// language from flags or the locale.
package i18n

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lang is a language of the catalogs.
type Lang string

// The languages mdma-screen speaks.
const (
	Da Lang = "da"
	En Lang = "en"
)

// Langs lists the languages in display order.
var Langs = []Lang{Da, En}

//go:embed da/*.json en/*.json
var files embed.FS

// Catalog maps keys to texts in one language.
type Catalog struct {
	Lang Lang
	m    map[string]string
}

var (
	mu    sync.Mutex
	cache = map[Lang]*Catalog{}
)

// ParseLang returns the language named s ("da" or "en").
func ParseLang(s string) (Lang, error) {
	switch Lang(s) {
	case Da, En:
		return Lang(s), nil
	}
	return "", fmt.Errorf("--lang takes da or en, not %q", s)
}

// FromEnv chooses the language from the locale: the first non-empty of
// LC_ALL, LC_MESSAGES and LANG; "da*" gives Danish, anything else English.
func FromEnv(getenv func(string) string) Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "da") {
				return Da
			}
			return En
		}
	}
	return En
}

// Load returns the catalog of a language, reading it once.
func Load(l Lang) (*Catalog, error) {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := cache[l]; ok {
		return c, nil
	}
	c, err := load(files, l)
	if err != nil {
		return nil, err
	}
	cache[l] = c
	return c, nil
}

// MustLoad is Load for the built-in languages; the catalogs are checked by
// tests, so an error here is a bug.
func MustLoad(l Lang) *Catalog {
	c, err := Load(l)
	if err != nil {
		panic(err)
	}
	return c
}

// load reads the catalog of a language from its files, in name order; a
// key in two files is an error.
func load(fsys fs.FS, l Lang) (*Catalog, error) {
	names, err := fs.Glob(fsys, string(l)+"/*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("i18n: no catalog for %q", l)
	}
	sort.Strings(names)
	c := &Catalog{Lang: l, m: make(map[string]string, catalogSize)}
	buf := make([]byte, 4096)
	for _, name := range names {
		data, err := readString(fsys, name, buf)
		if err != nil {
			return nil, err
		}
		dup := func(k string) error {
			return fmt.Errorf("i18n: %s: key %q is defined twice, or in another file of %s too", name, k, path.Dir(name))
		}
		if err := decodeFlat(data, c.m, dup); err != nil {
			return nil, fmt.Errorf("i18n: %s: %w", name, err)
		}
	}
	return c, nil
}

// readString reads a file as a string copied once (fs.ReadFile and a
// conversion would copy it twice), through buf.
func readString(fsys fs.FS, name string, buf []byte) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil {
		b.Grow(int(st.Size()))
	}
	if _, err := io.CopyBuffer(&b, f, buf); err != nil {
		return "", err
	}
	return b.String(), nil
}

// catalogSize is about the number of keys of a language, so that its map
// is made once.
const catalogSize = 1024

// Has reports whether the catalog holds key.
func (c *Catalog) Has(key string) bool {
	_, ok := c.m[key]
	return ok
}

// T returns the text for key. A missing key gives "[key]", which tests
// catch, so that a gap never crashes a screening.
func (c *Catalog) T(key string) string {
	if v, ok := c.m[key]; ok {
		return v
	}
	return "[" + key + "]"
}

// F returns the text for key with each {name} replaced; args are name,
// value pairs (the first pair of a name counts). A {name} without a pair
// stays as it is, and a value is not searched for names.
func (c *Catalog) F(key string, args ...string) string {
	s := c.T(key)
	if len(args) < 2 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 32)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		if v, ok := arg(args, s[i+1:i+j]); ok {
			b.WriteString(s[:i])
			b.WriteString(v)
			s = s[i+j+1:]
			continue
		}
		b.WriteString(s[:i+1]) // not a name of args: the brace as it is
		s = s[i+1:]
	}
	b.WriteString(s)
	return b.String()
}

// arg returns the value of name in args, name and value pairs.
func arg(args []string, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] == name {
			return args[i+1], true
		}
	}
	return "", false
}

// Keys returns every key of the catalog, sorted.
func (c *Catalog) Keys() []string {
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// List joins items as a language's list: "a, b and c" / "a, b og c"
// (the word is the catalog's "list.and"). Items after the first that open
// with a common word in capitals ("Lithium", "Anden medicin") are written
// in lower case, as inside a sentence; an abbreviation ("MAO-hæmmer",
// "SNRI"), a one-letter word ("I") or an item that opens with a quote
// mark keeps its case. In Danish, a list of clauses (items opening with
// om, hvor, hvad, hvem, hvordan, at ...) takes a comma before "og" too
// ("om du er gravid, og om du ammer"); a list of nouns does not.
func (c *Catalog) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	out := make([]string, len(items))
	out[0] = items[0]
	for i, it := range items[1:] {
		out[i+1] = lowerFirst(it)
	}
	last := len(out) - 1
	and := " " + c.T("list.and") + " "
	if c.Lang == Da && isClause(out[last]) {
		and = "," + and
	}
	return strings.Join(out[:last], ", ") + and + out[last]
}

// clauseWords open a Danish subordinate clause: lists of such clauses take
// a comma before "og".
var clauseWords = map[string]bool{
	"om": true, "hvor": true, "hvad": true, "hvem": true, "hvordan": true, "hvorfor": true,
	"hvornår": true, "hvilken": true, "hvilket": true, "hvilke": true, "hvis": true,
	"at": true, "når": true, "fordi": true,
}

// isClause reports whether a Danish list item is a subordinate clause: its
// first word is one of clauseWords.
func isClause(item string) bool {
	word, _, _ := strings.Cut(item, " ")
	return clauseWords[strings.ToLower(word)]
}

// lowerFirst writes a common word in capitals in lower case: the first
// letter of s, when it is upper case and the rest of the first word holds
// a lower-case letter and no upper-case one ("Hjerte-kar-sygdom" yes,
// "MAO-hæmmer", "SNRI" and "I" no). A proper noun would be lowered too,
// so lists of labels must not open an item with one.
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	first, size := utf8.DecodeRuneInString(word)
	rest := word[size:]
	if !unicode.IsUpper(first) || !strings.ContainsFunc(rest, unicode.IsLower) || strings.ContainsFunc(rest, unicode.IsUpper) {
		return s
	}
	return string(unicode.ToLower(first)) + s[size:]
}
