package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/golden"
	"mdma-screen/internal/listing"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// The documents a clone of the repository has to stand on.
const (
	readme  = "README.md"
	docsRef = "docs/answers.md"
)

// notRun marks a README command block that the test leaves out, on the
// line right before its fence: <!-- not run: REASON -->. Only these
// reasons are accepted.
var notRun = map[string]bool{
	"interactive":               true, // waits for a person at a terminal
	"runs the tests":            true, // go test inside go test
	"slow":                      true, // fuzzing and benchmarks: minutes
	"rewrites the golden files": true,
}

// block is a fenced code block of a Markdown file.
type block struct {
	line   int    // of the opening fence, from 1
	lang   string // the info string's first word
	marker string // the reason of a <!-- not run: ... --> before the fence
	text   string
}

var notRunRe = regexp.MustCompile(`^<!-- not run: (.+) -->$`)

// readText returns the text of the file at path.
func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// readBlocks returns the fenced code blocks of a Markdown file. It fails on
// an indented code block: the test would not see its commands.
func readBlocks(t *testing.T, path string) []block {
	t.Helper()
	text := readText(t, path)
	var (
		blocks []block
		cur    *block
		prev   string
	)
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur != nil && line == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		case strings.HasPrefix(line, "```"):
			cur = &block{line: n, lang: strings.Fields(line[3:] + " ")[0]}
			if m := notRunRe.FindStringSubmatch(prev); m != nil {
				cur.marker = m[1]
			}
		case strings.HasPrefix(line, "    ") && strings.TrimSpace(prev) == "":
			t.Errorf("%s:%d: an indented code block; fence it (```sh) so that the README test sees it", path, n)
		}
		prev = line
	}
	if cur != nil {
		t.Errorf("%s:%d: a code block is not closed", path, cur.line)
	}
	return blocks
}

// command is one command line of a README block, continuation lines
// joined, with the exit status it must end with: 0, or N when the line
// ends in the comment "# exit N".
type command struct {
	line   int
	text   string
	status int
}

var statusRe = regexp.MustCompile(`\s# exit (\d+)$`)

func commands(b block) []command {
	var out []command
	lines := strings.Split(strings.TrimSuffix(b.text, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		c := command{line: b.line + 1 + i, text: lines[i]}
		for strings.HasSuffix(c.text, `\`) && i+1 < len(lines) {
			i++
			c.text += "\n" + lines[i]
		}
		if t := strings.TrimSpace(c.text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if m := statusRe.FindStringSubmatch(c.text); m != nil {
			c.status, _ = strconv.Atoi(m[1])
		}
		out = append(out, c)
	}
	return out
}

// TestReadmeCommands runs every command of the README's sh blocks as
// written, in order, in a copy of the repository, and checks each one's
// exit status: the install line puts mdma-screen on the PATH the others
// use. Blocks marked <!-- not run: REASON --> are left out, and only for
// a reason of notRun.
func TestReadmeCommands(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("the README's commands need the go command: %v", err)
	}
	work := copyRepo(t)
	bin := t.TempDir()
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "GOBIN=" + bin,
		"LANG=", "LC_ALL=", "LC_MESSAGES=", "NO_COLOR=1"}
	ran := 0
	for _, b := range readBlocks(t, readme) {
		if b.lang != "sh" {
			continue
		}
		if b.marker != "" {
			if !notRun[b.marker] {
				t.Errorf("%s:%d: unknown reason not to run a block: %q", readme, b.line, b.marker)
			}
			continue
		}
		for _, c := range commands(b) {
			ran++
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			cmd := exec.CommandContext(ctx, "sh", "-c", c.text)
			cmd.Dir = work
			cmd.Env = append(os.Environ(), env...)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &bytes.Buffer{}, &stderr
			err := cmd.Run()
			cancel()
			got := 0
			if ee, ok := err.(*exec.ExitError); ok {
				got = ee.ExitCode()
			} else if err != nil {
				t.Fatalf("%s:%d: %v", readme, c.line, err)
			}
			if got != c.status {
				tail := stderr.String()
				if len(tail) > 2000 {
					tail = "…" + tail[len(tail)-2000:]
				}
				t.Errorf("%s:%d: %q exited with status %d, want %d\n%s", readme, c.line, c.text, got, c.status, tail)
			}
		}
	}
	if ran < 10 {
		t.Errorf("only %d commands of %s ran; are its blocks fenced as sh?", ran, readme)
	}
}

// copyRepo copies the repository, without .git, to a temporary folder,
// so that the commands can write their files as a user would.
func copyRepo(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == ".git" {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, path), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, path), data, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

var (
	linkRe = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	codeRe = regexp.MustCompile("`([A-Za-z0-9_.*/-]+/[A-Za-z0-9_.*/-]*)`")
)

// TestDocsStandAlone checks that the README and docs/ need nothing
// outside the repository: no path leaves it, every relative link and
// every path in backquotes (wildcards allowed) names something that
// exists.
func TestDocsStandAlone(t *testing.T) {
	docs, err := filepath.Glob("docs/*.md")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no docs: %v", err)
	}
	tops := []string{".ci/", "docs/", "i18n/", "internal/", "rules/", "screening/", "testdata/"}
	for _, path := range append([]string{readme}, docs...) {
		text := readText(t, path)
		for i, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "../") || strings.Contains(line, "/work/") {
				t.Errorf("%s:%d: a path outside the repository: %q", path, i+1, line)
			}
		}
		for _, m := range linkRe.FindAllStringSubmatch(text, -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(path), target)); err != nil {
				t.Errorf("%s: link to %s: %v", path, m[1], err)
			}
		}
		for _, m := range codeRe.FindAllStringSubmatch(text, -1) {
			p := m[1]
			if !slices.ContainsFunc(tops, func(top string) bool { return strings.HasPrefix(p, top) }) {
				continue
			}
			if found, _ := filepath.Glob(strings.TrimSuffix(p, "/")); len(found) == 0 {
				t.Errorf("%s: %s does not exist", path, p)
			}
		}
	}
}

// TestDocsReference checks the generated tables of docs/answers.md
// against the question bank and the rule table (MDMA_UPDATE=1 rewrites
// them), and its table of exit statuses against package exit.
func TestDocsReference(t *testing.T) {
	text := readText(t, docsRef)
	for _, s := range []struct{ name, want string }{
		{"questions", questionTable()},
		{"rules", ruleTable()},
	} {
		start := "<!-- generated: " + s.name + " -->\n"
		i := strings.Index(text, start)
		j := -1
		if i >= 0 {
			j = strings.Index(text[i:], "<!-- end generated -->")
		}
		if j < 0 {
			t.Fatalf("%s: no %q ... <!-- end generated --> section", docsRef, strings.TrimSpace(start))
		}
		j += i
		got := text[i+len(start) : j]
		if golden.Update() {
			text = text[:i+len(start)] + s.want + text[j:]
			continue
		}
		if got != s.want {
			t.Errorf("%s: the %s table is out of date at %s\n(MDMA_UPDATE=1 go test . rewrites it)", docsRef, s.name, golden.FirstDiff([]byte(got), []byte(s.want)))
		}
	}
	if golden.Update() {
		if err := os.WriteFile(docsRef, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var statuses []int
	for _, line := range strings.Split(text[strings.Index(text, "## Exit statuses"):], "\n") {
		if f := strings.Split(line, "|"); len(f) > 2 {
			if n, err := strconv.Atoi(strings.TrimSpace(f[1])); err == nil {
				statuses = append(statuses, n)
			}
		}
	}
	want := []int{exit.OK, exit.WriteFailed, exit.Usage, exit.Aborted, exit.BrokenPipe}
	if !slices.Equal(statuses, want) {
		t.Errorf("%s: exit statuses %v, want %v", docsRef, statuses, want)
	}
	for l := rules.None; l <= rules.Urgent; l++ {
		if !strings.Contains(text, "| `"+l.String()+"` |") {
			t.Errorf("%s: level %s is not described", docsRef, l)
		}
	}
}

// questionTable is the bank as docs/answers.md lists it.
func questionTable() string {
	var b strings.Builder
	b.WriteString("| # | question | section | kind | values | asked when |\n|---|---|---|---|---|---|\n")
	for i, q := range screening.Questions() {
		when := "always"
		if !q.When.Always() {
			when = fmt.Sprintf("`%s` is %s", q.When.Question, codes(q.When.In))
		}
		values := codes(q.Options)
		if q.Kind == screening.Multi {
			values = "array of " + values
		}
		fmt.Fprintf(&b, "| %d | `%s` | %s | %s | %s | %s |\n", i+1, q.ID, q.Section, q.Kind, values, when)
	}
	return b.String()
}

// ruleTable is the rule table as docs/answers.md lists it; "fires when"
// is the English rule catalogue's.
func ruleTable() string {
	cat := i18n.MustLoad(i18n.En)
	var b strings.Builder
	b.WriteString("| rule | level | category | fires when |\n|---|---|---|---|\n")
	for _, r := range rules.Rules() {
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s |\n", r.ID, r.Level, r.Category,
			strings.ReplaceAll(listing.FiresWhen(cat, r.When), "|", `\|`))
	}
	return b.String()
}

// codes writes IDs as code, separated by commas.
func codes(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = "`" + id + "`"
	}
	return strings.Join(out, ", ")
}
