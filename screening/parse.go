package screening

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxInput is the largest answers file accepted, in bytes.
const MaxInput = 1 << 20

// StdinName is how standard input is named in messages.
const StdinName = "<stdin>"

// ReadAnswers reads and parses an answers file from r; name is used in
// messages (StdinName for standard input).
func ReadAnswers(r io.Reader, name string) (Answers, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return Answers{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxInput {
		return Answers{}, &InputError{Code: ErrTooLarge, File: name}
	}
	return ParseAnswers(data, name)
}

type rawAnswer struct {
	q        int
	off      int // offset of the key
	valOff   int // offset of the value
	tok      json.Token
	isArray  bool
	elems    []json.Token
	elemOffs []int
}

// ParseAnswers parses an answers file strictly, as the contract says. The
// first error is returned: encoding and syntax errors first, then problems
// of form in file order, then problems of value in question order.
func ParseAnswers(data []byte, name string) (Answers, error) {
	var a Answers
	if len(data) > MaxInput {
		return a, &InputError{Code: ErrTooLarge, File: name}
	}
	p := parser{data: data, name: name}
	if err := p.encoding(); err != nil {
		return a, err
	}
	if len(bytes.TrimLeft(data, jsonSpace)) == 0 {
		return a, &InputError{Code: ErrEmpty, File: name}
	}
	if err := p.syntax(); err != nil {
		return a, err
	}
	p.dec = json.NewDecoder(bytes.NewReader(data))
	p.dec.UseNumber() // any number is valid JSON, 1E700 too
	raws, err := p.document()
	if err != nil {
		return a, err
	}
	// Values, in question order.
	var got [NumQuestions]*rawAnswer
	for i := range raws {
		got[raws[i].q] = &raws[i]
	}
	for q := range bank {
		r := got[q]
		if r == nil {
			continue
		}
		if err := p.value(&a, q, r); err != nil {
			return Answers{}, err
		}
	}
	// Questions answered but not asked, in question order. Conditions only
	// look at earlier questions, so one pass in order is enough.
	for q := range bank {
		if a.Answered(q) && !a.Asked(q) {
			w := whens[q]
			cond := bank[w.q].ID
			// The answer that hides q, quoted; empty when that question
			// is unanswered.
			val := ""
			if a.Answered(w.q) {
				val = Quote(strings.Join(a.Values(w.q), ", "))
			}
			line, col := p.lineCol(got[q].off)
			return Answers{}, &InputError{Code: ErrNotAsked, File: name, Line: line, Col: col,
				Question: bank[q].ID, Other: cond, Value: val}
		}
	}
	return a, nil
}

type parser struct {
	data []byte
	name string
	dec  *json.Decoder
}

// at returns the offset of the next token after the decoder's position.
func (p *parser) at() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (p *parser) lineCol(off int) (int, int) {
	if off > len(p.data) {
		off = len(p.data)
	}
	line := 1 + bytes.Count(p.data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(p.data[:off], '\n') + 1
	col := 1 + utf8.RuneCount(p.data[start:off])
	return line, col
}

func (p *parser) errAt(off int, e *InputError) *InputError {
	e.File = p.name
	e.Line, e.Col = p.lineCol(off)
	return e
}

func (p *parser) token() (json.Token, int, error) {
	off := p.at()
	t, err := p.dec.Token()
	if err != nil {
		// syntax has checked the data already; the decoder should not
		// find more. If it does, its words are shown quoted.
		return nil, off, p.errAt(off, &InputError{Code: ErrSyntax, Detail: Quote(err.Error())})
	}
	return t, off, nil
}

func describe(t json.Token) string {
	switch v := t.(type) {
	case nil:
		return "null"
	case json.Delim:
		return string(v) + "..." + string(v+2) // {...} or [...]
	case string:
		return Quote(v)
	case bool:
		return fmt.Sprint(v)
	case json.Number: // digits, cut as Quote cuts
		if len(v) > QuoteLimit {
			return string(v[:QuoteLimit]) + "…"
		}
		return string(v)
	}
	return fmt.Sprint(t)
}

// skip consumes the rest of a value whose first token t was already read.
func (p *parser) skip(t json.Token) error {
	d, ok := t.(json.Delim)
	if !ok || (d != '{' && d != '[') {
		return nil
	}
	depth := 1
	for depth > 0 {
		t, _, err := p.token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

// document reads {"answers": {...}} and returns the raw answers in file order.
func (p *parser) document() ([]rawAnswer, error) {
	t, off, err := p.token()
	if err != nil {
		return nil, err
	}
	if t != json.Delim('{') {
		return nil, p.errAt(off, &InputError{Code: ErrTopLevel, Value: describe(t)})
	}
	var raws []rawAnswer
	seenAnswers := false
	for p.dec.More() {
		kt, koff, err := p.token()
		if err != nil {
			return nil, err
		}
		key, _ := kt.(string)
		if key != "answers" {
			return nil, p.errAt(koff, &InputError{Code: ErrTopLevel, Value: Quote(key)})
		}
		if seenAnswers {
			return nil, p.errAt(koff, &InputError{Code: ErrDuplicate, Other: Quote(key)})
		}
		seenAnswers = true
		raws, err = p.answers()
		if err != nil {
			return nil, err
		}
	}
	if _, _, err := p.token(); err != nil { // the closing brace
		return nil, err
	}
	if !seenAnswers {
		return nil, p.errAt(off, &InputError{Code: ErrTopLevel, Value: "{}"})
	}
	return raws, nil
}

func (p *parser) answers() ([]rawAnswer, error) {
	t, off, err := p.token()
	if err != nil {
		return nil, err
	}
	if t != json.Delim('{') {
		return nil, p.errAt(off, &InputError{Code: ErrTopLevel, Value: `"answers": ` + describe(t)})
	}
	raws := []rawAnswer{}
	var seen questionSet
	for p.dec.More() {
		kt, koff, err := p.token()
		if err != nil {
			return nil, err
		}
		key, _ := kt.(string)
		q, ok := byID[key]
		if !ok {
			return nil, p.errAt(koff, &InputError{Code: ErrUnknown, Other: Quote(key), Allowed: questionIDs()})
		}
		if seen&(1<<q) != 0 {
			return nil, p.errAt(koff, &InputError{Code: ErrDuplicate, Other: Quote(key), Question: key})
		}
		seen |= 1 << q
		r := rawAnswer{q: q, off: koff}
		vt, voff, err := p.token()
		if err != nil {
			return nil, err
		}
		r.valOff, r.tok = voff, vt
		switch vt {
		case json.Delim('['):
			r.isArray = true
			for p.dec.More() {
				et, eoff, err := p.token()
				if err != nil {
					return nil, err
				}
				if err := p.skip(et); err != nil {
					return nil, err
				}
				r.elems = append(r.elems, et)
				r.elemOffs = append(r.elemOffs, eoff)
			}
			if _, _, err := p.token(); err != nil {
				return nil, err
			}
		case json.Delim('{'):
			if err := p.skip(vt); err != nil {
				return nil, err
			}
		}
		raws = append(raws, r)
	}
	if _, _, err := p.token(); err != nil {
		return nil, err
	}
	return raws, nil
}

func questionIDs() string {
	ids := make([]string, len(bank))
	for i, q := range bank {
		ids[i] = q.ID
	}
	return strings.Join(ids, ", ")
}

func allowed(q int) string {
	return strings.Join(bank[q].Options, ", ")
}

// value checks one raw answer against its question and records it.
func (p *parser) value(a *Answers, q int, r *rawAnswer) error {
	qq := &bank[q]
	id := qq.ID
	fail := func(off int, e *InputError) error {
		e.Question = id
		if e.Allowed == "" {
			e.Allowed = allowed(q)
		}
		return p.errAt(off, e)
	}
	if r.tok == nil {
		return fail(r.valOff, &InputError{Code: ErrNull})
	}
	if qq.Kind == Multi {
		if !r.isArray {
			return fail(r.valOff, &InputError{Code: ErrNotArray, Value: describe(r.tok)})
		}
		if len(r.elems) == 0 {
			return fail(r.valOff, &InputError{Code: ErrEmptyArray})
		}
		var m OptionSet
		for i, et := range r.elems {
			s, ok := et.(string)
			if !ok {
				return fail(r.elemOffs[i], &InputError{Code: ErrBadValue, Value: describe(et)})
			}
			oi, ok := OptionIndex(q, s)
			if !ok {
				return fail(r.elemOffs[i], &InputError{Code: ErrBadValue, Value: describe(et)})
			}
			if m.Has(oi) {
				return fail(r.elemOffs[i], &InputError{Code: ErrRepeated, Value: describe(et)})
			}
			m = m.With(oi)
		}
		if e, bad := qq.NotAlone(m); bad {
			return fail(r.valOff, &InputError{Code: ErrExclusive, Value: Quote(e)})
		}
		a.Set(q, m)
		return nil
	}
	s, ok := r.tok.(string)
	if !ok {
		return fail(r.valOff, &InputError{Code: ErrNotString, Value: describe(r.tok)})
	}
	oi, ok := OptionIndex(q, s)
	if !ok {
		if qq.Kind == YesNo && s == "unsure" {
			return fail(r.valOff, &InputError{Code: ErrUnsureYesNo, Value: describe(r.tok)})
		}
		return fail(r.valOff, &InputError{Code: ErrBadValue, Value: describe(r.tok)})
	}
	a.Set(q, Only(oi))
	return nil
}
