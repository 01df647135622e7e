package company

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
	"sync"
	"unicode"
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
)

func (r Reach) String() string {
	switch r {
	case ReachExact:
		return "exact"
	case ReachRegional:
		return "regional"
	case ReachGeneric:
		return "generic"
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
}

// Aliases returns a copy of the built-in alias table, ordered by parent
// (case-insensitively), the parent's own row first, then by team.
func Aliases() []Alias {
	out := make([]Alias, len(table))
	for i, a := range table {
		a.Names = append([]string(nil), a.Names...)
		out[i] = a
	}
	return out
}

// entry is what a key resolves to.
type entry struct {
	key, name, team string
	reach           Reach
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
	return m, nil
}

// Matcher resolves company names using the built-in alias table plus user
// aliases. The zero Matcher knows the built-in table. A Matcher is safe for
// concurrent use by many goroutines once every Add has returned.
type Matcher struct {
	names map[string]entry // nil until the first Add: use builtin

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
		m.names = maps.Clone(builtin)
	}
	target, ok := m.lookup([]byte(pk))
	if !ok {
		target = entry{key: pk, name: strings.TrimSpace(parent), reach: ReachExact}
		m.names[pk] = target
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
	}
}

// Resolve returns the employer that name stands for: the table's parent
// when the name's key is a name of the table, or such a name followed only
// by the generic words its reach allows; else the name itself, keyed by
// its Normalize form. Resolving a name of the table, or a name whose key
// was seen before, allocates nothing.
func (m *Matcher) Resolve(name string) Employer {
	var buf [128]byte
	k := appendKey(buf[:0], name, true)
	if len(k) == 0 {
		return Employer{Name: strings.TrimSpace(name)}
	}
	if e, ok := m.lookup(k); ok {
		return e.employer()
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

// lookup finds the entry of key k: the entry of k itself, or of the longest
// prefix of k that is followed only by words its reach allows.
func (m *Matcher) lookup(k []byte) (entry, bool) {
	names := m.table()
	if e, ok := names[string(k)]; ok {
		return e, true
	}
	need := ReachExact
	for {
		i := bytes.LastIndexByte(k, sepSpace)
		if i < 0 {
			return entry{}, false
		}
		r, ok := genericWords[string(k[i+1:])]
		if !ok {
			return entry{}, false
		}
		need = max(need, r)
		k = k[:i]
		if e, ok := names[string(k)]; ok && e.reach >= need {
			return e, true
		}
	}
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
		if en, ok := m.lookup(k); ok && en.key == e.Key {
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
	k := appendKey(buf[:0], s, false)
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
