package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

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
	return env.Interactive(o, env)
}

func runReport(o Options, env Env, cat *i18n.Catalog) error {
	a, err := readAnswers(o.Answers, env)
	if err != nil {
		return err
	}
	r := report.Build(&a, report.Options{Lang: o.Lang, Counsellor: o.Counsellor})
	out, err := report.Render(r, o.Format)
	if err != nil {
		return exit.New(exit.WriteFailed, err)
	}
	if o.Output != "" {
		if err := savefile.Write(o.Output, out, o.Force); err != nil {
			if errors.Is(err, savefile.ErrExists) {
				return exit.New(exit.Usage, errors.New(cat.F("cli.err.exists", "file", o.Output)))
			}
			return exit.New(exit.WriteFailed, err)
		}
		return nil
	}
	return write(env, out)
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

func write(env Env, data []byte) error {
	_, err := env.Out.Write(data)
	return writeErr(err)
}

func writeErr(err error) error {
	if err != nil {
		return exit.New(exit.WriteFailed, err)
	}
	return nil
}

// fail prints err in the user's language and returns its exit status.
func fail(env Env, cat *i18n.Catalog, err error) int {
	code := exit.Usage
	var ee *exit.Error
	if errors.As(err, &ee) {
		code = ee.Code
		if ee.Err == nil {
			return code
		}
	}
	fmt.Fprintln(env.Err, "mdma-screen: "+Message(cat, err))
	var ue *UsageError
	if errors.As(err, &ue) {
		fmt.Fprintln(env.Err, cat.T("cli.err.see_help"))
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
		return ie.Place() + ": " + cat.F("err."+string(ie.Code),
			"detail", ie.Detail, "value", ie.Value, "other", ie.Other,
			"allowed", ie.Allowed, "max", strconv.Itoa(screening.MaxInput))
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return cat.F("err.read", "detail", pe.Path+": "+pe.Err.Error())
	}
	return err.Error()
}
