package i18n_test

import (
	"errors"
	"io/fs"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"mdma-screen/i18n"
	"mdma-screen/internal/cli"
	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// englishWord matches English words that have been seen inside Danish
// error messages ("fandt an array", "no such file or directory").
var englishWord = regexp.MustCompile(`(?i)\b(an|the|is|of|found|expected|key|unexpected|input|invalid|directory|permission|denied|such|file|space|left|device|name|too|long|read-only|system|not|array|object)\b`)

// quoted matches what a message quotes from the input or names as a file
// (the person's own words, which stay as they are), and the JSON term a
// Danish message glosses in parentheses: "en liste (array)".
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"…?|/\S*|\((?:array|object)\)`)

// TestDanishErrorsAreDanish checks that error messages under --lang da
// hold no English word outside what they quote: parse errors of every
// kind, and the common system errors of reading and saving (no space
// left, permission denied, not a folder, name too long, no such file, a
// folder read as a file); any other system error is called one in Danish,
// with the system's own text in parentheses (EIO).
func TestDanishErrorsAreDanish(t *testing.T) {
	da := i18n.MustLoad(i18n.Da)
	var errs []error
	for _, in := range []string{
		``, `[]`, `{"answers":[]}`, `{"answers":{"setting":{}}}`, `{"answers":{"other_meds":"maoi"}}`,
		`{"answers":{"setting":"x"`, `{"answers":{"setting":1}}`, `{"x":1}`, `{"answers":{"ptsd":"yes","ptsd":"no"}}`,
		`{"answers":{"setting":"learning","therapists":"one"}}`, `{"answers":{"adult":"unsure"}}`, `{"answers":{"adult":null}}`,
		`{"answers":{"other_meds":[]}}`, `{"answers":{"other_meds":["none","maoi"]}}`, `{"answers":{"other_meds":["maoi","maoi"]}}`,
		`{"answers":{"ptsd":"yes"}} x`, "\xef\xbb\xbf{}", "{\"answers\":{\"ptsd\":\"\xff\"}}", `{"answers":{"ptsd":"\q"}}`,
		`{"answers" "x"}`, `{"answers":{} ]`, `{answers:1}`, `{"answers":tru}`, `{"answers":{"nope":"yes"}}`,
	} {
		_, err := screening.ParseAnswers([]byte(in), "svar.json")
		if err == nil {
			t.Fatalf("%q parsed", in)
		}
		errs = append(errs, err)
	}
	for _, errno := range []syscall.Errno{syscall.ENOENT, syscall.EACCES, syscall.ENOTDIR, syscall.ENAMETOOLONG, syscall.EISDIR, syscall.EIO} {
		errs = append(errs, &fs.PathError{Op: "open", Path: "/tmp/svar.json", Err: errno})
	}
	for _, errno := range []syscall.Errno{syscall.ENOSPC, syscall.EACCES, syscall.ENOTDIR, syscall.ENOENT, syscall.ENAMETOOLONG, syscall.EROFS} {
		errs = append(errs, &savefile.Error{Path: "/tmp/rapport.txt", Kind: savefile.KindOf(errno), Err: errno})
		errs = append(errs, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: errno})
	}
	for _, err := range errs {
		msg := cli.Message(da, err)
		// The system's own text of an error without Danish words of
		// its own stands in parentheses ("en fejl i systemet (...)").
		var errno syscall.Errno
		if errors.As(err, &errno) && savefile.KindOf(errno) == savefile.Other {
			msg = strings.Replace(msg, "("+errno.Error()+")", "", 1)
		}
		if w := englishWord.FindString(quoted.ReplaceAllString(msg, "")); w != "" {
			t.Errorf("English %q in the Danish message %q", w, msg)
		}
		if en := cli.Message(i18n.MustLoad(i18n.En), err); en == msg {
			t.Errorf("the same message in both languages: %q", msg)
		}
	}
}
