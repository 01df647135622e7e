package export

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
)

func TestMerge(t *testing.T) {
	old := &analyze.Export{
		Contacts: []analyze.Contact{
			{FirstName: "Maya", LastName: "Okafor", URL: "https://www.linkedin.com/in/maya-okafor", Company: "Contoso", Source: "old:2"},
			{FirstName: "Jane", LastName: "Doe", Company: "Acme", Email: "jane@example.com", ConnectedOn: d(2018, 1, 1), Source: "old:3"},
		},
		Jobs:     []analyze.Job{{Company: "Contoso", Title: "Engineer", Start: d(2019, 9, 1), End: d(2022, 6, 30)}},
		Schools:  []analyze.School{{Name: "University of Washington", Start: d(2015, 1, 1), End: d(2019, 12, 31)}},
		Inputs:   []analyze.Input{{File: "old", Rows: 2}},
		Warnings: []analyze.Warning{{File: "old", Msg: "w1"}},
		Date:     d(2022, 5, 5),
	}
	cur := &analyze.Export{
		Contacts: []analyze.Contact{
			// Same URL, spelled differently: the same person.
			{FirstName: "Maya", LastName: "Okafor", URL: "https://linkedin.com/in/Maya-Okafor/", Email: "maya@example.com",
				Company: "Northwind", Position: "Recruiter", ConnectedOn: d(2020, 1, 1), Source: "new:2"},
			{FirstName: "jane", LastName: "DOE", Company: " acme", Position: "CEO", Source: "new:3"},
			{FirstName: "Al", LastName: "Poe", Source: "new:4"},
		},
		Jobs: []analyze.Job{
			{Company: "contoso ", Title: "Engineer", Start: d(2019, 9, 1), End: d(2022, 6, 30)},
			{Company: "Northwind", Title: "Engineer", Start: d(2022, 7, 1)},
		},
		Schools:  []analyze.School{{Name: "University of Washington", Start: d(2015, 1, 1), End: d(2019, 12, 31)}},
		Inputs:   []analyze.Input{{File: "new", Rows: 3}},
		Warnings: []analyze.Warning{{File: "new", Msg: "w2"}},
		Date:     d(2026, 2, 6),
	}
	m := Merge(old, nil, cur)
	// The newer export's rows win, whatever the order given: Maya moved
	// from Contoso to Northwind. The older one fills their empty fields.
	want := []analyze.Contact{
		{FirstName: "Maya", LastName: "Okafor", URL: "https://linkedin.com/in/Maya-Okafor/", Email: "maya@example.com",
			Company: "Northwind", Position: "Recruiter", ConnectedOn: d(2020, 1, 1), Source: "new:2"},
		{FirstName: "jane", LastName: "DOE", Company: " acme", Position: "CEO", Email: "jane@example.com", ConnectedOn: d(2018, 1, 1), Source: "new:3"},
		{FirstName: "Al", LastName: "Poe", Source: "new:4"},
	}
	if !equalSlices(m.Contacts, want) {
		t.Errorf("contacts:\n got %+v\nwant %+v", m.Contacts, want)
	}
	if len(m.Jobs) != 2 || len(m.Schools) != 1 || len(m.Inputs) != 2 || m.Inputs[0].File != "old" ||
		len(m.Warnings) != 2 || m.Warnings[1].Msg != "w2" {
		t.Errorf("got %+v", m)
	}
	if !m.Date.Equal(d(2026, 2, 6)) {
		t.Errorf("Date = %v", m.Date)
	}
	if e := Merge(); e == nil || len(e.Contacts) != 0 {
		t.Errorf("Merge() = %+v", e)
	}
}

// TestMergeEras merges the 2023-06 export (no URLs) with the current one:
// contacts match by name and company only where the URL is missing on
// both sides, so the two eras add up.
func TestMergeEras(t *testing.T) {
	a, err := Read(osDirFS(t, "../../testdata/eras/current"), "current")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(osDirFS(t, "../../testdata/eras/excel"), "excel")
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(a, b)
	if len(m.Contacts) != len(a.Contacts) || len(m.Jobs) != 4 || len(m.Schools) != 3 || !m.Date.Equal(a.Date) {
		t.Errorf("got %d contacts, %d jobs, %d schools, %v", len(m.Contacts), len(m.Jobs), len(m.Schools), m.Date)
	}
}

func TestMergeByNameWhenAURLIsMissing(t *testing.T) {
	old := &analyze.Export{Contacts: []analyze.Contact{
		{FirstName: "Ann", LastName: "Lee", Company: "Contoso", Position: "Engineer"},
		{FirstName: "Bo", LastName: "Chen", Company: "Fabrikam"},
		{FirstName: "Sam", LastName: "Kim", Company: "Stripe"},
		{FirstName: "Tomas", LastName: "Rivera", Company: "Societe Generale"},
	}}
	current := &analyze.Export{Contacts: []analyze.Contact{
		// The same person as the older row: accents and a credential
		// do not make a second one (analyze.NameKey).
		{FirstName: "Tomás", LastName: "Rivera, PMP", Company: "Société  Générale", URL: "https://www.linkedin.com/in/tomas-rivera"},
		{FirstName: "Ann", LastName: "Lee", Company: "Contoso", URL: "https://www.linkedin.com/in/ann-lee"},
		{FirstName: "Bo", LastName: "Chen", Company: "Stripe", URL: "https://www.linkedin.com/in/bo-chen"}, // moved: another row
		{FirstName: "Sam", LastName: "Kim", Company: "Stripe", URL: "https://www.linkedin.com/in/sam-kim-1"},
		{FirstName: "Sam", LastName: "Kim", Company: "Stripe", URL: "https://www.linkedin.com/in/sam-kim-2"}, // a namesake
	}}
	m := Merge(old, current)
	var got []string
	for _, c := range m.Contacts {
		got = append(got, c.Name()+"@"+c.Company+" "+c.URL)
	}
	want := []string{
		"Ann Lee@Contoso https://www.linkedin.com/in/ann-lee",
		"Bo Chen@Fabrikam ",
		"Sam Kim@Stripe https://www.linkedin.com/in/sam-kim-1",
		"Tomas Rivera@Societe Generale https://www.linkedin.com/in/tomas-rivera",
		"Bo Chen@Stripe https://www.linkedin.com/in/bo-chen",
		"Sam Kim@Stripe https://www.linkedin.com/in/sam-kim-2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMergeCurrentJob(t *testing.T) {
	ann := func(company, position string) analyze.Contact {
		return analyze.Contact{FirstName: "Ann", LastName: "Lee", URL: "https://www.linkedin.com/in/ann-lee", Company: company, Position: position}
	}
	for _, tc := range []struct {
		name                  string
		old, new              analyze.Contact
		wantCompany, wantRole string
	}{
		{"moved", ann("Contoso", "Engineer"), ann("Stripe", "Staff Engineer"), "Stripe", "Staff Engineer"},
		{"between jobs", ann("Contoso", "Engineer"), ann("", ""), "", ""},
		{"same job", ann("Contoso", "Engineer"), ann("Contoso", "Engineer"), "Contoso", "Engineer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			oldX := &analyze.Export{Contacts: []analyze.Contact{tc.old}, Date: d(2021, 3, 1)}
			newX := &analyze.Export{Contacts: []analyze.Contact{tc.new}, Date: d(2026, 2, 6)}
			for _, order := range [][]*analyze.Export{{oldX, newX}, {newX, oldX}} {
				m := Merge(order...)
				if len(m.Contacts) != 1 || m.Contacts[0].Company != tc.wantCompany || m.Contacts[0].Position != tc.wantRole {
					t.Errorf("got %+v, want %q at %q", m.Contacts, tc.wantRole, tc.wantCompany)
				}
			}
		})
	}
}

// TestMergeInteractions merges two archives of one account: the newer
// holds the messages of the older, so counts are not added up.
func TestMergeInteractions(t *testing.T) {
	priya := analyze.Person{Name: "Priya Raman", URL: "https://www.linkedin.com/in/priya-raman"}
	oldX := &analyze.Export{Date: d(2018, 10, 20), Interactions: []analyze.Interaction{
		// 2018 messages.csv: names only.
		{Person: analyze.Person{Name: "Priya  RAMAN"}, File: "old.zip:messages.csv", Sent: 3, Received: 2, Conversations: 1,
			FirstMessage: d(2018, 1, 5), LastMessage: d(2018, 10, 1)},
		{Person: analyze.Person{Name: "Grace Nakamura"}, File: "old.zip:messages.csv", Sent: 1, Conversations: 1,
			FirstMessage: d(2017, 3, 1), LastMessage: d(2017, 3, 1)},
		{Person: priya, File: "old.zip:Endorsement_Received_Info.csv", EndorsedUser: 2},
	}}
	newX := &analyze.Export{Date: d(2026, 2, 6), Interactions: []analyze.Interaction{
		{Person: priya, File: "new/messages.csv", Sent: 10, Received: 12, Conversations: 3,
			FirstMessage: d(2018, 1, 5), LastMessage: d(2025, 12, 1)},
		{Person: priya, File: "new/Endorsement_Received_Info.csv", EndorsedUser: 2},
		{Person: priya, File: "new/Invitations.csv", InvitedUser: true},
	}}
	m := Merge(oldX, newX)
	var got []string
	for _, x := range m.Interactions {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d/%d c%d e%d i%v|%s..%s", kindOf(x.File), x.Person.Name, x.Person.URL,
			x.Sent, x.Received, x.Conversations, x.EndorsedUser, x.InvitedUser,
			x.FirstMessage.Format(time.DateOnly), x.LastMessage.Format(time.DateOnly)))
	}
	want := []string{
		"messages.csv|Priya Raman|https://www.linkedin.com/in/priya-raman|10/12 c3 e0 ifalse|2018-01-05..2025-12-01",
		"endorsement_received_info.csv|Priya Raman|https://www.linkedin.com/in/priya-raman|0/0 c0 e2 ifalse|0001-01-01..0001-01-01",
		"invitations.csv|Priya Raman|https://www.linkedin.com/in/priya-raman|0/0 c0 e0 itrue|0001-01-01..0001-01-01",
		"messages.csv|Grace Nakamura||1/0 c1 e0 ifalse|2017-03-01..2017-03-01",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("interactions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One export: its interactions as they are.
	if m := Merge(oldX); len(m.Interactions) != 3 || m.Interactions[0].Person.Name != "Priya  RAMAN" {
		t.Errorf("one export: %+v", m.Interactions)
	}
}

// TestMergeIdentity merges an old export (no URLs, old employers) into a
// new one: the same person is joined by URL, else by name and connection
// day, else by name and company; a namesake stays another person.
func TestMergeIdentity(t *testing.T) {
	old := &analyze.Export{Date: d(2020, 10, 1), Contacts: []analyze.Contact{
		{FirstName: "Maya", LastName: "Okafor", Company: "Contoso", ConnectedOn: d(2019, 3, 4)},
		{FirstName: "John", LastName: "Smith", Company: "Acme", ConnectedOn: d(2018, 1, 1)},
		{FirstName: "Tomás", LastName: "Rivera, PMP", Company: "Fabrikam", ConnectedOn: d(2017, 6, 2)},
		{FirstName: "Al", LastName: "Poe", Company: "Acme"},
		{FirstName: "Ines", LastName: "Costa", URL: "https://www.linkedin.com/in/ines", Company: "Old Co", ConnectedOn: d(2016, 1, 1)},
		{FirstName: "Lee", LastName: "Wong", Company: "A", ConnectedOn: d(2015, 5, 5)},
		{FirstName: "Lee", LastName: "Wong", Company: "B", ConnectedOn: d(2015, 5, 5)},
	}}
	cur := &analyze.Export{Date: d(2025, 1, 10), Contacts: []analyze.Contact{
		{FirstName: "Maya", LastName: "Okafor", URL: "https://www.linkedin.com/in/maya", Company: "Northwind", ConnectedOn: d(2019, 3, 4)},
		{FirstName: "John", LastName: "Smith", URL: "https://www.linkedin.com/in/john-2", Company: "Acme", ConnectedOn: d(2020, 5, 5)},
		{FirstName: "Tomas", LastName: "Rivera", URL: "https://www.linkedin.com/in/tomas", Company: "Contoso", ConnectedOn: d(2017, 6, 2)},
		{FirstName: "Al", LastName: "Poe", URL: "https://www.linkedin.com/in/al", Company: "acme", ConnectedOn: d(2014, 2, 2)},
		{FirstName: "Ines", LastName: "Costa", URL: "linkedin.com/in/Ines/", Company: "New Co", ConnectedOn: d(2016, 1, 1)},
		{FirstName: "Lee", LastName: "Wong", URL: "https://www.linkedin.com/in/lee", Company: "C", ConnectedOn: d(2015, 5, 5)},
	}}
	m := Merge(old, cur)
	var got []string
	for _, c := range m.Contacts {
		got = append(got, c.Name()+" at "+c.Company)
	}
	want := []string{"Maya Okafor at Northwind", "John Smith at Acme", "Tomas Rivera at Contoso", "Al Poe at acme",
		"Ines Costa at New Co", "Lee Wong at C", "John Smith at Acme", "Lee Wong at B"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("contacts:\n got %q\nwant %q", got, want)
	}
	if w := (analyze.Merged{URL: 1, NameAndDay: 3, NameAndCompany: 1}); m.Merged != w {
		t.Errorf("Merged = %+v, want %+v", m.Merged, w)
	}
	if got, want := m.Merged.String(), "5 (1 by profile URL, 3 by name and connection day, 1 by name and company)"; got != want {
		t.Errorf("Merged.String() = %q, want %q", got, want)
	}
	if one := Merge(cur); one.Merged.Total() != 0 || len(one.Contacts) != len(cur.Contacts) {
		t.Errorf("one export: %+v", one.Merged)
	}
}

// TestMergeOne merges a single export: its contacts are kept as they are,
// but for two rows (of two Connections files) with the same profile URL,
// which are one person, the first's empty fields filled from the second.
func TestMergeOne(t *testing.T) {
	maya := analyze.Contact{FirstName: "Maya", LastName: "Okafor", URL: "https://www.linkedin.com/in/maya", Company: "Northwind", Source: "Connections.csv:5"}
	john := analyze.Contact{FirstName: "John", LastName: "Smith", Company: "Acme", Source: "Connections.csv:6"}
	mayaAgain := analyze.Contact{FirstName: "Maya", LastName: "Okafor", URL: "linkedin.com/in/Maya/", Email: "maya@example.com", Company: "Contoso", Source: "Connections_1.csv:5"}
	mayaFilled := maya
	mayaFilled.Email = "maya@example.com"
	inters := []analyze.Interaction{
		{File: "messages.csv", Person: analyze.Person{Name: "Maya Okafor"}, Sent: 1},
		{File: "messages.csv", Person: analyze.Person{Name: "Maya Okafor"}, Sent: 2},
	}
	for _, tc := range []struct {
		name     string
		contacts []analyze.Contact
		want     []analyze.Contact
	}{
		{"one row per person", []analyze.Contact{maya, john}, []analyze.Contact{maya, john}},
		{"a URL on two rows", []analyze.Contact{maya, john, mayaAgain}, []analyze.Contact{mayaFilled, john}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Merge(&analyze.Export{Contacts: tc.contacts, Interactions: inters, Date: d(2025, 1, 10)})
			if !equalSlices(m.Contacts, tc.want) {
				t.Errorf("contacts:\n got %+v\nwant %+v", m.Contacts, tc.want)
			}
			if !equalSlices(m.Interactions, inters) || m.Merged.Total() != 0 || m.Previous != nil {
				t.Errorf("interactions %+v, merged %+v, previous %+v", m.Interactions, m.Merged, m.Previous)
			}
		})
	}
}
