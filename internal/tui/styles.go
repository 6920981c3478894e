package tui

import (
	"image/color"

	"charm.land/bubbles/v2/textinput"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"mdma-screen/rules"
)

// styles are the lipgloss styles of every screen, for one background
// (dark or light) or for no colour at all. Colour never carries meaning
// alone: every level also has a symbol and a text label.
type styles struct {
	title   lipgloss.Style // screen titles
	heading lipgloss.Style // headings inside a screen
	strong  lipgloss.Style // help contacts, the headline
	muted   lipgloss.Style // progress lines, sources, hints
	notice  lipgloss.Style // one-line notices (dropped answers, saved)
	errText lipgloss.Style // a problem the person can fix
	key     lipgloss.Style // key names in the key help
	keyDesc lipgloss.Style // what a key does
	chosen  lipgloss.Style // the chosen language on the welcome screen
	help    lipgloss.Style // the box around help contacts
	note    lipgloss.Style // the bar beside a counsellor's note
	urgent  lipgloss.Style // the bar beside the crisis note
	noteHd  lipgloss.Style // the label over a counsellor's note

	level map[rules.Level]lipgloss.Style

	huh *huh.Styles
}

// levelSymbol marks a level beside its label, so that no level is told by
// colour alone.
var levelSymbol = map[rules.Level]string{
	rules.Urgent:  "!!",
	rules.Stop:    "■",
	rules.Caution: "▲",
	rules.Note:    "●",
	rules.None:    "○",
}

// Marks in the lists of answers.
const (
	markUnsure     = "?"
	markUnanswered = "–"
)

// newStyles returns the styles for a dark or light background; with
// noColor every style keeps its weight but loses its colour.
func newStyles(dark, noColor bool) *styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkC string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(darkC))
	}
	var (
		accent  = c("#3F3BB8", "#A5A2FF")
		muted   = c("#5C5C5C", "#A0A0A0")
		urgent  = c("#B00020", "#FF7B7B")
		stop    = c("#A13D00", "#FF9E64")
		caution = c("#6F5600", "#F2C94C")
		note    = c("#005A8C", "#7CC8FF")
		border  = c("#8A8A8A", "#5F5F5F")
		okText  = c("#1F5F99", "#9CD1FF")
		counsel = c("#6B3FA0", "#D2A8FF")
	)
	bar := lipgloss.Border{Left: "│"}
	s := &styles{
		title:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		heading: lipgloss.NewStyle().Bold(true).Foreground(accent),
		strong:  lipgloss.NewStyle().Bold(true),
		muted:   lipgloss.NewStyle().Foreground(muted),
		notice:  lipgloss.NewStyle().Foreground(okText),
		errText: lipgloss.NewStyle().Bold(true).Foreground(urgent),
		key:     lipgloss.NewStyle().Bold(true),
		keyDesc: lipgloss.NewStyle().Foreground(muted),
		chosen:  lipgloss.NewStyle().Bold(true).Underline(true).Foreground(accent),
		help: lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).
			BorderForeground(urgent).Padding(0, 1),
		note: lipgloss.NewStyle().Border(bar, false, false, false, true).
			BorderForeground(counsel).PaddingLeft(1),
		urgent: lipgloss.NewStyle().Border(bar, false, false, false, true).
			BorderForeground(urgent).PaddingLeft(1),
		noteHd: lipgloss.NewStyle().Bold(true).Foreground(counsel),
		level: map[rules.Level]lipgloss.Style{
			rules.Urgent:  lipgloss.NewStyle().Bold(true).Foreground(urgent),
			rules.Stop:    lipgloss.NewStyle().Bold(true).Foreground(stop),
			rules.Caution: lipgloss.NewStyle().Bold(true).Foreground(caution),
			rules.Note:    lipgloss.NewStyle().Bold(true).Foreground(note),
			rules.None:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		},
	}
	s.huh = huhStyles(accent, muted, urgent, border, noColor)
	return s
}

// huhStyles recolours huh's base theme: one accent for the cursor and the
// title, a muted description, no background blocks.
func huhStyles(accent, muted, errC, border color.Color, noColor bool) *huh.Styles {
	t := huh.ThemeBase(true)
	f := &t.Focused
	f.Base = f.Base.BorderForeground(border)
	f.Card = f.Base
	f.Title = f.Title.Bold(true)
	f.Description = f.Description.Foreground(muted)
	// The error is said in words where the hint on ticking stands; huh's
	// star after the title would only push the answers down a line.
	f.ErrorIndicator = lipgloss.NewStyle().SetString("")
	f.ErrorMessage = f.ErrorMessage.Foreground(errC)
	f.SelectSelector = lipgloss.NewStyle().Bold(true).Foreground(accent).SetString("> ")
	f.MultiSelectSelector = f.SelectSelector
	f.SelectedOption = lipgloss.NewStyle().Bold(true).Foreground(accent)
	f.SelectedPrefix = lipgloss.NewStyle().Bold(true).Foreground(accent).SetString("[x] ")
	f.UnselectedPrefix = lipgloss.NewStyle().SetString("[ ] ")
	f.Option = lipgloss.NewStyle()
	f.UnselectedOption = lipgloss.NewStyle()
	if noColor {
		f.FocusedButton = f.FocusedButton.UnsetForeground().UnsetBackground().Bold(true)
		f.BlurredButton = f.BlurredButton.UnsetForeground().UnsetBackground()
		f.TextInput.Placeholder = f.TextInput.Placeholder.UnsetForeground()
	}
	t.Blurred = t.Focused
	t.Blurred.Base = t.Blurred.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Group.Title = f.Title
	t.Group.Description = f.Description
	return t
}

// inputStyles styles the file-name input: a steady cursor (a blinking one
// would need a timer) in the accent colour.
func (s *styles) inputStyles(dark bool) textinput.Styles {
	st := textinput.DefaultStyles(dark)
	st.Cursor.Blink = false
	st.Cursor.Color = s.title.GetForeground()
	st.Focused.Prompt = s.strong
	st.Focused.Text = lipgloss.NewStyle()
	st.Blurred.Text = lipgloss.NewStyle()
	return st
}

// note is a hint or an error under a screen, wrapped to the content width
// and styled.
func (m *model) note(style lipgloss.Style, text string) string {
	return style.Render(wrapIndent(text, m.contentWidth(), 0))
}
