package plain

import (
	"strconv"
	"strings"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
	"mdma-screen/internal/layout"
	"mdma-screen/internal/vocab"
	"mdma-screen/screening"
)

// NextID names the choice after a crisis answer in messages for scripts,
// as a question's ID does.
const NextID = "crisis_next"

// The answers to the choice after a crisis answer, in option order: go on
// with the questions, or stop with the help and the disclaimer.
const (
	GoOn = "go_on"
	Stop = "stop"
)

// nextOptions are the choice's option IDs, numbered from 1.
var nextOptions = []string{GoOn, Stop}

// crisisAt is the crisis question the open choice follows.
type crisisAt struct {
	q int
	// editing is true when the question was re-opened from the review.
	editing bool
}

// ParseNext reads one line typed at the choice after a crisis answer: a
// number (1 GoOn, 2 Stop), an option ID or a label of cat,
// case-insensitive. "<" and "?" are Back and Help; "-" (no choice made)
// goes on, as GoOn does. An Answer's Options hold the option chosen:
// Only(0) for GoOn, Only(1) for Stop. ParseNext is pure and never panics;
// a line that fits nothing gives a *ParseError.
func ParseNext(cat *i18n.Catalog, line string) (Input, error) {
	s := trim(line)
	if in, ok, err := control(s, Input{Action: Answer, Options: screening.Only(0)}); ok {
		return in, err
	}
	labels := make([]string, len(nextOptions))
	if cat != nil {
		for i, o := range nextOptions {
			labels[i] = cat.T("opt.crisis_next." + o)
		}
	}
	if i, ok := matcherOf(nextOptions, labels).one(s); ok {
		return Input{Action: Answer, Options: screening.Only(i)}, nil
	}
	return Input{}, &ParseError{Problem: Unknown, Part: s}
}

// crisis prints where to get help now, and opens the choice whether to go
// on: q is the crisis question, editing whether it was re-opened from the
// review.
func (s *session) crisis(q int, editing bool) {
	s.w.println("")
	s.w.println(s.cat.T(s.pick("plain.crisis.title", "plain.crisis.title.counsellor")))
	for _, h := range vocab.HelpFirstEntries(s.cat, s.flow.Answers()) {
		s.w.println("  " + s.cat.F("plain.crisis.entry", "name", h.Name, "contact", h.Contact, "when", h.When))
	}
	s.w.println(s.cat.T("help.fault"))
	if s.cfg.Counsellor {
		s.w.println(s.cat.T("plain.crisis.go_on.counsellor"))
	}
	s.next = &crisisAt{q: q, editing: editing}
}

// choose asks what to do after the help contacts and acts on the line
// typed; done is true when the screening ended (stopped here, or the
// report printed at the end of input after the review).
func (s *session) choose() (done bool, err error) {
	if s.again {
		s.marker()
	} else {
		s.promptNext()
	}
	s.again = false
	line, ok, err := s.read(func(line string) bool {
		_, perr := ParseNext(s.cat, line)
		return perr == nil
	})
	if err != nil {
		return true, err
	}
	if !ok {
		if s.reviewed {
			// The crisis answer stands; the report holds the help first.
			s.next = nil
			return true, s.report()
		}
		s.w.println("")
		s.w.println(s.cat.T("plain.aborted"))
		return true, exit.Silent(exit.Aborted)
	}
	in, perr := ParseNext(s.cat, line)
	if perr != nil {
		problem := s.problem(-1, perr)
		n := strconv.Itoa(len(nextOptions))
		allowed := s.cat.F("plain.err.allowed.crisis_next", "n", n, "ids", strings.Join(nextOptions, ", "))
		err := s.misfit(NextID, problem+" "+s.cat.T("plain.keys.crisis_next"), problem+" "+allowed)
		return err != nil, err
	}
	switch in.Action {
	case Back:
		at := s.next
		s.next = nil
		if at.editing {
			s.flow.Edit(at.q)
		} else {
			s.flow.Back()
		}
	case Help:
		s.w.println(s.cat.F("plain.help.single",
			"label", s.quote(s.cat.T("opt.crisis_next."+GoOn)), "id", GoOn))
		s.again = true
	case Answer:
		s.next = nil
		if in.Options == screening.Only(1) {
			return true, s.stop()
		}
	}
	return false, nil
}

// promptNext prints the choice after the help contacts: the question, the
// numbered options and the keys.
func (s *session) promptNext() {
	s.w.println("")
	s.w.println(s.cat.T("plain.crisis.next.prompt"))
	for k, o := range nextOptions {
		s.w.println(item(k+1, len(nextOptions)) + s.cat.T("opt.crisis_next."+o))
	}
	// No "- to skip" here: after a crisis answer, skipping is the wrong
	// word ("-" still goes on, for scripts).
	s.w.println(s.cat.T("plain.keys.crisis_next"))
	s.marker()
}

// stop ends the screening at the choice: the help contacts and the
// disclaimer on Out, and nothing else; with Output, nothing is saved, as
// there is no report (the help is safety information, shown as always).
func (s *session) stop() error {
	d := &layout.TextDoc{}
	d.Heading(s.cat.T("report.help"), '=')
	for _, h := range vocab.HelpFirstEntries(s.cat, s.flow.Answers()) {
		d.Entry(h.Name, h.Contact, h.When)
	}
	d.Para(s.cat.T("help.fault"), "", "")
	d.Heading(s.cat.T("report.disclaimer"), '-')
	d.Para(s.cat.T("disclaimer"), "", "")
	s.w.println("")
	if _, err := s.cfg.Out.Write(d.Bytes()); err != nil {
		return exit.New(exit.WriteFailed, err)
	}
	if s.cfg.toFile() {
		s.w.println(s.cat.F("plain.stopped.output", "file", screening.QuoteName(s.cfg.Output)))
	}
	if s.cfg.AnswersOut != "" {
		s.w.println(s.cat.F("plain.answers.stopped", "file", screening.QuoteName(s.cfg.AnswersOut)))
	}
	return nil
}
