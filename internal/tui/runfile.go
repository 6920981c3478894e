package tui

import (
	"errors"

	"mdma-screen/i18n"
	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// runFile is a file the screening writes by itself when the summary is
// reached (--output, --answers-out): again only when the answers changed
// since the last good write, the first time as --force says, later over
// the run's own file.
type runFile struct {
	path  string
	force bool
	// written are the answers of the last good write; nil before.
	written *screening.Answers
	// err is why the last write failed; nil when it did not.
	err error
}

// due reports whether the file should be written for answers a.
func (f *runFile) due(a *screening.Answers) bool {
	return f.path != "" && (f.written == nil || *f.written != *a || f.err != nil)
}

// write writes data, made for answers a (made is the error of making
// it), and keeps the outcome.
func (f *runFile) write(a *screening.Answers, data []byte, made error) error {
	f.err = made
	if f.err == nil {
		f.err = savefile.Write(f.path, data, f.force || f.written != nil)
	}
	if f.err == nil {
		f.written = a
	}
	return f.err
}

// failure says, as a sentence in cat's language, why the last write failed.
func (f *runFile) failure(cat *i18n.Catalog) string { return saveFailure(cat, f.path, f.err) }

// saveFailure says, as a sentence in cat's language, why saving to path
// failed: savefile's own words for its errors, else the system's reason.
// Every save of the TUI says its failures through it.
func saveFailure(cat *i18n.Catalog, path string, err error) string {
	var se *savefile.Error
	if errors.As(err, &se) {
		return sentence(se.Localize(cat))
	}
	return sentence(cat.F("err.save.write", "file", screening.QuoteName(path), "reason", savefile.Reason(cat, err)))
}
