// Package screening holds the question bank of mdma-screen, the answers
// type with its strict parser, and the flow that every front end shares.
//
// Everything here is data and pure functions: no terminal, no files, no
// language. Texts live in package i18n under keys built from the IDs here.
package screening

// Kind says which values a question takes.
type Kind uint8

// The kinds of question, as the contract names them.
const (
	// YesNoUnsure takes "yes", "no" or "unsure".
	YesNoUnsure Kind = iota
	// YesNo takes "yes" or "no".
	YesNo
	// Choice takes one option ID.
	Choice
	// Multi takes one or more option IDs (a JSON array).
	Multi
)

// String returns the contract's name of the kind.
func (k Kind) String() string {
	switch k {
	case YesNoUnsure:
		return "yes/no/unsure"
	case YesNo:
		return "yes/no"
	case Choice:
		return "choice"
	case Multi:
		return "multi"
	}
	return "unknown"
}

// Sections in the order they are asked.
var Sections = []string{"about", "mind", "medicine", "body", "provider", "after"}

// Condition says when a question is asked: when the answer to Question is
// one of In. The zero Condition means "always". A condition on a question
// that is unanswered is false.
type Condition struct {
	Question string   `json:"question"`
	In       []string `json:"in"`
}

// Always reports whether the condition is the zero "always" condition.
func (c Condition) Always() bool { return c.Question == "" }

// Question is one entry of the question bank. It is data only: its texts
// are found in i18n under "q.<ID>.*", its sources under "source.<key>".
type Question struct {
	ID      string
	Section string
	Kind    Kind
	// Options lists the accepted values in display order.
	Options []string
	// When says when the question is asked.
	When Condition
	// Sources are keys of i18n "source.<key>" texts.
	Sources []string
	// Unsure is the option a counsellor's "doesn't know" records, and the
	// one the cursor starts on; "" when the question has none.
	Unsure string
	// Cautious is the option the cursor starts on: the not-sure option
	// where there is one, else the answer that raises a caveat.
	Cautious string
	// Exclusive options stand alone in a multi answer.
	Exclusive []string
	// Alert lists the options that raise the crisis alert: the help
	// contacts are shown at once (see Raises).
	Alert []string

	pos int
}

var (
	yesNoUnsure = []string{"yes", "no", "unsure"}
	yesNo       = []string{"yes", "no"}
)

// providerSettings are the settings in which the provider questions are asked.
var providerSettings = Condition{Question: "setting", In: []string{"approved_clinic", "underground", "undecided"}}

func ynu(id, section string, when Condition, sources ...string) Question {
	return Question{ID: id, Section: section, Kind: YesNoUnsure, Options: yesNoUnsure,
		When: when, Sources: sources, Unsure: "unsure", Cautious: "unsure"}
}

func alert(q Question, options ...string) Question {
	q.Alert = options
	return q
}

// bank is the question bank in the contract's table order.
var bank = []Question{
	{ID: "setting", Section: "about", Kind: Choice,
		Options:  []string{"clinical_trial", "approved_clinic", "underground", "undecided", "learning"},
		Sources:  []string{"cepda.adgang"},
		Unsure:   "undecided",
		Cautious: "undecided"},
	ynu("ptsd", "about", Condition{}, "cepda.forskning"),
	{ID: "adult", Section: "about", Kind: YesNo, Options: yesNo,
		Sources: []string{"maps.phase3"}, Cautious: "no"},
	alert(ynu("crisis", "mind", Condition{}, "screeners"), "yes", "unsure"),
	ynu("suicide_history", "mind", Condition{}, "maps.phase3", "cepda.psykologiske"),
	ynu("bipolar1", "mind", Condition{}, "cepda.ikke-for-alle"),
	ynu("schizophrenia", "mind", Condition{}, "cepda.ikke-for-alle"),
	ynu("psychosis", "mind", Condition{}, "cepda.ikke-for-alle"),
	ynu("family_psychosis", "mind", Condition{}, "screening-practice"),
	ynu("substance_use", "mind", Condition{}, "maps.phase3"),
	ynu("ssri", "medicine", Condition{}, "cepda.ikke-for-alle"),
	{ID: "other_meds", Section: "medicine", Kind: Multi,
		Options:   []string{"maoi", "lithium", "tramadol", "hiv_booster", "snri", "bupropion", "stimulant", "antipsychotic", "other_psychiatric", "other_medicine", "none", "unsure"},
		Sources:   []string{"maps.phase3", "interactions"},
		Unsure:    "unsure",
		Cautious:  "unsure",
		Exclusive: []string{"none", "unsure"}},
	ynu("heart", "body", Condition{}, "cepda.ulovlig", "cepda.fysiologiske"),
	ynu("blood_pressure", "body", Condition{}, "cepda.ulovlig", "cepda.fysiologiske"),
	ynu("pregnant", "body", Condition{}, "maps.phase3"),
	{ID: "therapists", Section: "provider", Kind: Choice,
		Options: []string{"two_or_more", "one", "unknown"},
		When:    providerSettings, Sources: []string{"cepda.tillid"},
		Unsure: "unknown", Cautious: "unknown"},
	ynu("preparation", "provider", providerSettings, "cepda.tillid", "maps.protocol"),
	ynu("integration", "provider", providerSettings, "cepda.tillid", "maps.protocol"),
	ynu("medical_supervision", "provider", providerSettings, "cepda.ulovlig"),
	ynu("qualified", "provider", providerSettings, "cepda.tillid", "cepda.relationelle"),
	ynu("supervised", "provider", providerSettings, "cepda.relationelle"),
	ynu("substance_known", "provider", Condition{Question: "setting", In: []string{"underground", "undecided"}}, "cepda.ulovlig"),
	ynu("boundaries", "provider", Condition{Question: "setting", In: []string{"clinical_trial", "approved_clinic", "underground", "undecided"}}, "cepda.relationelle"),
	ynu("trust", "provider", Condition{Question: "setting", In: []string{"clinical_trial", "approved_clinic", "underground"}}, "cepda.tillid"),
	ynu("self_use", "after", Condition{}, "cepda.rekreativ"),
	ynu("expectations", "after", Condition{}, "cepda.forventninger"),
	ynu("support", "after", Condition{}, "cepda.relationelle", "cepda.ressourcer"),
	ynu("past_experience", "after", Condition{}, "cepda.ressourcer", "cepda.forberedelse"),
}

// NumQuestions is the number of questions in the bank.
const NumQuestions = 28

// Questions returns the question bank in asking order. The slice is shared:
// callers must not modify it.
func Questions() []Question { return bank }

// Index returns the position of the question with the given ID.
func Index(id string) (int, bool) {
	i, ok := byID[id]
	return i, ok
}

// MustIndex is Index for IDs known at compile time; it panics on an unknown ID.
func MustIndex(id string) int {
	i, ok := byID[id]
	if !ok {
		panic("screening: unknown question " + id)
	}
	return i
}

// Lookup returns the question with the given ID.
func Lookup(id string) (*Question, bool) {
	i, ok := byID[id]
	if !ok {
		return nil, false
	}
	return &bank[i], true
}

// QuestionAt returns the question at position q of the bank; it panics
// when q is out of range. The question is shared: callers must not
// modify it.
func QuestionAt(q int) *Question { return &bank[q] }

// OptionIndex returns the position of value among the options of question q.
func OptionIndex(q int, value string) (int, bool) { return bank[q].Option(value) }

// compiled condition per question: q < 0 means always.
type compiledWhen struct {
	q    int
	mask OptionSet
}

var (
	byID   = map[string]int{}
	whens  [NumQuestions]compiledWhen
	alerts [NumQuestions]OptionSet
)

func init() {
	if len(bank) != NumQuestions {
		panic("screening: NumQuestions does not match the bank")
	}
	checkWidths(bank)
	for i, q := range bank {
		if _, dup := byID[q.ID]; dup {
			panic("screening: duplicate question " + q.ID)
		}
		byID[q.ID] = i
		bank[i].pos = i
		a, err := q.Set(q.Alert...)
		if err != nil {
			panic("screening: alert of " + q.ID + ": " + err.Error())
		}
		alerts[i] = a
	}
	for i, q := range bank {
		whens[i] = compiledWhen{q: -1}
		if q.When.Always() {
			continue
		}
		c, ok := byID[q.When.Question]
		if !ok || c >= i {
			panic("screening: condition of " + q.ID + " names " + q.When.Question + ", which is not an earlier question")
		}
		m, err := Mask(c, q.When.In...)
		if err != nil {
			panic("screening: condition of " + q.ID + ": " + err.Error())
		}
		whens[i] = compiledWhen{q: c, mask: m}
	}
}
