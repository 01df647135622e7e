package tie

import (
	"slices"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// member is contact c as Infer takes them: with their employer's key, as
// the one step of package score resolves it.
func member(m *company.Matcher, c analyze.Contact) *analyze.Member {
	return &analyze.Member{Contact: c, EmployerKey: m.Resolve(c.Company).Key}
}

var history = History{
	Schools: []analyze.School{
		{Name: "University of Washington", Start: day("2015-09-01"), End: day("2019-06-30")},
		{Name: "Bootcamp without dates"},
	},
	Jobs: []analyze.Job{
		{Company: "Northwind Traders", Start: day("2022-03-01")},
		{Company: "Contoso Ltd.", Start: day("2019-07-01"), End: day("2022-02-28")},
		{Company: "University of Washington", Title: "Teaching Assistant", Start: day("2017-01-01"), End: day("2018-06-30")},
	},
	Now: day("2026-11-20"),
}

func TestInfer(t *testing.T) {
	tests := []struct {
		name      string
		company   string
		connected string
		want      []analyze.ContextKind
		tier      analyze.Tier
	}{
		{"no date", "Stripe", "", nil, analyze.NoTie},
		{"stranger", "Stripe", "2024-05-01", nil, analyze.NoTie},
		{"classmate", "Stripe", "2016-05-01", []analyze.ContextKind{analyze.Classmate}, analyze.Acquainted},
		{"classmate just after graduating, also at Contoso", "Stripe", "2019-11-30", []analyze.ContextKind{analyze.Classmate, analyze.MetAtJob}, analyze.Acquainted},
		{"too long after graduating", "Stripe", "2020-02-01", []analyze.ContextKind{analyze.MetAtJob}, analyze.Acquainted},
		{"colleague at past employer", "Contoso", "2020-02-01", []analyze.ContextKind{analyze.Colleague}, analyze.Known},
		{"colleague, legal suffix differs", "Contoso, Inc.", "2021-02-01", []analyze.ContextKind{analyze.Colleague}, analyze.Known},
		{"colleague at current employer", "Northwind Traders", "2023-02-01", []analyze.ContextKind{analyze.Colleague}, analyze.Known},
		{"current job is no hint elsewhere", "Stripe", "2023-02-01", nil, analyze.NoTie},
		{"at past employer but connected later", "Contoso", "2024-02-01", nil, analyze.NoTie},
		{"classmate who is now a colleague", "Contoso", "2019-08-01", []analyze.ContextKind{analyze.Colleague, analyze.Classmate}, analyze.Known},
		{"met at past job", "Amazon", "2021-02-01", []analyze.ContextKind{analyze.MetAtJob}, analyze.Acquainted},
		{"a job at the school adds nothing", "Stripe", "2017-03-01", []analyze.ContextKind{analyze.Classmate}, analyze.Acquainted},
	}
	m := company.NewMatcher()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := analyze.Contact{Company: tt.company}
			if tt.connected != "" {
				c.ConnectedOn = day(tt.connected)
			}
			ev := NewInferrer(&history, m, nil).Infer(member(m, c), nil, nil)
			var kinds []analyze.ContextKind
			for _, x := range ev.Contexts {
				kinds = append(kinds, x.Kind)
			}
			if len(kinds) != len(tt.want) {
				t.Fatalf("contexts = %v, want kinds %v", ev.Contexts, tt.want)
			}
			for i := range kinds {
				if kinds[i] != tt.want[i] {
					t.Fatalf("contexts = %v, want kinds %v", ev.Contexts, tt.want)
				}
			}
			if got := Tier(ev.Strength()); got != tt.tier {
				t.Errorf("tier = %s (strength %.1f), want %s", got, ev.Strength(), tt.tier)
			}
		})
	}
}

func TestStrength(t *testing.T) {
	tests := []struct {
		name string
		ev   Evidence
		want float64
	}{
		{"nothing", Evidence{}, 0},
		{"old connection alone is capped", Evidence{Years: 14}, 10},
		{"colleague", Evidence{Contexts: []analyze.Context{{Kind: analyze.Colleague}}, Years: 2.5}, 37.5},
		{"second context adds a quarter", Evidence{Contexts: []analyze.Context{{Kind: analyze.Colleague}, {Kind: analyze.Classmate}}}, 40},
		{"met at a job in a busy time counts for less", Evidence{Contexts: []analyze.Context{{Kind: analyze.MetAtJob, PerYear: 500}}}, 1.5},
		{"a classmate at a quiet time counts in full", Evidence{Contexts: []analyze.Context{{Kind: analyze.Classmate, PerYear: 50}}}, 20},
		{"a busy time does not discount a colleague", Evidence{Contexts: []analyze.Context{{Kind: analyze.Colleague, PerYear: 900}}}, 35},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ev.Strength(); got != tt.want {
				t.Errorf("Strength = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTierAndApproach(t *testing.T) {
	tests := []struct {
		strength float64
		tier     analyze.Tier
		approach analyze.Approach
	}{
		{0, analyze.NoTie, analyze.AskIntroduction},
		{14.9, analyze.NoTie, analyze.AskIntroduction},
		{15, analyze.Acquainted, analyze.AskAdvice},
		{34.9, analyze.Acquainted, analyze.AskAdvice},
		{35, analyze.Known, analyze.AskAdvice},
		{49.9, analyze.Known, analyze.AskAdvice},
		{50, analyze.Close, analyze.AskDirectly},
		{100, analyze.Close, analyze.AskDirectly},
	}
	for _, tt := range tests {
		if got := Tier(tt.strength); got != tt.tier {
			t.Errorf("Tier(%v) = %s, want %s", tt.strength, got, tt.tier)
		}
		if got := Approach(tt.tier); got != tt.approach {
			t.Errorf("Approach(%s) = %s, want %s", tt.tier, got, tt.approach)
		}
	}
}

func TestContextWords(t *testing.T) {
	tests := []struct {
		c    analyze.Context
		want string
	}{
		{analyze.Context{Kind: analyze.Colleague, Place: "Contoso", Start: day("2019-07-01"), End: day("2022-02-28")}, "probable colleague (Contoso, 2019-2022)"},
		{analyze.Context{Kind: analyze.Classmate, Place: "University of Washington", Start: day("2015-09-01"), End: day("2019-06-30")}, "possible classmate (University of Washington, 2015-2019)"},
		{analyze.Context{Kind: analyze.Colleague, Place: "Northwind", Start: day("2022-03-01")}, "probable colleague (Northwind, 2022-now)"},
		{analyze.Context{Kind: analyze.MetAtJob, Place: "Contoso", Start: day("2019-07-01"), End: day("2022-02-28")}, "possibly met at Contoso (connected while you worked there, 2019-2022)"},
	}
	for _, tt := range tests {
		if got := string(appendContext(nil, &tt.c)); got != tt.want {
			t.Errorf("appendContext = %q, want %q", got, tt.want)
		}
	}
}

// TestOneContextPerKind checks that each kind of shared context counts
// once, from its strongest instance: connected while the user held several
// jobs at once, the contact is possibly met at the one of the fewest new
// connections a year, not at each of them.
func TestOneContextPerKind(t *testing.T) {
	h := History{
		Jobs: []analyze.Job{
			{Company: "Northwind Traders", Start: day("2012-01-01")},
			{Company: "Code for Good", Start: day("2014-01-01"), End: day("2024-12-31")},
			{Company: "Tailspin Foundation", Start: day("2015-01-01"), End: day("2016-12-31")},
			{Company: "Contoso", Start: day("2010-01-01"), End: day("2017-12-31")},
			{Company: "Wingtip Toys", Start: day("2018-01-01"), End: day("2020-12-31")},
			{Company: "Fabrikam", Start: day("2019-01-01"), End: day("2020-12-31")},
		},
		Schools: []analyze.School{
			{Name: "University of Washington", Start: day("2014-09-01"), End: day("2016-06-30")},
			{Name: "Foster School of Business", Start: day("2015-09-01"), End: day("2017-06-30")},
		},
		Now: day("2026-11-20"),
	}
	// 200 connections a year in 2015 and 2016, 20 a year otherwise, a day
	// apart from each 1 January.
	var contacts []analyze.Contact
	for y := 2010; y <= 2026; y++ {
		n := 20
		if y == 2015 || y == 2016 {
			n = 200
		}
		for i := range n {
			contacts = append(contacts, analyze.Contact{ConnectedOn: time.Date(y, 1, 1+i%365, 0, 0, 0, 0, time.UTC)})
		}
	}
	m := company.NewMatcher()
	in := NewInferrer(&h, m, contacts)
	tests := []struct {
		name, company, connected string
		want                     []string
		tier                     analyze.Tier
	}{
		{"three past jobs at once: the least busy one", "Litware", "2016-03-01",
			[]string{"possibly met at Code for Good (connected while you worked there, 2014-2024, among 53 new connections a year)",
				"possible classmate (Foster School of Business, 2015-2017, among 94 new connections a year)"},
			analyze.Acquainted},
		{"a colleague once, not once a job", "Contoso Ltd.", "2012-05-01",
			[]string{"probable colleague (Contoso, 2010-2017)"}, analyze.Known},
		{"a quiet time counts in full; of two, the one of fewer people", "Litware", "2020-05-01",
			[]string{"possibly met at Fabrikam (connected while you worked there, 2019-2020)"}, analyze.Acquainted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := in.Infer(member(m, analyze.Contact{Company: tt.company, ConnectedOn: day(tt.connected)}), nil, nil)
			var got []string
			for i := range ev.Contexts {
				got = append(got, string(appendContext(nil, &ev.Contexts[i])))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("contexts\n%q\nwant\n%q", got, tt.want)
			}
			if tier := Tier(ev.Strength()); tier != tt.tier {
				t.Errorf("tier %s (%.1f), want %s", tier, ev.Strength(), tt.tier)
			}
		})
	}
}

// TestInferenceAloneStopsAtAcquainted checks that shared contexts
// inferred from dates, however many, and the years since connecting do
// not make a contact known, unless the contact is a probable colleague or
// something beyond the dates speaks for the tie.
func TestInferenceAloneStopsAtAcquainted(t *testing.T) {
	classmate := analyze.Context{Kind: analyze.Classmate}
	met := analyze.Context{Kind: analyze.MetAtJob}
	inferred := []analyze.Context{classmate, met}
	tests := []struct {
		name string
		ev   Evidence
		want analyze.Tier
	}{
		{"classmate and met at a job, ten years", Evidence{Contexts: inferred, Years: 10}, analyze.Acquainted},
		{"a probable colleague", Evidence{Contexts: []analyze.Context{{Kind: analyze.Colleague}}, Years: 1}, analyze.Known},
		{"the notes say they were classmates", Evidence{Contexts: []analyze.Context{{Kind: analyze.Classmate, Noted: true}, met}, Years: 10}, analyze.Known},
		{"and an endorsement", Evidence{Contexts: inferred, Years: 10, Signals: Signals{EndorsedUser: 2}}, analyze.Known},
		{"and a message never answered", Evidence{Contexts: inferred, Years: 10, Signals: Signals{Sent: 3}}, analyze.Known},
		{"an invitation without a note is the connection itself", Evidence{Contexts: inferred, Years: 10, Signals: Signals{InvitedUser: true}}, analyze.Acquainted},
		{"the notes say known", Evidence{Years: 1, Override: analyze.Known}, analyze.Known},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tier(tt.ev.Strength()); got != tt.want {
				t.Errorf("tier %s (%.1f), want %s", got, tt.ev.Strength(), tt.want)
			}
		})
	}
}
