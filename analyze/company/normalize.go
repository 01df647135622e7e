package company

import (
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

// Normalize returns the comparison key of a company name: accents folded,
// lower case, punctuation as spaces, legal suffixes (Inc, LLC, Ltd, GmbH,
// S.A., PLC, Corp, Co., AG, SE, SAS, SARL, BV, Pty, Limited, Corporation,
// Incorporated, ...) dropped, tokens joined by one space. The package
// documentation lists every rule. Normalizing twice equals normalizing once.
func Normalize(name string) string {
	var buf [128]byte
	b := appendKey(buf[:0], name, true)
	if string(b) == name {
		return name // already a key: no allocation
	}
	return string(b)
}

// Separators in the intermediate form that appendTokens builds: tokens are
// joined by exactly one of them. A break separates segments of a name
// ("Samsung Electronics Co., Ltd." has two), and legal suffixes are dropped
// from the end of every segment.
const (
	sepSpace = ' '
	sepBreak = '|'
)

// appendKey appends the key of s to dst. With company set it drops a
// leading "the" and legal suffixes; without, it only folds and tokenises
// (for team names).
func appendKey(dst []byte, s string, company bool) []byte {
	start := len(dst)
	dst = appendTokens(dst, s)
	return finish(dst, start, company)
}

// asciiClass classifies ASCII bytes for appendTokens.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = sepSpace
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 'w'
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 'w'
		t[c-'a'+'A'] = 'w'
	}
	for _, c := range ",;:()[]{}|/\\" {
		t[c] = sepBreak
	}
	t['\''] = 'q' // apostrophe: dropped, joins ("Sam's" -> "sams")
	t['`'] = 'q'
	t['&'] = '&'
	return t
}()

// asciiLower lower-cases ASCII bytes.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c - 'A' + 'a')
	}
	return t
}()

// tokenizer carries the state of appendTokens.
type tokenizer struct {
	b       []byte
	start   int  // where the key starts in b
	pending byte // separator to write before the next word byte, or 0
	inWord  bool // the last thing seen was a word character
}

// sep records a separator; a break wins over a space.
func (t tokenizer) sep(c byte) tokenizer {
	t.inWord = false
	if t.pending != sepBreak {
		t.pending = c
	}
	return t
}

// word writes a word character, after the pending separator.
func (t tokenizer) word(r rune) tokenizer {
	if t.pending != 0 {
		if len(t.b) > t.start {
			t.b = append(t.b, t.pending)
		}
		t.pending = 0
	}
	if r < utf8.RuneSelf {
		t.b = append(t.b, byte(r))
	} else {
		t.b = utf8.AppendRune(t.b, r)
	}
	t.inWord = true
	return t
}

// and writes the token "and" for an ampersand that stands between words.
func (t tokenizer) and() tokenizer {
	t = t.sep(sepSpace)
	t = t.word('a')
	t = t.word('n')
	t = t.word('d')
	return t.sep(sepSpace)
}

// appendTokens appends the folded tokens of s to b, joined by single
// separators, with no separator first or last.
func appendTokens(b []byte, s string) []byte {
	t := tokenizer{b: b, start: len(b)}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch k := asciiClass[c]; k {
			case 'w':
				// The fast path: copy the run of ASCII letters and digits.
				if t.pending != 0 {
					if len(t.b) > t.start {
						t.b = append(t.b, t.pending)
					}
					t.pending = 0
				}
				t.b = append(t.b, asciiLower[c])
				for i < len(s) && s[i] < utf8.RuneSelf && asciiClass[s[i]] == 'w' {
					t.b = append(t.b, asciiLower[s[i]])
					i++
				}
				t.inWord = true
			case 'q':
			case '&':
				// "AT&T" is one token; "Procter & Gamble" says "and".
				if t.inWord && i < len(s) && isWordStart(s[i:]) {
					continue
				}
				t = t.and()
			default:
				t = t.sep(k)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			i++
			t = t.sep(sepSpace)
			continue
		}
		i += size
		if isApostrophe(r) {
			continue
		}
		if r == '＆' || r == '﹠' {
			if t.inWord && i < len(s) && isWordStart(s[i:]) {
				continue
			}
			t = t.and()
			continue
		}
		var folded [64]byte
		for f := analyze.AppendFold(folded[:0], r); len(f) > 0; {
			fr, size := utf8.DecodeRune(f)
			f = f[size:]
			t = t.put(fr)
		}
	}
	return t.b
}

// put writes one folded rune: a word character, or a separator.
func (t tokenizer) put(r rune) tokenizer {
	if r < utf8.RuneSelf {
		switch k := asciiClass[r]; k {
		case 'w':
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			t = t.word(r)
		case 'q':
		case '&':
			t = t.and()
		default:
			t = t.sep(k)
		}
		return t
	}
	if isApostrophe(r) {
		return t
	}
	switch {
	case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mc, r):
		t = t.word(r)
	case r == '、' || r == '，' || r == '；' || r == '（' || r == '）':
		t = t.sep(sepBreak)
	default:
		t = t.sep(sepSpace)
	}
	return t
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '´', '‘', '’', '′', '＇':
		return true
	}
	return false
}

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return asciiClass[c] == 'w'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// span is one token of the intermediate form.
type span struct {
	lo, hi int
	brk    bool // a segment break follows
	drop   bool
}

// finish turns the intermediate form in b[start:] into the key, in place:
// with company set it drops a leading "the" and the legal suffixes that end
// a segment, then it joins runs of single letters ("s a" -> "sa") and drops
// what the joining exposed. The result is a fixed point: finishing it again
// changes nothing.
func finish(b []byte, start int, company bool) []byte {
	var arr [16]span
	toks := arr[:0]
	for i := start; i < len(b); {
		j := i
		for j < len(b) && b[j] != sepSpace && b[j] != sepBreak {
			j++
		}
		toks = append(toks, span{lo: i, hi: j, brk: j < len(b) && b[j] == sepBreak})
		i = j + 1
	}
	if len(toks) == 0 {
		return b[:start]
	}
	if company && len(toks) > 1 {
		first := 0
		if string(b[toks[0].lo:toks[0].hi]) == "the" {
			toks[0].drop = true
			first = 1
		}
		kept := len(toks) - first
		seg := first
		for e := first; e < len(toks); e++ {
			if !toks[e].brk && e != len(toks)-1 {
				continue
			}
			for k := e; k >= seg && dropsAtEnd[string(b[toks[k].lo:toks[k].hi])]; k-- {
				toks[k].drop = true
				kept--
			}
			seg = e + 1
		}
		if kept == 0 {
			toks[first].drop = false
		}
	}
	w := start
	prevSingle := false
	for _, tk := range toks {
		if tk.drop {
			continue
		}
		single := isSingleLetter(b[tk.lo:tk.hi])
		if w > start && !(single && prevSingle) {
			b[w] = sepSpace
			w++
		}
		w += copy(b[w:], b[tk.lo:tk.hi])
		prevSingle = single
	}
	b = b[:w]
	if !company {
		return b
	}
	// Joining letters can make a suffix ("S.A." -> "sa") or a leading "the".
	lo, hi := start, w
	for {
		sp := lastIndexSpace(b[lo:hi])
		if sp < 0 {
			break
		}
		if dropsAtEnd[string(b[lo+sp+1:hi])] {
			hi = lo + sp
			continue
		}
		if hi-lo > 4 && string(b[lo:lo+4]) == "the " {
			lo += 4
			continue
		}
		break
	}
	if lo > start {
		copy(b[start:], b[lo:hi])
	}
	return b[:start+hi-lo]
}

func lastIndexSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == sepSpace {
			return i
		}
	}
	return -1
}

func isSingleLetter(tok []byte) bool {
	if len(tok) == 1 {
		return 'a' <= tok[0] && tok[0] <= 'z'
	}
	r, size := utf8.DecodeRune(tok)
	return size == len(tok) && r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// legalSuffixes are the words of legal forms, as keys. They are dropped
// from the end of a name (and of each segment of it), never from its start
// or middle, and never when nothing else would be left.
var legalSuffixes = []string{
	// English-speaking countries
	"inc", "incorporated", "corp", "corporation", "co", "company", "cos",
	"llc", "pllc", "lc", "llp", "lp", "lllp", "plc", "ltd", "limited", "na",
	"pty", "pte", "pvt", "private",
	// German-speaking countries
	"gmbh", "mbh", "ggmbh", "ag", "kg", "kgaa", "ohg", "ug", "gbr",
	"haftungsbeschrankt", "aktiengesellschaft",
	// Europe
	"se", "sa", "sas", "sasu", "sarl", "eurl", "sca", "snc", "cie",
	"spa", "srl", "sl", "slu", "sau", "bv", "bvba", "nv", "vof",
	"ab", "publ", "as", "asa", "aps", "oy", "oyj", "hf", "ehf", "ou",
	"sro", "kft", "zrt", "nyrt", "doo", "dd", "sp", "zoo",
	"jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "pao",
	"ооо", "оао", "зао", "пао", "ао", "тов",
	// the Americas
	"ltda", "ltee", "cv", "de", "sab", "sac", "saa", "eireli",
	// Asia
	"kk", "gk", "yk", "kabushiki", "kaisha", "bhd", "berhad", "sdn", "tbk",
	"fze", "fzco", "fzllc", "wll",
}

// dropsAtEnd holds the legal suffixes and "and", which is left over from
// "GmbH & Co. KG" or "Smith & Co.".
var dropsAtEnd = func() map[string]bool {
	m := map[string]bool{"and": true}
	for _, s := range legalSuffixes {
		m[s] = true
	}
	return m
}()
