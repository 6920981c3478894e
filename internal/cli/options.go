// Package cli parses mdma-screen's command line and runs its commands:
// the interactive screening, report, questions and rules.
package cli

import (
	"fmt"
	"strings"

	"mdma-screen/i18n"
)

// Options are the parsed command line.
type Options struct {
	// Command is "", "report", "questions" or "rules".
	Command    string
	Lang       i18n.Lang
	Format     string
	Answers    string
	Output     string
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

var commands = map[string]bool{"report": true, "questions": true, "rules": true}

var valueFlags = map[string]bool{"lang": true, "format": true, "answers": true, "output": true}

var boolFlags = map[string]bool{"force": true, "counsellor": true, "accessible": true, "version": true, "help": true}

// which commands a flag belongs to ("*" every command, "" interactive)
var flagCommands = map[string][]string{
	"lang":       {"*"},
	"help":       {"*"},
	"version":    {"*"},
	"format":     {"report", "questions", "rules"},
	"answers":    {"report"},
	"output":     {"report"},
	"force":      {"report"},
	"counsellor": {"", "report", "questions"},
	"accessible": {""},
}

// Parse reads the arguments (without the program name). Flags may stand
// before or after the subcommand, as --x v or --x=v. The language defaults
// to the locale read through getenv.
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
	lang := ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "-h" {
			arg = "--help"
		}
		if !strings.HasPrefix(arg, "--") || arg == "--" {
			if !commands[arg] {
				return o, &UsageError{Key: "cli.err.argument", Args: []string{"arg", arg}}
			}
			if o.Command != "" {
				return o, &UsageError{Key: "cli.err.two_commands", Args: []string{"arg", arg, "command", o.Command}}
			}
			o.Command = arg
			continue
		}
		name, val, hasVal := strings.Cut(arg[2:], "=")
		switch {
		case valueFlags[name]:
			if !hasVal {
				if i+1 >= len(args) {
					return o, &UsageError{Key: "cli.err.needs_value", Args: []string{"flag", "--" + name}}
				}
				i++
				val = args[i]
			}
		case boolFlags[name]:
			if hasVal {
				return o, &UsageError{Key: "cli.err.no_value", Args: []string{"flag", "--" + name}}
			}
		default:
			return o, &UsageError{Key: "cli.err.unknown_flag", Args: []string{"flag", "--" + name}}
		}
		if o.set[name] {
			return o, &UsageError{Key: "cli.err.twice", Args: []string{"flag", "--" + name}}
		}
		o.set[name] = true
		switch name {
		case "lang":
			lang = val
		case "format":
			o.Format = val
		case "answers":
			o.Answers = val
		case "output":
			o.Output = val
		case "force":
			o.Force = true
		case "counsellor":
			o.Counsellor = true
		case "accessible":
			o.Accessible = true
		case "version":
			o.Version = true
		case "help":
			o.Help = true
		}
	}
	if lang != "" {
		l, err := i18n.ParseLang(lang)
		if err != nil {
			return o, &UsageError{Key: "cli.err.lang", Args: []string{"value", lang}}
		}
		o.Lang = l
	} else if o.set["lang"] {
		return o, &UsageError{Key: "cli.err.lang", Args: []string{"value", lang}}
	}
	if o.Help || o.Version {
		return o, nil
	}
	for name := range o.set {
		if !allowedIn(name, o.Command) {
			cmd := o.Command
			if cmd == "" {
				cmd = "mdma-screen"
			}
			return o, &UsageError{Key: "cli.err.flag_not_here", Args: []string{"flag", "--" + name, "command", cmd}}
		}
	}
	switch o.Format {
	case "":
		o.Format = "text"
	case "text", "markdown", "json":
	default:
		return o, &UsageError{Key: "cli.err.format", Args: []string{"value", o.Format}}
	}
	if o.set["output"] && o.Output == "" {
		return o, &UsageError{Key: "cli.err.needs_value", Args: []string{"flag", "--output"}}
	}
	if o.set["answers"] && o.Answers == "" {
		return o, &UsageError{Key: "cli.err.needs_value", Args: []string{"flag", "--answers"}}
	}
	if o.Command == "report" && o.Answers == "" {
		return o, &UsageError{Key: "cli.err.needs_answers"}
	}
	if o.Force && o.Output == "" {
		return o, &UsageError{Key: "cli.err.force_alone"}
	}
	return o, nil
}

func allowedIn(flag, command string) bool {
	for _, c := range flagCommands[flag] {
		if c == "*" || c == command {
			return true
		}
	}
	return false
}

// String returns a short description for tests.
func (o Options) String() string {
	return fmt.Sprintf("cmd=%q lang=%s format=%s answers=%q output=%q force=%v counsellor=%v accessible=%v",
		o.Command, o.Lang, o.Format, o.Answers, o.Output, o.Force, o.Counsellor, o.Accessible)
}
