package cli

import (
	"strings"
	"unicode/utf8"

	"mdma-screen/i18n"
)

// Layout of the usage text.
const (
	// program is the name the usage shows.
	program = "mdma-screen"
	// descColumn is the column (from 0) where a line's description starts.
	descColumn = 35
	// synopsisWidth is the column past which a synopsis goes on in a new
	// line. Today's help is wider than 80 columns; issue 12 brings it to 80.
	synopsisWidth = 90
)

// Usage returns the help text of cmd ("" for the program as a whole), as
// --help and help [COMMAND] print it, in the catalog's language.
func Usage(cat *i18n.Catalog, cmd string) string {
	return usage(cat)
}

// usage returns the help text (--help) in the catalog's language, made
// from the command and flag tables: a synopsis for each command, the
// flags that stand alone, and the flags' notes.
func usage(cat *i18n.Catalog) string {
	var b strings.Builder
	b.WriteString(cat.T("cli.usage.intro") + "\n\n")
	b.WriteString(cat.T("cli.usage.title") + "\n")
	for _, c := range commands {
		if c.name == "" {
			describe(&b, []string{"  " + program}, cat.T(c.help))
			// Each of the screening's own switches is a way to run it.
			for i := range flags {
				if f := &flags[i]; f.kind == boolFlag && !f.global && f.takes("") {
					describe(&b, []string{"  " + program + " --" + f.name}, cat.T(f.help))
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
				b.WriteString(cat.F(f.note, args...) + "\n")
			}
		}
	}
	b.WriteString(cat.T("cli.usage.privacy") + "\n\n")
	b.WriteString(cat.T("cli.usage.exit") + "\n")
	return b.String()
}

// synopsis returns the lines of a command's synopsis: its flags in table
// order, optional ones in brackets, a flag that needs another inside that
// one's brackets; global flags are left to the notes.
func synopsis(cat *i18n.Catalog, cmd string) []string {
	prefix := "  " + program + " " + cmd
	lines := []string{prefix}
	for i := range flags {
		f := &flags[i]
		if f.global || f.needs != "" || !f.takes(cmd) {
			continue
		}
		part := f.usage(cat)
		for j := range flags {
			if g := &flags[j]; g.needs == f.name && g.takes(cmd) {
				part += " [" + g.usage(cat) + "]"
			}
		}
		if f.required == "" {
			part = "[" + part + "]"
		}
		last := &lines[len(lines)-1]
		if *last != prefix && width(*last)+1+width(part) > synopsisWidth {
			lines = append(lines, strings.Repeat(" ", width(prefix))+part)
			continue
		}
		*last += " " + part
	}
	return lines
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
// descColumn: on the last line where it has room, else on a line of its own.
func describe(b *strings.Builder, lines []string, desc string) {
	for _, l := range lines[:len(lines)-1] {
		b.WriteString(l + "\n")
	}
	last := lines[len(lines)-1]
	if width(last) < descColumn-1 {
		b.WriteString(last + strings.Repeat(" ", descColumn-width(last)) + desc + "\n")
		return
	}
	b.WriteString(last + "\n" + strings.Repeat(" ", descColumn) + desc + "\n")
}

func width(s string) int { return utf8.RuneCountInString(s) }
