// Package exit holds mdma-screen's exit statuses as typed errors, so that
// main maps them in one place.
package exit

import "fmt"

// The exit statuses of the contract.
const (
	// OK: a report or listing was produced, whatever its level.
	OK = 0
	// WriteFailed: the program could not write what it was asked to.
	WriteFailed = 1
	// Usage: bad usage or bad input.
	Usage = 2
	// Aborted: the screening was not finished; nothing was saved.
	Aborted = 130
)

// Error carries an exit status with the error that caused it. A nil Err
// means the message was already shown.
type Error struct {
	Code int
	Err  error
}

// Error returns the cause's message.
func (e *Error) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// New returns an Error with the given status.
func New(code int, err error) *Error { return &Error{Code: code, Err: err} }

// Silent returns an Error whose message was already shown.
func Silent(code int) *Error { return &Error{Code: code} }
