package plain

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// runTo runs a piped screening fed with lines, its report going to cfg's
// Output; cfg's streams are set here.
func runTo(t *testing.T, cfg Config, lines ...string) result {
	t.Helper()
	return runConfig(t, cfg, strings.Join(lines, "\n")+"\n")
}

// put writes data to path (0644), for a test to start from.
func put(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// absent fails if path exists after what happened (said in the message).
func absent(t *testing.T, path, after string) {
	t.Helper()
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s exists after %s (%v)", path, after, err)
	}
}

// notFinished runs a screening with cfg that ends before the review:
// exit 130, nothing on stdout, and path, a file cfg names, not written.
func notFinished(t *testing.T, cfg Config, path string) {
	t.Helper()
	r := runTo(t, cfg, learning[:3]...)
	if r.code != exit.Aborted || r.out != "" {
		t.Errorf("exit %d, stdout %q; want 130 and nothing", r.code, r.out)
	}
	absent(t, path, "an unfinished screening")
}

// kept fails unless path still holds "mine", as put left it.
func kept(t *testing.T, path string) {
	t.Helper()
	if got, _ := os.ReadFile(path); string(got) != "mine" {
		t.Errorf("the file was changed: %q", got)
	}
}

// replaced runs a whole screening with cfg and Force, path (a file cfg
// names) holding "old" before, and returns the run and what path holds
// after.
func replaced(t *testing.T, cfg Config, path string) (result, []byte) {
	t.Helper()
	put(t, path, "old")
	cfg.Force = true
	r := runTo(t, cfg, cat(learning, []string{""})...)
	got, _ := os.ReadFile(path)
	return r, got
}

// noTemp fails if dir holds a temporary file of savefile.
func noTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".mdma-screen-") {
			t.Errorf("a temporary file is left: %s", e.Name())
		}
	}
}

// TestOutput checks that a screening with Output writes the report there,
// in the format and language asked, 0600, the counsellor's read-back
// included, and nothing on Out; Err says where it is.
func TestOutput(t *testing.T) {
	want := answersOf(t, learningAnswers)
	for _, tc := range []struct {
		name       string
		lang       i18n.Lang
		counsellor bool
		format     string
		render     func(*report.Report) []byte
	}{
		{"text by default", i18n.En, false, "", report.Text},
		{"text", i18n.Da, false, "text", report.Text},
		{"markdown, counsellor", i18n.En, true, "markdown", report.Markdown},
		{"json, Danish counsellor", i18n.Da, true, "json", func(r *report.Report) []byte {
			data, err := report.JSON(r)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report")
			r := runTo(t, Config{Lang: tc.lang, Counsellor: tc.counsellor, Output: path, Format: tc.format},
				cat(learning, []string{""})...)
			if r.code != exit.OK {
				t.Fatalf("exit %d (%v), want 0\n%s", r.code, r.runErr, r.err)
			}
			if r.out != "" {
				t.Errorf("stdout holds %q, want nothing", r.out)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wantData := tc.render(report.Build(&want, report.Options{Lang: tc.lang, Counsellor: tc.counsellor}))
			if !bytes.Equal(got, wantData) {
				t.Errorf("the file is not the report:\n%s", got)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("mode %v (%v), want 0600", fi.Mode().Perm(), err)
			}
			c := i18n.MustLoad(tc.lang)
			intro := "plain.intro.output"
			if tc.counsellor {
				intro = "plain.intro.counsellor.output"
			}
			inOrder(t, r.err, c.F(intro, "dont_know", DontKnow, "file", path), c.F("plain.saved", "file", path))
			noTemp(t, dir)
		})
	}
}

// TestOutputEnds checks the other ways a screening with Output ends: not
// finished (nothing written), stopped at the crisis choice (the help on
// Out, nothing written), a file that appeared during the screening (exit
// 1, kept), --force (replaced), a target that became a folder (exit 1),
// and "-" (standard output, in the format asked).
func TestOutputEnds(t *testing.T) {
	en := i18n.MustLoad(i18n.En)
	walk := cat(learning, []string{""})
	crisisStop := []string{"5", "1", "1", "1", "2"}

	t.Run("not finished", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "r.txt")
		notFinished(t, Config{Lang: i18n.En, Output: path}, path)
	})
	t.Run("crisis stop", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "r.txt")
		r := runTo(t, Config{Lang: i18n.En, Output: path}, crisisStop...)
		if r.code != exit.OK {
			t.Fatalf("exit %d (%v), want 0", r.code, r.runErr)
		}
		if !strings.Contains(r.out, "70 201 201") {
			t.Errorf("stdout lacks the help:\n%s", r.out)
		}
		absent(t, path, "stopping at the crisis choice")
		inOrder(t, r.err, en.F("plain.stopped.output", "file", path))
	})
	t.Run("appeared meanwhile", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "r.txt")
		put(t, path, "mine")
		r := runTo(t, Config{Lang: i18n.En, Output: path}, walk...)
		var se *savefile.Error
		if r.code != exit.WriteFailed || !errors.As(r.runErr, &se) || se.Kind != savefile.Exists {
			t.Errorf("exit %d, error %v; want 1 with a savefile.Error of kind Exists", r.code, r.runErr)
		}
		kept(t, path)
		if r.out != "" || strings.Contains(r.err, en.F("plain.saved", "file", path)) {
			t.Errorf("stdout %q, or stderr says saved", r.out)
		}
		noTemp(t, dir)
	})
	t.Run("force", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "r.txt")
		r, got := replaced(t, Config{Lang: i18n.En, Output: path}, path)
		if r.code != exit.OK || !strings.Contains(string(got), "112") {
			t.Errorf("exit %d, file %q; want 0 and the report", r.code, got)
		}
	})
	t.Run("became a folder", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "r.txt")
		if err := os.Mkdir(path, 0o755); err != nil {
			t.Fatal(err)
		}
		r := runTo(t, Config{Lang: i18n.Da, Output: path, Force: true}, walk...)
		var se *savefile.Error
		if r.code != exit.WriteFailed || !errors.As(r.runErr, &se) || se.Kind != savefile.NotRegular {
			t.Errorf("exit %d, error %v; want 1 with a savefile.Error of kind NotRegular", r.code, r.runErr)
		}
	})
	t.Run("standard output", func(t *testing.T) {
		dir := t.TempDir()
		t.Chdir(dir)
		r := runTo(t, Config{Lang: i18n.En, Output: "-", Format: "json"}, walk...)
		if r.code != exit.OK || !strings.HasPrefix(r.out, "{") || !strings.Contains(r.out, `"lang": "en"`) {
			t.Errorf("exit %d, stdout %.80q; want 0 and the JSON report", r.code, r.out)
		}
		if !strings.HasPrefix(r.err, en.T("plain.intro")+"\n") {
			t.Errorf("the intro is not the one without a file:\n%.300s", r.err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%d files written for --output -", len(entries))
		}
	})
}

// TestOutputQuotesTheName checks that a file name with control and bidi
// characters is shown escaped in the prompts.
func TestOutputQuotesTheName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r\x1b[2J\u202etxt")
	r := runTo(t, Config{Lang: i18n.En, Output: path}, cat(learning, []string{""})...)
	if r.code != exit.OK {
		t.Fatalf("exit %d (%v)", r.code, r.runErr)
	}
	if strings.ContainsAny(r.err, "\x1b\u202e") {
		t.Errorf("the name is shown raw")
	}
	if !strings.Contains(r.err, screening.QuoteName(path)) {
		t.Errorf("stderr lacks the escaped name %s", screening.QuoteName(path))
	}
}
