package tie

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

// Kind is a kind of shared context between the user and a contact.
type Kind int

// The kinds of shared context, strongest first.
const (
	Colleague Kind = iota // probable colleague: same employer, connected during the user's tenure
	Classmate             // possible classmate: connected during the user's studies
	MetAtJob              // possibly met at a past job: connected while the user worked there
)

// Context is one piece of shared context: where the user and the contact
// probably met, and when that place was the user's.
type Context struct {
	Kind Kind
	// Place is the employer or school, as the user's own files name it.
	Place      string
	Start, End time.Time
}

// Points is what the context adds to the tie strength when it is the
// strongest one.
func (c Context) Points() float64 {
	switch c.Kind {
	case Colleague:
		return 40
	case Classmate:
		return 25
	}
	return 15
}

// String says the context in words, as the Why column shows it:
// "probable colleague (Contoso, 2019-2022)".
func (c Context) String() string {
	span := years(c.Start, c.End)
	if span != "" {
		span = ", " + span
	}
	switch c.Kind {
	case Colleague:
		return fmt.Sprintf("probable colleague (%s%s)", c.Place, span)
	case Classmate:
		return fmt.Sprintf("possible classmate (%s%s)", c.Place, span)
	}
	return fmt.Sprintf("possibly met at %s (connected while you worked there%s)", c.Place, span)
}

func years(start, end time.Time) string {
	switch {
	case start.IsZero() && end.IsZero():
		return ""
	case start.IsZero():
		return fmt.Sprintf("until %d", end.Year())
	case end.IsZero():
		return fmt.Sprintf("%d-now", start.Year())
	case start.Year() == end.Year():
		return fmt.Sprint(start.Year())
	}
	return fmt.Sprintf("%d-%d", start.Year(), end.Year())
}

// Grace periods after a job or school ends during which a new connection
// still counts as made there: people connect on their way out.
const (
	jobGrace    = 3  // months
	schoolGrace = 6  // months
	maxDuration = 10 // points, one per year connected
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
	// Contexts are the shared contexts found, strongest first.
	Contexts []Context
	// ConnectedOn is the day the two connected, or zero.
	ConnectedOn time.Time
	// Years is how long ago they connected, in years (0 when unknown).
	Years float64
}

// Infer gathers the evidence for contact c, whose current employer is e.
// m resolves the user's own employers the same way.
func Infer(h *History, m *company.Matcher, c analyze.Contact, e company.Employer) Evidence {
	ev := Evidence{ConnectedOn: c.ConnectedOn}
	on := c.ConnectedOn
	if on.IsZero() {
		return ev
	}
	if !h.Now.IsZero() && h.Now.After(on) {
		ev.Years = h.Now.Sub(on).Hours() / 24 / 365.25
	}
	for _, j := range h.Jobs {
		if !during(on, j.Start, j.End, jobGrace) {
			continue
		}
		switch {
		case e.Key != "" && m.Resolve(j.Company).Key == e.Key:
			ev.Contexts = append(ev.Contexts, Context{Colleague, j.Company, j.Start, j.End})
		case !j.Current():
			ev.Contexts = append(ev.Contexts, Context{MetAtJob, j.Company, j.Start, j.End})
		}
	}
	for _, s := range h.Schools {
		if s.Start.IsZero() && s.End.IsZero() {
			continue
		}
		if during(on, s.Start, s.End, schoolGrace) {
			ev.Contexts = append(ev.Contexts, Context{Classmate, s.Name, s.Start, s.End})
		}
	}
	sort.SliceStable(ev.Contexts, func(i, j int) bool { return ev.Contexts[i].Kind < ev.Contexts[j].Kind })
	return ev
}

// during reports whether day falls in [start, end+grace months]; a zero
// start is open, a zero end means ongoing.
func during(day, start, end time.Time, grace int) bool {
	if !start.IsZero() && day.Before(start) {
		return false
	}
	return end.IsZero() || !day.After(end.AddDate(0, grace, 0))
}

// Strength is the tie strength from 0 to 100 (see the package doc).
func (ev Evidence) Strength() float64 {
	var s float64
	for i, c := range ev.Contexts {
		if i == 0 {
			s += c.Points()
		} else {
			s += c.Points() / 4
		}
	}
	s += math.Min(ev.Years, maxDuration)
	return math.Min(100, math.Round(s*10)/10)
}

// The tie tiers, strongest first.
const (
	Close      = "close"
	Known      = "known"
	Acquainted = "acquainted"
	None       = "none"
)

// Tier is the tier word for a tie strength.
func Tier(strength float64) string {
	switch {
	case strength >= 60:
		return Close
	case strength >= 40:
		return Known
	case strength >= 15:
		return Acquainted
	}
	return None
}

// The ways to ask for a referral, by tier.
const (
	AskDirectly     = "ask directly"
	AskAdvice       = "ask for advice, then a referral"
	AskIntroduction = "ask for an introduction"
)

// Approach is how to ask a contact of the given tier.
func Approach(tier string) string {
	switch tier {
	case Close:
		return AskDirectly
	case Known, Acquainted:
		return AskAdvice
	}
	return AskIntroduction
}
