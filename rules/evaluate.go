package rules

import (
	"mdma-screen/screening"
)

// Because is one answer that made a part of a rule's trigger true.
type Because struct {
	// Question is the position of the question in the bank.
	Question int
	// Answered is false when the question counts because it is unanswered.
	Answered bool
	// Options is the set of options that triggered the rule (for a single
	// answer: the answer).
	Options screening.OptionSet
}

// Finding is a rule that fired, with the answers that made it fire in
// question order.
type Finding struct {
	Rule    *Rule
	Because []Because
}

// Result is the outcome of evaluating the rules on a set of answers.
type Result struct {
	// Level is the highest finding's level, or None when no finding is
	// above Note.
	Level Level
	// Findings are sorted by level, highest first, then in table order.
	Findings []Finding
	buf      []Because
	starts   []int
}

// compiled trigger
type node struct {
	op   Op
	q    int
	mask screening.OptionSet
	args []node
}

var compiled [NumRules]node

func init() {
	if len(table) != NumRules {
		panic("rules: NumRules does not match the table")
	}
	if NumRules > 64 { // EvaluateInto keeps the fired rules in a uint64
		panic("rules: more rules than EvaluateInto can hold")
	}
	seen := map[string]bool{}
	for i, r := range table {
		if seen[r.ID] {
			panic("rules: duplicate rule " + r.ID)
		}
		seen[r.ID] = true
		n, err := compile(r.When)
		if err != nil {
			panic("rules: rule " + r.ID + ": " + err.Error())
		}
		compiled[i] = n
	}
}

type compileError string

func (e compileError) Error() string { return string(e) }

func compile(t Trigger) (node, error) {
	n := node{op: t.Op, q: -1}
	switch t.Op {
	case Is, AskedNot:
		q, ok := screening.Index(t.Question)
		if !ok {
			return n, compileError("unknown question " + t.Question)
		}
		m, err := screening.Mask(q, t.Values...)
		if err != nil {
			return n, err
		}
		if len(t.Values) == 0 {
			return n, compileError("no values for " + t.Question)
		}
		n.q, n.mask = q, m
	case Any, All:
		if len(t.Args) == 0 {
			return n, compileError("empty combination")
		}
		for _, a := range t.Args {
			c, err := compile(a)
			if err != nil {
				return n, err
			}
			n.args = append(n.args, c)
		}
	case Unanswered:
	default:
		return n, compileError("unknown op")
	}
	return n, nil
}

func (n *node) eval(a *screening.Answers) bool {
	switch n.op {
	case Is:
		return a.Is(n.q, n.mask)
	case AskedNot:
		return a.Asked(n.q) && !a.Is(n.q, n.mask)
	case Any:
		for i := range n.args {
			if n.args[i].eval(a) {
				return true
			}
		}
		return false
	case All:
		for i := range n.args {
			if !n.args[i].eval(a) {
				return false
			}
		}
		return true
	case Unanswered:
		for q := 0; q < screening.NumQuestions; q++ {
			if a.Asked(q) && !a.Answered(q) {
				return true
			}
		}
	}
	return false
}

// collect appends the answers that make the true parts of n true.
func (n *node) collect(a *screening.Answers, buf []Because) []Because {
	switch n.op {
	case Is:
		if v, ok := a.Get(n.q); ok && v.Meets(n.mask) {
			buf = append(buf, Because{Question: n.q, Answered: true, Options: v & n.mask})
		}
	case AskedNot:
		if a.Asked(n.q) && !a.Is(n.q, n.mask) {
			v, ok := a.Get(n.q)
			buf = append(buf, Because{Question: n.q, Answered: ok, Options: v})
		}
	case Any, All:
		for i := range n.args {
			buf = n.args[i].collect(a, buf)
		}
	case Unanswered:
		for q := 0; q < screening.NumQuestions; q++ {
			if a.Asked(q) && !a.Answered(q) {
				buf = append(buf, Because{Question: q})
			}
		}
	}
	return buf
}

// Evaluate runs every rule on the answers.
func Evaluate(a *screening.Answers) *Result {
	r := &Result{
		Findings: make([]Finding, 0, NumRules),
		buf:      make([]Because, 0, 2*screening.NumQuestions),
		starts:   make([]int, 0, NumRules+1),
	}
	EvaluateInto(a, r)
	return r
}

// EvaluateInto runs every rule on the answers, reusing r's storage.
func EvaluateInto(a *screening.Answers, r *Result) {
	var fired uint64
	r.Level = None
	for i := range compiled {
		if compiled[i].eval(a) {
			fired |= 1 << i
			if table[i].Level > r.Level {
				r.Level = table[i].Level
			}
		}
	}
	if r.Level == Note {
		r.Level = None
	}
	r.Findings = r.Findings[:0]
	r.buf = r.buf[:0]
	r.starts = r.starts[:0]
	for lvl := Urgent; lvl >= Note; lvl-- {
		for i := range table {
			if fired&(1<<i) == 0 || table[i].Level != lvl {
				continue
			}
			start := len(r.buf)
			r.buf = compiled[i].collect(a, r.buf)
			sortBecause(r.buf[start:])
			r.buf = r.buf[:start+mergeBecause(r.buf[start:])]
			r.starts = append(r.starts, start)
			r.Findings = append(r.Findings, Finding{Rule: &table[i]})
		}
	}
	r.starts = append(r.starts, len(r.buf))
	for i := range r.Findings {
		r.Findings[i].Because = r.buf[r.starts[i]:r.starts[i+1]:r.starts[i+1]]
	}
}

// Fired reports whether the rule with the given ID is among the findings.
func (r *Result) Fired(id string) bool {
	for i := range r.Findings {
		if r.Findings[i].Rule.ID == id {
			return true
		}
	}
	return false
}

func sortBecause(b []Because) {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j].Question < b[j-1].Question; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
}

// mergeBecause merges entries for the same question (sorted) and returns
// the new length.
func mergeBecause(b []Because) int {
	if len(b) == 0 {
		return 0
	}
	w := 0
	for i := 1; i < len(b); i++ {
		if b[i].Question == b[w].Question {
			b[w].Options |= b[i].Options
			b[w].Answered = b[w].Answered || b[i].Answered
			continue
		}
		w++
		b[w] = b[i]
	}
	return w + 1
}
