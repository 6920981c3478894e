package plain

import (
	"reflect"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// TestParseNext checks the choice after a crisis answer: numbers, IDs and
// labels in either case, the keys, and what fits nothing.
func TestParseNext(t *testing.T) {
	tests := []struct {
		lang i18n.Lang
		line string
		want Input
		fail Problem
		bad  bool
	}{
		{i18n.En, "1", Input{Options: screening.Only(0)}, 0, false},
		{i18n.En, " 2 ", Input{Options: screening.Only(1)}, 0, false},
		{i18n.En, "GO_ON", Input{Options: screening.Only(0)}, 0, false},
		{i18n.En, "stop", Input{Options: screening.Only(1)}, 0, false},
		{i18n.En, "go on with the questions", Input{Options: screening.Only(0)}, 0, false},
		{i18n.En, "\"Stop here\"", Input{Options: screening.Only(1)}, 0, false},
		{i18n.Da, "Fortsæt med spørgsmålene", Input{Options: screening.Only(0)}, 0, false},
		{i18n.Da, "STOP HER", Input{Options: screening.Only(1)}, 0, false},
		{i18n.Da, "stop", Input{Options: screening.Only(1)}, 0, false},
		{i18n.En, "<", Input{Action: Back}, 0, false},
		{i18n.En, "?", Input{Action: Help}, 0, false},
		{i18n.En, "-", Input{Options: screening.Only(0)}, 0, false},
		{i18n.Da, "Stop here", Input{}, Unknown, true},
		{i18n.En, "0", Input{}, Unknown, true},
		{i18n.En, "3", Input{}, Unknown, true},
		{i18n.En, "1, 2", Input{}, Unknown, true},
		{i18n.En, "yes", Input{}, Unknown, true},
		{i18n.En, "  ", Input{}, Empty, true},
	}
	for _, tc := range tests {
		got, err := ParseNext(i18n.MustLoad(tc.lang), tc.line)
		if tc.bad {
			pe, ok := err.(*ParseError)
			if !ok || pe.Problem != tc.fail {
				t.Errorf("%s %q: %v, %v; want problem %d", tc.lang, tc.line, got, err, tc.fail)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s %q = %+v, %v; want %+v", tc.lang, tc.line, got, err, tc.want)
		}
	}
}

// stoppedText is what stopping at the choice must leave on stdout, with
// white space runs as one space and the headings' underlines dropped: the
// help heading, the contacts without Cepda, that it is not the person's
// fault, the disclaimer heading and the disclaimer.
func stoppedText(c *i18n.Catalog, a *screening.Answers) string {
	parts := []string{c.T("report.help")}
	for _, h := range vocab.HelpFirstEntries(c, a) {
		parts = append(parts, h.Name, h.Contact, h.When)
	}
	parts = append(parts, c.T("help.fault"), c.T("report.disclaimer"), c.T("disclaimer"))
	return flatten(strings.Join(parts, " "))
}

// dropRules removes the lines made only of '=' or '-' (headings'
// underlines).
func dropRules(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if t := strings.Trim(l, "=-"); t == "" && l != "" {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

// TestCrisisChoice runs the choice after a crisis answer, piped and on a
// terminal, for the person and the counsellor: going on, stopping, going
// back, help, a line that fits nothing and the end of input.
func TestCrisisChoice(t *testing.T) {
	en, da := i18n.MustLoad(i18n.En), i18n.MustLoad(i18n.Da)
	upToCrisis := learning[:3]
	stoppedAt := func(crisis string) map[string]any {
		return map[string]any{"setting": "learning", "ptsd": "yes", "adult": "yes", "crisis": crisis}
	}
	afterCrisis := cat(learning[4:], []string{""})
	tests := map[string]struct {
		lang       i18n.Lang
		counsellor bool
		tty        bool
		lines      []string
		code       int
		// stopped: stdout holds the help and the disclaimer only; else (code
		// 0) the report of want.
		stopped bool
		want    map[string]any
		inOrder []string
		notErr  []string
		errMsg  []string
	}{
		"go on by number": {
			lang:    i18n.En,
			lines:   cat(upToCrisis, []string{"yes", "1"}, afterCrisis),
			want:    with(learningAnswers, "crisis", "yes"),
			inOrder: []string{en.T("plain.crisis.title"), en.T("plain.crisis.next.prompt"), "  1. " + en.T("opt.crisis_next.go_on"), "  2. " + en.T("opt.crisis_next.stop"), en.T("plain.keys.crisis_next"), "> 1\n", en.T("q.suicide_history.prompt")},
		},
		"go on by ID": {
			lang:  i18n.En,
			lines: cat(upToCrisis, []string{"unsure", "GO_ON"}, afterCrisis),
			want:  with(learningAnswers, "crisis", "unsure"),
		},
		"go on by English label": {
			lang:  i18n.En,
			lines: cat(upToCrisis, []string{"yes", "Go on with the questions"}, afterCrisis),
			want:  with(learningAnswers, "crisis", "yes"),
		},
		"go on by Danish label": {
			lang:    i18n.Da,
			lines:   cat(upToCrisis, []string{"ja", "fortsæt med spørgsmålene"}, afterCrisis),
			want:    with(learningAnswers, "crisis", "yes"),
			inOrder: []string{da.T("plain.crisis.next.prompt"), "  1. " + da.T("opt.crisis_next.go_on"), da.T("q.suicide_history.prompt")},
		},
		"- goes on": {
			lang:  i18n.En,
			lines: cat(upToCrisis, []string{"yes", "-"}, afterCrisis),
			want:  with(learningAnswers, "crisis", "yes"),
		},
		"stop by number": {
			lang:    i18n.En,
			lines:   cat(upToCrisis, []string{"yes", "2"}),
			stopped: true,
			want:    stoppedAt("yes"),
			notErr:  []string{en.T("q.suicide_history.prompt"), en.T("plain.aborted")},
		},
		"stop by English label, more lines after it unread": {
			lang:    i18n.En,
			lines:   cat(upToCrisis, []string{"unsure", "stop here"}, afterCrisis),
			stopped: true,
			want:    stoppedAt("unsure"),
			notErr:  []string{en.T("q.suicide_history.prompt")},
		},
		"stop by Danish label, a minor": {
			lang:    i18n.Da,
			lines:   []string{"5", "1", "nej", "ved ikke", "Stop her"},
			stopped: true,
			want:    map[string]any{"setting": "learning", "ptsd": "yes", "adult": "no", "crisis": "unsure"},
			inOrder: []string{da.T("plain.crisis.title"), da.T("help.bornetelefonen.contact"), da.T("plain.crisis.next.prompt")},
		},
		"stop by ID, counsellor": {
			lang:       i18n.En,
			counsellor: true,
			lines:      cat(upToCrisis, []string{"0", "stop"}),
			stopped:    true,
			want:       stoppedAt("unsure"),
			inOrder:    []string{en.T("plain.crisis.title.counsellor"), en.T("plain.crisis.go_on.counsellor"), en.T("plain.crisis.next.prompt")},
		},
		"< returns to the crisis question": {
			lang:  i18n.En,
			lines: cat(upToCrisis, []string{"yes", "<", "no"}, afterCrisis),
			want:  learningAnswers,
			inOrder: []string{en.T("q.crisis.prompt"), en.T("plain.crisis.next.prompt"), "> <\n",
				en.T("q.crisis.prompt"), en.F("plain.current", "answer", en.T("opt.yes")), "> no\n", en.T("q.suicide_history.prompt")},
		},
		"? prints how to answer": {
			lang:    i18n.En,
			lines:   cat(upToCrisis, []string{"yes", "?", "1"}, afterCrisis),
			want:    with(learningAnswers, "crisis", "yes"),
			inOrder: []string{en.T("plain.crisis.next.prompt"), "> ?\n", en.F("plain.help.single", "label", `"`+en.T("opt.crisis_next.go_on")+`"`, "id", "go_on"), "> 1\n", en.T("q.suicide_history.prompt")},
		},
		"a line that fits nothing, piped": {
			lang:   i18n.En,
			lines:  cat(upToCrisis, []string{"yes", "maybe"}, afterCrisis),
			code:   exit.Usage,
			errMsg: []string{"line 5, question crisis_next: ", `"maybe" doesn't match any of the answers.`, "go_on, stop"},
		},
		"a line that fits nothing, piped, in Danish": {
			lang:   i18n.Da,
			lines:  cat(upToCrisis, []string{"ja", "3"}),
			code:   exit.Usage,
			errMsg: []string{`linje 5, spørgsmål crisis_next: "3" passer ikke til nogen af svarene.`, "Tilladt er 1 eller 2, et af id'erne (go_on, stop) eller svarets tekst – eller tegnene < og ?."},
		},
		"an empty line, piped": {
			lang:   i18n.En,
			lines:  cat(upToCrisis, []string{"yes", ""}),
			code:   exit.Usage,
			errMsg: []string{"line 5, question crisis_next: " + en.T("plain.hint.empty")},
		},
		"0 is no answer at the counsellor's choice": {
			lang:       i18n.En,
			counsellor: true,
			lines:      cat(upToCrisis, []string{"yes", "0"}),
			code:       exit.Usage,
			errMsg:     []string{"line 5, question crisis_next: ", `"0" doesn't match any of the answers.`},
		},
		"a line that fits nothing on a terminal asks again": {
			lang:    i18n.En,
			tty:     true,
			lines:   cat(upToCrisis, []string{"yes", "maybe", "1"}, afterCrisis),
			want:    with(learningAnswers, "crisis", "yes"),
			inOrder: []string{en.T("plain.crisis.next.prompt"), `"maybe" doesn't match any of the answers. ` + en.T("plain.keys.crisis_next"), en.T("q.suicide_history.prompt")},
		},
		"end of input at the choice": {
			lang:    i18n.En,
			lines:   cat(upToCrisis, []string{"yes"}),
			code:    exit.Aborted,
			inOrder: []string{en.T("plain.crisis.next.prompt"), en.T("plain.aborted")},
		},
		"from the review: < returns to the crisis question, re-opened": {
			lang:  i18n.En,
			lines: cat(learning, []string{"4", "yes", "<", "unsure", "go_on", ""}),
			want:  with(learningAnswers, "crisis", "unsure"),
			inOrder: []string{en.T("plain.review.title"), en.T("q.crisis.prompt"), en.T("plain.crisis.next.prompt"),
				en.T("q.crisis.prompt"), en.F("plain.current", "answer", en.T("opt.yes")), en.T("plain.crisis.next.prompt"), en.T("plain.review.title")},
		},
		"from the review: end of input at the choice prints the report": {
			lang:  i18n.En,
			lines: cat(learning, []string{"4", "yes"}),
			want:  with(learningAnswers, "crisis", "yes"),
		},
		"from the review: stop": {
			lang:    i18n.En,
			lines:   cat(learning, []string{"4", "yes", "2"}),
			stopped: true,
			want:    with(learningAnswers, "crisis", "yes"),
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var r result
			if tc.counsellor {
				r = runCounsellor(t, tc.lang, tc.tty, tc.lines...)
			} else {
				r = runLines(t, tc.lang, tc.tty, tc.lines...)
			}
			if r.code != tc.code {
				t.Fatalf("exit status %d (%v), want %d\nstderr:\n%s", r.code, r.runErr, tc.code, r.err)
			}
			c := i18n.MustLoad(tc.lang)
			switch {
			case tc.code != 0:
				if r.out != "" {
					t.Errorf("stdout holds %q, want nothing", r.out)
				}
			default:
				wantA := answersOf(t, tc.want)
				if !reflect.DeepEqual(*r.answers, wantA) {
					t.Errorf("answers:\n got %v\nwant %v", dump(r.answers), dump(&wantA))
				}
				if tc.stopped {
					if got, want := flatten(dropRules(r.out)), stoppedText(c, &wantA); got != want {
						t.Errorf("stdout after stopping:\n%s\nwant (white space aside):\n%s", r.out, want)
					}
					if !strings.HasPrefix(r.out, c.T("report.help")+"\n===") {
						t.Errorf("stdout does not start with the help heading:\n%s", r.out)
					}
					if strings.Contains(r.out, c.T("help.cepda.contact")) || strings.Contains(r.out, c.T("report.title")) {
						t.Errorf("stdout after stopping holds Cepda or the report:\n%s", r.out)
					}
					break
				}
				rep := report.Build(&wantA, report.Options{Lang: tc.lang, Counsellor: tc.counsellor})
				if r.out != string(report.Text(rep)) {
					t.Errorf("stdout is not the report of the answers:\n%s", r.out)
				}
			}
			r.checkMessages(t, tc.inOrder, tc.notErr, tc.errMsg)
			if strings.Contains(r.err, c.T("help.cepda.contact")) {
				t.Error("the crisis help names Cepda")
			}
		})
	}
}
