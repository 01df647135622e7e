package main

import (
	"io"
	"time"
)

// urlColumnSince is when Connections.csv gained its URL column (June
// 2023, empty at first; filled from mid-2023).
var urlColumnSince = day(2023, time.June, 1)

// movedShare is the percentage of the contacts of an older export who
// worked elsewhere then, besides the persona's own movers.
const movedShare = 12

// movers are, by persona, contacts whose employer and title at the time
// of an older export were others: people who joined a target since (the
// README's walk-through shows them), and one who left one.
var movers = map[string]map[string][2]string{
	"sample": {
		"Grace Park":       {"Contoso", "Senior Product Manager"},
		"Olumide Adeyemi":  {"Microsoft", "Principal Software Engineer"},
		"Samuel Osei":      {"Northwind Traders", "Software Development Manager"},
		"Marcus Lindqvist": {"Spotify", "Senior Backend Engineer"},
		"Irene Kowalczyk":  {"Stripe", "Staff Software Engineer"},
	},
}

// asOf returns the export e as the account's export of the earlier day d
// would have been: the contacts connected by then, a share of them at the
// employer they had then, the persona's positions as they stood, and the
// files of the basic export (Connections.csv without its URL column
// before mid-2023, Profile.csv, Positions.csv, Education.csv).
func (e *export) asOf(d time.Time) *export {
	old := *e
	old.date, old.previous = d, true
	p := *e.persona
	p.jobs = nil
	for _, j := range e.persona.jobs {
		if j.start.After(d) {
			continue
		}
		if j.end.After(d) {
			j.end = time.Time{} // still the current job then
		}
		p.jobs = append(p.jobs, j)
	}
	old.persona = &p
	r := e.stream("as-of")
	moved := movers[p.id]
	old.contacts = nil
	for _, c := range e.contacts {
		if c.on.After(d) {
			continue
		}
		if was, ok := moved[c.first+" "+c.last]; ok {
			c.company, c.position = was[0], was[1]
		} else if !c.hidden && c.origin != "anchor" && r.IntN(100) < movedShare {
			ci := companyPicker.pick(r)
			c.company, c.group = namePickers[ci].pick(r), companies[ci].group
		}
		if d.Before(urlColumnSince) {
			c.url = ""
		}
		old.contacts = append(old.contacts, c)
	}
	old.withPlaceholders(d)
	return &old
}

// previousFiles are the files of an older export: the basic export's.
var previousFiles = []exportFile{
	{"Connections.csv", writeConnections},
	{"Education.csv", writeEducation},
	{"Positions.csv", writePositions},
	{"Profile.csv", writeProfile},
}

// writeOldConnections writes Connections.csv as exports before June 2023
// did: the notes, and no URL column.
func writeOldConnections(w io.Writer, e *export) error {
	if _, err := io.WriteString(w, connectionsNotes); err != nil {
		return err
	}
	cw := newCSV(w)
	cw.Write([]string{"First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"})
	for _, c := range e.contacts {
		cw.Write([]string{c.first, c.last, c.email, c.company, c.position, c.on.Format("02 Jan 2006")})
	}
	return cw.close()
}
