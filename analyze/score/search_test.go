package score

import (
	"slices"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

func TestFromSearch(t *testing.T) {
	today := day("2026-11-20")
	posting := func(kind, company, title, date string) analyze.Posting {
		return analyze.Posting{Kind: kind, Company: company, Title: title, Date: day(date)}
	}
	tests := []struct {
		name     string
		search   analyze.JobSearch
		targets  []string // Company, then its postings' count
		roles    []analyze.Function
		role     analyze.Function
		roleFrom string
		describe string
		followed []string
		postings int
	}{
		{
			name: "applications, saved jobs and dream companies",
			search: analyze.JobSearch{
				Postings: []analyze.Posting{
					posting(analyze.Applied, "Amazon", "Software Development Engineer II, Prime Video", "2026-11-03"),
					posting(analyze.Applied, "Amazon Web Services (AWS)", "Backend Engineer", "2026-10-10"),
					posting(analyze.Applied, "Stripe", "Data Scientist", "2026-11-10"),
					posting(analyze.Applied, "Contoso", "Software Engineer", "2026-05-01"), // past the window
					posting(analyze.Saved, "Contoso", "Site Reliability Engineer", "2026-05-02"),
				},
				DreamCompanies: []string{"stripe", "Fabrikam"},
				Follows:        []analyze.Follow{{Company: "Stripe"}, {Company: "Litware"}},
			},
			targets:  []string{"Stripe", "Amazon", "Contoso", "Fabrikam"},
			roles:    []analyze.Function{analyze.Data, analyze.Software, analyze.Software, ""},
			role:     analyze.Software,
			roleFrom: "jobs",
			describe: "2 companies you applied to, 1 company with saved jobs, 1 dream company",
			followed: []string{"Litware"},
			postings: 4,
		},
		{
			name: "only follows",
			search: analyze.JobSearch{
				Follows:   []analyze.Follow{{Company: "Stripe"}, {Company: "Amazon.com"}},
				JobTitles: []string{"Product Manager"},
			},
			targets:  []string{"Stripe", "Amazon"},
			roles:    []analyze.Function{"", ""},
			role:     analyze.Product,
			roleFrom: "preferences",
			describe: "2 companies you follow",
		},
		{
			name: "role from the headline",
			search: analyze.JobSearch{
				DreamCompanies: []string{"Stripe"},
				Headline:       "Senior Data Engineer at Contoso",
			},
			targets:  []string{"Stripe"},
			roles:    []analyze.Function{""},
			role:     analyze.Data,
			roleFrom: "headline",
			describe: "1 dream company",
		},
		{
			name:     "nothing",
			search:   analyze.JobSearch{Headline: "Engineer"},
			describe: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := FromSearch(&tt.search, today, 0, company.NewMatcher())
			var names []string
			var roles []analyze.Function
			for _, tg := range s.Targets {
				names = append(names, tg.Company)
				roles = append(roles, tg.Role)
			}
			if !slices.Equal(names, tt.targets) || !slices.Equal(roles, tt.roles) {
				t.Errorf("targets %q, roles %q; want %q, %q", names, roles, tt.targets, tt.roles)
			}
			if s.Role != tt.role || s.RoleFrom != tt.roleFrom {
				t.Errorf("role %q from %q; want %q from %q", s.Role, s.RoleFrom, tt.role, tt.roleFrom)
			}
			if got := s.Describe(); got != tt.describe {
				t.Errorf("Describe() = %q, want %q", got, tt.describe)
			}
			if len(s.Postings) != tt.postings {
				t.Errorf("%d postings, want %d (the applications in the window and the saved jobs)", len(s.Postings), tt.postings)
			}
			if !slices.Equal(s.Followed, tt.followed) {
				t.Errorf("followed %q, want %q", s.Followed, tt.followed)
			}
		})
	}
}

// TestJobTeam checks that, for a posting whose title names a team, a
// contact on that team outranks an equal one elsewhere at the company.
func TestJobTeam(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Bob", "Amazon", "Software Development Engineer II", "2014-01-10"),
		contact("Ann", "Amazon", "Software Development Engineer II - Prime Video", "2014-01-10"),
		contact("Cid", "Stripe", "Software Engineer", "2014-01-10"),
	}
	posting := analyze.Posting{Kind: analyze.Applied, Company: "Amazon", Title: "Software Development Engineer II, Prime Video", Date: day("2026-11-03")}
	r := Rank(contacts, Options{
		Targets:  []analyze.Target{{Company: "Amazon"}},
		Postings: []analyze.Posting{posting},
		Role:     analyze.Software,
		History:  history,
	})
	if len(r.Jobs) != 1 {
		t.Fatalf("got %d jobs, want 1", len(r.Jobs))
	}
	j := r.Jobs[0]
	if j.Team != "Prime Video" || j.Role != analyze.Software || j.Count != 2 {
		t.Errorf("job team %q role %q count %d; want Prime Video, software, 2", j.Team, j.Role, j.Count)
	}
	if len(j.Referrers) != 2 || j.Referrers[0].Contact.FirstName != "Ann" {
		t.Errorf("referrers %+v; want Ann (Prime Video) first", j.Referrers)
	}
}

// TestChanges checks the moves at the targets since the previous export.
func TestChanges(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Ann", "Amazon Web Services (AWS)", "Software Engineer", "2014-01-10"), // joined from Contoso
		contact("Bob", "Stripe", "Software Engineer", "2026-10-01"),                    // new connection
		contact("Cid", "Contoso", "Engineer", "2014-01-10"),                            // left Amazon
		contact("Dee", "Amazon", "Software Engineer", "2014-01-10"),                    // stayed
		contact("Eve", "Amazon.com", "Senior Software Engineer", "2014-01-10"),         // stayed, new spelling
		contact("Fay", "Stripe", "Software Engineer", "2014-01-10"),                    // not in the previous export, connected before it
	}
	prev := []analyze.Previous{
		{Company: "Contoso", Position: "Engineer", In: true},
		{},
		{Company: "Amazon", Position: "SDE", In: true},
		{Company: "Amazon", Position: "Software Engineer", In: true},
		{Company: "Amazon", Position: "Software Engineer", In: true},
		{},
	}
	r := Rank(contacts, Options{
		Targets:      []analyze.Target{{Company: "Amazon"}, {Company: "Stripe"}},
		Role:         analyze.Software,
		History:      history,
		Previous:     prev,
		PreviousDate: day("2025-06-01"),
	})
	var got []string
	for _, c := range r.Changes {
		got = append(got, c.Kind+" "+c.Target+" "+c.Contact.FirstName+" "+c.From+c.To)
	}
	want := []string{"joined Amazon Ann Contoso", "new connection Stripe Bob ", "left Amazon Cid AmazonContoso"}
	if !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
	for _, ref := range r.Referrals {
		marked := strings.Contains(ref.Why, "joined Amazon since your export of 2025-06-01")
		if marked != (ref.Contact.FirstName == "Ann") {
			t.Errorf("%s: Why %q", ref.Contact.FirstName, ref.Why)
		}
	}
}
