package score

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/tie"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// history is the user of these tests: studied at the University of
// Washington 2015-2019, worked at Contoso 2019-2022, at Northwind since.
var history = tie.History{
	Schools: []analyze.School{{Name: "University of Washington", Start: day("2015-09-01"), End: day("2019-06-30")}},
	Jobs: []analyze.Job{
		{Company: "Northwind Traders", Title: "Senior Software Engineer", Start: day("2022-03-01")},
		{Company: "Contoso", Title: "Software Engineer", Start: day("2019-07-01"), End: day("2022-02-28")},
	},
	Now: day("2026-11-20"),
}

func contact(first, company, position, connected string) analyze.Contact {
	return analyze.Contact{
		FirstName:   first,
		LastName:    "Doe",
		URL:         "https://www.linkedin.com/in/" + strings.ToLower(first) + "-doe",
		Company:     company,
		Position:    position,
		ConnectedOn: day(connected),
	}
}

// TestPairwise checks that, at one company and equal in all but one
// factor, the contact with the better factor ranks higher.
func TestPairwise(t *testing.T) {
	tests := []struct {
		name          string
		target        analyze.Target
		better, worse analyze.Contact
	}{
		{"same role beats other role", analyze.Target{Company: "Amazon"},
			contact("Ann", "Amazon", "Software Engineer", "2024-01-10"),
			contact("Bob", "Amazon", "Account Executive", "2024-01-10")},
		{"adjacent role beats unrelated role", analyze.Target{Company: "Amazon"},
			contact("Ann", "Amazon", "Data Engineer", "2024-01-10"),
			contact("Bob", "Amazon", "Paralegal", "2024-01-10")},
		{"recruiter beats unrelated role", analyze.Target{Company: "Stripe"},
			contact("Ann", "Stripe", "Senior Technical Recruiter", "2024-01-10"),
			contact("Bob", "Stripe", "Senior Account Executive", "2024-01-10")},
		{"more senior beats less senior", analyze.Target{Company: "Amazon"},
			contact("Ann", "Amazon", "Senior Software Engineer", "2024-01-10"),
			contact("Bob", "Amazon", "Software Engineer", "2024-01-10")},
		{"director beats senior", analyze.Target{Company: "Stripe"},
			contact("Ann", "Stripe", "Director of Engineering", "2024-01-10"),
			contact("Bob", "Stripe", "Senior Software Engineer", "2024-01-10")},
		{"same team beats other team", analyze.Target{Company: "Amazon", Team: "Music"},
			contact("Ann", "Amazon", "SDE II, Amazon Music", "2024-01-10"),
			contact("Bob", "Amazon", "SDE II, Prime Video", "2024-01-10")},
		{"team from the employer brand", analyze.Target{Company: "Amazon", Team: "AWS"},
			contact("Ann", "Amazon Web Services (AWS)", "Software Development Engineer", "2024-01-10"),
			contact("Bob", "Amazon", "Software Development Engineer", "2024-01-10")},
		{"possible classmate beats stranger", analyze.Target{Company: "Stripe"},
			contact("Ann", "Stripe", "Software Engineer", "2017-04-02"),
			contact("Bob", "Stripe", "Software Engineer", "2014-04-02")},
		{"probable colleague beats stranger", analyze.Target{Company: "Contoso"},
			contact("Ann", "Contoso", "Software Engineer", "2020-04-02"),
			contact("Bob", "Contoso", "Software Engineer", "2023-04-02")},
		{"possibly met at a past job beats stranger", analyze.Target{Company: "Amazon"},
			contact("Ann", "Amazon", "Software Engineer", "2021-04-02"),
			contact("Bob", "Amazon", "Software Engineer", "2023-04-02")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Both orders of input, so the ranking cannot come from it.
			for _, in := range [][]analyze.Contact{{tt.better, tt.worse}, {tt.worse, tt.better}} {
				r := Rank(in, Options{Targets: []analyze.Target{tt.target}, Role: analyze.Software, History: history})
				if len(r.Referrals) != 2 {
					t.Fatalf("got %d referrals, want 2: %+v", len(r.Referrals), r.Referrals)
				}
				first, second := r.Referrals[0], r.Referrals[1]
				if first.Contact.FirstName != tt.better.FirstName || first.Score <= second.Score {
					t.Errorf("ranked %s (%.1f: %s) above %s (%.1f: %s)",
						first.Contact.FirstName, first.Score, first.Why,
						second.Contact.FirstName, second.Score, second.Why)
				}
			}
		})
	}
}

func TestTargetsAndFiltering(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Ann", "Amazon", "Software Engineer", "2024-01-10"),
		contact("Bea", "Audible", "Software Engineer", "2024-01-10"),
		contact("Cal", "Amazonas Energia", "Software Engineer", "2024-01-10"),
		contact("Dan", "Stripes Convenience Stores", "Software Engineer", "2024-01-10"),
		contact("Eve", "Stripe, Inc.", "Software Engineer", "2024-01-10"),
		contact("Fay", "", "Software Engineer", "2024-01-10"),
	}
	r := Rank(contacts, Options{
		Targets: []analyze.Target{{Company: "Stripe"}, {Company: "Amazon"}},
		Role:    analyze.Software,
		History: history,
	})
	var got []string
	for _, ref := range r.Referrals {
		got = append(got, ref.Target+":"+ref.Contact.FirstName)
	}
	want := []string{"Stripe:Eve", "Amazon:Ann", "Amazon:Bea"}
	if !slices.Equal(got, want) {
		t.Errorf("referrals = %v, want %v", got, want)
	}
	if r.Contacts != len(contacts) {
		t.Errorf("Contacts = %d, want %d", r.Contacts, len(contacts))
	}
	if len(r.Companies) != 2 || r.Companies[0].Target != "Stripe" || r.Companies[1].Contacts != 2 {
		t.Errorf("Companies = %+v", r.Companies)
	}
}

func TestNoTargets(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Ann", "Amazon", "Software Engineer", "2024-01-10"),
		contact("Bea", "Amazon Web Services (AWS)", "Principal Engineer", "2024-01-10"),
		contact("Cal", "Fabrikam", "Sales Manager", "2024-01-10"),
		contact("Dan", "fabrikam", "Sales Manager", "2024-01-10"),
		contact("Eve", "Fabrikam", "Account Executive", "2024-01-10"),
	}
	r := Rank(contacts, Options{Role: analyze.Software, History: history})
	var targets []string
	for _, c := range r.Companies {
		targets = append(targets, c.Target)
	}
	if want := []string{"Amazon", "Fabrikam"}; !slices.Equal(targets, want) {
		t.Errorf("targets = %v, want %v", targets, want)
	}
	for _, ref := range r.Referrals {
		if ref.Rank < 1 {
			t.Errorf("%s has rank %d", ref.Contact.FirstName, ref.Rank)
		}
	}
	// All Contacts names each employer as the Summary does, whatever the
	// spelling: Dan's "fabrikam" is the Fabrikam of the others.
	for _, m := range r.Network {
		if m.Employer != "Amazon" && m.Employer != "Fabrikam" {
			t.Errorf("%s (%q) is at %q in the network", m.Contact.FirstName, m.Contact.Company, m.Employer)
		}
	}
}

// TestNoTargetsOneEmployer checks that, with no target, the spellings of
// one employer (its units, countries and legal forms, as the company
// package resolves them) make one company, named once.
func TestNoTargetsOneEmployer(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Ann", "Bosch", "Software Engineer", "2024-01-10"),
		contact("Bea", "Bosch Global Software Technologies", "Software Engineer", "2024-01-10"),
		contact("Cal", "Robert Bosch Engineering and Business Solutions Private Limited", "Software Engineer", "2024-01-10"),
		contact("Dan", "Northwind Traders, Inc.", "Software Engineer", "2024-01-10"),
		contact("Eve", "Northwind Traders", "Software Engineer", "2024-01-10"),
		contact("Fay", "Northwind Traders", "Software Engineer", "2024-01-10"),
	}
	r := Rank(contacts, Options{Role: analyze.Software, History: history})
	got := map[string]int{}
	for _, c := range r.Companies {
		got[c.Target] = c.Contacts
	}
	if len(got) != 2 || got["Bosch"] != 3 || got["Northwind Traders"] != 3 {
		t.Errorf("companies = %v, want Bosch and Northwind Traders with 3 each", got)
	}
	for _, m := range r.Network {
		if m.Employer != "Bosch" && m.Employer != "Northwind Traders" {
			t.Errorf("%s (%q) is at %q in the network", m.Contact.FirstName, m.Contact.Company, m.Employer)
		}
	}
}

// TestNetworkWithoutEmployer checks that All Contacts holds every named
// contact, in the order read, those without an employer too, while only
// those with one are referrers.
func TestNetworkWithoutEmployer(t *testing.T) {
	noName := contact("", "Amazon", "Software Engineer", "2024-01-10")
	noName.LastName = ""
	contacts := []analyze.Contact{
		contact("Ann", "Amazon", "Software Engineer", "2024-01-10"),
		contact("Bea", "", "Software Engineer", "2024-01-10"),
		noName,
		contact("Cal", "Fabrikam", "Sales Manager", "2024-01-10"),
	}
	r := Rank(contacts, Options{Role: analyze.Software, History: history})
	var network []string
	for _, m := range r.Network {
		network = append(network, m.Contact.FirstName+"@"+m.Employer)
	}
	if want := []string{"Ann@Amazon", "Bea@", "Cal@Fabrikam"}; !slices.Equal(network, want) {
		t.Errorf("network %q, want %q", network, want)
	}
	for _, ref := range r.Referrals {
		if ref.Contact.FirstName == "Bea" {
			t.Errorf("Bea, without an employer, is a referrer to %s", ref.Target)
		}
	}
}

func TestTop(t *testing.T) {
	var contacts []analyze.Contact
	for _, n := range []string{"Ann", "Bea", "Cal", "Dan"} {
		contacts = append(contacts, contact(n, "Stripe", "Software Engineer", "2024-01-10"))
	}
	r := Rank(contacts, Options{Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, Top: 2, History: history})
	if len(r.Referrals) != 2 || r.Referrals[0].Rank != 1 || r.Referrals[1].Rank != 2 {
		t.Fatalf("got %+v", r.Referrals)
	}
	// Equal scores: by name.
	if r.Referrals[0].Contact.FirstName != "Ann" || r.Referrals[1].Contact.FirstName != "Bea" {
		t.Errorf("tie-break by name failed: %s, %s", r.Referrals[0].Contact.FirstName, r.Referrals[1].Contact.FirstName)
	}
	if r.Companies[0].Contacts != 4 {
		t.Errorf("the summary counts every contact there, listed or not: %+v", r.Companies[0])
	}
}

func TestScoreAddsUp(t *testing.T) {
	c := contact("Ann", "Amazon", "Senior Software Engineer, Amazon Music", "2017-03-01")
	r := Rank([]analyze.Contact{c}, Options{Targets: []analyze.Target{{Company: "Amazon", Team: "Music"}}, Role: analyze.Software, History: history})
	ref := r.Referrals[0]
	// Points apportioned one by one would add up to a total 0.1 off the
	// rounded score for some of these, under any weights.
	var all []analyze.Contact
	for i, pos := range []string{"Software Engineer", "Senior Product Manager", "Technical Recruiter", "Staff Data Scientist", "Director of Engineering", "Paralegal"} {
		for j, on := range []string{"2017-03-01", "2020-03-11", "2021-06-01", "2024-01-10"} {
			all = append(all, contact(string(rune('A'+i))+string(rune('a'+j)), "Contoso", pos+", Payments", on))
		}
	}
	for _, w := range []map[string]float64{nil, {"tie": 60}, {"team": 0}, {"tie": 0, "alumni": 0}, {"role": 0, "seniority": 0, "team": 0}, {"role": 7, "seniority": 3, "team": 1, "alumni": 2, "tie": 9}} {
		ws, err := Weights(w)
		if err != nil {
			t.Fatal(err)
		}
		for _, target := range []analyze.Target{{Company: "Contoso"}, {Company: "Contoso", Team: "Payments"}} {
			for _, ref := range Rank(all, Options{Targets: []analyze.Target{target}, Role: analyze.Software, History: history, Weights: ws}).Referrals {
				var units int
				for _, comp := range ref.Components {
					n := math.Round(comp.Points * 10)
					if n < 0 || math.Abs(comp.Points*10-n) > 1e-9 || comp.Value == 0 && comp.Points != 0 {
						t.Errorf("%v %s: %s has %v points (value %v)", w, ref.Contact.Position, comp.Name, comp.Points, comp.Value)
					}
					units += int(n)
				}
				if float64(units) != math.Round(ref.Score*10) || ref.Score > 100 {
					t.Errorf("%v, team %q, %s: points add up to %.1f, score is %.1f", w, target.Team, ref.Contact.Position, float64(units)/10, ref.Score)
				}
			}
		}
	}
	if !slices.Equal(r.Components, []string{"role", "seniority", "team", "alumni", "tie"}) {
		t.Errorf("Components = %v", r.Components)
	}
	for _, want := range []string{"same team (Music)", "software", "senior", "possible classmate (University of Washington, 2015-2019)"} {
		if !strings.Contains(ref.Why, want) {
			t.Errorf("Why = %q, want it to mention %q", ref.Why, want)
		}
	}
	if ref.Tie != analyze.Acquainted || ref.Approach != analyze.AskAdvice {
		t.Errorf("Tie, Approach = %q, %q", ref.Tie, ref.Approach)
	}
}

func TestWeights(t *testing.T) {
	tests := []struct {
		name    string
		in      map[string]float64
		wantErr string
	}{
		{"defaults", nil, ""},
		{"override", map[string]float64{"tie": 50}, ""},
		{"unknown", map[string]float64{"luck": 1}, `unknown score component "luck"`},
		{"negative", map[string]float64{"role": -1}, "at least 0"},
		{"all zero", map[string]float64{"role": 0, "seniority": 0, "team": 0, "alumni": 0, "tie": 0}, "above 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, err := Weights(tt.in)
			if tt.wantErr == "" {
				if err != nil || len(ws) != len(DefaultWeights) {
					t.Fatalf("Weights = %v, %v", ws, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

func TestWeightOverrideChangesRanking(t *testing.T) {
	senior := contact("Ann", "Stripe", "Director of Engineering", "2024-01-10")
	classmate := contact("Bob", "Stripe", "Software Engineer", "2017-01-10")
	opt := Options{Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, History: history}
	ws, _ := Weights(map[string]float64{"alumni": 0, "tie": 0})
	opt.Weights = ws
	if r := Rank([]analyze.Contact{senior, classmate}, opt); r.Referrals[0].Contact.FirstName != "Ann" {
		t.Errorf("without ties the director should lead: %s", r.Referrals[0].Why)
	}
	ws, _ = Weights(map[string]float64{"seniority": 0})
	opt.Weights = ws
	if r := Rank([]analyze.Contact{senior, classmate}, opt); r.Referrals[0].Contact.FirstName != "Bob" {
		t.Errorf("without seniority the classmate should lead: %s", r.Referrals[0].Why)
	}
}

func TestBrandTarget(t *testing.T) {
	contacts := []analyze.Contact{
		contact("Ann", "Amazon", "Software Development Engineer", "2024-01-10"),
		contact("Bea", "Amazon Web Services (AWS)", "Software Development Engineer", "2024-01-10"),
	}
	r := Rank(contacts, Options{Targets: []analyze.Target{{Company: "AWS"}}, Role: analyze.Software, History: history})
	if len(r.Referrals) != 2 || r.Referrals[0].Contact.FirstName != "Bea" {
		t.Fatalf("want both Amazon contacts, the AWS one first: %+v", r.Referrals)
	}
	if !strings.Contains(r.Referrals[0].Why, "same team (AWS)") {
		t.Errorf("Why = %q", r.Referrals[0].Why)
	}
}

// TestPairwiseTies checks that, at one company and equal otherwise, each
// piece of evidence of a relationship lifts a contact above the same
// contact without it.
func TestPairwiseTies(t *testing.T) {
	last := day("2026-09-03")
	with := func(c analyze.Contact, in analyze.Interaction) analyze.Interaction {
		in.Person = analyze.Person{Name: c.Name(), URL: c.URL}
		return in
	}
	ann := contact("Ann", "Stripe", "Software Engineer", "2024-01-10")
	bob := contact("Bob", "Stripe", "Software Engineer", "2024-01-10")
	tests := []struct {
		name   string
		inter  []analyze.Interaction
		notes  []analyze.Note
		better analyze.Contact
		worse  analyze.Contact
	}{
		{"two-way messages", []analyze.Interaction{with(ann, analyze.Interaction{Sent: 6, Received: 5, Conversations: 1, FirstMessage: last, LastMessage: last})}, nil, ann, bob},
		{"a reply beats one-way messages", []analyze.Interaction{
			with(ann, analyze.Interaction{Sent: 5, Received: 1, LastMessage: last}),
			with(bob, analyze.Interaction{Sent: 6, LastMessage: last})}, nil, ann, bob},
		{"recommender", []analyze.Interaction{with(bob, analyze.Interaction{RecommendedUser: true})}, nil, bob, ann},
		{"recommendation beats endorsement", []analyze.Interaction{
			with(bob, analyze.Interaction{RecommendedUser: true}),
			with(ann, analyze.Interaction{EndorsedUser: 1})}, nil, bob, ann},
		{"endorser", []analyze.Interaction{with(ann, analyze.Interaction{EndorsedUser: 1})}, nil, ann, bob},
		{"invitation with a note", []analyze.Interaction{with(bob, analyze.Interaction{InvitedUser: true, InvitationNote: true})}, nil, bob, ann},
		{"notes say close", nil, []analyze.Note{{Name: "Bob Doe", Relationship: "close"}}, bob, ann},
		{"notes name a shared past employer", nil, []analyze.Note{{URL: bob.URL, PastCompanies: []string{"Contoso"}}}, bob, ann},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, in := range [][]analyze.Contact{{tt.better, tt.worse}, {tt.worse, tt.better}} {
				r := Rank(in, Options{Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, History: history,
					Interactions: tt.inter, Notes: tt.notes})
				first, second := r.Referrals[0], r.Referrals[1]
				if first.Contact.FirstName != tt.better.FirstName || first.Score <= second.Score {
					t.Errorf("ranked %s (%.1f: %s) above %s (%.1f: %s)",
						first.Contact.FirstName, first.Score, first.Why,
						second.Contact.FirstName, second.Score, second.Why)
				}
			}
		})
	}
}

// TestTieOutweighsOneLevel checks what the README promises: at one
// company, a close same-role peer outranks a same-role stranger one level
// more senior, and a close friend outranks a stranger of their function.
func TestTieOutweighsOneLevel(t *testing.T) {
	last := day("2026-10-01")
	peer := contact("Ann", "Stripe", "Software Engineer", "2019-01-10")
	senior := contact("Bob", "Stripe", "Senior Software Engineer", "2019-01-10")
	friendPM := contact("Cat", "Stripe", "Product Manager", "2019-01-10")
	strangerPM := contact("Dan", "Stripe", "Product Manager", "2019-01-10")
	close := func(c analyze.Contact) analyze.Interaction {
		return analyze.Interaction{Person: analyze.Person{URL: c.URL}, Sent: 15, Received: 15, FirstMessage: day("2019-02-01"), LastMessage: last}
	}
	r := Rank([]analyze.Contact{senior, peer, strangerPM, friendPM}, Options{
		Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, History: history,
		Interactions: []analyze.Interaction{close(peer), close(friendPM)},
	})
	var order []string
	for _, ref := range r.Referrals {
		order = append(order, ref.Contact.FirstName+":"+string(ref.Tie))
	}
	if r.Referrals[0].Contact.FirstName != "Ann" || r.Referrals[0].Tie != analyze.Close {
		t.Errorf("a close peer should lead: %v", order)
	}
	pos := func(name string) int {
		return slices.IndexFunc(r.Referrals, func(ref analyze.Referral) bool { return ref.Contact.FirstName == name })
	}
	if pos("Ann") > pos("Bob") || pos("Cat") > pos("Dan") {
		t.Errorf("order = %v", order)
	}
	if ref := r.Referrals[pos("Ann")]; ref.Approach != analyze.AskDirectly || ref.Messages != 30 || !ref.LastMessage.Equal(last) {
		t.Errorf("Ann: approach %q, %d messages, last %v", ref.Approach, ref.Messages, ref.LastMessage)
	}
	if !strings.Contains(r.Referrals[0].Why, "30 messages, both ways, last Oct 2026") {
		t.Errorf("Why = %q", r.Referrals[0].Why)
	}
	if len(r.Network) != 4 {
		t.Errorf("Network has %d members, want 4", len(r.Network))
	}
}

func TestNoteSaysNone(t *testing.T) {
	ann := contact("Ann", "Stripe", "Software Engineer", "2024-01-10")
	bob := contact("Bob", "Stripe", "Software Engineer", "2024-01-10")
	r := Rank([]analyze.Contact{ann, bob}, Options{
		Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, History: history,
		Interactions: []analyze.Interaction{{Person: analyze.Person{URL: ann.URL}, Sent: 6, Received: 5, LastMessage: day("2026-09-03")}},
		Notes:        []analyze.Note{{URL: ann.URL, Relationship: "none", Status: "declined", Source: "notes.csv:2"}},
	})
	a, b := r.Referrals[0], r.Referrals[1]
	if a.Contact.FirstName != "Ann" || a.Tie != analyze.NoTie || a.Score != b.Score || a.Approach != analyze.AskIntroduction {
		t.Errorf("a none note makes a stranger of Ann: %+v", a)
	}
	if a.Note.Status != "declined" || b.Note.Status != "" {
		t.Errorf("notes carried: %q, %q", a.Note.Status, b.Note.Status)
	}
}

func TestTargetRole(t *testing.T) {
	pm := contact("Ann", "Stripe", "Product Manager", "2024-01-10")
	swe := contact("Bob", "Stripe", "Software Engineer", "2024-01-10")
	gpm := contact("Cat", "Google", "Product Manager", "2024-01-10")
	gswe := contact("Dan", "Google", "Software Engineer", "2024-01-10")
	r := Rank([]analyze.Contact{pm, swe, gpm, gswe}, Options{
		Targets: []analyze.Target{{Company: "Stripe", Role: analyze.Product}, {Company: "Google"}},
		Role:    analyze.Software, History: history,
	})
	var got []string
	for _, ref := range r.Referrals {
		got = append(got, ref.Target+":"+ref.Contact.FirstName)
	}
	if want := []string{"Stripe:Ann", "Stripe:Bob", "Google:Dan", "Google:Cat"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v: each target ranks for its own role", got, want)
	}
}

// TestPairwiseWorth checks the orderings of a referral's worth: what the
// referrer can do times how likely and genuine their referral is. At one
// company, with nothing inferred (every contact connected before the
// user's first school or job, but for the one guessed a classmate), each
// better contact ranks above the worse one, and each has the tier the
// case names.
func TestPairwiseWorth(t *testing.T) {
	const old = "2013-05-01" // before any school or job of the user's
	type who struct {
		position       string
		tier           analyze.Tier
		sent, received int    // messages this year
		on             string // when they connected, if not before everything
	}
	stranger := func(pos string) who { return who{pos, analyze.NoTie, 0, 0, ""} }
	closeTo := func(pos string) who { return who{pos, analyze.Close, 20, 20, ""} } // 40 messages both ways
	known := func(pos string) who { return who{pos, analyze.Known, 3, 2, ""} }     // a handful both ways
	tests := []struct {
		name          string
		better, worse who
	}{
		{"close senior PM above stranger director", closeTo("Senior Product Manager"), stranger("Director of Engineering")},
		{"close PM above stranger one level up", closeTo("Product Manager"), stranger("Senior Software Engineer")},
		{"close PM above stranger two levels up", closeTo("Product Manager"), stranger("Staff Software Engineer")},
		{"close associate PM above stranger two levels up", closeTo("Associate Product Manager"), stranger("Software Engineer")},
		{"close data scientist above stranger two levels up", closeTo("Senior Data Scientist"), stranger("Engineering Manager")},
		{"close recruiter above stranger in the role", closeTo("Technical Recruiter"), stranger("Software Engineer")},
		{"close senior recruiter above stranger senior", closeTo("Senior Technical Recruiter"), stranger("Senior Software Engineer")},
		{"close recruiter above stranger two levels up", closeTo("Technical Recruiter"), stranger("Staff Software Engineer")},
		{"known peer above stranger peer", known("Software Engineer"), stranger("Software Engineer")},
		{"known peer above stranger one level up", known("Software Engineer"), stranger("Senior Software Engineer")},
		{"known peer above stranger two levels up", known("Software Engineer"), stranger("Staff Software Engineer")},
		{"known senior above stranger director", known("Senior Software Engineer"), stranger("Director of Engineering")},
		{"known entry above stranger mid", known("Junior Software Engineer"), stranger("Senior Software Engineer")},
		{"strangers: senior above mid", stranger("Senior Software Engineer"), stranger("Software Engineer")},
		{"strangers: director above staff", stranger("Director of Engineering"), stranger("Staff Software Engineer")},
		{"strangers: vp above director", stranger("VP of Engineering"), stranger("Director of Engineering")},
		{"close: in the role above product", closeTo("Software Engineer"), closeTo("Product Manager")},
		{"close: in the role above a senior in product", closeTo("Software Engineer"), closeTo("Senior Product Manager")},
		{"close: in the role above recruiter", closeTo("Software Engineer"), closeTo("Technical Recruiter")},
		{"close: in the role above sales", closeTo("Software Engineer"), closeTo("Account Executive")},
		{"close friend in sales above stranger in the role", closeTo("Account Executive"), stranger("Software Engineer")},
		{"known peer above a guessed classmate", known("Software Engineer"), who{"Software Engineer", analyze.Acquainted, 0, 0, "2017-04-02"}},
	}
	this := history.Now.AddDate(0, -1, 0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			better := contact("Ann", "Stripe", tt.better.position, cmp.Or(tt.better.on, old))
			worse := contact("Bob", "Stripe", tt.worse.position, cmp.Or(tt.worse.on, old))
			var inter []analyze.Interaction
			for _, x := range []struct {
				c analyze.Contact
				w who
			}{{better, tt.better}, {worse, tt.worse}} {
				if x.w.sent+x.w.received > 0 {
					inter = append(inter, analyze.Interaction{Person: analyze.Person{URL: x.c.URL},
						Sent: x.w.sent, Received: x.w.received, Conversations: 1, FirstMessage: this, LastMessage: this})
				}
			}
			for _, in := range [][]analyze.Contact{{better, worse}, {worse, better}} {
				r := Rank(in, Options{Targets: []analyze.Target{{Company: "Stripe"}}, Role: analyze.Software, History: history, Interactions: inter})
				first, second := r.Referrals[0], r.Referrals[1]
				if first.Contact.FirstName != "Ann" || first.Score <= second.Score {
					t.Errorf("ranked %s (%.1f: %s) above %s (%.1f: %s)",
						first.Contact.FirstName, first.Score, first.Why,
						second.Contact.FirstName, second.Score, second.Why)
				}
				t.Logf("%.1f (%s, %.1f) over %.1f (%s, %.1f)", first.Score, first.Tie, first.TieStrength, second.Score, second.Tie, second.TieStrength)
				for _, ref := range r.Referrals {
					want := tt.better.tier
					if ref.Contact.FirstName == "Bob" {
						want = tt.worse.tier
					}
					if ref.Tie != want {
						t.Errorf("%s (%s) is %s (%.1f), the case wants %s", ref.Contact.FirstName, ref.Contact.Position, ref.Tie, ref.TieStrength, want)
					}
				}
			}
		})
	}
}
