package main

import (
	"math/rand/v2"
	"strings"
	"time"
)

// systemShare is the percentage of group chats with a system row.
const systemShare = 50

// writeSystemRow writes, for some group chats c, one of the rows LinkedIn
// adds to a group chat when someone leaves it or adds someone: no sender,
// the members as recipients, drawn from r, a stream of its own. It
// reports whether it wrote one.
func writeSystemRow(mw *quotedWriter, c *conversation, r *rand.Rand) bool {
	if len(c.members) < 3 || c.draft || len(c.msgs) == 0 || r.IntN(100) >= systemShare {
		return false
	}
	a, b := c.members[1+r.IntN(len(c.members)-1)], c.members[r.IntN(len(c.members))]
	text := firstName(a.name) + " left the conversation"
	if r.IntN(2) == 0 && a != b {
		text = firstName(b.name) + " added " + firstName(a.name)
	}
	var to, urls []string
	for _, p := range c.members {
		to, urls = append(to, p.name), append(urls, p.url)
	}
	at := c.msgs[len(c.msgs)-1].at.Add(-time.Minute) // below the oldest message
	mw.record([]string{c.id, c.title, "", "", strings.Join(to, ","), strings.Join(urls, ","),
		at.Format(messageDate), "", text, c.folder, "", "No"})
	return true
}
