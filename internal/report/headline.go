package report

import (
	"strings"

	"mdma-screen/internal/vocab"
	"mdma-screen/rules"
	"mdma-screen/screening"
)

// headlineKind chooses the headline in the contract's order and returns
// the suffix of its catalog key (under "headline." and
// "readback.headline."): urgent; a stop about the person (by clinical
// setting); about the person in this setting; about use outside therapy;
// only about the offer (by clinical setting: the trial team or the
// clinic); a caution for a doctor, the
// provider or both; none with notes or none at all.
func headlineKind(a *screening.Answers, res *rules.Result) string {
	setting := vocab.ClinicalSetting(a)
	var stops [rules.StopOffer + 1]bool
	doctor, provider := false, false
	for _, f := range res.Findings {
		switch f.Rule.Level {
		case rules.Stop:
			stops[f.Rule.Stop] = true
		case rules.Caution:
			if f.Rule.AskProvider {
				provider = true
			} else {
				doctor = true
			}
		}
	}
	switch {
	case res.Level == rules.Urgent:
		return "urgent"
	case stops[rules.StopPerson]:
		if setting != "" {
			return "stop.person." + setting
		}
		return "stop.person"
	case stops[rules.StopPersonInSetting]:
		return "stop.setting"
	case stops[rules.StopOutsideTherapy]:
		return "stop.outside"
	case stops[rules.StopOffer]:
		if setting != "" {
			return "stop.offer." + setting
		}
		return "stop.offer"
	case doctor && provider:
		return "caution.both"
	case provider:
		return "caution.provider"
	case doctor:
		return "caution.doctor"
	case len(res.Findings) > 0:
		return "none.notes"
	}
	return "none.empty"
}

// personStop reports whether a headline kind is the person's stop
// ("stop.person", "stop.person.clinical_trial", ...), whose headline
// carries the person's stop advice.
func personStop(kind string) bool {
	return kind == "stop.person" || strings.HasPrefix(kind, "stop.person.")
}
