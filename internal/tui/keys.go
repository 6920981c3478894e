package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/i18n"
)

// keyMap holds every key of the TUI with its help text in the chosen
// language. Keys a huh field handles itself (moving, ticking, Enter) are
// passed on to it; all other keys are the root model's.
type keyMap struct {
	Quit   key.Binding // ctrl+c: abort before the summary
	Move   key.Binding // ↑/↓ inside a list (help only; huh moves)
	Answer key.Binding // enter on a question
	Choose key.Binding // enter on a menu
	Toggle key.Binding // x/space on a multi
	Skip   key.Binding // leave the question unanswered
	Back   key.Binding // the previous question
	Start  key.Binding // enter on the welcome screen
	Lang   key.Binding // switch the language on the welcome screen
	Scroll key.Binding // summary: a line up or down
	Page   key.Binding // summary: a page up or down
	Top    key.Binding // summary: the start
	Bottom key.Binding // summary: the end
	Save   key.Binding // summary: save the report
	Close  key.Binding // summary: close, asking first when nothing is saved
	Review key.Binding // summary: back to the review
	// NextFinding and PrevFinding scroll the summary to the next or the
	// previous finding; Findings is the two in the key help.
	NextFinding, PrevFinding, Findings key.Binding
	Yes                                key.Binding // asked whether to close: close
	Stay                               key.Binding // asked whether to close: stay
	Cancel                             key.Binding // save dialog: back to the summary
	Write                              key.Binding // save dialog: write the file
	Any                                key.Binding // crisis end screen: any other key closes (help only)

	// More shows what a screen left out for want of room: the whole
	// question and its help text, and all keys; pressed again, the short
	// screen. Its help text is set where it is shown (moreKey).
	More key.Binding
	// TextPage scrolls the whole question shown with More.
	TextPage key.Binding
	// Suspend gives the terminal back to the shell (Ctrl+Z); fg resumes.
	Suspend key.Binding

	// Field are the keys passed on to a huh field: moving and ticking.
	Field key.Binding
	// Enter is the plain Enter key: it takes the form's value.
	Enter key.Binding

	// DontKnow is the counsellor's "doesn't know" on a question: it
	// records the question's Unsure option (["unsure"] on other_meds), and
	// on adult, which has none, leaves the question unanswered, like Skip.
	// It is bound, and shown in the key help, in counsellor mode only; d
	// is free in every field (filtering is off, nothing is typed).
	DontKnow key.Binding
	// Note shows the whole of a counsellor's note on a short screen, and
	// the short one again.
	Note key.Binding
	// Report jumps between the read-back and the full report on a
	// counsellor's summary.
	Report key.Binding
}

// newKeyMap returns the keys with their help texts from cat; the
// counsellor's keys are bound only when counsellor is set.
func newKeyMap(cat *i18n.Catalog, counsellor bool) keyMap {
	h := func(k, desc string) key.BindingOpt { return key.WithHelp(cat.T("tui.key."+k), cat.T("tui.help."+desc)) }
	k := keyMap{
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), h("quit", "quit")),
		Move:   key.NewBinding(key.WithKeys("up", "down"), h("move", "move")),
		Answer: key.NewBinding(key.WithKeys("enter"), h("enter", "answer")),
		Choose: key.NewBinding(key.WithKeys("enter"), h("enter", "choose")),
		Toggle: key.NewBinding(key.WithKeys("x", "space"), h("toggle", "toggle")),
		Skip:   key.NewBinding(key.WithKeys("-"), h("skip", "skip")),
		Back:   key.NewBinding(key.WithKeys("shift+tab", "esc"), h("back", "back")),
		Start:  key.NewBinding(key.WithKeys("enter"), h("enter", "start")),
		Lang:   key.NewBinding(key.WithKeys("l", "L", "left", "right", "tab"), h("lang", "lang")),
		Scroll: key.NewBinding(key.WithKeys("up", "down", "k", "j"), h("move", "scroll")),
		Page:   key.NewBinding(key.WithKeys("pgup", "pgdown", "space", "enter", "b", "f"), h("page", "page")),
		Top:    key.NewBinding(key.WithKeys("home", "g")),
		Bottom: key.NewBinding(key.WithKeys("end", "G")),
		Save:   key.NewBinding(key.WithKeys("s", "S"), h("save", "save")),
		Close:  key.NewBinding(key.WithKeys("q", "Q"), h("close", "close")),
		Review: key.NewBinding(key.WithKeys("shift+tab", "esc"), h("back", "to_review")),

		NextFinding: key.NewBinding(key.WithKeys("tab")),
		PrevFinding: key.NewBinding(key.WithKeys("p", "P")),
		Findings:    key.NewBinding(key.WithKeys("tab", "p", "P"), h("findings", "findings")),

		Yes:    key.NewBinding(key.WithKeys("y", "Y", "enter"), h("yes", "yes")),
		Stay:   key.NewBinding(key.WithKeys("n", "N", "esc"), h("no", "no")),
		Cancel: key.NewBinding(key.WithKeys("esc"), h("cancel", "cancel")),
		Write:  key.NewBinding(key.WithKeys("enter"), h("enter", "save_file")),
		Any:    key.NewBinding(key.WithHelp("", cat.T("tui.help.any"))),

		More:     key.NewBinding(key.WithKeys("?"), h("more", "all_keys")),
		TextPage: key.NewBinding(key.WithKeys("pgup", "pgdown"), h("page", "scroll")),
		Suspend:  key.NewBinding(key.WithKeys("ctrl+z"), h("suspend", "suspend")),
		Field: key.NewBinding(key.WithKeys("up", "down", "k", "j", "ctrl+p", "ctrl+n",
			"home", "end", "g", "G", "ctrl+u", "ctrl+d", "x", "space")),
		Enter: key.NewBinding(key.WithKeys("enter")),

		DontKnow: key.NewBinding(key.WithKeys("d", "D"), h("dont_know", "dont_know")),
		Note:     key.NewBinding(key.WithKeys("n", "N"), h("note", "note_more")),
		Report:   key.NewBinding(key.WithKeys("r", "R"), h("report", "report")),
	}
	if !counsellor {
		k.DontKnow.SetEnabled(false)
		k.Note.SetEnabled(false)
		k.Report.SetEnabled(false)
	}
	return k
}

// huhKeyMap is huh's keymap for what the root model passes on (moving,
// ticking): no filter, no quit (the root model handles ctrl+c), no
// select-all, no tab. Its help texts are never shown: the root model draws
// the key help, and takes Enter itself.
func huhKeyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	off := func(b *key.Binding) { b.SetEnabled(false) }
	off(&k.Quit)
	for _, b := range []*key.Binding{&k.Select.Filter, &k.Select.SetFilter, &k.Select.ClearFilter, &k.Select.Prev,
		&k.MultiSelect.Filter, &k.MultiSelect.SetFilter, &k.MultiSelect.ClearFilter, &k.MultiSelect.Prev,
		&k.MultiSelect.SelectAll, &k.MultiSelect.SelectNone} {
		off(b)
	}
	k.Select.Next = key.NewBinding(key.WithKeys("enter"))
	k.Select.Submit = key.NewBinding(key.WithKeys("enter"))
	k.MultiSelect.Next = key.NewBinding(key.WithKeys("enter"))
	k.MultiSelect.Submit = key.NewBinding(key.WithKeys("enter"))
	return k
}

// keyHelp lays the bindings out as "key what · key what", wrapped to
// width so that no key is cut off.
func keyHelp(st *styles, width int, bindings ...key.Binding) string {
	sep := st.keyDesc.Render(" · ")
	sepW := lipgloss.Width(sep)
	var lines []string
	var line strings.Builder
	lineW := 0
	for _, b := range bindings {
		h := b.Help()
		if h.Key == "" && h.Desc == "" {
			continue
		}
		item := st.keyDesc.Render(h.Desc)
		if h.Key != "" {
			item = st.key.Render(h.Key) + " " + item
		}
		w := lipgloss.Width(item)
		if lineW > 0 && lineW+sepW+w > width {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		if lineW > 0 {
			line.WriteString(sep)
			lineW += sepW
		}
		line.WriteString(item)
		lineW += w
	}
	if lineW > 0 {
		lines = append(lines, line.String())
	}
	return strings.Join(lines, "\n")
}

// press returns the key message for a key name, as the terminal sends it;
// used to place a huh field's cursor.
func press(code rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code} }
