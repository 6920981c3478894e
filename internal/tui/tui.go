// Package tui runs the interactive screening in a terminal with huh,
// bubbletea and lipgloss.
package tui

import (
	"context"
	"errors"
	"io"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
)

// Config is what an interactive screening needs.
type Config struct {
	Lang       i18n.Lang
	Counsellor bool
	In         io.Reader
	Out        io.Writer
	NoColor    bool
}

// Run runs one screening to its summary. (Being built.)
func Run(ctx context.Context, cfg Config) error {
	return exit.New(exit.Usage, errors.New("tui: not built yet"))
}
