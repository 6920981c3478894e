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

// saveState is the save dialog.
type saveState struct {
	step   int
	format int             // saveText or saveMarkdown
	input  textinput.Model // the file name
	path   string          // the absolute path asked to be replaced
	err    string          // what went wrong, in words
}

// startSave opens the save dialog at the choice of format.
func (m *model) startSave() {
	m.save = saveState{step: saveStepFormat, format: saveText}
	m.show(scrSave)
}

// saveChosen acts on the format or replace form.
func (m *model) saveChosen(kind formKind, v int) {
	switch {
	case kind == formSaveFormat && v == saveCancel:
		m.backToSummary("")
	case kind == formSaveFormat:
		m.save.format = v
		m.save.step = saveStepName
		m.save.input = m.nameInput(v)
		m.layout(true)
	case v == replaceYes:
		m.write(m.save.path, true)
	default:
		m.save.step = saveStepName
		m.layout(true)
	}
}

// nameInput is the file-name input, filled in with the default name for
// the format, in the current folder.
func (m *model) nameInput(format int) textinput.Model {
	in := textinput.New()
	in.Prompt = m.cat.T("tui.save.name") + " "
	in.SetStyles(m.st.inputStyles(m.dark))
	in.SetValue(m.cat.T("tui.save.default") + extension(format))
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

// saveKey handles a key in the save dialog.
func (m *model) saveKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Cancel) {
		if m.save.step == saveStepReplace {
			m.save.step = saveStepName
			m.layout(true)
			return nil
		}
		m.backToSummary("")
		return nil
	}
	if m.save.step != saveStepName {
		switch {
		case key.Matches(msg, m.keys.Enter):
			m.submit()
		case key.Matches(msg, m.keys.Field):
			return m.updateForm(msg)
		}
		return nil
	}
	if key.Matches(msg, m.keys.Write) {
		m.submitName()
		return nil
	}
	m.save.err = ""
	var cmd tea.Cmd
	m.save.input, cmd = m.save.input.Update(msg)
	return cmd
}

// submitName writes the report under the name typed, relative to the
// current folder.
func (m *model) submitName() {
	name := strings.TrimSpace(m.save.input.Value())
	if name == "" {
		m.save.err = m.cat.T("tui.save.empty")
		return
	}
	path, err := filepath.Abs(name)
	if err != nil {
		m.save.err = m.cat.F("tui.save.err.other", "path", name)
		return
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		m.save.err = m.cat.F("tui.save.err.is_dir", "path", path)
		return
	}
	m.write(path, false)
}

// write writes the report to path through savefile.Write, the one file
// writer: created 0600, never replacing a file unless force.
func (m *model) write(path string, force bool) {
	data := report.Text(m.rep)
	if m.save.format == saveMarkdown {
		data = report.Markdown(m.rep)
	}
	err := savefile.Write(path, data, force)
	dir := filepath.Dir(path)
	switch {
	case err == nil:
		m.saved = path
		m.backToSummary(m.cat.F("tui.save.done", "path", path))
		return
	case errors.Is(err, savefile.ErrExists) && !force:
		m.save.path = path
		m.save.step = saveStepReplace
		m.save.err = ""
		m.layout(true)
		return
	case errors.Is(err, fs.ErrPermission):
		m.save.err = m.cat.F("tui.save.err.permission", "dir", dir)
	case errors.Is(err, fs.ErrNotExist):
		m.save.err = m.cat.F("tui.save.err.folder", "dir", dir)
	default:
		m.save.err = m.cat.F("tui.save.err.other", "path", path)
	}
	m.save.step = saveStepName
	m.layout(true)
}

// backToSummary closes the dialog, keeping the place in the report.
func (m *model) backToSummary(notice string) {
	top := m.vp.YOffset()
	m.scr = scrSummary
	m.cur = nil
	m.gen++
	m.layout(false)
	m.vp.SetYOffset(top)
	m.notice = notice
}

// layoutSave builds the form of the save step shown.
func (m *model) layoutSave(fresh bool) {
	w := m.contentWidth()
	m.cur = nil
	switch m.save.step {
	case saveStepFormat:
		m.install(saveFormatForm(m.cat, m.theme, w, m.keepSave(fresh, formSaveFormat, m.save.format)))
	case saveStepReplace:
		m.install(replaceForm(m.cat, m.save.path, m.theme, w, replaceNo))
	case saveStepName:
		m.save.input.SetWidth(max(w-len([]rune(m.save.input.Prompt))-1, 10))
	}
}

func (m *model) keepSave(fresh bool, kind formKind, def int) int {
	if fresh || m.cur == nil || m.cur.kind != kind {
		return def
	}
	return *m.cur.one
}

// saveView is the dialog: what saving means, then the step shown.
func (m *model) saveView() string {
	w := m.contentWidth()
	var b strings.Builder
	b.WriteString(m.st.title.Render(m.cat.T("tui.save.title")) + "\n\n")
	b.WriteString(wrapIndent(m.cat.T(pick(m.cfg.Counsellor, "tui.save.intro", "tui.counsellor.save.intro")), w, 0) + "\n\n")
	switch m.save.step {
	case saveStepName:
		dir, _ := os.Getwd()
		b.WriteString(m.save.input.View() + "\n")
		b.WriteString(m.st.muted.Render(wrapIndent(m.cat.F("tui.save.folder", "dir", dir), w, 0)))
	default:
		if m.cur != nil {
			b.WriteString(trimBlank(m.cur.form.View()))
		}
	}
	return b.String()
}

func (m *model) saveHelpKeys() []key.Binding {
	k := m.keys
	if m.save.step == saveStepName {
		return []key.Binding{k.Write, k.Cancel}
	}
	return []key.Binding{k.Move, k.Choose, k.Cancel}
}
