package export

import (
	"strings"
	"testing"

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
	want := []analyze.Contact{
		{FirstName: "Maya", LastName: "Okafor", URL: "https://www.linkedin.com/in/maya-okafor", Email: "maya@example.com",
			Company: "Contoso", Position: "Recruiter", ConnectedOn: d(2020, 1, 1), Source: "old:2"},
		{FirstName: "Jane", LastName: "Doe", Company: "Acme", Position: "CEO", Email: "jane@example.com", ConnectedOn: d(2018, 1, 1), Source: "old:3"},
		{FirstName: "Al", LastName: "Poe", Source: "new:4"},
	}
	if !equalSlices(m.Contacts, want) {
		t.Errorf("contacts:\n got %+v\nwant %+v", m.Contacts, want)
	}
	if len(m.Jobs) != 2 || len(m.Schools) != 1 || len(m.Inputs) != 2 || len(m.Warnings) != 2 || m.Warnings[1].Msg != "w2" {
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
	}}
	current := &analyze.Export{Contacts: []analyze.Contact{
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
		"Bo Chen@Stripe https://www.linkedin.com/in/bo-chen",
		"Sam Kim@Stripe https://www.linkedin.com/in/sam-kim-2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
