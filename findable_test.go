package main

import (
	"path/filepath"
	"strings"
	"testing"

	"mdma-screen/rules"
)

// TestEveryRuleIsFindable checks what the README promises a reviewer: one
// grep for a rule ID finds its row in the rule table, its texts in both
// catalogs and at least one golden report in which it fired.
func TestEveryRuleIsFindable(t *testing.T) {
	table := readText(t, filepath.Join("rules", "rules.go"))
	catalogs := map[string]string{
		"da": readText(t, filepath.Join("i18n", "da", "rules.json")),
		"en": readText(t, filepath.Join("i18n", "en", "rules.json")),
	}
	goldens, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden JSON reports (%v)", err)
	}
	var all strings.Builder
	for _, g := range goldens {
		all.WriteString(readText(t, g))
	}
	for _, r := range rules.Rules() {
		if !strings.Contains(table, `"`+r.ID+`"`) {
			t.Errorf("%s: no row in rules/rules.go", r.ID)
		}
		for lang, c := range catalogs {
			if !strings.Contains(c, `"rule.`+r.ID+`.title"`) || !strings.Contains(c, `"rule.`+r.ID+`.text"`) {
				t.Errorf("%s: no title or text in i18n/%s/rules.json", r.ID, lang)
			}
		}
		if !strings.Contains(all.String(), `"rule": "`+r.ID+`"`) {
			t.Errorf("%s: fires in no golden report under testdata/golden", r.ID)
		}
	}
}
