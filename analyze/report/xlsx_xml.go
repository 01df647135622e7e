package report

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The rows of a table sheet are the bulk of a workbook, and this package
// writes their XML itself (excelize's stream writer takes most of the
// writing time with an interface, a name and an escaped copy of every
// cell): the same elements as the stream writer, appended to one buffer
// per block of rows.

// appendRow appends the XML of row (from 1) to b: the cells that are not
// empty, cols[k] naming column k, and the row's height in points, or 0
// for the default.
func appendRow(b []byte, row int, height float64, cols []string, cells []cell) []byte {
	var digits [20]byte // of row, for every cell's name
	r := strconv.AppendInt(digits[:0], int64(row), 10)
	b = append(b, `<row r="`...)
	b = append(b, r...)
	b = append(b, '"')
	if height > 0 {
		b = append(b, ` ht="`...)
		b = strconv.AppendFloat(b, height, 'f', -1, 64)
		b = append(b, `" customHeight="1"`...)
	}
	b = append(b, '>')
	for k := range cells {
		if c := &cells[k]; !c.empty() {
			b = c.appendXML(b, cols[k], r)
		}
	}
	return append(b, `</row>`...)
}

// appendXML appends the XML of c, the cell of col and row (in digits), to
// b: text inline, a number, or a formula with its text as the value shown.
func (c *cell) appendXML(b []byte, col string, row []byte) []byte {
	b = append(b, `<c r="`...)
	b = append(b, col...)
	b = append(b, row...)
	b = append(b, '"')
	if c.style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(c.style), 10)
		b = append(b, '"')
	}
	switch {
	case c.link:
		// HYPERLINK("u","u"), u with each '"' doubled: the rows build it
		// here so that no formula string is made. u is escaped once and
		// copied; without '"' or '_' it reads the same as the value too.
		b = append(b, ` t="str"><f>HYPERLINK("`...)
		start := len(b)
		b = appendEscaped(b, c.text, true, false)
		end := len(b)
		b = append(b, `","`...)
		b = append(b, b[start:end]...)
		b = append(b, `")</f><v>`...)
		if text := clip(c.text); text == c.text && strings.IndexByte(text, '"') < 0 && strings.IndexByte(text, '_') < 0 {
			b = append(b, b[start:end]...)
		} else {
			b = appendEscaped(b, text, false, true)
		}
		return append(b, `</v></c>`...)
	case c.formula != "":
		b = append(b, ` t="str"><f>`...)
		b = appendEscaped(b, c.formula, false, false)
		b = append(b, `</f><v>`...)
		b = appendEscaped(b, clip(c.text), false, true)
		return append(b, `</v></c>`...)
	}
	switch c.value {
	case valueInt:
		b = append(b, `><v>`...)
		b = strconv.AppendInt(b, int64(c.n), 10)
		return append(b, `</v></c>`...)
	case valueFloat:
		b = append(b, `><v>`...)
		b = appendNumber(b, c.num)
		return append(b, `</v></c>`...)
	}
	text := clip(c.text)
	b = append(b, ` t="inlineStr"><is><t`...)
	if text != "" && (isSpace(text[0]) || isSpace(text[len(text)-1])) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	b = appendEscaped(b, text, false, true)
	return append(b, `</t></is></c>`...)
}

// appendNumber appends x to b as strconv.AppendFloat(b, x, 'f', -1, 64)
// does: the shortest decimal that reads back as x. Most numbers of a
// sheet are tenths (analyze.Round1), which it writes itself: when x is
// the double nearest n/10, that decimal is n/10 written out, or n/10
// alone when a whole number.
func appendNumber(b []byte, x float64) []byte {
	n := math.Round(x * 10)
	if n/10 != x || math.Abs(n) >= 1<<53 || x == 0 && math.Signbit(x) {
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	}
	whole, tenth := int64(n)/10, int64(n)%10
	if tenth < 0 {
		tenth = -tenth
		if whole == 0 {
			b = append(b, '-') // -0.5: whole is 0, no sign of its own
		}
	}
	b = strconv.AppendInt(b, whole, 10)
	if tenth != 0 {
		b = append(b, '.', byte('0'+tenth))
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// appendEscaped appends s to b as XML character data: '&', '<' and '>'
// as entities, a carriage return as a character reference (a parser
// would read a bare one as a line feed), and what XML cannot hold
// (control characters, invalid UTF-8, U+FFFE and U+FFFF) as U+FFFD.
// quotes doubles each '"', as inside a formula's string; text escapes
// an '_' that starts what reads as an escaped character ("_x0041_", how
// spreadsheet files write characters XML cannot hold) as "_x005F_", so
// that it reads back as typed.
func appendEscaped(b []byte, s string, quotes, text bool) []byte {
	done := 0 // s[:done] is appended
	for i := 0; i < len(s); {
		c := s[i]
		if !special[c] {
			i++
			continue
		}
		var esc string
		n := 1
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			n = size
			if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
				esc = "\uFFFD"
			}
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '\r':
			esc = "&#xD;"
		case c == '"':
			if quotes {
				esc = `""`
			}
		case c == '_':
			if text && escapedChar(s[i:]) {
				esc = "_x005F_"
			}
		case c != '\t' && c != '\n': // the other control characters
			esc = "\uFFFD"
		}
		if esc != "" {
			b = append(b, s[done:i]...)
			b = append(b, esc...)
			done = i + n
		}
		i += n
	}
	return append(b, s[done:]...)
}

// special marks the bytes appendEscaped looks at twice: all others are
// copied as they are.
var special = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < 0x20 && c != '\t' && c != '\n' || c >= utf8.RuneSelf || strings.IndexByte(`&<>"_`, byte(c)) >= 0
	}
	return t
}()

// escapedChar reports whether s starts with "_x", four hex digits and
// "_", which a spreadsheet reads as one escaped character.
func escapedChar(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for i := 2; i < 6; i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}
