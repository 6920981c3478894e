package listing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// The golden files are rewritten with go test ./internal/listing -update,
// or MDMA_UPDATE=1 go test ./... (package golden); then read them, and
// review the diff like code.

const goldenDir = "../../testdata/listing"

// listings are the three listings, each rendered by format.
var listings = []struct {
	name   string
	render func(cat *i18n.Catalog, format string) []byte
}{
	{"questions", func(cat *i18n.Catalog, f string) []byte { return Questions(cat, f, false) }},
	{"questions-counsellor", func(cat *i18n.Catalog, f string) []byte { return Questions(cat, f, true) }},
	{"rules", func(cat *i18n.Catalog, f string) []byte { return Rules(cat, f) }},
}

var listingFormats = []struct{ name, ext string }{{"text", "txt"}, {"markdown", "md"}, {"json", "json"}}

func TestGolden(t *testing.T) {
	for _, l := range listings {
		for _, lang := range i18n.Langs {
			cat := i18n.MustLoad(lang)
			for _, f := range listingFormats {
				name := fmt.Sprintf("%s.%s.%s", l.name, lang, f.ext)
				t.Run(name, func(t *testing.T) {
					got := l.render(cat, f.name)
					if again := l.render(cat, f.name); !bytes.Equal(got, again) {
						t.Fatal("two renders of the same listing differ")
					}
					golden.Compare(t, filepath.Join(goldenDir, name), got)
				})
			}
		}
	}
}

var missingKey = regexp.MustCompile(`\[[a-z_]+\.[a-z_.\-]+\]`)

// fold removes markdown escapes and emphasis and folds white space, so
// that wrapped or marked-up output can be searched for a catalog text.
func fold(s string) string {
	s = strings.NewReplacer("\\", "", "*", "", "`", "", "> ", " ", "| ", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// inOrder checks that each of parts occurs in s after the one before.
func inOrder(t *testing.T, where, s string, parts []string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		p = fold(p)
		i := strings.Index(s[at:], p)
		if i < 0 {
			if strings.Contains(s, p) {
				t.Errorf("%s: %q is out of order", where, p)
			} else {
				t.Errorf("%s: %q is missing", where, p)
			}
			return
		}
		at += i + len(p)
	}
}

// checkCommon checks what every text and markdown listing must hold: no
// escape code, no missing text, no line over 80 columns in text, the
// disclaimer and the version as the last line; and for the question
// lists, which a caller may read, the help contacts before the disclaimer.
func checkCommon(t *testing.T, where string, out []byte, text, help bool, cat *i18n.Catalog) {
	t.Helper()
	s := string(out)
	if strings.Contains(s, "\x1b") {
		t.Errorf("%s: escape code", where)
	}
	if m := missingKey.FindString(s); m != "" {
		t.Errorf("%s: missing text %s", where, m)
	}
	if !strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\n\n") {
		t.Errorf("%s: does not end in exactly one newline", where)
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if text && ansi.StringWidth(l) > layout.Width {
			t.Errorf("%s:%d: %d columns: %q", where, i+1, ansi.StringWidth(l), l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("%s:%d: trailing space: %q", where, i+1, l)
		}
	}
	last := lines[len(lines)-1]
	if !strings.Contains(last, vocab.Program) || !strings.Contains(last, rules.Version) {
		t.Errorf("%s: last line %q is not the version", where, last)
	}
	for _, must := range []string{"112", "70 201 201", "116 111", "kontakt@cepda.dk"} {
		if help && !strings.Contains(s, must) {
			t.Errorf("%s: no %q", where, must)
		}
	}
	if !text && strings.Contains(strings.ReplaceAll(s, "\\<", ""), "<") {
		t.Errorf("%s: raw HTML or an unescaped <", where)
	}
	for _, word := range []string{"eligib", "egnet", "milligram", " mg", "booster", "wash-out", "udvaskning", "dose of", "price", "pris "} {
		if strings.Contains(strings.ToLower(s), word) {
			t.Errorf("%s: forbidden %q", where, word)
		}
	}
	parts := []string{cat.T("report.disclaimer"), cat.T("disclaimer")}
	if help {
		// The report's help list, in the contract's order, lægevagten with
		// its regions' numbers included (a paper version keeps
		// Børnetelefonen).
		order := []string{cat.T("report.help")}
		for _, k := range []string{"emergency", "bornetelefonen", "livslinien", "laegevagt", "psychiatric", "doctor", "cepda"} {
			order = append(order, cat.T("help."+k+".name"), cat.T("help."+k+".contact"))
		}
		parts = append(append(order, cat.T("help.fault")), parts...)
		for _, must := range []string{"1813", "1818"} {
			if !strings.Contains(s, must) {
				t.Errorf("%s: no %q", where, must)
			}
		}
	}
	inOrder(t, where, fold(s), parts)
}

func TestQuestionsLayout(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.MustLoad(lang)
		for _, counsellor := range []bool{false, true} {
			l := BuildQuestions(cat, counsellor)
			for _, f := range []string{"text", "markdown"} {
				where := fmt.Sprintf("%s/counsellor=%v/%s", lang, counsellor, f)
				out := Questions(cat, f, counsellor)
				checkCommon(t, where, out, f == "text", true, cat)
				s := fold(string(out))

				// Title, intro, then every section and question in order,
				// then the help.
				mode := "questions"
				if counsellor {
					mode = "script"
				}
				parts := []string{cat.T("render." + mode + ".title"), cat.T("render." + mode + ".intro")}
				section := ""
				conditional, options := 0, 0
				for _, q := range l.Questions {
					if q.Section != section {
						section = q.Section
						parts = append(parts, q.SectionTitle)
					}
					if counsellor {
						parts = append(parts, q.Label)
					} else {
						parts = append(parts, q.Prompt)
					}
					if q.AskedWhen != nil {
						conditional++
						c, _ := askedWhen(cat, l, q, counsellor)
						parts = append(parts, c.intro)
						parts = append(parts, c.values...)
					}
					if counsellor {
						parts = append(parts, cat.T("render.read_aloud"), q.Read, cat.T("render.counsellor_note"), q.Note)
					} else {
						parts = append(parts, q.Help)
					}
					for _, o := range q.Options {
						parts = append(parts, o.Label)
						options++
					}
					if !counsellor {
						parts = append(parts, questionSources(cat, q.ID)...)
					}
				}
				parts = append(parts, cat.T("report.help"))
				inOrder(t, where, s, parts)

				if n := strings.Count(string(out), "[ ] "); n != options {
					t.Errorf("%s: %d tick boxes, want %d", where, n, options)
				}
				intro := strings.SplitN(cat.T("render.asked_when.paper"), "{", 2)[0]
				if counsellor {
					intro = strings.SplitN(cat.T("render.asked_when.script"), "{", 2)[0]
				}
				if n := strings.Count(s, fold(intro)); n != conditional {
					t.Errorf("%s: %d asked-when notes, want %d (one per conditional question)", where, n, conditional)
				}
				// The note is never shown without its mark, and only to
				// the counsellor.
				if n, want := strings.Count(s, fold(cat.T("render.counsellor_note"))), map[bool]int{true: len(l.Questions)}[counsellor]; n != want {
					t.Errorf("%s: %d counsellor notes, want %d", where, n, want)
				}
			}
		}
	}
}

func TestRulesLayout(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.MustLoad(lang)
		l := BuildRules(cat)
		for _, f := range []string{"text", "markdown"} {
			where := fmt.Sprintf("%s/%s", lang, f)
			out := Rules(cat, f)
			checkCommon(t, where, out, f == "text", false, cat)
			parts := []string{cat.T("render.rules.title"), cat.T("render.rules.intro")}
			level := ""
			for _, r := range l.Rules {
				if r.Level != level {
					level = r.Level
					parts = append(parts, cat.T("level."+level))
				}
				parts = append(parts, r.ID, r.Title, cat.T("level."+r.Level), cat.T("render.category."+r.Category),
					r.FiresWhen)
				parts = append(parts, r.Sources...)
			}
			parts = append(parts, cat.T("report.disclaimer"))
			inOrder(t, where, fold(string(out)), parts)
		}
	}
}

// TestRulesInTableOrder checks that the catalogue keeps the rule table's
// order, which is also the order of findings in a report.
func TestRulesInTableOrder(t *testing.T) {
	l := BuildRules(i18n.MustLoad(i18n.En))
	for i, r := range rules.Rules() {
		if l.Rules[i].ID != r.ID {
			t.Fatalf("rule %d is %s, want %s", i, l.Rules[i].ID, r.ID)
		}
	}
}

// TestJSONListings checks that the JSON listings parse and hold every
// question and rule.
func TestJSONListings(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.MustLoad(lang)
		var q QuestionList
		if err := json.Unmarshal(Questions(cat, "json", true), &q); err != nil {
			t.Fatal(err)
		}
		if len(q.Questions) != screening.NumQuestions || q.Questions[0].Read == "" {
			t.Errorf("%s: %d questions in the JSON call script", lang, len(q.Questions))
		}
		var r struct {
			Rules []struct {
				ID        string `json:"id"`
				FiresWhen string `json:"fires_when"`
			} `json:"rules"`
		}
		if err := json.Unmarshal(Rules(cat, "json"), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Rules) != rules.NumRules {
			t.Errorf("%s: %d rules in the JSON catalogue", lang, len(r.Rules))
		}
	}
}

// TestRenderCatalogs checks that both render catalogs hold the same keys
// with the same placeholders.
func TestRenderCatalogs(t *testing.T) {
	load := func(lang string) map[string]string {
		data, err := os.ReadFile(filepath.Join("../../i18n", lang, "render.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	da, en := load("da"), load("en")
	ph := regexp.MustCompile(`\{[a-z_]+\}`)
	for k, v := range en {
		w, ok := da[k]
		if !ok {
			t.Errorf("da/render.json lacks %s", k)
			continue
		}
		if a, b := ph.FindAllString(v, -1), ph.FindAllString(w, -1); strings.Join(a, ",") != strings.Join(b, ",") {
			t.Errorf("%s: placeholders %v in en, %v in da", k, a, b)
		}
	}
	for k := range da {
		if _, ok := en[k]; !ok {
			t.Errorf("en/render.json lacks %s", k)
		}
	}
}
