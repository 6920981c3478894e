package screening

// Answers holds what a person answered, by question position. Every answer
// is a set of options: one for yes/no, yes/no/unsure and choice
// questions, one or more for multi. The zero value has nothing answered.
// Answers is a small value type: copying it copies the answers.
type Answers struct {
	set questionSet
	v   [NumQuestions]OptionSet
}

// Mask returns the option set for the given values of question q.
func Mask(q int, values ...string) (OptionSet, error) { return bank[q].Set(values...) }

// Answered reports whether question q has an answer.
func (a *Answers) Answered(q int) bool { return a.set&(1<<q) != 0 }

// Get returns the option set of question q and whether it is answered.
func (a *Answers) Get(q int) (OptionSet, bool) { return a.v[q], a.Answered(q) }

// Is reports whether question q is answered with an option in s.
func (a *Answers) Is(q int, s OptionSet) bool { return a.Answered(q) && a.v[q].Meets(s) }

// Values returns the answer to question q as option IDs in option order,
// or nil when it is unanswered.
func (a *Answers) Values(q int) []string {
	if !a.Answered(q) {
		return nil
	}
	return a.v[q].Values(q)
}

// Set records the option set s as the answer to question q. It does not
// check the answer: use SetValues or the parser for that.
func (a *Answers) Set(q int, s OptionSet) {
	a.set |= 1 << q
	a.v[q] = s
}

// SetValues records the answer to question q given as option IDs, checked
// as Question.Answer says.
func (a *Answers) SetValues(q int, values ...string) error {
	s, err := bank[q].Answer(values...)
	if err != nil {
		return err
	}
	a.Set(q, s)
	return nil
}

// CrisisAlert reports whether an answer raises the crisis alert (see
// Question.Raises).
func (a *Answers) CrisisAlert() bool {
	for q := range bank {
		if a.Answered(q) && bank[q].Raises(a.v[q]) {
			return true
		}
	}
	return false
}

// AlertUnanswered reports whether a question that can raise the crisis
// alert is left unanswered: then too, the help comes first.
func (a *Answers) AlertUnanswered() bool {
	for q := range bank {
		if len(bank[q].Alert) > 0 && !a.Answered(q) {
			return true
		}
	}
	return false
}

// Clear removes the answer to question q.
func (a *Answers) Clear(q int) {
	a.set &^= 1 << q
	a.v[q] = 0
}

// Asked reports whether question q is asked given the other answers.
func (a *Answers) Asked(q int) bool {
	w := whens[q]
	if w.q < 0 {
		return true
	}
	return a.Is(w.q, w.mask)
}

// Prune drops answers to questions that are not asked given the others,
// and reports which were dropped as a set of question positions.
func (a *Answers) Prune() uint32 {
	var dropped questionSet
	for q := range bank {
		if a.Answered(q) && !a.Asked(q) {
			a.Clear(q)
			dropped |= 1 << q
		}
	}
	return dropped
}

// Unanswered returns the positions of questions asked given the answers
// but not answered, in question order.
func (a *Answers) Unanswered() []int {
	out := []int{}
	for q := range bank {
		if a.Asked(q) && !a.Answered(q) {
			out = append(out, q)
		}
	}
	return out
}
