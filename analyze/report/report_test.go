package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
)

var components = []string{"company", "role", "seniority", "team", "alumni", "tie"}

// weights are the points each component gives at value 1.
var weights = []float64{30, 25, 15, 10, 10, 10}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// person is one contact of the sample, with the values its score is made of.
type person struct {
	first, last, url, email, company, position string
	fn                                         analyze.Function
	sen                                        analyze.Seniority
	connected                                  time.Time
	values                                     [6]float64
}

// sampleResult is a realistic result: 20 referrals across two targets,
// with the awkward values real exports hold (a name starting with "=", a
// position starting with "+1", a URL outside LinkedIn, an emoji, a
// missing date, quotes and commas).
func sampleResult() *analyze.Result {
	stripe := []person{
		{"Ana", "Müller", "https://www.linkedin.com/in/ana-m%C3%BCller-1a2b3c", "", "Stripe", "Staff Software Engineer, Payments", analyze.Software, analyze.Staff, day(2019, 3, 14), [6]float64{1, 1, 0.8, 1, 1, 0.9}},
		{"Bo", "Chen", "https://www.linkedin.com/in/bochen", "bo@example.com", "Stripe, Inc.", "Engineering Manager", analyze.Software, analyze.Manager, day(2021, 11, 2), [6]float64{1, 0.9, 0.9, 0.5, 0, 0.6}},
		{`=HYPERLINK("http://evil.example","x")`, "Smith", "https://www.linkedin.com/in/jsmith", "", "Stripe", "Senior Backend Engineer", analyze.Software, analyze.Senior, day(2020, 6, 30), [6]float64{1, 1, 0.7, 0, 0, 0.5}},
		{"Zoë", "Park 🚀", "https://de.linkedin.com/in/zoepark", "", "Stripe", "Product Manager", analyze.Product, analyze.Mid, day(2022, 1, 9), [6]float64{1, 0.6, 0.5, 1, 0, 0.4}},
		{"Priya", "Raman", "http://www.linkedin.com/in/priyar", "", "Stripe", "+1 Data Scientist", analyze.Data, analyze.Senior, time.Time{}, [6]float64{1, 0.7, 0.7, 0, 1, 0.2}},
		{"Tom", "O'Brien", `https://linkedin.com/in/tom"obrien`, "", "Stripe", "Technical Recruiter", analyze.Recruiting, analyze.Mid, day(2018, 8, 1), [6]float64{1, 0.4, 0.5, 0, 0, 0.7}},
		{"Lena", "Kowalski", "https://example.com/lena", "lena@example.org", "Stripe", "Director of Engineering", analyze.Software, analyze.Director, day(2017, 5, 23), [6]float64{1, 0.8, 1, 0.5, 0, 0.1}},
		{"Marco", "Rossi", "", "", "Stripe", "Software Engineer II", analyze.Software, analyze.Mid, day(2023, 2, 17), [6]float64{1, 1, 0.5, 0, 0, 0.3}},
		{"Aiko", "Tanaka", "https://jp.linkedin.com/in/aiko-tanaka", "", "Stripe", "UX Designer", analyze.Design, analyze.Senior, day(2016, 12, 5), [6]float64{1, 0.3, 0.7, 0, 1, 0.5}},
		{"Sam", "Lee", "https://www.linkedin.com.evil.example/in/samlee", "", "Stripe", "-Intern-", analyze.Software, analyze.Intern, day(2024, 7, 8), [6]float64{1, 0.9, 0.1, 0, 0, 0.1}},
	}
	datadog := []person{
		{"Fatima", "Zahra", "https://www.linkedin.com/in/fzahra", "", "Datadog", "Principal Engineer, Platform", analyze.Software, analyze.Staff, day(2015, 10, 19), [6]float64{1, 1, 1, 1, 0, 0.8}},
		{"Diego", "Fernández", "https://www.linkedin.com/in/diego-fernandez", "", "Datadog", "SRE", analyze.Software, analyze.Mid, day(2020, 4, 4), [6]float64{1, 0.9, 0.5, 1, 1, 0.6}},
		{"Olu", "Adeyemi", "https://www.linkedin.com/in/oadeyemi", "@olu", "Datadog", "VP Engineering", analyze.Software, analyze.VP, day(2012, 9, 12), [6]float64{1, 0.7, 1, 0.5, 0, 0.3}},
		{"Chloé", "Martin", "https://fr.linkedin.com/in/chloemartin", "", "Datadog", "Data Engineer", analyze.Data, analyze.Senior, day(2021, 3, 3), [6]float64{1, 0.8, 0.7, 0.5, 0, 0.4}},
		{"Ivan", "Petrov", "https://www.linkedin.com:8443/in/ipetrov", "", "Datadog", "Backend Developer", analyze.Software, analyze.Mid, day(2022, 12, 31), [6]float64{1, 1, 0.5, 0, 0, 0.2}},
		{"Grace", "Hopper", "https://www.linkedin.com/in/ghopper", "", "Datadog", "Sales Engineer", analyze.Sales, analyze.Senior, day(2019, 1, 1), [6]float64{1, 0.3, 0.7, 0, 0, 0.9}},
		{"Noah", "Schmidt", "https://evil@www.linkedin.com/in/nschmidt", "", "Datadog", "Program Manager", analyze.Program, analyze.Senior, day(2018, 2, 28), [6]float64{1, 0.5, 0.7, 0, 0, 0.5}},
		{"Mei", "Wong", "https://www.linkedin.com/in/mei-wong-%E9%BB%84", "", "Datadog", "Engineering Intern", analyze.Software, analyze.Intern, day(2024, 6, 15), [6]float64{1, 0.9, 0.1, 0.5, 1, 0.2}},
		{"Karl", "Berg", "https://www.linkedin.com/in/kberg", "", "Datadog", "\tOperations Lead", analyze.Operations, analyze.Manager, day(2014, 7, 7), [6]float64{1, 0.2, 0.9, 0, 0, 0.3}},
		{"Eve", "Adams", "https://www.linkedin.com/in/eadams", "", "Datadog", "Security Engineer", analyze.Software, analyze.Senior, day(2023, 10, 10), [6]float64{1, 0.9, 0.7, 0, 0, 0}},
	}
	r := &analyze.Result{
		Components: components,
		Contacts:   412,
		Inputs: []analyze.Input{
			{File: "export.zip:Connections.csv", Rows: 412, Skipped: 3},
			{File: "export.zip:Positions.csv", Rows: 6},
			{File: "export.zip:Education.csv", Rows: 2},
		},
		Params: []analyze.Param{
			{Name: "Targets", Value: "Stripe, Datadog:Platform"},
			{Name: "Role", Value: "software"},
			{Name: "Top", Value: "10"},
		},
		Warnings: []analyze.Warning{
			{File: "export.zip:Connections.csv", Line: 17, Msg: `date "March 2019" not understood; Connected On left empty`},
			{File: "export.zip:Connections.csv", Line: 230, Msg: "row has 5 fields, want 7; skipped"},
			{File: "export.zip:messages.csv", Msg: "not in this export; tie strength from shared history only"},
		},
	}
	for _, g := range []struct {
		target, team string
		people       []person
	}{{"Stripe", "", stripe}, {"Datadog", "Platform", datadog}} {
		refs := make([]analyze.Referral, len(g.people))
		for i, p := range g.people {
			refs[i] = referral(g.target, g.team, p)
		}
		rankReferrals(refs)
		sum := analyze.CompanySummary{Target: g.target, Contacts: len(refs)}
		for _, ref := range refs {
			if ref.Score >= analyze.StrongScore {
				sum.Strong++
			}
			if len(sum.Best) < 3 {
				sum.Best = append(sum.Best, ref.Contact.Name())
			}
		}
		r.Referrals = append(r.Referrals, refs...)
		r.Companies = append(r.Companies, sum)
	}
	r.Targets = []analyze.Target{{Company: "Stripe"}, {Company: "Datadog", Team: "Platform"}, {Company: "Figma"}}
	r.Role = analyze.Software
	r.Schools = []string{"ETH Zürich", `"Quoted" College`}
	r.ExportDate = day(2025, 3, 1)
	// Messages, and what last week's notes file said.
	r.Referrals[0].Messages, r.Referrals[0].LastMessage = 42, day(2025, 2, 20)
	r.Referrals[1].Messages, r.Referrals[1].LastMessage = 3, day(2023, 7, 4)
	r.Referrals[0].Note = analyze.Note{Status: "asked", AskedOn: "2025-02-24", FollowUp: "2025-03-03", Notes: "Said yes; sending CV"}
	r.Referrals[2].Note = analyze.Note{Status: "to ask", FollowUp: "next week", Notes: "=not a formula"}
	r.Referrals[11].Note = analyze.Note{Status: "referred", AskedOn: "2025-01-15", Notes: "Referred on 17 Jan.\nThank her!"}
	for _, ref := range r.Referrals {
		r.Network = append(r.Network, analyze.Member{
			Contact: ref.Contact, Employer: ref.Target, Team: ref.Team, Function: ref.Function,
			Seniority: ref.Seniority, TieStrength: ref.TieStrength, Tie: ref.Tie,
			Messages: ref.Messages, LastMessage: ref.LastMessage,
		})
	}
	r.Network = append(r.Network, analyze.Member{
		Contact:  analyze.Contact{FirstName: "Rita", LastName: "Gomez", URL: "https://www.linkedin.com/in/ritag", Company: "Acme GmbH", Position: "Head of Data", ConnectedOn: day(2024, 12, 1)},
		Employer: "Acme", Function: analyze.Data, Seniority: analyze.Director, Tie: "none",
	})
	for _, i := range []int{0, 1, 10} {
		ref := r.Referrals[i]
		r.Drafts = append(r.Drafts, analyze.Draft{
			Target: ref.Target, Contact: ref.Contact, Tie: ref.Tie, Kind: "direct",
			Subject: "Referral for a software role at " + ref.Target,
			Message: "Hi " + ref.Contact.FirstName + ",\n\nI hope all is well. I am applying for a backend role at " + ref.Target +
				" and would value your referral. My CV is attached; happy to send anything else that helps.\n\nThank you,\nSam",
			Note: "Hi " + ref.Contact.FirstName + ", I am applying for a backend role at " + ref.Target + "; would you refer me? Happy to share my CV.",
		})
	}
	r.Drafts[2].Kind, r.Drafts[2].Via = "introduction", "Bo Chen"
	r.Drafts[2].Note = strings.Repeat("A long note that LinkedIn will refuse. ", 9)
	return r
}

func referral(target, team string, p person) analyze.Referral {
	ref := analyze.Referral{
		Member: analyze.Member{
			Contact: analyze.Contact{
				FirstName: p.first, LastName: p.last, URL: p.url, Email: p.email,
				Company: p.company, Position: p.position, ConnectedOn: p.connected,
				Source: "Connections.csv:2",
			},
			Team:        team,
			Function:    p.fn,
			Seniority:   p.sen,
			TieStrength: p.values[5] * 100,
		},
		Target: target,
	}
	for i, name := range components {
		if p.values[i] == 0 && name == "alumni" {
			continue // absent components count 0
		}
		c := analyze.Component{Name: name, Value: p.values[i], Points: p.values[i] * weights[i]}
		ref.Components = append(ref.Components, c)
		ref.Score += c.Points
	}
	switch {
	case ref.TieStrength >= 70:
		ref.Tie, ref.Approach = "close", "Ask directly for a referral"
	case ref.TieStrength >= 40:
		ref.Tie, ref.Approach = "known", "Catch up first, then ask"
	case ref.TieStrength > 0:
		ref.Tie, ref.Approach = "acquainted", "Reintroduce yourself with context"
	default:
		ref.Tie, ref.Approach = "none", "Cold message; mention the role"
	}
	ref.Why = fmt.Sprintf("works at %s as %q (%s, %s); %s tie, %.0f/100", p.company, p.position, p.fn, p.sen, ref.Tie, ref.TieStrength)
	return ref
}

// rankReferrals sorts refs best first (ties by name) and numbers them.
func rankReferrals(refs []analyze.Referral) {
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && less(&refs[j], &refs[j-1]); j-- {
			refs[j], refs[j-1] = refs[j-1], refs[j]
		}
	}
	for i := range refs {
		refs[i].Rank = i + 1
	}
}

func less(a, b *analyze.Referral) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Contact.Name() < b.Contact.Name()
}

// bigResult makes n referrals across five targets, deterministically, for
// benchmarks.
func bigResult(n int) *analyze.Result {
	targets := []string{"Stripe", "Datadog", "Google", "Spotify", "Shopify"}
	firsts := []string{"Ana", "Bo", "Chloé", "Diego", "Eve", "Fatima", "Grace", "Ivan", "Mei", "Noah"}
	lasts := []string{"Müller", "Chen", "Martin", "Fernández", "Adams", "Zahra", "Hopper", "Petrov", "Wong", "Schmidt"}
	positions := []string{"Senior Software Engineer", "Product Manager", "Data Scientist", "Engineering Manager", "Technical Recruiter"}
	r := &analyze.Result{Components: components, Contacts: n}
	per := (n + len(targets) - 1) / len(targets)
	for t, target := range targets {
		var refs []analyze.Referral
		for i := 0; i < per && len(r.Referrals)+len(refs) < n; i++ {
			k := t*per + i
			var v [6]float64
			for c := range v {
				v[c] = float64((k*(c+3)+c)%11) / 10
			}
			p := person{
				first:     firsts[k%len(firsts)],
				last:      fmt.Sprintf("%s %d", lasts[(k/10)%len(lasts)], k),
				url:       fmt.Sprintf("https://www.linkedin.com/in/person-%d", k),
				company:   target,
				position:  positions[k%len(positions)],
				fn:        analyze.Software,
				sen:       analyze.Senior,
				connected: day(2010+k%15, time.Month(1+k%12), 1+k%28),
				values:    v,
			}
			refs = append(refs, referral(target, "", p))
		}
		for i := range refs {
			refs[i].Rank = i + 1
		}
		r.Referrals = append(r.Referrals, refs...)
		r.Companies = append(r.Companies, analyze.CompanySummary{Target: target, Contacts: len(refs)})
		r.Targets = append(r.Targets, analyze.Target{Company: target})
	}
	for i := range n {
		ref := &r.Referrals[i%len(r.Referrals)]
		r.Network = append(r.Network, analyze.Member{
			Contact: ref.Contact, Employer: ref.Target, Function: ref.Function, Seniority: ref.Seniority,
			TieStrength: ref.TieStrength, Tie: ref.Tie, Messages: i % 7,
		})
	}
	return r
}
