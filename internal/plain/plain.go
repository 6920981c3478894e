// Package plain runs the screening as plain lines of text, for screen
// readers, pipes and terminals without a TUI: prompts on Err, the report
// on Out, one line of input per answer.
package plain

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/savefile"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// Config is what a plain-prompt screening needs.
type Config struct {
	Lang       i18n.Lang
	Counsellor bool
	// In gives the answers, one a line.
	In io.Reader
	// Out receives the report; Err the prompts.
	Out, Err io.Writer
	// InTTY is true when In is a terminal: a line that fits nothing asks
	// again instead of ending with exit 2.
	InTTY bool
	// Color allows escape codes on Out. The prompts never use any; the
	// report is laid out by report.Text.
	Color bool
	// Output is the file the report is written to, through
	// savefile.Write, instead of Out; "" or "-" is Out. The caller checks
	// it (savefile.Check) before the screening starts. Stopping at the
	// crisis choice makes no report, and saves nothing.
	Output string
	// Force replaces an existing regular file at Output.
	Force bool
	// Format is the report's format: "text" (also when empty),
	// "markdown" or "json".
	Format string
	// AnswersOut is the file the answers are saved to when the report is
	// reached (--answers-out), as an answers file (screening's
	// Answers.MarshalFile) that report --answers reads, through
	// savefile.Write: a new file, or with Force an existing regular one
	// replaced. "" saves no answers. The caller checks it
	// (savefile.Check) before the screening starts; stopping at the
	// crisis choice saves nothing.
	AnswersOut string
}

// toFile reports whether the report goes to a file.
func (c *Config) toFile() bool { return c.Output != "" && c.Output != "-" }

// maxLine is the longest input line read, in bytes.
const maxLine = 64 << 10

// Run runs one screening and writes the report to Out, or to the file
// Output (then Out gets nothing, and Err a line saying where it is). After
// a crisis answer it prints the help contacts and asks whether to go on;
// stopping there writes only the help contacts and the disclaimer to Out.
// It returns nil when the report (or, stopped, the help) was written, an
// *exit.Error otherwise: exit.Usage for a line that fits nothing when In
// is not a terminal, exit.Aborted when input ends (or ctx is done) before
// the review or a signal stopped the file's write (savefile.Abort),
// exit.WriteFailed when the report could not be written (a
// *savefile.Error for the file).
func Run(ctx context.Context, cfg Config) error {
	_, err := run(ctx, cfg)
	return err
}

// run is Run, also returning the answers the report was built from.
func run(ctx context.Context, cfg Config) (*screening.Answers, error) {
	if cfg.In == nil {
		cfg.In = strings.NewReader("")
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Err == nil {
		cfg.Err = io.Discard
	}
	cat, err := i18n.Load(cfg.Lang)
	if err != nil {
		return nil, exit.New(exit.Usage, err)
	}
	s := &session{
		cfg:  cfg,
		cat:  cat,
		flow: screening.NewFlow(),
		in:   bufio.NewScanner(cfg.In),
		w:    &errWriter{w: cfg.Err},
	}
	s.in.Buffer(make([]byte, 0, 4096), maxLine)
	err = s.loop(ctx)
	return s.flow.Answers(), err
}

// session is one screening in progress.
type session struct {
	cfg  Config
	cat  *i18n.Catalog
	flow *screening.Flow
	in   *bufio.Scanner
	w    *errWriter
	// line is the number of the last input line read, from 1.
	line int
	// reviewed is true once the review was reached: from then on, end of
	// input prints the report.
	reviewed bool
	// more is true once the note that a changed answer brings more
	// questions was printed, since the last review.
	more bool
	// again is true when the prompt shown last still stands, so only the
	// input marker is printed.
	again bool
	// next is set while the choice after a crisis answer is open.
	next *crisisAt
}

// errWriter writes prompts; a failed write to Err does not stop the
// screening (the report still goes to Out).
type errWriter struct{ w io.Writer }

func (e *errWriter) print(s string) { _, _ = io.WriteString(e.w, s) }

func (e *errWriter) println(s string) { e.print(s + "\n") }

// loop asks the questions, then the review, until the report is printed
// or the screening ends.
func (s *session) loop(ctx context.Context) error {
	intro := s.pick("plain.intro", "plain.intro.counsellor")
	switch {
	case s.cfg.toFile():
		// Not "nothing is saved": the report will be.
		intro = s.pick("plain.intro.output", "plain.intro.counsellor.output")
	case s.cfg.AnswersOut != "":
		// Nor when the answers will be.
		intro = s.pick("plain.intro.answers", "plain.intro.counsellor.answers")
	}
	s.w.println(s.cat.F(intro, "dont_know", DontKnow, "file", screening.QuoteName(s.cfg.Output)))
	if s.cfg.AnswersOut != "" {
		s.w.println(s.cat.F("plain.answers.intro", "file", screening.QuoteName(s.cfg.AnswersOut)))
	}
	for {
		if ctx.Err() != nil {
			return exit.Silent(exit.Aborted)
		}
		if s.next != nil {
			if done, err := s.choose(); done || err != nil {
				return err
			}
			continue
		}
		q, ok := s.flow.Current()
		if !ok {
			done, err := s.review()
			if done || err != nil {
				return err
			}
			continue
		}
		if done, err := s.question(q); done || err != nil {
			return err
		}
	}
}

// question asks question q once and acts on the line typed; done is true
// when the report was printed.
func (s *session) question(q int) (done bool, err error) {
	if s.again {
		s.marker()
	} else {
		s.prompt(q)
	}
	s.again = false
	line, ok, err := s.read(func(line string) bool {
		_, perr := ParseLine(s.cat, q, line)
		return perr == nil || s.cfg.Counsellor && trim(line) == DontKnow
	})
	if err != nil {
		return true, err
	}
	if !ok {
		if s.flow.Editing() || s.reviewed {
			// The open question keeps its earlier answer.
			s.flow.Keep()
			return true, s.report()
		}
		s.w.println("")
		s.w.println(s.cat.T("plain.aborted"))
		return true, exit.Silent(exit.Aborted)
	}
	if s.cfg.Counsellor && trim(line) == DontKnow {
		s.dontKnow(q)
		return false, nil
	}
	in, perr := ParseLine(s.cat, q, line)
	if perr != nil {
		problem := s.problem(q, perr)
		err := s.misfit(screening.QuestionAt(q).ID, problem+" "+s.keys(q), problem+" "+s.allowed(q))
		return err != nil, err
	}
	editing := s.flow.Editing()
	switch in.Action {
	case Back:
		if !s.flow.Back() {
			s.w.println(s.cat.T("plain.first"))
			s.again = true
		}
	case Help:
		s.help(q)
		s.again = true
	case Skip:
		s.step(q, editing, s.flow.Skip())
	case Answer:
		s.step(q, editing, s.flow.Answer(in.Options))
	}
	if editing && (in.Action == Answer || in.Action == Skip) && s.flow.Editing() && !s.more {
		// The changed answer reveals questions, which come next.
		s.w.println(s.cat.T("plain.more"))
		s.more = true
	}
	return false, nil
}

// DontKnow is what a counsellor types when the caller doesn't know: the
// question's not-sure option is noted (["unsure"] on other_meds), and a
// question without one (adult) is left unanswered. Only in counsellor
// mode; the person's own screening has no such input.
const DontKnow = "0"

// dontKnow notes the counsellor's "doesn't know" on question q and says
// what was noted, as the not-sure option is not read out. It goes through
// the Flow like any answer: on crisis the help is printed at once.
func (s *session) dontKnow(q int) {
	editing := s.flow.Editing()
	step, noted := s.flow.DontKnow()
	if noted != "" {
		s.w.println(s.cat.F("plain.recorded", "answer", s.quote(vocab.Option(s.cat, q, noted))))
	} else {
		s.w.println(s.cat.T("plain.recorded.skipped"))
	}
	s.step(q, editing, step)
	if editing && s.flow.Editing() && !s.more {
		s.w.println(s.cat.T("plain.more"))
		s.more = true
	}
}

// step tells what the answer to question q changed: the help contacts
// after a crisis answer (and the choice whether to go on opens), and which
// answers were dropped. editing is whether q was re-opened from the
// review.
func (s *session) step(q int, editing bool, st screening.Step) {
	if st.Crisis {
		s.crisis(q, editing)
	}
	if len(st.Dropped) > 0 {
		labels := make([]string, len(st.Dropped))
		for i, q := range st.Dropped {
			labels[i] = s.quote(vocab.Label(s.cat, q))
		}
		key := "plain.dropped.one"
		if len(labels) > 1 {
			key = "plain.dropped.other"
		}
		s.w.println(s.cat.F(key, "questions", s.cat.List(labels)))
	}
}

// review lists the answers and acts on the line typed; done is true when
// the report was printed.
func (s *session) review() (done bool, err error) {
	asked := s.flow.Asked()
	if s.again {
		s.marker()
	} else {
		s.listAnswers(asked)
	}
	s.again = false
	s.reviewed = true
	s.more = false
	line, ok, err := s.read(func(line string) bool {
		switch t := trim(line); t {
		case "", "<", "?":
			return true
		default:
			n, isNum := number(t)
			return isNum && n >= 1 && n <= len(asked)
		}
	})
	if err != nil {
		return true, err
	}
	if !ok {
		return true, s.report()
	}
	t := trim(line)
	switch t {
	case "":
		return true, s.report()
	case "<":
		s.flow.Back()
		return false, nil
	case "?":
		s.w.println(s.cat.T("plain.review.help"))
		s.again = true
		return false, nil
	}
	if n, isNum := number(t); isNum && n >= 1 && n <= len(asked) {
		s.flow.Edit(asked[n-1])
		return false, nil
	}
	hint := s.cat.F("plain.hint.review", "part", screening.Quote(t), "n", strconv.Itoa(len(asked)))
	err = s.misfit("", hint, hint)
	return err != nil, err
}

// misfit handles a line that fits nothing: on a terminal it prints hint
// and asks again; otherwise it ends the screening with exit 2 and msg,
// naming the line and the question (or the review, when question is "").
func (s *session) misfit(question, hint, msg string) error {
	if s.cfg.InTTY {
		s.w.println(hint)
		s.again = true
		return nil
	}
	line := strconv.Itoa(s.line)
	if question == "" {
		return exit.New(exit.Usage, errors.New(s.cat.F("plain.err.review", "line", line, "problem", msg)))
	}
	return exit.New(exit.Usage, errors.New(s.cat.F("plain.err.line", "line", line, "question", question, "problem", msg)))
}

// read returns the next input line; ok is false at the end of input.
// When In is not a terminal, the line is echoed on Err (see echo); fits
// tells whether it is an input the prompt takes.
func (s *session) read(fits func(string) bool) (line string, ok bool, err error) {
	if !s.in.Scan() {
		if err := s.in.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				return "", false, exit.New(exit.Usage, errors.New(s.cat.F("plain.err.too_long", "line", strconv.Itoa(s.line+1))))
			}
			return "", false, exit.New(exit.Usage, errors.New(s.cat.F("err.read",
				"detail", screening.StdinName+": "+savefile.Reason(s.cat, err))))
		}
		return "", false, nil
	}
	s.line++
	line = s.in.Text()
	if !s.cfg.InTTY {
		// Piped answers are not echoed by a terminal: show them, so the
		// prompts read as a transcript.
		s.w.println(echo(line, fits(line)))
	}
	return line, true, nil
}

// echo returns an input line as the transcript shows it: as read (without
// a CR before the LF) when it fits the prompt, is short and holds only
// printable characters; else as every message quotes input
// (screening.Quote), so a line can never change the terminal, flood it or
// pass a look-alike off as a valid answer.
func echo(line string, fits bool) string {
	line = strings.TrimSuffix(line, "\r")
	if !fits || utf8.RuneCountInString(line) > screening.QuoteLimit || strings.IndexFunc(line, unsafe) >= 0 {
		return screening.Quote(line)
	}
	return line
}

// unsafe reports whether r is not shown as itself: a control, format or
// bidi character, or one that is not printable.
func unsafe(r rune) bool {
	return !unicode.IsPrint(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Bidi_Control, r)
}
