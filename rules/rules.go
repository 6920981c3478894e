// Package rules holds the rule table of mdma-screen and the engine that
// evaluates it. It is pure: no I/O, no terminal, no language. Evaluation
// returns facts (which rules fired and which answers caused it); turning
// them into text is the report's job.
package rules

import (
	"fmt"
	"slices"

	"mdma-screen/screening"
)

// Version is the rule set's version; it changes whenever a rule, a trigger
// or a level changes.
const Version = "2024.10-2"

// Level is how serious a finding is. Higher is more serious.
type Level uint8

// The levels, from lowest.
const (
	// None means no finding above Note: it is never a clearance.
	None Level = iota
	// Note is good to know.
	Note
	// Caution means clarify with a doctor or the provider first.
	Caution
	// Stop means the source advises against going ahead in this form.
	Stop
	// Urgent means get help now.
	Urgent
)

var levelNames = [...]string{"none", "note", "caution", "stop", "urgent"}

// String returns the contract's name of the level.
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("level(%d)", l)
}

// Op is the kind of a trigger node.
type Op uint8

// Trigger operations.
const (
	// Is is true when Question is answered with one of Values (for a multi:
	// holds any of Values).
	Is Op = iota
	// AskedNot is true when Question is asked and its answer is not one of
	// Values, unanswered included.
	AskedNot
	// Any is true when any of Args is.
	Any
	// All is true when all of Args are.
	All
	// Unanswered is true when any question asked given the answers is
	// unanswered.
	Unanswered
)

var opNames = [...]string{"is", "asked_not", "any", "all", "unanswered"}

// String returns the operation's name as the rule catalogue writes it.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", o)
}

// MarshalText writes the operation's name.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Trigger is a rule's condition, as data.
type Trigger struct {
	Op       Op        `json:"op"`
	Question string    `json:"question,omitempty"`
	Values   []string  `json:"values,omitempty"`
	Args     []Trigger `json:"args,omitempty"`
}

// When returns an Is trigger.
func When(question string, values ...string) Trigger {
	return Trigger{Op: Is, Question: question, Values: values}
}

// AnyOf returns a trigger true when any of ts is.
func AnyOf(ts ...Trigger) Trigger { return Trigger{Op: Any, Args: ts} }

// AllOf returns a trigger true when all of ts are.
func AllOf(ts ...Trigger) Trigger { return Trigger{Op: All, Args: ts} }

// StopKind says whom a stop finding is about, as the contract sorts
// them. The zero value means not set yet.
type StopKind uint8

// The kinds of stop.
const (
	// StopUnset is the zero StopKind: not a stop, or not sorted yet.
	StopUnset StopKind = iota
	// StopPerson is a stop about the person (bipolar1, under-18, ...).
	StopPerson
	// StopPersonInSetting is a stop about the person in this setting.
	StopPersonInSetting
	// StopOutsideTherapy is a stop about use outside therapy.
	StopOutsideTherapy
	// StopOffer is a stop about the offer (underground, no preparation).
	StopOffer
)

// Rule is one row of the rule table.
type Rule struct {
	ID       string
	Level    Level
	Category string
	When     Trigger
	// Sources are keys of i18n "source.<key>" texts.
	Sources []string
	// Lists is true when the finding names each thing that triggered it
	// (its text holds {items}).
	Lists bool
	// Stop is the kind of a stop finding; zero until the table sets it.
	Stop StopKind
	// OptionSources are sources per option of a listing finding (option
	// ID to keys of "source.<key>"); nil until the table sets them.
	OptionSources map[string][]string
	// Emergency is true for a finding that tells the person to call 112
	// at signs of an emergency, and brings "signs of an emergency" into
	// the report; its sources include those of the signs.
	Emergency bool
	// AskProvider is true for a caution to put to the provider; other
	// cautions are for a doctor.
	AskProvider bool
	// MinorSources are those of Sources that a finding names only when
	// the person is not known to be an adult (adult is not yes): the
	// sources of the text it adds for a minor.
	MinorSources []string
}

// Whether a finding names each thing that triggered it (the table's
// "names each" column).
const (
	whole = false // speaks of the rule as a whole
	each  = true  // names each answer behind it ({items})
)

// rule makes a row of the table; from adds its sources.
func rule(id string, level Level, category string, names bool, when Trigger) Rule {
	return Rule{ID: id, Level: level, Category: category, Lists: names, When: when}
}

func (r Rule) from(sources ...string) Rule {
	r.Sources = sources
	return r
}

// is returns an Is trigger: question answered with one of values.
func is(question string, values ...string) Trigger { return When(question, values...) }

// askedNot returns a trigger true when question is asked and its answer is
// not one of values, unanswered included.
func askedNot(question string, values ...string) Trigger {
	return Trigger{Op: AskedNot, Question: question, Values: values}
}

// anyUnanswered returns a trigger true when any question asked is
// unanswered.
func anyUnanswered() Trigger { return Trigger{Op: Unanswered} }

// anyIs returns a trigger true when any of the questions has the value.
func anyIs(value string, questions ...string) Trigger {
	ts := make([]Trigger, len(questions))
	for i, q := range questions {
		ts[i] = When(q, value)
	}
	return AnyOf(ts...)
}

// alert returns the trigger of the question's crisis alert: the answers
// the question itself says raise it (screening.Question.Alert).
func alert(question string) Trigger {
	return When(question, screening.QuestionAt(screening.MustIndex(question)).Alert...)
}

// Sources of the medication findings per option: a finding's sources
// are those of the options it names, in option order (Rule.OptionSources).
var medicineSources = map[string][]string{
	"maoi":              {"dancesafe", "tripsit", "sarparast"},
	"lithium":           {"tripsit"},
	"tramadol":          {"tripsit"},
	"hiv_booster":       {"dancesafe", "liverpool", "bracchi"},
	"snri":              {"sarparast", "hysek", "maps.phase3", "feduccia"},
	"bupropion":         {"sarparast"},
	"stimulant":         {"tripsit"},
	"antipsychotic":     {"sarparast", "maps.phase3"},
	"other_psychiatric": {"method.medicine"},
	"other_medicine":    {"method.medicine"},
	"unsure":            {"method.medicine.list"},
}

// perOption sets the rule's sources per option of the multi question its
// trigger names; its Sources are then every option's, in option order.
func (r Rule) perOption() Rule {
	r.OptionSources = map[string][]string{}
	for _, o := range r.When.Values {
		r.OptionSources[o] = medicineSources[o]
	}
	q := screening.QuestionAt(screening.MustIndex(r.When.Question))
	var all []string
	for _, o := range q.Options {
		for _, s := range r.OptionSources[o] {
			if !slices.Contains(all, s) {
				all = append(all, s)
			}
		}
	}
	r.Sources = all
	return r
}

func (r Rule) kind(k StopKind) Rule {
	r.Stop = k
	return r
}

// signs marks a rule whose finding carries the emergency sentence and
// adds the sources of the signs of an emergency.
func (r Rule) signs() Rule {
	r.Emergency = true
	r.Sources = append(slices.Clip(r.Sources), "statpearls", "victoria")
	return r
}

// forMinor adds sources that a finding names only when the person may be
// a minor (Rule.MinorSources).
func (r Rule) forMinor(sources ...string) Rule {
	r.Sources = append(slices.Clip(r.Sources), sources...)
	r.MinorSources = sources
	return r
}

// forProvider marks a caution to put to the provider.
func (r Rule) forProvider() Rule {
	r.AskProvider = true
	return r
}

// table is the rule table in the contract's order: ID, level, category,
// whether it names each answer, condition, then its sources and, for a
// stop, its kind.
var table = []Rule{
	rule("crisis", Urgent, "crisis", whole, alert("crisis")).from("screeners", "helplines", "helplines.regions"),

	rule("bipolar1", Stop, "psychiatric", whole, is("bipolar1", "yes")).from("cepda.ikke-for-alle", "maps.phase3").kind(StopPerson),
	rule("schizophrenia", Stop, "psychiatric", whole, is("schizophrenia", "yes")).from("cepda.ikke-for-alle", "maps.phase3").kind(StopPerson),
	rule("psychosis", Stop, "psychiatric", whole, is("psychosis", "yes")).from("cepda.ikke-for-alle", "maps.phase3").kind(StopPerson),
	rule("under-18", Stop, "screening", whole, is("adult", "no")).from("maps.phase3").kind(StopPerson),
	rule("pregnant", Stop, "physical", whole, is("pregnant", "yes")).from("maps.phase3").kind(StopPerson),
	rule("dangerous-interaction", Stop, "medication", each,
		is("other_meds", "maoi", "lithium", "tramadol", "hiv_booster")).perOption().kind(StopPerson),
	rule("cardio-unsupervised", Stop, "physical", whole, AllOf(
		AnyOf(is("heart", "yes"), is("blood_pressure", "yes")),
		AnyOf(is("self_use", "yes"), askedNot("medical_supervision", "yes")),
	)).from("cepda.ulovlig", "cepda.fysiologiske").signs().kind(StopPersonInSetting),
	rule("underground", Stop, "legal", whole, is("setting", "underground")).from("cepda.ulovlig", "cepda.adgang").signs().kind(StopOffer),
	rule("no-preparation", Stop, "setting", whole, is("preparation", "no")).from("cepda.relationelle", "cepda.forberedelse", "maps.protocol").kind(StopOffer),
	rule("no-integration", Stop, "setting", whole, is("integration", "no")).from("cepda.relationelle", "cepda.forberedelse", "maps.protocol").kind(StopOffer),
	rule("unqualified", Stop, "setting", whole, is("qualified", "no")).from("cepda.tillid", "cepda.relationelle").kind(StopOffer),
	rule("no-trust", Stop, "setting", whole, is("trust", "no")).from("cepda.tillid", "cepda.relationelle").kind(StopOffer),
	rule("self-use", Stop, "setting", whole, is("self_use", "yes")).from("cepda.rekreativ").signs().kind(StopOutsideTherapy),

	rule("ssri", Caution, "medication", whole, is("ssri", "yes")).from("cepda.ikke-for-alle", "sarparast", "farre", "maps.phase3", "feduccia"),
	rule("interaction", Caution, "medication", each,
		is("other_meds", "snri", "bupropion", "stimulant", "antipsychotic", "other_psychiatric", "other_medicine", "unsure")).perOption(),
	rule("heart", Caution, "physical", whole, is("heart", "yes")).from("cepda.ulovlig", "cepda.fysiologiske", "maps.phase3"),
	rule("blood-pressure", Caution, "physical", whole, is("blood_pressure", "yes")).from("cepda.ulovlig", "cepda.fysiologiske", "maps.phase3"),
	rule("family-psychosis", Caution, "psychiatric", whole, is("family_psychosis", "yes")).from("screening-practice"),
	rule("substance-use", Caution, "psychiatric", whole, is("substance_use", "yes")).from("maps.phase3", "cepda.rekreativ"),
	rule("suicide-history", Caution, "psychiatric", whole, is("suicide_history", "yes", "unsure")).from("maps.phase3", "cepda.psykologiske", "cepda.fysiologiske", "helplines"),
	rule("unsure-health", Caution, "screening", each, anyIs("unsure",
		"bipolar1", "schizophrenia", "psychosis", "family_psychosis", "substance_use", "ssri", "heart", "blood_pressure", "pregnant",
	)).from("cepda.ikke-for-alle", "maps.phase3"),
	rule("single-therapist", Caution, "setting", whole, is("therapists", "one")).from("cepda.tillid", "cepda.relationelle", "maps.protocol").forProvider(),
	rule("no-medical-supervision", Caution, "setting", whole, is("medical_supervision", "no")).from("cepda.ulovlig").forProvider(),
	rule("no-boundaries", Caution, "setting", whole, is("boundaries", "no")).from("cepda.relationelle").forProvider(),
	rule("unknown-substance", Caution, "setting", whole, is("substance_known", "no", "unsure")).from("cepda.ulovlig", "cepda.adgang").signs().forProvider(),
	rule("provider-unclear", Caution, "setting", each, AnyOf(
		is("therapists", "unknown"),
		is("preparation", "unsure"), is("integration", "unsure"), is("medical_supervision", "unsure"),
		is("qualified", "unsure"), is("boundaries", "unsure"), is("trust", "unsure"),
	)).from("cepda.tillid", "cepda.relationelle", "cepda.ulovlig").forProvider(),
	rule("self-use-unsure", Caution, "setting", whole, is("self_use", "unsure")).from("cepda.rekreativ").signs(),
	rule("aftercare", Caution, "support", whole, is("past_experience", "yes", "unsure")).from(
		"cepda.forberedelse", "cepda.ressourcer", "offerraadgivningen", "patientklager", "assault-centres", "helplines.regions",
	).forMinor(MinorSource, "helplines"),
	rule("support", Caution, "support", whole, is("support", "no", "unsure")).from("cepda.relationelle", "cepda.ressourcer"),
	rule("incomplete", Caution, "screening", each, anyUnanswered()).from("method"),

	rule("research-stage", Note, "expectations", whole, is("ptsd", "no", "unsure")).from("cepda.forskning", "cepda.adgang", "maps.phase3", "tga"),
	rule("legal-routes", Note, "legal", whole, is("setting", "underground", "undecided", "learning")).from("cepda.adgang", "cepda.forskning", "tga"),
	rule("underground-risk", Note, "legal", whole, is("setting", "undecided")).from("cepda.ulovlig", "cepda.adgang").signs(),
	rule("unsupervised-therapist", Note, "setting", whole, is("supervised", "no", "unsure")).from("cepda.relationelle"),
	rule("expectations", Note, "expectations", whole, is("expectations", "yes", "unsure")).from("cepda.forventninger", "cepda.psykologiske"),
}

// MinorSource is the source on the duty to notify under barnets lov,
// which a finding names only when the person is not known to be an adult
// (one of Rule.MinorSources).
const MinorSource = "barnets-lov"

// NumRules is the number of rules in the table.
const NumRules = 36

// Rules returns the rule table in table order. The slice is shared: callers
// must not modify it.
func Rules() []Rule { return table }

// ByID returns the rule with the given ID.
func ByID(id string) (*Rule, bool) {
	for i := range table {
		if table[i].ID == id {
			return &table[i], true
		}
	}
	return nil, false
}
