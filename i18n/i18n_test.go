package i18n_test

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

func placeholders(s string) string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return strings.Join(p, " ")
}

func TestCatalogsMatch(t *testing.T) {
	da, err := i18n.Load(i18n.Da)
	if err != nil {
		t.Fatal(err)
	}
	en, err := i18n.Load(i18n.En)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]*i18n.Catalog{{da, en}, {en, da}} {
		for _, k := range pair[0].Keys() {
			if !pair[1].Has(k) {
				t.Errorf("%s has %q, %s does not", pair[0].Lang, k, pair[1].Lang)
			}
		}
	}
	for _, k := range da.Keys() {
		if !en.Has(k) {
			continue
		}
		if a, b := placeholders(da.T(k)), placeholders(en.T(k)); a != b {
			t.Errorf("%s: placeholders differ: da %q, en %q", k, a, b)
		}
		for _, c := range []*i18n.Catalog{da, en} {
			if strings.TrimSpace(c.T(k)) == "" {
				t.Errorf("%s: %s is empty", c.Lang, k)
			}
		}
	}
}

// TestEveryTextExists is the question-bank lint for texts: every section,
// question, option, rule and source has its texts in both languages.
func TestEveryTextExists(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		need := func(key string) {
			t.Helper()
			if !c.Has(key) {
				t.Errorf("%s: missing %q", l, key)
			}
		}
		for _, s := range screening.Sections {
			need("section." + s)
		}
		sources := map[string]bool{}
		for _, q := range screening.Questions() {
			for _, f := range []string{"label", "prompt", "help", "read", "note", "topic"} {
				need(vocab.QuestionKey(q.Pos(), f))
			}
			for _, o := range q.Options {
				if q.Kind == screening.YesNo || q.Kind == screening.YesNoUnsure {
					need("opt." + o)
				} else {
					need("opt." + q.ID + "." + o)
				}
				if q.Kind == screening.Multi {
					need("opt." + q.ID + "." + o + ".topic")
				}
			}
			for _, s := range q.Sources {
				sources[s] = true
			}
		}
		for _, r := range rules.Rules() {
			for _, f := range []string{"title", "text", "readback"} {
				key := "rule." + r.ID + "." + f
				need(key)
				if f == "title" {
					continue
				}
				if has := strings.Contains(c.T(key), "{items}"); has != r.Lists {
					t.Errorf("%s: %s: {items} present %v, rule lists %v", l, key, has, r.Lists)
				}
			}
			for _, s := range r.Sources {
				sources[s] = true
			}
			for o, ss := range r.OptionSources {
				for _, f := range []string{"text", "readback"} {
					need("med." + o + "." + f)
				}
				for _, s := range ss {
					sources[s] = true
				}
			}
			if r.Lists {
				need("rule." + r.ID + ".readback_many")
			}
			if r.OptionSources != nil {
				need("rule." + r.ID + ".after")
			}
		}
		for _, k := range []string{"rule.dangerous-interaction.after_hiv", "med.maoi.text_crisis", "med.hiv_booster.text_crisis",
			"rule.aftercare.minor", "rule.aftercare.minor_readback", "report.emergency_call", "report.help_first",
			"stop.person.ptsd", "stop.person.doctor", "stop.person.minor", "stop.person.clinical_trial",
			"stop.person.approved_clinic", "stop.offer.clinical_trial", "stop.offer.approved_clinic", "source.dsam",
			"gtk.emergency.title", "gtk.emergency.lead", "gtk.emergency.after", "readback.emergency", "readback.help", "readback.help_child",
			"readback.help_rest", "readback.disclaimer"} {
			need(k)
		}
		for _, k := range []string{"hot", "confused", "vomiting", "muscles", "heart", "fainting"} {
			need("gtk.emergency.sign." + k)
		}
		for _, k := range []string{"safe", "act", "note", "numbers", "child", "numbers_rest", "later", "not_assessment"} {
			need("readback.crisis." + k)
		}
		for _, k := range []string{"emergency", "bornetelefonen", "livslinien", "laegevagt", "psychiatric", "doctor", "cepda"} {
			for _, f := range []string{"name", "contact", "when"} {
				need("help." + k + "." + f)
			}
		}
		for _, gone := range []string{"rule.stop.clinical", "readback.help_first", "headline.stop", "headline.stop_clinical",
			"headline.caution", "headline.none"} {
			if c.Has(gone) {
				t.Errorf("%s: %q is replaced by the rev 2 scheme", l, gone)
			}
		}
		for s := range sources {
			need("source." + s)
		}
		for _, lv := range []string{"urgent", "stop", "caution", "note", "none"} {
			need("level." + lv)
		}
		for _, h := range []string{"urgent", "stop.person", "stop.person.clinical_trial", "stop.person.approved_clinic",
			"stop.setting", "stop.outside", "stop.offer", "stop.offer.clinical_trial", "stop.offer.approved_clinic", "caution.doctor", "caution.provider",
			"caution.both", "none.notes", "none.empty"} {
			need("headline." + h)
			need("readback.headline." + h)
		}
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want i18n.Lang
	}{
		{map[string]string{}, i18n.En},
		{map[string]string{"LANG": "da_DK.UTF-8"}, i18n.Da},
		{map[string]string{"LANG": "en_GB.UTF-8"}, i18n.En},
		{map[string]string{"LC_ALL": "C", "LANG": "da_DK.UTF-8"}, i18n.En},
		{map[string]string{"LC_ALL": "", "LC_MESSAGES": "da_DK", "LANG": "en_US"}, i18n.Da},
		{map[string]string{"LC_MESSAGES": "en_US", "LANG": "da_DK"}, i18n.En},
		{map[string]string{"LANG": "DA"}, i18n.Da},
		{map[string]string{"LANG": "de_DE"}, i18n.En},
	}
	for _, tt := range tests {
		if got := i18n.FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.env, got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for _, ok := range []string{"da", "en"} {
		if _, err := i18n.ParseLang(ok); err != nil {
			t.Error(err)
		}
	}
	for _, bad := range []string{"", "DA", "de", "en_GB"} {
		if _, err := i18n.ParseLang(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestFormatAndList(t *testing.T) {
	c := i18n.MustLoad(i18n.Da)
	if got := c.T("no.such.key"); got != "[no.such.key]" {
		t.Errorf("missing key gives %q", got)
	}
	if got := i18n.MustLoad(i18n.En).F("cli.version", "program", "1", "rules", "2"); !strings.Contains(got, "1") || !strings.Contains(got, "2") || strings.Contains(got, "{") {
		t.Errorf("F = %q", got)
	}
}

// TestList checks the joins of both languages: a comma before "og" only
// for Danish clauses, labels in lower case after the first item unless
// they are abbreviations, quoted or one letter.
func TestList(t *testing.T) {
	da, en := i18n.MustLoad(i18n.Da), i18n.MustLoad(i18n.En)
	for _, c := range []struct {
		name  string
		cat   *i18n.Catalog
		items []string
		want  string
	}{
		{"none", da, nil, ""},
		{"one", da, []string{"Lithium"}, "Lithium"},
		{"two nouns", da, []string{"lithium", "tramadol"}, "lithium og tramadol"},
		{"three nouns", da, []string{"en MAO-hæmmer", "lithium", "bupropion"}, "en MAO-hæmmer, lithium og bupropion"},
		{"om clauses", da, []string{"om du har forhøjet blodtryk", "om du er gravid eller ammer"},
			"om du har forhøjet blodtryk, og om du er gravid eller ammer"},
		{"mixed clauses", da, []string{"hvor mange terapeuter der er til stede", "om forløbet har forberedende samtaler", "hvad du forventer"},
			"hvor mange terapeuter der er til stede, om forløbet har forberedende samtaler, og hvad du forventer"},
		{"hvilken clause last", da, []string{"om du er i krise", "hvilken anden medicin du tager"},
			"om du er i krise, og hvilken anden medicin du tager"},
		{"at clause", da, []string{"at du er gravid", "at du ammer"}, "at du er gravid, og at du ammer"},
		{"noun with om inside", da, []string{"aftaler", "grænser om berøring"}, "aftaler og grænser om berøring"},
		{"labels lowered", da, []string{"MAO-hæmmer", "Lithium", "Tramadol", "Ritonavir eller cobicistat (hiv-medicin)"},
			"MAO-hæmmer, lithium, tramadol og ritonavir eller cobicistat (hiv-medicin)"},
		{"abbreviation kept", da, []string{"Lithium", "SNRI (antidepressiv medicin)", "Centralstimulerende medicin (fx ADHD-medicin)"},
			"Lithium, SNRI (antidepressiv medicin) og centralstimulerende medicin (fx ADHD-medicin)"},
		{"hyphenated lowered", da, []string{"Forhøjet blodtryk", "Hjerte-kar-sygdom"}, "Forhøjet blodtryk og hjerte-kar-sygdom"},
		{"quoted kept", da, []string{"»Forberedelse«", "»Integrationssamtaler«"}, "»Forberedelse« og »Integrationssamtaler«"},
		{"english clauses", en, []string{"whether you are pregnant", "whether you breastfeed"}, "whether you are pregnant and whether you breastfeed"},
		{"english labels", en, []string{"MAO inhibitor", "Lithium", "SNRI antidepressant"}, "MAO inhibitor, lithium and SNRI antidepressant"},
		{"english I kept", en, []string{"None of these", "I don't know"}, "None of these and I don't know"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.cat.List(c.items); got != c.want {
				t.Errorf("List(%q) = %q, want %q", c.items, got, c.want)
			}
		})
	}
}

// TestTopicsJoinCleanly checks the phrases that are listed inside a
// sentence: no comma (lists are joined with commas) and no full stop.
func TestTopicsJoinCleanly(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, k := range c.Keys() {
			if !strings.HasSuffix(k, ".topic") {
				continue
			}
			if v := c.T(k); strings.ContainsAny(v, ",") || strings.HasSuffix(v, ".") {
				t.Errorf("%s: %s = %q holds a comma or ends in a full stop", l, k, v)
			}
		}
	}
}
