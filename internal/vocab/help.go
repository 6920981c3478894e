package vocab

import (
	"mdma-screen/i18n"
	"mdma-screen/screening"
)

// Help is a place to get help.
type Help struct {
	Name    string `json:"name"`
	Contact string `json:"contact"`
	When    string `json:"when"`
}

var (
	qAdult   = screening.MustIndex("adult")
	qSetting = screening.MustIndex("setting")
)

// HelpEntries returns where to get help, in the contract's order:
// Børnetelefonen is included when the person answered that they are under
// 18.
func HelpEntries(cat *i18n.Catalog, a *screening.Answers) []Help {
	keys := []string{"emergency", "doctor", "livslinien"}
	if Minor(a) {
		keys = append(keys, "bornetelefonen")
	}
	keys = append(keys, "cepda")
	out := make([]Help, 0, len(keys))
	for _, k := range keys {
		out = append(out, Help{Name: cat.T("help." + k + ".name"), Contact: cat.T("help." + k + ".contact"), When: cat.T("help." + k + ".when")})
	}
	return out
}

// Minor reports whether the person answered adult = no.
func Minor(a *screening.Answers) bool {
	v, ok := a.Get(qAdult)
	return ok && v.Values(qAdult)[0] == "no"
}

// Clinical reports whether the setting is a clinical trial or an approved
// clinic, where stop findings are for the trial team or psychiatrist.
func Clinical(a *screening.Answers) bool {
	v, ok := a.Get(qSetting)
	if !ok {
		return false
	}
	s := v.Values(qSetting)[0]
	return s == "clinical_trial" || s == "approved_clinic"
}
