package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// people numbers the persons named in one file: a person is known by the
// normalised URL when the file gives one, else by the lower-cased name. A
// mention by name alone joins the first person of that name, and a
// mention with a URL joins a person of that name known so far only by
// name, so that files which give URLs for some mentions only (messages
// name recipients without URLs before 2023) still yield one entry per
// person.
type people struct {
	byURL  map[string]int
	byName map[string]int
	list   []analyze.Person
}

// index returns the number of the person named name with profile URL
// url (either may be empty, not both), adding them if new. The strings
// are copied when kept: they may be parts of a row.
func (ps *people) index(name, url string) int {
	if ps.byURL == nil {
		ps.byURL, ps.byName = map[string]int{}, map[string]int{}
	}
	if url == "" {
		if i, ok := ps.byName[strings.ToLower(name)]; ok {
			return i
		}
		return ps.add(name, "")
	}
	// NormalizeURL allocates nothing for most URLs.
	if i, ok := ps.byURL[analyze.NormalizeURL(url)]; ok {
		if ps.list[i].Name == "" && name != "" {
			ps.list[i].Name = strings.Clone(name)
			ps.nameOnce(i)
		}
		return i
	}
	if name != "" {
		if i, ok := ps.byName[strings.ToLower(name)]; ok && ps.list[i].URL == "" {
			ps.list[i].URL = strings.Clone(url)
			ps.byURL[analyze.NormalizeURL(ps.list[i].URL)] = i
			return i
		}
	}
	return ps.add(name, url)
}

// add adds the person named name with profile URL url, copied in one
// allocation.
func (ps *people) add(name, url string) int {
	var b strings.Builder
	b.Grow(len(name) + len(url))
	b.WriteString(name)
	b.WriteString(url)
	both := b.String()
	p := analyze.Person{Name: both[:len(name)], URL: both[len(name):]}
	i := len(ps.list)
	ps.list = append(ps.list, p)
	if p.URL == "" {
		ps.byName[strings.ToLower(p.Name)] = i
		return i
	}
	ps.byURL[analyze.NormalizeURL(p.URL)] = i
	ps.nameOnce(i)
	return i
}

// nameOnce makes person i the one of their name, unless there is one.
func (ps *people) nameOnce(i int) {
	if name := ps.list[i].Name; name != "" {
		if k := strings.ToLower(name); !hasKey(ps.byName, k) {
			ps.byName[k] = i
		}
	}
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// tally sums up one file's interactions, one per person, in the order
// the persons first appear.
type tally struct {
	file string
	ps   people
	list []analyze.Interaction
}

// get returns the interaction with the person named name with profile URL
// url, adding it if new. The pointer is valid until the next call.
func (t *tally) get(name, url string) *analyze.Interaction {
	i := t.ps.index(name, url)
	if i == len(t.list) {
		t.list = append(t.list, analyze.Interaction{File: t.file})
	}
	t.list[i].Person = t.ps.list[i]
	return &t.list[i]
}

// fullName joins a first and a last name as [analyze.Contact.Name] does.
func fullName(first, last string) string {
	return analyze.Contact{FirstName: first, LastName: last}.Name()
}

// foldName returns a name for comparison: without case, accents or
// repeated spaces, so that "Tomás  Rivera" matches "TOMAS RIVERA".
func foldName(s string) string {
	// Accents to take off: a transformer is costly to make, so ASCII
	// names (most) skip it.
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if f, _, err := transform.String(t, s); err == nil {
			s = f
		}
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// isASCII reports whether s holds only ASCII characters.
func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// sameName reports whether foldName(name) == want, for a want foldName
// returned, without building the folded name when name is ASCII.
func sameName(name, want string) bool {
	if !isASCII(name) {
		// A folded name starts with its first letter, lower-cased, when
		// that is ASCII: most names that differ, differ there.
		if f := strings.TrimLeft(name, " \t\n\v\f\r"); f != "" && f[0] < utf8.RuneSelf && want != "" && lower(f[0]) != want[0] {
			return false
		}
		return foldName(name) == want
	}
	j := 0 // in want
	for w := range strings.FieldsSeq(name) {
		if j > 0 {
			if j == len(want) || want[j] != ' ' {
				return false
			}
			j++
		}
		if len(want)-j < len(w) {
			return false
		}
		for k := range len(w) {
			if lower(w[k]) != want[j+k] {
				return false
			}
		}
		j += len(w)
	}
	return j == len(want)
}

// lower returns the ASCII letter c in lower case, any other byte as it is.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hidden reports whether a name and URL are those LinkedIn gives a member
// it hides: "LinkedIn Member" without a URL.
func hidden(name, url string) bool {
	return url == "" && strings.EqualFold(name, "LinkedIn Member")
}

// nonEmpty is a cell of which only its having text is kept, for gocsv:
// invitation notes and recommendation texts are never held.
type nonEmpty bool

// UnmarshalCSV implements gocsv.TypeUnmarshaller.
func (n *nonEmpty) UnmarshalCSV(s string) error {
	*n = nonEmpty(strings.TrimSpace(s) != "")
	return nil
}
