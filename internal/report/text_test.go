package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// layoutCases are answers that between them take every branch of the
// layout: help first (crisis yes, crisis unanswered), no findings, stop
// in a clinical setting, unsure and unanswered answers, a minor.
var layoutCases = []struct{ name, answers string }{
	{"crisis-yes", `{"answers": {"setting": "learning", "crisis": "yes"}}`},
	{"empty", `{"answers": {}}`},
	{"no-findings", `{"answers": {"setting": "clinical_trial", "ptsd": "yes", "adult": "yes", "crisis": "no", "suicide_history": "no",
		"bipolar1": "no", "schizophrenia": "no", "psychosis": "no", "family_psychosis": "no", "substance_use": "no",
		"ssri": "no", "other_meds": ["none"], "heart": "no", "blood_pressure": "no", "pregnant": "no",
		"boundaries": "yes", "trust": "yes", "self_use": "no", "expectations": "no", "support": "yes",
		"past_experience": "no"}}`},
	{"clinical-stop", `{"answers": {"setting": "approved_clinic", "crisis": "no", "bipolar1": "yes", "ssri": "unsure",
		"other_meds": ["maoi", "snri"], "therapists": "unknown", "preparation": "no"}}`},
	{"underground-unsure", `{"answers": {"setting": "underground", "ptsd": "unsure", "adult": "no", "crisis": "no",
		"other_meds": ["unsure"], "substance_known": "unsure", "trust": "unsure", "self_use": "unsure"}}`},
}

func layoutAnswers(t *testing.T, name, data string) *screening.Answers {
	t.Helper()
	a, err := screening.ParseAnswers([]byte(data), name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &a
}

// foldText removes markdown escapes and emphasis and folds white space, so
// that wrapped or marked-up output can be searched for a catalog text.
func foldText(s string) string {
	s = strings.NewReplacer("\\", "", "*", "", "`", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// checkOrder checks that each of parts occurs in the folded output after
// the one before, and names the first that does not.
func checkOrder(t *testing.T, where, out string, parts []string) {
	t.Helper()
	s := foldText(out)
	at := 0
	for i, p := range parts {
		p = foldText(p)
		j := strings.Index(s[at:], p)
		if j < 0 {
			state := "missing"
			if strings.Contains(s, p) {
				state = "out of order"
			}
			prev := "the start"
			if i > 0 {
				prev = fmt.Sprintf("%q", foldText(parts[i-1]))
			}
			t.Errorf("%s: %q is %s (want it after %s)", where, p, state, prev)
			return
		}
		at += j + len(p)
	}
}

// contractParts lists what a report must show, in the contract's order;
// findingParts gives the texts of one finding as the format shows them.
func contractParts(r *Report, findingParts func(Finding) []string, mark func(string) string) []string {
	cat := r.Catalog()
	var p []string
	if r.Readback != nil {
		p = append(p, cat.T("render.readback"))
		for _, l := range r.ReadbackLines {
			if l.Note {
				p = append(p, ReadbackNote(cat, l.Text))
			} else {
				p = append(p, l.Text)
			}
		}
	}
	help := func(entries []Help) {
		for _, h := range entries {
			p = append(p, h.Name, h.Contact, h.When)
		}
		p = append(p, r.Fault)
	}
	if r.HelpFirst {
		p = append(p, cat.T("render.help_first"))
		help(r.HelpFirstEntries)
	}
	p = append(p, cat.T("report.title"), r.Card.Title, r.Headline)
	for _, b := range r.Card.Badges {
		p = append(p, b.Text)
	}
	for _, l := range r.Card.Lines {
		p = append(p, l.Text)
	}
	for _, m := range r.Card.More {
		p = append(p, m.Text)
	}
	p = append(p, cat.T("report.findings"))
	if len(r.Findings) == 0 {
		p = append(p, cat.T("report.no_findings"))
	}
	for _, f := range r.Findings {
		p = append(p, findingParts(f)...)
		if f.ItemsAsLines {
			p = append(p, f.ItemsLead)
			for _, it := range f.Items {
				p = append(p, "- "+it)
			}
			p = append(p, f.ItemsTail)
		} else {
			p = append(p, f.Explanation)
		}
		if len(f.Reasons) > 0 {
			p = append(p, cat.T("report.because"))
			p = append(p, f.Reasons...)
		}
		p = append(p, f.Sources...)
	}
	p = append(p, cat.T("report.answers"))
	for _, a := range r.Answered {
		p = append(p, a.Label+": "+AnswerValue(cat, a, mark))
	}
	p = append(p, cat.T("report.good_to_know"))
	for _, s := range r.GoodToKnow {
		if s.Lines == nil {
			p = append(p, s.Title, s.Text)
			continue
		}
		p = append(p, s.Title, s.Lead)
		p = append(p, s.Lines...)
		p = append(p, s.Tail)
	}
	p = append(p, cat.T("report.help"))
	help(r.Help)
	p = append(p, cat.T("report.disclaimer"), r.Disclaimer, vocab.VersionLine(cat, r.Version))
	return p
}

// checkReportCommon checks what every text and markdown report holds
// whatever its layout: the version as the last line, no escape code, no
// missing text, no trailing space, one final newline; the read-back and
// the early help only when they belong; the markers of unsure and
// unanswered answers.
func checkReportCommon(t *testing.T, where string, r *Report, out []byte) {
	t.Helper()
	cat := r.Catalog()
	s := string(out)
	if strings.Contains(s, "\x1b") {
		t.Errorf("%s: escape code in the output", where)
	}
	if m := regexp.MustCompile(`\[[a-z_]+\.[a-z_.\-]+\]`).FindString(s); m != "" {
		t.Errorf("%s: missing text %s", where, m)
	}
	if !strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\n\n") {
		t.Errorf("%s: does not end in exactly one newline", where)
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
			t.Errorf("%s:%d: trailing white space: %q", where, i+1, l)
		}
	}
	if last := lines[len(lines)-1]; last != vocab.VersionLine(cat, r.Version) || !strings.Contains(last, Program) || !strings.Contains(last, rules.Version) {
		t.Errorf("%s: last line %q, want the version line", where, last)
	}
	f := foldText(s)
	if got := strings.Contains(f, foldText(cat.T("render.help_first"))); got != r.HelpFirst {
		t.Errorf("%s: help-first part shown %v, HelpFirst %v", where, got, r.HelpFirst)
	}
	if got := strings.Contains(f, foldText(cat.T("render.readback"))); got != (r.Readback != nil) {
		t.Errorf("%s: read-back shown %v, counsellor %v", where, got, r.Readback != nil)
	}
	// The crisis-first block, from its heading to the report's title,
	// names no Cepda.
	if _, block, ok := strings.Cut(f, foldText(cat.T("render.help_first"))); ok {
		block, _, _ = strings.Cut(block, foldText(cat.T("report.title")))
		if strings.Contains(block, foldText(cat.T("help.cepda.contact"))) || strings.Contains(block, foldText(cat.T("help.cepda.name"))) {
			t.Errorf("%s: Cepda in the crisis-first block", where)
		}
	}
	// The counsellor's notes are marked, once each, and never numbered.
	numbered := regexp.MustCompile(`(?m)^\s*(\d+)\. `)
	for _, l := range r.ReadbackLines {
		if !l.Note {
			continue
		}
		if n := strings.Count(f, foldText(ReadbackNote(cat, l.Text))); n != 1 {
			t.Errorf("%s: the note %q shown %d times, marked", where, l.Text, n)
		}
		for _, m := range numbered.FindAllStringIndex(s, -1) {
			line, _, _ := strings.Cut(s[m[0]:], "\n")
			if strings.Contains(foldText(line), foldText(cat.T("render.readback_note")[:6])) {
				t.Errorf("%s: a numbered note: %q", where, line)
			}
		}
	}
	unsure, unanswered := 0, 0
	for _, a := range r.Answered {
		// An answer that says "not sure" in its own words is not marked.
		v, m := strings.ToLower(strings.TrimSpace(a.Value)), strings.ToLower(cat.T("report.unsure"))
		if a.Unsure && (v == m || !strings.Contains(v, m)) {
			unsure++
		}
		if a.Unanswered {
			unanswered++
		}
	}
	if n := strings.Count(f, "["+cat.T("report.unsure")+"]"); n != unsure {
		t.Errorf("%s: %d unsure marks, want %d", where, n, unsure)
	}
	if n := strings.Count(f, "["+cat.T("report.unanswered")+"]"); n != unanswered {
		t.Errorf("%s: %d unanswered marks, want %d", where, n, unanswered)
	}
}

// eachLayout renders every layout case in every language, for the
// person and the counsellor, in one format; it checks what every format
// holds (stable bytes, the common checks, the contract's order, with
// finding giving a finding's texts) and hands the rest to check.
func eachLayout(t *testing.T, format string, render func(*Report) []byte, finding func(*Report, Finding) []string,
	check func(t *testing.T, where string, r *Report, out string)) {
	brackets := func(s string) string { return "[" + s + "]" }
	for _, c := range layoutCases {
		a := layoutAnswers(t, c.name, c.answers)
		for _, lang := range i18n.Langs {
			for _, counsellor := range []bool{false, true} {
				where := fmt.Sprintf("%s.%s/counsellor=%v/%s", c.name, lang, counsellor, format)
				t.Run(where, func(t *testing.T) {
					r := Build(a, Options{Lang: lang, Counsellor: counsellor})
					out := render(r)
					if again := render(Build(a, Options{Lang: lang, Counsellor: counsellor})); string(again) != string(out) {
						t.Fatal("two renders differ")
					}
					checkReportCommon(t, where, r, out)
					checkOrder(t, where, string(out), contractParts(r, func(f Finding) []string { return finding(r, f) }, brackets))
					check(t, where, r, string(out))
				})
			}
		}
	}
}

func TestTextLayout(t *testing.T) {
	title := func(r *Report, f Finding) []string { return []string{FindingTitle(r.Catalog(), f)} }
	eachLayout(t, "text", Text, title, func(t *testing.T, where string, r *Report, out string) {
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > Width {
				t.Errorf("%s:%d: %d columns: %q", where, i+1, w, l)
			}
		}
		// Every finding shows its level as a symbol and a word.
		for _, f := range r.Findings {
			title := FindingTitle(r.Catalog(), f)
			if !strings.Contains(title, vocab.Symbol(r.Catalog(), f.Level)) || !strings.Contains(title, r.Catalog().T("level."+f.Level)) {
				t.Errorf("%s: finding %s shows %q, without its symbol or label", where, f.Rule, title)
			}
		}
	})
}

// TestHelpFirstCases pins which layout cases put help first, so that the
// table keeps covering both branches.
func TestHelpFirstCases(t *testing.T) {
	want := map[string]bool{"crisis-yes": true, "empty": true}
	for _, c := range layoutCases {
		r := Build(layoutAnswers(t, c.name, c.answers), Options{Lang: i18n.En})
		if r.HelpFirst != want[c.name] {
			t.Errorf("%s: HelpFirst %v", c.name, r.HelpFirst)
		}
		if c.name == "no-findings" && len(r.Findings) != 0 {
			t.Errorf("no-findings: %d findings", len(r.Findings))
		}
	}
}
