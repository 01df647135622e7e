package export

import (
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
)

// Merge merges several exports, such as an old and a new archive of the
// same account, into a new Export. Contacts are de-duplicated by
// [analyze.Contact.Key], and a row without a profile URL also by name and
// company ([analyze.Contact.NameKey]), so a 2018 row joins the same
// person's current one; two different URLs stay two people. The first
// seen wins, its empty fields filled from later ones. Jobs and schools are concatenated, then the repeats dropped
// (same name, title and dates, ignoring case and surrounding space).
// Interactions, inputs and warnings are kept in order; the Owner's name
// and URL are the first non-empty ones; Date is the newest. Nil exports
// are ignored.
func Merge(exports ...*analyze.Export) *analyze.Export {
	m := &analyze.Export{}
	var contacts, interactions int
	urlless := false // whether a contact has no URL: only then are names compared
	for _, x := range exports {
		if x != nil {
			contacts += len(x.Contacts)
			interactions += len(x.Interactions)
			for i := range x.Contacts {
				urlless = urlless || x.Contacts[i].URL == ""
			}
		}
	}
	// Room for all, at once: slices grown by append would keep up to
	// twice the memory for as long as the Export lives.
	m.Contacts = make([]analyze.Contact, 0, contacts)
	m.Interactions = make([]analyze.Interaction, 0, interactions)
	at := make(map[string]int, contacts) // contact key -> index in m.Contacts
	var byName map[string]int            // name and company -> the first such contact
	if urlless {
		byName = make(map[string]int, contacts)
	}
	jobs := map[string]bool{}
	schools := map[string]bool{}
	for _, x := range exports {
		if x == nil {
			continue
		}
		for _, c := range x.Contacts {
			k := c.Key()
			if i, ok := at[k]; ok {
				fill(&m.Contacts[i], c)
				continue
			}
			// A row without a URL (exports before mid-2023) is the same
			// person as one of the same name and company; two different
			// URLs are two people.
			if urlless {
				nk := c.NameKey()
				if i, ok := byName[nk]; ok && (c.URL == "" || m.Contacts[i].URL == "") {
					fill(&m.Contacts[i], c)
					at[k] = i
					continue
				}
				if _, ok := byName[nk]; !ok {
					byName[nk] = len(m.Contacts)
				}
			}
			at[k] = len(m.Contacts)
			m.Contacts = append(m.Contacts, c)
		}
		for _, j := range x.Jobs {
			k := fold(j.Company) + "\x00" + fold(j.Title) + "\x00" + dayKey(j.Start) + "\x00" + dayKey(j.End)
			if !jobs[k] {
				jobs[k] = true
				m.Jobs = append(m.Jobs, j)
			}
		}
		for _, s := range x.Schools {
			k := fold(s.Name) + "\x00" + dayKey(s.Start) + "\x00" + dayKey(s.End)
			if !schools[k] {
				schools[k] = true
				m.Schools = append(m.Schools, s)
			}
		}
		m.Interactions = append(m.Interactions, x.Interactions...)
		if m.Owner.Name == "" {
			m.Owner.Name = x.Owner.Name
		}
		if m.Owner.URL == "" {
			m.Owner.URL = x.Owner.URL
		}
		m.Inputs = append(m.Inputs, x.Inputs...)
		m.Warnings = append(m.Warnings, x.Warnings...)
		if x.Date.After(m.Date) {
			m.Date = x.Date
		}
	}
	return m
}

// fill sets the empty fields of c from d.
func fill(c *analyze.Contact, d analyze.Contact) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&c.FirstName, d.FirstName},
		{&c.LastName, d.LastName},
		{&c.URL, d.URL},
		{&c.Email, d.Email},
		{&c.Company, d.Company},
		{&c.Position, d.Position},
		{&c.Source, d.Source},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	if c.ConnectedOn.IsZero() {
		c.ConnectedOn = d.ConnectedOn
	}
}

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func dayKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
