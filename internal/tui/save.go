package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/internal/report"
	"mdma-screen/internal/savefile"
)

// Saving is opt-in: a key on the summary opens it; nothing is written
// unless the person chooses a format, a name and, for a file that exists,
// to replace it.

// nameMax caps the file name typed or pasted, in bytes: the longest name
// most file systems take, and short enough that a long paste never slows
// the screen down.
const nameMax = 255

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
	format int             // saveText, saveMarkdown or saveAnswers
	input  textinput.Model // the file name
	dir    string          // the folder a relative name is saved in
	path   string          // the absolute path asked to be replaced
	err    string          // what went wrong, in words
}

// newSave opens the save dialog at the choice of format, saving in the
// current folder unless the name says otherwise.
func newSave(back *summaryScreen) *saveScreen {
	dir, err := back.getwd()
	if err != nil {
		dir, _ = os.UserHomeDir()
	}
	return &saveScreen{model: back.model, back: back, step: saveStepFormat, format: saveText, dir: dir}
}

func (s *saveScreen) name() string { return "save" }

// typing reports whether a name is being typed: ? is then a character.
func (s *saveScreen) typing() bool { return s.step == saveStepName }

// layout builds the form of the step shown; the intro is left out when
// there is no room for it.
func (s *saveScreen) layout(fresh bool) {
	w := s.contentWidth()
	switch s.step {
	case saveStepFormat:
		s.cur = s.install(saveFormatForm(s.cat, s.theme, w, s.keep(fresh, s.format)))
	case saveStepReplace:
		s.cur = s.install(replaceForm(s.cat, s.path, s.theme, w, replaceNo))
	case saveStepName:
		s.cur = nil
		s.input.SetWidth(max(w-lipgloss.Width(s.input.Prompt)-1, 10))
	}
}

// restyle gives the name input the styles of a new background.
func (s *saveScreen) restyle() { s.input.SetStyles(s.st.inputStyles(s.dark)) }

// paste puts pasted text in the name input, no more of it than a name
// may hold.
func (s *saveScreen) paste(msg tea.PasteMsg) tea.Cmd {
	if s.step != saveStepName {
		return nil
	}
	if room := nameMax - len(s.input.Value()); len(msg.Content) > room {
		msg.Content = cutBytes(msg.Content, max(room, 0))
		s.err = s.cat.F("tui.save.cut", "max", strconv.Itoa(nameMax))
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	s.capName()
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
	s.capName()
	return cmd
}

// capName keeps the name within nameMax bytes.
func (s *saveScreen) capName() {
	if v := s.input.Value(); len(v) > nameMax {
		s.input.SetValue(cutBytes(v, nameMax))
		s.input.CursorEnd()
		s.err = s.cat.F("tui.save.cut", "max", strconv.Itoa(nameMax))
	}
}

// cutBytes cuts s to at most n bytes, at a character boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// to goes to step and lays it out fresh.
func (s *saveScreen) to(step int) {
	s.step = step
	s.relayout()
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
// the format.
func (s *saveScreen) nameInput(format int) textinput.Model {
	in := textinput.New()
	in.Prompt = s.cat.T("tui.save.name") + " "
	in.CharLimit = nameMax
	in.SetStyles(s.st.inputStyles(s.dark))
	in.SetValue(s.defaultName(format))
	in.CursorEnd()
	in.Focus()
	return in
}

// extension is the file-name extension of a format of the dialog.
func extension(format int) string {
	switch format {
	case saveMarkdown:
		return ".md"
	case saveAnswers:
		return ".json"
	}
	return ".txt"
}

// defaultName is the file name the dialog offers for a format.
func (s *saveScreen) defaultName(format int) string {
	if format == saveAnswers {
		return s.cat.T("tui.save.default_answers") + extension(format)
	}
	return s.cat.T("tui.save.default") + extension(format)
}

// resolve turns the name typed into the absolute path it names: ~ and ~/
// at its start are the home folder (~user is a name like any other), a
// relative name is in the dialog's folder, and a name without an
// extension gets the format's. A name that is a folder (it ends in / or
// is one) gives dir and no file; ok is false for an empty name.
func (s *saveScreen) resolve(name string) (path string, folder, ok bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", false, false
	}
	folder = strings.HasSuffix(name, "/") || strings.HasSuffix(name, string(filepath.Separator))
	if name == "~" || strings.HasPrefix(name, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			name = filepath.Join(home, name[1:])
			folder = folder || name == home
		}
	}
	if !filepath.IsAbs(name) {
		name = filepath.Join(s.dir, name)
	} else {
		name = filepath.Clean(name)
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		folder = true
	}
	if !folder && filepath.Ext(filepath.Base(name)) == "" {
		name += extension(s.format)
	}
	return name, folder, true
}

// submitName writes the report under the name typed. A folder is never
// taken for a file: the default name is put in it, to be confirmed with
// Enter.
func (s *saveScreen) submitName() {
	path, folder, ok := s.resolve(s.input.Value())
	switch {
	case !ok:
		s.err = s.cat.T("tui.save.empty")
	case folder:
		s.input.SetValue(cutBytes(filepath.Join(path, s.defaultName(s.format)), nameMax))
		s.input.CursorEnd()
		s.err = s.cat.T("tui.save.in_folder")
	default:
		s.write(path, false)
	}
}

// write writes the report, or the answers file, to path through
// savefile.Write, the one file writer: created 0600, never replacing a
// file unless force. What went wrong is said in the chosen language.
// Saving the answers is not saving the report: q still asks before
// closing.
func (s *saveScreen) write(path string, force bool) {
	var data []byte
	switch s.format {
	case saveMarkdown:
		data = report.Markdown(s.back.rep)
	case saveAnswers:
		data = s.flow.Answers().MarshalFile()
	default:
		data = report.Text(s.back.rep)
	}
	err := savefile.Write(path, data, force)
	switch {
	case err == nil && s.format == saveAnswers:
		s.close(s.cat.F("tui.save.answers_done", "path", path))
		return
	case err == nil:
		s.saved = path
		s.savedFor = s.flow.Answers()
		s.close(s.cat.F("tui.save.done", "path", path))
		return
	case errors.Is(err, savefile.ErrExists) && !force:
		s.path = path
		s.err = ""
		s.to(saveStepReplace)
		return
	default:
		s.err = saveFailure(s.cat, path, err)
	}
	s.to(saveStepName)
}

// sentence starts a message with a capital letter, as the TUI's own
// messages do (the command line's start in lower case).
func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// close goes back to the summary, at the place in the report it was left,
// with a notice.
func (s *saveScreen) close(notice string) {
	top := s.back.vp.YOffset()
	s.scr = s.back
	s.gen++
	s.notice = notice
	s.more = false
	s.relayout()
	s.back.vp.SetYOffset(top)
}

// view is the dialog: what saving means (when there is room), then the
// step shown.
func (s *saveScreen) view() string {
	w := s.contentWidth()
	_, h := s.size()
	var b strings.Builder
	b.WriteString(s.st.title.Render(wrapIndent(s.cat.T("tui.save.title"), w, 0)) + "\n\n")
	intro := wrapIndent(s.cat.T(pick(s.cfg.Counsellor, "tui.save.intro", "tui.counsellor.save.intro")), w, 0) + "\n\n"
	var step string
	switch s.step {
	case saveStepName:
		dir := s.dir
		if path, folder, ok := s.resolve(s.input.Value()); ok && !folder {
			dir = filepath.Dir(path)
		} else if ok {
			dir = path
		}
		step = s.input.View() + "\n" + s.st.muted.Render(wrapIndent(s.cat.F("tui.save.folder", "dir", dir), w, 0))
	default:
		if s.cur != nil {
			step = trimBlank(s.cur.form.View())
		}
	}
	if lipgloss.Height(intro+step)+2+s.footerHeight() <= h {
		b.WriteString(intro)
	}
	b.WriteString(step)
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
