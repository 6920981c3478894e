package screening

import (
	"fmt"
	"math/bits"
	"strings"
)

// OptionSet is a set of the options of one question, by their position in
// Question.Options: bit i holds option i. Every answer is an OptionSet.
type OptionSet uint16

// Only returns the set that holds option i alone.
func Only(i int) OptionSet { return 1 << i }

// Has reports whether the set holds option i.
func (s OptionSet) Has(i int) bool { return s&(1<<i) != 0 }

// With returns the set with option i added.
func (s OptionSet) With(i int) OptionSet { return s | 1<<i }

// Count returns how many options the set holds.
func (s OptionSet) Count() int { return bits.OnesCount16(uint16(s)) }

// Meets reports whether the sets share an option.
func (s OptionSet) Meets(t OptionSet) bool { return s&t != 0 }

// Values returns the option IDs of question q in the set, in option order.
func (s OptionSet) Values(q int) []string {
	out := []string{}
	for i, o := range bank[q].Options {
		if s.Has(i) {
			out = append(out, o)
		}
	}
	return out
}

// Option returns the position of value among the question's options.
func (q *Question) Option(value string) (int, bool) {
	for i, o := range q.Options {
		if o == value {
			return i, true
		}
	}
	return 0, false
}

// Set returns the option set for the given values of the question; it
// fails on a value that is not one of its options.
func (q *Question) Set(values ...string) (OptionSet, error) {
	var s OptionSet
	for _, v := range values {
		i, ok := q.Option(v)
		if !ok {
			return 0, fmt.Errorf("%q is not an answer to %s (allowed: %s)", v, q.ID, strings.Join(q.Options, ", "))
		}
		s = s.With(i)
	}
	return s, nil
}

// Answer returns the option set for values given as an answer to the
// question, checked as the contract says: at least one option, none
// twice, one only on a question that takes one answer, and an Exclusive
// option only alone.
func (q *Question) Answer(values ...string) (OptionSet, error) {
	s, err := q.Set(values...)
	switch {
	case err != nil:
		return 0, err
	case len(values) == 0:
		return 0, fmt.Errorf("%s needs at least one option", q.ID)
	case s.Count() != len(values):
		return 0, fmt.Errorf("%s names an option twice", q.ID)
	case q.Kind != Multi && len(values) != 1:
		return 0, fmt.Errorf("%s takes one answer", q.ID)
	}
	if e, bad := q.NotAlone(s); bad {
		return 0, fmt.Errorf("%q cannot stand beside another option on %s", e, q.ID)
	}
	return s, nil
}

// NotAlone returns the first Exclusive option ("none", "unsure") that s
// holds beside another option; ok is false when s is a fine answer in
// this respect. It is the one place where "none and unsure stand alone"
// is decided.
func (q *Question) NotAlone(s OptionSet) (option string, ok bool) {
	if s.Count() < 2 {
		return "", false
	}
	for _, e := range q.Exclusive {
		if i, found := q.Option(e); found && s.Has(i) {
			return e, true
		}
	}
	return "", false
}

// Raises reports whether the answer s to the question raises the crisis
// alert: the help contacts are shown at once.
func (q *Question) Raises(s OptionSet) bool { return s.Meets(alerts[q.pos]) }

// Pos returns the question's position in the bank.
func (q *Question) Pos() int { return q.pos }

// questionSet is a set of question positions, as Answers and Flow keep
// them; init checks that it is wide enough for the bank.
type questionSet = uint32

// checkWidths panics when a set type is too narrow for the bank qs: a
// question beyond the width of questionSet would never count as
// answered, an option beyond OptionSet could never be chosen.
func checkWidths(qs []Question) {
	if w := bits.OnesCount64(uint64(^questionSet(0))); len(qs) > w {
		panic(fmt.Sprintf("screening: %d questions do not fit a set of %d", len(qs), w))
	}
	w := bits.OnesCount64(uint64(^OptionSet(0)))
	for _, q := range qs {
		if len(q.Options) > w {
			panic(fmt.Sprintf("screening: the %d options of %s do not fit a set of %d", len(q.Options), q.ID, w))
		}
	}
}
