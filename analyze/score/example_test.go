package score_test

import (
	"fmt"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

// The worked example of the README's Scoring section: five people at
// Stripe, for a software role, all connected in 2014 with nothing shared.
func ExampleRank() {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	lately := now.AddDate(0, -1, 0)
	person := func(first, position string) analyze.Contact {
		return analyze.Contact{FirstName: first, LastName: "Doe", URL: "https://www.linkedin.com/in/" + first,
			Company: "Stripe", Position: position, ConnectedOn: time.Date(2014, 5, 1, 0, 0, 0, 0, time.UTC)}
	}
	talks := func(c analyze.Contact, sent, received int) analyze.Interaction {
		return analyze.Interaction{Person: analyze.Person{URL: c.URL}, Sent: sent, Received: received,
			Conversations: 1, FirstMessage: lately, LastMessage: lately}
	}
	cat := person("Cat", "Senior Product Manager")
	eve := person("Eve", "Senior Technical Recruiter")
	ann := person("Ann", "Software Engineer")
	contacts := []analyze.Contact{person("Dan", "Director of Engineering"), cat, eve, ann, person("Bob", "Senior Software Engineer")}
	r := score.Rank(contacts, score.Options{
		Targets:      []analyze.Target{{Company: "Stripe"}},
		Role:         analyze.Software,
		History:      tie.History{Now: now},
		Interactions: []analyze.Interaction{talks(cat, 20, 20), talks(eve, 20, 20), talks(ann, 3, 2)},
	})
	for _, ref := range r.Referrals {
		v := map[string]analyze.Component{}
		for _, c := range ref.Components {
			v[c.Name] = c
		}
		// The default weights, no team named and nothing shared.
		fit := (30*v["role"].Value + 10*v["seniority"].Value) / 40
		reach := (40*v["tie"].Value + 10*v["alumni"].Value) / 50
		fmt.Printf("%s, %s, %s %.1f: fit %.3f x reach %.3f = %.1f = %.1f role + %.1f seniority + %.1f tie\n",
			ref.Contact.FirstName, ref.Contact.Position, ref.Tie, ref.TieStrength,
			fit, reach, ref.Score, v["role"].Points, v["seniority"].Points, v["tie"].Points)
	}
	// Output:
	// Eve, Senior Technical Recruiter, close 57.1: fit 0.725 x reach 0.765 = 55.5 = 22.3 role + 4.7 seniority + 28.5 tie
	// Ann, Software Engineer, known 42.8: fit 0.844 x reach 0.594 = 50.1 = 26.1 role + 3.3 seniority + 20.7 tie
	// Cat, Senior Product Manager, close 57.1: fit 0.650 x reach 0.765 = 49.7 = 18.4 role + 4.4 seniority + 26.9 tie
	// Dan, Director of Engineering, none 10.0: fit 0.938 x reach 0.200 = 18.8 = 12.4 role + 3.1 seniority + 3.3 tie
	// Bob, Senior Software Engineer, none 10.0: fit 0.875 x reach 0.200 = 17.5 = 12.2 role + 2.0 seniority + 3.3 tie
}
