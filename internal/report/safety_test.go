package report

import (
	"regexp"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
)

// banned are phrases that must never appear in anything the program
// shows: a verdict of eligibility or safety, or content the contract
// forbids (doses, prices, obtaining or testing the substance, wash-out,
// water advice). Per language, so that "approved in Australia" and Danish
// "usikker" stay allowed.
var banned = map[i18n.Lang][]*regexp.Regexp{
	i18n.En: compileAll(
		`\beligib`, `\bclear(ed)? (for|to)\b`, `\byou are cleared\b`, `\bsafe for you\b`, `\bit is safe\b`,
		`\byou are safe\b`, `\bsafe to (take|use|go|start|try)\b`, `\bsuitable (for|candidate)\b`, `\bsuited\b`,
		`\bgood candidate\b`, `\bapproved for you\b`, `\byou are approved\b`, `\bgreen light\b`,
		`\byou qualify\b`, `\bnothing stands in your way\b`, `\byou can go ahead\b`,
		`\bdrink plenty\b`, `\bplenty of water\b`, `\bbooster dose\b`, `\bmilligram`, `\d\s*mg\b`,
		`\bwash-?out\b`, `\bprice`, `\bDKK\b`, `\d+\s*kr\b`, `30[.,]000`, `80[.,]000`, `\b30 Danish\b`,
		`\btest kit`, `\breagent`, `\bdrug checking\b`, `\bdark ?web\b`, `\bdarknet\b`),
	i18n.Da: compileAll(
		`\begnet\b`, `\begnede\b`, `\bberettiget\b`, `\bsikkert for dig\b`, `\bdet er sikkert\b`,
		`\bdu er sikker på at kunne\b`, `\bgrønt lys\b`, `\bgodkendt til dig\b`, `\bdu er godkendt\b`,
		`\bdu kan roligt\b`, `\bintet i vejen\b`, `\bklar til behandling\b`,
		`\bdrik rigeligt\b`, `\bmasser af vand\b`, `\bbooster`, `\bmilligram`, `\d\s*mg\b`,
		`\budvaskning`, `\bwash-?out\b`, `\bpris`, `\bDKK\b`, `\d+\s*kr\b`, `30[.,]000`, `80[.,]000`,
		`\b30 danske\b`, `\btestkit`, `\breagens`, `\bdark ?web\b`, `\bdarknet\b`),
}

func compileAll(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(`(?i)` + p)
	}
	return out
}

func checkBanned(t *testing.T, lang i18n.Lang, where, text string) {
	t.Helper()
	for _, re := range banned[lang] {
		if loc := re.FindStringIndex(text); loc != nil {
			from, to := max(0, loc[0]-60), min(len(text), loc[1]+60)
			t.Errorf("%s: forbidden phrase %q in …%s…", where, re.String(), text[from:to])
		}
	}
}

// TestNoVerdictInCatalogs reads every text of both catalogs.
func TestNoVerdictInCatalogs(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, k := range c.Keys() {
			if strings.HasPrefix(k, "source.") {
				continue // citations name titles as published
			}
			checkBanned(t, l, string(l)+":"+k, c.T(k))
		}
	}
}

// TestNoVerdictInReports renders every case in every format, language and
// mode, and checks the forbidden phrases and the parts every report must
// hold.
func TestNoVerdictInReports(t *testing.T) {
	cases := loadCases(t)
	for _, name := range sortedNames(cases) {
		a := cases[name]
		for _, l := range i18n.Langs {
			c := i18n.MustLoad(l)
			for _, counsellor := range []bool{false, true} {
				r := Build(&a, Options{Lang: l, Counsellor: counsellor})
				for _, f := range []string{"text", "markdown"} {
					out, err := Render(r, f)
					if err != nil {
						t.Fatal(err)
					}
					s := string(out)
					where := name + "." + string(l) + "." + f
					checkBanned(t, l, where, s)
					for _, must := range []string{"112", "70 201 201", "kontakt@cepda.dk"} {
						if !strings.Contains(s, must) {
							t.Errorf("%s: no %q", where, must)
						}
					}
					if vocab.Minor(&a) != strings.Contains(s, "116 111") {
						t.Errorf("%s: Børnetelefonen shown %v, adult = no %v", where, !vocab.Minor(&a), vocab.Minor(&a))
					}
					if !strings.Contains(flat(s), flat(c.T("disclaimer"))) {
						t.Errorf("%s: disclaimer missing", where)
					}
					lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
					if last := lines[len(lines)-1]; !strings.Contains(last, Program) || !strings.Contains(last, rules.Version) {
						t.Errorf("%s: last line %q is not the version line", where, last)
					}
					if strings.Contains(s, "[") && regexp.MustCompile(`\[[a-z_]+\.[a-z_.\-]+\]`).MatchString(s) {
						t.Errorf("%s: a missing text key shows: %s", where, regexp.MustCompile(`\[[a-z_]+\.[a-z_.\-]+\]`).FindString(s))
					}
				}
			}
		}
	}
}

// flat folds white space and markdown emphasis so that wrapped text can be
// compared with a catalog text.
func flat(s string) string {
	s = strings.NewReplacer("*", "", "_", "", "\\", "", ">", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// TestNoneIsNeverAClearance checks the headline of a report without
// findings says it is not a clearance, and that no stop or urgent trigger
// gives level none.
func TestNoneIsNeverAClearance(t *testing.T) {
	cases := loadCases(t)
	for _, name := range sortedNames(cases) {
		a := cases[name]
		res := rules.Evaluate(&a)
		for _, f := range res.Findings {
			if f.Rule.Level >= rules.Stop && res.Level < f.Rule.Level {
				t.Errorf("%s: %s fired but level is %s", name, f.Rule.ID, res.Level)
			}
		}
	}
}
