package plain

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/cli"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// underground answers the questions asked when setting is underground.
var underground = cat([]string{"3", "1", "1", "2", "2", "2", "2", "2", "2", "2", "2", "11", "2", "2", "2"},
	provider, []string{"2", "2", "1", "2"})

// answerWalks are walks through the plain prompts that end at the report,
// each with a different path: straight, many findings with a crisis
// answer and going on, changed answers at the review that reveal and drop
// questions, skipped questions, and the counsellor's "doesn't know".
var answerWalks = []struct {
	name       string
	lines      []string
	counsellor bool // only in counsellor mode
}{
	{"learning", cat(learning, []string{""}), false},
	{"many findings", cat(
		[]string{"underground", "unsure", "no", "unsure", "go_on", "yes", "yes", "no", "no", "unsure", "yes",
			"yes", "maoi, snri", "yes", "unsure", "no"},
		[]string{"one", "no", "unsure", "no", "unsure", "no", "unsure", "no", "unsure"},
		[]string{"yes", "unsure", "no", "yes", ""}), false},
	{"learning, then underground", cat(learning, []string{"1", "3"}, provider, []string{""}), false},
	{"underground, then learning", cat(underground, []string{"1", "5", ""}), false},
	{"skipped", cat(replace(replace(learning, 1, "-"), 17, "-"), []string{""}), false},
	{"doesn't know", cat([]string{"0", "0", "0", "0", "1", "2", "2", "2", "2", "2", "2", "2", "0", "2", "2", "2", "0"},
		[]string{"1", "1", "1", "1", "1", "2", "1", "2", "2", "1", "2", ""}), true},
}

// TestAnswersOutRoundTrip checks the promise of --answers-out: after a
// walk through the plain prompts with AnswersOut and the report saved to
// Output in a format, report --answers on the saved answers with the same
// language, counsellor mode and format gives the saved report byte for
// byte; the answers file is 0600, parses to the walk's answers and is
// what screening writes for them.
func TestAnswersOutRoundTrip(t *testing.T) {
	for _, w := range answerWalks {
		for _, lang := range i18n.Langs {
			for _, counsellor := range []bool{false, true} {
				if w.counsellor && !counsellor {
					continue
				}
				for _, format := range []string{"text", "markdown", "json"} {
					name := fmt.Sprintf("%s/%s/counsellor=%v/%s", w.name, lang, counsellor, format)
					t.Run(name, func(t *testing.T) {
						dir := t.TempDir()
						answers, saved := filepath.Join(dir, "a.json"), filepath.Join(dir, "report")
						r := runTo(t, Config{Lang: lang, Counsellor: counsellor, Output: saved, Format: format, AnswersOut: answers},
							w.lines...)
						if r.code != exit.OK {
							t.Fatalf("exit %d (%v)\n%s", r.code, r.runErr, r.err)
						}
						data, err := os.ReadFile(answers)
						if err != nil {
							t.Fatal(err)
						}
						if fi, err := os.Stat(answers); err != nil || fi.Mode().Perm() != 0o600 {
							t.Errorf("mode %v (%v), want 0600", fi.Mode().Perm(), err)
						}
						if want := r.answers.MarshalFile(); !bytes.Equal(data, want) {
							t.Errorf("the file is not the walk's answers:\n%s\nwant\n%s", data, want)
						}
						if a, err := screening.ParseAnswers(data, answers); err != nil || a != *r.answers {
							t.Errorf("the file parses to other answers (%v):\n%s", err, data)
						}
						want, err := os.ReadFile(saved)
						if err != nil {
							t.Fatal(err)
						}
						args := []string{"report", "--answers", answers, "--lang", string(lang), "--format", format}
						if counsellor {
							args = append(args, "--counsellor")
						}
						var out, errb bytes.Buffer
						code := cli.Run(args, cli.Env{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) string { return "" }})
						if code != exit.OK || errb.Len() != 0 {
							t.Fatalf("report: exit %d, stderr %q", code, errb.String())
						}
						if !bytes.Equal(out.Bytes(), want) {
							t.Errorf("report --answers differs from the saved report at %s", golden.FirstDiff(out.Bytes(), want))
						}
					})
				}
			}
		}
	}
}

// TestAnswersOut checks what the prompts say with AnswersOut, in both
// languages, self and counsellor: an intro that does not say "nothing is
// saved", where the answers go, and that they were saved; the report still
// on stdout when it has no file of its own.
func TestAnswersOut(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, counsellor := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/counsellor=%v", lang, counsellor), func(t *testing.T) {
				c := i18n.MustLoad(lang)
				path := filepath.Join(t.TempDir(), "a\x1b[2Jnswers.json")
				r := runTo(t, Config{Lang: lang, Counsellor: counsellor, AnswersOut: path}, cat(learning, []string{""})...)
				if r.code != exit.OK {
					t.Fatalf("exit %d (%v)", r.code, r.runErr)
				}
				intro, nothing := "plain.intro.answers", "plain.intro"
				if counsellor {
					intro, nothing = "plain.intro.counsellor.answers", "plain.intro.counsellor"
				}
				name := screening.QuoteName(path)
				if !strings.HasPrefix(r.err, c.F(intro, "dont_know", DontKnow)+"\n"+c.F("plain.answers.intro", "file", name)+"\n") {
					t.Errorf("the prompts do not start with the intro and where the answers go:\n%.400s", r.err)
				}
				if strings.Contains(r.err, c.F(nothing, "dont_know", DontKnow)) {
					t.Errorf("the intro says nothing is saved")
				}
				if !strings.HasSuffix(r.err, c.F("plain.answers.saved", "file", name)+"\n") {
					t.Errorf("stderr does not end saying where the answers are:\n%s", r.err[max(0, len(r.err)-300):])
				}
				if strings.Contains(r.err, "\x1b") {
					t.Errorf("the file name is shown raw")
				}
				if !strings.Contains(r.out, "112") {
					t.Errorf("stdout lacks the report:\n%.300s", r.out)
				}
			})
		}
	}
}

// TestAnswersOutEnds checks the other ways a screening with AnswersOut
// ends: not finished and stopped at the crisis choice (nothing written,
// and said so), a file that appeared during the screening (exit 1, kept,
// the report still written), --force (replaced), and both files failing
// (the report's failure is the status, the answers' is said on stderr).
func TestAnswersOutEnds(t *testing.T) {
	en := i18n.MustLoad(i18n.En)
	walk := cat(learning, []string{""})
	t.Run("not finished", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a.json")
		notFinished(t, Config{Lang: i18n.En, AnswersOut: path}, path)
	})
	t.Run("crisis stop", func(t *testing.T) {
		dir := t.TempDir()
		path, report := filepath.Join(dir, "a.json"), filepath.Join(dir, "r.txt")
		r := runTo(t, Config{Lang: i18n.Da, AnswersOut: path, Output: report}, "5", "1", "1", "1", "2")
		if r.code != exit.OK || !strings.Contains(r.out, "70 201 201") {
			t.Fatalf("exit %d (%v), stdout %.80q; want 0 and the help", r.code, r.runErr, r.out)
		}
		if es, _ := os.ReadDir(dir); len(es) != 0 {
			t.Errorf("files written after stopping at the crisis choice: %v", es)
		}
		da := i18n.MustLoad(i18n.Da)
		inOrder(t, r.err, da.F("plain.stopped.output", "file", report), da.F("plain.answers.stopped", "file", path))
	})
	t.Run("appeared meanwhile", func(t *testing.T) {
		dir := t.TempDir()
		path, report := filepath.Join(dir, "a.json"), filepath.Join(dir, "r.txt")
		put(t, path, "mine")
		r := runTo(t, Config{Lang: i18n.En, AnswersOut: path, Output: report}, walk...)
		var se *savefile.Error
		if r.code != exit.WriteFailed || !errors.As(r.runErr, &se) || se.Kind != savefile.Exists || se.Path != path {
			t.Errorf("exit %d, error %v; want 1 with a savefile.Error of kind Exists for %s", r.code, r.runErr, path)
		}
		kept(t, path)
		if got, _ := os.ReadFile(report); !strings.Contains(string(got), "112") {
			t.Errorf("the report was not saved: %q", got)
		}
		if strings.Contains(r.err, en.F("plain.answers.saved", "file", path)) {
			t.Errorf("stderr says the answers were saved")
		}
		noTemp(t, dir)
	})
	t.Run("force", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a.json")
		r, got := replaced(t, Config{Lang: i18n.En, AnswersOut: path}, path)
		if want := r.answers.MarshalFile(); r.code != exit.OK || !bytes.Equal(got, want) {
			t.Errorf("exit %d, file %q; want 0 and %q", r.code, got, want)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v (%v), want 0600", fi.Mode().Perm(), err)
		}
	})
	t.Run("both fail", func(t *testing.T) {
		dir := t.TempDir()
		path, report := filepath.Join(dir, "a.json"), filepath.Join(dir, "r.txt")
		if err := os.Mkdir(path, 0o755); err != nil {
			t.Fatal(err)
		}
		put(t, report, "mine")
		r := runTo(t, Config{Lang: i18n.En, AnswersOut: path, Output: report}, walk...)
		var se *savefile.Error
		if r.code != exit.WriteFailed || !errors.As(r.runErr, &se) || se.Kind != savefile.Exists || se.Path != report {
			t.Errorf("exit %d, error %v; want 1 with the report's savefile.Error of kind Exists", r.code, r.runErr)
		}
		want := "mdma-screen: " + en.F("err.save.not_regular", "file", path, "kind", en.T("err.save.kind.directory")) + "\n"
		if !strings.HasSuffix(r.err, want) {
			t.Errorf("stderr does not end with %q:\n%s", want, r.err[max(0, len(r.err)-300):])
		}
		noTemp(t, dir)
	})
}
