package screening

import (
	"fmt"
	"strconv"

	"mdma-screen/i18n"
)

// ErrorCode names a class of bad input, so that front ends can word the
// message in the user's language (i18n keys "err.<code>").
type ErrorCode string

// The classes of bad answers input. Encoding and syntax come first, then
// form, then value.
const (
	ErrEmpty    ErrorCode = "empty"     // nothing but white space
	ErrTooLarge ErrorCode = "too_large" // over MaxInput bytes
	ErrBOM      ErrorCode = "bom"       // starts with a byte-order mark
	ErrUTF16    ErrorCode = "utf16"     // UTF-16 without a byte-order mark
	ErrNotUTF8  ErrorCode = "not_utf8"  // bytes that are not UTF-8
	ErrEOF      ErrorCode = "eof"       // ends inside the JSON
	// ErrSyntax is malformed JSON the parser cannot place more exactly;
	// Detail says how, in printable ASCII.
	ErrSyntax        ErrorCode = "syntax"
	ErrSyntaxValue   ErrorCode = "syntax_value"   // no value where one must be
	ErrSyntaxWord    ErrorCode = "syntax_word"    // a bad number or true/false/null
	ErrSyntaxKey     ErrorCode = "syntax_key"     // no key in double quotes where one must be
	ErrSyntaxColon   ErrorCode = "syntax_colon"   // no colon after a key
	ErrSyntaxObject  ErrorCode = "syntax_object"  // no comma or } after a value in an object
	ErrSyntaxArray   ErrorCode = "syntax_array"   // no comma or ] after an element
	ErrSyntaxEscape  ErrorCode = "syntax_escape"  // a bad escape in a string (placed at its backslash)
	ErrSyntaxControl ErrorCode = "syntax_control" // a raw control character in a string
	ErrTrailing      ErrorCode = "trailing"       // anything but white space after the object
	ErrTopLevel      ErrorCode = "top_level"      // not {"answers": {...}}
	ErrDuplicate     ErrorCode = "duplicate"      // a key given twice
	ErrUnknown       ErrorCode = "unknown"        // not a question ID
	ErrNull          ErrorCode = "null"           // null as an answer
	ErrBadValue      ErrorCode = "bad_value"      // not an allowed value
	ErrUnsureYesNo   ErrorCode = "unsure_yesno"   // unsure on a yes/no question
	ErrNotArray      ErrorCode = "not_array"      // a multi given as something else
	ErrNotString     ErrorCode = "not_string"     // a single answer given as something else
	ErrEmptyArray    ErrorCode = "empty_array"    // [] on a multi
	ErrRepeated      ErrorCode = "repeated"       // an option twice in an array
	ErrExclusive     ErrorCode = "exclusive"      // none or unsure beside another option
	ErrNotAsked      ErrorCode = "not_asked"      // answered but not asked given the others
)

// InputError is one problem with an answers file. It names the file, the
// place (line and column, or the question) and what is allowed. Every
// text field but File is safe to print: keys, values and input are
// shown with Quote; Place shows File with QuoteName.
type InputError struct {
	Code ErrorCode
	// File is the file name as given, or StdinName.
	File string
	// Line and Col are 1-based; 0 when the error is placed by question.
	// Lines split at LF; columns count characters.
	Line, Col int
	// Question is the question ID concerned, if any.
	Question string
	// Other is the second question for ErrNotAsked (the one whose answer
	// hides Question), or the quoted key for ErrUnknown and ErrDuplicate.
	Other string
	// Value is the offending value or input, quoted, if any; for
	// ErrNotAsked, Other's answer, empty when Other is unanswered.
	Value string
	// Allowed lists what would have been accepted, comma-separated.
	Allowed string
	// Detail says what is wrong for ErrSyntax.
	Detail string
}

// Place returns "file:line:col: question", "file:line:col",
// "file: question" or "file", the file name shown with QuoteName.
func (e *InputError) Place() string {
	file := QuoteName(e.File)
	switch {
	case e.Line > 0 && e.Question != "":
		return fmt.Sprintf("%s:%d:%d: %s", file, e.Line, e.Col, e.Question)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d:%d", file, e.Line, e.Col)
	case e.Question != "":
		return file + ": " + e.Question
	}
	return file
}

// Message words the error with f, a catalog's F (i18n.Catalog.F): the
// place, then the catalog's text "err.<code>" filled in from the fields
// ("err.not_asked.unanswered" when the question that hides this one is
// unanswered).
func (e *InputError) Message(f func(key string, args ...string) string) string {
	key := "err." + string(e.Code)
	if e.Code == ErrNotAsked && e.Value == "" {
		key += ".unanswered"
	}
	return e.Place() + ": " + f(key,
		"detail", e.Detail, "value", e.Value, "other", e.Other,
		"allowed", e.Allowed, "max", strconv.Itoa(MaxInput))
}

// Error returns the message in English; front ends word it in the user's
// language with Message.
func (e *InputError) Error() string {
	return e.Message(i18n.MustLoad(i18n.En).F)
}
