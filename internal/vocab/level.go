package vocab

import "mdma-screen/i18n"

// VersionLine is the last line of every report and listing.
func VersionLine(cat *i18n.Catalog, v Version) string {
	return cat.F("report.version", "program", v.Program, "rules", v.Rules)
}

// Symbol returns the symbol that goes with a level's label ("urgent",
// "stop", "caution", "note"), "" for "none". Symbols are plain ASCII, so
// they survive any terminal, printer and screen reader; a label always
// goes with them.
func Symbol(cat *i18n.Catalog, level string) string {
	if level == "none" || level == "" {
		return ""
	}
	return cat.T("render.symbol." + level)
}
