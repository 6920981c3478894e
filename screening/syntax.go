package screening

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// jsonSpace is JSON's white space.
const jsonSpace = " \t\r\n"

// encoding rejects a byte-order mark, UTF-16 without one and bytes that
// are not UTF-8, each named as such.
func (p *parser) encoding() error {
	d := p.data
	switch {
	case bytes.HasPrefix(d, []byte("\xef\xbb\xbf")), bytes.HasPrefix(d, []byte("\xfe\xff")), bytes.HasPrefix(d, []byte("\xff\xfe")):
		return p.errAt(0, &InputError{Code: ErrBOM})
	case len(d) >= 2 && (d[0] == 0) != (d[1] == 0):
		// JSON starts with an ASCII character: one zero byte beside it is
		// UTF-16, big- or little-endian.
		return p.errAt(0, &InputError{Code: ErrUTF16})
	}
	for off := 0; off < len(d); {
		r, n := utf8.DecodeRune(d[off:])
		if r == utf8.RuneError && n == 1 {
			return p.errAt(off, &InputError{Code: ErrNotUTF8, Value: Quote(string(d[off : off+1]))})
		}
		off += n
	}
	return nil
}

// What the syntax check expects next.
const (
	wantValue      = iota // a value
	wantFirstValue        // a value or ], after [
	wantKey               // a key, after a comma in an object
	wantFirstKey          // a key or }, after {
	wantColon             // a colon, after a key
	wantAfter             // a comma or the closing bracket, after a value
)

// syntax checks that the (UTF-8) data is one JSON value followed by white
// space only, and places the first offending character exactly.
func (p *parser) syntax() error {
	d := p.data
	var open []byte // the brackets still open
	state := wantValue
	for i := 0; ; {
		for i < len(d) && strings.IndexByte(jsonSpace, d[i]) >= 0 {
			i++
		}
		if i == len(d) {
			if state == wantAfter && len(open) == 0 {
				return nil
			}
			return p.errAt(i, &InputError{Code: ErrEOF})
		}
		c := d[i]
		closeFirst := (state == wantFirstValue && c == ']') || (state == wantFirstKey && c == '}')
		if closeFirst || (state == wantAfter && len(open) > 0 && c == open[len(open)-1]+2) {
			open, state, i = open[:len(open)-1], wantAfter, i+1 // '['+2 == ']', '{'+2 == '}'
			continue
		}
		var code ErrorCode
		switch state {
		case wantValue, wantFirstValue:
			switch {
			case c == '{' || c == '[':
				open, state, i = append(open, c), wantFirstKey, i+1
				if c == '[' {
					state = wantFirstValue
				}
				continue
			case c == '"':
				code, i = p.str(i)
			case c == '-' || c == 't' || c == 'f' || c == 'n' || '0' <= c && c <= '9':
				code, i = p.word(i)
			default:
				code = ErrSyntaxValue
			}
			state = wantAfter
		case wantKey, wantFirstKey:
			code, state = ErrSyntaxKey, wantColon
			if c == '"' {
				code, i = p.str(i)
			}
		case wantColon:
			code = ErrSyntaxColon
			if c == ':' {
				code, state, i = "", wantValue, i+1
			}
		case wantAfter:
			switch {
			case len(open) == 0:
				end := bytes.IndexByte(d[i:], '\n')
				if end < 0 {
					end = len(d) - i
				}
				return p.errAt(i, &InputError{Code: ErrTrailing, Value: Quote(string(d[i : i+end]))})
			case c == ',' && open[len(open)-1] == '{':
				state, i = wantKey, i+1
			case c == ',':
				state, i = wantValue, i+1
			case open[len(open)-1] == '{':
				code = ErrSyntaxObject
			default:
				code = ErrSyntaxArray
			}
		}
		if code != "" {
			return p.fail(code, i)
		}
	}
}

// fail reports a syntax error of class code at offset i, showing what
// was found there.
func (p *parser) fail(code ErrorCode, i int) error {
	d := p.data
	if i >= len(d) {
		return p.errAt(len(d), &InputError{Code: ErrEOF})
	}
	e := &InputError{Code: code}
	switch code {
	case ErrSyntaxEscape: // the backslash, any hex digits and the character that does not fit
		end := i + 1
		if d[end] == 'u' {
			for end++; end < i+6 && isHex(d[end]); end++ {
			}
		}
		_, n := utf8.DecodeRune(d[end:])
		e.Value = Quote(string(d[i : end+n]))
	case ErrSyntaxWord:
		e.Value = Quote(string(d[p.wordStart(i):p.wordEnd(i)]))
	default:
		_, end := utf8.DecodeRune(d[i:])
		if isWordChar(d[i]) {
			end = p.wordEnd(i) - i
		}
		e.Value = Quote(string(d[i : i+end]))
	}
	return p.errAt(i, e)
}

// str reads the string starting at the quote at i and returns the offset
// after it, or an error class and the offset of the offending character.
func (p *parser) str(i int) (ErrorCode, int) {
	d := p.data
	for i++; i < len(d); i++ {
		switch c := d[i]; {
		case c == '"':
			return "", i + 1
		case c < 0x20:
			return ErrSyntaxControl, i
		case c == '\\':
			if i+1 == len(d) {
				return ErrEOF, len(d)
			}
			n := 2
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for n = 2; n < 6 && i+n < len(d) && isHex(d[i+n]); n++ {
				}
				if n < 6 && i+n == len(d) {
					return ErrEOF, len(d)
				}
				if n < 6 {
					return ErrSyntaxEscape, i
				}
			default:
				return ErrSyntaxEscape, i
			}
			i += n - 1
		}
	}
	return ErrEOF, len(d)
}

// word reads the number or true, false or null at i and returns the
// offset after it, or an error class and the offset of the offending
// character.
func (p *parser) word(i int) (ErrorCode, int) {
	d := p.data
	digits := func(j int) (int, bool) {
		k := j
		for k < len(d) && '0' <= d[k] && d[k] <= '9' {
			k++
		}
		return k, k > j
	}
	j, ok := i, true
	if lit := map[byte]string{'t': "true", 'f': "false", 'n': "null"}[d[i]]; lit != "" {
		for j < len(d) && j-i < len(lit) && d[j] == lit[j-i] {
			j++
		}
		ok = j-i == len(lit)
	} else {
		if d[j] == '-' {
			j++
		}
		if j < len(d) && d[j] == '0' {
			j++
		} else {
			j, ok = digits(j)
		}
		if ok && j < len(d) && d[j] == '.' {
			j, ok = digits(j + 1)
		}
		if ok && j < len(d) && (d[j] == 'e' || d[j] == 'E') {
			j++
			if j < len(d) && (d[j] == '+' || d[j] == '-') {
				j++
			}
			j, ok = digits(j)
		}
	}
	if !ok || j < len(d) && isWordChar(d[j]) {
		return ErrSyntaxWord, j
	}
	return "", j
}

// wordStart and wordEnd return where the run of word characters around
// offset i starts and ends.
func (p *parser) wordStart(i int) int {
	for i > 0 && isWordChar(p.data[i-1]) {
		i--
	}
	return i
}

func (p *parser) wordEnd(i int) int {
	for i < len(p.data) && isWordChar(p.data[i]) {
		i++
	}
	return i
}

func isWordChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("+-._", c) >= 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
