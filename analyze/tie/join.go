package tie

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/internal/chunks"
)

// Signals adds up every interaction joined to one contact.
type Signals struct {
	Sent, Received           int
	GroupSent, GroupReceived int
	Conversations            int
	FirstMessage             time.Time
	LastMessage              time.Time
	InvitedByUser            bool
	InvitedUser              bool
	InvitationNote           bool
	EndorsedUser             int
	EndorsedByUser           int
	RecommendedUser          bool
	RecommendedByUser        bool
}

// Messages is the number of messages exchanged, group ones included.
func (s *Signals) Messages() int {
	return s.Sent + s.Received + s.GroupSent + s.GroupReceived
}

func (s *Signals) add(in *analyze.Interaction) {
	s.Sent += in.Sent
	s.Received += in.Received
	s.GroupSent += in.GroupSent
	s.GroupReceived += in.GroupReceived
	s.Conversations += in.Conversations
	if !in.FirstMessage.IsZero() && (s.FirstMessage.IsZero() || in.FirstMessage.Before(s.FirstMessage)) {
		s.FirstMessage = in.FirstMessage
	}
	if in.LastMessage.After(s.LastMessage) {
		s.LastMessage = in.LastMessage
	}
	s.InvitedByUser = s.InvitedByUser || in.InvitedByUser
	s.InvitedUser = s.InvitedUser || in.InvitedUser
	s.InvitationNote = s.InvitationNote || in.InvitationNote
	s.EndorsedUser += in.EndorsedUser
	s.EndorsedByUser += in.EndorsedByUser
	s.RecommendedUser = s.RecommendedUser || in.RecommendedUser
	s.RecommendedByUser = s.RecommendedByUser || in.RecommendedByUser
}

// JoinStats counts how the interactions and notes found their contacts.
type JoinStats struct {
	ByURL, ByName, Unmatched int
	Notes, NotesUnmatched    int
}

// String says the counts in words, for the Run sheet.
func (s JoinStats) String() string {
	return fmt.Sprintf("%d by profile URL, %d by name, %d not among the connections", s.ByURL, s.ByName, s.Unmatched)
}

// index finds contacts by normalised URL and by name key; a name shared
// by several contacts is ambiguous and finds none. Once made, it is only
// read, by any number of goroutines.
type index struct {
	byURL  map[string]int
	byName map[string]int // -1 when ambiguous
}

func newIndex(contacts []analyze.Contact) *index {
	// The keys are made on every core, then put in the maps in order.
	urls, names := make([]string, len(contacts)), make([]string, len(contacts))
	chunks.Run(len(contacts), func(lo, hi int) {
		var key []byte
		for i := lo; i < hi; i++ {
			c := &contacts[i]
			urls[i] = analyze.NormalizeURL(c.URL)
			if key = analyze.AppendNameKey(key[:0], c.FirstName+" "+c.LastName); len(key) > 0 {
				names[i] = string(key)
			}
		}
	})
	// The two maps are filled at once, each by one goroutine.
	ix := &index{byURL: make(map[string]int, len(contacts)), byName: make(map[string]int, len(contacts))}
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := len(contacts) - 1; i >= 0; i-- { // so that the first of a URL is kept
			if u := urls[i]; u != "" {
				ix.byURL[u] = i
			}
		}
	})
	for i, k := range names {
		if k == "" {
			continue
		}
		if _, dup := ix.byName[k]; dup {
			ix.byName[k] = -1
		} else {
			ix.byName[k] = i
		}
	}
	wg.Wait()
	return ix
}

// How an interaction found its contact.
const (
	byNone = iota // not among the contacts
	byURL
	byName
	byOwner // the account owner's own row: left out
)

// find returns the contact with the normalised URL u, else the name, and
// how it was found (byURL, byName), or -1 and byNone. key is room for the
// name's key, returned for the next call.
func (ix *index) find(u, name string, key []byte) (int, uint8, []byte) {
	if u != "" {
		if i, ok := ix.byURL[u]; ok {
			return i, byURL, key
		}
	}
	key = analyze.AppendNameKey(key[:0], name)
	if len(key) > 0 {
		if i, ok := ix.byName[string(key)]; ok && i >= 0 {
			return i, byName, key
		}
	}
	return -1, byNone, key
}

// Join adds up the interactions of each contact (aligned with contacts;
// nil where there are none) and finds the contact of each note: by its
// profile URL alone when it has one, else by its name when exactly one
// contact has it. Interactions of the account owner are left out. A note
// that finds no contact, or a name that several share, is a warning
// saying why.
func Join(contacts []analyze.Contact, owner analyze.Person, inters []analyze.Interaction, notes []analyze.Note) (signals []*Signals, byContact [][]*analyze.Note, stats JoinStats, warns []analyze.Warning) {
	ix := newIndex(contacts)
	signals = make([]*Signals, len(contacts))
	ownerURL, ownerName := analyze.NormalizeURL(owner.URL), analyze.NameKey(owner.Name)
	// Every core finds the contacts of its share of the interactions;
	// then they are added up in order.
	type hit struct {
		i   int32
		how uint8
	}
	hits := make([]hit, len(inters))
	chunks.Run(len(inters), func(lo, hi int) {
		var key []byte
		for k := lo; k < hi; k++ {
			in := &inters[k]
			u := analyze.NormalizeURL(in.Person.URL)
			if u != "" && u == ownerURL || in.Person.URL == "" && ownerName != "" && analyze.NameKey(in.Person.Name) == ownerName {
				hits[k] = hit{-1, byOwner}
				continue
			}
			var i int
			var how uint8
			i, how, key = ix.find(u, in.Person.Name, key)
			hits[k] = hit{int32(i), how}
		}
	})
	for k, h := range hits {
		switch h.how {
		case byURL:
			stats.ByURL++
		case byName:
			stats.ByName++
		case byNone:
			stats.Unmatched++
			continue
		default:
			continue
		}
		if signals[h.i] == nil {
			signals[h.i] = &Signals{}
		}
		signals[h.i].add(&inters[k])
	}
	byContact = make([][]*analyze.Note, len(contacts))
	var named map[string]int // contacts per name key, counted when a name is shared
	var key []byte
	for k := range notes {
		n := &notes[k]
		i, why := -1, ""
		if u := analyze.NormalizeURL(n.URL); u != "" {
			// A URL is the person: another contact of the same name is
			// someone else (a namesake, or the same name after the
			// person left the network).
			var ok bool
			if i, ok = ix.byURL[u]; !ok {
				i, why = -1, fmt.Sprintf("no connection with the profile URL %s in the export (gone from your network?); note not used", n.URL)
			}
		} else {
			key = analyze.AppendNameKey(key[:0], n.Name)
			var ok bool
			switch i, ok = ix.byName[string(key)]; {
			case !ok || len(key) == 0:
				i, why = -1, fmt.Sprintf("no connection named %q in the export; note not used", n.Name)
			case i < 0:
				if named == nil {
					named = make(map[string]int)
					for _, c := range contacts {
						named[analyze.NameKey(c.FirstName+" "+c.LastName)]++
					}
				}
				why = fmt.Sprintf("%d contacts named %q; add the profile URL to the note", named[string(key)], n.Name)
			}
		}
		if i < 0 {
			stats.NotesUnmatched++
			warns = append(warns, NoteWarning(n, why))
			continue
		}
		stats.Notes++
		byContact[i] = append(byContact[i], n)
	}
	return signals, byContact, stats, warns
}

// NoteWarning is a warning about note n, at the file and line it was read.
func NoteWarning(n *analyze.Note, msg string) analyze.Warning {
	file, line := splitSource(n.Source)
	return analyze.Warning{File: file, Line: line, Msg: msg}
}

// splitSource splits "file:line" into its parts.
func splitSource(s string) (string, int) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0
	}
	var line int
	if _, err := fmt.Sscan(s[i+1:], &line); err != nil {
		return s, 0
	}
	return s[:i], line
}
