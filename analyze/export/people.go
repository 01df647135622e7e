package export

import (
	"strings"

	"github.com/refrank/refrank/analyze"
)

// people numbers the persons named in one file: a person is known by the
// normalised URL when the file gives one, else by the name's
// [analyze.NameKey]. A
// mention by name alone joins the first person of that name, and a
// mention with a URL joins a person of that name known so far only by
// name, so that files which give URLs for some mentions only (messages
// name recipients without URLs before 2023) still yield one entry per
// person.
//
// The URLs and names are looked up by a 128-bit hash (see convKey): the
// maps hold no strings, so that the collector never scans them and a key
// costs no allocation; two keys of one file are the same with a
// probability under 2^-100.
type people struct {
	byURL  map[convKey]int32
	byName map[convKey]int32 // by the NameKey
	list   []analyze.Person
	key    []byte // the name key being looked up
	// urlless counts the persons known by name alone. named are the
	// persons with a URL whose names byName is still to be told of, in
	// order (see names): files that give every mention a URL never need
	// byName.
	urlless int
	named   []int32
	// recent are the persons of the two URLs looked up last, as given,
	// the latest first: the account owner is in every conversation of
	// messages.csv.
	recent [2]struct {
		url string
		i   int
	}
}

// nameKey returns the key of name in byName.
func (ps *people) nameKey(name string) convKey {
	ps.key = analyze.AppendNameKey(ps.key[:0], name)
	return keyOf(ps.key)
}

// urlKey returns the key of url in byURL.
func urlKey(url string) convKey {
	// NormalizeURL allocates nothing for most URLs.
	return keyOfString(analyze.NormalizeURL(url))
}

// index returns the number of the person named name with profile URL
// url (either may be empty, not both), adding them if new. The strings
// are copied when kept: they may be parts of a row.
func (ps *people) index(name, url string) int {
	if ps.byURL == nil {
		ps.byURL, ps.byName = map[convKey]int32{}, map[convKey]int32{}
	}
	if url == "" {
		ps.names()
		if i, ok := ps.byName[ps.nameKey(name)]; ok {
			return int(i)
		}
		return ps.add(name, "")
	}
	i, ok := 0, false
	switch {
	case url == ps.recent[0].url:
		i, ok = ps.recent[0].i, true
	case url == ps.recent[1].url:
		i, ok = ps.recent[1].i, true
		ps.recent[0], ps.recent[1] = ps.recent[1], ps.recent[0]
	default:
		var j int32
		if j, ok = ps.byURL[urlKey(url)]; ok {
			i = int(j)
			ps.recent[1] = ps.recent[0]
			ps.recent[0].url, ps.recent[0].i = ps.list[i].URL, i
		}
	}
	if ok {
		if ps.list[i].Name == "" && name != "" {
			ps.list[i].Name = strings.Clone(name)
			ps.nameOnce(i)
		}
		return i
	}
	if name != "" && ps.urlless > 0 {
		ps.names()
		if j, ok := ps.byName[ps.nameKey(name)]; ok && ps.list[j].URL == "" {
			ps.list[j].URL = strings.Clone(url)
			ps.byURL[urlKey(url)] = j
			ps.urlless--
			return int(j)
		}
	}
	return ps.add(name, url)
}

// add adds the person named name with profile URL url, copied in one
// allocation.
func (ps *people) add(name, url string) int {
	name, url = clone2(name, url)
	i := len(ps.list)
	ps.list = append(ps.list, analyze.Person{Name: name, URL: url})
	if url == "" {
		ps.byName[ps.nameKey(name)] = int32(i) // after names, in index
		ps.urlless++
		return i
	}
	ps.byURL[urlKey(url)] = int32(i)
	ps.nameOnce(i)
	return i
}

// nameOnce makes person i, who has a URL, the one of their name, unless
// there is one by the time byName is next read.
func (ps *people) nameOnce(i int) {
	if ps.list[i].Name != "" {
		ps.named = append(ps.named, int32(i))
	}
}

// names tells byName of the persons nameOnce was given, in order, before
// it is read.
func (ps *people) names() {
	for _, i := range ps.named {
		k := ps.nameKey(ps.list[i].Name)
		if _, ok := ps.byName[k]; !ok {
			ps.byName[k] = i
		}
	}
	ps.named = ps.named[:0]
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
