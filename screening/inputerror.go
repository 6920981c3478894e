package screening

import "fmt"

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
