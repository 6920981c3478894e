package plain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/screening"
)

// result is what one plain-prompt run left behind.
type result struct {
	out, err string
	answers  *screening.Answers
	code     int
	runErr   error
}

// runLines runs a screening fed with lines (each ended by a newline).
func runLines(t *testing.T, lang i18n.Lang, tty bool, lines ...string) result {
	t.Helper()
	input := ""
	for _, l := range lines {
		input += l + "\n"
	}
	return runInput(t, lang, tty, input)
}

func runInput(t *testing.T, lang i18n.Lang, tty bool, input string) result {
	t.Helper()
	return runConfig(t, Config{Lang: lang, InTTY: tty}, input)
}

// runConfig runs a screening with cfg fed with input; cfg's streams are
// set here. A run that fails must fail with an *exit.Error.
func runConfig(t *testing.T, cfg Config, input string) result {
	t.Helper()
	var out, errb bytes.Buffer
	cfg.In = strings.NewReader(input)
	cfg.Out, cfg.Err = &out, &errb
	a, err := run(context.Background(), cfg)
	r := result{out: out.String(), err: errb.String(), answers: a, runErr: err}
	if err != nil {
		var ee *exit.Error
		if !errors.As(err, &ee) {
			t.Fatalf("Run returned %v, not an *exit.Error", err)
		}
		r.code = ee.Code
	}
	return r
}

// checkMessages fails unless stderr holds ordered in this order and none
// of notErr, and, when errMsg is given, the error returned is one line
// that holds each of errMsg.
func (r result) checkMessages(t *testing.T, ordered, notErr, errMsg []string) {
	t.Helper()
	inOrder(t, r.err, ordered...)
	for _, s := range notErr {
		if strings.Contains(r.err, s) {
			t.Errorf("stderr holds %q", s)
		}
	}
	if len(errMsg) == 0 {
		return
	}
	msg := r.runErr.Error()
	for _, s := range errMsg {
		if !strings.Contains(msg, s) {
			t.Errorf("error %q lacks %q", msg, s)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error %q is more than one line", msg)
	}
}

// answersOf builds answers from IDs: a string for single questions, a
// []string for multi.
func answersOf(t *testing.T, m map[string]any) screening.Answers {
	t.Helper()
	var a screening.Answers
	for id, v := range m {
		q := screening.MustIndex(id)
		var err error
		switch v := v.(type) {
		case string:
			err = a.SetValues(q, v)
		case []string:
			err = a.SetValues(q, v...)
		}
		if err != nil {
			t.Fatalf("answersOf: %v", err)
		}
	}
	return a
}

// learning answers the 19 questions asked when setting is learning.
var learning = []string{
	"5", "1", "1", // setting, ptsd, adult
	"2", "2", "2", "2", "2", "2", "2", // crisis, suicide_history .. substance_use
	"2", "11", // ssri, other_meds (none)
	"2", "2", "2", // heart, blood_pressure, pregnant
	"2", "2", "1", "2", // self_use, expectations, support, past_experience
}

var learningAnswers = map[string]any{
	"setting": "learning", "ptsd": "yes", "adult": "yes",
	"crisis": "no", "suicide_history": "no", "bipolar1": "no", "schizophrenia": "no", "psychosis": "no",
	"family_psychosis": "no", "substance_use": "no",
	"ssri": "no", "other_meds": []string{"none"},
	"heart": "no", "blood_pressure": "no", "pregnant": "no",
	"self_use": "no", "expectations": "no", "support": "yes", "past_experience": "no",
}

// provider answers the nine provider questions asked for underground.
var provider = []string{"1", "1", "1", "1", "1", "1", "2", "1", "1"}

var providerAnswers = map[string]any{
	"therapists": "two_or_more", "preparation": "yes", "integration": "yes",
	"medical_supervision": "yes", "qualified": "yes", "supervised": "yes",
	"substance_known": "no", "boundaries": "yes", "trust": "yes",
}

func with(m map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			delete(out, kv[i].(string))
			continue
		}
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func merge(ms ...map[string]any) map[string]any {
	out := map[string]any{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func cat(l ...[]string) []string {
	var out []string
	for _, x := range l {
		out = append(out, x...)
	}
	return out
}

// replace returns lines with line i (0-based) replaced by the given lines.
func replace(lines []string, i int, by ...string) []string {
	return cat(lines[:i], by, lines[i+1:])
}

func TestRun(t *testing.T) {
	en, da := i18n.MustLoad(i18n.En), i18n.MustLoad(i18n.Da)
	tests := map[string]struct {
		lang  i18n.Lang
		tty   bool
		lines []string
		// raw, when set, is the whole input instead of lines.
		raw  string
		code int
		// want are the answers the report is built from (code 0).
		want map[string]any
		// inOrder must appear in stderr in this order.
		inOrder []string
		// notErr must not appear in stderr.
		notErr []string
		// errMsg must appear in the returned error (code 2).
		errMsg []string
	}{
		"full run with numbers": {
			lang: i18n.En, lines: cat(learning, []string{""}),
			want:    learningAnswers,
			inOrder: []string{en.T("q.setting.prompt"), en.T("q.setting.help"), "  5. " + en.T("opt.setting.learning"), en.T("q.past_experience.prompt"), en.T("plain.review.title"), " 1. " + en.T("q.setting.label") + ": " + en.T("opt.setting.learning")},
			notErr:  []string{en.T("q.therapists.prompt"), "[plain."},
		},
		"full run with IDs": {
			lang: i18n.En,
			lines: []string{"learning", "YES", " yes ", "no", "no", "no", "no", "no", "no", "no",
				"no", "none", "no", "no", "no", "no", "no", "yes", "no", ""},
			want: learningAnswers,
		},
		"full run with Danish labels": {
			lang: i18n.Da,
			lines: []string{"Jeg er kun ved at sætte mig ind i det", "ja", "JA", "Nej", "nej", "nej", "nej", "nej", "nej", "nej",
				"nej", "ingen af disse", "nej", "nej", "nej", "nej", "nej", "»Ja«", "Nej", ""},
			want:    learningAnswers,
			inOrder: []string{da.T("q.setting.prompt"), da.T("plain.review.title")},
			notErr:  []string{"[plain."},
		},
		"back with <": {
			lang:    i18n.En,
			lines:   cat(learning[:2], []string{"<", "3"}, learning[2:], []string{""}),
			want:    with(learningAnswers, "ptsd", "unsure"),
			inOrder: []string{en.T("q.ptsd.prompt"), en.T("q.adult.prompt"), en.T("q.ptsd.prompt"), en.F("plain.current", "answer", "Yes"), en.T("q.adult.prompt")},
		},
		"< at the first question": {
			lang:    i18n.En,
			lines:   cat([]string{"<"}, learning, []string{""}),
			want:    learningAnswers,
			inOrder: []string{en.T("q.setting.prompt"), en.T("plain.first"), en.T("q.ptsd.prompt")},
		},
		"help with ?": {
			lang:    i18n.En,
			lines:   cat(learning[:3], []string{"?"}, learning[3:], []string{""}),
			want:    learningAnswers,
			inOrder: []string{en.T("q.crisis.prompt"), en.T("q.crisis.help"), en.T("q.crisis.help"), en.T("plain.help.keys"), en.T("q.suicide_history.prompt")},
		},
		"help on the multi question": {
			lang:    i18n.Da,
			lines:   cat(learning[:11], []string{"?"}, learning[11:], []string{""}),
			want:    learningAnswers,
			inOrder: []string{da.T("q.other_meds.help"), "»Ingen af disse« og »Jeg ved ikke, hvilke af disse jeg tager« skal stå alene."},
		},
		"- leaves a question unanswered": {
			lang:    i18n.En,
			lines:   replace(cat(learning, []string{""}), 5, "-"),
			want:    with(learningAnswers, "bipolar1", nil),
			inOrder: []string{en.T("q.bipolar1.label") + ": " + en.T("plain.review.unanswered")},
		},
		"unsure is marked at the review": {
			lang:    i18n.En,
			lines:   replace(cat(learning, []string{""}), 5, "3"),
			want:    with(learningAnswers, "bipolar1", "unsure"),
			inOrder: []string{en.T("q.bipolar1.label") + ": Not sure\n"},
		},
		"multi with commas and spaces": {
			lang:  i18n.En,
			lines: replace(cat(learning, []string{""}), 11, "1, 2 snri,bupropion   9"),
			want:  with(learningAnswers, "other_meds", []string{"maoi", "lithium", "snri", "bupropion", "other_psychiatric"}),
		},
		"multi label with a comma": {
			lang:  i18n.Da,
			lines: replace(cat(learning, []string{""}), 11, "jeg ved ikke,  hvilke af disse jeg tager"),
			want:  with(learningAnswers, "other_meds", []string{"unsure"}),
		},
		"multi labels with spaces": {
			lang:  i18n.Da,
			lines: replace(cat(learning, []string{""}), 11, "Ritonavir eller cobicistat (hiv-medicin; ritonavir findes også i Paxlovid), anden psykiatrisk medicin, 2"),
			want:  with(learningAnswers, "other_meds", []string{"lithium", "hiv_booster", "other_psychiatric"}),
		},
		"none beside another option, piped": {
			lang:   i18n.En,
			lines:  replace(cat(learning, []string{""}), 11, "1, none"),
			code:   exit.Usage,
			errMsg: []string{"line 12", "other_meds", `"None of these" can't be chosen together with other answers`},
		},
		"none beside another option, on a terminal": {
			lang:    i18n.En,
			tty:     true,
			lines:   replace(cat(learning, []string{""}), 11, "1, none", "11"),
			want:    learningAnswers,
			inOrder: []string{en.T("q.other_meds.prompt"), `"None of these" can't be chosen together with other answers. ` + en.F("plain.keys.multi", "n", "12"), en.T("q.heart.prompt")},
		},
		"two answers to a single question, on a terminal": {
			lang:    i18n.Da,
			tty:     true,
			lines:   replace(cat(learning, []string{""}), 1, "1, 2", "1"),
			want:    learningAnswers,
			inOrder: []string{da.T("plain.hint.several")},
		},
		"crisis yes prints the help at once, then the choice": {
			lang:  i18n.En,
			lines: replace(cat(learning, []string{""}), 3, "yes", "1"),
			want:  with(learningAnswers, "crisis", "yes"),
			inOrder: []string{en.T("q.crisis.prompt"), en.T("plain.crisis.title"),
				en.T("help.emergency.name"), en.T("help.livslinien.contact"),
				en.T("help.fault"), en.T("plain.crisis.next.prompt"), en.T("q.suicide_history.prompt")},
			notErr: []string{en.T("help.cepda.contact"), en.T("plain.crisis.go_on")},
		},
		"crisis unsure prints the help at once, Børnetelefonen for a minor": {
			lang:    i18n.Da,
			lines:   replace(replace(cat(learning, []string{""}), 3, "ved ikke", "fortsæt med spørgsmålene"), 2, "nej"),
			want:    with(learningAnswers, "crisis", "unsure", "adult", "no"),
			inOrder: []string{da.T("plain.crisis.title"), da.T("help.bornetelefonen.contact"), da.T("plain.crisis.next.prompt"), da.T("q.suicide_history.prompt")},
			notErr:  []string{da.T("help.cepda.contact")},
		},
		"crisis no prints no help and no choice": {
			lang:   i18n.En,
			lines:  cat(learning, []string{""}),
			want:   learningAnswers,
			notErr: []string{en.T("plain.crisis.title"), en.T("plain.crisis.next.prompt")},
		},
		"bad line from a pipe": {
			lang:   i18n.En,
			lines:  replace(cat(learning, []string{""}), 2, "maybe"),
			code:   exit.Usage,
			errMsg: []string{"line 3, question adult: ", `"maybe" doesn't match any of the answers.`, "yes, no"},
		},
		"bad line from a pipe, in Danish": {
			lang:   i18n.Da,
			lines:  replace(cat(learning, []string{""}), 2, "måske"),
			code:   exit.Usage,
			errMsg: []string{`linje 3, spørgsmål adult: "m\u00e5ske" passer ikke til nogen af svarene.`},
		},
		"empty line from a pipe": {
			lang:   i18n.En,
			lines:  replace(cat(learning, []string{""}), 0, ""),
			code:   exit.Usage,
			errMsg: []string{"line 1, question setting: ", en.T("plain.hint.empty")},
		},
		"bad line on a terminal asks again": {
			lang:    i18n.En,
			tty:     true,
			lines:   replace(cat(learning, []string{""}), 2, "maybe", "", "1"),
			want:    learningAnswers,
			inOrder: []string{en.T("q.adult.prompt"), `"maybe" doesn't match any of the answers. ` + en.T("plain.keys.single_two"), en.T("plain.hint.empty"), en.T("q.crisis.prompt")},
		},
		"bad line at the review from a pipe": {
			lang:   i18n.En,
			lines:  cat(learning, []string{"99"}),
			code:   exit.Usage,
			errMsg: []string{"line 20, review of the answers: ", `"99" is not one of the numbers`},
		},
		"bad line at the review on a terminal": {
			lang:    i18n.En,
			tty:     true,
			lines:   cat(learning, []string{"x", ""}),
			want:    learningAnswers,
			inOrder: []string{en.T("plain.review.title"), `"x" is not one of the numbers`},
		},
		"end of input before the review": {
			lang:    i18n.En,
			lines:   learning[:6],
			code:    exit.Aborted,
			inOrder: []string{en.T("q.schizophrenia.prompt"), en.T("plain.aborted")},
		},
		"end of input at once": {
			lang: i18n.Da,
			raw:  "",
			code: exit.Aborted,
		},
		"end of input at the review prints the report": {
			lang:    i18n.En,
			lines:   learning,
			want:    learningAnswers,
			inOrder: []string{en.T("plain.review.title")},
		},
		"end of input in a question re-asked from the review keeps its answer": {
			lang:    i18n.En,
			lines:   cat(learning, []string{"2"}),
			want:    learningAnswers,
			inOrder: []string{en.T("plain.review.title"), en.T("q.ptsd.prompt"), en.F("plain.current", "answer", "Yes")},
		},
		"end of input after going back from the review prints the report": {
			lang:  i18n.En,
			lines: cat(learning, []string{"<"}),
			want:  learningAnswers,
		},
		"the review changes setting to underground and back": {
			lang: i18n.En,
			lines: cat(learning,
				[]string{"1", "3"}, provider, // to underground: provider questions next
				[]string{"1", "learning"}, // and back: provider answers dropped
				[]string{""}),
			want: learningAnswers,
			inOrder: []string{
				en.T("plain.review.title"), en.T("q.setting.prompt"),
				en.T("q.therapists.prompt"), en.T("q.trust.prompt"),
				en.T("plain.review.title"), en.T("q.therapists.label") + ": " + en.T("opt.therapists.two_or_more"),
				en.T("q.setting.prompt"), en.T("plain.dropped.other")[:30],
				en.T("plain.review.title")},
		},
		"the review changes setting to underground": {
			lang:  i18n.En,
			lines: cat(learning, []string{"1", "3"}, provider, []string{""}),
			want:  merge(with(learningAnswers, "setting", "underground"), providerAnswers),
			// After the provider questions comes the review, not self_use.
			inOrder: []string{en.T("plain.review.title"), en.T("plain.more"), en.T("q.therapists.prompt"), en.T("q.trust.prompt"), en.T("plain.review.title")},
		},
		"the review changes setting to clinical_trial: two questions are dropped": {
			lang: i18n.En,
			lines: cat(replace(learning[:15], 0, "3"), provider, learning[15:], // underground
				[]string{"1", "1", ""}), // clinical_trial: boundaries and trust stay, already put
			want: with(merge(with(learningAnswers, "setting", "clinical_trial"), providerAnswers),
				"therapists", nil, "preparation", nil, "integration", nil, "medical_supervision", nil,
				"qualified", nil, "supervised", nil, "substance_known", nil),
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var r result
			if tc.raw != "" || tc.lines == nil {
				r = runInput(t, tc.lang, tc.tty, tc.raw)
			} else {
				r = runLines(t, tc.lang, tc.tty, tc.lines...)
			}
			if r.code != tc.code {
				t.Fatalf("exit status %d (%v), want %d\nstderr:\n%s", r.code, r.runErr, tc.code, r.err)
			}
			if tc.code != 0 {
				if r.out != "" {
					t.Errorf("stdout holds %q, want nothing", r.out)
				}
			} else {
				wantA := answersOf(t, tc.want)
				if !reflect.DeepEqual(*r.answers, wantA) {
					t.Errorf("answers:\n got %v\nwant %v", dump(r.answers), dump(&wantA))
				}
				wantOut := string(report.Text(report.Build(&wantA, report.Options{Lang: tc.lang})))
				if r.out != wantOut {
					t.Errorf("stdout is not the report of the answers:\n%s", r.out)
				}
			}
			r.checkMessages(t, tc.inOrder, tc.notErr, tc.errMsg)
			if strings.Contains(r.err, "\x1b") || strings.Contains(r.out, "\x1b") {
				t.Errorf("escape codes in the output")
			}
		})
	}
}

func dump(a *screening.Answers) string {
	var parts []string
	for q, qq := range screening.Questions() {
		if a.Answered(q) {
			parts = append(parts, qq.ID+"="+strings.Join(a.Values(q), "+"))
		}
	}
	return strings.Join(parts, " ")
}

// TestPipedFindings checks that a piped run reports the findings that
// report.Build gives for the same answers.
func TestPipedFindings(t *testing.T) {
	lines := cat(
		[]string{"underground", "unsure", "no", "unsure", "go_on", "yes", "yes", "no", "no", "unsure", "yes",
			"yes", "maoi, snri", "yes", "unsure", "no"},
		[]string{"one", "no", "unsure", "no", "unsure", "no", "unsure", "no", "unsure"},
		[]string{"yes", "unsure", "no", "yes", ""})
	want := answersOf(t, map[string]any{
		"setting": "underground", "ptsd": "unsure", "adult": "no", "crisis": "unsure",
		"suicide_history": "yes", "bipolar1": "yes", "schizophrenia": "no", "psychosis": "no", "family_psychosis": "unsure",
		"substance_use": "yes", "ssri": "yes", "other_meds": []string{"maoi", "snri"},
		"heart": "yes", "blood_pressure": "unsure", "pregnant": "no",
		"therapists": "one", "preparation": "no", "integration": "unsure", "medical_supervision": "no",
		"qualified": "unsure", "supervised": "no", "substance_known": "unsure", "boundaries": "no",
		"trust": "unsure", "self_use": "yes", "expectations": "unsure", "support": "no", "past_experience": "yes",
	})
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := runLines(t, lang, false, lines...)
			if r.code != 0 {
				t.Fatalf("exit %d: %v", r.code, r.runErr)
			}
			got := report.Build(r.answers, report.Options{Lang: lang})
			exp := report.Build(&want, report.Options{Lang: lang})
			if !reflect.DeepEqual(ruleIDs(got), ruleIDs(exp)) {
				t.Errorf("findings %v, want %v", ruleIDs(got), ruleIDs(exp))
			}
			if len(ruleIDs(exp)) < 10 {
				t.Errorf("only %d findings; the case should fire many rules", len(ruleIDs(exp)))
			}
			if r.out != string(report.Text(exp)) {
				t.Errorf("stdout is not the text report of the answers")
			}
		})
	}
}

func ruleIDs(r *report.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+":"+f.Level)
	}
	return out
}

// TestNoFiles checks that a screening writes no file.
func TestNoFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, tc := range [][]string{cat(learning, []string{""}), learning[:3], {"nonsense"}} {
		runLines(t, i18n.Da, false, tc...)
		runLines(t, i18n.En, true, tc...)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("the working directory holds %d entries after a screening", len(entries))
	}
}

// TestContext checks that a cancelled context ends the screening as not
// finished.
func TestContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := Run(ctx, Config{Lang: i18n.En, In: strings.NewReader(strings.Join(learning, "\n") + "\n\n"), Out: &out, Err: &errb})
	var ee *exit.Error
	if !errors.As(err, &ee) || ee.Code != exit.Aborted {
		t.Fatalf("Run = %v, want exit %d", err, exit.Aborted)
	}
	if out.Len() != 0 {
		t.Errorf("stdout holds %q", out.String())
	}
}

// TestCatalogs checks that plain.json holds the same keys and
// placeholders in both languages, and that no prompt text is missing.
func TestCatalogs(t *testing.T) {
	files := map[string]map[string]string{}
	for _, l := range i18n.Langs {
		data, err := os.ReadFile("../../i18n/" + string(l) + "/plain.json")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		files[string(l)] = m
	}
	ph := regexp.MustCompile(`\{[a-z_]+\}`)
	for k, da := range files["da"] {
		en, ok := files["en"][k]
		if !ok {
			t.Errorf("en/plain.json lacks %s", k)
			continue
		}
		a, b := ph.FindAllString(da, -1), ph.FindAllString(en, -1)
		sort.Strings(a)
		sort.Strings(b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: placeholders %v in da, %v in en", k, a, b)
		}
	}
	for k := range files["en"] {
		if _, ok := files["da"][k]; !ok {
			t.Errorf("da/plain.json lacks %s", k)
		}
	}

	// Every path through the prompts, in both languages: nothing missing.
	for _, l := range i18n.Langs {
		for _, counsellor := range []bool{false, true} {
			lines := cat([]string{"?", "<", "x", "3", "?", "1", "1", "yes", "?", "x", "<", "yes", "1", "?"},
				[]string{"2", "2", "2", "2", "2", "2", "2", "1, none", "?", "1"},
				[]string{"2", "2", "2"}, provider, []string{"2", "2", "1", "2"},
				[]string{"?", "x", "1", "5", "<", "2", ""})
			var out, errb bytes.Buffer
			err := Run(context.Background(), Config{Lang: l, Counsellor: counsellor, In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Err: &errb, InTTY: true})
			if err != nil {
				t.Fatalf("%s: %v\n%s", l, err, errb.String())
			}
			if m := regexp.MustCompile(`\[[a-z_]+\.[a-z_.]+\]`).FindString(errb.String()); m != "" {
				t.Errorf("%s (counsellor %v): the prompts show the missing key %s", l, counsellor, m)
			}
			for _, s := range []string{"{", "}"} {
				if strings.Contains(errb.String(), s) {
					t.Errorf("%s: a placeholder is left in the prompts", l)
				}
			}
		}
	}
}
