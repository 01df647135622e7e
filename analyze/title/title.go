package title

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

// Class is the classification of one free-text position.
type Class struct {
	Function  analyze.Function
	Seniority analyze.Seniority
	// Team is the product, team or org named in the title after a separator, or "".
	Team string
}

// Classify classifies a LinkedIn position per the taxonomy, reading
// numbered levels on the generic ladder. It is ClassifyAt(title, "").
func Classify(title string) Class {
	return ClassifyAt(title, "")
}

// ClassifyAt classifies a LinkedIn position held at an employer, whose
// numbered levels follow the employer's own ladder where the taxonomy
// knows it (Amazon, Google, Microsoft, Meta, Apple) and the generic one
// elsewhere. The employer is the comparison key of the resolved parent, as
// analyze/company gives it in Employer.Key ("amazon" for AWS, Audible or
// Amazon.com); "" is no employer. It is total, deterministic and does not
// allocate.
func ClassifyAt(title, employer string) Class {
	var sc scanner
	sc.lad = ladderAt(employer)
	sc.scan(title)
	sc.match()
	return sc.classify()
}

// minTypo is the length of the shortest slip corrected and of the
// shortest word it is corrected to; ambiguous marks a slip that could be
// more than one word.
const (
	minTypo   = 7
	ambiguous = ^uint16(0)
)

// Limits on how much of a title is read. LinkedIn caps positions at 100
// characters; the rest of a longer string is ignored.
const (
	maxBytes  = 256 // folded bytes
	maxTokens = 48  // words
)

// Seniority codes, ordered so that the larger wins: manager beats staff
// and owner beats cxo, as the taxonomy says. Intern is apart: it wins over
// the markers of its own segment, and only over entry and mid elsewhere.
const (
	sNone uint8 = iota
	sEntry
	sMid
	sSenior
	sStaff
	sManager
	sDirector
	sVP
	sCXO
	sOwner
	sIntern
)

var seniorityNames = [...]string{
	sEntry: "entry", sMid: "mid", sSenior: "senior", sStaff: "staff",
	sManager: "manager", sDirector: "director", sVP: "vp", sCXO: "cxo",
	sOwner: "owner", sIntern: "intern",
}

var seniorityOf = [...]analyze.Seniority{
	sNone: analyze.Mid, sEntry: analyze.Entry, sMid: analyze.Mid,
	sSenior: analyze.Senior, sStaff: analyze.Staff, sManager: analyze.Manager,
	sDirector: analyze.Director, sVP: analyze.VP, sCXO: analyze.CXO,
	sOwner: analyze.Owner, sIntern: analyze.Intern,
}

// Entry kinds: words whose meaning depends on their neighbours.
const (
	kPlain     uint8 = iota
	kLevel           // I, II, 2: a level when it follows a role
	kLadder          // L5, E5, IC5, ICT4, 63: a step of an employer's ladder
	kLevelWord       // "level", "grade"
	kPartner         // owner unless it is part of a role name
	kChief           // cxo with "officer" after it, else staff
	kOfficer
)

// Entry flags.
const (
	fHead   uint16 = 1 << iota // names a person in a role
	fCred                      // a credential: PhD, MBA
	fPlace                     // a place or employment term: London, Remote
	fConj                      // and, &, /
	fStop                      // of, de, the
	fEx                        // former, ex
	fPblock                    // before "partner", makes it a role
	fPok                       // before "partner", keeps it an owner
	fTo                        // "to": what follows is not the role
	fRung                      // an engineer on a numbered ladder: engineer, SWE, SDE
	fAsst                      // an assistant, perhaps to someone
	fBoss                      // an office an assistant may be to: Geschäftsleitung, Dirección
	fBrand                     // a product's name: a discipline in a role, never alone
)

// Ladder families: how a step of an employer's ladder is written.
const (
	famL   uint8 = iota // L5: Google, Amazon
	famE                // E5: Meta
	famIC               // IC5: Meta
	famICT              // ICT4: Apple
	famMS               // 59 to 80: Microsoft
	nFam
)

var famNames = [nFam]string{famL: "l", famE: "e", famIC: "ic", famICT: "ict", famMS: "ms"}

// maxStep bounds the step numbers of every family.
const maxStep = 80

// A ladder reads numbered levels as one employer does (the taxonomy's
// table of employer ladders); the generic ladder is for every other one.
type ladder struct {
	level [10]uint8                // seniority of a level suffix: I or 1 to IX or 9
	step  [nFam][maxStep + 1]uint8 // seniority of a ladder step; 0 does not count
	plain uint8                    // seniority of an engineer whose title marks none; 0 is mid
	// partner is the seniority of a "Partner" engineer, a level of the
	// ladder (Microsoft's, above Principal); 0 where partner is no level.
	partner uint8
}

// employerLadders are the ladders the taxonomy lists, by the employer's
// comparison key (company.Normalize of the parent's name).
var employerLadders = [...]struct {
	key string
	l   ladder
}{
	{key: "amazon"}, {key: "google"}, {key: "microsoft"}, {key: "meta"}, {key: "apple"},
}

var genericLadder ladder

func init() {
	genericLadder = newLadder(0, 0)
	for i := range employerLadders {
		l := &employerLadders[i].l
		switch employerLadders[i].key {
		case "amazon": // SDE I L4, SDE II L5, SDE III L6, Principal L7
			*l = newLadder(0, 1)
		case "google": // SWE II L3, SWE III L4, Senior SWE L5, Staff L6
			*l = newLadder(1, 0)
		case "microsoft": // SWE 59-60, SWE II 61-62, Senior 63-64, Principal 65
			*l = newLadder(0, 0)
			for n := 59; n <= maxStep; n++ {
				l.step[famMS][n] = ladderSeniority(uint8(3 + min(n-59, 6)/2))
			}
			l.plain = sEntry
			l.partner = sStaff // Partner Software Engineer: above Principal
		case "meta": // E3 and IC3 entry to E6 and IC6 staff
			*l = newLadder(0, 0)
			l.step[famIC] = l.step[famE]
		case "apple": // ICT2 entry, ICT3 mid, ICT4 senior, ICT5 staff
			*l = newLadder(0, 0)
			for n := 1; n <= maxStep; n++ {
				l.step[famICT][n] = ladderSeniority(uint8(min(n+1, maxStep)))
			}
		}
	}
}

// newLadder returns the generic ladder with level suffixes read shift
// levels lower (Google's SWE II is the generic I) and L steps lstep lower
// (Amazon's L5 is Google's L4).
func newLadder(shift, lstep int) ladder {
	var l ladder
	for n := 1; n < len(l.level); n++ {
		l.level[n] = levelSeniority(uint8(max(n-shift, 1)))
	}
	for n := 1; n <= maxStep; n++ {
		l.step[famL][n] = ladderSeniority(uint8(max(n-lstep, 1)))
		l.step[famE][n] = ladderSeniority(uint8(n))
	}
	return l
}

// ladderAt returns the ladder of the employer with comparison key k.
func ladderAt(k string) *ladder {
	if k != "" {
		for i := range employerLadders {
			if employerLadders[i].key == k {
				return &employerLadders[i].l
			}
		}
	}
	return &genericLadder
}

// entry is what the lexicon says about one word or phrase.
type entry struct {
	fn    uint8 // 1 + index in analyze.Functions; 0 names none
	str   uint8 // how strongly fn is named, 1 to 5
	sen   uint8 // seniority code
	kind  uint8
	n     uint8 // level or ladder step
	fam   uint8 // ladder family of a step
	flags uint16
}

type phrase struct {
	words []uint16
	e     entry
}

var (
	wordIDs map[string]uint16
	phrases []phrase
	starts  [][]int32         // phrases by first word, longest first
	headOK  []bool            // by word id: may head a compound
	partOK  []bool            // by word id: may be a part of a compound
	slipOK  []bool            // by word id: a slip may be corrected to it
	slips   map[string]uint16 // a word with one letter left out: the word, or ambiguous
	// The hashes of the words that may head a compound, of the slips, and
	// of the words a slip may be corrected to.
	headHashes, slipHashes, slipTargets hashSet
	swapTargets                         hashSet // words of minTypo-1 and minTypo letters
	fnStudent                           uint8
	fnSoftware                          uint8
	fnAdmin                             uint8
	fnConsulting                        uint8
)

func init() {
	if err := load(lexicon); err != nil {
		panic("title: " + err.Error())
	}
}

// load builds the lookup tables from a lexicon.
func load(src string) error {
	ids := map[string]uint16{}
	var phs []phrase
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		left, right, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("lexicon line %d: no colon", n+1)
		}
		e, err := parseAttrs(strings.Fields(right))
		if err != nil {
			return fmt.Errorf("lexicon line %d: %v", n+1, err)
		}
		for _, p := range strings.Split(left, ",") {
			ws := strings.Fields(p)
			key := strings.Join(ws, " ")
			if len(ws) == 0 || len(ws) > 8 {
				return fmt.Errorf("lexicon line %d: bad phrase %q", n+1, p)
			}
			if seen[key] {
				return fmt.Errorf("lexicon line %d: %q defined twice", n+1, key)
			}
			seen[key] = true
			ph := phrase{e: e}
			for _, w := range ws {
				id, ok := ids[w]
				if !ok && w == "&" {
					id, ok = ids["and"] // "People & Culture" is "People and Culture"
					ids[w] = id
				}
				if !ok {
					id = uint16(len(ids) + 1)
					ids[w] = id
				}
				ph.words = append(ph.words, id)
			}
			phs = append(phs, ph)
		}
	}
	st := make([][]int32, len(ids)+1)
	for i, p := range phs {
		st[p.words[0]] = append(st[p.words[0]], int32(i))
	}
	for _, l := range st {
		sort.SliceStable(l, func(a, b int) bool { return len(phs[l[a]].words) > len(phs[l[b]].words) })
	}
	// A word may head a compound, and a slip may be corrected to it, when
	// some phrase that is not only a small word, a place, a credential or
	// a level holds it.
	meant := make([]bool, len(ids)+1)
	for _, p := range phs {
		if p.e.flags&(fStop|fPlace|fCred) == 0 && p.e.kind != kLevel && p.e.kind != kLadder {
			for _, id := range p.words {
				meant[id] = true
			}
		}
	}
	alone := make([]entry, len(ids)+1) // what a word means as a phrase of its own
	for _, p := range phs {
		if len(p.words) == 1 {
			alone[p.words[0]] = p.e
		}
	}
	heads := make([]bool, len(ids)+1)
	ok := make([]bool, len(ids)+1)
	slip := map[string]uint16{}
	for w, id := range ids {
		if !meant[id] || !asciiLetters([]byte(w)) {
			continue
		}
		heads[id] = len(w) >= minHead
		if ok[id] = len(w) >= minTypo; !ok[id] {
			continue
		}
		for i := 1; i < len(w); i++ { // people get the first letter right: "Gartner" is no "Partner"
			d := w[:i] + w[i+1:]
			switch old, dup := slip[d]; {
			case !dup || old == id:
				slip[d] = id
			case old != ambiguous && alone[old] != (entry{}) && alone[old] == alone[id]:
				slip[d] = min(old, id) // "recruter": "recruiter" or "recruteur", alike
			default:
				slip[d] = ambiguous
			}
		}
	}
	for w := range ids {
		delete(slip, w) // a word of its own is never a slip
	}
	var hw, sw, tw, ww []string
	for w, id := range ids {
		if heads[id] {
			hw = append(hw, w)
		}
		if heads[id] && (len(w) == minTypo-1 || len(w) == minTypo) {
			ww = append(ww, w)
		}
		if ok[id] {
			tw = append(tw, w)
		}
	}
	for w := range slip {
		sw = append(sw, w)
	}
	wordIDs, phrases, starts, headOK, partOK, slipOK, slips = ids, phs, st, heads, meant, ok, slip
	headHashes, slipHashes, slipTargets, swapTargets = newHashSet(hw), newHashSet(sw), newHashSet(tw), newHashSet(ww)

	fnStudent, fnSoftware, fnAdmin = fnCode(analyze.Student), fnCode(analyze.Software), fnCode(analyze.Admin)
	fnConsulting = fnCode(analyze.Consulting)
	return nil
}

func fnCode(f analyze.Function) uint8 {
	for i, g := range analyze.Functions {
		if g == f {
			return uint8(i + 1)
		}
	}
	return 0
}

var flagNames = map[string]uint16{
	"head": fHead, "cred": fCred, "place": fPlace, "conj": fConj | fStop,
	"stop": fStop, "ex": fEx, "pblock": fPblock, "pok": fPok, "to": fTo | fStop,
	"rung": fRung, "asst": fAsst, "boss": fBoss, "brand": fBrand,
}

var kindNames = map[string]uint8{
	"levelword": kLevelWord, "partner": kPartner, "chief": kChief, "officer": kOfficer,
}

func parseAttrs(attrs []string) (entry, error) {
	var e entry
	for _, a := range attrs {
		if f, ok := flagNames[a]; ok {
			e.flags |= f
			continue
		}
		if k, ok := kindNames[a]; ok {
			e.kind = k
			continue
		}
		if name, num, ok := strings.Cut(a, "="); ok {
			n, err := strconv.Atoi(num)
			if err != nil || n < 1 || n > maxStep || name == "level" && n > 9 {
				return e, fmt.Errorf("bad number in %q", a)
			}
			e.kind = kLadder
			if name == "level" {
				e.kind = kLevel
			} else if e.fam = uint8(slices.Index(famNames[:], name)); e.fam >= nFam {
				return e, fmt.Errorf("unknown attribute %q", a)
			}
			e.n = uint8(n)
			continue
		}
		if name, num, ok := strings.Cut(a, "/"); ok {
			f, ok := analyze.ParseFunction(name)
			n, err := strconv.Atoi(num)
			if !ok || err != nil || n < 1 || n > 5 {
				return e, fmt.Errorf("bad function %q", a)
			}
			e.fn, e.str = fnCode(f), uint8(n)
			continue
		}
		found := false
		for s, name := range seniorityNames {
			if name == a && name != "" {
				e.sen, found = uint8(s), true
			}
		}
		if !found {
			return e, fmt.Errorf("unknown attribute %q", a)
		}
	}
	return e, nil
}

// token is one word of the title, folded into scanner.buf.
type token struct {
	nb, ne uint16 // the folded word: buf[nb:ne]
	ob, oe int32  // where it was read: title[ob:oe]
	id     uint16 // word id, 0 when unknown
	seg    uint8  // segment index
}

// cue is one lexicon match: tokens t0 to t1 (exclusive) and what they mean.
type cue struct {
	t0, t1 uint8
	e      entry
}

// scanner holds the state of one Classify call; it lives on the stack.
type scanner struct {
	s       string
	lad     *ladder
	buf     [maxBytes]byte
	n       int
	toks    [maxTokens]token
	ntok    int
	cues    [maxTokens]cue
	ncue    int
	seps    [maxTokens]byte // the separator that opened each segment
	seg     int
	pending byte // separator seen since the last token
	full    bool

	inWord bool
	wb     int // start of the word in buf
	part   int // start of the current dotted part in buf
	ob, oe int // bounds of the word in s
}

// scan folds and splits the title into tokens and segments.
func (sc *scanner) scan(s string) {
	sc.s = s
	sc.seg = -1
	for i := 0; i < len(s) && !sc.full; {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			sc.scanRune(s, i, size, r)
			i += size
			continue
		}
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			sc.add(i, 1, c)
		case 'A' <= c && c <= 'Z':
			sc.add(i, 1, c+'a'-'A')
		case c == '.':
			// Ph.D., M.Sc., V.P. are one word; "Sr.Engineer" is two.
			if sc.inWord && sc.n-sc.part <= 2 && shortPart(s[i+1:]) {
				sc.part = sc.n
			} else {
				sc.end()
			}
		case c == '&':
			if sc.inWord && i+1 < len(s) && isAlnum(s[i+1]) {
				sc.add(i, 1, '&') // R&D, FP&A
			} else {
				sc.end()
				sc.symbol(i, '&')
			}
		case c == '+':
			if w := sc.word(); w == "c" || w == "c+" {
				sc.add(i, 1, '+')
			} else {
				sc.end()
				sc.symbol(i, '+')
			}
		case c == '#':
			if w := sc.word(); w == "c" || w == "f" {
				sc.add(i, 1, '#')
			} else {
				sc.end()
			}
		case c == '/' || c == '\\':
			sc.end()
			sc.symbol(i, '/')
		case c == '-' || c == '_':
			sc.hyphen(s, i+1)
		case c == ',' || c == ';' || c == ':' || c == '\n' || c == '\r' || c == '!' || c == '?':
			sc.sep(',')
		case c == '|':
			sc.sep('|')
		case c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>':
			sc.sep('(')
		case c == '@':
			sc.sep('@')
		default:
			sc.end()
		}
		i++
	}
	sc.end()
}

// scanRune handles one non-ASCII rune: letters, digits and marks are
// folded ([analyze.AppendFold]: "é" is "e", "Ø" is "o", fullwidth "Ｃ" is
// "c", a combining accent is dropped), dashes and bullets separate.
func (sc *scanner) scanRune(s string, i, size int, r rune) {
	switch {
	case r == utf8.RuneError && size == 1:
		sc.add(i, 1, s[i])
	case r == 0x2010 || r == 0x2011:
		sc.hyphen(s, i+size)
	case r == 0xB7 || r == 0xA6 || r >= 0x2012 && r <= 0x2015 || r == 0x2022 || r == 0x2027 ||
		r == 0x2219 || r == 0x22C5 || r == 0x2223 || r == 0x2502 || r == 0x25CF ||
		r == 0x3001 || r == 0xFF0C || r == 0xFF5C:
		sc.sep('-')
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		var buf [32]byte
		f := analyze.AppendFold(buf[:0], r)
		if len(f) == 0 { // a combining mark: the word goes on
			if sc.inWord {
				sc.oe = i + size
			}
			return
		}
		for j := 0; j < len(f); j++ {
			sc.add(i, size, f[j])
		}
	default:
		sc.end()
	}
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// shortPart reports whether s starts with one or two letters or digits
// followed by a non-alphanumeric byte or the end: the "D" of "Ph.D".
func shortPart(s string) bool {
	n := 0
	for n < len(s) && isAlnum(s[n]) {
		n++
	}
	return n >= 1 && n <= 2
}

// add appends one folded byte to the current word, which came from
// s[i:i+size].
func (sc *scanner) add(i, size int, b byte) {
	if sc.full {
		return
	}
	if sc.n == maxBytes {
		sc.full = true
		return
	}
	if !sc.inWord {
		sc.inWord = true
		sc.wb, sc.part, sc.ob = sc.n, sc.n, i
	}
	sc.buf[sc.n] = b
	sc.n++
	sc.oe = i + size
}

func (sc *scanner) word() string {
	if !sc.inWord {
		return ""
	}
	return string(sc.buf[sc.wb:sc.n])
}

// hyphen handles a hyphen followed by s[next:]: inside a word it splits
// ("Co-Founder"), next to a space it separates ("SDE II - Prime Video").
func (sc *scanner) hyphen(s string, next int) {
	if sc.inWord && next < len(s) && (isAlnum(s[next]) || s[next] >= utf8.RuneSelf) {
		sc.end()
		return
	}
	sc.sep('-')
}

// sep ends the word and opens a new segment before the next token.
func (sc *scanner) sep(kind byte) {
	sc.end()
	if sc.pending != '@' {
		sc.pending = kind
	}
}

// symbol emits a one-byte token such as "&".
func (sc *scanner) symbol(i int, b byte) {
	sc.add(i, 1, b)
	sc.end()
}

// end finishes the current word: looks it up, splits compounds, and
// appends its tokens.
func (sc *scanner) end() {
	if !sc.inWord {
		return
	}
	sc.inWord = false
	wb, we := sc.wb, sc.n
	w := sc.buf[wb:we]
	if string(w) == "at" { // "Engineer at Google": a separator
		sc.n = wb
		if sc.seg >= 0 {
			sc.pending = '@'
		}
		return
	}
	if id := wordIDs[string(w)]; id != 0 {
		sc.push(wb, we, id)
		return
	}
	// SDE2, SWE3: a role and a level glued together.
	k := len(w)
	for k > 0 && '0' <= w[k-1] && w[k-1] <= '9' {
		k--
	}
	if k > 0 && k < len(w) && len(w)-k <= 2 {
		if id := wordIDs[string(w[:k])]; id != 0 {
			sc.push(wb, wb+k, id)
			sc.push(wb+k, we, wordIDs[string(w[k:])])
			return
		}
	}
	// Softwareentwickler, Teamleiter, Unternehmensinhaber.
	if len(w) >= minCompound && len(w) <= maxCompound && asciiLetters(w) && !sc.atEmployer() && !camelCase(sc.s[sc.ob:sc.oe]) {
		if sc.compound(wb, we, 0) {
			return
		}
		// A German feminine: "Systemadministratorin".
		if n := len(w); n >= minCompound+2 && w[n-2] == 'i' && w[n-1] == 'n' && sc.compound(wb, we-2, 0) {
			return
		}
		if id := sc.typo(w); id != 0 {
			sc.push(wb, we, id)
			return
		}
	}
	sc.push(wb, we, 0)
}

// Bounds of compound splitting: a compound has minCompound to maxCompound
// letters (the longest slip corrected too), its head (the last part) at
// least minHead, and a part before the head at least minPart; a part the
// lexicon does not know has at least minUnknown letters and a head of
// minUnknownHead ("Gilead" and "Genentech" are names, not "gi lead" and
// "genen tech"); at most maxParts parts are read.
const (
	minCompound    = 6
	maxCompound    = 40
	minHead        = 4
	minPart        = 2
	minUnknown     = 3
	minUnknownHead = 5
	maxParts       = 4
)

// camelCase reports whether the word s as written has a capital after a
// small letter's company, as brands do ("WarnerMedia", "HCLTech"): such a
// word is a name, neither a compound nor a slip.
func camelCase(s string) bool {
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z' && i > 0 && (lower || i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' && s[i-1] >= 'A' && s[i-1] <= 'Z'):
			return true
		}
	}
	return false
}

// compound reads the unknown word buf[wb:we] as a German, Dutch or Nordic
// compound: its head is the longest lexicon word that ends it, and what
// comes before is a lexicon word (perhaps with a linking s, e or n, as in
// "Vertriebsleiter" and "Kundenservice"), another compound, or a word the
// lexicon does not know ("Krankenhausgeschäftsführer"). It pushes the parts
// and reports whether it found a head.
func (sc *scanner) compound(wb, we, depth int) bool {
	w := sc.buf[wb:we]
	var suf [maxCompound + 1]uint64 // suf[i] is the hash of w[i:]
	for i := len(w) - 1; i >= minPart; i-- {
		suf[i] = uint64(w[i])*powers[len(w)-1-i] + suf[i+1]
	}
	for i := minPart; i <= len(w)-minHead; i++ {
		if !headHashes.has(suf[i]) {
			continue
		}
		head := wordIDs[string(w[i:])]
		if head == 0 || !headOK[head] {
			continue
		}
		switch id := prefixID(w[:i]); {
		case id != 0:
			sc.push(wb, wb+i, id)
		case depth+2 < maxParts && i >= minCompound && sc.compound(wb, wb+i, depth+1):
		case i >= minUnknown && len(w)-i >= minUnknownHead:
			sc.push(wb, wb+i, 0)
		default:
			continue
		}
		sc.push(wb+i, we, head)
		return true
	}
	// A first part ends in its linking letter: "Gebietsverkaufs-".
	return depth > 0 && linker(w) && sc.compound(wb, we-1, depth)
}

// linker reports whether w ends in a letter that may link it to the next
// part of a compound: the s of "Vertriebs-", the n of "Kunden-".
func linker(w []byte) bool {
	n := len(w)
	return n > minPart+1 && (w[n-1] == 's' || w[n-1] == 'e' || w[n-1] == 'n')
}

// prefixID returns the lexicon word that the first part p of a compound
// is, without its linking letter if it has one, or 0; a small word or a
// place is not one ("latest" is not "la test").
func prefixID(p []byte) uint16 {
	if id := wordIDs[string(p)]; id != 0 && partOK[id] {
		return id
	}
	if linker(p) {
		if id := wordIDs[string(p[:len(p)-1])]; partOK[id] {
			return id
		}
	}
	return 0
}

// typo returns the lexicon word that the unknown word w is one typing slip
// from (a letter left out, added, changed or two swapped: "Administator",
// "Enginer", "Prodcut"), or 0 when there is none or more than one.
func (sc *scanner) typo(w []byte) uint16 {
	switch {
	case len(w) == minTypo-1:
		return swapped(w) // "Senoir"; but "Source" is not a slip of "Sourcer"
	case len(w) < minTypo:
		return 0
	}
	var pre, suf [maxCompound + 1]uint64 // hashes of w[:i] and w[i:]
	n := len(w)
	for i := 0; i < n; i++ {
		pre[i+1] = pre[i]*hashBase + uint64(w[i])
		j := n - 1 - i
		suf[j] = uint64(w[j])*powers[i] + suf[j+1]
	}
	if slipHashes.has(pre[n]) {
		if id := slips[string(w)]; id != 0 && id != ambiguous {
			return id // a letter left out
		}
	}
	if n == minTypo {
		return swapped(w) // "Prodcut"; but "Context" is not a slip of "Content"
	}
	var d [maxCompound]byte
	found := uint16(0)
	for i := 1; i < n; i++ {
		h := pre[i]*powers[n-1-i] + suf[i+1] // w without w[i]
		added, changed := slipTargets.has(h), slipHashes.has(h)
		if !added && !changed {
			continue
		}
		k := copy(d[:], w[:i])
		k += copy(d[k:], w[i+1:])
		id := uint16(0)
		if added {
			id = wordIDs[string(d[:k])] // a letter added
		}
		if id == 0 && changed {
			id = slips[string(d[:k])] // a letter changed, or two swapped
		}
		if id == 0 || id == ambiguous {
			continue
		}
		if found != 0 && found != id {
			return 0
		}
		found = id
	}
	return found
}

// swapped returns the lexicon word of len(w) letters that w is with two
// neighbouring letters swapped, or 0 when there is none or more than one.
func swapped(w []byte) uint16 {
	n := len(w)
	h := hashOf(w)
	var d [minTypo]byte
	found := uint16(0)
	for i := 1; i+1 < n && n <= len(d); i++ {
		a, b := uint64(w[i]), uint64(w[i+1])
		if a == b || !swapTargets.has(h+(b-a)*powers[n-1-i]+(a-b)*powers[n-2-i]) {
			continue
		}
		copy(d[:], w)
		d[i], d[i+1] = w[i+1], w[i]
		id := wordIDs[string(d[:n])]
		if id == 0 || !headOK[id] {
			continue
		}
		if found != 0 && found != id {
			return 0
		}
		found = id
	}
	return found
}

// A hashSet holds the hashes of words, so that every suffix of a word, and
// the word without any one of its letters, is looked up in constant time
// from the hashes of its parts. A hash found is checked against the word
// itself; one not found is surely not there.
type hashSet struct {
	slots []uint64 // open addressing; 0 is empty
	mask  uint64
}

// hashBase is the base of the polynomial hash: h(w) = sum of w[i] times
// hashBase to the power len(w)-1-i, modulo 2^64.
const hashBase = 0x100000001b3

// powers[k] is hashBase to the power k.
var powers = func() (p [maxBytes + 1]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * hashBase
	}
	return p
}()

func hashOf(w []byte) uint64 {
	var h uint64
	for i := 0; i < len(w); i++ {
		h = h*hashBase + uint64(w[i])
	}
	return h
}

func newHashSet(words []string) hashSet {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := hashSet{slots: make([]uint64, size), mask: uint64(size - 1)}
	for _, w := range words {
		h := hashOf([]byte(w)) | 1
		i := h & t.mask
		for t.slots[i] != 0 && t.slots[i] != h {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h
	}
	return t
}

func (t hashSet) has(h uint64) bool {
	h |= 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// atEmployer reports whether the word being read names the employer: it
// follows "@" or "at" in its segment. An employer's name is neither split
// nor corrected.
func (sc *scanner) atEmployer() bool {
	if sc.pending != 0 {
		return sc.pending == '@'
	}
	return sc.seg >= 0 && sc.seps[sc.seg] == '@'
}

func asciiLetters(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func (sc *scanner) push(nb, ne int, id uint16) {
	if sc.ntok == maxTokens {
		sc.full = true
		return
	}
	if sc.seg < 0 {
		sc.seg = 0
		sc.seps[0] = 0
	} else if sc.pending != 0 {
		sc.seg++
		sc.seps[sc.seg] = sc.pending
	}
	sc.pending = 0
	sc.toks[sc.ntok] = token{
		nb: uint16(nb), ne: uint16(ne), ob: int32(sc.ob), oe: int32(sc.oe),
		id: id, seg: uint8(sc.seg),
	}
	sc.ntok++
}

// match reads the tokens as lexicon phrases, longest first, never across
// segments.
func (sc *scanner) match() {
	for i := 0; i < sc.ntok; {
		c := cue{t0: uint8(i), t1: uint8(i + 1)}
		if id := sc.toks[i].id; id != 0 {
		next:
			for _, pi := range starts[id] {
				p := &phrases[pi]
				end := i + len(p.words)
				if end > sc.ntok || sc.toks[end-1].seg != sc.toks[i].seg {
					continue
				}
				for j := 1; j < len(p.words); j++ {
					if sc.toks[i+j].id != p.words[j] {
						continue next
					}
				}
				c.t1, c.e = uint8(end), p.e
				break
			}
		}
		sc.cues[sc.ncue] = c
		sc.ncue++
		i = int(c.t1)
	}
}

// segment is what one part of the title between separators says.
type segment struct {
	c0, c1  uint8 // cues
	sep     byte
	fn, str uint8
	sen     uint8 // highest marker other than intern
	intern  bool
	ladder  uint8 // highest seniority of a ladder step
	rung    bool  // names an engineer on a numbered ladder
	partner bool  // names a partner who is no owner: "Partner Software Engineer"
	asst    bool  // names an assistant
	role    bool  // names a role or marks a seniority
	endRole bool  // marks a seniority or ends with a role: not a team
	tailFn  bool  // ends with a discipline: "Platform Engineering"
	leadFn  bool  // starts with one: "Talent Acquisition Google"
	ignore  bool  // a credential, a place, a former employer, or nothing
}

func (sc *scanner) classify() Class {
	var segs [maxTokens]segment
	nseg := 0
	for k := 0; k < sc.ncue; {
		seg := sc.toks[sc.cues[k].t0].seg
		j := k + 1
		for j < sc.ncue && sc.toks[sc.cues[j].t0].seg == seg {
			j++
		}
		g := &segs[nseg]
		g.c0, g.c1, g.sep = uint8(k), uint8(j), sc.seps[seg]
		sc.read(g, nseg > 0)
		nseg++
		k = j
	}

	var fn, str, sen, ladder uint8
	intern, rung, asst := false, false, false
	firstRole := -1
	for i := 0; i < nseg; i++ {
		g := &segs[i]
		if g.ignore || g.sep == '@' {
			continue
		}
		if g.role {
			if firstRole < 0 {
				firstRole = i
			}
			if fn == 0 {
				fn, str = g.fn, g.str
			}
		}
		if asst {
			continue // "Executive Assistant | CEO Office": not the CEO's rank
		}
		asst = g.asst
		if g.intern {
			intern = true
		} else if g.sen > sen {
			sen = g.sen
		}
		if g.ladder > ladder {
			ladder = g.ladder
		}
		if g.partner && g.rung && sc.lad.partner > ladder {
			ladder = sc.lad.partner // a step of the employer's ladder
		}
		rung = rung || g.rung
	}
	switch {
	case sen >= sSenior:
	case intern:
		sen = sIntern
	case sen != sNone:
	case ladder != 0:
		sen = ladder
	case rung && fn == fnSoftware:
		sen = sc.lad.plain // Microsoft's SWE is its entry level
	}
	// A title like "Director, Platform Engineering" names its discipline
	// after the separator, at the end of it; "Intern, Amazon Web Services"
	// names a product. A chief or founder who names none stays other.
	// So does "Consultant - Executive Search": a later discipline wins over
	// a role's hint of one.
	if fn == 0 && sen != sCXO && sen != sOwner || fn != 0 && str == 1 {
		for i := 0; i < nseg; i++ {
			if g := &segs[i]; !g.ignore && g.sep != '@' && !g.role && g.tailFn && (fn == 0 || i > firstRole && g.str > str) {
				fn = g.fn
				break
			}
		}
	}
	// A title that names no role at all says what it does by its
	// discipline: "Talent Acquisition Google Public Sector".
	if fn == 0 && firstRole < 0 && nseg > 0 && segs[0].sep != '@' && segs[0].leadFn {
		fn = segs[0].fn
	}

	c := Class{Function: analyze.Other, Seniority: seniorityOf[sen]}
	if fn != 0 {
		c.Function = analyze.Functions[fn-1]
	}
	for i := max(firstRole, 0) + 1; i < nseg; i++ {
		if g := &segs[i]; !g.ignore && (g.sep == '@' || !g.endRole) {
			first, last := sc.toks[sc.cues[g.c0].t0], sc.toks[sc.cues[g.c1-1].t1-1]
			c.Team = sc.s[first.ob:last.oe]
			break
		}
	}
	return c
}

// read works out what segment g says. later is true for every segment but
// the first.
func (sc *scanner) read(g *segment, later bool) {
	mark := func(s uint8) {
		if s == sIntern {
			g.intern = true
		} else if s > g.sen {
			g.sen = s
		}
	}
	head, endHead, locked := false, false, false
	content, first, tail := 0, -1, -1
	allCred, allPlace, allLevel := true, true, true
	pending := sNone
	c0, c1 := int(g.c0), int(g.c1)
	for k := c0; k < c1; k++ {
		e := &sc.cues[k].e
		if e.flags&fTo != 0 {
			break // "Chief of Staff to the CEO": the rest is not the role
		}
		if e.flags&fStop != 0 {
			continue
		}
		content++
		if first < 0 {
			first = k
		}
		if e.flags&fPlace == 0 && (e.fn != 0 || tail < 0 || sc.toks[sc.cues[tail].t0].ob != sc.toks[sc.cues[k].t0].ob) {
			tail = k // a compound ends in its discipline: "Softwareentwicklung"
		}
		if e.flags&fCred == 0 {
			allCred = false
		}
		if e.flags&fPlace == 0 {
			allPlace = false
			if e.kind != kLevel && e.kind != kLadder && e.kind != kLevelWord {
				allLevel = false
			}
		}
		// The strongest discipline wins; among equals the last, since an
		// English title ends with its head ("Software Sales"), unless the
		// later one is joined by "and" ("Sales and Marketing") or follows
		// a role that names a discipline ("Chef de projet informatique").
		if e.fn != 0 && (e.str > g.str || e.str == g.str && !locked && e.fn != fnConsulting && (k == c0 || sc.cues[k-1].e.flags&fConj == 0)) {
			g.fn, g.str = e.fn, e.str
		}
		if e.fn != 0 && e.flags&fHead != 0 {
			locked = true
		}
		if e.flags&fRung != 0 {
			g.rung = true
		}
		switch e.kind {
		case kLevel:
			if s := sc.lad.level[e.n]; sc.levelHere(g, k, head) {
				mark(s)
			} else if s > pending {
				pending = s
			}
		case kLadder:
			g.ladder = max(g.ladder, sc.lad.step[e.fam][e.n])
		case kPartner:
			if sc.partnerOwns(g, k) {
				mark(sOwner)
			} else {
				g.partner = true
			}
		case kChief:
			mark(sStaff)
			for j := k + 1; j < c1; j++ {
				if sc.cues[j].e.kind == kOfficer {
					mark(sCXO)
					break
				}
			}
		default:
			mark(e.sen)
		}
		if e.flags&fHead != 0 {
			head, endHead = true, true
		} else if e.flags&fPlace == 0 && e.kind != kLevel && e.kind != kLadder && e.kind != kLevelWord {
			endHead = false
		}
		if e.flags&fAsst != 0 {
			g.asst = true
		}
		if e.flags&fAsst != 0 && sc.assistantTo(g, k) {
			// "Assistant to the CEO", "Assistent der Geschäftsleitung":
			// admin, and the rest is whom they assist, not their role.
			g.fn, g.str = fnAdmin, 5
			break
		}
	}
	if content > 0 && allLevel && pending != sNone {
		mark(pending) // ", II" or "(Level 3)" on its own
	}
	if g.fn == fnStudent {
		g.intern = true
	}
	g.role = head || g.sen != sNone || g.intern || g.ladder != 0
	g.endRole = endHead || g.sen != sNone || g.intern || g.ladder != 0
	g.tailFn = tail >= 0 && sc.cues[tail].e.fn != 0 && sc.cues[tail].e.flags&fBrand == 0
	g.leadFn = first >= 0 && sc.cues[first].e.fn != 0 && sc.cues[first].e.flags&fBrand == 0
	if later && (content == 0 || allCred || allPlace || sc.cues[first].e.flags&fEx != 0) {
		g.ignore = true
	}
}

// assistantTo reports whether the assistant at cue k assists someone:
// "to" follows, or "of" (der, de, di) and then a rank holder or an office
// ("Assistente de Diretoria").
func (sc *scanner) assistantTo(g *segment, k int) bool {
	if k+1 >= int(g.c1) || sc.cues[k+1].e.flags&(fStop|fConj) != fStop {
		return false // "Executive Assistant & Office Manager" is both
	}
	if sc.cues[k+1].e.flags&fTo != 0 {
		return true
	}
	for j := k + 2; j < int(g.c1); j++ {
		e := &sc.cues[j].e
		if e.sen >= sManager && e.sen != sIntern || e.kind == kChief || e.kind == kPartner || e.flags&fBoss != 0 {
			return true
		}
	}
	return false
}

// levelHere reports whether the level at cue k belongs to a role: it
// follows a role or "level", or it ends a segment that named a role.
func (sc *scanner) levelHere(g *segment, k int, head bool) bool {
	if t := sc.toks[sc.cues[k].t0]; k+1 < int(g.c1) && sc.s[t.ob:t.oe] == "i" {
		return false // the Nordic "in": "HR-konsulent i Region"
	}
	if k > int(g.c0) {
		p := &sc.cues[k-1].e
		if p.flags&fHead != 0 || p.kind == kLevelWord {
			return true
		}
	}
	return k == int(g.c1)-1 && head
}

// partnerOwns reports whether "partner" at cue k is an owner's title
// ("Managing Partner", "Partner at X") rather than part of a role name
// ("Business Partner", "Partner Manager", "Talent Partner").
func (sc *scanner) partnerOwns(g *segment, k int) bool {
	if k > int(g.c0) {
		p := &sc.cues[k-1].e
		if p.flags&fStop == 0 && (p.flags&fPblock != 0 || p.fn != 0 && p.flags&fPok == 0) {
			return false
		}
	}
	if k+1 < int(g.c1) {
		n := &sc.cues[k+1].e
		if n.flags&fStop == 0 && n.kind != kLevel {
			return false
		}
	}
	return true
}

func levelSeniority(n uint8) uint8 {
	switch n {
	case 1:
		return sEntry
	case 2:
		return sMid
	case 3:
		return sSenior
	}
	return sStaff
}

// ladderSeniority reads L3/E3 as entry, L4 as mid, L5 as senior and L6 and
// up as staff, as the Google and Meta ladders do: the generic ladder.
func ladderSeniority(n uint8) uint8 {
	switch {
	case n <= 3:
		return sEntry
	case n == 4:
		return sMid
	case n == 5:
		return sSenior
	}
	return sStaff
}
