package screening

import (
	"fmt"
	"strings"
)

// Answers holds what a person answered, by question position. Every answer
// is a set of option positions: one for yes/no, yes/no/unsure and choice
// questions, one or more for multi. The zero value has nothing answered.
// Answers is a small value type: copying it copies the answers.
type Answers struct {
	set uint32
	v   [NumQuestions]uint16
}

// Mask returns the option set for the given values of question q.
func Mask(q int, values ...string) (uint16, error) {
	var m uint16
	for _, v := range values {
		i, ok := OptionIndex(q, v)
		if !ok {
			return 0, fmt.Errorf("%q is not an answer to %s (allowed: %s)", v, bank[q].ID, strings.Join(bank[q].Options, ", "))
		}
		m |= 1 << i
	}
	return m, nil
}

// Answered reports whether question q has an answer.
func (a *Answers) Answered(q int) bool { return a.set&(1<<q) != 0 }

// Get returns the option set of question q and whether it is answered.
func (a *Answers) Get(q int) (uint16, bool) { return a.v[q], a.Answered(q) }

// Is reports whether question q is answered with an option in mask.
func (a *Answers) Is(q int, mask uint16) bool { return a.Answered(q) && a.v[q]&mask != 0 }

// Values returns the answer to question q as option IDs in option order,
// or nil when it is unanswered.
func (a *Answers) Values(q int) []string {
	if !a.Answered(q) {
		return nil
	}
	return MaskValues(q, a.v[q])
}

// MaskValues returns the option IDs of question q in mask, in option order.
func MaskValues(q int, mask uint16) []string {
	out := []string{}
	for i, o := range bank[q].Options {
		if mask&(1<<i) != 0 {
			out = append(out, o)
		}
	}
	return out
}

// Set records the option set mask as the answer to question q. It does not
// check the answer: use Check or the parser for that.
func (a *Answers) Set(q int, mask uint16) {
	a.set |= 1 << q
	a.v[q] = mask
}

// SetValues records the answer to question q given as option IDs.
func (a *Answers) SetValues(q int, values ...string) error {
	m, err := Mask(q, values...)
	if err != nil {
		return err
	}
	if err := checkMask(q, m, len(values)); err != nil {
		return err
	}
	a.Set(q, m)
	return nil
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
	var dropped uint32
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

// checkMask checks an option set for question q; n is how many values were
// given (to find repeats).
func checkMask(q int, m uint16, n int) error {
	qq := &bank[q]
	if n == 0 {
		return fmt.Errorf("%s needs at least one option", qq.ID)
	}
	count := 0
	for x := m; x != 0; x &= x - 1 {
		count++
	}
	if count != n {
		return fmt.Errorf("%s names an option twice", qq.ID)
	}
	if qq.Kind != Multi && n != 1 {
		return fmt.Errorf("%s takes one answer", qq.ID)
	}
	if n > 1 {
		for _, e := range qq.Exclusive {
			i, _ := OptionIndex(q, e)
			if m&(1<<i) != 0 {
				return fmt.Errorf("%q cannot stand beside another option on %s", e, qq.ID)
			}
		}
	}
	return nil
}
