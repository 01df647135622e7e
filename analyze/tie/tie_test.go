package tie

import (
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
		want      []Kind
		tier      string
	}{
		{"no date", "Stripe", "", nil, None},
		{"stranger", "Stripe", "2024-05-01", nil, None},
		{"classmate", "Stripe", "2016-05-01", []Kind{Classmate}, Acquainted},
		{"classmate just after graduating, also at Contoso", "Stripe", "2019-11-30", []Kind{Classmate, MetAtJob}, Acquainted},
		{"too long after graduating", "Stripe", "2020-02-01", []Kind{MetAtJob}, Acquainted},
		{"colleague at past employer", "Contoso", "2020-02-01", []Kind{Colleague}, Known},
		{"colleague, legal suffix differs", "Contoso, Inc.", "2021-02-01", []Kind{Colleague}, Known},
		{"colleague at current employer", "Northwind Traders", "2023-02-01", []Kind{Colleague}, Known},
		{"current job is no hint elsewhere", "Stripe", "2023-02-01", nil, None},
		{"at past employer but connected later", "Contoso", "2024-02-01", nil, None},
		{"classmate who is now a colleague", "Contoso", "2019-08-01", []Kind{Colleague, Classmate}, Known},
		{"met at past job", "Amazon", "2021-02-01", []Kind{MetAtJob}, Acquainted},
		{"a job at the school adds nothing", "Stripe", "2017-03-01", []Kind{Classmate}, Acquainted},
	}
	m := company.NewMatcher()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := analyze.Contact{Company: tt.company}
			if tt.connected != "" {
				c.ConnectedOn = day(tt.connected)
			}
			ev := NewInferrer(&history, m).Infer(c, m.Resolve(tt.company), nil, nil)
			var kinds []Kind
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
		{"colleague", Evidence{Contexts: []Context{{Kind: Colleague}}, Years: 2.5}, 37.5},
		{"second context adds a quarter", Evidence{Contexts: []Context{{Kind: Colleague}, {Kind: Classmate}}}, 40},
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
		tier     string
		approach string
	}{
		{0, None, AskIntroduction},
		{14.9, None, AskIntroduction},
		{15, Acquainted, AskAdvice},
		{34.9, Acquainted, AskAdvice},
		{35, Known, AskAdvice},
		{49.9, Known, AskAdvice},
		{50, Close, AskDirectly},
		{100, Close, AskDirectly},
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

func TestContextString(t *testing.T) {
	tests := []struct {
		c    Context
		want string
	}{
		{Context{Kind: Colleague, Place: "Contoso", Start: day("2019-07-01"), End: day("2022-02-28")}, "probable colleague (Contoso, 2019-2022)"},
		{Context{Kind: Classmate, Place: "University of Washington", Start: day("2015-09-01"), End: day("2019-06-30")}, "possible classmate (University of Washington, 2015-2019)"},
		{Context{Kind: Colleague, Place: "Northwind", Start: day("2022-03-01")}, "probable colleague (Northwind, 2022-now)"},
		{Context{Kind: MetAtJob, Place: "Contoso", Start: day("2019-07-01"), End: day("2022-02-28")}, "possibly met at Contoso (connected while you worked there, 2019-2022)"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}
