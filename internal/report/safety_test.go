package report

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
)

// verdicts are the words of a verdict about the person (eligible, safe,
// cleared, clearance, suited, approved, and the like), banned in every
// output except in the sentences the contract requires (exceptions).
var verdicts = map[i18n.Lang][]*regexp.Regexp{
	i18n.En: compileAll(`\beligib\w*`, `\bsafe(ly)?\b`, `\bcleared\b`, `\bclear (for|to)\b`, `\bclearance\b`,
		`\bsuit(ed|able)\b`, `\bapproved?\b`, `\bgreen light\b`, `\bgo-ahead\b`, `\byou qualify\b`),
	i18n.Da: compileAll(`\begnet\b`, `\begnede\b`, `\bsikker\b`, `\bsikkert\b`, `\busikker\b`, `\bgodkend\w*`,
		`\bberettiget\b`, `\bblåstempling\b`, `\bgrønt lys\b`, `\bfrikendt\b`),
}

// exceptions are the required sentences that hold a verdict word without
// a verdict (the contract lists them), and names that merely contain one.
var exceptions = map[i18n.Lang][]string{
	i18n.En: {"approved in Australia", "not a clearance", "Are you safe right now?", "not a go-ahead",
		"DanceSafe", "a concern for patient safety"},
	i18n.Da: {"godkendt i Australien", "ikke en blåstempling", "Er du i sikkerhed lige nu?", "ikke grønt lys",
		"DanceSafe"},
}

// banned are phrases the contract forbids beyond verdicts: doses,
// prices, obtaining or testing the substance, wash-out, water advice.
var banned = map[i18n.Lang][]*regexp.Regexp{
	i18n.En: compileAll(
		`\bnothing stands in your way\b`, `\byou can go ahead\b`,
		`\bdrink plenty\b`, `\bplenty of water\b`, `\bbooster dose\b`, `\bmilligram`, `\d\s*mg\b`,
		`\bwash-?out\b`, `\btaper`, `\bprice`, `\bDKK\b`, `\d+\s*kr\b`, `30[.,]000`, `80[.,]000`, `\b30 Danish\b`,
		`\btest kit`, `\breagent`, `\bdrug checking\b`, `\bdark ?web\b`, `\bdarknet\b`),
	i18n.Da: compileAll(
		`\bdu kan roligt\b`, `\bintet i vejen\b`, `\bklar til behandling\b`,
		`\bdrik rigeligt\b`, `\bmasser af vand\b`, `\bbooster`, `\bmilligram`, `\d\s*mg\b`,
		`\budvaskning`, `\bwash-?out\b`, `\budtrap`, `\bnedtrap`, `\bpris`, `\bDKK\b`, `\d+\s*kr\b`, `30[.,]000`, `80[.,]000`,
		`\b30 danske\b`, `\btestkit`, `\breagens`, `\bdark ?web\b`, `\bdarknet\b`),
}

func compileAll(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(`(?i)` + p)
	}
	return out
}

// checkBanned reports a verdict word outside the exceptions, and any
// banned phrase.
func checkBanned(t *testing.T, lang i18n.Lang, where, text string) {
	t.Helper()
	if hit := bannedIn(lang, text); hit != "" {
		t.Errorf("%s: forbidden %s", where, hit)
	}
}

// bannedIn returns the first verdict word (outside the exceptions) or
// banned phrase in text, with its context; "" when there is none.
func bannedIn(lang i18n.Lang, text string) string {
	stripped := flat(text)
	for _, e := range exceptions[lang] {
		stripped = strings.ReplaceAll(stripped, e, "")
	}
	for _, re := range append(slices.Clip(verdicts[lang]), banned[lang]...) {
		if loc := re.FindStringIndex(stripped); loc != nil {
			from, to := max(0, loc[0]-60), min(len(stripped), loc[1]+60)
			return fmt.Sprintf("%q in …%s…", re.String(), stripped[from:to])
		}
	}
	return ""
}

// TestCheckBanned checks the check itself: verdicts are caught, the
// contract's exceptions and names are not.
func TestCheckBanned(t *testing.T) {
	tests := []struct {
		lang i18n.Lang
		text string
		bad  bool
	}{
		{i18n.En, "You are eligible for the treatment.", true},
		{i18n.En, "It is safe for you.", true},
		{i18n.En, "You are suited to it.", true},
		{i18n.En, "You have been cleared.", true},
		{i18n.En, "The treatment has been approved in Australia since 2023.", false},
		{i18n.En, "The treatment is approved for you.", true},
		{i18n.En, "That is not a clearance: talk to a doctor.", false},
		{i18n.En, "Are you safe right now? Is anyone with you?", false},
		{i18n.En, "DanceSafe, \"MDMA Contraindications\"", false},
		{i18n.En, "Drink plenty of water.", true},
		{i18n.En, "Taper off slowly.", true},
		{i18n.Da, "Du er egnet til behandlingen.", true},
		{i18n.Da, "Det er sikkert for dig.", true},
		{i18n.Da, "Behandlingen har været godkendt i Australien siden 2023.", false},
		{i18n.Da, "Du er godkendt.", true},
		{i18n.Da, "Det er ikke en blåstempling.", false},
		{i18n.Da, "Er du i sikkerhed lige nu?", false},
		{i18n.Da, "Hvis du er usikker, så spørg.", true},
	}
	for _, tt := range tests {
		if got := bannedIn(tt.lang, tt.text) != ""; got != tt.bad {
			t.Errorf("%s %q: flagged %v, want %v", tt.lang, tt.text, got, tt.bad)
		}
	}
}

// TestNoVerdictInCatalogs reads every text of both catalogs.
func TestNoVerdictInCatalogs(t *testing.T) {
	for _, l := range i18n.Langs {
		c := i18n.MustLoad(l)
		for _, k := range c.Keys() {
			checkBanned(t, l, string(l)+":"+k, c.T(k))
		}
	}
}

// TestNoVerdictInReports renders every case in every format, language and
// mode, and checks the forbidden phrases and the parts every report must
// hold.
func TestNoVerdictInReports(t *testing.T) {
	for b := range reports(t, false, true) {
		name, l, a, r := b.name, b.lang, b.a, b.r
		c := i18n.MustLoad(l)
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
			if vocab.MaybeMinor(a) != strings.Contains(s, "116 111") {
				t.Errorf("%s: Børnetelefonen shown %v, adult %v", where, !vocab.MaybeMinor(a), r.Answers["adult"])
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
	names, cases := golden.Cases(t, casesDir)
	for _, name := range names {
		a := cases[name]
		res := rules.Evaluate(&a)
		for _, f := range res.Findings {
			if f.Rule.Level >= rules.Stop && res.Level < f.Rule.Level {
				t.Errorf("%s: %s fired but level is %s", name, f.Rule.ID, res.Level)
			}
		}
	}
}
