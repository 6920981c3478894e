package tui

import (
	"errors"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// Building a form is kept apart from running it: the functions here make
// a form in its starting state (options, labels, where the cursor is) and
// touch nothing else; the root model runs it by passing on the keys that
// move the cursor or tick, and reads the value itself on Enter.

// formKind says what a completed form means to the root model.
type formKind int

const (
	formQuestion formKind = iota
	formCrisis
	formReview
	formSaveFormat
	formSaveReplace
)

// Values of the crisis form.
const (
	crisisGoOn = iota
	crisisEnd
)

// Values of the save-format form.
const (
	saveText = iota
	saveMarkdown
	saveAnswers // the answers file (screening's MarshalFile), not a report
	saveCancel
)

// Values of the replace form.
const (
	replaceNo = iota
	replaceYes
)

// reviewShow is the review form's value for "show my result"; every other
// value is a question position.
const reviewShow = -1

// Widths huh's fields take from a line: the border and padding on the
// left, the cursor, the tick box of a MultiSelect.
const (
	fieldFrame  = 2
	cursorWidth = 2
	tickWidth   = 4
)

// built is a form with the pointers its value is read from.
type built struct {
	kind  formKind
	form  *huh.Form
	one   *int                  // the value of a Select
	many  *[]int                // the value of a MultiSelect
	multi *huh.MultiSelect[int] // for the option under the cursor
	check func([]int) error     // what a MultiSelect's ticks must pass
	// down is how many times the cursor must move down from the first
	// option to start where it should (a MultiSelect has no other way to
	// place its cursor without ticking).
	down int
	// options is the number of options of a MultiSelect.
	options int
	// natural is the height a question form takes with room for all it
	// shows; head the lines of its title and the text under it; tallest
	// the lines of its tallest option, the least room the answers need
	// for the one under the cursor to be drawn whole.
	natural, head, tallest int
}

// newForm puts one field in a form with the TUI's theme and keymap, the
// field drawn once for each state (drawOnce). Every form of the TUI is
// made here.
func newForm(f huh.Field, theme huh.Theme, width, height int) *huh.Form {
	keys := huhKeyMap()
	form := huh.NewForm(huh.NewGroup(drawOnce(f, width, keys))).
		WithTheme(theme).
		WithKeyMap(keys).
		WithShowHelp(false).
		WithShowErrors(false).
		WithWidth(width)
	if height > 0 {
		form.WithHeight(height)
	}
	form.SubmitCmd = nil
	form.CancelCmd = nil
	return form
}

// selectForm builds a Select over options labelled labels (wrapped by the
// caller, see wrapOptions), with values given by values (positions when
// nil), the cursor on start.
func selectForm(kind formKind, title, desc string, labels []string, values []int, start int, theme huh.Theme, width, height int) *built {
	v := start
	opts := make([]huh.Option[int], len(labels))
	for i, l := range labels {
		val := i
		if values != nil {
			val = values[i]
		}
		opts[i] = huh.NewOption(l, val)
	}
	// The theme first: a field without one builds huh's default theme
	// each time it measures itself.
	s := huh.NewSelect[int]().WithTheme(theme).(*huh.Select[int]).Title(wrapText(title, width-fieldFrame)).Options(opts...).Value(&v)
	if desc != "" {
		s.Description(wrapText(desc, width-fieldFrame) + "\n")
	}
	return &built{kind: kind, form: newForm(s, theme, width, height), one: &v}
}

// wrapOptions wraps option labels to the width a Select leaves them.
func wrapOptions(labels []string, width int) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = wrapHanging(l, width-fieldFrame-cursorWidth, 0)
	}
	return out
}

// questionText says how a question's form is worded.
type questionText int

const (
	// textPerson: the question and why it is asked.
	textPerson questionText = iota
	// textCounsellor: the wording to read aloud, and under it, secondary,
	// the question as the person would read it.
	textCounsellor
	// textCounsellorBrief: the wording to read aloud only, for a screen
	// too short for all of it.
	textCounsellorBrief
)

// questionTexts returns what a question shows as t says: its main text and
// the text under it. The written question is left out where it says the
// same as the wording to read aloud. The counsellor's note is not part of
// the form (see noteView): it stands apart, marked as not to be read aloud.
func questionTexts(cat *i18n.Catalog, q int, t questionText) (main, aside string) {
	read, prompt := vocab.Read(cat, q), vocab.Prompt(cat, q)
	switch {
	case t == textCounsellor && read != prompt:
		return cat.F("tui.counsellor.read", "text", read), cat.F("tui.counsellor.written", "text", prompt)
	case t == textCounsellor || t == textCounsellorBrief:
		return cat.F("tui.counsellor.read", "text", read), ""
	}
	return prompt, vocab.HelpText(cat, q)
}

// pick returns the counsellor's catalog key in counsellor mode, else the
// person's: the screens around the questions speak to whoever sits at
// the keyboard.
func pick(counsellor bool, person, counsellorKey string) string {
	if counsellor {
		return counsellorKey
	}
	return person
}

// optionLabels returns the labels of question q's options in order.
func optionLabels(cat *i18n.Catalog, q int) []string { return vocab.AllOptions(cat, q) }

// questionShape is a question form measured before it is built, so that
// a screen can try its folds (fit.go) without building a huh form for
// each: the texts and labels wrapped to the width, and the heights the
// form will take (see built).
type questionShape struct {
	q           int
	title, desc string   // wrapped
	labels      []string // wrapped, for a Select or a MultiSelect
	// natural, head and tallest are as in built.
	natural, head, tallest int
}

// shapeQuestion measures the form for question q with the title and the
// text under it that the screen chose (see questionTexts; either may be
// "" or cut to the room there is); its form method builds it.
func shapeQuestion(cat *i18n.Catalog, q int, title, desc string, width int) questionShape {
	qq := screening.QuestionAt(q)
	labels := optionLabels(cat, q)
	sh := questionShape{q: q, title: wrapText(title, width-fieldFrame), desc: wrapText(desc, width-fieldFrame)}
	if sh.title != "" {
		sh.head += lipgloss.Height(sh.title)
	}
	if qq.Kind != screening.Multi {
		sh.labels = wrapOptions(labels, width)
		if sh.desc != "" {
			sh.head += lipgloss.Height(sh.desc) + 1
		}
	} else {
		sh.labels = make([]string, len(labels))
		for i, l := range labels {
			sh.labels[i] = wrapHanging(l, width-fieldFrame-cursorWidth-tickWidth, 0)
		}
		if sh.desc != "" {
			sh.head += lipgloss.Height(sh.desc)
		}
	}
	sh.natural = sh.head
	for _, l := range sh.labels {
		h := strings.Count(l, "\n") + 1
		sh.natural += h
		sh.tallest = max(sh.tallest, h)
	}
	return sh
}

// form builds the measured form. The cursor starts on the earlier answer
// when there is one, else on the most cautious option, so that Enter
// alone never hides a risk. A height of 0 gives the form all the room it
// needs; a smaller one makes the answers scroll.
func (sh questionShape) form(cat *i18n.Catalog, prev screening.OptionSet, answered bool, theme huh.Theme, width, height int) *built {
	q := sh.q
	qq := screening.QuestionAt(q)
	cautious, _ := qq.Option(qq.Cautious)
	if qq.Kind != screening.Multi {
		start := cautious
		if answered {
			for i := range qq.Options {
				if prev.Has(i) {
					start = i
					break
				}
			}
		}
		b := selectForm(formQuestion, sh.title, sh.desc, sh.labels, nil, start, theme, width, height)
		b.head, b.natural, b.tallest = sh.head, sh.natural, sh.tallest
		return b
	}
	var vals []int
	if answered {
		for i := range qq.Options {
			if prev.Has(i) {
				vals = append(vals, i)
			}
		}
	}
	opts := make([]huh.Option[int], len(sh.labels))
	for i, l := range sh.labels {
		opts[i] = huh.NewOption(l, i)
	}
	// A MultiSelect without a height shows too few options (it takes the
	// title and description off the options' own height), so it is given
	// the height of all it shows, or of the room there is.
	full := sh.natural
	if height > 0 {
		full = min(full, height)
	}
	check := exclusiveCheck(cat, q)
	ms := huh.NewMultiSelect[int]().WithTheme(theme).(*huh.MultiSelect[int]).Title(sh.title).Description(sh.desc).Height(full).
		Filterable(false).Value(&vals).Options(opts...).Validate(check)
	b := &built{kind: formQuestion, form: newForm(ms, theme, width, height), many: &vals, multi: ms, check: check,
		natural: sh.natural, head: sh.head, tallest: sh.tallest, options: len(opts)}
	if !answered {
		b.down = cautious
	}
	return b
}

// exclusiveCheck refuses a tick beside an option that must stand alone
// ("none of these", "I don't know which").
func exclusiveCheck(cat *i18n.Catalog, q int) func([]int) error {
	qq := screening.QuestionAt(q)
	return func(v []int) error {
		var s screening.OptionSet
		for _, x := range v {
			s = s.With(x)
		}
		if e, bad := qq.NotAlone(s); bad {
			return errors.New(cat.F("tui.multi.exclusive", "option", vocab.Option(cat, q, e)))
		}
		return nil
	}
}

// crisisForm asks whether to go on after the help contacts; the cursor
// starts (start) on stopping to show the help, so Enter alone ends at the
// help and going on is a choice made on purpose.
func crisisForm(cat *i18n.Catalog, counsellor bool, theme huh.Theme, width, start int) *built {
	return selectForm(formCrisis, cat.T(pick(counsellor, "tui.crisis.prompt", "tui.counsellor.crisis.prompt")), "",
		wrapOptions([]string{
			cat.T(pick(counsellor, "tui.crisis.go_on", "tui.counsellor.crisis.go_on")),
			cat.T(pick(counsellor, "tui.crisis.end", "tui.counsellor.crisis.end")),
		}, width), nil, start, theme, width, 0)
}

// reviewForm lists every asked question with its answer; choosing one
// re-opens it, the first entry shows the result (the cursor starts
// there). A brief form leaves the intro out.
func reviewForm(cat *i18n.Catalog, counsellor bool, a *screening.Answers, brief bool, theme huh.Theme, width, height, start int) *built {
	// A blank line sets "show my result" apart from the answers.
	labels := wrapOptions([]string{cat.T(pick(counsellor, "tui.review.show", "tui.counsellor.review.show"))}, width)
	labels[0] += "\n"
	values := []int{reviewShow}
	col := 0
	for q := range screening.NumQuestions {
		if a.Asked(q) {
			col = max(col, lipgloss.Width(vocab.Label(cat, q)))
		}
	}
	// The answer column starts after the longest label, unless that leaves
	// too little room; then answers go under their label.
	inner := width - fieldFrame - cursorWidth
	col += 2
	stacked := inner-col < 24
	for q := range screening.NumQuestions {
		if !a.Asked(q) {
			continue
		}
		label := vocab.Label(cat, q)
		mark, answer := answerText(cat, a, q)
		var line string
		if stacked {
			line = label + "\n  " + mark + " " + wrapColumn(answer, inner-4, 4)
		} else {
			pad := strings.Repeat(" ", col-lipgloss.Width(label))
			line = label + pad + mark + " " + wrapColumn(answer, inner-col-2, col+2)
		}
		labels = append(labels, line)
		values = append(values, q)
	}
	desc := cat.F(pick(counsellor, "tui.review.intro", "tui.counsellor.review.intro"), "unsure", markUnsure, "unanswered", markUnanswered)
	if brief {
		desc = ""
	}
	title := cat.T(pick(counsellor, "tui.review.title", "tui.counsellor.review.title"))
	b := selectForm(formReview, title, desc, labels, values, start, theme, width, height)
	b.head = lipgloss.Height(wrapText(title, width-fieldFrame))
	if desc != "" {
		b.head += lipgloss.Height(wrapText(desc, width-fieldFrame)) + 1
	}
	b.natural = b.head
	for _, l := range labels {
		b.natural += lipgloss.Height(l)
		b.tallest = max(b.tallest, lipgloss.Height(l))
	}
	return b
}

// answerText returns the mark and the words of the answer to question q:
// "?" for a not-sure answer, "–" for one not given.
func answerText(cat *i18n.Catalog, a *screening.Answers, q int) (mark, text string) {
	m, ok := a.Get(q)
	if !ok {
		return markUnanswered, cat.T("report.unanswered")
	}
	text = vocab.Answer(cat, q, m)
	return unsureMark(cat, vocab.IsUnsure(q, m), text), text
}

// unsureMark is the mark beside an answer: "?" for a not-sure answer,
// unless its words already say so ("Ved ikke", "Jeg ved ikke, hvilke af
// disse jeg tager"), as the text report leaves its marker out there.
func unsureMark(cat *i18n.Catalog, unsure bool, text string) string {
	if unsure && !strings.Contains(strings.ToLower(text), strings.ToLower(cat.T("report.unsure"))) {
		return markUnsure
	}
	return " "
}

// saveFormatForm asks which format to save in.
func saveFormatForm(cat *i18n.Catalog, theme huh.Theme, width, start int) *built {
	return selectForm(formSaveFormat, cat.T("tui.save.format"), "",
		wrapOptions([]string{cat.T("tui.save.format.text"), cat.T("tui.save.format.markdown"),
			cat.T("tui.save.format.answers"), cat.T("tui.save.format.cancel")}, width),
		nil, start, theme, width, 0)
}

// replaceForm asks whether to replace an existing file; the cursor starts
// on "no".
func replaceForm(cat *i18n.Catalog, path string, theme huh.Theme, width, start int) *built {
	return selectForm(formSaveReplace, cat.F("tui.save.exists", "path", path), "",
		wrapOptions([]string{cat.T("tui.save.keep"), cat.T("tui.save.replace")}, width), nil, start, theme, width, 0)
}
