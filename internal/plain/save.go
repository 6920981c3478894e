package plain

import (
	"errors"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
	"mdma-screen/screening"
)

// report writes the report, in the screening's language and the format
// asked, on Out or to the file Output, and then the answers to the file
// AnswersOut, also when the report could not be written. When both fail,
// the answers' failure is said on Err and the report's returned, unless
// the answers' status wins (exit.Worst).
func (s *session) report() error {
	rerr := s.writeReport()
	if s.cfg.AnswersOut == "" || exit.Status(rerr) == exit.Aborted {
		// A signal stopped the report's write: the program is ending.
		return rerr
	}
	aerr := s.writeAnswers()
	switch {
	case aerr == nil:
		return rerr
	case rerr == nil:
		return aerr
	case exit.Worst(exit.Status(rerr), exit.Status(aerr)) != exit.Status(rerr):
		rerr, aerr = aerr, rerr
	}
	var ee *exit.Error
	if errors.As(aerr, &ee) && ee.Err != nil {
		s.w.println("mdma-screen: " + message(s.cat, ee.Err))
	}
	return rerr
}

// writeAnswers writes the answers file AnswersOut.
func (s *session) writeAnswers() error {
	if err := savefile.Write(s.cfg.AnswersOut, s.flow.Answers().MarshalFile(), s.cfg.Force); err != nil {
		if savefile.KindOf(err) == savefile.Interrupted {
			return exit.Silent(exit.Aborted)
		}
		// Also a file that appeared since the check: a failed write.
		return exit.New(exit.WriteFailed, err)
	}
	s.w.println(s.cat.F("plain.answers.saved", "file", screening.QuoteName(s.cfg.AnswersOut)))
	return nil
}

// message words a failed write in the catalog's language.
func message(cat *i18n.Catalog, err error) string {
	var se *savefile.Error
	if errors.As(err, &se) {
		return se.Localize(cat)
	}
	return cat.F("err.io.write", "reason", savefile.Reason(cat, err))
}

// writeReport writes the report on Out or to the file Output.
func (s *session) writeReport() error {
	r := report.Build(s.flow.Answers(), report.Options{Lang: s.cfg.Lang, Counsellor: s.cfg.Counsellor})
	format := s.cfg.Format
	if format == "" {
		format = "text"
	}
	data, err := report.Render(r, format)
	if err != nil {
		return exit.New(exit.Usage, err)
	}
	s.w.println("")
	if !s.cfg.toFile() {
		if _, err := s.cfg.Out.Write(data); err != nil {
			return exit.New(exit.WriteFailed, err)
		}
		return nil
	}
	if err := savefile.Write(s.cfg.Output, data, s.cfg.Force); err != nil {
		if savefile.KindOf(err) == savefile.Interrupted {
			// A signal stopped the write: its message is the status.
			return exit.Silent(exit.Aborted)
		}
		// Also a file that appeared since the check: a failed write.
		return exit.New(exit.WriteFailed, err)
	}
	s.w.println(s.cat.F("plain.saved", "file", screening.QuoteName(s.cfg.Output)))
	return nil
}
