// Package i18n holds every user-visible text of mdma-screen in Danish and
// English, as embedded catalogs (da/*.json, en/*.json), and chooses the
// language from flags or the locale.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
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

func load(fsys fs.FS, l Lang) (*Catalog, error) {
	names, err := fs.Glob(fsys, string(l)+"/*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("i18n: no catalog for %q", l)
	}
	sort.Strings(names)
	c := &Catalog{Lang: l, m: map[string]string{}}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var part map[string]string
		if err := json.Unmarshal(data, &part); err != nil {
			return nil, fmt.Errorf("i18n: %s: %v", name, err)
		}
		for k, v := range part {
			if _, dup := c.m[k]; dup {
				return nil, fmt.Errorf("i18n: %s: key %q is defined in another file of %s too", name, k, path.Dir(name))
			}
			c.m[k] = v
		}
	}
	return c, nil
}

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
// value pairs.
func (c *Catalog) F(key string, args ...string) string {
	s := c.T(key)
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(s)
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
// (the word is the catalog's "list.and").
func (c *Catalog) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + c.T("list.and") + " " + items[len(items)-1]
}
