package cli

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"mdma-screen/i18n"
	"mdma-screen/internal/layout"
	"mdma-screen/screening"
)

// Layout of the help texts. Every line is at most layout.Width (80)
// columns wide, in both languages.
const (
	// program is the name the usage shows.
	program = "mdma-screen"
	// descColumn is the column (from 0) where a description starts,
	// after a synopsis or a flag.
	descColumn = 31
	// termIndent and defIndent indent a term of the answers file's
	// description and the definition under it.
	termIndent = "  "
	defIndent  = "      "
)

// Usage returns the help text of cmd in the catalog's language, as
// mdma-screen help [COMMAND] and COMMAND --help print it: for "" the
// program's (every command's synopsis), else the command's own (its
// synopsis and flags; for report the answers file too). Everything is
// made from the command and flag tables (flags.go) and, for the answers
// file, the question bank.
func Usage(cat *i18n.Catalog, cmd string) string {
	if cmd == "" {
		return programUsage(cat)
	}
	return commandUsage(cat, cmd)
}

// programUsage is mdma-screen --help: a synopsis for each command, the
// flags that stand alone, and the flags' notes.
func programUsage(cat *i18n.Catalog) string {
	var b strings.Builder
	b.WriteString(layout.Wrap(cat.T("cli.usage.intro"), "", "") + "\n\n")
	b.WriteString(cat.T("cli.usage.title") + "\n")
	for _, c := range commands {
		if c.name == "" {
			describe(&b, []string{"  " + program}, cat.T(c.help))
			// Each of the screening's own flags that needs no other is a
			// way to run it, shown with the flags that need it: the
			// switches first.
			for _, k := range []kind{boolFlag, valueFlag} {
				for i := range flags {
					if f := &flags[i]; f.variant != "" && f.kind == k {
						describe(&b, []string{"  " + program + " " + f.part(cat, "")}, cat.T(f.variant))
					}
				}
			}
			continue
		}
		describe(&b, synopsis(cat, c.name), cat.T(c.help))
	}
	var alone []string
	for i := range flags {
		if flags[i].standalone {
			alone = append(alone, "--"+flags[i].name)
		}
	}
	b.WriteString("  " + program + " " + strings.Join(alone, " | ") + "\n\n")
	names := make([]string, 0, 2*len(flags))
	for i := range flags {
		names = append(names, flags[i].name, "--"+flags[i].name)
	}
	// Notes: those of the global flags first.
	for _, global := range []bool{true, false} {
		for i := range flags {
			if f := &flags[i]; f.note != "" && f.global == global {
				args := append([]string{"flag", "--" + f.name, "values", f.valueUsage(cat)}, names...)
				b.WriteString(layout.Wrap(cat.F(f.note, args...), "", "") + "\n")
			}
		}
	}
	b.WriteString(layout.Wrap(cat.T("cli.usage.privacy"), "", "") + "\n\n")
	b.WriteString(layout.Wrap(cat.T("cli.usage.exit"), "", "") + "\n")
	return b.String()
}

// commandUsage is COMMAND --help: what the command does, its synopsis,
// each flag it takes with its help (the command's own first, then the
// global ones), for report the answers file, and the exit statuses.
func commandUsage(cat *i18n.Catalog, cmd string) string {
	c, _ := lookupCommand(cmd)
	var b strings.Builder
	b.WriteString(layout.Wrap(program+" "+cmd+": "+cat.T(c.help), "", "") + "\n\n")
	b.WriteString(cat.T("cli.usage.title") + "\n")
	for _, l := range synopsis(cat, cmd) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + cat.T("cli.usage.flags") + "\n")
	for _, global := range []bool{false, true} {
		for i := range flags {
			f := &flags[i]
			if f.global != global || !f.takes(cmd) {
				continue
			}
			name := f.usage(cat)
			if f.name == "help" {
				name += ", " + shortHelp
			}
			describe(&b, []string{"  " + name}, cat.T(f.help))
		}
	}
	if cmd == "report" {
		b.WriteString("\n" + answersUsage(cat))
	}
	b.WriteString("\n" + layout.Wrap(cat.T("cli.usage.exit"), "", "") + "\n")
	return b.String()
}

// answersUsage describes the answers file from the question bank: which
// questions take which values, and an example that parses.
func answersUsage(cat *i18n.Catalog) string {
	var b strings.Builder
	b.WriteString(cat.T("cli.answers.title") + "\n")
	b.WriteString(layout.Wrap(cat.T("cli.answers.intro"), termIndent, termIndent) + "\n\n")
	// The questions of a yes/no kind share one term; every other question
	// is a term of its own.
	type term struct {
		ids  []string
		kind screening.Kind
		q    *screening.Question
	}
	var terms []term
	byKind := map[screening.Kind]int{}
	for i, q := range screening.Questions() {
		if q.Kind == screening.YesNoUnsure || q.Kind == screening.YesNo {
			if at, ok := byKind[q.Kind]; ok {
				terms[at].ids = append(terms[at].ids, q.ID)
				continue
			}
			byKind[q.Kind] = len(terms)
		}
		terms = append(terms, term{ids: []string{q.ID}, kind: q.Kind, q: screening.QuestionAt(i)})
	}
	// By kind (yes/no/unsure, yes/no, choice, multi), else in bank order.
	sort.SliceStable(terms, func(i, j int) bool { return terms[i].kind < terms[j].kind })
	for _, t := range terms {
		b.WriteString(layout.Wrap(strings.Join(t.ids, ", "), termIndent, termIndent) + "\n")
		values := jsonValues(t.q, false)
		def := cat.F("cli.answers.choice", "values", strings.Join(values, ", "))
		if t.kind == screening.Multi {
			def = cat.F("cli.answers.multi", "values", strings.Join(jsonValues(t.q, true), ", "),
				"alone", strings.Join(exclusive(t.q), ", "))
		}
		b.WriteString(layout.Wrap(def, defIndent, defIndent) + "\n")
	}
	b.WriteString("\n" + termIndent + cat.T("cli.answers.example") + "\n")
	for _, l := range strings.Split(answersExample(), "\n") {
		b.WriteString(termIndent + termIndent + l + "\n")
	}
	b.WriteString("\n" + layout.Wrap(cat.T("cli.answers.more"), termIndent, termIndent) + "\n")
	return b.String()
}

// answersExample returns the example answers file of report's help, made
// from the bank: the first question asked always of each kind, in bank
// order, with its first option (a multi with its first stand-alone one).
func answersExample() string {
	var lines []string
	seen := map[screening.Kind]bool{}
	for _, q := range screening.Questions() {
		if seen[q.Kind] || !q.When.Always() {
			continue
		}
		seen[q.Kind] = true
		v := `"` + q.Options[0] + `"`
		if q.Kind == screening.Multi {
			v = `["` + q.Options[0] + `"]`
			if len(q.Exclusive) > 0 {
				v = `["` + q.Exclusive[0] + `"]`
			}
		}
		lines = append(lines, `  "`+q.ID+`": `+v)
	}
	return "{\"answers\": {\n" + strings.Join(lines, ",\n") + "\n}}"
}

// jsonValues returns a question's options as JSON strings; with
// exceptAlone, only those that may stand beside others.
func jsonValues(q *screening.Question, exceptAlone bool) []string {
	var out []string
	for _, o := range q.Options {
		if exceptAlone && slices.Contains(q.Exclusive, o) {
			continue
		}
		out = append(out, `"`+o+`"`)
	}
	return out
}

// exclusive returns a multi question's stand-alone options as the arrays
// they must be: ["none"].
func exclusive(q *screening.Question) []string {
	out := make([]string, len(q.Exclusive))
	for i, o := range q.Exclusive {
		out[i] = `["` + o + `"]`
	}
	return out
}

// synopsis returns the lines of a command's synopsis, within layout.Width
// columns: its arguments, its flags in table order, optional ones in
// brackets, a flag that needs another inside that one's brackets; global
// flags are left to the notes.
func synopsis(cat *i18n.Catalog, cmd string) []string {
	prefix := "  " + program + " " + cmd
	lines := []string{prefix}
	var parts []string
	if c, ok := lookupCommand(cmd); ok && c.args != "" {
		parts = append(parts, cat.T(c.args))
	}
	for i := range flags {
		f := &flags[i]
		if f.global || f.needsHere(cmd) || !f.takes(cmd) {
			continue
		}
		part := f.part(cat, cmd)
		if f.required == "" {
			part = "[" + part + "]"
		}
		parts = append(parts, part)
	}
	for _, part := range parts {
		last := &lines[len(lines)-1]
		if *last != prefix && width(*last)+1+width(part) > layout.Width {
			lines = append(lines, strings.Repeat(" ", width(prefix))+" "+part)
			continue
		}
		*last += " " + part
	}
	return lines
}

// part returns the flag as cmd's synopsis shows it, with the flags that
// need it in brackets after it, switches first: --output FILE [--force]
// [--format text|markdown|json].
func (f *flagSpec) part(cat *i18n.Catalog, cmd string) string {
	part := f.usage(cat)
	for _, k := range []kind{boolFlag, valueFlag} {
		for j := range flags {
			if g := &flags[j]; g.kind == k && slices.Contains(g.needs, f.name) && g.takes(cmd) && g.needsHere(cmd) {
				part += " [" + g.usage(cat) + "]"
			}
		}
	}
	return part
}

// usage returns the flag as the synopsis shows it: --format text|json,
// --output FILE, --answers FILE|-, --force.
func (f *flagSpec) usage(cat *i18n.Catalog) string {
	if f.kind == boolFlag {
		return "--" + f.name
	}
	return "--" + f.name + " " + f.valueUsage(cat)
}

// valueUsage returns what a value flag takes, as the usage shows it:
// text|json, FILE, FILE|-; "" for a bool flag.
func (f *flagSpec) valueUsage(cat *i18n.Catalog) string {
	if f.kind == boolFlag {
		return ""
	}
	v := strings.Join(f.values, "|")
	if f.meta != "" {
		v = cat.T(f.meta)
	}
	if f.stdin {
		v += "|-"
	}
	return v
}

// describe writes the lines of a synopsis with the description at
// descColumn, wrapped within layout.Width: on the last line where it has
// room, else on a line of its own.
func describe(b *strings.Builder, lines []string, desc string) {
	for _, l := range lines[:len(lines)-1] {
		b.WriteString(l + "\n")
	}
	pad := strings.Repeat(" ", descColumn)
	text := layout.Wrap(desc, pad, pad)
	last := lines[len(lines)-1]
	if width(last) < descColumn-1 {
		b.WriteString(last + text[width(last):] + "\n")
		return
	}
	b.WriteString(last + "\n" + text + "\n")
}

func width(s string) int { return utf8.RuneCountInString(s) }
