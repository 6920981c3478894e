package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// drawnField is a huh field that draws itself once for each state it is
// in. huh's group asks its field for its View two or three times for each
// change (to measure the group, to find the field's offset and to fill
// the viewport), and a Select or MultiSelect measures every line of every
// option each time: the most expensive part of laying out a screen. Every
// method that changes what the field shows forgets the drawing; one that
// sets what is set already (the width, the focus) or what is not drawn
// (the keymap, the position) does not.
type drawnField struct {
	huh.Field
	view  string
	drawn bool

	width, height int
	focused       bool
}

// drawOnce wraps f, focused and set to width and keys, so that it draws
// once for each state: the form passes the same on again without
// drawing it anew.
func drawOnce(f huh.Field, width int, keys *huh.KeyMap) *drawnField {
	d := &drawnField{Field: f}
	d.WithWidth(width)
	d.WithKeyMap(keys)
	d.Focus()
	return d
}

func (d *drawnField) View() string {
	if !d.drawn {
		d.view, d.drawn = d.Field.View(), true
	}
	return d.view
}

func (d *drawnField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	d.drawn = false
	m, cmd := d.Field.Update(msg)
	if f, ok := m.(huh.Field); ok {
		d.Field = f
	}
	return d, cmd
}

func (d *drawnField) Init() tea.Cmd {
	d.drawn = false
	return d.Field.Init()
}

func (d *drawnField) Focus() tea.Cmd {
	if !d.focused {
		d.drawn, d.focused = false, true
	}
	return d.Field.Focus()
}

func (d *drawnField) Blur() tea.Cmd {
	d.drawn, d.focused = false, false
	return d.Field.Blur()
}

// WithTheme passes the theme on; the TUI's fields have theirs from the
// start, and huh keeps a field's first theme.
func (d *drawnField) WithTheme(t huh.Theme) huh.Field {
	d.Field.WithTheme(t)
	return d
}

// WithKeyMap passes the keymap on and keeps the drawing: a Select and a
// MultiSelect (huh v2.0.3) do not draw their keys (the form's help does),
// and huh.NewForm gives every field its default keymap after the group
// has drawn it, before the TUI's own.
func (d *drawnField) WithKeyMap(k *huh.KeyMap) huh.Field {
	d.Field.WithKeyMap(k)
	return d
}

func (d *drawnField) WithWidth(w int) huh.Field {
	if w != d.width {
		d.drawn, d.width = false, w
	}
	d.Field.WithWidth(w)
	return d
}

func (d *drawnField) WithHeight(h int) huh.Field {
	if h != d.height {
		d.drawn, d.height = false, h
	}
	d.Field.WithHeight(h)
	return d
}

// WithPosition passes the position on and keeps the drawing: a Select
// and a MultiSelect (huh v2.0.3) only enable or disable keys by their
// position, and a form sets it on every field once it is made, after its
// group has drawn the field to measure it.
func (d *drawnField) WithPosition(p huh.FieldPosition) huh.Field {
	d.Field.WithPosition(p)
	return d
}
