package export

import (
	"slices"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
)

// Merge merges several exports, such as an old and a new archive of the
// same account, into a new Export. Nil exports are ignored.
//
// The exports are taken newest first (by Date; in the order given when
// dates are equal). A contact of an older export is a contact of a newer
// one when their profile URLs are the same; where one of the two has no
// URL (exports before mid-2023), when their names are the same (as
// [analyze.NameKey] folds them) and so is their connection day, which
// never changes between exports of one account; where a day is unknown
// too, when their names and companies are. A namesake connected on
// another day, and two different URLs, are two people; a contact takes in
// at most one row of each older export. Export.Merged counts the joins by
// key. A contact's company and position are those of the newest export
// that lists them, so that someone who changed jobs between two archives
// is at their current job; their other empty fields are filled from older
// exports. Jobs and schools are concatenated, then the repeats dropped
// (same name, title and dates, ignoring case and surrounding space).
//
// Two archives of one account overlap: a newer messages.csv holds the
// messages of an older one, and endorsements stay. So the interactions
// with one person from files of the same name are not added up: each
// count is the largest any of them gives, the first message the earliest
// and the last the latest, which is exact when one archive holds all of
// the other's.
//
// Inputs and warnings are kept in the order given; the Owner's name and
// URL are the newest non-empty ones; Date is the newest. With two exports
// or more, Previous says what the previous export, the newest but one,
// held of each contact (see [MergeSince]). One export whose profile URLs
// are all different is its own merge: the Export returned shares its
// contacts and interactions, copying none.
func Merge(exports ...*analyze.Export) *analyze.Export {
	return MergeSince(nil, exports...)
}

// MergeSince merges base and exports as Merge does, with base as the
// previous export: Previous says what base held of each contact, and
// PreviousDate is its date. A nil base is Merge's, the newest but one.
func MergeSince(base *analyze.Export, exports ...*analyze.Export) *analyze.Export {
	if base != nil && !slices.Contains(exports, base) {
		exports = append([]*analyze.Export{base}, exports...)
	}
	var xs []*analyze.Export
	for _, x := range exports {
		if x != nil {
			xs = append(xs, x)
		}
	}
	byDate := slices.Clone(xs)
	slices.SortStableFunc(byDate, func(a, b *analyze.Export) int { return b.Date.Compare(a.Date) })

	m := &analyze.Export{}
	var contacts, interactions int
	for _, x := range xs {
		contacts += len(x.Contacts)
		interactions += len(x.Interactions)
		m.Inputs = append(m.Inputs, x.Inputs...)
		m.Warnings = append(m.Warnings, x.Warnings...)
	}
	// Room for all, at once: slices grown by append would keep up to
	// twice the memory for as long as the Export lives.
	prev := 1
	if i := slices.Index(byDate, base); base != nil && i > 0 {
		prev = i
	}
	if len(byDate) == 1 && !repeatsURL(byDate[0].Contacts) {
		// One export is its own merge, its rows one per person: the
		// merged Export shares its contacts and interactions.
		m.Contacts, m.Interactions = byDate[0].Contacts, byDate[0].Interactions
	} else {
		m.Contacts, m.Merged, m.Previous = mergeContacts(make([]analyze.Contact, 0, contacts), byDate, prev)
		m.Interactions = mergeInteractions(make([]analyze.Interaction, 0, interactions), byDate)
	}
	if len(byDate) > prev {
		m.PreviousDate = byDate[prev].Date
	}
	jobs := map[string]bool{}
	schools := map[string]bool{}
	for _, x := range byDate {
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
		if m.Owner.Name == "" {
			m.Owner.Name = x.Owner.Name
		}
		if m.Owner.URL == "" {
			m.Owner.URL = x.Owner.URL
		}
		if x.Date.After(m.Date) {
			m.Date, m.DateFrom = x.Date, x.DateFrom
		}
	}
	m.Search = mergeSearch(byDate)
	return m
}

// mergeContacts appends the contacts of the exports xs, newest first, to
// dst, each person once (see Merge), and counts the contacts of older
// exports joined to one of a newer, by key. With two exports or more, it
// also returns what xs[base], the previous export, said of each contact
// of dst.
func mergeContacts(dst []analyze.Contact, xs []*analyze.Export, base int) ([]analyze.Contact, analyze.Merged, []analyze.Previous) {
	var n analyze.Merged
	var prev []analyze.Previous
	if len(xs) > base {
		prev = make([]analyze.Previous, 0, cap(dst))
	}
	byURL := make(map[string]int, cap(dst)) // normalised URL -> index in dst
	byName := map[string][]int{}            // NameKey -> indexes in dst
	from := make([]int, 0, cap(dst))        // index in dst -> the last export joined into it
	// Names join a contact of one export to one of another: with one
	// export, only a repeated URL joins, and no name is needed.
	names := len(xs) > 1
	for xi, x := range xs {
		for _, c := range x.Contacts {
			u := analyze.NormalizeURL(c.URL)
			i, key := -1, &n.URL
			if j, ok := byURL[u]; ok && u != "" {
				i = j
			}
			name := ""
			if names {
				name = analyze.NameKey(c.Name())
			}
			if i < 0 && xi > 0 && name != "" {
				i, key = samePerson(dst, byName[name], from, xi, c, u, &n)
			}
			if i < 0 {
				if u != "" {
					byURL[u] = len(dst)
				}
				if name != "" {
					byName[name] = append(byName[name], len(dst))
				}
				from = append(from, xi)
				dst = append(dst, c)
				if prev != nil {
					prev = append(prev, analyze.Previous{})
					if xi == base {
						prev[len(prev)-1] = analyze.Previous{Company: c.Company, Position: c.Position, In: true}
					}
				}
				continue
			}
			if xi == base && !prev[i].In {
				prev[i] = analyze.Previous{Company: c.Company, Position: c.Position, In: true}
			}
			if from[i] != xi {
				*key++
			}
			from[i] = xi
			hadURL := dst[i].URL != ""
			fill(&dst[i], c)
			if !hadURL && u != "" {
				byURL[u] = i
			}
		}
	}
	return dst, n, prev
}

// repeatsURL reports whether two of contacts have the same profile URL,
// normalised: the one join (see mergeContacts) within one export, whose
// Connections.csv lists each person once but may come in several files.
func repeatsURL(contacts []analyze.Contact) bool {
	seen := make(map[string]bool, len(contacts))
	for i := range contacts {
		u := analyze.NormalizeURL(contacts[i].URL)
		if u == "" {
			continue
		}
		if seen[u] {
			return true
		}
		seen[u] = true
	}
	return false
}

// samePerson returns which of the contacts cands of dst, of c's name,
// from newer exports than c's (xi) and not yet joined by one of its rows,
// is c, whose URL normalised is u, and the count of n its key adds to; -1
// for none. Where one of the two has no URL, the same connection day
// makes the same person, a different one a namesake; where a day is
// unknown too, the same company does.
func samePerson(dst []analyze.Contact, cands, from []int, xi int, c analyze.Contact, u string, n *analyze.Merged) (int, *int) {
	byCompany := -1
	for _, i := range cands {
		d := &dst[i]
		if from[i] == xi || u != "" && d.URL != "" {
			continue
		}
		switch {
		case !c.ConnectedOn.IsZero() && !d.ConnectedOn.IsZero():
			if c.ConnectedOn.Equal(d.ConnectedOn) {
				return i, &n.NameAndDay
			}
		case byCompany < 0 && companyKey(c.Company) == companyKey(d.Company):
			byCompany = i
		}
	}
	return byCompany, &n.NameAndCompany
}

// mergeInteractions appends the interactions of the exports xs to dst,
// one per person and kind of file: see Merge. A person is known by the
// profile URL, else by the name (which joins one known by URL in another
// export: messages.csv gave no URLs before 2023).
func mergeInteractions(dst []analyze.Interaction, xs []*analyze.Export) []analyze.Interaction {
	if len(xs) == 1 {
		return append(dst, xs[0].Interactions...)
	}
	at := map[string]int{} // kind of file, then "u:" URL or "n:" name -> index in dst
	for _, x := range xs {
		for _, in := range x.Interactions {
			kind := kindOf(in.File) + "\x00"
			byURL, byName := "", kind+"n:"+analyze.NameKey(in.Person.Name)
			if u := analyze.NormalizeURL(in.Person.URL); u != "" {
				byURL = kind + "u:" + u
			}
			i, ok := at[byURL]
			if !ok {
				if j, found := at[byName]; found && (byURL == "" || dst[j].Person.URL == "") {
					i, ok = j, true
				}
			}
			if !ok {
				i = len(dst)
				dst = append(dst, in)
			} else {
				widen(&dst[i], &in)
			}
			if byURL != "" && !hasKey(at, byURL) {
				at[byURL] = i
			}
			if in.Person.Name != "" && !hasKey(at, byName) {
				at[byName] = i
			}
		}
	}
	return dst
}

// kindOf returns the name of a file as Input.File labels it ("archive.zip:
// messages.csv", "export/messages.csv"), lower-cased, without the label.
func kindOf(file string) string { return strings.ToLower(baseName(file)) }

// baseName returns the name of a file as Input.File labels it, without
// the label.
func baseName(file string) string {
	if i := strings.LastIndexAny(file, ":/\\"); i >= 0 {
		file = file[i+1:]
	}
	return file
}

// widen makes each count of x the larger of x's and y's, its first message
// the earlier, its last the later, and its flags set when either's is; x
// takes y's profile URL when it has none.
func widen(x, y *analyze.Interaction) {
	if x.Person.URL == "" {
		x.Person.URL = y.Person.URL
	}
	x.Sent = max(x.Sent, y.Sent)
	x.Received = max(x.Received, y.Received)
	x.GroupSent = max(x.GroupSent, y.GroupSent)
	x.GroupReceived = max(x.GroupReceived, y.GroupReceived)
	x.Conversations = max(x.Conversations, y.Conversations)
	if !y.FirstMessage.IsZero() && (x.FirstMessage.IsZero() || y.FirstMessage.Before(x.FirstMessage)) {
		x.FirstMessage = y.FirstMessage
	}
	if y.LastMessage.After(x.LastMessage) {
		x.LastMessage = y.LastMessage
	}
	x.InvitedByUser = x.InvitedByUser || y.InvitedByUser
	x.InvitedUser = x.InvitedUser || y.InvitedUser
	x.InvitationNote = x.InvitationNote || y.InvitationNote
	x.EndorsedUser = max(x.EndorsedUser, y.EndorsedUser)
	x.EndorsedByUser = max(x.EndorsedByUser, y.EndorsedByUser)
	x.RecommendedUser = x.RecommendedUser || y.RecommendedUser
	x.RecommendedByUser = x.RecommendedByUser || y.RecommendedByUser
}

// fill sets the empty fields of c from d, an older row of the same
// person, but for the company and position: c's current job, even when
// empty (between jobs), is newer than d's.
func fill(c *analyze.Contact, d analyze.Contact) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&c.FirstName, d.FirstName},
		{&c.LastName, d.LastName},
		{&c.URL, d.URL},
		{&c.Email, d.Email},
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

// companyKey is the company of a contact as Contact.NameKey folds it.
func companyKey(company string) string { return analyze.Contact{Company: company}.NameKey() }

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func dayKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
