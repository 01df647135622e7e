package export

import (
	"fmt"
	"hash/maphash"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

var messagesLayout = layout{
	name:     "messages.csv",
	header:   "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT",
	identify: []string{"from", "to"},
	required: []string{"FROM", "TO", "DATE"},
	dates:    []string{"DATE"},
	// The columns messageReader.row reads. The others, the subject, the
	// text and the attachments, are passed over unread.
	read: []string{"CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL",
		"TO", "RECIPIENT PROFILE URLS", "DATE", "FOLDER", "DIRECTION",
		"IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"},
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
// Drafts, sponsored InMail, messages in the SPAM folder, messages from
// hidden members ("LinkedIn Member" without a URL) and rows without a
// sender (a group chat's system rows) are skipped, with one warning per
// reason; rows without a conversation are skipped with a warning each. The error, when the file cannot be read at all, is
// a [*ParseError] wrapping [ErrNoHeader] or [ErrMissingColumn], or a read
// error.
func ReadMessages(r io.Reader, file, ownerName string) (interactions []analyze.Interaction, owner analyze.Person, in analyze.Input, warns []analyze.Warning, err error) {
	m, in, warns, err := sumMessages(r, file)
	if err != nil {
		return nil, analyze.Person{}, in, warns, err
	}
	interactions, owner = m.finish(ownerName, []*analyze.Input{&in})
	return interactions, owner, in, append(warns, m.warnings()...), nil
}

// sumMessages reads messages.csv from r into a messageReader, whose
// finish then decides who the owner is.
func sumMessages(r io.Reader, file string) (*messageReader, analyze.Input, []analyze.Warning, error) {
	m := newMessageReader(file)
	in, warns, err := m.sum(r, file)
	return m, in, warns, err
}

// newMessageReader returns a messageReader of messages.csv, named file in
// the interactions.
func newMessageReader(file string) *messageReader {
	return &messageReader{file: file, index: map[convKey]int32{}}
}

// sum reads r, messages.csv or one of its parts, named file in messages,
// into m.
func (m *messageReader) sum(r io.Reader, file string) (analyze.Input, []analyze.Warning, error) {
	return rows(r, file, &messagesLayout, m.row)
}

// messageCols are the indexes of the columns read, -1 when absent.
type messageCols struct {
	id, title, from, senderURL, to, recipientURLs, date, folder, direction int
	draft, convDraft                                                       int
}

// A messageReader aggregates messages.csv as it is read. Rows come grouped
// by conversation: the conversation of the current rows is open, its
// participants matched by the names and URLs of each row; when a row of
// another conversation comes, the open one is closed: its participants
// are resolved to persons (see people) and kept as a few numbers each (a
// summary). A conversation that comes back later is opened again from
// its summary. Memory grows with conversations times participants (about
// 100 bytes a conversation, no pointers) and with the persons, never with
// messages; the owner is decided at the end.
type messageReader struct {
	file string
	cols *messageCols
	// index numbers the conversations by a hash of their id (of their
	// set of names in 2018 files); see convKey.
	index map[convKey]int32
	convs []convSummary // in order of first appearance
	parts []partSummary // participants of the closed conversations
	waste int           // entries of parts no conversation points to any more
	cur   openConv      // the conversation of the previous row
	open  bool          // whether cur is a conversation
	key   []byte        // conversation key of a 2018 row, reused
	names []string      // names of a 2018 row, reused

	ps     people        // the persons of the file
	stats  []personStats // per person, for choosing the owner
	counts []int32       // persons of the conversation being closed, reused

	// skipped rows by reason
	drafts, sponsored, spam, hiddenSenders, system int
	// conversations and their rows left out for not involving the owner
	ownerless, ownerlessRows int

	// For a file in parts, read as one (see readMessageParts): the part
	// being read, and the rows each visit to a conversation gave each
	// part, from the open conversation's rows at from on, so that the
	// rows of conversations without the owner are taken from the part
	// that holds them.
	split  bool
	part   int32
	from   int
	visits []visit
}

// A visit is rows a part gave a conversation, for a file in parts.
type visit struct {
	conv, part, rows int32
}

// nextPart starts the next part of a file in parts: the open
// conversation goes on into it.
func (m *messageReader) nextPart() {
	m.visited()
	m.part++
}

// visited notes the rows the open conversation was given since from.
func (m *messageReader) visited() {
	if m.split && m.open && m.cur.rows > m.from {
		m.visits = append(m.visits, visit{conv: m.cur.n, part: m.part, rows: int32(m.cur.rows - m.from)})
	}
	m.from = m.cur.rows
}

// A convKey tells conversations apart: a 128-bit hash of the conversation
// id, with seeds drawn for each process, so that no id is kept. Two ids
// of one file share a key with a probability under 2^-100.
type convKey [2]uint64

var convSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

func keyOf(id []byte) convKey {
	return convKey{maphash.Bytes(convSeeds[0], id), maphash.Bytes(convSeeds[1], id)}
}

func keyOfString(id string) convKey {
	return convKey{maphash.String(convSeeds[0], id), maphash.String(convSeeds[1], id)}
}

// A convSummary is what is kept of a closed conversation: its rows and
// where its participants are in messageReader.parts.
type convSummary struct {
	rows     int
	start, n int32
}

// A partSummary is a participant of a closed conversation.
type partSummary struct {
	person         int32 // index in messageReader.ps
	sent, outgoing int32
	first, last    int64 // Unix seconds of the first and last message sent, 0 if none
}

// personStats are what choosing the owner needs of each person.
type personStats struct{ convs, outgoing, sent int }

// An openConv is the conversation of the current rows.
type openConv struct {
	id    string // its id as the last row gave it, or its key of names in 2018 files
	n     int32  // index in messageReader.convs
	rows  int
	parts []participant
	// lists are hashes of the lists of recipient URLs already added:
	// in a group chat, each sender's list comes back with every message.
	lists []uint64
}

// A participant is one person in the open conversation. Its strings are
// copies: the rows' fields are valid only while a row is read.
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
		return trim(rec[i])
	}
	id, to, toURLs := get(c.id), get(c.to), get(c.recipientURLs)
	switch {
	case isYes(get(c.draft)) || isYes(get(c.convDraft)),
		c.draft >= 0 && id == "" && to == "" && toURLs == "":
		m.drafts++
		return false
	case c.title >= 0 && strings.EqualFold(get(c.title), "Sponsored Conversation"):
		m.sponsored++
		return false
	case c.folder >= 0 && strings.EqualFold(get(c.folder), "SPAM"):
		m.spam++
		return false
	}
	from, fromURL := get(c.from), get(c.senderURL)
	if hidden(from, fromURL) {
		m.hiddenSenders++
		return false
	}
	if from == "" && fromURL == "" {
		m.system++ // a group chat's "X left the conversation", or an empty row
		return false
	}
	if c.id >= 0 && id == "" {
		s.warnf(line, "no conversation id; message skipped")
		return false
	}
	date := get(c.date)
	at, ok := messageTime(date)
	if !ok && date != "" {
		s.warnf(line, "unknown date %q; message kept without a date", date)
	}

	if c.id >= 0 {
		// Rows come grouped by conversation: most rows only compare ids.
		if !m.open || m.cur.id != id {
			m.switchTo(keyOfString(id), id)
		}
	} else {
		m.byParticipants(from, to)
	}
	conv := &m.cur
	conv.rows++
	p := &conv.parts[conv.join(s, from, fromURL, line)]
	p.sent++
	if ok {
		if p.first == 0 || at < p.first {
			p.first = at
		}
		if at > p.last {
			p.last = at
		}
	}
	if c.direction >= 0 && strings.EqualFold(get(c.direction), "OUTGOING") {
		p.outgoing++
	}
	m.recipients(s, conv, to, toURLs, line)
	return true
}

// trim is strings.TrimSpace, quicker for the fields that start and end
// with a visible ASCII character: most of them.
func trim(f string) string {
	if n := len(f); n == 0 || f[0] > ' ' && f[0] < utf8.RuneSelf && f[n-1] > ' ' && f[n-1] < utf8.RuneSelf {
		return f
	}
	return strings.TrimSpace(f)
}

// isYes reports whether a cell says yes.
func isYes(s string) bool { return len(s) == 3 && strings.EqualFold(s, "yes") }

// byParticipants opens the conversation of a row without a conversation
// id (2018): the one of the same set of people.
func (m *messageReader) byParticipants(from, to string) {
	m.names = append(m.names[:0], strings.ToLower(from))
	for n := range splitNames(to) {
		m.names = append(m.names, strings.ToLower(n))
	}
	slices.Sort(m.names)
	m.key = m.key[:0]
	for _, n := range m.names {
		m.key = append(m.key, n...)
		m.key = append(m.key, 0)
	}
	if m.open && m.cur.id == string(m.key) {
		return
	}
	m.switchTo(keyOf(m.key), string(m.key))
}

// switchTo closes the open conversation and opens the one of key, whose
// row gave id: a new one, or one closed before.
func (m *messageReader) switchTo(key convKey, id string) {
	m.close()
	parts, lists := m.cur.parts[:0], m.cur.lists[:0]
	n, seen := m.index[key]
	if !seen {
		n = int32(len(m.convs))
		m.index[key] = n
		m.convs = append(m.convs, convSummary{})
	}
	m.cur = openConv{id: strings.Clone(id), n: n, parts: parts, lists: lists}
	m.open, m.from = true, 0
	if !seen {
		return
	}
	// Back again: take its participants out of the summary and the
	// persons' counts; close adds them again.
	cs := &m.convs[n]
	m.cur.rows, m.from = cs.rows, cs.rows
	m.counts = m.counts[:0]
	for _, p := range m.parts[cs.start : cs.start+cs.n] {
		who := m.ps.list[p.person]
		m.cur.parts = append(m.cur.parts, participant{name: who.Name, url: who.URL,
			sent: int(p.sent), outgoing: int(p.outgoing), first: p.first, last: p.last})
		st := &m.stats[p.person]
		st.sent -= int(p.sent)
		st.outgoing -= int(p.outgoing)
		if !slices.Contains(m.counts, p.person) {
			m.counts = append(m.counts, p.person)
			st.convs--
		}
	}
	m.waste += int(cs.n)
	*cs = convSummary{}
}

// close resolves the participants of the open conversation to persons
// and keeps its summary.
func (m *messageReader) close() {
	if !m.open {
		return
	}
	m.visited()
	m.open = false
	c := &m.cur
	if m.waste > 1024 && m.waste > len(m.parts)/2 {
		m.compact()
	}
	start := len(m.parts)
	m.counts = m.counts[:0]
	for _, p := range c.parts {
		i := m.ps.index(p.name, p.url)
		if i == len(m.stats) {
			m.stats = append(m.stats, personStats{})
		}
		st := &m.stats[i]
		st.sent += p.sent
		st.outgoing += p.outgoing
		// A person counts once per conversation.
		if !slices.Contains(m.counts, int32(i)) {
			m.counts = append(m.counts, int32(i))
			st.convs++
		}
		m.parts = append(m.parts, partSummary{person: int32(i), sent: int32(p.sent), outgoing: int32(p.outgoing), first: p.first, last: p.last})
	}
	m.convs[c.n] = convSummary{rows: c.rows, start: int32(start), n: int32(len(c.parts))}
	clear(c.parts) // drop the rows' strings
	c.id = ""
}

// compact drops the entries of parts of conversations opened again.
func (m *messageReader) compact() {
	parts := make([]partSummary, 0, len(m.parts)-m.waste+16)
	for i := range m.convs {
		cs := &m.convs[i]
		start := int32(len(parts))
		parts = append(parts, m.parts[cs.start:cs.start+cs.n]...)
		cs.start = start
	}
	m.parts, m.waste = parts, 0
}

// recipients adds the recipients of a row to the conversation: from the
// list of URLs when there is one (URLs hold no commas), with the names
// when they are as many, else from the names.
func (m *messageReader) recipients(s *sheet, conv *openConv, to, toURLs string, line int) {
	if toURLs == "" {
		for n := range splitNames(to) {
			if !hidden(n, "") {
				conv.join(s, n, "", line)
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
		conv.join(s, name, u, line)
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
func (c *openConv) has(url string) bool {
	for i := range c.parts {
		if c.parts[i].url == url {
			return true
		}
	}
	return false
}

// join returns the index of the participant named name with profile URL
// url, fields of the row on line, adding them if new. A mention without a
// URL matches a participant of that name; one with a URL matches by URL,
// else a participant of that name without a URL, who takes the URL.
func (c *openConv) join(s *sheet, name, url string, line int) int {
	if url != "" {
		for i := range c.parts {
			if c.parts[i].url == url {
				if c.parts[i].name == "" && name != "" {
					c.parts[i].name = strings.Clone(s.fix(name, line))
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
					p.url = strings.Clone(s.fix(url, line))
				}
				return i
			}
		}
	}
	name, url = clone2(s.fix(name, line), s.fix(url, line))
	c.parts = append(c.parts, participant{name: name, url: url})
	return len(c.parts) - 1
}

// clone2 copies a and b, in one allocation.
func clone2(a, b string) (string, string) {
	if a == "" && b == "" {
		return "", ""
	}
	ab := a + b
	return ab[:len(a)], ab[len(a):]
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
// are moved from Rows to Skipped in ins, the Inputs of the file's parts
// in order (one for a file in one part).
func (m *messageReader) finish(ownerName string, ins []*analyze.Input) ([]analyze.Interaction, analyze.Person) {
	m.close()
	ps, st := &m.ps, m.stats
	owner := -1
	if ownerName != "" {
		want := analyze.NameKey(ownerName)
		var key []byte
		for i, p := range ps.list {
			key = analyze.AppendNameKey(key[:0], p.Name)
			if want != "" && string(key) == want && (owner < 0 || st[i].convs > st[owner].convs) {
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

	// One interaction per person, in the order they first appear in a
	// conversation of the owner.
	at := make([]int32, len(ps.list)) // person -> 1 + index in list, or 0
	n := 0
	for _, cs := range m.convs {
		parts := m.parts[cs.start : cs.start+cs.n]
		if !hasPerson(parts, owner) {
			continue
		}
		for _, p := range parts {
			if int(p.person) != owner && at[p.person] == 0 {
				n++
				at[p.person] = int32(n)
			}
		}
	}
	list := make([]analyze.Interaction, n)
	for i, k := range at {
		if k > 0 {
			list[k-1] = analyze.Interaction{Person: ps.list[i], File: m.file}
		}
	}
	var ownerless []bool // by conversation, for a file in parts
	if m.split {
		ownerless = make([]bool, len(m.convs))
	}
	for ci, cs := range m.convs {
		parts := m.parts[cs.start : cs.start+cs.n]
		var mine partSummary // the owner's messages in the conversation
		isOwner := false
		for _, p := range parts {
			if int(p.person) == owner {
				isOwner = true
				mine.sent += p.sent
				mine.first, mine.last = span(mine.first, mine.last, p.first, p.last)
			}
		}
		if !isOwner {
			m.ownerless++
			m.ownerlessRows += cs.rows
			if ownerless != nil {
				ownerless[ci] = true
			}
			continue
		}
		others := 0
		for pi, p := range parts {
			if int(p.person) != owner && !seenBefore(parts, pi) {
				others++
			}
		}
		for pi, p := range parts {
			if int(p.person) == owner || seenBefore(parts, pi) {
				continue
			}
			// Sum the participants that are one person.
			var theirs partSummary
			for _, q := range parts[pi:] {
				if q.person == p.person {
					theirs.sent += q.sent
					theirs.first, theirs.last = span(theirs.first, theirs.last, q.first, q.last)
				}
			}
			x := &list[at[p.person]-1]
			if others > 1 {
				x.GroupSent += int(mine.sent)
				x.GroupReceived += int(theirs.sent)
			} else {
				x.Sent += int(mine.sent)
				x.Received += int(theirs.sent)
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
	if !m.split {
		ins[0].Rows -= m.ownerlessRows
		ins[0].Skipped += m.ownerlessRows
	}
	for _, v := range m.visits {
		if ownerless[v.conv] {
			ins[v.part].Rows -= int(v.rows)
			ins[v.part].Skipped += int(v.rows)
		}
	}
	return list, ps.list[owner]
}

// hasPerson reports whether one of parts is the person i.
func hasPerson(parts []partSummary, i int) bool {
	for _, p := range parts {
		if int(p.person) == i {
			return true
		}
	}
	return false
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

// seenBefore reports whether the person of parts[i] is that of an
// earlier participant.
func seenBefore(parts []partSummary, i int) bool {
	for _, p := range parts[:i] {
		if p.person == parts[i].person {
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
		{m.system, `row without a sender (a group chat's system row, such as "X left the conversation", or an empty row)`,
			`rows without a sender (group chats' system rows, such as "X left the conversation", or empty rows)`},
	} {
		if r.n > 0 {
			ws = append(ws, analyze.Warning{File: m.file, Msg: analyze.Plural(r.n, r.one, r.many) + "; skipped", Expected: true})
		}
	}
	if m.ownerless > 0 {
		ws = append(ws, analyze.Warning{File: m.file, Msg: fmt.Sprintf("%s without the account owner (%s); skipped",
			analyze.Plural(m.ownerless, "conversation", "conversations"), analyze.Plural(m.ownerlessRows, "message", "messages"))})
	}
	return ws
}

// two returns the number the decimal digits a and b spell, or a number
// below -100 if either is not a digit.
func two(a, b byte) int {
	if a-'0' > 9 || b-'0' > 9 {
		return -1000
	}
	return int(a-'0')*10 + int(b-'0')
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
	"1/2/06 15:04:05",
	"1/2/2006 15:04:05",
}

// messageTime reads a message's date and time, in UTC, as Unix seconds.
// It reports false for an empty or unknown s, and for a year out of range.
func messageTime(s string) (int64, bool) {
	if len(s) == len("2006-01-02 15:04:05 UTC") && s[4] == '-' && s[7] == '-' && s[10] == ' ' &&
		s[13] == ':' && s[16] == ':' && s[19:] == " UTC" {
		y := two(s[0], s[1])*100 + two(s[2], s[3])
		mo, d := two(s[5], s[6]), two(s[8], s[9])
		h, mi, sec := two(s[11], s[12]), two(s[14], s[15]), two(s[17], s[18])
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
