package main

import (
	"math/rand/v2"
	"time"
)

// The sample story: what the anchors wrote to the user and the user to
// them, so that tie strength tells the README's walk-through apart.
//
//   - Priya Raman (SDE II, Amazon Music; connected at UW): about forty
//     messages both ways from 2017 to October 2026, the last ones about a
//     referral; she endorsed the user and recommended them. Close.
//   - Marcus Lindqvist (Senior SDE, Amazon Music): three notes from the
//     user, 2024 to 2026, never answered. Acquainted at best.
//   - Ethan Brooks (Staff SWE, Stripe; connected at UW): fifteen messages
//     both ways from 2019 to 2021, none since, and a UW group chat.
//   - Nadia Petrova (Stripe engineer, UW years): no messages, but she
//     endorsed the user for three skills.
//   - Rachel Goldberg (Amazon recruiter): an InMail and a follow-up the
//     month before the export, unanswered; she then connected with a note.
//   - Tessa Moreno (Northwind Traders, Principal SWE): the close friend at
//     work, about ninety messages both ways; no target, but she offers to
//     introduce the user to a former manager at Stripe.
//   - Ahmed Karim (Amazon Music, BI engineer): connected with an
//     invitation that came with a personal note.
//   - Sofía Hernández (Twitch): a short exchange in 2020, so a URL with an
//     accent shows up undecoded.
//
// Dates after the export date are dropped, so an earlier --date shortens
// the story instead of writing the future.

// anchorIndex returns the contacts that are anchors, by "First Last".
func anchorIndex(e *export) map[string]*contact {
	m := map[string]*contact{}
	for _, a := range e.persona.anchors {
		m[a.first+" "+a.last] = nil
	}
	for i := range e.contacts {
		c := &e.contacts[i]
		if _, ok := m[c.first+" "+c.last]; ok && c.origin == "anchor" {
			m[c.first+" "+c.last] = c
		}
	}
	return m
}

// A line is one scripted message: who wrote it (0 the user, 1 the
// contact), when, and what.
type line struct {
	from int
	at   time.Time
	text string
}

func when(y int, m time.Month, d, h, mi int) time.Time {
	return time.Date(y, m, d, h, mi, 0, 0, time.UTC).Add(time.Duration(d*7%60) * time.Second)
}

// storyConversations builds the story's conversations for the anchors the
// export holds (with a small -n only the first anchors are kept).
func storyConversations(e *export) []conversation {
	r := e.stream("messages.csv story")
	anchors := anchorIndex(e)
	owner := e.persona.who()
	var convs []conversation
	add := func(name string, c conversation, lines []line) {
		p := anchors[name]
		if p == nil {
			return
		}
		c.id = conversationID(r)
		if c.folder == "" {
			c.folder = "INBOX"
		}
		c.members = []who{owner, contactWho(p)}
		for _, l := range lines {
			if !l.at.After(e.date) && !l.at.Before(p.on.AddDate(0, -1, 0)) {
				c.msgs = append(c.msgs, message{l.from, l.at, l.text})
			}
		}
		if len(c.msgs) > 0 {
			convs = append(convs, c)
		}
	}

	// Priya: friends since UW, in touch all along, more so this year.
	priya := chatter(r, "Priya", "Jordan", 34, when(2017, time.October, 20, 18, 5), when(2026, time.August, 30, 20, 0))
	priya = append(priya,
		line{1, when(2026, time.September, 8, 17, 12), "Hey! Saw the Northwind reorg news, you doing ok?"},
		line{0, when(2026, time.September, 8, 19, 40), "Ha, surviving. Honestly I've been thinking about what's next. Is Music hiring?"},
		line{1, when(2026, time.September, 9, 16, 3), "We are! Two SDE II/III roles on the playback team.\n\n" +
			"I can refer you, just send me your resume and the job IDs. No pressure, but it'd be fun to work together again, like the \"capstone, part 2\" we always joked about."},
		line{0, when(2026, time.September, 21, 18, 30), "Polishing the resume this week, I'll send it over. Thank you, really."},
		line{1, when(2026, time.October, 6, 15, 55), "Any luck with the resume? The req closes end of October, so sooner is better."},
		line{0, when(2026, time.October, 7, 2, 10), "Sending it tomorrow, promise 🙂"},
	)
	add("Priya Raman", conversation{}, priya)

	// Marcus: met at a conference; the user writes, he never answers.
	add("Marcus Lindqvist", conversation{}, []line{
		{0, when(2024, time.March, 12, 17, 22), "Hi Marcus, I enjoyed your talk on adaptive bitrate at the Seattle Scalability meetup. Would you share the slides?"},
		{0, when(2025, time.June, 3, 16, 48), "Hi Marcus, hope you're well! Quick question about how your team tests playback at scale, if you ever have 10 minutes."},
		{0, when(2026, time.September, 24, 18, 5), "Hi Marcus, I'm looking at the Senior SDE roles on Amazon Music. Would you be open to a short chat about the team? Thanks either way."},
	})

	// Ethan: a UW friend, close while both were new grads, quiet since.
	add("Ethan Brooks", conversation{folder: "ARCHIVE"}, chatter(r, "Ethan", "Jordan", 15, when(2019, time.March, 4, 18, 0), when(2021, time.May, 28, 20, 0)))

	// Rachel: an Amazon recruiter's InMail and follow-up, unanswered.
	if p := anchors["Rachel Goldberg"]; p != nil {
		d := e.date.AddDate(0, 0, -27)
		add("Rachel Goldberg", conversation{subject: "Amazon Music is hiring Senior SDEs in Seattle"}, []line{
			{1, timeOfDay(r, d), inmailText(r, "Jordan", "Rachel", "Amazon Music")},
			{1, timeOfDay(r, d.AddDate(0, 0, 9)), followUp(r, "Jordan")},
		})
	}

	// Tessa: the friend at work; she knows people at Stripe.
	tessa := chatter(r, "Tessa", "Jordan", 86, when(2022, time.April, 8, 17, 0), when(2026, time.October, 30, 20, 0))
	tessa = append(tessa,
		line{0, when(2026, time.November, 4, 18, 2), "Random question: do you still know anyone at Stripe?"},
		line{1, when(2026, time.November, 4, 18, 20), "Yes! Samuel Osei, my manager before Northwind, runs Billing there. Want me to put in a word, or introduce you properly?\n\n" +
			"He's great, and he asks everyone \"what's the most boring system you're proud of\", so prepare an answer 😄"},
		line{0, when(2026, time.November, 4, 18, 31), "That would be amazing, thank you!"},
	)
	add("Tessa Moreno", conversation{}, tessa)

	// Sofía: a short, friendly exchange.
	add("Sofía Hernández", conversation{}, []line{
		{1, when(2020, time.May, 14, 19, 3), "Hola Jordan! Thanks for the Go talk yesterday, the part about context cancellation finally clicked for me."},
		{0, when(2020, time.May, 14, 21, 44), "Thanks Sofía! Glad it helped, the slides are here: https://example.com/talks/ctx"},
		{1, when(2020, time.May, 15, 16, 20), "Gracias 🙏"},
	})

	// A UW group chat: Priya, Ethan, Nadia, Siddharth and the user.
	var members []who
	members = append(members, owner)
	for _, n := range []string{"Priya Raman", "Ethan Brooks", "Nadia Petrova", "Siddharth Menon, PhD"} {
		if p := anchors[n]; p != nil {
			members = append(members, contactWho(p))
		}
	}
	if len(members) > 2 {
		c := conversation{id: conversationID(r), title: "UW CSE capstone", folder: "ARCHIVE", members: members}
		t := when(2018, time.October, 2, 18, 0)
		for i := range 14 {
			c.msgs = append(c.msgs, message{r.IntN(len(members)), t, chatText(r, "all")})
			t = t.Add(time.Duration(2+i*r.IntN(9)) * 24 * time.Hour)
		}
		convs = append(convs, c)
	}
	return convs
}

// chatter writes n messages both ways between the user (from 0) and a
// friend (from 1), spread from..to, the first and last on those days.
func chatter(r *rand.Rand, friend, user string, n int, from, to time.Time) []line {
	ls := make([]line, n)
	span := to.Sub(from)
	for i := range ls {
		t := from
		if n > 1 {
			t = from.Add(time.Duration(int64(span) / int64(n-1) * int64(i)))
		}
		t = t.Add(time.Duration(r.IntN(3600)) * time.Second)
		w := i % 2
		if i > 1 && r.IntN(4) == 0 {
			w = ls[i-1].from
		}
		name := friend
		if w == 1 {
			name = user
		}
		ls[i] = line{w, t, chatText(r, name)}
	}
	return ls
}
