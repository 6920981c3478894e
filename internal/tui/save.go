package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
)

// Saving is opt-in: a key on the summary opens it; nothing is written
// unless the person chooses a format, a name and, for a file that exists,
// to replace it.

// The steps of saving.
const (
	saveStepFormat  = iota // which format
	saveStepName           // which file name
	saveStepReplace        // the file exists: replace it?
)

// saveScreen is the save dialog over the summary it came from.
type saveScreen struct {
	*model
	formed
	back   *summaryScreen  // the summary to go back to, at its place
	step   int             // saveStepFormat, saveStepName or saveStepReplace
	format int             // saveText or saveMarkdown
	input  textinput.Model // the file name
	path   string          // the absolute path asked to be replaced
	err    string          // what went wrong, in words
}

// newSave opens the save dialog at the choice of format.
func newSave(back *summaryScreen) *saveScreen {
	return &saveScreen{model: back.model, back: back, step: saveStepFormat, format: saveText}
}

func (s *saveScreen) name() string { return "save" }

// layout builds the form of the step shown.
func (s *saveScreen) layout(fresh bool) {
	w := s.contentWidth()
	switch s.step {
	case saveStepFormat:
		s.cur = s.install(saveFormatForm(s.cat, s.theme, w, s.keep(fresh, s.format)))
	case saveStepReplace:
		s.cur = s.install(replaceForm(s.cat, s.path, s.theme, w, replaceNo))
	case saveStepName:
		s.cur = nil
		s.input.SetWidth(max(w-len([]rune(s.input.Prompt))-1, 10))
	}
}

// restyle gives the name input the styles of a new background.
func (s *saveScreen) restyle() { s.input.SetStyles(s.st.inputStyles(s.dark)) }

// paste puts pasted text in the name input.
func (s *saveScreen) paste(msg tea.PasteMsg) tea.Cmd {
	if s.step != saveStepName {
		return nil
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return cmd
}

func (s *saveScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, s.keys.Cancel) {
		if s.step == saveStepReplace {
			s.to(saveStepName)
			return nil
		}
		s.close("")
		return nil
	}
	if s.step != saveStepName {
		switch {
		case key.Matches(msg, s.keys.Enter):
			s.chosen(*s.cur.one)
		case key.Matches(msg, s.keys.Field):
			return s.updateForm(msg)
		}
		return nil
	}
	if key.Matches(msg, s.keys.Write) {
		s.submitName()
		return nil
	}
	s.err = ""
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return cmd
}

// to goes to step and lays it out fresh.
func (s *saveScreen) to(step int) {
	s.step = step
	s.layout(true)
}

// chosen acts on the value of the format or replace form.
func (s *saveScreen) chosen(v int) {
	switch {
	case s.step == saveStepFormat && v == saveCancel:
		s.close("")
	case s.step == saveStepFormat:
		s.format = v
		s.input = s.nameInput(v)
		s.to(saveStepName)
	case v == replaceYes:
		s.write(s.path, true)
	default:
		s.to(saveStepName)
	}
}

// nameInput is the file-name input, filled in with the default name for
// the format, in the current folder.
func (s *saveScreen) nameInput(format int) textinput.Model {
	in := textinput.New()
	in.Prompt = s.cat.T("tui.save.name") + " "
	in.SetStyles(s.st.inputStyles(s.dark))
	in.SetValue(s.cat.T("tui.save.default") + extension(format))
	in.CursorEnd()
	in.Focus()
	return in
}

func extension(format int) string {
	if format == saveMarkdown {
		return ".md"
	}
	return ".txt"
}

// submitName writes the report under the name typed, relative to the
// current folder.
func (s *saveScreen) submitName() {
	name := strings.TrimSpace(s.input.Value())
	if name == "" {
		s.err = s.cat.T("tui.save.empty")
		return
	}
	path, err := filepath.Abs(name)
	if err != nil {
		s.err = s.cat.F("tui.save.err.other", "path", name)
		return
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		s.err = s.cat.F("tui.save.err.is_dir", "path", path)
		return
	}
	s.write(path, false)
}

// write writes the report to path through savefile.Write, the one file
// writer: created 0600, never replacing a file unless force.
func (s *saveScreen) write(path string, force bool) {
	data := report.Text(s.back.rep)
	if s.format == saveMarkdown {
		data = report.Markdown(s.back.rep)
	}
	err := savefile.Write(path, data, force)
	dir := filepath.Dir(path)
	switch {
	case err == nil:
		s.saved = path
		s.close(s.cat.F("tui.save.done", "path", path))
		return
	case errors.Is(err, savefile.ErrExists) && !force:
		s.path = path
		s.err = ""
		s.to(saveStepReplace)
		return
	case errors.Is(err, fs.ErrPermission):
		s.err = s.cat.F("tui.save.err.permission", "dir", dir)
	case errors.Is(err, fs.ErrNotExist):
		s.err = s.cat.F("tui.save.err.folder", "dir", dir)
	default:
		s.err = s.cat.F("tui.save.err.other", "path", path)
	}
	s.to(saveStepName)
}

// close goes back to the summary, at the place in the report it was left,
// with a notice.
func (s *saveScreen) close(notice string) {
	top := s.back.vp.YOffset()
	s.scr = s.back
	s.gen++
	s.back.layout(false)
	s.back.vp.SetYOffset(top)
	s.notice = notice
}

// view is the dialog: what saving means, then the step shown.
func (s *saveScreen) view() string {
	w := s.contentWidth()
	var b strings.Builder
	b.WriteString(s.st.title.Render(s.cat.T("tui.save.title")) + "\n\n")
	b.WriteString(wrapIndent(s.cat.T(pick(s.cfg.Counsellor, "tui.save.intro", "tui.counsellor.save.intro")), w, 0) + "\n\n")
	switch s.step {
	case saveStepName:
		dir, _ := os.Getwd()
		b.WriteString(s.input.View() + "\n")
		b.WriteString(s.st.muted.Render(wrapIndent(s.cat.F("tui.save.folder", "dir", dir), w, 0)))
	default:
		if s.cur != nil {
			b.WriteString(trimBlank(s.cur.form.View()))
		}
	}
	return b.String()
}

func (s *saveScreen) notes() []string {
	if s.err != "" {
		return []string{s.note(s.st.errText, s.err)}
	}
	return nil
}

func (s *saveScreen) help() []key.Binding {
	k := s.keys
	if s.step == saveStepName {
		return []key.Binding{k.Write, k.Cancel}
	}
	return []key.Binding{k.Move, k.Choose, k.Cancel}
}
