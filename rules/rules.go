// Package rules holds the rule table of mdma-screen and the engine that
// evaluates it. It is pure: no I/O, no terminal, no language. Evaluation
// returns facts (which rules fired and which answers caused it); turning
// them into text is the report's job.
package rules

import "fmt"

// Version is the rule set's version; it changes whenever a rule, a trigger
// or a level changes.
const Version = "2024.10-1"

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
}

// anyIs returns a trigger true when any of the questions has the value.
func anyIs(value string, questions ...string) Trigger {
	ts := make([]Trigger, len(questions))
	for i, q := range questions {
		ts[i] = When(q, value)
	}
	return AnyOf(ts...)
}

var table = []Rule{
	{ID: "crisis", Level: Urgent, Category: "crisis", When: When("crisis", "yes", "unsure"), Sources: []string{"screeners", "helplines"}},
	{ID: "bipolar1", Level: Stop, Category: "psychiatric", When: When("bipolar1", "yes"), Sources: []string{"cepda.ikke-for-alle", "maps.phase3"}},
	{ID: "schizophrenia", Level: Stop, Category: "psychiatric", When: When("schizophrenia", "yes"), Sources: []string{"cepda.ikke-for-alle", "maps.phase3"}},
	{ID: "psychosis", Level: Stop, Category: "psychiatric", When: When("psychosis", "yes"), Sources: []string{"cepda.ikke-for-alle", "maps.phase3"}},
	{ID: "under-18", Level: Stop, Category: "screening", When: When("adult", "no"), Sources: []string{"maps.phase3"}},
	{ID: "pregnant", Level: Stop, Category: "physical", When: When("pregnant", "yes"), Sources: []string{"maps.phase3"}},
	{ID: "dangerous-interaction", Level: Stop, Category: "medication", When: When("other_meds", "maoi", "lithium", "tramadol", "hiv_booster"), Sources: []string{"interactions", "maps.phase3", "feduccia"}, Lists: true},
	{ID: "cardio-unsupervised", Level: Stop, Category: "physical", When: AllOf(
		AnyOf(When("heart", "yes"), When("blood_pressure", "yes")),
		AnyOf(When("self_use", "yes"), Trigger{Op: AskedNot, Question: "medical_supervision", Values: []string{"yes"}}),
	), Sources: []string{"cepda.ulovlig", "cepda.fysiologiske"}},
	{ID: "underground", Level: Stop, Category: "legal", When: When("setting", "underground"), Sources: []string{"cepda.ulovlig", "cepda.adgang"}},
	{ID: "no-preparation", Level: Stop, Category: "setting", When: When("preparation", "no"), Sources: []string{"cepda.relationelle", "cepda.forberedelse", "maps.protocol"}},
	{ID: "no-integration", Level: Stop, Category: "setting", When: When("integration", "no"), Sources: []string{"cepda.relationelle", "cepda.forberedelse", "maps.protocol"}},
	{ID: "unqualified", Level: Stop, Category: "setting", When: When("qualified", "no"), Sources: []string{"cepda.tillid", "cepda.relationelle"}},
	{ID: "self-use", Level: Stop, Category: "setting", When: When("self_use", "yes"), Sources: []string{"cepda.rekreativ"}},
	{ID: "ssri", Level: Caution, Category: "medication", When: When("ssri", "yes"), Sources: []string{"cepda.ikke-for-alle", "maps.phase3", "feduccia"}},
	{ID: "interaction", Level: Caution, Category: "medication", When: When("other_meds", "snri", "bupropion", "stimulant", "antipsychotic", "other_psychiatric", "unsure"), Sources: []string{"interactions", "maps.phase3", "feduccia"}, Lists: true},
	{ID: "heart", Level: Caution, Category: "physical", When: When("heart", "yes"), Sources: []string{"cepda.ulovlig", "cepda.fysiologiske"}},
	{ID: "blood-pressure", Level: Caution, Category: "physical", When: When("blood_pressure", "yes"), Sources: []string{"cepda.ulovlig", "cepda.fysiologiske"}},
	{ID: "family-psychosis", Level: Caution, Category: "psychiatric", When: When("family_psychosis", "yes"), Sources: []string{"screening-practice"}},
	{ID: "substance-use", Level: Caution, Category: "psychiatric", When: When("substance_use", "yes"), Sources: []string{"maps.phase3"}},
	{ID: "unsure-health", Level: Caution, Category: "screening", When: anyIs("unsure",
		"bipolar1", "schizophrenia", "psychosis", "family_psychosis", "substance_use", "ssri", "heart", "blood_pressure", "pregnant"),
		Sources: []string{"cepda.ikke-for-alle", "maps.phase3"}, Lists: true},
	{ID: "single-therapist", Level: Caution, Category: "setting", When: When("therapists", "one"), Sources: []string{"cepda.tillid", "maps.protocol"}},
	{ID: "no-medical-supervision", Level: Caution, Category: "setting", When: When("medical_supervision", "no"), Sources: []string{"cepda.ulovlig"}},
	{ID: "no-boundaries", Level: Caution, Category: "setting", When: When("boundaries", "no"), Sources: []string{"cepda.relationelle"}},
	{ID: "unknown-substance", Level: Caution, Category: "setting", When: When("substance_known", "no", "unsure"), Sources: []string{"cepda.ulovlig"}},
	{ID: "no-trust", Level: Caution, Category: "setting", When: When("trust", "no"), Sources: []string{"cepda.tillid", "cepda.relationelle"}},
	{ID: "provider-unclear", Level: Caution, Category: "setting", When: AnyOf(
		When("therapists", "unknown"),
		When("preparation", "unsure"), When("integration", "unsure"), When("medical_supervision", "unsure"),
		When("qualified", "unsure"), When("boundaries", "unsure"), When("trust", "unsure"),
	), Sources: []string{"cepda.tillid", "cepda.relationelle", "cepda.ulovlig"}, Lists: true},
	{ID: "self-use-unsure", Level: Caution, Category: "setting", When: When("self_use", "unsure"), Sources: []string{"cepda.rekreativ"}},
	{ID: "aftercare", Level: Caution, Category: "support", When: When("past_experience", "yes", "unsure"), Sources: []string{"cepda.forberedelse", "cepda.ressourcer"}},
	{ID: "incomplete", Level: Caution, Category: "screening", When: Trigger{Op: Unanswered}, Sources: []string{"method"}, Lists: true},
	{ID: "research-stage", Level: Note, Category: "expectations", When: When("ptsd", "no", "unsure"), Sources: []string{"cepda.forskning", "cepda.adgang"}},
	{ID: "legal-routes", Level: Note, Category: "legal", When: When("setting", "underground", "undecided", "learning"), Sources: []string{"cepda.adgang", "cepda.forskning"}},
	{ID: "underground-risk", Level: Note, Category: "legal", When: When("setting", "undecided"), Sources: []string{"cepda.ulovlig", "cepda.adgang"}},
	{ID: "unsupervised-therapist", Level: Note, Category: "setting", When: When("supervised", "no", "unsure"), Sources: []string{"cepda.relationelle"}},
	{ID: "expectations", Level: Note, Category: "expectations", When: When("expectations", "yes", "unsure"), Sources: []string{"cepda.forventninger", "cepda.psykologiske"}},
	{ID: "support", Level: Note, Category: "support", When: When("support", "no", "unsure"), Sources: []string{"cepda.relationelle", "cepda.ressourcer"}},
}

// NumRules is the number of rules in the table.
const NumRules = 35

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
