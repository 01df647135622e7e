package tie

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

// busyHistory is a user whose positions overlap, as many real ones do: a
// job at a time, and beside it volunteer roles, a board seat, a side
// project of their own and mentoring, plus a part-time degree while
// working.
var busyHistory = History{
	Schools: []analyze.School{
		{Name: "University of Washington", Start: day("2008-09-01"), End: day("2012-06-30")},
		{Name: "Foster School of Business", Start: day("2016-09-01"), End: day("2018-06-30")},
	},
	Jobs: []analyze.Job{
		{Company: "Northwind Traders", Title: "Staff Engineer", Start: day("2021-03-01")},
		{Company: "Litware Labs", Title: "Founder (side project)", Start: day("2019-01-01")},
		{Company: "ADPList", Title: "Mentor", Start: day("2020-05-01"), End: day("2023-08-31")},
		{Company: "Tailspin Foundation", Title: "Board Member", Start: day("2017-03-01"), End: day("2022-12-31")},
		{Company: "Wingtip Toys", Title: "Advisor", Start: day("2018-01-01"), End: day("2020-12-31")},
		{Company: "Fabrikam", Title: "Senior Engineer", Start: day("2016-01-01"), End: day("2021-02-28")},
		{Company: "Women in Tech Seattle", Title: "Organizer", Start: day("2014-01-01"), End: day("2019-12-31")},
		{Company: "Code for Good", Title: "Volunteer", Start: day("2013-01-01"), End: day("2024-06-30")},
		{Company: "Contoso", Title: "Software Engineer", Start: day("2012-07-01"), End: day("2015-12-31")},
	},
	Now: day("2026-11-20"),
}

// busyNetwork generates n contacts of the busyHistory user, connected
// from 2012 to 2026 with one year of mass adding (2021, when the user
// added nearly a third of them), a few percent of them now at one of the
// user's employers and connected while the user was there, and a tenth
// with messages; the rest are strangers as far as the export shows.
func busyNetwork(n int) ([]analyze.Contact, []*Signals) {
	rng := rand.New(rand.NewPCG(11, 2))
	between := func(from, to time.Time) time.Time {
		return from.AddDate(0, 0, rng.IntN(int(to.Sub(from).Hours()/24)))
	}
	contacts := make([]analyze.Contact, n)
	signals := make([]*Signals, n)
	for i := range contacts {
		c := analyze.Contact{FirstName: fmt.Sprint("P", i), Company: fmt.Sprint("Company ", rng.IntN(400))}
		year := 2012 + rng.IntN(15)
		if rng.IntN(10) < 3 {
			year = 2021
		}
		c.ConnectedOn = between(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC))
		switch r := rng.IntN(100); {
		case r < 4:
			c.Company, c.ConnectedOn = "Northwind Traders", between(day("2021-03-01"), day("2026-11-01"))
		case r < 6:
			c.Company, c.ConnectedOn = "Fabrikam", between(day("2016-01-01"), day("2021-02-28"))
		case r < 7:
			c.Company, c.ConnectedOn = "Contoso", between(day("2012-07-01"), day("2015-12-31"))
		}
		if c.ConnectedOn.After(busyHistory.Now) {
			c.ConnectedOn = busyHistory.Now
		}
		contacts[i] = c
		if rng.IntN(10) == 0 {
			m := 1 + rng.IntN(40)
			signals[i] = &Signals{Sent: m, Received: rng.IntN(m + 1), LastMessage: between(c.ConnectedOn, busyHistory.Now)}
		}
	}
	return contacts, signals
}

// TestInferenceAloneOnABusyNetwork checks, on a network that overlapping
// positions and a year of mass adding make hard, that at most a tenth of
// the contacts are known or closer from inference alone, that only
// probable colleagues get there, and that the Why names each kind of
// shared context once.
func TestInferenceAloneOnABusyNetwork(t *testing.T) {
	const n = 3000
	contacts, signals := busyNetwork(n)
	m := company.NewMatcher()
	in := NewInferrer(&busyHistory, m, contacts)
	known := 0
	for i, c := range contacts {
		ev := in.Infer(member(m, c), signals[i], nil)
		words := string(ev.AppendWords(nil, " · "))
		for _, kind := range []string{"probable colleague", "possible classmate", "possibly met at"} {
			if k := strings.Count(words, kind); k > 1 {
				t.Fatalf("%s: %q names %q %d times", c.FirstName, words, kind, k)
			}
		}
		if signals[i] != nil || Tier(ev.Strength()).Rank() < analyze.Known.Rank() {
			continue
		}
		known++
		if s := ev.Strongest(); s.Kind != analyze.Colleague {
			t.Errorf("%s at %s, connected %s: %s (%.1f) from inference alone, without being a probable colleague: %s",
				c.FirstName, c.Company, c.ConnectedOn.Format("2006-01"), Tier(ev.Strength()), ev.Strength(), words)
		}
	}
	t.Logf("%d of %d known or closer from inference alone", known, n)
	if known > n/10 {
		t.Errorf("%d of %d contacts known or closer from inference alone, want at most a tenth", known, n)
	}
}
