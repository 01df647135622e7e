package main

import (
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Invitations, endorsements and recommendations: the other traces of a
// tie that an export holds. Each file draws from its own stream.

// An invitation is one row of Invitations.csv.
type invitation struct {
	from, to who
	at       time.Time
	note     string
	incoming bool
}

// storyNotes are the invitations of the story that came with a note.
var storyNotes = map[string]string{
	"Ahmed Karim":     "Hi Jordan, I enjoyed your Kafka talk at the Seattle Go meetup. I work on listening data for Amazon Music, would be great to connect!",
	"Rachel Goldberg": "Hi Jordan, I sent you a note about Senior SDE roles on Amazon Music. Would love to connect either way!",
}

var inviteNotes = []string{
	"Hi Jordan, we met at the Seattle Go meetup. Would be great to stay in touch!",
	"Hi Jordan, I'm a recruiter working with backend teams in Seattle and would love to connect.",
	"Hello Jordan, I came across your profile and would like to add you to my professional network.",
	"Hey! Great chatting at the conference, let's keep in touch.",
	"Hi, fellow UW alum here, would love to connect.",
}

var outgoingNotes = []string{
	"Hi {name}, great meeting you at the meetup last night. Let's keep in touch!",
	"Hi {name}, I enjoyed your post on on-call practices and would love to connect.",
	"Hi {name}, we worked together briefly on the billing migration, would be nice to stay connected.",
}

// writeInvitations writes Invitations.csv: an invitation for each
// connection made in the three years before the export (sent up to two
// weeks before it was accepted), and a few still pending, newest first.
func writeInvitations(w io.Writer, e *export) error {
	r := e.stream("Invitations.csv")
	owner := e.persona.who()
	since := e.date.AddDate(-3, 0, 0)
	var invs []invitation
	for i := range e.contacts {
		c := &e.contacts[i]
		if c.hidden || c.on.Before(since) {
			continue
		}
		other := who{strings.TrimSpace(c.first + " " + c.last), c.url}
		inv := invitation{at: timeOfDay(r, c.on.AddDate(0, 0, -r.IntN(15)))}
		if inv.at.Before(since) {
			inv.at = timeOfDay(r, c.on)
		}
		inv.incoming = r.IntN(100) < 55 || c.role == rRecruiting
		note, story := storyNotes[c.first+" "+c.last]
		switch {
		case story && c.origin == "anchor":
			inv.incoming, inv.note = true, note
		case inv.incoming && (c.role == rRecruiting && r.IntN(10) < 4 || r.IntN(100) < 8):
			inv.note = uniform(r, inviteNotes)
		case !inv.incoming && r.IntN(100) < 10:
			inv.note = strings.ReplaceAll(uniform(r, outgoingNotes), "{name}", strings.TrimSpace(c.first))
		}
		inv.from, inv.to = owner, other
		if inv.incoming {
			inv.from, inv.to = other, owner
		}
		invs = append(invs, inv)
	}
	// Pending: sent by the user or to them in the last weeks, not accepted.
	for range 1 + len(invs)/30 {
		s := stranger(r)
		s.url = "https://www.linkedin.com/in/" + url.PathEscape(strings.TrimPrefix(s.url, "https://www.linkedin.com/in/"))
		inv := invitation{at: timeOfDay(r, between(r, e.date.AddDate(0, 0, -40), e.date)), incoming: r.IntN(2) == 0}
		inv.from, inv.to = owner, s
		if inv.incoming {
			inv.from, inv.to = s, owner
		}
		invs = append(invs, inv)
	}
	slices.SortStableFunc(invs, func(a, b invitation) int { return b.at.Compare(a.at) })

	cw := newCSV(w)
	cw.Write([]string{"From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"})
	for _, inv := range invs {
		dir := "OUTGOING"
		if inv.incoming {
			dir = "INCOMING"
		}
		cw.Write([]string{inv.from.name, inv.to.name, inv.at.Format("1/2/06, 3:04 PM"), inv.note, dir, inv.from.url, inv.to.url})
	}
	return cw.close()
}

// An endorsement is one row of an endorsements file.
type endorsement struct {
	at    time.Time
	skill string
	c     *contact
}

// storyEndorsers are the anchors who endorsed the user, and for what.
var storyEndorsers = []struct {
	name   string
	on     time.Time
	skills []string
}{
	{"Nadia Petrova", day(2021, time.November, 16), []string{"Go (Programming Language)", "Distributed Systems", "Payments"}},
	{"Priya Raman", day(2023, time.May, 9), []string{"Distributed Systems", "System Design"}},
	{"Tessa Moreno", day(2024, time.February, 27), []string{"Apache Kafka", "Go (Programming Language)", "Kubernetes"}},
	{"Elena Vasquez, PMP", day(2022, time.March, 1), []string{"C#", "Software Engineering"}},
	{"Ravi Iyer", day(2021, time.July, 12), []string{"PostgreSQL"}},
}

var contactSkills = map[role][]string{
	rSoftware:   {"Java", "Python", "Go (Programming Language)", "Distributed Systems", "Amazon Web Services (AWS)", "React.js", "TypeScript"},
	rData:       {"SQL", "Python", "Data Analysis", "Apache Spark"},
	rProduct:    {"Product Management", "Agile Methodologies", "Roadmapping"},
	rRecruiting: {"Technical Recruiting", "Sourcing"},
	rDesign:     {"User Experience (UX)", "Figma"},
}

// endorsements draws the endorsements the user received (given is
// false) or gave, oldest first: the story's and, from colleagues and
// classmates mostly, one to four skills from about one contact in ten
// (one in twenty for those the user gave).
func endorsements(e *export, given bool) []endorsement {
	name := "Endorsement_Received_Info.csv"
	share := 10
	if given {
		name, share = "Endorsement_Given_Info.csv", 20
	}
	r := e.stream(name)
	anchors := anchorIndex(e)
	var es []endorsement
	if !given {
		for _, s := range storyEndorsers {
			c := anchors[s.name]
			if c == nil || s.on.After(e.date) {
				continue
			}
			t := timeOfDay(r, s.on)
			for _, sk := range s.skills {
				es = append(es, endorsement{t, sk, c})
				t = t.Add(time.Duration(1+r.IntN(4)) * time.Second)
			}
		}
	}
	for i := range e.contacts {
		c := &e.contacts[i]
		if c.hidden || c.origin == "anchor" {
			continue
		}
		odds := share
		if c.origin != "network" {
			odds *= 3
		}
		if r.IntN(100) >= odds {
			continue
		}
		skills := e.persona.skills
		if given {
			skills = contactSkills[c.role]
			if skills == nil {
				skills = []string{"Leadership", "Communication", "Project Management"}
			}
		}
		t := timeOfDay(r, between(r, c.on, earlier(e.date, c.on.AddDate(3, 0, 0))))
		for range 1 + r.IntN(min(4, len(skills))) {
			es = append(es, endorsement{t, uniform(r, skills), c})
			t = t.Add(time.Duration(1+r.IntN(4)) * time.Second)
		}
	}
	slices.SortStableFunc(es, func(a, b endorsement) int { return a.at.Compare(b.at) })
	// One skill once per person.
	seen := map[string]bool{}
	out := es[:0]
	for _, x := range es {
		k := x.c.url + "\x00" + x.skill
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// writeEndorsementsReceived writes Endorsement_Received_Info.csv.
func writeEndorsementsReceived(w io.Writer, e *export) error {
	return writeEndorsements(w, endorsements(e, false), "Endorser")
}

// writeEndorsementsGiven writes Endorsement_Given_Info.csv.
func writeEndorsementsGiven(w io.Writer, e *export) error {
	return writeEndorsements(w, endorsements(e, true), "Endorsee")
}

// writeEndorsements writes the rows: dates like 2024/06/26 00:52:03 UTC,
// profile URLs without the scheme, every one ACCEPTED.
func writeEndorsements(w io.Writer, es []endorsement, who string) error {
	cw := newCSV(w)
	cw.Write([]string{"Endorsement Date", "Skill Name", who + " First Name", who + " Last Name", who + " Public Url", "Endorsement Status"})
	for _, x := range es {
		cw.Write([]string{x.at.Format("2006/01/02 15:04:05 UTC"), x.skill, x.c.first, x.c.last,
			strings.TrimPrefix(x.c.url, "https://"), "ACCEPTED"})
	}
	return cw.close()
}

// A recommendation is one row of a recommendations file: the other
// person's name, their company and title when it was written, the text.
type recommendation struct {
	name, company, title string
	on                   time.Time
	text                 string
}

// storyRecommendations are the recommendations the user received and gave.
var storyRecommendations = map[bool][]recommendation{
	false: {
		{"Priya Raman", "Amazon", "SDE II", when(2024, time.April, 18, 19, 12),
			"Jordan and I go back to the UW capstone, and I've watched them grow into the engineer I'd most like on my team.\n\n" +
				"When our team integrated with Northwind's order feed, Jordan owned the hard parts: a clear design, \"boring\" rollouts, and patient answers to every question. Highly recommended."},
		{"Elena Vasquez, PMP", "Contoso", "Director, Platform Engineering", when(2022, time.February, 24, 16, 40),
			"Jordan rebuilt our invoicing pipeline, cut the monthly close from two days to four hours, and mentored two new hires along the way. Any team would be lucky to have them."},
		{"Tessa Moreno", "Northwind Traders", "Principal Software Engineer", when(2025, time.September, 2, 17, 5),
			"Jordan leads order routing with calm and rigor. Thoughtful reviewer, generous teammate, and the person I call when an incident gets weird."},
	},
	true: {
		{"Ravi Iyer", "Contoso", "Software Engineer II", when(2022, time.February, 20, 22, 15),
			"Ravi is the teammate everyone wants: thorough reviews, kind, fast. He took over proration from me and made it better."},
		{"Megan O'Brien", "Contoso", "Senior Software Engineer", when(2021, time.June, 11, 15, 30),
			"Megan taught me how to run an incident, and how to write a design doc that people actually read."},
	},
}

// writeRecommendations writes Recommendations_Received.csv (given false)
// or Recommendations_Given.csv: the story's, newest first, VISIBLE,
// dated like "04/28/07, 07:28 AM".
func writeRecommendations(w io.Writer, e *export, given bool) error {
	anchors := anchorIndex(e)
	recs := slices.Clone(storyRecommendations[given])
	slices.SortStableFunc(recs, func(a, b recommendation) int { return b.on.Compare(a.on) })
	cw := newCSV(w)
	cw.Write([]string{"First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"})
	for _, rec := range recs {
		c := anchors[rec.name]
		if c == nil || rec.on.After(e.date) {
			continue
		}
		cw.Write([]string{c.first, c.last, rec.company, rec.title, rec.text, rec.on.Format("01/02/06, 03:04 PM"), "VISIBLE"})
	}
	return cw.close()
}

func writeRecommendationsReceived(w io.Writer, e *export) error {
	return writeRecommendations(w, e, false)
}
func writeRecommendationsGiven(w io.Writer, e *export) error { return writeRecommendations(w, e, true) }

// earlier returns the earlier of two times.
func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}
