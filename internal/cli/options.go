// Package cli parses mdma-screen's command line and runs its commands:
// the interactive screening, report, questions and rules.
package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// Options are the parsed command line.
type Options struct {
	// Command is "", "report", "questions" or "rules"; with Help, the
	// command whose help is asked ("help" too: help help).
	Command    string
	Lang       i18n.Lang
	Format     string
	Answers    string
	Output     string
	AnswersOut string
	Force      bool
	Counsellor bool
	Accessible bool
	Version    bool
	Help       bool

	set map[string]bool
}

// UsageError is bad usage: exit 2 with a message in the user's language.
type UsageError struct {
	// Key is the catalog key of the message ("cli.err.<kind>").
	Key string
	// Args are the placeholder pairs of the message.
	Args []string
}

func (e *UsageError) Error() string {
	return i18n.MustLoad(i18n.En).F(e.Key, e.Args...)
}

// Localize returns the message in the catalog's language.
func (e *UsageError) Localize(c *i18n.Catalog) string { return c.F(e.Key, e.Args...) }

// Parse reads the arguments (without the program name). Flags may stand
// before or after the subcommand, as --x v or --x=v. The language defaults
// to the locale read through getenv. What each flag is, takes and goes
// with is read from the flag table (flags.go).
func Parse(args []string, getenv func(string) string) (Options, error) {
	o := Options{set: map[string]bool{}, Lang: i18n.FromEnv(getenv)}
	// Messages about other flags are already in the asked language.
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l, err := i18n.ParseLang(v); ok && err == nil {
			o.Lang = l
		}
	}
	vals, err := scan(args, &o)
	if err != nil {
		return o, err
	}
	// Global flags first: --lang counts even with --help.
	for i := range flags {
		if f := &flags[i]; f.global {
			if err := o.apply(f, vals); err != nil {
				return o, err
			}
		}
	}
	if o.Help || o.Version {
		return o, nil
	}
	cmd := o.Command
	if cmd == "" {
		cmd = "mdma-screen"
	}
	for i := range flags {
		if f := &flags[i]; o.set[f.name] && !f.takes(o.Command) {
			return o, &UsageError{Key: "cli.err.flag_not_here", Args: []string{"flag", "--" + f.name, "command", cmd}}
		}
	}
	for i := range flags {
		if f := &flags[i]; !f.global {
			if err := o.apply(f, vals); err != nil {
				return o, err
			}
		}
	}
	for i := range flags {
		f := &flags[i]
		switch {
		case f.required != "" && f.takes(o.Command) && !o.set[f.name]:
			return o, &UsageError{Key: f.required}
		case f.needsHere(o.Command) && o.set[f.name] && !slices.ContainsFunc(f.needsFor(o.Command), func(n string) bool { return o.set[n] }):
			return o, &UsageError{Key: f.needsErrFor(o.Command)}
		}
	}
	if o.AnswersOut == "-" {
		// Standard output is the screen's, or the report's.
		return o, &UsageError{Key: "cli.err.answers_out_stdout"}
	}
	if o.AnswersOut != "" && o.Output != "" && filepath.Clean(o.AnswersOut) == filepath.Clean(o.Output) {
		return o, &UsageError{Key: "cli.err.same_file", Args: []string{"file", screening.QuoteName(o.Output)}}
	}
	for i := range flags {
		if f := &flags[i]; f.def != "" && !o.set[f.name] {
			f.set(&o, f.def)
		}
	}
	return o, nil
}

// scan splits args into the command and the flags' raw values (by name),
// checking only their shape: known, valued or not, given once.
func scan(args []string, o *Options) (map[string]string, error) {
	vals := map[string]string{}
	// asked is true once the word help was read.
	asked := false
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == shortHelp {
			arg = "--help"
		}
		if !strings.HasPrefix(arg, "--") || arg == "--" {
			switch {
			case !isCommand(arg):
				return vals, &UsageError{Key: "cli.err.argument", Args: []string{"arg", screening.Quote(arg), "commands", strings.Join(commandNames(), ", ")}}
			case arg == helpCommand && !asked:
				// help [COMMAND]: the command, if any, is the one asked about.
				asked, o.Help = true, true
			case o.Command != "":
				return vals, &UsageError{Key: "cli.err.two_commands", Args: []string{"arg", screening.Quote(arg), "command", o.Command}}
			default:
				o.Command = arg
			}
			continue
		}
		name, val, hasVal := strings.Cut(arg[2:], "=")
		f, ok := lookupFlag(name)
		switch {
		case !ok:
			return vals, &UsageError{Key: "cli.err.unknown_flag", Args: []string{"flag", screening.QuoteName("--" + name)}}
		case f.kind == valueFlag && !hasVal:
			if i+1 >= len(args) {
				return vals, &UsageError{Key: "cli.err.needs_value", Args: []string{"flag", "--" + name}}
			}
			i++
			val = args[i]
		case f.kind == boolFlag && hasVal:
			return vals, &UsageError{Key: "cli.err.no_value", Args: []string{"flag", "--" + name}}
		}
		if o.set[name] {
			return vals, &UsageError{Key: "cli.err.twice", Args: []string{"flag", "--" + name}}
		}
		o.set[name] = true
		vals[name] = val
	}
	if asked && o.set["help"] && o.Command == "" {
		// help --help: the help of help.
		o.Command = helpCommand
	}
	return vals, nil
}

// apply checks the value of flag f, when given, and stores it.
func (o *Options) apply(f *flagSpec, vals map[string]string) error {
	if !o.set[f.name] {
		return nil
	}
	v := vals[f.name]
	if f.kind == valueFlag && !f.allowed(v) {
		if f.badValue != "" {
			return &UsageError{Key: f.badValue, Args: []string{"value", screening.Quote(v)}}
		}
		return &UsageError{Key: "cli.err.needs_value", Args: []string{"flag", "--" + f.name}}
	}
	f.set(o, v)
	return nil
}

// String returns a short description for tests.
func (o Options) String() string {
	return fmt.Sprintf("cmd=%q lang=%s format=%s answers=%q output=%q answers-out=%q force=%v counsellor=%v accessible=%v help=%v",
		o.Command, o.Lang, o.Format, o.Answers, o.Output, o.AnswersOut, o.Force, o.Counsellor, o.Accessible, o.Help)
}
