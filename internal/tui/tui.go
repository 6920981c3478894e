// Package tui runs the interactive screening in a terminal with huh,
// bubbletea and lipgloss: a welcome screen, the questions of the shared
// screening.Flow one at a time, the crisis help, a review of the answers
// and the report as a scrollable summary that can be saved on request.
//
// Everything is drawn in the terminal's alternate screen, so nothing of
// the answers is left behind when the program ends. The root model (model)
// holds the Flow, the language, the size and the screen shown; each screen
// is a type of its own behind the screen interface (screen.go), one file a
// screen or a pair; the huh forms they show are built by the functions in
// forms.go.
package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"mdma-screen/i18n"
	"mdma-screen/internal/exit"
)

// Config is what an interactive screening needs.
type Config struct {
	// Lang is the language the screening starts in; the welcome screen
	// can switch it.
	Lang i18n.Lang
	// Counsellor is set for a counsellor asking a caller: every question
	// shows the wording to read aloud, with the written question under it
	// and the counsellor's note apart (never read aloud, never in the
	// report); the d key records "doesn't know"; the summary starts with
	// the read-back to say aloud, the full report below it. The screens
	// around the questions speak to the counsellor.
	Counsellor bool
	// In is the terminal's input.
	In io.Reader
	// Out is the terminal the screens are drawn on.
	Out io.Writer
	// Err receives the one line said after the screens are gone (stopped,
	// closed, where the report was saved); nil discards it.
	Err io.Writer
	// NoColor draws without colour (NO_COLOR); weight and symbols stay.
	NoColor bool
	// Output is the file the report is saved to when the summary is
	// reached (--output), through savefile.Write, and saved again when
	// answers change and the summary is reached again; "" saves nothing
	// unless asked on the summary, "-" is standard output. main has
	// checked it (savefile.Check) before the screening starts.
	Output string
	// Force replaces an existing regular file at Output (--force). Once
	// the screening has written Output, that file is the run's own and
	// is replaced when the report is saved again, Force or not.
	Force bool
	// Format is the saved report's format: "text" (also when empty),
	// "markdown" or "json"; the report is in the screening's language,
	// the counsellor's read-back included in counsellor mode.
	Format string
	// AnswersOut is the file the answers are saved to when the summary
	// is reached (--answers-out), as screening's Answers.MarshalFile
	// writes them, through savefile.Write; saved again when answers
	// change and the summary is reached again, like Output (Force
	// replaces an existing regular file, and the run's own file is
	// replaced). "" saves no answers. main has checked it
	// (savefile.Check) before the screening starts.
	AnswersOut string
}

// Run runs one screening to its summary. It returns nil once the summary
// has been shown, or when the person closes the crisis end screen, and an
// exit status of 130 when the screening was stopped before (Ctrl+C, or ctx
// cancelled by a signal); 1 when a write to Config.Output or
// Config.AnswersOut failed. The terminal is restored either way, and the
// short help line is left on it (Config.Out), before the closing line on
// Config.Err.
func Run(ctx context.Context, cfg Config) error {
	m := newModel(cfg)
	opts := []tea.ProgramOption{
		tea.WithContext(ctx),
		// main turns SIGINT, SIGTERM and SIGHUP into ctx; Ctrl+C in the
		// terminal is a key the model handles.
		tea.WithoutSignalHandler(),
	}
	if cfg.In != nil {
		opts = append(opts, tea.WithInput(cfg.In))
	}
	if cfg.Out != nil {
		opts = append(opts, tea.WithOutput(cfg.Out))
	}
	switch {
	case cfg.NoColor:
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	case cfg.Out != nil && cfg.Out == lipgloss.Writer.Forward:
		// lipgloss detected the profile of standard output when the
		// program started (under tmux, by running tmux info): bubbletea
		// would detect it again.
		opts = append(opts, tea.WithColorProfile(lipgloss.Writer.Profile))
	}
	p := tea.NewProgram(m, opts...)
	m.susp = newSuspender(tstp, p.Send)
	_, err := p.Run()
	m.susp.close()
	out := cfg.Out
	if out == nil {
		out = os.Stdout
	}
	if cfg.Output == "-" && m.reached {
		// --output -: the report of the last answers, now that the
		// screens are gone.
		if data, rerr := m.render(); rerr == nil {
			_, _ = out.Write(data)
		}
	}
	// The help line stays on the normal screen for everyone, however the
	// screening ended.
	fmt.Fprintln(out, m.helpLine())
	return m.finish(err)
}

// finish turns how the program ended into the exit status, and says in
// one line what became of the answers.
func (m *model) finish(err error) error {
	say := func(s string) {
		if m.cfg.Err != nil {
			fmt.Fprintln(m.cfg.Err, s)
		}
	}
	killed := err != nil && (errors.Is(err, tea.ErrProgramKilled) || errors.Is(err, tea.ErrInterrupted) || errors.Is(err, context.Canceled))
	switch {
	case (m.out.err != nil || m.ans.err != nil) && m.reached:
		for _, f := range []*runFile{&m.out, &m.ans} {
			if f.err != nil {
				say(f.failure(m.cat))
			}
		}
		return exit.Silent(exit.WriteFailed)
	case m.result == finished || (killed && m.closes()):
		if m.saved != "" {
			say(m.cat.F("tui.closed.saved", "path", m.saved))
		} else {
			say(m.cat.T(pick(m.cfg.Counsellor, "tui.closed", "tui.counsellor.closed")))
		}
		return nil
	case m.result == aborted || killed:
		say(m.cat.T("tui.aborted"))
		return exit.Silent(exit.Aborted)
	case err != nil:
		return exit.New(exit.WriteFailed, err)
	}
	// The program ended without the model deciding (it should not happen):
	// treat it as not finished.
	say(m.cat.T("tui.aborted"))
	return exit.Silent(exit.Aborted)
}
