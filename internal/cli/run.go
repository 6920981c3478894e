package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/listing"
	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// Env is the program's view of the world: streams, whether each is a
// terminal, and the environment. Tests build one with buffers.
type Env struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	InTTY  bool
	OutTTY bool
	Getenv func(string) string
	// Interactive runs a screening (TUI or plain prompts); main sets it,
	// so this package needs no terminal code.
	Interactive func(Options, Env) error
}

// Run parses args and runs the command; it returns the exit status. Every
// message goes to env.Err in the user's language.
func Run(args []string, env Env) int {
	opts, err := Parse(args, env.Getenv)
	cat := i18n.MustLoad(opts.Lang)
	if err != nil {
		return fail(env, cat, err)
	}
	if err := run(opts, env, cat); err != nil {
		return fail(env, cat, err)
	}
	return exit.OK
}

func run(o Options, env Env, cat *i18n.Catalog) error {
	switch {
	case o.Help:
		_, err := io.WriteString(env.Out, Usage(cat, o.Command))
		return writeErr(err)
	case o.Version:
		_, err := fmt.Fprintln(env.Out, cat.F("cli.version", "program", report.Program, "rules", rules.Version))
		return writeErr(err)
	}
	switch o.Command {
	case "report":
		return runReport(o, env, cat)
	case "questions":
		return write(env, listing.Questions(cat, o.Format, o.Counsellor))
	case "rules":
		return write(env, listing.Rules(cat, o.Format))
	}
	if env.Interactive == nil {
		return exit.New(exit.Usage, errors.New(cat.T("cli.err.no_terminal")))
	}
	// A screening never starts only to fail at the end.
	if err := checkOutput(o); err != nil {
		return err
	}
	if o.AnswersOut != "" {
		if err := saveErr(savefile.Check(o.AnswersOut, o.Force), exit.Usage); err != nil {
			return err
		}
	}
	return env.Interactive(o, env)
}

// toFile reports whether the command writes to a file (--output, and not
// "-", which is standard output).
func toFile(o Options) bool { return o.Output != "" && o.Output != "-" }

// checkOutput checks the --output target before any work is done: an
// existing file without --force is bad usage (2), anything else that
// would stop the write a failed write (1).
func checkOutput(o Options) error {
	if !toFile(o) {
		return nil
	}
	return saveErr(savefile.Check(o.Output, o.Force), exit.Usage)
}

func runReport(o Options, env Env, cat *i18n.Catalog) error {
	if err := checkOutput(o); err != nil {
		return err
	}
	a, err := readAnswers(o.Answers, env)
	if err != nil {
		return err
	}
	r := report.Build(&a, report.Options{Lang: o.Lang, Counsellor: o.Counsellor})
	out, err := report.Render(r, o.Format)
	if err != nil {
		return exit.New(exit.WriteFailed, err)
	}
	if !toFile(o) {
		return write(env, out)
	}
	// A file that appeared since the check is a failed write.
	return saveErr(savefile.Write(o.Output, out, o.Force), exit.WriteFailed)
}

// saveErr gives a savefile error its exit status: exists for an existing
// file, 130 for a write that a signal stopped, 1 for the rest.
func saveErr(err error, exists int) error {
	if err == nil {
		return nil
	}
	switch savefile.KindOf(err) {
	case savefile.Exists:
		return exit.New(exists, err)
	case savefile.Interrupted:
		return exit.Silent(exit.Aborted)
	}
	return exit.New(exit.WriteFailed, err)
}

func readAnswers(name string, env Env) (screening.Answers, error) {
	var (
		a   screening.Answers
		err error
	)
	if name == "-" {
		a, err = screening.ReadAnswers(env.In, screening.StdinName)
	} else {
		f, openErr := os.Open(name)
		if openErr != nil {
			return a, exit.New(exit.Usage, openErr)
		}
		defer f.Close()
		a, err = screening.ReadAnswers(f, name)
	}
	if err != nil {
		return a, exit.New(exit.Usage, err)
	}
	return a, nil
}

// write writes data to standard output.
func write(env Env, data []byte) error {
	_, err := env.Out.Write(data)
	return writeErr(err)
}

// writeErr is a failed write to standard output: exit 1, or 141 (quietly)
// for a closed pipe.
func writeErr(err error) error {
	if err != nil {
		return exit.New(exit.WriteFailed, &stdoutError{unwrapPath(err)})
	}
	return nil
}

// stdoutError is a failed write to standard output.
type stdoutError struct{ err error }

func (e *stdoutError) Error() string { return "standard output: " + e.err.Error() }

func (e *stdoutError) Unwrap() error { return e.err }

// fail prints err in the user's language and returns its exit status.
// A closed pipe on standard output ends quietly.
func fail(env Env, cat *i18n.Catalog, err error) int {
	code := exit.Status(err)
	var ee *exit.Error
	if code == exit.BrokenPipe || errors.As(err, &ee) && ee.Err == nil {
		return code
	}
	// A failed write to a broken standard error is ignored: the status
	// says it.
	_, _ = fmt.Fprintln(env.Err, "mdma-screen: "+Message(cat, err))
	var ue *UsageError
	if errors.As(err, &ue) {
		_, _ = fmt.Fprintln(env.Err, cat.T("cli.err.see_help"))
	}
	return code
}

// Message words an error in the catalog's language where it knows how.
func Message(cat *i18n.Catalog, err error) string {
	var ue *UsageError
	if errors.As(err, &ue) {
		return ue.Localize(cat)
	}
	var ie *screening.InputError
	if errors.As(err, &ie) {
		return ie.Message(cat.F)
	}
	var se *savefile.Error
	if errors.As(err, &se) {
		if se.Kind == savefile.Exists {
			return cat.F("cli.err.exists", "file", screening.QuoteName(se.Path))
		}
		return se.Localize(cat)
	}
	var oe *stdoutError
	var pe *fs.PathError
	switch {
	case errors.As(err, &oe):
		return cat.F("err.io.write", "reason", savefile.Reason(cat, oe.err))
	case errors.As(err, &pe) && pe.Op == "write":
		// The screening's report to standard output.
		return cat.F("err.io.write", "reason", savefile.Reason(cat, pe.Err))
	case errors.As(err, &pe):
		reason := savefile.Reason(cat, pe.Err)
		if errors.Is(pe.Err, fs.ErrNotExist) {
			reason = cat.T("err.io.reason.not_found")
		}
		return cat.F("err.read", "detail", screening.QuoteName(pe.Path)+": "+reason)
	}
	return err.Error()
}

// unwrapPath drops the path a *PathError adds (os.Stdout's is
// "/dev/stdout").
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
