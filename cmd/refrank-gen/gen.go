package main

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// A contact is one row of Connections.csv, with what the generator knows
// about it beyond the row.
type contact struct {
	first, last, url, email, company, position string
	on                                         time.Time
	// group is the employer in the company list ("" for anchors and
	// hidden members), role the pool the title came from, origin where
	// the two met ("school", a job's company, or "network").
	group  string
	role   role
	origin string
	hidden bool
}

// An export is everything the files are written from: the persona, the
// export date, the seed, the contacts, newest first, and the number of
// rows of messages.csv.
type export struct {
	persona  *persona
	date     time.Time
	seed     uint64
	contacts []contact
	messages int
	// minimalQuotes writes messages.csv quoted only where needed (before
	// 2026), not every field.
	minimalQuotes bool
	// previous marks an older export of the account (see asOf): it has
	// the basic export's files only.
	previous bool
	// excelEU writes the files as a European Excel re-saves them (see
	// resaveEU).
	excelEU bool
	// spacedNames names the files at the root as 2018-2022 exports did
	// (see spacedName).
	spacedNames bool
}

// stream returns a random source for one part of the export, derived from
// the seed and the part's name, so that adding a file leaves the others
// unchanged.
func (e *export) stream(name string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(e.seed, h.Sum64()))
}

// A window is a stretch of time in which the user met people: a school, a
// job, or the rest of their career.
type window struct {
	origin   string
	from, to time.Time
	share    int
	company  int // index in companies of the employer, or -1
	stay     int
	isSchool bool
}

// earliest is the first day a network holds connections from.
var earliest = day(2014, time.January, 1)

// generate builds the persona's export of n connections.
func generate(p *persona, n int, seed uint64, date time.Time) *export {
	e := &export{persona: p, date: date, seed: seed}
	r := e.stream("Connections.csv")
	taken := make(map[string]bool, n)

	// Shares are percentages of a network of up to 1,000. A bigger network
	// grows mostly by strangers: a school or job brings only so many people.
	scale := 100.0
	if n > 1000 {
		scale *= math.Sqrt(1000 / float64(n))
	}
	share := func(pct int) int { return int(float64(pct) * scale) }
	var windows []weighted[window]
	rest := 100 * 100
	for _, s := range p.schools {
		windows = append(windows, weighted[window]{share(s.share), window{origin: "school", from: s.start, to: s.end, company: -1, isSchool: true}})
		rest -= share(s.share)
	}
	var searches [][2]time.Time // job searches: the months before each move, and now
	for _, j := range p.jobs {
		to := j.end
		if to.IsZero() || to.After(date) {
			to = date
		} else {
			searches = append(searches, [2]time.Time{to.AddDate(0, -4, 0), to})
		}
		windows = append(windows, weighted[window]{share(j.share), window{origin: j.group, from: j.start, to: to, company: companyByGroup(j.group), stay: j.stay}})
		rest -= share(j.share)
	}
	searches = append(searches, [2]time.Time{date.AddDate(0, 0, -80), date})
	windows = append(windows, weighted[window]{rest, window{origin: "network", from: earliest, to: date, company: -1}})
	windowPicker := newPicker(windows)

	e.contacts = make([]contact, 0, n)
	for _, a := range p.anchors {
		if len(e.contacts) == n {
			break
		}
		on := a.on
		if a.daysAgo > 0 {
			on = date.AddDate(0, 0, -a.daysAgo)
		}
		if on.After(date) {
			on = date
		}
		c := contact{first: a.first, last: a.last, company: a.company, position: a.position, on: on, origin: "anchor"}
		c.url = profileURL(r, a.first, a.last, taken)
		if a.email {
			c.email = email(r, a.first, a.last)
		}
		e.contacts = append(e.contacts, c)
	}
	for len(e.contacts) < n {
		e.contacts = append(e.contacts, randomContact(r, windowPicker.pick(r), searches, date, taken))
	}
	slices.SortStableFunc(e.contacts, func(a, b contact) int { return b.on.Compare(a.on) })
	return e
}

// randomContact draws a contact met in window w: where they work now, what
// they do, their name and profile URL, and the day the two connected.
func randomContact(r *rand.Rand, w window, searches [][2]time.Time, date time.Time, taken map[string]bool) contact {
	ci := companyPicker.pick(r)
	if w.company >= 0 && r.IntN(100) < w.stay {
		ci = w.company
	}
	co := &companies[ci]
	ro := mixPickers[co.kind].pick(r)
	if w.origin != "network" {
		// Met years ago: the students have graduated, the interns moved on.
		switch ro {
		case rStudent:
			ro = rGrad
		case rIntern:
			ro = rSoftware
		}
	}
	c := contact{company: namePickers[ci].pick(r), group: co.group, role: ro, origin: w.origin}
	c.first, c.last = personName(r, co.lang)
	c.position = title(r, co, ro, c.company)

	switch {
	case w.origin != "network" && w.isSchool:
		c.on = between(r, w.from, w.to)
	case w.origin != "network":
		c.on = earlyIn(r, w.from, w.to)
	case ro == rRecruiting && r.IntN(100) < 45:
		s := uniform(r, searches)
		c.on = between(r, s[0], s[1])
	case ro == rStudent || ro == rIntern:
		c.on = between(r, date.AddDate(-3, 0, 0), date)
	case r.IntN(100) < 25:
		c.on = between(r, w.from, w.to)
	default:
		c.on = growing(r, w.from, w.to)
	}
	c.url = profileURL(r, c.first, c.last, taken)
	if r.IntN(100) < 3 {
		c.email = email(r, c.first, c.last)
	}
	if r.IntN(100) < 2 {
		// A hidden or deactivated member: only the date is left.
		return contact{on: c.on, hidden: true, origin: c.origin}
	}
	return c
}
