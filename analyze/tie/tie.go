package tie

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

// points is what context c adds to the tie strength when it is the
// strongest one.
func points(c *analyze.Context) float64 {
	if c.Noted {
		switch c.Kind {
		case analyze.Colleague:
			return 45
		case analyze.Classmate:
			return 30
		}
	}
	switch c.Kind {
	case analyze.Colleague:
		return 35
	case analyze.Classmate:
		return 20 * Confidence(c)
	}
	return 15 * Confidence(c)
}

// busyRate is the pace of new connections, a year, above which a
// connection's date says less about where the two met: a colleague or a
// classmate of that time is one of about busyRate a year, a year in which
// the user added 900 people says little of any one of them.
const busyRate = 50

// Confidence is how much a shared context inferred from dates alone says,
// from 0 to 1: 1 when the user connected with at most busyRate people a
// year at the time, else busyRate over that rate (a year of 500 new
// connections gives a tenth). A context not inferred from dates alone (a
// probable colleague, one in the notes) has 1.
func Confidence(c *analyze.Context) float64 {
	if c.PerYear <= busyRate {
		return 1
	}
	return busyRate / c.PerYear
}

// appendContext appends context c in words to b, as the Why column shows
// it: "probable colleague (Contoso, 2019-2022)".
func appendContext(b []byte, c *analyze.Context) []byte {
	if c.Noted {
		if c.Kind == analyze.Colleague {
			return append(b, "former colleague ("+c.Place+", your notes)"...)
		}
		return append(b, "fellow alum ("+c.Place+", your notes)"...)
	}
	switch c.Kind {
	case analyze.Colleague:
		b = append(b, "probable colleague ("+c.Place...)
	case analyze.Classmate:
		b = append(b, "possible classmate ("+c.Place...)
	default:
		b = append(b, "possibly met at "+c.Place+" (connected while you worked there"...)
	}
	b = appendYears(b, c.Start, c.End)
	if c.PerYear > busyRate {
		b = strconv.AppendInt(append(b, ", among "...), int64(math.Round(c.PerYear)), 10)
		b = append(b, " new connections a year"...)
	}
	return append(b, ')')
}

// appendYears appends ", " and the years from start to end to b, or
// nothing when neither is known.
func appendYears(b []byte, start, end time.Time) []byte {
	switch {
	case start.IsZero() && end.IsZero():
		return b
	case start.IsZero():
		return strconv.AppendInt(append(b, ", until "...), int64(end.Year()), 10)
	}
	b = strconv.AppendInt(append(b, ", "...), int64(start.Year()), 10)
	switch {
	case end.IsZero():
		b = append(b, "-now"...)
	case end.Year() != start.Year():
		b = strconv.AppendInt(append(b, '-'), int64(end.Year()), 10)
	}
	return b
}

// Grace periods after a job or school ends during which a new connection
// still counts as made there: people connect on their way out.
const (
	jobGrace    = 3 // months
	schoolGrace = 6 // months
)

// History is what the export says about the user: their own jobs and
// schools, and the day the export was made (the "now" of every age).
type History struct {
	Jobs    []analyze.Job
	Schools []analyze.School
	Now     time.Time
}

// Evidence is what is known about the user's relationship with one
// contact.
type Evidence struct {
	// Contexts are the shared contexts found, one of each kind at most,
	// strongest first.
	Contexts []analyze.Context
	// ConnectedOn is the day the two connected, or zero.
	ConnectedOn time.Time
	// Years is how long the two have known each other, in years: since
	// they connected or first wrote, whichever came first (0 when unknown).
	Years float64
	// Signals are the interactions found in the export.
	Signals Signals
	// SinceLast is how many years ago the last message was (0 without
	// messages).
	SinceLast float64
	// Override is the tier the user's notes give, or "".
	Override analyze.Tier
}

// An Inferrer gathers the evidence for many contacts against one
// History, with the user's own employers resolved, and the grace periods
// added to their end dates, once rather than for every contact.
type Inferrer struct {
	h       *History
	m       *company.Matcher
	jobs    []window // aligned with h.Jobs
	schools []window // aligned with h.Schools
}

// window is one of the user's jobs or schools, prepared.
type window struct {
	key   string    // a job's employer key, as m resolves it
	place string    // the employer's or school's name, Normalized
	until time.Time // End plus the grace months; zero for a current one
	// count is how many people the user connected with from Start to
	// until, perYear how many a year.
	count   int
	perYear float64
}

// NewInferrer returns an Inferrer for the user's history h; m resolves
// the user's own employers the way contacts' employers are resolved, and
// contacts are all of the user's, whose connection dates say how busy
// each job and school of the user's was with new connections.
func NewInferrer(h *History, m *company.Matcher, contacts []analyze.Contact) *Inferrer {
	in := &Inferrer{h: h, m: m}
	days := make([]time.Time, 0, len(contacts))
	for i := range contacts {
		if on := contacts[i].ConnectedOn; !on.IsZero() {
			days = append(days, on)
		}
	}
	slices.SortFunc(days, time.Time.Compare)
	for _, j := range h.Jobs {
		w := window{key: m.Resolve(j.Company).Key, place: company.Normalize(j.Company), until: graceEnd(j.End, jobGrace)}
		w.count, w.perYear = in.busy(days, j.Start, w.until)
		in.jobs = append(in.jobs, w)
	}
	for _, s := range h.Schools {
		w := window{place: company.Normalize(s.Name), until: graceEnd(s.End, schoolGrace)}
		w.count, w.perYear = in.busy(days, s.Start, w.until)
		in.schools = append(in.schools, w)
	}
	return in
}

// busy is how many of the sorted days fall from start to until (zero
// start: from the first; zero until: to the export's day), in all and a
// year; a window shorter than a year counts as one, so that a few
// connections in a month are not a busy year.
func (in *Inferrer) busy(days []time.Time, start, until time.Time) (int, float64) {
	if len(days) == 0 {
		return 0, 0
	}
	if start.IsZero() {
		start = days[0]
	}
	if until.IsZero() {
		until = in.h.Now
	}
	if until.IsZero() {
		until = days[len(days)-1]
	}
	from, _ := slices.BinarySearchFunc(days, start, time.Time.Compare)
	to, _ := slices.BinarySearchFunc(days, until.AddDate(0, 0, 1), time.Time.Compare)
	n := max(0, to-from)
	return n, float64(n) / max(1, yearsBetween(start, until))
}

// Infer gathers the evidence for a contact, as mem knows them (the
// contact's row and the key of their employer: see package score's
// know), from the user's history, the interactions joined to the contact
// (nil for none) and the user's note on them (nil for none).
func (in *Inferrer) Infer(mem *analyze.Member, sig *Signals, note *analyze.Note) Evidence {
	h := in.h
	c := &mem.Contact
	ev := Evidence{ConnectedOn: c.ConnectedOn}
	if sig != nil {
		ev.Signals = *sig
	}
	since := c.ConnectedOn
	if f := ev.Signals.FirstMessage; !f.IsZero() && (since.IsZero() || f.Before(since)) {
		since = f
	}
	ev.Years = yearsBetween(since, h.Now)
	if !ev.Signals.LastMessage.IsZero() {
		ev.SinceLast = yearsBetween(ev.Signals.LastMessage, h.Now)
	}
	// The strongest context of each kind (a zero Kind where none), and
	// how many people the user connected with in its window. Of two that
	// give the same points, the one of the fewer people says more: a
	// two-year job over a decade of volunteering.
	var best [analyze.MetAtJob + 1]analyze.Context
	var among [len(best)]int
	offer := func(c analyze.Context, n int) {
		b := &best[c.Kind]
		if b.Kind != analyze.NoContext {
			if d := points(&c) - points(b); d < 0 || d == 0 && n >= among[c.Kind] {
				return
			}
		}
		*b, among[c.Kind] = c, n
	}
	if note != nil {
		ev.Override = note.Relationship
		in.noted(note, offer)
	}
	if on := c.ConnectedOn; !on.IsZero() {
		var studied []string // the schools the two may have shared
		for i, s := range h.Schools {
			if (!s.Start.IsZero() || !s.End.IsZero()) && during(on, s.Start, s.End, in.schools[i].until) {
				w := &in.schools[i]
				offer(analyze.Context{Kind: analyze.Classmate, Place: s.Name, Start: s.Start, End: s.End, PerYear: w.perYear}, w.count)
				studied = append(studied, w.place)
			}
		}
		for i, j := range h.Jobs {
			w := &in.jobs[i]
			if !during(on, j.Start, j.End, w.until) {
				continue
			}
			switch {
			case mem.EmployerKey != "" && w.key == mem.EmployerKey:
				offer(analyze.Context{Kind: analyze.Colleague, Place: j.Company, Start: j.Start, End: j.End}, w.count)
			case !j.Current() && !slices.Contains(studied, w.place):
				// A job at a school the user studied at then (a teaching
				// assistant, say) adds nothing to being classmates there.
				offer(analyze.Context{Kind: analyze.MetAtJob, Place: j.Company, Start: j.Start, End: j.End, PerYear: w.perYear}, w.count)
			}
		}
	}
	for _, c := range best {
		if c.Kind != analyze.NoContext {
			ev.Contexts = append(ev.Contexts, c)
		}
	}
	// Strongest first; kinds in their order where the points are equal.
	slices.SortStableFunc(ev.Contexts, func(a, b analyze.Context) int {
		return cmp.Compare(points(&b), points(&a))
	})
	return ev
}

// noted offers the contexts a note confirms: a past company of the
// contact's that was the user's employer, a school of theirs that was the
// user's.
func (in *Inferrer) noted(n *analyze.Note, offer func(analyze.Context, int)) {
	for _, pc := range n.PastCompanies {
		k := in.m.Resolve(pc).Key
		for i, j := range in.h.Jobs {
			if k != "" && in.jobs[i].key == k {
				offer(analyze.Context{Kind: analyze.Colleague, Place: j.Company, Start: j.Start, End: j.End, Noted: true}, 0)
				break
			}
		}
	}
	for _, sc := range n.Schools {
		k := company.Normalize(sc)
		for i, s := range in.h.Schools {
			if k != "" && in.schools[i].place == k {
				offer(analyze.Context{Kind: analyze.Classmate, Place: s.Name, Start: s.Start, End: s.End, Noted: true}, 0)
				break
			}
		}
	}
}

func yearsBetween(from, to time.Time) float64 {
	if from.IsZero() || to.IsZero() || !to.After(from) {
		return 0
	}
	return to.Sub(from).Hours() / 24 / 365.25
}

// during reports whether day falls in [start, until], where until is
// graceEnd of end; a zero start is open, a zero end means ongoing.
func during(day, start, end, until time.Time) bool {
	if !start.IsZero() && day.Before(start) {
		return false
	}
	return end.IsZero() || !day.After(until)
}

// graceEnd is end plus the grace months, or zero for a zero end.
func graceEnd(end time.Time, grace int) time.Time {
	if end.IsZero() {
		return end
	}
	return end.AddDate(0, grace, 0)
}

// Breakdown is the tie strength by dimension, in points.
type Breakdown struct {
	Context     float64 // shared context: colleague, classmate, met at a job
	Intensity   float64 // messages exchanged
	Reciprocity float64 // both wrote
	Recency     float64 // how recent the last message is
	Duration    float64 // how long they have known each other
	Services    float64 // recommendations, endorsements, a personal invitation
}

// Total is the sum of the dimensions, at most 100.
func (b Breakdown) Total() float64 {
	s := b.Context + b.Intensity + b.Reciprocity + b.Recency + b.Duration + b.Services
	return math.Min(100, math.Round(s*10)/10)
}

// The most points each dimension gives (see the package doc).
const (
	maxIntensity   = 40
	maxReciprocity = 10
	maxRecency     = 10
	maxDuration    = 10
	maxServices    = 30
	// saturation is the message count at which intensity is full.
	saturation = 200
	// recencyYears is the decay time of recency: a last message that
	// many years ago keeps 37% of the points.
	recencyYears = 3
)

// Breakdown computes the tie strength by dimension.
func (ev Evidence) Breakdown() Breakdown {
	var b Breakdown
	for i := range ev.Contexts {
		if i == 0 {
			b.Context += points(&ev.Contexts[i])
		} else {
			b.Context += points(&ev.Contexts[i]) / 4
		}
	}
	s := &ev.Signals
	// fade is what is left of a conversation's weight as it goes quiet:
	// all of it for a recent one, 40% for one long over.
	fade := 1.0
	if !s.LastMessage.IsZero() {
		fade = 0.4 + 0.6*math.Exp(-ev.SinceLast/recencyYears)
	}
	if m := float64(s.Sent+s.Received) + groupWeight*float64(s.GroupSent+s.GroupReceived); m > 0 {
		b.Intensity = fade * maxIntensity * math.Min(1, math.Log1p(m)/math.Log1p(saturation))
		if !s.LastMessage.IsZero() {
			b.Recency = maxRecency * math.Exp(-ev.SinceLast/recencyYears)
		}
		if s.Received+s.GroupReceived == 0 {
			// Messages never answered show the user reaching out, not a
			// relationship.
			b.Intensity /= 2
			b.Recency /= 2
		}
	}
	switch {
	case s.Sent > 0 && s.Received > 0:
		b.Reciprocity = fade * maxReciprocity
	case s.GroupSent > 0 && s.GroupReceived > 0:
		b.Reciprocity = fade * maxReciprocity / 2
	}
	b.Duration = math.Min(ev.Years, maxDuration)
	var sv float64
	if s.RecommendedUser {
		sv += 25
	}
	if s.RecommendedByUser {
		sv += 15
	}
	sv += math.Min(10, 4*float64(s.EndorsedUser+s.EndorsedByUser))
	if s.InvitationNote {
		sv += 4
	}
	b.Services = math.Min(maxServices, sv)
	return b
}

// groupWeight is what a message in a group conversation counts for
// against one in a one-to-one conversation.
const groupWeight = 0.3

// Strength is the tie strength from 0 to 100 (see the package doc). A
// relationship the user's notes set moves the strength into that tier's
// band.
func (ev Evidence) Strength() float64 {
	b := ev.Breakdown()
	s := b.Total()
	if ev.Override == "" && !ev.direct() {
		s = math.Min(s, closeFrom-0.1) // inference alone never makes a close tie
	}
	if ev.Override == "" && ev.inferredOnly() {
		s = math.Min(s, knownFrom-0.1) // nor a known one, but for a probable colleague
	}
	switch ev.Override {
	case analyze.Close:
		s = math.Max(s, 70)
	case analyze.Known:
		s = math.Min(math.Max(s, 40), 49.9)
	case analyze.Acquainted:
		s = math.Min(math.Max(s, 20), 34.9)
	case analyze.NoTie:
		s = math.Min(s, math.Min(b.Duration, 10))
	}
	return math.Round(s*10) / 10
}

// AppendWords appends the evidence in words to b, most telling first,
// each preceded by sep, as the Why column shows them: "42 messages, both
// ways, last Sep 2026", "recommended you", "probable classmate
// (University of Washington)".
func (ev *Evidence) AppendWords(b []byte, sep string) []byte {
	if ev.Override != "" {
		b = append(append(append(b, sep...), ev.Override...), " (your notes)"...)
	}
	s := &ev.Signals
	if n := s.Messages(); n > 0 {
		b = append(b, sep...)
		b = plural(b, n, "message")
		switch {
		case s.Sent+s.GroupSent > 0 && s.Received+s.GroupReceived > 0:
			b = append(b, ", both ways"...)
		case s.Sent+s.GroupSent > 0:
			b = append(b, ", from you only"...)
		default:
			b = append(b, ", from them only"...)
		}
		if s.GroupSent+s.GroupReceived == n {
			b = append(b, ", in group chats"...)
		}
		if !s.LastMessage.IsZero() {
			b = s.LastMessage.AppendFormat(append(b, ", last "...), "Jan 2006")
		}
	}
	if s.RecommendedUser {
		b = append(append(b, sep...), "recommended you"...)
	}
	if s.RecommendedByUser {
		b = append(append(b, sep...), "you recommended them"...)
	}
	switch {
	case s.EndorsedUser > 0 && s.EndorsedByUser > 0:
		b = append(append(b, sep...), "endorsements both ways"...)
	case s.EndorsedUser > 0:
		b = append(plural(append(b, sep...), s.EndorsedUser, "endorsement"), " from them"...)
	case s.EndorsedByUser > 0:
		b = append(plural(append(b, sep...), s.EndorsedByUser, "endorsement"), " from you"...)
	}
	if s.InvitationNote {
		if s.InvitedUser {
			b = append(append(b, sep...), "invited you with a note"...)
		} else {
			b = append(append(b, sep...), "you invited them with a note"...)
		}
	}
	for i := range ev.Contexts {
		b = appendContext(append(b, sep...), &ev.Contexts[i])
	}
	return b
}

// plural appends n and the word, with an s unless n is 1.
func plural(b []byte, n int, word string) []byte {
	b = append(strconv.AppendInt(b, int64(n), 10), ' ')
	b = append(b, word...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// direct reports whether the evidence shows the relationship itself, not
// only where the two may have met: they wrote to each other, or one
// recommended the other.
func (ev Evidence) direct() bool {
	s := &ev.Signals
	return s.Sent > 0 && s.Received > 0 || s.GroupSent > 0 && s.GroupReceived > 0 || s.RecommendedUser || s.RecommendedByUser
}

// inferredOnly reports whether the evidence is no more than the dates
// and employers say: no interaction of any kind, nothing from the notes,
// and the contact no probable colleague.
func (ev Evidence) inferredOnly() bool {
	s := &ev.Signals
	if s.Messages() > 0 || s.RecommendedUser || s.RecommendedByUser || s.EndorsedUser+s.EndorsedByUser > 0 || s.InvitationNote {
		return false
	}
	for i := range ev.Contexts {
		if ev.Contexts[i].Noted || ev.Contexts[i].Kind == analyze.Colleague {
			return false
		}
	}
	return true
}

// closeFrom and knownFrom are the strengths from which a tie is close,
// and known.
const (
	closeFrom = 50
	knownFrom = 35
)

// Tier is the tier of a tie strength.
func Tier(strength float64) analyze.Tier {
	switch {
	case strength >= closeFrom:
		return analyze.Close
	case strength >= knownFrom:
		return analyze.Known
	case strength >= 15:
		return analyze.Acquainted
	}
	return analyze.NoTie
}

// Approach is how to ask a contact of the given tier.
func Approach(tier analyze.Tier) analyze.Approach {
	switch tier {
	case analyze.Close:
		return analyze.AskDirectly
	case analyze.Known, analyze.Acquainted:
		return analyze.AskAdvice
	}
	return analyze.AskIntroduction
}

// Strongest is the strongest shared context of the evidence, or the zero
// Context when there is none.
func (ev *Evidence) Strongest() analyze.Context {
	if len(ev.Contexts) == 0 {
		return analyze.Context{}
	}
	return ev.Contexts[0]
}
