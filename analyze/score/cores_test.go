package score

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"github.com/refrank/refrank/analyze"
)

var firsts = []string{"Ann", "Bob", "Chen", "Dana", "Emeka", "Farah", "Gus", "Hana"}

// TestRankAnyCores checks that a network large enough to be shared out
// among the cores ranks the same on one core as on several: the same
// referrals, network, warnings and jobs, in the same order.
func TestRankAnyCores(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	companies := []string{"Amazon", "Amazon Web Services (AWS)", "Stripe", "Northwind Traders", "Contoso", "Fabrikam, Inc.", "fabrikam", "N/A", ""}
	positions := []string{"Software Engineer", "Senior Data Scientist", "Technical Recruiter", "Product Manager, Prime Video", "Director of Engineering", "Founder"}
	var contacts []analyze.Contact
	var inters []analyze.Interaction
	for i := range 5000 {
		c := analyze.Contact{
			FirstName:   firsts[r.IntN(len(firsts))],
			LastName:    fmt.Sprintf("Doe%d", r.IntN(3000)), // some namesakes
			Company:     companies[r.IntN(len(companies))],
			Position:    positions[r.IntN(len(positions))],
			ConnectedOn: history.Now.AddDate(0, 0, -r.IntN(4000)),
			Source:      fmt.Sprintf("Connections.csv:%d", i+5),
		}
		if r.IntN(5) > 0 {
			c.URL = fmt.Sprintf("https://www.linkedin.com/in/p%d", r.IntN(6000)) // some repeated
		}
		contacts = append(contacts, c)
		if r.IntN(2) == 0 {
			in := analyze.Interaction{File: "messages.csv", Sent: r.IntN(20), Received: r.IntN(20), LastMessage: history.Now.AddDate(0, -r.IntN(60), 0)}
			switch r.IntN(3) {
			case 0:
				in.Person = analyze.Person{URL: c.URL}
			case 1:
				in.Person = analyze.Person{Name: c.FirstName + " " + c.LastName}
			default:
				in.Person = analyze.Person{Name: "Someone Else", URL: "https://www.linkedin.com/in/else"}
			}
			inters = append(inters, in)
		}
	}
	notes := []analyze.Note{
		{Name: contacts[7].Name(), Status: "asked", Source: "notes.csv:2"},
		{URL: contacts[4000].URL, Target: "Stripe", Notes: "met at a meetup", Source: "notes.csv:3"},
	}
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"no targets", Options{}},
		{"targets and postings", Options{
			Targets:  []analyze.Target{{Company: "Amazon", Team: "Prime Video"}, {Company: "Stripe"}},
			Postings: []analyze.Posting{{Company: "AWS", Title: "Data Scientist"}, {Company: "Stripe", Title: "Recruiter"}},
			Top:      50,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.Role, opt.History, opt.Interactions, opt.Notes = analyze.Software, history, inters, notes
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			one := Rank(contacts, opt)
			for _, procs := range []int{2, 3} {
				runtime.GOMAXPROCS(procs)
				if got := Rank(contacts, opt); !reflect.DeepEqual(one, got) {
					t.Errorf("%d cores rank otherwise than one", procs)
				}
			}
			if len(one.Referrals) == 0 || len(one.Jobs) == 0 && len(opt.Postings) > 0 {
				t.Fatalf("nothing ranked: %d referrals, %d jobs", len(one.Referrals), len(one.Jobs))
			}
		})
	}
}

// TestBest checks that the k best rows are those sorting all of them
// gives first, in the same order, ties of score and tie strength
// included.
func TestBest(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	people := make([]person, 400)
	rows := make([]scored, len(people))
	for i := range people {
		people[i] = person{Member: &analyze.Member{Contact: analyze.Contact{URL: fmt.Sprint(r.IntN(4))}, TieStrength: float64(r.IntN(3))}, name: firsts[r.IntN(3)], at: i}
		rows[i] = scored{p: &people[i], score: float64(r.IntN(5))}
	}
	sorted := slices.Clone(rows)
	slices.SortFunc(sorted, compare)
	for _, k := range []int{1, 3, 50, 399} {
		t.Run(fmt.Sprint("k=", k), func(t *testing.T) {
			got := best(slices.Clone(rows), k)
			if len(got) != k {
				t.Fatalf("%d rows, want %d", len(got), k)
			}
			for i := range got {
				if got[i].p != sorted[i].p {
					t.Fatalf("row %d is contact %d, want %d", i, got[i].p.at, sorted[i].p.at)
				}
			}
		})
	}
}
