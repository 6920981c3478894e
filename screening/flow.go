package screening

import "slices"

// Flow walks through the question bank: which question is asked now, going
// on, going back, leaving a question unanswered, the review, and changing
// an answer from the review. Every front end (plain prompts, TUI,
// counsellor mode) runs on a Flow, so they ask the same questions in the
// same order under the same conditions.
type Flow struct {
	answers Answers
	// cur is the position of the question asked now, or -1 at the review.
	cur int
	// seen holds the questions that were put to the person (answered or
	// left unanswered).
	seen questionSet
	// editing is true while a question re-asked from the review is open:
	// after it, the questions it reveals are asked, then the review again.
	editing bool
}

// Step tells a front end what an answer changed.
type Step struct {
	// Crisis is true when the answer raises the crisis alert (crisis =
	// yes or unsure, see Question.Raises): show the help contacts at once.
	Crisis bool
	// Dropped holds the questions whose answers were dropped because the
	// answer hides them.
	Dropped []int
}

// NewFlow starts a screening at the first question.
func NewFlow() *Flow { return &Flow{cur: 0} }

// Answers returns a copy of the answers so far: changing it changes
// nothing in the Flow.
func (f *Flow) Answers() *Answers {
	a := f.answers
	return &a
}

// Current returns the position of the question asked now; ok is false at
// the review, when every question asked has been put to the person.
func (f *Flow) Current() (q int, ok bool) { return f.cur, f.cur >= 0 }

// AtReview reports whether every asked question has been put.
func (f *Flow) AtReview() bool { return f.cur < 0 }

// Editing reports whether the question asked now was re-opened from the
// review.
func (f *Flow) Editing() bool { return f.editing }

// Answer records s as the answer to the current question and moves on.
func (f *Flow) Answer(s OptionSet) Step {
	q := f.cur
	if q < 0 {
		return Step{}
	}
	f.answers.Set(q, s)
	step := Step{Crisis: bank[q].Raises(s)}
	step.Dropped = f.prune()
	f.seen |= 1 << q
	f.advance(q)
	return step
}

// AnswerValues is Answer with option IDs.
func (f *Flow) AnswerValues(values ...string) (Step, error) {
	q := f.cur
	if q < 0 {
		return Step{}, nil
	}
	s, err := bank[q].Answer(values...)
	if err != nil {
		return Step{}, err
	}
	return f.Answer(s), nil
}

// DontKnow records a counsellor's "doesn't know" on the current question:
// its Unsure option, or, on a question without one (adult), no answer, as
// Skip does. It returns the step and the option noted, "" when the
// question was left unanswered.
func (f *Flow) DontKnow() (step Step, noted string) {
	q := f.cur
	if q < 0 {
		return Step{}, ""
	}
	if i, ok := bank[q].Option(bank[q].Unsure); ok && bank[q].Unsure != "" {
		return f.Answer(Only(i)), bank[q].Unsure
	}
	return f.Skip(), ""
}

// Skip leaves the current question unanswered ("prefer not to say") and
// moves on. An earlier answer to it is removed.
func (f *Flow) Skip() Step {
	q := f.cur
	if q < 0 {
		return Step{}
	}
	f.answers.Clear(q)
	step := Step{Dropped: f.prune()}
	f.seen |= 1 << q
	f.advance(q)
	return step
}

// Keep moves on from the current question, keeping its earlier answer
// (the plain prompts' end of input while a re-asked question is open).
func (f *Flow) Keep() {
	if f.cur >= 0 {
		f.seen |= 1 << f.cur
		f.advance(f.cur)
	}
}

// Back goes to the previous asked question (from the review: the last
// one). It reports false when there is none.
func (f *Flow) Back() bool {
	from := f.cur
	if from < 0 {
		from = NumQuestions
	}
	for q := from - 1; q >= 0; q-- {
		if f.answers.Asked(q) {
			f.cur = q
			f.editing = false
			return true
		}
	}
	return false
}

// Edit re-opens question q from the review; it keeps its earlier answer
// until a new one is given. It reports false when q is not asked.
func (f *Flow) Edit(q int) bool {
	if q < 0 || q >= NumQuestions || !f.answers.Asked(q) {
		return false
	}
	f.cur = q
	f.editing = true
	return true
}

// Seen reports whether question q was put to the person.
func (f *Flow) Seen(q int) bool { return f.seen&(1<<q) != 0 }

// prune drops answers to hidden questions and forgets they were seen.
func (f *Flow) prune() []int {
	dropped := f.answers.Prune()
	var out []int
	for q := 0; q < NumQuestions; q++ {
		if !f.answers.Asked(q) {
			f.seen &^= 1 << q
		}
		if dropped&(1<<q) != 0 {
			out = append(out, q)
		}
	}
	return out
}

// advance moves on from question q: in order to the next asked question,
// or, when editing from the review, to the first asked question not yet
// put, and to the review when there is none.
func (f *Flow) advance(q int) {
	if f.editing {
		for n := 0; n < NumQuestions; n++ {
			if f.answers.Asked(n) && !f.Seen(n) {
				f.cur = n
				return
			}
		}
		f.cur = -1
		f.editing = false
		return
	}
	for n := q + 1; n < NumQuestions; n++ {
		if f.answers.Asked(n) {
			f.cur = n
			return
		}
	}
	f.cur = -1
}

// Asked returns the positions of the questions asked given the answers,
// in order.
func (f *Flow) Asked() []int {
	var out []int
	for q := 0; q < NumQuestions; q++ {
		if f.answers.Asked(q) {
			out = append(out, q)
		}
	}
	return out
}

// Place tells where question q stands, the same on every path through
// the questions, as the TUI and the plain prompts show it ("section k of
// 6" and a bar): section is its section's number among all of Sections
// (a section with nothing to ask counts as passed), of sections, and done
// the share of the question bank before it, from 0 to 1. None of them
// falls on the way forward, and the total never changes.
func Place(q int) (section, sections int, done float64) {
	return slices.Index(Sections, bank[q].Section) + 1, len(Sections), float64(q) / float64(NumQuestions)
}
