package cli

import (
	"slices"

	"mdma-screen/i18n"
)

// kind is whether a flag takes a value.
type kind int

const (
	// boolFlag is given alone: --force.
	boolFlag kind = iota
	// valueFlag takes a value: --format json or --format=json.
	valueFlag
)

// command is one command of the program; "" is the interactive screening.
type command struct {
	name string
	// help is the catalog key of its line in the usage.
	help string
	// args is the catalog key of what follows the command other than
	// flags ([COMMAND]), or "".
	args string
}

// helpCommand is the command that prints a command's help: help [COMMAND].
const helpCommand = "help"

// commands lists the commands in the order of the usage.
var commands = []command{
	{name: "", help: "cli.cmd.screening"},
	{name: "report", help: "cli.cmd.report"},
	{name: "questions", help: "cli.cmd.questions"},
	{name: "rules", help: "cli.cmd.rules"},
	{name: helpCommand, help: "cli.cmd.help", args: "cli.meta.command"},
}

// flagSpec is one row of the flag table. Parse and Usage both read it, so
// a flag, its values and where it may stand are said once.
type flagSpec struct {
	name string
	kind kind
	// def is the value when the flag is not given ("" none).
	def string
	// values are the allowed values, shown as a|b|c in the usage; nil
	// takes any value but the empty one.
	values []string
	// meta is the catalog key of the value's placeholder in the usage
	// (FILE), for a value flag without values.
	meta string
	// stdin is true when "-" stands for standard input (shown as |-).
	stdin bool
	// global flags go with every command; else with those in commands
	// ("" is the interactive screening).
	global   bool
	commands []string
	// standalone flags are answered on their own (--help, --version):
	// the other flags are not checked.
	standalone bool
	// required is the catalog key of the error when a command that
	// takes the flag runs without it; "" for an optional flag.
	required string
	// needs are the flags this one only goes with: in a command, it
	// needs one of those the command takes. needsErr is the catalog key
	// of the error when it stands without the one a command takes, and
	// needsAnyErr when it stands without any of several. needsIn, when
	// not nil, are the commands where it needs them ("" the screening),
	// else it does with every command that takes it.
	needs       []string
	needsErr    string
	needsAnyErr string
	needsIn     []string
	// badValue is the catalog key of the error for a value not in values.
	badValue string
	// help is the catalog key of the flag's help text.
	help string
	// note is the catalog key of a sentence under the usage, or "".
	note string
	// variant is, for a flag of the interactive screening that needs no
	// other, the catalog key of the program's usage line for the
	// screening run with it.
	variant string
	// set stores the value (or "true" for a bool flag) in the options.
	set func(o *Options, v string)
}

// flags is the flag table, in the order of the usage's synopses.
var flags = []flagSpec{
	{
		name: "answers", kind: valueFlag, meta: "cli.meta.file", stdin: true,
		commands: []string{"report"}, required: "cli.err.needs_answers",
		help: "cli.flag.answers",
		set:  func(o *Options, v string) { o.Answers = v },
	},
	{
		name: "format", kind: valueFlag, def: "text", values: []string{"text", "markdown", "json"},
		commands: []string{"", "report", "questions", "rules"}, badValue: "cli.err.format",
		// The screening shows its report on screen; the format is the
		// saved file's.
		needs: []string{"output"}, needsIn: []string{""}, needsErr: "cli.err.format_alone",
		help: "cli.flag.format",
		set:  func(o *Options, v string) { o.Format = v },
	},
	{
		name: "counsellor", kind: boolFlag,
		commands: []string{"", "report", "questions"},
		help:     "cli.flag.counsellor", variant: "cli.variant.counsellor",
		set: func(o *Options, _ string) { o.Counsellor = true },
	},
	{
		name: "output", kind: valueFlag, meta: "cli.meta.file",
		commands: []string{"", "report"},
		help:     "cli.flag.output", note: "cli.note.output", variant: "cli.variant.output",
		set: func(o *Options, v string) { o.Output = v },
	},
	{
		name: "answers-out", kind: valueFlag, meta: "cli.meta.file",
		commands: []string{""},
		help:     "cli.flag.answers_out", note: "cli.note.answers_out", variant: "cli.variant.answers_out",
		set: func(o *Options, v string) { o.AnswersOut = v },
	},
	{
		name: "force", kind: boolFlag,
		commands: []string{"", "report"}, needs: []string{"output", "answers-out"},
		needsErr: "cli.err.force_alone", needsAnyErr: "cli.err.force_alone_any",
		help: "cli.flag.force",
		set:  func(o *Options, _ string) { o.Force = true },
	},
	{
		name: "accessible", kind: boolFlag,
		commands: []string{""},
		help:     "cli.flag.accessible", variant: "cli.variant.accessible",
		set: func(o *Options, _ string) { o.Accessible = true },
	},
	{
		name: "lang", kind: valueFlag, values: langNames(),
		global: true, badValue: "cli.err.lang",
		help: "cli.flag.lang", note: "cli.note.lang",
		set: func(o *Options, v string) { o.Lang = i18n.Lang(v) },
	},
	{
		name: "version", kind: boolFlag, global: true, standalone: true,
		help: "cli.flag.version",
		set:  func(o *Options, _ string) { o.Version = true },
	},
	{
		name: "help", kind: boolFlag, global: true, standalone: true,
		help: "cli.flag.help",
		set:  func(o *Options, _ string) { o.Help = true },
	},
}

// shortHelp is the one short flag: -h is --help.
const shortHelp = "-h"

func langNames() []string {
	names := make([]string, len(i18n.Langs))
	for i, l := range i18n.Langs {
		names[i] = string(l)
	}
	return names
}

// lookupFlag returns the row of the flag called name.
func lookupFlag(name string) (*flagSpec, bool) {
	for i := range flags {
		if flags[i].name == name {
			return &flags[i], true
		}
	}
	return nil, false
}

// isCommand reports whether arg names a command (not the interactive one).
func isCommand(arg string) bool {
	_, ok := lookupCommand(arg)
	return ok && arg != ""
}

// lookupCommand returns the command called name ("" the interactive one).
func lookupCommand(name string) (*command, bool) {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i], true
		}
	}
	return nil, false
}

// commandNames returns the names of the commands one can give, in table
// order.
func commandNames() []string {
	var names []string
	for _, c := range commands {
		if c.name != "" {
			names = append(names, c.name)
		}
	}
	return names
}

// takes reports whether the flag goes with the command.
func (f *flagSpec) takes(cmd string) bool {
	if f.global {
		return true
	}
	for _, c := range f.commands {
		if c == cmd {
			return true
		}
	}
	return false
}

// needsHere reports whether the flag goes only with its needs (other
// flags) in the command.
func (f *flagSpec) needsHere(cmd string) bool {
	return len(f.needsFor(cmd)) > 0 && (f.needsIn == nil || slices.Contains(f.needsIn, cmd))
}

// needsFor returns the flags of needs that the command takes.
func (f *flagSpec) needsFor(cmd string) []string {
	var out []string
	for _, n := range f.needs {
		if g, ok := lookupFlag(n); ok && g.takes(cmd) {
			out = append(out, n)
		}
	}
	return out
}

// needsErrFor returns the catalog key of the error when the flag stands
// without its needs in the command.
func (f *flagSpec) needsErrFor(cmd string) string {
	if len(f.needsFor(cmd)) > 1 {
		return f.needsAnyErr
	}
	return f.needsErr
}

// allowed reports whether v is one of the flag's values (any non-empty
// value when the flag lists none).
func (f *flagSpec) allowed(v string) bool {
	if f.values == nil {
		return v != ""
	}
	for _, x := range f.values {
		if x == v {
			return true
		}
	}
	return false
}
