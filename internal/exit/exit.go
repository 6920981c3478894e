// Package exit holds mdma-screen's exit statuses as typed errors, so that
// main maps them in one place.
package exit

import (
	"errors"
	"fmt"
	"syscall"
)

// The exit statuses of the contract.
const (
	// OK: a report or listing was produced, whatever its level.
	OK = 0
	// WriteFailed: the program could not write what it was asked to.
	WriteFailed = 1
	// Usage: bad usage or bad input.
	Usage = 2
	// Aborted: the screening or a command was not finished (a signal, or
	// end of input before the review); nothing was saved.
	Aborted = 130
	// BrokenPipe: standard output was closed by its reader (as in
	// "mdma-screen questions | head"); the program ends quietly, as git
	// does.
	BrokenPipe = 141
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

// Status returns the exit status for err: OK for nil, BrokenPipe when a
// write met a closed pipe (EPIPE) anywhere in its chain, an *Error's own
// code, and Usage for any other error.
func Status(err error) int {
	if err == nil {
		return OK
	}
	if errors.Is(err, syscall.EPIPE) {
		return BrokenPipe
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Usage
}

// rank orders the statuses where several apply: BrokenPipe over
// WriteFailed over Usage over Aborted over OK.
var rank = map[int]int{OK: 0, Aborted: 1, Usage: 2, WriteFailed: 3, BrokenPipe: 4}

// Worst returns the status that wins where several apply (see rank); a
// status rank does not know counts as Usage.
func Worst(codes ...int) int {
	worst := OK
	for _, c := range codes {
		if rankOf(c) > rankOf(worst) {
			worst = c
		}
	}
	return worst
}

func rankOf(code int) int {
	if r, ok := rank[code]; ok {
		return r
	}
	return rank[Usage]
}
