package screening

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxInput is the largest answers file accepted, in bytes.
const MaxInput = 1 << 20

// StdinName is how standard input is named in messages.
const StdinName = "<stdin>"

// ErrorCode names a class of bad input, so that front ends can word the
// message in the user's language (i18n keys "err.<code>").
type ErrorCode string

// The classes of bad answers input.
const (
	ErrEmpty       ErrorCode = "empty"        // nothing but white space
	ErrTooLarge    ErrorCode = "too_large"    // over MaxInput bytes
	ErrSyntax      ErrorCode = "syntax"       // malformed JSON
	ErrTopLevel    ErrorCode = "top_level"    // not {"answers": {...}}
	ErrDuplicate   ErrorCode = "duplicate"    // a key given twice
	ErrUnknown     ErrorCode = "unknown"      // not a question ID
	ErrNull        ErrorCode = "null"         // null as an answer
	ErrBadValue    ErrorCode = "bad_value"    // not an allowed value
	ErrUnsureYesNo ErrorCode = "unsure_yesno" // unsure on a yes/no question
	ErrNotArray    ErrorCode = "not_array"    // a multi given as something else
	ErrNotString   ErrorCode = "not_string"   // a single answer given as something else
	ErrEmptyArray  ErrorCode = "empty_array"  // [] on a multi
	ErrRepeated    ErrorCode = "repeated"     // an option twice in an array
	ErrExclusive   ErrorCode = "exclusive"    // none or unsure beside another option
	ErrNotAsked    ErrorCode = "not_asked"    // answered but not asked given the others
)

// InputError is one problem with an answers file. It names the file, the
// place (line and column, or the question) and what is allowed.
type InputError struct {
	Code ErrorCode
	// File is the file name, or StdinName.
	File string
	// Line and Col are 1-based; 0 when the error is placed by question.
	Line, Col int
	// Question is the question ID concerned, if any.
	Question string
	// Other is the second question for ErrNotAsked (the one whose answer
	// hides Question), or the unknown key for ErrUnknown and ErrDuplicate.
	Other string
	// Value is the offending value as written, if any.
	Value string
	// Allowed lists what would have been accepted, comma-separated.
	Allowed string
	// Detail carries the JSON decoder's message for ErrSyntax.
	Detail string
}

// Place returns "file:line:col", "file: question" or "file".
func (e *InputError) Place() string {
	switch {
	case e.Line > 0 && e.Question != "":
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Question)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	case e.Question != "":
		return e.File + ": " + e.Question
	}
	return e.File
}

// Error returns the message in English; front ends word it in the user's
// language from the fields.
func (e *InputError) Error() string {
	var msg string
	switch e.Code {
	case ErrEmpty:
		msg = `the input is empty; expected {"answers": {...}}`
	case ErrTooLarge:
		msg = fmt.Sprintf("the input is larger than %d bytes", MaxInput)
	case ErrSyntax:
		msg = "malformed JSON: " + e.Detail
	case ErrTopLevel:
		msg = `expected an object {"answers": {...}} holding only "answers"` + found(e.Value)
	case ErrDuplicate:
		msg = fmt.Sprintf("%q is given twice; each key may appear once", e.Other)
	case ErrUnknown:
		msg = fmt.Sprintf("%q is not a question; allowed: %s", e.Other, e.Allowed)
	case ErrNull:
		msg = "null is not an answer; leave the question out instead; allowed: " + e.Allowed
	case ErrBadValue:
		msg = fmt.Sprintf("%s is not allowed; allowed: %s", e.Value, e.Allowed)
	case ErrUnsureYesNo:
		msg = `"unsure" is not an answer to this yes/no question; allowed: ` + e.Allowed
	case ErrNotArray:
		msg = fmt.Sprintf("expected an array of options, found %s; allowed: %s", e.Value, e.Allowed)
	case ErrNotString:
		msg = fmt.Sprintf("expected one string, found %s; allowed: %s", e.Value, e.Allowed)
	case ErrEmptyArray:
		msg = "the array is empty; give at least one option; allowed: " + e.Allowed
	case ErrRepeated:
		msg = fmt.Sprintf("%s is given twice in the array", e.Value)
	case ErrExclusive:
		msg = fmt.Sprintf("%s cannot stand beside another option", e.Value)
	case ErrNotAsked:
		msg = fmt.Sprintf("this question is not asked given the answer to %s (%s); leave it out", e.Other, e.Value)
	default:
		msg = string(e.Code)
	}
	return e.Place() + ": " + msg
}

func found(v string) string {
	if v == "" {
		return ""
	}
	return ", found " + v
}

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
// first error is returned: problems of form in file order, then problems of
// value in question order.
func ParseAnswers(data []byte, name string) (Answers, error) {
	var a Answers
	if len(data) > MaxInput {
		return a, &InputError{Code: ErrTooLarge, File: name}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return a, &InputError{Code: ErrEmpty, File: name}
	}
	p := parser{data: data, name: name, dec: json.NewDecoder(bytes.NewReader(data))}
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
			val := "unanswered"
			if a.Answered(w.q) {
				val = strings.Join(a.Values(w.q), ", ")
			}
			line, col := p.lineCol(got[q].off)
			return Answers{}, &InputError{Code: ErrNotAsked, File: name, Line: line, Col: col,
				Question: bank[q].ID, Other: cond, Value: cond + ": " + val}
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
	col := 1 + len([]rune(string(p.data[start:off])))
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
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			return nil, off, p.errAt(int(se.Offset), &InputError{Code: ErrSyntax, Detail: se.Error()})
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return nil, off, p.errAt(len(p.data), &InputError{Code: ErrSyntax, Detail: "unexpected end of input"})
		default:
			return nil, off, p.errAt(off, &InputError{Code: ErrSyntax, Detail: err.Error()})
		}
	}
	return t, off, nil
}

func describe(t json.Token) string {
	switch v := t.(type) {
	case nil:
		return "null"
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		if v == '[' {
			return "an array"
		}
		return string(v)
	case string:
		return fmt.Sprintf("%q", v)
	case bool:
		return fmt.Sprint(v)
	case json.Number:
		return v.String()
	case float64:
		return fmt.Sprint(v)
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
			return nil, p.errAt(koff, &InputError{Code: ErrTopLevel, Value: fmt.Sprintf("key %q", key)})
		}
		if seenAnswers {
			return nil, p.errAt(koff, &InputError{Code: ErrDuplicate, Other: key})
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
		return nil, p.errAt(off, &InputError{Code: ErrTopLevel, Value: `no "answers"`})
	}
	if off := p.at(); off < len(p.data) {
		return nil, p.errAt(off, &InputError{Code: ErrSyntax, Detail: "text after the end of the object"})
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
			return nil, p.errAt(koff, &InputError{Code: ErrUnknown, Other: key, Allowed: questionIDs()})
		}
		if seen&(1<<q) != 0 {
			return nil, p.errAt(koff, &InputError{Code: ErrDuplicate, Other: key, Question: key})
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
			return fail(r.valOff, &InputError{Code: ErrExclusive, Value: fmt.Sprintf("%q", e)})
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
