package main

import (
	"encoding/base64"
	"io"
	"math"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"time"
)

// messagesHeader is the header of the April 2026 messages.csv, written,
// like every field of that file, in quotes.
var messagesHeader = []string{"CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
	"RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT"}

// messageDate is the layout of the DATE column.
const messageDate = "2006-01-02 15:04:05 UTC"

// maxConversation caps the rows of one conversation, so that a
// conversation is built in a bounded buffer whatever --messages says.
const maxConversation = 4000

// A who is a person as messages.csv shows them: a name and a profile URL
// that is not percent-encoded ("" for a hidden "LinkedIn Member").
type who struct{ name, url string }

// A message is one row of a conversation: the index of its sender among
// the conversation's members, when, and what it says.
type message struct {
	from    int
	at      time.Time
	content string
}

// A conversation is a thread of messages.csv. Its rows are written
// together, newest first; each row is addressed to every member but the
// sender. A draft has no id and no recipients.
type conversation struct {
	id, title, subject, folder, attachments string
	members                                 []who
	msgs                                    []message
	draft                                   bool
}

// reset empties c for reuse, keeping its buffers.
func (c *conversation) reset() {
	*c = conversation{members: c.members[:0], msgs: c.msgs[:0]}
}

// writeMessages writes messages.csv as of April 2026: every field quoted,
// rows grouped by conversation (conversations in no particular order,
// each newest first), real line breaks inside CONTENT, e.messages rows in
// all. The story's conversations come first in the plan, the rest are
// drawn from the stream one conversation at a time and written at once,
// so memory stays flat however many rows are asked for.
func writeMessages(w io.Writer, e *export) error {
	r := e.stream("messages.csv")
	mw := &quotedWriter{w: w, minimal: e.minimalQuotes}
	mw.record(messagesHeader)
	g := newMessageGen(r, e)
	story := storyConversations(e)
	storyRows := 0
	for _, c := range story {
		storyRows += len(c.msgs)
	}
	storyRows = min(storyRows, e.messages)

	// The rows beyond the story are shared among kinds of conversation;
	// direct talk with contacts takes what the others leave.
	rest := e.messages - storyRows
	budget := [numKinds]int{}
	budget[kStory] = storyRows
	for k, pct := range kindShare {
		budget[k] = rest * pct / 1000
	}
	budget[kDirect] = 0
	used := 0
	for _, b := range budget {
		used += b
	}
	budget[kDirect] = e.messages - used
	if len(g.partners) == 0 { // no contacts to talk to: strangers only
		budget[kInMail] += budget[kDirect] + budget[kGroup]
		budget[kDirect], budget[kGroup] = 0, 0
	}
	g.scale = g.directScale(budget[kDirect])

	var c conversation
	system := e.stream("system rows")
	for left := e.messages; left > 0; {
		// Draw the kind in proportion to the rows it has left, so the
		// kinds are mixed through the file.
		n := r.IntN(left)
		k := 0
		for ; k < numKinds-1 && n >= budget[k]; k++ {
			n -= budget[k]
		}
		c.reset()
		if k == kStory {
			c = story[0]
			story = story[1:]
		} else {
			g.conversation(&c, k)
		}
		if len(c.msgs) > budget[k] {
			c.msgs = c.msgs[:budget[k]]
		}
		budget[k] -= len(c.msgs)
		left -= len(c.msgs)
		writeConversation(mw, &c)
		writeSystemRow(mw, &c, system) // beyond e.messages, so the rest stays as it was

	}
	return mw.close()
}

// Kinds of conversation, and the share of the rows beyond the story each
// takes, in tenths of a percent.
const (
	kStory = iota
	kDirect
	kGroup
	kInMail
	kSponsored
	kSpam
	kHidden
	kDraft
	numKinds
)

var kindShare = map[int]int{kGroup: 90, kInMail: 80, kSponsored: 45, kSpam: 20, kHidden: 20, kDraft: 8}

// writeConversation writes c's rows, newest first.
func writeConversation(mw *quotedWriter, c *conversation) {
	slices.SortStableFunc(c.msgs, func(a, b message) int { return b.at.Compare(a.at) })
	var to, urls strings.Builder
	for _, m := range c.msgs {
		from := c.members[m.from]
		to.Reset()
		urls.Reset()
		if !c.draft {
			for i, p := range c.members {
				if i == m.from {
					continue
				}
				if to.Len() > 0 {
					to.WriteByte(',')
					urls.WriteByte(',')
				}
				to.WriteString(p.name)
				urls.WriteString(p.url)
			}
		}
		draft := "No"
		if c.draft {
			draft = "Yes"
		}
		mw.record([]string{c.id, c.title, from.name, from.url, to.String(), urls.String(),
			m.at.Format(messageDate), c.subject, m.content, c.folder, c.attachments, draft})
	}
}

// A messageGen draws the conversations beyond the story.
type messageGen struct {
	r        *rand.Rand
	e        *export
	owner    who
	partners []int // contacts to talk to, in the order they are drawn
	next     int
	recruits []int // contacts who recruit
	scale    float64
}

func newMessageGen(r *rand.Rand, e *export) *messageGen {
	g := &messageGen{r: r, e: e, owner: e.persona.who()}
	anchors := map[string]bool{}
	for _, a := range e.persona.anchors {
		anchors[a.first+" "+a.last] = true
	}
	for i, c := range e.contacts {
		if c.hidden || anchors[c.first+" "+c.last] {
			continue
		}
		g.partners = append(g.partners, i)
		if c.role == rRecruiting {
			g.recruits = append(g.recruits, i)
		}
	}
	r.Shuffle(len(g.partners), func(i, j int) { g.partners[i], g.partners[j] = g.partners[j], g.partners[i] })
	return g
}

// meanDirect is the mean length of a direct conversation before scaling.
const meanDirect = 11

// directScale stretches conversations when the rows would otherwise
// reach more than a sixth of the contacts: most people are never
// written to, and a heavy user writes more to the same few.
func (g *messageGen) directScale(rows int) float64 {
	reach := max(1, len(g.partners)/6)
	return max(1, float64(rows)/float64(reach*meanDirect))
}

// who is the persona as messages.csv shows them.
func (p *persona) who() who {
	return who{p.first + " " + p.last, "https://www.linkedin.com/in/" + p.slug}
}

// contactWho is a contact as messages.csv shows them: the URL of
// Connections.csv, decoded.
func contactWho(c *contact) who {
	u, err := url.PathUnescape(c.url)
	if err != nil {
		u = c.url
	}
	return who{strings.TrimSpace(c.first + " " + c.last), u}
}

// stranger is someone outside the network: a name and a profile URL.
func stranger(r *rand.Rand) who {
	first, last := personName(r, "")
	return who{strings.TrimSpace(first + " " + last), "https://www.linkedin.com/in/" + slugBase(first, last) + "-" + hex(r, 6)}
}

// conversationID is shaped like LinkedIn's: "2-" and the base64 of a
// UUID with a suffix.
func conversationID(r *rand.Rand) string {
	u := hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-" + string("89ab"[r.IntN(4)]) + hex(r, 3) + "-" + hex(r, 12) + "_0" + itoa(10+r.IntN(90))
	return "2-" + base64.StdEncoding.EncodeToString([]byte(u))
}

// conversation fills c with one conversation of kind k; the caller cuts
// it to the rows the kind has left.
func (g *messageGen) conversation(c *conversation, k int) {
	r, e := g.r, g.e
	c.id = conversationID(r)
	c.folder = "INBOX"
	switch k {
	case kDirect:
		ci := g.partners[g.next%len(g.partners)]
		g.next++
		p := &e.contacts[ci]
		c.members = append(c.members, g.owner, contactWho(p))
		n := g.directLength()
		from := p.on
		if from.Before(earliest) {
			from = earliest
		}
		if r.IntN(4) == 0 { // an old thread that went quiet
			to := between(r, from, e.date)
			g.talk(c, n, from, to, r.IntN(100))
		} else {
			g.talk(c, n, from, e.date, r.IntN(100))
		}
		if c.msgs[len(c.msgs)-1].at.Before(e.date.AddDate(-2, 0, 0)) && r.IntN(3) == 0 {
			c.folder = "ARCHIVE"
		}
	case kGroup:
		size := 2 + r.IntN(6)
		c.members = append(c.members, g.owner)
		for range size {
			c.members = append(c.members, contactWho(&e.contacts[g.partners[r.IntN(len(g.partners))]]))
		}
		if r.IntN(2) == 0 {
			c.title = uniform(r, groupTitles)
		}
		n := min(maxConversation, int(float64(3+r.IntN(25))*math.Sqrt(g.scale)))
		from := between(r, earliest, e.date)
		g.group(c, n, from, e.date)
	case kInMail:
		var rec who
		if len(g.recruits) > 0 && r.IntN(3) == 0 {
			rec = contactWho(&e.contacts[uniform(r, g.recruits)])
		} else {
			rec = stranger(r)
		}
		c.members = append(c.members, g.owner, rec)
		co := uniform(r, inmailCompanies)
		c.subject = uniform(r, inmailSubjects)
		c.subject = strings.ReplaceAll(c.subject, "{co}", co)
		at := timeOfDay(r, growing(r, earliest, e.date))
		c.msgs = append(c.msgs, message{1, at, inmailText(r, g.e.persona.first, rec.name, co)})
		if r.IntN(3) == 0 {
			c.msgs = append(c.msgs, message{1, at.Add(time.Duration(5+r.IntN(6)) * 24 * time.Hour), followUp(r, g.e.persona.first)})
		}
	case kSponsored:
		c.title = "Sponsored Conversation"
		c.members = append(c.members, g.owner, stranger(r))
		s := uniform(r, sponsors)
		c.subject = s.subject
		at := timeOfDay(r, between(r, e.date.AddDate(-4, 0, 0), e.date))
		c.msgs = append(c.msgs, message{1, at, sponsoredHTML(r, g.e.persona.first, s)})
	case kSpam:
		c.folder = "SPAM"
		c.members = append(c.members, g.owner, stranger(r))
		at := timeOfDay(r, between(r, e.date.AddDate(-5, 0, 0), e.date))
		c.msgs = append(c.msgs, message{1, at, uniform(r, spamTexts)})
		if r.IntN(4) == 0 {
			c.msgs = append(c.msgs, message{1, at.Add(time.Duration(1+r.IntN(72)) * time.Hour), uniform(r, spamTexts)})
		}
	case kHidden:
		c.members = append(c.members, g.owner, who{name: "LinkedIn Member"})
		from := between(r, earliest, e.date)
		g.talk(c, 1+r.IntN(4), from, earlier(e.date, from.AddDate(0, 2, 0)), 60)
	case kDraft:
		c.id, c.folder, c.draft = "", "", true
		c.members = append(c.members, g.owner)
		at := timeOfDay(r, between(r, e.date.AddDate(-3, 0, 0), e.date))
		c.msgs = append(c.msgs, message{0, at, uniform(r, draftTexts)})
	}
}

// directLength draws the length of a direct conversation: mostly a few
// messages, some dozens, a rare long friendship.
func (g *messageGen) directLength() int {
	n := min(80, 1+int(3*math.Exp(1.5*g.r.NormFloat64())))
	n = int(float64(n) * g.scale)
	return max(1, min(n, maxConversation))
}

// talk fills c with n messages between its two members from..to. mode
// below 70 is a two-way talk, below 85 the contact writing without an
// answer, else the user writing without one.
func (g *messageGen) talk(c *conversation, n int, from, to time.Time, mode int) {
	r := g.r
	first := firstName(c.members[1].name)
	if c.members[1].url == "" {
		first = "" // a hidden member
	}
	start := between(r, from, to)
	span := to.Sub(start)
	// A thread comes in bursts: most messages within days of another.
	at := timeOfDay(r, start)
	sender := r.IntN(2)
	for i := range n {
		switch {
		case mode >= 85:
			sender = 0
		case mode >= 70:
			sender = 1
		case i > 0 && r.IntN(10) < 7:
			sender = 1 - sender
		}
		name := first
		if sender == 1 {
			name = firstName(g.owner.name)
		}
		c.msgs = append(c.msgs, message{sender, at, chatText(r, name)})
		if r.IntN(8) == 0 && span > 0 {
			at = at.Add(time.Duration(r.Int64N(int64(span)/int64(n)*4 + 1)))
		} else {
			at = at.Add(time.Duration(30+r.IntN(60*60*8)) * time.Second)
		}
		if at.After(to.Add(24 * time.Hour)) {
			at = to.Add(time.Duration(r.IntN(86400)) * time.Second)
		}
	}
}

// group fills c with n messages among its members from..to.
func (g *messageGen) group(c *conversation, n int, from, to time.Time) {
	r := g.r
	at := timeOfDay(r, from)
	for range n {
		sender := r.IntN(len(c.members))
		c.msgs = append(c.msgs, message{sender, at, chatText(r, "all")})
		at = at.Add(time.Duration(60+r.IntN(60*60*30)) * time.Second)
		if at.After(to.Add(24 * time.Hour)) {
			at = to.Add(time.Duration(r.IntN(86400)) * time.Second)
		}
	}
}

// firstName is the first word of a name.
func firstName(name string) string {
	if i := strings.IndexByte(name, ' '); i > 0 {
		return name[:i]
	}
	return name
}

// timeOfDay puts a day's message at a time of day, mostly working hours
// and evenings in Seattle (UTC-8).
func timeOfDay(r *rand.Rand, d time.Time) time.Time {
	h := 15 + r.IntN(15) // 07:00 to 21:59 Seattle time
	return d.Add(time.Duration(h)*time.Hour + time.Duration(r.IntN(3600))*time.Second)
}

// quotedWriter writes CSV records with every field quoted, LF line ends
// and no newline after the last record, as the 2026 messages.csv does;
// with minimal, it quotes only the fields that need it, as the files
// before 2026 did.
type quotedWriter struct {
	w       io.Writer
	minimal bool
	buf     []byte
	started bool
	err     error
}

func (q *quotedWriter) record(fields []string) {
	if q.started {
		q.buf = append(q.buf, '\n')
	}
	q.started = true
	for i, f := range fields {
		if i > 0 {
			q.buf = append(q.buf, ',')
		}
		if q.minimal && !strings.ContainsAny(f, ",\"\r\n") {
			q.buf = append(q.buf, f...)
			continue
		}
		q.buf = append(q.buf, '"')
		for {
			j := strings.IndexByte(f, '"')
			if j < 0 {
				break
			}
			q.buf = append(q.buf, f[:j+1]...)
			q.buf = append(q.buf, '"')
			f = f[j+1:]
		}
		q.buf = append(q.buf, f...)
		q.buf = append(q.buf, '"')
	}
	if len(q.buf) >= 32<<10 {
		q.flush()
	}
}

func (q *quotedWriter) flush() {
	if q.err == nil && len(q.buf) > 0 {
		_, q.err = q.w.Write(q.buf)
	}
	q.buf = q.buf[:0]
}

func (q *quotedWriter) close() error {
	q.flush()
	return q.err
}
