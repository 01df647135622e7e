package company

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Employer is what a company name resolves to.
type Employer struct {
	// Key is the comparison key of the parent employer: two names name the
	// same employer when their keys are equal. It is "" for a name with no
	// letter or digit.
	Key string
	// Name is the parent's display name for a known alias ("Amazon"), else
	// the name as given, trimmed.
	Name string
	// Team is the brand or division the name stands for, for an alias that
	// names one ("AWS", "Music", "Audible"), else "".
	Team string
}

// Reach says which words may follow a name of the alias table and still
// resolve to it.
type Reach uint8

const (
	// ReachExact: only the name itself, after normalisation ("Ring",
	// "Chase", "Square", "X": common words and other companies' names).
	ReachExact Reach = iota
	// ReachRegional: the name followed by country, region and connecting
	// words ("Apple India", "Oracle do Brasil", "Meta Ireland").
	ReachRegional
	// ReachGeneric: the name followed by those and by generic corporate
	// words such as services, technologies, development, center, labs,
	// group and holdings ("Amazon Development Center Germany").
	ReachGeneric
	// ReachAny: the name followed by any words, for names that no other
	// business shares ("Deloitte Tax", "Infosys McCamish"); the row's
	// false friends (Alias.Not) are the exceptions.
	ReachAny
)

func (r Reach) String() string {
	switch r {
	case ReachExact:
		return "exact"
	case ReachRegional:
		return "regional"
	case ReachGeneric:
		return "generic"
	case ReachAny:
		return "any"
	}
	return fmt.Sprintf("Reach(%d)", uint8(r))
}

// Alias is one row of the built-in alias table: names that resolve to a
// parent employer and, when Team is set, to one of its brands or divisions.
type Alias struct {
	// Parent is the display name of the employer a referral goes through.
	Parent string
	// Team is the brand or division the names stand for, or "" for names
	// of the parent itself.
	Team string
	// Names are the names as people write them; each matches by its key.
	Names []string
	// Reach says which generic words may follow the names.
	Reach Reach
	// Not are false friends: names that start with a name of the row but
	// are other businesses ("Siemens Energy", "Samsung SDS"), with
	// whatever follows them. Names that only share a word are never
	// matched and need no entry; those listed document the care taken,
	// and a test checks that none resolves to the parent.
	Not []string
}

// Aliases returns a copy of the built-in alias table, ordered by parent
// (case-insensitively), the parent's own row first, then by team.
func Aliases() []Alias {
	out := make([]Alias, len(table))
	for i, a := range table {
		a.Names = append([]string(nil), a.Names...)
		a.Not = append([]string(nil), a.Not...)
		out[i] = a
	}
	return out
}

// entry is what a key resolves to. A friend entry is a false friend of
// the parent named: the key, and any name that starts with it, resolve to
// no entry of the table.
type entry struct {
	key, name, team string
	reach           Reach
	friend          bool
}

func (e entry) employer() Employer {
	return Employer{Key: e.key, Name: e.name, Team: e.team}
}

// builtin maps the key of every name in the table to its entry.
var builtin = func() map[string]entry {
	m, err := buildTable(table)
	if err != nil {
		panic(err)
	}
	return m
}()

// builtinFirsts holds the first word of every key of builtin: a name
// whose first word is not one names nothing of the table, which most
// names of a network show with one look-up.
var builtinFirsts = func() map[string]bool {
	m := make(map[string]bool, len(builtin))
	for k := range builtin {
		m[firstWord(k)] = true
	}
	return m
}()

func firstWord(k string) string {
	if i := strings.IndexByte(k, sepSpace); i >= 0 {
		return k[:i]
	}
	return k
}

func buildTable(rows []Alias) (map[string]entry, error) {
	m := make(map[string]entry)
	parents := make(map[string]string) // parent key -> display name
	for _, a := range rows {
		pk := Normalize(a.Parent)
		if pk == "" {
			return nil, fmt.Errorf("alias table: parent %q has no key", a.Parent)
		}
		if p, ok := parents[pk]; ok && p != a.Parent {
			return nil, fmt.Errorf("alias table: parents %q and %q share the key %q", p, a.Parent, pk)
		}
		parents[pk] = a.Parent
		for _, n := range a.Names {
			k := Normalize(n)
			if k == "" {
				return nil, fmt.Errorf("alias table: %s: name %q has no key", a.Parent, n)
			}
			e := entry{key: pk, name: a.Parent, team: a.Team, reach: a.Reach}
			if old, ok := m[k]; ok && old != e {
				return nil, fmt.Errorf("alias table: %q (%s %s) has the key %q of a name of %s %s",
					n, a.Parent, a.Team, k, old.name, old.team)
			}
			m[k] = e
		}
	}
	for _, a := range rows {
		for _, n := range a.Not {
			k := Normalize(n)
			if startsWithThe(n) {
				continue // "The Oracle": see leadingThe
			}
			if old, ok := m[k]; ok && !old.friend {
				return nil, fmt.Errorf("alias table: false friend %q of %s has the key %q of a name of %s %s", n, a.Parent, k, old.name, old.team)
			}
			m[k] = entry{key: Normalize(a.Parent), name: a.Parent, friend: true}
		}
	}
	return m, nil
}

// Matcher resolves company names using the built-in alias table plus user
// aliases. The zero Matcher knows the built-in table. A Matcher is safe for
// concurrent use by many goroutines once every Add has returned.
type Matcher struct {
	names  map[string]entry // nil until the first Add: use builtin
	firsts map[string]bool  // the first words of names; builtinFirsts with names nil

	mu sync.Mutex
	// keys holds the keys of names outside the table already resolved,
	// so that resolving such a name again allocates nothing.
	keys map[string]string
}

// maxKeys bounds Matcher.keys: a network holds at most 30,000 employers.
const maxKeys = 1 << 16

// NewMatcher returns a Matcher that knows the built-in alias table.
func NewMatcher() *Matcher {
	return &Matcher{}
}

func (m *Matcher) table() map[string]entry {
	if m.names == nil {
		return builtin
	}
	return m.names
}

// Add makes every alias resolve to parent (the user's --alias). The parent
// may be a name of the table ("Amazon", or "AWS", which resolves to Amazon)
// or a new employer ("Contoso"). An alias gets as its team what it names
// beyond the parent ("Amazon Kuiper" and "Kuiper" both name the team
// "Kuiper"; "Contoso Labs" names none), after the parent's own team when the
// parent is itself a team. User aliases match exactly, after normalisation,
// and replace any built-in meaning of the same key. Empty names are ignored.
func (m *Matcher) Add(parent string, aliases ...string) {
	pk := Normalize(parent)
	if pk == "" {
		return
	}
	if m.names == nil {
		m.names, m.firsts = maps.Clone(builtin), maps.Clone(builtinFirsts)
	}
	target, ok := m.lookup([]byte(pk))
	if !ok {
		target = entry{key: pk, name: strings.TrimSpace(parent), reach: ReachExact}
		m.names[pk] = target
		m.firsts[firstWord(pk)] = true
	}
	parentEmp := target.employer()
	for _, a := range aliases {
		k := Normalize(a)
		if k == "" {
			continue
		}
		team := m.Team(a, parentEmp)
		if target.team != "" && !TeamMatches(target.team, team) {
			team = strings.TrimSpace(target.team + " " + team)
		}
		m.names[k] = entry{key: target.key, name: target.name, team: team, reach: ReachExact}
		m.firsts[firstWord(k)] = true
	}
}

// Resolve returns the employer that name stands for. A name whose key is
// a name of the table, or such a name followed only by the words its reach
// allows, is that row's parent; so is a name whose first segment is one
// ("Samsung Research America (SRA)"), and a unit that names its parent in
// a later segment ("Bluetab, an IBM Company", "QuantumBlack, AI by
// McKinsey"; see parentIn). Any other name is itself, keyed by its
// Normalize form. A placeholder ("N/A", "none", "-") is no employer: its
// Key is "". Resolving a name of the table, or a name whose key was seen
// before, allocates nothing.
func (m *Matcher) Resolve(name string) Employer {
	var buf, tb [128]byte
	t := appendTokens(tb[:0], name) // the tokens and segments, for known
	k := finish(append(buf[:0], t...), 0, true)
	if len(k) == 0 || placeholders[string(k)] {
		return Employer{Name: strings.TrimSpace(name)}
	}
	if e, ok := m.known(name, t, k); ok {
		return e
	}
	if e, ok := m.table()[string(k)]; ok && !e.friend {
		// A name of the table that is not that employer ("The
		// Oracle"): its key must not be the employer's.
		k = append(append(buf[len(k):len(k)], "the "...), k...)
	}
	m.mu.Lock()
	key, ok := m.keys[string(k)]
	if !ok {
		key = string(k)
		if m.keys == nil {
			m.keys = make(map[string]string)
		}
		if len(m.keys) < maxKeys {
			m.keys[key] = key
		}
	}
	m.mu.Unlock()
	return Employer{Key: key, Name: strings.TrimSpace(name)}
}

// known resolves name, whose key is k and tokens t (as appendTokens
// makes them), to a parent of the table, if it names one: by its key,
// else by its segments. A first segment that names a row of generic or
// any reach is that row ("Samsung Research America (SRA)", "Deloitte,
// USI"); one of a row of lesser reach only when the other segments add
// nothing but generic words or the same parent ("HARMAN International, A
// Samsung Company"). A later segment may name the parent of the unit the
// first one names (parentIn), which is then the team.
func (m *Matcher) known(name string, t, k []byte) (Employer, bool) {
	if e, ok := m.lookup(k); ok {
		return e.employer(), !m.leadingThe(name, k, e)
	}
	i := bytes.IndexByte(t, sepBreak)
	if i < 0 {
		return Employer{}, false // one segment: its key said it all
	}
	var fb [128]byte
	fk := finish(append(fb[:0], t[:i]...), 0, true)
	fe, fok := m.lookup(fk)
	fok = fok && !m.leadingThe(name, fk, fe)
	if fok && fe.reach >= ReachGeneric {
		return fe.employer(), true
	}
	for t = t[i+1:]; ; {
		seg := t
		if j := bytes.IndexByte(t, sepBreak); j >= 0 {
			seg, t = t[:j], t[j+1:]
		} else {
			t = nil
		}
		if p, ok := m.parentIn(seg); ok {
			if !(fok && p.key == fe.key) {
				return Employer{Key: p.key, Name: p.name, Team: firstSegment(name)}, true
			}
		} else if !onlyGenericTokens(seg) {
			fok = false
		}
		if t == nil {
			break
		}
	}
	if fok {
		return fe.employer(), true
	}
	return Employer{}, false
}

// firstSegment returns the first segment of name that holds a word, as
// written, trimmed of spaces and separators.
func firstSegment(name string) string {
	for i := 0; i < len(name); {
		var seg string
		seg, i = nextSegment(name, i)
		if seg = trimTeam(seg); seg != "" {
			return seg
		}
	}
	return ""
}

// parentIn returns the row that t, the tokens of a segment of a name,
// names as the parent of the unit before it, in one of these forms (in English, Spanish,
// Portuguese, French and German; "the" and legal forms anywhere):
//
//	a|an Y company|subsidiary|business|brand   "an IBM Company", "a CVS Health Company"
//	[a] part|member [firm]|subsidiary|division|unit|brand of [the] Y [network|family]
//	                                           "part of McKinsey & Company",
//	                                           "a member firm of the PwC network"
//	[...] by Y                                 "AI by McKinsey", "acquired by Cisco"
//	una empresa de|del grupo Y, uma empresa do grupo Y, une société du
//	groupe Y, filiale de Y, ein Unternehmen der Y-Gruppe
//
// Y must be a name of the table. "by" after powered, backed, funded,
// sponsored and the like names no owner.
func (m *Matcher) parentIn(t []byte) (entry, bool) {
	if bytes.IndexByte(t, sepSpace) < 0 {
		return entry{}, false // one word is no form
	}
	var arr [24]span
	ws := arr[:0]
	for i := 0; i < len(t); {
		j := bytes.IndexByte(t[i:], sepSpace)
		if j < 0 {
			j = len(t) - i
		}
		if len(ws) == len(arr) {
			return entry{}, false
		}
		ws = append(ws, span{lo: i, hi: i + j})
		i += j + 1
	}
	if len(ws) < 2 {
		return entry{}, false
	}
	lo, hi := ownerWords(t, ws)
	if lo >= hi {
		return entry{}, false
	}
	var kb [128]byte
	k := append(kb[:0], t[ws[lo].lo:ws[hi-1].hi]...)
	k = finish(k, 0, true)
	if len(k) == 0 {
		return entry{}, false
	}
	return m.lookup(k)
}

// ownerWords returns the words ws[lo:hi] of t that name the owner, by the
// forms parentIn lists; lo >= hi when t is none of them.
func ownerWords(t []byte, ws []span) (lo, hi int) {
	w := func(i int) []byte { return t[ws[i].lo:ws[i].hi] }
	in := func(set map[string]bool, i int) bool { return set[string(w(i))] }
	// "... by Y": the last "by", after at most three words.
	for i := len(ws) - 2; i >= 0; i-- {
		if string(w(i)) != "by" {
			continue
		}
		if i > 3 || i > 0 && in(notOwnerBy, i-1) {
			return 0, 0
		}
		return i + 1, len(ws)
	}
	article := in(articles, 0)
	lo, hi = 0, len(ws)
	for lo < hi && in(leadWords, lo) {
		lo++
	}
	// "[part|member firm|...] of [the] Y [network]"
	h := lo
	for h < hi && h < lo+3 && in(headWords, h) {
		h++
	}
	if h > lo && h < hi && in(ofWords, h) {
		lo = h + 1
		for lo < hi && (string(w(lo)) == "the" || in(groupWords, lo)) {
			lo++
		}
		for hi-lo > 1 && in(tailWords, hi-1) {
			hi--
		}
		return lo, hi
	}
	// "a Y company", not "The Y Company"
	if article && hi-lo > 1 && in(unitWords, hi-1) {
		hi--
		if hi-lo > 1 && string(w(hi-1)) == "owned" {
			hi--
		}
		return lo, hi
	}
	return 0, 0
}

// The words of parentIn's forms, folded.
var (
	articles  = wordSet("a", "an", "una", "uma", "un", "une", "ein", "eine")
	leadWords = wordSet("a", "an", "now", "the", "wholly", "fully", "owned", "una", "uma", "un", "une", "ein", "eine", "eines")
	headWords = wordSet("part", "parte", "member", "members", "membre", "miembro", "membro", "firm", "firms",
		"subsidiary", "subsidiaria", "subsidiaria", "filiale", "filial", "tochter", "tochtergesellschaft",
		"division", "unit", "brand", "business", "company", "companies", "empresa", "societe", "entreprise",
		"unternehmen", "teil")
	ofWords    = wordSet("of", "de", "del", "do", "da", "du", "des", "der", "von")
	groupWords = wordSet("grupo", "groupe", "gruppe", "gruppo", "group")
	tailWords  = wordSet("network", "networks", "family", "companies", "global", "international", "firms")
	unitWords  = wordSet("company", "subsidiary", "business", "brand", "unternehmen", "empresa", "venture")
	notOwnerBy = wordSet("powered", "backed", "funded", "sponsored", "supported", "certified", "accredited",
		"inspired", "hosted", "endorsed", "recognized", "recognised", "trained", "mentored", "incubated",
		"accelerated", "invested", "financed", "designed", "built", "made", "driven", "led", "run", "founded",
		"trusted", "used", "loved", "rated", "ranked", "verified", "approved", "licensed", "authorized",
		"authorised", "partnered", "selected", "chosen", "awarded", "featured")
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nextSegment returns the segment of name that starts at i, up to the
// next comma, semicolon, colon, slash, bar or bracket (as appendTokens
// breaks segments), and where the one after it starts.
func nextSegment(name string, i int) (string, int) {
	for j := i; j < len(name); {
		c := name[j]
		if c < utf8.RuneSelf {
			if asciiClass[c] == sepBreak {
				return name[i:j], j + 1
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(name[j:])
		if r == '、' || r == '，' || r == '；' || r == '（' || r == '）' {
			return name[i:j], j + size
		}
		j += size
	}
	return name[i:], len(name)
}

// leadingThe reports whether name, whose key is k and which resolves to
// e, is the word "the" before a one-word name of an exact or regional row
// (a common word), followed by nothing or region words only: "The Oracle"
// is a newspaper, "The Block" a magazine, "The Oracle India" another; "The
// Vanguard Group" is Vanguard and "The Goldman Sachs Group" Goldman Sachs.
func (m *Matcher) leadingThe(name string, k []byte, e entry) bool {
	if e.reach >= ReachGeneric || !startsWithThe(name) {
		return false
	}
	i := bytes.IndexByte(k, sepSpace)
	if i < 0 {
		i = len(k)
	}
	if f, ok := m.table()[string(k[:i])]; !ok || f.key != e.key || f.reach >= ReachGeneric {
		return false
	}
	for rest := k[i:]; len(rest) > 0; {
		rest = rest[1:]
		j := bytes.IndexByte(rest, sepSpace)
		if j < 0 {
			j = len(rest)
		}
		if genericWords[string(rest[:j])] != ReachRegional {
			return false
		}
		rest = rest[j:]
	}
	return true
}

func startsWithThe(name string) bool {
	s := strings.TrimLeftFunc(name, unicode.IsSpace)
	return len(s) > 4 && strings.EqualFold(s[:3], "the") && s[3] < utf8.RuneSelf && asciiClass[s[3]] != 'w'
}

// lookup finds the entry of key k: the entry of k itself, or of the longest
// prefix of k that is followed only by words its reach allows. A false
// friend, as k or as a prefix of it, ends the search with no entry.
func (m *Matcher) lookup(k []byte) (entry, bool) {
	return m.lookupUpTo(k, ReachAny)
}

// lookupUpTo is lookup with every row's reach capped at most: Team reads
// what follows a brand of any reach as a team ("Deloitte Tax").
func (m *Matcher) lookupUpTo(k []byte, most Reach) (entry, bool) {
	firsts := m.firsts
	if firsts == nil {
		firsts = builtinFirsts
	}
	f := k
	if i := bytes.IndexByte(k, sepSpace); i >= 0 {
		f = k[:i]
	}
	if !firsts[string(f)] {
		return entry{}, false
	}
	names := m.table()
	if e, ok := names[string(k)]; ok {
		return e, !e.friend
	}
	need := ReachExact
	after := false // the word after the current one is a generic word
	for {
		i := bytes.LastIndexByte(k, sepSpace)
		if i < 0 {
			return entry{}, false
		}
		w := k[i+1:]
		k = k[:i]
		if r, ok := genericWords[string(w)]; ok {
			need, after = max(need, r), true
		} else if !(after && string(w) == "and" && endsGeneric(k)) {
			// An "and" between generic words is one of them:
			// "Siemens Technology and Services".
			need, after = ReachAny, false
		}
		if e, ok := names[string(k)]; ok {
			if e.friend {
				return entry{}, false
			}
			if min(e.reach, most) >= need {
				return e, true
			}
		}
	}
}

// endsGeneric reports whether the last word of k is a generic word.
func endsGeneric(k []byte) bool {
	_, ok := genericWords[string(k[bytes.LastIndexByte(k, sepSpace)+1:])]
	return ok
}

// Team strips the employer's own name from a free-text team hint taken
// from a title: "Amazon Music" at Amazon is "Music"; "AWS Lambda" at Amazon
// is "AWS Lambda"; "Stripe" at Stripe is "". A hint that starts with a
// brand of the employer keeps the brand's team name ("Amazon Web Services
// Lambda" is "AWS Lambda"); generic words left over ("Amazon Germany") are
// dropped. A hint that does not start with the employer's name is returned
// trimmed of spaces and separators.
func (m *Matcher) Team(hint string, e Employer) string {
	hint = trimTeam(hint)
	if hint == "" || e.Key == "" {
		return hint
	}
	words := strings.Fields(hint)
	var buf [128]byte
	for n := len(words); n > 0; n-- {
		prefix := strings.Join(words[:n], " ")
		k := appendKey(buf[:0], prefix, true)
		if len(k) == 0 {
			continue
		}
		team := ""
		if en, ok := m.lookupUpTo(k, ReachGeneric); ok && en.key == e.Key {
			team = en.team
		} else if string(k) != e.Key {
			continue
		}
		rest := trimTeam(strings.Join(words[n:], " "))
		if onlyGeneric(rest) {
			rest = ""
		}
		switch {
		case team == "":
			return rest
		case rest == "":
			return team
		}
		return team + " " + rest
	}
	return hint
}

// trimTeam trims spaces and the separators titles put around teams.
func trimTeam(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("-–—,:;|/·•@()[]", r)
	})
}

// onlyGeneric reports whether every word of s is a generic word.
func onlyGeneric(s string) bool {
	var buf [128]byte
	return onlyGenericTokens(appendKey(buf[:0], s, false))
}

// onlyGenericTokens reports whether every word of the tokens k is a
// generic word or a legal form.
func onlyGenericTokens(k []byte) bool {
	for len(k) > 0 {
		w := k
		if i := bytes.IndexByte(k, sepSpace); i >= 0 {
			w, k = k[:i], k[i+1:]
		} else {
			k = nil
		}
		if _, ok := genericWords[string(w)]; !ok && !dropsAtEnd[string(w)] {
			return false
		}
	}
	return true
}

// TeamMatches reports whether the wanted team (e.g. "Music", "Prime
// Video") is named by any of the given team strings, by whole normalised
// tokens: all tokens of want appear, in order and next to each other, in
// one of have. Team strings are folded like company names (accents, case,
// punctuation, "A.I." as "ai") but keep their legal-looking words, so "SE"
// stays. An empty want matches anything.
func TeamMatches(want string, have ...string) bool {
	var wb [64]byte
	w := append(wb[:0], sepSpace)
	w = appendKey(w, want, false)
	if len(w) == 1 {
		return true
	}
	w = append(w, sepSpace)
	var hb [128]byte
	for _, s := range have {
		h := append(hb[:0], sepSpace)
		h = appendKey(h, s, false)
		h = append(h, sepSpace)
		if bytes.Contains(h, w) {
			return true
		}
	}
	return false
}
