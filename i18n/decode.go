package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFlat reads a catalog file, a JSON object whose values are all
// strings, into m; a key already in m is an error (dup names the key's
// other file). It reads only this shape, which is all a catalog may hold,
// and is what a process pays for its texts: about a tenth of
// encoding/json's time, and texts without escapes are slices of data,
// not copies. A test checks that it reads every catalog as encoding/json
// does.
func decodeFlat(data string, m map[string]string, dup func(key string) error) error {
	if !utf8.ValidString(data) {
		return fmt.Errorf("not UTF-8 text")
	}
	d := flatDecoder{s: data}
	d.space()
	if !d.take('{') {
		return d.errorf("want {")
	}
	d.space()
	if d.take('}') {
		return d.end()
	}
	for {
		d.space()
		k, err := d.str()
		if err != nil {
			return err
		}
		d.space()
		if !d.take(':') {
			return d.errorf("want : after key %q", k)
		}
		d.space()
		v, err := d.str()
		if err != nil {
			return err
		}
		if _, ok := m[k]; ok {
			return dup(k)
		}
		m[k] = v
		d.space()
		if d.take('}') {
			return d.end()
		}
		if !d.take(',') {
			return d.errorf("want , or }")
		}
	}
}

// flatDecoder reads JSON from s, at i.
type flatDecoder struct {
	s string
	i int
}

func (d *flatDecoder) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", d.i, fmt.Sprintf(format, args...))
}

// space skips JSON white space.
func (d *flatDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// take skips c if it comes next.
func (d *flatDecoder) take(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end checks that only white space follows the object.
func (d *flatDecoder) end() error {
	d.space()
	if d.i != len(d.s) {
		return d.errorf("text after the object")
	}
	return nil
}

// str reads a JSON string. Without escapes it is a slice of s.
func (d *flatDecoder) str() (string, error) {
	if !d.take('"') {
		return "", d.errorf("want a string")
	}
	rest := d.s[d.i:]
	end := strings.IndexByte(rest, '"')
	if end < 0 {
		return "", d.errorf("unterminated string")
	}
	if esc := strings.IndexByte(rest[:end], '\\'); esc >= 0 {
		var b strings.Builder
		b.WriteString(rest[:esc])
		d.i += esc
		return d.escaped(&b)
	}
	for j := range end {
		if rest[j] < 0x20 {
			d.i += j
			return "", d.errorf("control character in a string")
		}
	}
	d.i += end + 1
	return rest[:end], nil
}

// escaped reads the rest of a string that holds an escape, from the
// first backslash, into b.
func (d *flatDecoder) escaped(b *strings.Builder) (string, error) {
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String(), nil
		case c < 0x20:
			return "", d.errorf("control character in a string")
		case c != '\\':
			b.WriteByte(c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.s) {
			break
		}
		e := d.s[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", d.errorf(`bad \u escape`)
			}
			if utf16.IsSurrogate(r) {
				// A pair gives one rune; a lone half is U+FFFD, as in
				// encoding/json.
				save := d.i
				if d.take('\\') && d.take('u') {
					if r2, ok := d.hex4(); ok {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							b.WriteRune(dec)
							continue
						}
					}
				}
				d.i = save
				r = utf8.RuneError
			}
			b.WriteRune(r)
		default:
			return "", d.errorf("bad escape \\%c", e)
		}
	}
	return "", d.errorf("unterminated string")
}

// hex4 reads the four hex digits of a \u escape.
func (d *flatDecoder) hex4() (rune, bool) {
	if d.i+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(d.s[d.i:d.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(n), true
}
