// Package plain runs the screening as plain lines of text, for screen
// readers, pipes and terminals without a TUI.
package plain

import (
	"context"
	"errors"
	"io"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
)

// Config is what a plain-prompt screening needs.
type Config struct {
	Lang       i18n.Lang
	Counsellor bool
	// In gives the answers, one a line.
	In io.Reader
	// Out receives the report; Err the prompts.
	Out, Err io.Writer
	// InTTY is true when In is a terminal: a line that fits nothing asks
	// again instead of ending with exit 2.
	InTTY bool
	// Color allows escape codes on Out.
	Color bool
}

// Run runs one screening and writes the report to Out. (Being built.)
func Run(ctx context.Context, cfg Config) error {
	return exit.New(exit.Usage, errors.New("plain prompts: not built yet"))
}
