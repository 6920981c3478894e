package plain

import (
	"strconv"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// marker ends every prompt; the answer is typed after it.
const marker = "> "

// prompt prints question q: where it stands, the question, its help line,
// the earlier answer if there is one, the numbered options and the keys.
func (s *session) prompt(q int) {
	qq := screening.QuestionAt(q)
	s.w.println("")
	// The TUI's words and rule (screening.Place): "section k of 6", or
	// that an answer is being changed.
	sec, secs, _ := screening.Place(q)
	where := s.cat.F("tui.progress", "section", strconv.Itoa(sec), "sections", strconv.Itoa(secs))
	if s.flow.Editing() {
		where = s.cat.T("tui.editing")
	}
	s.w.println(vocab.Section(s.cat, qq.Section) + " – " + where)
	if s.cfg.Counsellor {
		// The counsellor reads the question aloud and sees the note.
		s.w.println(s.cat.F("plain.read", "text", vocab.Read(s.cat, q)))
		s.w.println(s.cat.F("plain.note", "text", vocab.Note(s.cat, q)))
	} else {
		s.w.println(vocab.Prompt(s.cat, q))
		s.w.println(vocab.HelpText(s.cat, q))
	}
	for k, label := range vocab.AllOptions(s.cat, q) {
		s.w.println(item(k+1, len(qq.Options)) + label)
	}
	if a := s.flow.Answers(); a.Answered(q) {
		s.w.println(s.cat.F(s.pick("plain.current", "plain.current.counsellor"), "answer", s.answer(q)))
	}
	s.w.println(s.keys(q))
	s.marker()
}

// item starts line n of a numbered list of count lines, the numbers
// right-aligned: "   9. ", "  10. ".
func item(n, count int) string {
	w := len(strconv.Itoa(count))
	num := strconv.Itoa(n)
	return "  " + strings.Repeat(" ", w-len(num)) + num + ". "
}

// marker prints the input marker.
func (s *session) marker() { s.w.print(marker) }

// keys is the short reminder of what a line may hold; a counsellor's
// also names the input for "doesn't know". A single answer out of two
// reads "1 or 2", not "a number from 1 to 2".
func (s *session) keys(q int) string {
	qq := screening.QuestionAt(q)
	n := strconv.Itoa(len(qq.Options))
	two := qq.Kind != screening.Multi && len(qq.Options) == 2
	switch {
	case s.cfg.Counsellor && qq.Kind == screening.Multi:
		return s.cat.F("plain.keys.multi.counsellor", "n", n, "dont_know", DontKnow)
	case s.cfg.Counsellor && qq.Unsure == "" && two:
		return s.cat.F("plain.keys.single_two.counsellor_skip", "dont_know", DontKnow)
	case s.cfg.Counsellor && qq.Unsure == "":
		return s.cat.F("plain.keys.single.counsellor_skip", "n", n, "dont_know", DontKnow)
	case s.cfg.Counsellor:
		return s.cat.F("plain.keys.single.counsellor", "n", n, "dont_know", DontKnow)
	case qq.Kind == screening.Multi:
		return s.cat.F("plain.keys.multi", "n", n)
	}
	return s.singleKeys(len(qq.Options))
}

// singleKeys is the person's reminder for a single answer out of n.
func (s *session) singleKeys(n int) string {
	if n == 2 {
		return s.cat.T("plain.keys.single_two")
	}
	return s.cat.F("plain.keys.single", "n", strconv.Itoa(n))
}

// pick returns the counsellor's catalog key in counsellor mode, else the
// person's: the texts around the questions speak to whoever types.
func (s *session) pick(person, counsellor string) string {
	if s.cfg.Counsellor {
		return counsellor
	}
	return person
}

// allowed says what a line at question q may hold, for scripts.
func (s *session) allowed(q int) string {
	qq := screening.QuestionAt(q)
	n := strconv.Itoa(len(qq.Options))
	ids := strings.Join(qq.Options, ", ")
	if qq.Kind == screening.Multi {
		return s.cat.F(s.pick("plain.err.allowed_multi", "plain.err.allowed_multi.counsellor"), "n", n, "ids", ids, "dont_know", DontKnow)
	}
	key := allowedKey(len(qq.Options))
	return s.cat.F(s.pick(key, key+".counsellor"), "n", n, "ids", ids, "dont_know", DontKnow)
}

// allowedKey is the catalog key (the person's; the counsellor's adds
// ".counsellor") saying what a single answer out of n may be: out of two,
// "1 or 2" rather than "a number from 1 to 2".
func allowedKey(n int) string {
	if n == 2 {
		return "plain.err.allowed_two"
	}
	return "plain.err.allowed"
}

// problem words why a line fits nothing.
func (s *session) problem(q int, err error) string {
	pe, ok := err.(*ParseError)
	if !ok {
		return err.Error()
	}
	switch pe.Problem {
	case Empty:
		return s.cat.T("plain.hint.empty")
	case Several:
		return s.cat.T("plain.hint.several")
	case Exclusive:
		return s.cat.F("plain.hint.exclusive", "option", s.quote(vocab.Option(s.cat, q, pe.Option)))
	}
	// What was typed is quoted as every message quotes input: escaped, cut.
	return s.cat.F("plain.hint.unknown", "part", screening.Quote(pe.Part))
}

// help prints the help text of question q and how to answer it; for a
// counsellor, first the question as the person would read it.
func (s *session) help(q int) {
	qq := screening.QuestionAt(q)
	if s.cfg.Counsellor {
		s.w.println(s.cat.F("plain.written", "text", vocab.Prompt(s.cat, q)))
	}
	s.w.println(vocab.HelpText(s.cat, q))
	first := qq.Options[0]
	if qq.Kind == screening.Multi {
		var alone []string
		for _, e := range qq.Exclusive {
			alone = append(alone, s.quote(vocab.Option(s.cat, q, e)))
		}
		s.w.println(s.cat.F("plain.help.multi",
			"example", "1, 3", "label", s.quote(vocab.Option(s.cat, q, first)),
			"id", first, "alone", s.cat.List(alone)))
	} else {
		s.w.println(s.cat.F("plain.help.single",
			"label", s.quote(vocab.Option(s.cat, q, first)), "id", first))
	}
	if s.cfg.Counsellor {
		s.w.println(s.cat.F("plain.help.keys.counsellor", "dont_know", DontKnow))
		return
	}
	s.w.println(s.cat.T("plain.help.keys"))
}

// listAnswers prints the review: the asked questions numbered, with their
// answers, unsure and unanswered marked.
func (s *session) listAnswers(asked []int) {
	s.w.println("")
	s.w.println(s.cat.T(s.pick("plain.review.title", "plain.review.title.counsellor")))
	a := s.flow.Answers()
	for i, q := range asked {
		line := item(i+1, len(asked)) + vocab.Label(s.cat, q) + ": "
		m, ok := a.Get(q)
		switch {
		case !ok:
			line += s.cat.T("plain.review.unanswered")
		case vocab.IsUnsure(q, m):
			line += reviewUnsure(s.cat, s.answer(q))
		default:
			line += s.answer(q)
		}
		s.w.println(line)
	}
	s.w.println(s.cat.F("plain.review.how", "n", strconv.Itoa(len(asked))))
	s.marker()
}

// reviewUnsure is an unsure answer in the review: the answer and the
// marker ("[not sure]"), or the answer alone when it already says so in
// its own words ("Ved ikke", "Jeg ved ikke, hvilke af disse jeg tager"),
// as the text report does.
func reviewUnsure(cat *i18n.Catalog, answer string) string {
	if strings.Contains(strings.ToLower(answer), strings.ToLower(cat.T("report.unsure"))) {
		return answer
	}
	return answer + " " + cat.T("plain.review.unsure")
}

// answer is the answer to q in words: its labels as a list.
func (s *session) answer(q int) string {
	m, _ := s.flow.Answers().Get(q)
	return vocab.Answer(s.cat, q, m)
}

// quote puts the language's quotation marks around s.
func (s *session) quote(text string) string {
	return s.cat.F("plain.quote", "text", strings.TrimSpace(text))
}
