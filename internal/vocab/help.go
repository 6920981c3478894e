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

// HelpEntries returns where to get help, in the contract's order (the
// report's last part): 112, Børnetelefonen unless the person is known to
// be an adult, Livslinien, lægevagten, a psychiatric emergency
// department, one's own doctor, Cepda.
func HelpEntries(cat *i18n.Catalog, a *screening.Answers) []Help {
	return helpList(cat, a, true)
}

// HelpFirstEntries returns the help shown first, when crisis fired or is
// unanswered: the same list in the same order, without Cepda, which is no
// emergency service.
func HelpFirstEntries(cat *i18n.Catalog, a *screening.Answers) []Help {
	return helpList(cat, a, false)
}

func helpList(cat *i18n.Catalog, a *screening.Answers, cepda bool) []Help {
	keys := []string{"emergency"}
	if MaybeMinor(a) {
		keys = append(keys, "bornetelefonen")
	}
	keys = append(keys, "livslinien", "laegevagt", "psychiatric", "doctor")
	if cepda {
		keys = append(keys, "cepda")
	}
	out := make([]Help, 0, len(keys))
	for _, k := range keys {
		out = append(out, Help{Name: cat.T("help." + k + ".name"), Contact: cat.T("help." + k + ".contact"), When: cat.T("help." + k + ".when")})
	}
	return out
}

// MaybeMinor reports whether the person is not known to be an adult:
// adult is not yes (no, or unanswered). Børnetelefonen, the duty to
// notify under barnets lov and the read-back's line for children follow
// it.
func MaybeMinor(a *screening.Answers) bool {
	v, ok := a.Get(qAdult)
	return !ok || v.Values(qAdult)[0] != "yes"
}

// Minor reports whether the person answered adult = no.
func Minor(a *screening.Answers) bool {
	v, ok := a.Get(qAdult)
	return ok && v.Values(qAdult)[0] == "no"
}

// Clinical reports whether the setting is a clinical trial or an approved
// clinic, where stop findings are for the trial team or psychiatrist.
func Clinical(a *screening.Answers) bool { return ClinicalSetting(a) != "" }

// ClinicalSetting returns the setting when it is "clinical_trial" or
// "approved_clinic", else "".
func ClinicalSetting(a *screening.Answers) string {
	v, ok := a.Get(qSetting)
	if !ok {
		return ""
	}
	s := v.Values(qSetting)[0]
	if s == "clinical_trial" || s == "approved_clinic" {
		return s
	}
	return ""
}
