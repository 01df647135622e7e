package analyze

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AppendFold appends to dst the folded form of r, the one way refrank
// compares letters across spellings (titles, employers and names alike):
//
//   - ASCII is lower-cased and otherwise kept;
//   - combining marks are dropped (the accent of a decomposed "é");
//   - other runes take their compatibility decomposition (NFKD: "é" is
//     "e" and an accent, fullwidth "Ａ" is "A", "ﬁ" is "fi"), without the
//     combining marks, lower-cased;
//   - the letters that Unicode does not decompose but that people write
//     without their diacritic are spelled in ASCII: ß ss, æ ae, œ oe,
//     ø o, đ and ð d, þ th, ł and ŀ l, ı i, ħ h, ŧ t, ĸ k, ŉ n;
//   - a letter or digit whose decomposition holds no letter, number or
//     spacing mark is kept, lower-cased, so that every word has a form.
//
// What is appended is valid UTF-8 and holds no upper-case letter; it may
// hold runes other than letters (NFKD turns "½" into "1⁄2"), which a
// caller classifies as it classifies its input. Folding a folded rune
// changes nothing. Nothing is allocated but for growing dst.
func AppendFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if r < latinEnd {
		return append(dst, latinFolds[r-utf8.RuneSelf]...)
	}
	return appendFoldSlow(dst, r)
}

// Fold returns s with every rune folded as AppendFold does (invalid bytes
// become U+FFFD), or s itself when folding changes nothing.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			var buf [64]byte
			b := append(buf[:0], s[:i]...)
			for _, r := range s[i:] {
				b = AppendFold(b, r)
			}
			return string(b)
		}
	}
	return s
}

// latinEnd bounds the runes whose folded forms are kept in a table: Latin-1
// and Latin Extended-A and -B, which hold most accented letters of names
// and titles.
const latinEnd = 0x250

var latinFolds = func() (t [latinEnd - utf8.RuneSelf]string) {
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		t[r-utf8.RuneSelf] = string(appendFoldSlow(nil, r))
	}
	return t
}()

// appendFoldSlow is AppendFold for a non-ASCII rune, computed.
func appendFoldSlow(dst []byte, r rune) []byte {
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return dst
	}
	if s := spelled(unicode.ToLower(r)); s != "" {
		return append(dst, s...)
	}
	d := decompose(r)
	if d == nil {
		return appendLower(dst, r)
	}
	start := len(dst)
	for len(d) > 0 {
		dr, size := utf8.DecodeRune(d)
		d = d[size:]
		dst = appendFoldPart(dst, dr)
	}
	if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !holdsWord(dst[start:]) {
		return appendLower(dst[:start], r)
	}
	return dst
}

// appendFoldPart appends one rune of a decomposition, folded: marks
// dropped, lower-cased, and a lower-case form that decomposes decomposed
// once more.
func appendFoldPart(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return appendLower(dst, r)
	}
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return dst
	}
	l := unicode.ToLower(r)
	if s := spelled(l); s != "" {
		return append(dst, s...)
	}
	if l == r || l < utf8.RuneSelf {
		return appendLower(dst, l)
	}
	d := decompose(l)
	if d == nil {
		return utf8.AppendRune(dst, l)
	}
	for len(d) > 0 {
		dr, size := utf8.DecodeRune(d)
		d = d[size:]
		if !unicode.In(dr, unicode.Mn, unicode.Me) {
			dst = appendLower(dst, dr)
		}
	}
	return dst
}

// appendLower appends r lower-cased.
func appendLower(dst []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	return utf8.AppendRune(dst, r)
}

// holdsWord reports whether b holds a letter, number or spacing mark.
func holdsWord(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mc, r) {
			return true
		}
	}
	return false
}

// decompose returns the compatibility decomposition of r, or nil when r
// has none.
func decompose(r rune) []byte {
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return norm.NFKD.Properties(enc[:n]).Decomposition()
}

// spelled spells in ASCII the lower-case letters that Unicode does not
// decompose (or decomposes into more than the letter) but that people
// write without their diacritic, or returns "".
func spelled(r rune) string {
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'ø':
		return "o"
	case 'đ', 'ð':
		return "d"
	case 'þ':
		return "th"
	case 'ł', 'ŀ':
		return "l"
	case 'ı':
		return "i"
	case 'ħ':
		return "h"
	case 'ŧ':
		return "t"
	case 'ĸ':
		return "k"
	case 'ŉ':
		return "n"
	}
	return ""
}

// NameKey is the form of a person's name that joins files and rows without
// profile URLs (tie's join of messages and notes to contacts, the merge of
// two exports, the persons of one file, the rows of a notes file): letters
// folded as [AppendFold] does (case and accents: "Tomás" is "tomas"),
// without what follows a comma (a credential: "Rivera, PMP") or stands in
// brackets (pronouns), without symbols such as emoji, words joined by one
// space. Letters, digits (and what folds to them: "½" is "12"), apostrophes
// (any of ' ’ ‘ ʼ, written '), hyphens and dots make words. A name with no letter or digit outside brackets
// ("🚀") has the name itself as its key, folded and one-spaced, so that two
// such names stay apart; an empty name has the key "".
func NameKey(name string) string {
	var buf [64]byte
	return string(AppendNameKey(buf[:0], name))
}

// AppendNameKey appends the NameKey of name to dst, so that look-ups can
// reuse one buffer; it allocates nothing but for growing dst.
func AppendNameKey(dst []byte, name string) []byte {
	start := len(dst)
	depth := 0
	space, word := false, false
	for _, r := range name {
		switch {
		case r == ',':
			return nameOrSelf(dst, start, word, name)
		case r == '(' || r == '[':
			depth++
			continue
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
			continue
		case depth > 0:
			continue
		}
		n := len(dst)
		if space && n > start {
			dst = append(dst, ' ')
		}
		switch {
		case r < utf8.RuneSelf && isASCIIWord(byte(r)):
			dst = AppendFold(dst, r)
			word = true
		case r == '\'' || r == '-' || r == '.':
			dst = append(dst, byte(r))
		case r == '’' || r == '‘' || r == 'ʼ':
			dst = append(dst, '\'')
		case r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Me):
			// A combining accent, typed apart: dropped, the word goes on.
			dst = dst[:n]
			continue
		case r >= utf8.RuneSelf:
			// A letter, or what folds to letters or digits ("½", "™").
			m := len(dst)
			if dst = appendNameRune(dst, r); len(dst) == m {
				dst = dst[:n]
				space = true
				continue
			}
			word = true
		default:
			dst = dst[:n]
			space = true
			continue
		}
		space = false
	}
	return nameOrSelf(dst, start, word, name)
}

// nameOrSelf returns dst, holding a name key from start, or when the key
// holds no letter or digit, dst[:start] and the name folded, then
// one-spaced (a folded "¸" is a space).
func nameOrSelf(dst []byte, start int, word bool, name string) []byte {
	if word {
		return dst
	}
	return append(dst[:start], OneSpaced(Fold(name))...) // rare: may allocate
}

// appendNameRune appends the letters and digits of the folded form of r.
func appendNameRune(dst []byte, r rune) []byte {
	var buf [32]byte
	for b := AppendFold(buf[:0], r); len(b) > 0; {
		f, size := utf8.DecodeRune(b)
		b = b[size:]
		if f < utf8.RuneSelf && isASCIIWord(byte(f)) || f >= utf8.RuneSelf && (unicode.IsLetter(f) || unicode.IsDigit(f)) {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
