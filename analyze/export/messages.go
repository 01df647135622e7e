package export

import (
	"fmt"
	"hash/maphash"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
)

var messagesLayout = layout{
	name:     "messages.csv",
	header:   "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT",
	identify: []string{"from", "to"},
	required: []string{"FROM", "TO", "DATE"},
}

// ReadMessages reads messages.csv (Messages.csv in 2018) from r, streaming
// it; file names it in the interactions, the Input and the messages.
// ownerName is the account owner's name from Profile.csv, or "".
//
// It returns one interaction per person the account owner exchanged
// messages with, in the order they first appear, and the owner: the
// participant named ownerName (without regard to case or accents), else
// the one in the most conversations, with the URL of their profile when
// the file gives it. Message contents are never kept.
//
// Drafts, sponsored InMail, messages in the SPAM folder and messages from
// hidden members ("LinkedIn Member" without a URL) are skipped, with one
// warning per reason; rows without a sender or conversation are skipped
// with a warning each. The error, when the file cannot be read at all, is
// a [*ParseError] wrapping [ErrNoHeader] or [ErrMissingColumn], or a read
// error.
func ReadMessages(r io.Reader, file, ownerName string) (interactions []analyze.Interaction, owner analyze.Person, in analyze.Input, warns []analyze.Warning, err error) {
	m := &messageReader{file: file, convs: map[string]*conversation{}, strs: map[string]string{}}
	in, warns, err = rows(r, file, &messagesLayout, m.row)
	if err != nil {
		return nil, analyze.Person{}, in, warns, err
	}
	interactions, owner = m.finish(ownerName, &in)
	return interactions, owner, in, append(warns, m.warnings()...), nil
}

// messageCols are the indexes of the columns read, -1 when absent.
type messageCols struct {
	id, title, from, senderURL, to, recipientURLs, date, folder, direction int
	draft, convDraft                                                       int
}

// A messageReader aggregates messages.csv by conversation as it is read:
// per conversation, its participants with the messages each sent and the
// dates of the first and the last. Memory grows with conversations times
// participants, never with messages; the owner is decided at the end.
type messageReader struct {
	file  string
	cols  *messageCols
	convs map[string]*conversation
	order []*conversation // in order of first appearance
	last  *conversation   // the conversation of the previous row
	key   []byte          // conversation key of a 2018 row, reused
	names []string        // names of a 2018 row, reused
	// strs holds one copy of each name and URL kept: the same people
	// come back in many conversations.
	strs map[string]string

	// skipped rows by reason
	drafts, sponsored, spam, hiddenSenders int
	// conversations and their rows left out for not involving the owner
	ownerless, ownerlessRows int
}

// A conversation is what is kept of one conversation.
type conversation struct {
	key   string
	rows  int
	parts []participant
	// lists are hashes of the lists of recipient URLs already added:
	// in a group chat, each sender's list comes back with every message.
	lists []uint64
}

// A participant is one person in a conversation. The strings are copies,
// never parts of a row.
type participant struct {
	name, url   string
	sent        int
	outgoing    int   // messages marked OUTGOING (2018 files)
	first, last int64 // Unix seconds of the first and last message sent, 0 if none
}

func (m *messageReader) row(s *sheet, rec []string, line int) bool {
	if m.cols == nil {
		m.cols = &messageCols{
			id: s.column("CONVERSATION ID"), title: s.column("CONVERSATION TITLE"),
			from: s.column("FROM"), senderURL: s.column("SENDER PROFILE URL"),
			to: s.column("TO"), recipientURLs: s.column("RECIPIENT PROFILE URLS"),
			date: s.column("DATE"), folder: s.column("FOLDER"), direction: s.column("DIRECTION"),
			draft: s.column("IS MESSAGE DRAFT"), convDraft: s.column("IS CONVERSATION DRAFT"),
		}
	}
	c := m.cols
	get := func(i int) string {
		if i < 0 {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	id, to, toURLs := get(c.id), get(c.to), get(c.recipientURLs)
	switch {
	case strings.EqualFold(get(c.draft), "yes") || strings.EqualFold(get(c.convDraft), "yes"),
		c.draft >= 0 && id == "" && to == "" && toURLs == "":
		m.drafts++
		return false
	case strings.EqualFold(get(c.title), "Sponsored Conversation"):
		m.sponsored++
		return false
	case strings.EqualFold(get(c.folder), "SPAM"):
		m.spam++
		return false
	}
	from, fromURL := get(c.from), get(c.senderURL)
	if hidden(from, fromURL) {
		m.hiddenSenders++
		return false
	}
	if from == "" && fromURL == "" {
		s.warnf(line, "no sender; message skipped")
		return false
	}
	if c.id >= 0 && id == "" {
		s.warnf(line, "no conversation id; message skipped")
		return false
	}
	at, ok := messageTime(get(c.date))
	if !ok && get(c.date) != "" {
		s.warnf(line, "unknown date %q; message kept without a date", get(c.date))
	}

	var conv *conversation
	if c.id >= 0 {
		// Rows come grouped by conversation.
		if conv = m.last; conv == nil || conv.key != id {
			conv = m.convs[id] // no allocation: the key is not kept
		}
		if conv == nil {
			conv = m.add(id)
		}
	} else {
		conv = m.byParticipants(from, to)
	}
	m.last = conv
	conv.rows++
	p := &conv.parts[conv.join(m, s, from, fromURL, line)]
	p.sent++
	if ok {
		if p.first == 0 || at < p.first {
			p.first = at
		}
		if at > p.last {
			p.last = at
		}
	}
	if strings.EqualFold(get(c.direction), "OUTGOING") {
		p.outgoing++
	}
	m.recipients(s, conv, to, toURLs, line)
	return true
}

func (m *messageReader) add(key string) *conversation {
	conv := &conversation{key: strings.Clone(key), parts: make([]participant, 0, 2)}
	m.convs[conv.key] = conv
	m.order = append(m.order, conv)
	return conv
}

// byParticipants returns the conversation of a row without a
// conversation id (2018): the one of the same set of people.
func (m *messageReader) byParticipants(from, to string) *conversation {
	m.names = append(m.names[:0], strings.ToLower(from))
	for n := range splitNames(to) {
		m.names = append(m.names, strings.ToLower(n))
	}
	// Sort by insertion: rows name few people.
	for i := 1; i < len(m.names); i++ {
		for j := i; j > 0 && m.names[j] < m.names[j-1]; j-- {
			m.names[j], m.names[j-1] = m.names[j-1], m.names[j]
		}
	}
	m.key = m.key[:0]
	for _, n := range m.names {
		m.key = append(m.key, n...)
		m.key = append(m.key, 0)
	}
	if conv := m.convs[string(m.key)]; conv != nil {
		return conv
	}
	return m.add(string(m.key))
}

// recipients adds the recipients of a row to the conversation: from the
// list of URLs when there is one (URLs hold no commas), with the names
// when they are as many, else from the names.
func (m *messageReader) recipients(s *sheet, conv *conversation, to, toURLs string, line int) {
	if toURLs == "" {
		for n := range splitNames(to) {
			if !hidden(n, "") {
				conv.join(m, s, n, "", line)
			}
		}
		return
	}
	if !strings.Contains(toURLs, ",") {
		if conv.has(toURLs) {
			return // one-to-one, known: the common case
		}
	} else {
		h := maphash.String(listSeed, toURLs)
		if slices.Contains(conv.lists, h) {
			return
		}
		conv.lists = append(conv.lists, h)
	}
	for u := range strings.SplitSeq(toURLs, ",") {
		u = strings.TrimSpace(u)
		if u == "" || conv.has(u) {
			continue
		}
		// A new participant: find their name, in the same place among
		// the names as the URL among the URLs.
		name := ""
		if at := position(toURLs, u); at >= 0 {
			k := 0
			for n := range splitNames(to) {
				if k == at {
					name = n
				}
				k++
			}
			if k != strings.Count(toURLs, ",")+1 {
				name = ""
			}
		}
		conv.join(m, s, name, u, line)
	}
}

// listSeed seeds the hashes of recipient lists.
var listSeed = maphash.MakeSeed()

// position returns the index of u in the comma-separated list, or -1.
func position(list, u string) int {
	k := 0
	for v := range strings.SplitSeq(list, ",") {
		if strings.TrimSpace(v) == u {
			return k
		}
		k++
	}
	return -1
}

// has reports whether a participant has the profile URL url.
func (c *conversation) has(url string) bool {
	for i := range c.parts {
		if c.parts[i].url == url {
			return true
		}
	}
	return false
}

// join returns the index of the participant named name with profile URL
// url, adding them if new. A mention without a URL matches a participant
// of that name; one with a URL matches by URL, else a participant of that
// name without a URL, who takes the URL.
func (c *conversation) join(m *messageReader, s *sheet, name, url string, line int) int {
	if url != "" {
		for i := range c.parts {
			if c.parts[i].url == url {
				if c.parts[i].name == "" && name != "" {
					c.parts[i].name = m.keep(s, name, line)
				}
				return i
			}
		}
	}
	if name != "" {
		for i := range c.parts {
			p := &c.parts[i]
			if (p.url == "" || url == "") && strings.EqualFold(p.name, name) {
				if p.url == "" && url != "" {
					p.url = m.keep(s, url, line)
				}
				return i
			}
		}
	}
	c.parts = append(c.parts, participant{name: m.keep(s, name, line), url: m.keep(s, url, line)})
	return len(c.parts) - 1
}

// keep returns a copy of the field f of the row on line, fixed, shared
// with every other copy of the same text.
func (m *messageReader) keep(s *sheet, f string, line int) string {
	if k, ok := m.strs[f]; ok {
		return k
	}
	k := strings.Clone(s.fix(f, line))
	m.strs[k] = k
	return k
}

// splitNames yields the names of a list as messages.csv writes it: joined
// by "," with no space. A comma followed by a space belongs to a name
// ("Tomás Rivera, PMP").
func splitNames(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] != ',' || i+1 < len(s) && s[i+1] == ' ' {
				continue
			}
			if n := strings.TrimSpace(s[start:i]); n != "" && !yield(n) {
				return
			}
			start = i + 1
		}
		if n := strings.TrimSpace(s[start:]); n != "" {
			yield(n)
		}
	}
}

// finish decides who the owner is, then turns the conversations into one
// interaction per other person. Rows of conversations without the owner
// are moved from in.Rows to in.Skipped.
func (m *messageReader) finish(ownerName string, in *analyze.Input) ([]analyze.Interaction, analyze.Person) {
	var ps people
	type stats struct{ convs, outgoing, sent int }
	var st []stats
	// ids[ci] are the persons of conversation ci's participants, all in
	// one slice.
	n := 0
	for _, conv := range m.order {
		n += len(conv.parts)
	}
	flat := make([]int, n)
	ids := make([][]int, len(m.order))
	for ci, conv := range m.order {
		ids[ci], flat = flat[:len(conv.parts):len(conv.parts)], flat[len(conv.parts):]
		for pi, p := range conv.parts {
			i := ps.index(p.name, p.url)
			if i == len(st) {
				st = append(st, stats{})
			}
			ids[ci][pi] = i
			st[i].outgoing += p.outgoing
			st[i].sent += p.sent
			// A person counts once per conversation.
			seen := false
			for _, j := range ids[ci][:pi] {
				seen = seen || j == i
			}
			if !seen {
				st[i].convs++
			}
		}
	}

	owner := -1
	if ownerName != "" {
		want := foldName(ownerName)
		for i, p := range ps.list {
			if foldName(p.Name) == want && (owner < 0 || st[i].convs > st[owner].convs) {
				owner = i
			}
		}
	}
	if owner < 0 {
		for i := range st {
			if owner < 0 || st[i].outgoing > st[owner].outgoing ||
				st[i].outgoing == st[owner].outgoing && (st[i].convs > st[owner].convs ||
					st[i].convs == st[owner].convs && st[i].sent > st[owner].sent) {
				owner = i
			}
		}
	}
	if owner < 0 {
		return nil, analyze.Person{}
	}

	var list []analyze.Interaction
	at := make([]int, len(ps.list)) // person -> 1 + index in list, or 0
	var done []bool                 // participants summed up, reused
	for ci, conv := range m.order {
		var mine participant // the owner's messages in the conversation
		others := 0
		isOwner := false
		for pi, p := range conv.parts {
			if ids[ci][pi] == owner {
				isOwner = true
				mine.sent += p.sent
				mine.first, mine.last = span(mine.first, mine.last, p.first, p.last)
			}
		}
		if !isOwner {
			m.ownerless++
			m.ownerlessRows += conv.rows
			continue
		}
		done = append(done[:0], make([]bool, len(conv.parts))...)
		for pi := range conv.parts {
			if ids[ci][pi] != owner && !seenBefore(ids[ci], pi) {
				others++
			}
		}
		for pi := range conv.parts {
			id := ids[ci][pi]
			if id == owner || done[pi] {
				continue
			}
			// Sum the participants that are one person.
			var theirs participant
			for pj := pi; pj < len(conv.parts); pj++ {
				if ids[ci][pj] == id {
					done[pj] = true
					theirs.sent += conv.parts[pj].sent
					theirs.first, theirs.last = span(theirs.first, theirs.last, conv.parts[pj].first, conv.parts[pj].last)
				}
			}
			if at[id] == 0 {
				list = append(list, analyze.Interaction{Person: ps.list[id], File: m.file})
				at[id] = len(list)
			}
			x := &list[at[id]-1]
			if others > 1 {
				x.GroupSent += mine.sent
				x.GroupReceived += theirs.sent
			} else {
				x.Sent += mine.sent
				x.Received += theirs.sent
			}
			x.Conversations++
			first, last := span(0, 0, mine.first, mine.last)
			first, last = span(first, last, theirs.first, theirs.last)
			if first != 0 && (x.FirstMessage.IsZero() || first < x.FirstMessage.Unix()) {
				x.FirstMessage = time.Unix(first, 0).UTC()
			}
			if last != 0 && last > x.LastMessage.Unix() {
				x.LastMessage = time.Unix(last, 0).UTC()
			}
		}
	}
	in.Rows -= m.ownerlessRows
	in.Skipped += m.ownerlessRows
	return list, ps.list[owner]
}

// span widens the span first..last (Unix seconds, 0 for none) to cover
// f..l.
func span(first, last, f, l int64) (int64, int64) {
	if f != 0 && (first == 0 || f < first) {
		first = f
	}
	if l > last {
		last = l
	}
	return first, last
}

func seenBefore(ids []int, i int) bool {
	for _, j := range ids[:i] {
		if j == ids[i] {
			return true
		}
	}
	return false
}

// warnings returns one warning per reason rows were skipped.
func (m *messageReader) warnings() []analyze.Warning {
	var ws []analyze.Warning
	for _, r := range []struct {
		n         int
		one, many string
	}{
		{m.drafts, "draft", "drafts"},
		{m.sponsored, "sponsored message (InMail ad)", "sponsored messages (InMail ads)"},
		{m.spam, "message in the SPAM folder", "messages in the SPAM folder"},
		{m.hiddenSenders, `message from a hidden member ("LinkedIn Member")`, `messages from hidden members ("LinkedIn Member")`},
	} {
		if r.n > 0 {
			ws = append(ws, analyze.Warning{File: m.file, Msg: fmt.Sprintf("%d %s; skipped", r.n, plural(r.n, r.one, r.many))})
		}
	}
	if m.ownerless > 0 {
		ws = append(ws, analyze.Warning{File: m.file, Msg: fmt.Sprintf("%d %s without the account owner (%d %s); skipped",
			m.ownerless, plural(m.ownerless, "conversation", "conversations"), m.ownerlessRows, plural(m.ownerlessRows, "message", "messages"))})
	}
	return ws
}

// digits returns the number s spells in decimal digits, or -1.
func digits(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// daysIn returns the number of days of month mo of year y.
func daysIn(y, mo int) int {
	switch mo {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// unixDays returns the days from 1970-01-01 to the date, proleptic
// Gregorian (Howard Hinnant's days_from_civil).
func unixDays(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= minYear > 0
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// messageLayouts are the forms of a message's date other than LinkedIn's
// "2024-12-16 18:24:37 UTC", which messageTime reads itself.
var messageLayouts = []string{
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05Z07:00",
	"1/2/06, 3:04 PM",
	"1/2/2006, 3:04 PM",
	"1/2/06 3:04 PM",
	"1/2/2006 3:04 PM",
	"1/2/06 15:04",
	"1/2/2006 15:04",
}

// messageTime reads a message's date and time, in UTC, as Unix seconds.
// It reports false for an empty or unknown s, and for a year out of range.
func messageTime(s string) (int64, bool) {
	if len(s) == len("2006-01-02 15:04:05 UTC") && s[4] == '-' && s[7] == '-' && s[10] == ' ' &&
		s[13] == ':' && s[16] == ':' && s[19:] == " UTC" {
		y, mo, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
		h, mi, sec := digits(s[11:13]), digits(s[14:16]), digits(s[17:19])
		if y >= minYear && y <= maxYear && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 61 {
			if d <= daysIn(y, mo) {
				return unixDays(y, mo, d)*86400 + int64(h*3600+mi*60+sec), true
			}
		}
		return 0, false
	}
	if s == "" {
		return 0, false
	}
	for _, l := range messageLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < minYear || t.Year() > maxYear {
				return 0, false
			}
			return t.UTC().Unix(), true
		}
	}
	if t, ok := parseDate(s); ok {
		return t.Unix(), true
	}
	return 0, false
}
