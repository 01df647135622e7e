package export

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/refrank/refrank/analyze"
)

func TestReadApplications(t *testing.T) {
	const in = "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n" +
		`"10/3/24, 2:15 PM",me@example.com,,Amazon Web Services (AWS),"Software Development Engineer II, Prime Video",http://www.linkedin.com/jobs/view/4180272490,resume.pdf,"Q: Years of Go?, A: 6"` + "\n" +
		`"9/28/24, 9:01 AM",,,,Data Engineer,,,` + "\n" +
		`yesterday,,,Stripe,Backend Engineer,https://stripe.example.com/jobs/1,,`
	ps, _, warns, err := ReadApplications(strings.NewReader(in), "Jobs/Job Applications.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Posting{
		{Company: "Amazon Web Services (AWS)", Title: "Software Development Engineer II, Prime Video", URL: "http://www.linkedin.com/jobs/view/4180272490",
			Date: time.Date(2024, 10, 3, 0, 0, 0, 0, time.UTC), Kind: analyze.Applied, File: "Jobs/Job Applications.csv", Line: 2},
		{Company: "Stripe", Title: "Backend Engineer", URL: "https://stripe.example.com/jobs/1", Kind: analyze.Applied, File: "Jobs/Job Applications.csv", Line: 4},
	}
	if !slices.Equal(ps, want) {
		t.Errorf("postings:\n got %+v\nwant %+v", ps, want)
	}
	var msgs []string
	for _, w := range warns {
		msgs = append(msgs, w.String())
	}
	wantWarns := []string{
		`Jobs/Job Applications.csv:3: no company name; job skipped`,
		`Jobs/Job Applications.csv:4: unknown date "yesterday"; left empty`,
	}
	if !slices.Equal(msgs, wantWarns) {
		t.Errorf("warnings:\n got %q\nwant %q", msgs, wantWarns)
	}
}

func TestReadSavedJobs(t *testing.T) {
	const in = "Saved Date,Job Url,Job Title,Company Name\n" +
		`"11/2/26, 8:40 PM",https://www.linkedin.com/jobs/view/4311,Staff Engineer,Stripe`
	ps, _, _, err := ReadSavedJobs(strings.NewReader(in), "Saved Jobs.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Kind != analyze.Saved || ps[0].Company != "Stripe" || !ps[0].Date.Equal(time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got %+v", ps)
	}
}

func TestReadPreferences(t *testing.T) {
	tests := []struct {
		name                   string
		in                     string
		titles, dreamCompanies []string
	}{
		{"both lists", "Locations,Job Titles,Open To Recruiters,Dream Companies\n" +
			`"Seattle, Washington",Software Engineer | Backend Engineer | software engineer,Yes,Stripe | Amazon`,
			[]string{"Software Engineer", "Backend Engineer"}, []string{"Stripe", "Amazon"}},
		{"no dream companies", "Locations,Job Titles,Open To Recruiters,Dream Companies\nRemote,Data Analyst | Data Scientist,No,",
			[]string{"Data Analyst", "Data Scientist"}, nil},
		{"column missing", "Locations,Job Titles,Open To Recruiters\nRemote,Product Manager,Yes", []string{"Product Manager"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			titles, companies, _, _, err := ReadPreferences(strings.NewReader(tt.in), "Job Seeker Preferences.csv")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(titles, tt.titles) || !slices.Equal(companies, tt.dreamCompanies) {
				t.Errorf("got %q, %q; want %q, %q", titles, companies, tt.titles, tt.dreamCompanies)
			}
		})
	}
}

func TestReadFollows(t *testing.T) {
	const in = "Organization,Followed On\nStripe,Tue Oct 28 20:33:50 UTC 2025\n,Mon Oct 27 10:00:00 UTC 2025\nContoso,"
	fs, _, warns, err := ReadFollows(strings.NewReader(in), "Company Follows.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Follow{{Company: "Stripe", Date: time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC)}, {Company: "Contoso"}}
	if !slices.Equal(fs, want) || len(warns) != 1 {
		t.Errorf("got %+v, %v", fs, warns)
	}
}

func TestMergeSearch(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 10, d, 0, 0, 0, 0, time.UTC) }
	older := &analyze.Export{Date: day(1), Search: analyze.JobSearch{
		Postings: []analyze.Posting{
			{Company: "Stripe", Title: "Backend Engineer", URL: "https://www.linkedin.com/jobs/view/1", Date: day(1), Kind: analyze.Applied},
			{Company: "Contoso", Title: "SRE", Date: day(1), Kind: analyze.Saved},
		},
		DreamCompanies: []string{"Stripe"},
		Headline:       "Engineer at Northwind",
	}}
	newer := &analyze.Export{Date: day(20), Search: analyze.JobSearch{
		Postings: []analyze.Posting{
			{Company: "Amazon", Title: "SDE II", URL: "https://www.linkedin.com/jobs/view/2", Date: day(15), Kind: analyze.Applied},
			{Company: "Stripe", Title: "Backend Engineer", URL: "https://www.linkedin.com/jobs/view/1", Date: day(1), Kind: analyze.Applied},
			{Company: "Contoso", Title: "SRE", Date: day(1), Kind: analyze.Saved},
		},
		DreamCompanies: []string{"stripe", "Amazon"},
		Headline:       "Senior Engineer at Northwind",
	}}
	m := Merge(older, newer).Search
	if len(m.Postings) != 3 {
		t.Errorf("postings: got %d, want 3 (each once): %+v", len(m.Postings), m.Postings)
	}
	if !slices.Equal(m.DreamCompanies, []string{"stripe", "Amazon"}) {
		t.Errorf("dream companies: got %q", m.DreamCompanies)
	}
	if m.Headline != "Senior Engineer at Northwind" {
		t.Errorf("headline: got %q, want the newest export's", m.Headline)
	}
}

// TestReadJobSearch reads a job search as the complete export lays it
// out, in Jobs/ with Job Applications split in two parts, a broken row
// skipped with a warning and the rest used; and the same files flattened
// beside Connections.csv.
func TestReadJobSearch(t *testing.T) {
	const conns = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lopez,https://www.linkedin.com/in/ana-lopez,,Stripe,Engineer,01 Feb 2026"
	const head = "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"
	part0 := head + `"11/3/26, 9:15 AM",,,Amazon,"SDE II, Prime Video",http://www.linkedin.com/jobs/view/1,,` + "\n" +
		`"11/1/26, 9:15 AM",,,Stripe,"Backend "Engineer",http://www.linkedin.com/jobs/view/2,,` // a bare quote: skipped
	part1 := head + `"10/3/26, 2:15 PM",,,Stripe,Software Engineer,http://www.linkedin.com/jobs/view/3,,`
	saved := "Saved Date,Job Url,Job Title,Company Name\n\"11/2/26, 8:40 PM\",https://www.linkedin.com/jobs/view/4,Staff Engineer,Google"
	prefs := "Locations,Job Titles,Open To Recruiters,Dream Companies\nRemote,Backend Engineer,Yes,Stripe | Fabrikam"
	follows := "Organization,Followed On\nNetflix,Tue Oct 28 20:33:50 UTC 2025"
	for _, tt := range []struct{ name, dir string }{{"in Jobs", "Jobs/"}, {"flattened", ""}} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"Connections.csv":                     {Data: []byte(conns)},
				tt.dir + "Job Applications.csv":       {Data: []byte(part0)},
				tt.dir + "Job Applications_1.csv":     {Data: []byte(part1)},
				tt.dir + "Saved Jobs.csv":             {Data: []byte(saved)},
				tt.dir + "Job Seeker Preferences.csv": {Data: []byte(prefs)},
				"Company Follows.csv":                 {Data: []byte(follows)},
			}
			x, err := Read(fsys, "")
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, p := range x.Search.Postings {
				titles = append(titles, p.Kind+" "+p.Title)
			}
			want := []string{"applied SDE II, Prime Video", "applied Software Engineer", "saved Staff Engineer"}
			if !slices.Equal(titles, want) {
				t.Errorf("postings %q, want %q", titles, want)
			}
			if !slices.Equal(x.Search.DreamCompanies, []string{"Stripe", "Fabrikam"}) || len(x.Search.Follows) != 1 {
				t.Errorf("dream companies %q, follows %v", x.Search.DreamCompanies, x.Search.Follows)
			}
			warned := false
			for _, w := range x.Warnings {
				warned = warned || strings.Contains(w.File, "Job Applications.csv") && w.Line == 3
			}
			if !warned {
				t.Errorf("no warning for line 3 of Job Applications.csv: %v", x.Warnings)
			}
		})
	}
}

// TestMergePrevious checks what Merge says the previous export held of
// each contact: the second-newest export, whatever the order given.
func TestMergePrevious(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	c := func(first, url, company string, on time.Time) analyze.Contact {
		return analyze.Contact{FirstName: first, LastName: "Doe", URL: url, Company: company, Position: "Engineer", ConnectedOn: on}
	}
	oldest := &analyze.Export{Date: day(2020, 10, 1), Contacts: []analyze.Contact{c("Ann", "", "Initech", day(2019, 1, 1))}}
	previous := &analyze.Export{Date: day(2024, 6, 1), Contacts: []analyze.Contact{
		c("Ann", "", "Contoso", day(2019, 1, 1)), // no URL yet: joined by name and day
		c("Cid", "https://www.linkedin.com/in/cid-doe", "Amazon", day(2021, 1, 1)),
	}}
	newest := &analyze.Export{Date: day(2026, 11, 1), Contacts: []analyze.Contact{
		c("Ann", "https://www.linkedin.com/in/ann-doe", "Amazon", day(2019, 1, 1)),
		c("Bob", "https://www.linkedin.com/in/bob-doe", "Stripe", day(2026, 10, 1)),
		c("Cid", "https://www.linkedin.com/in/cid-doe", "Contoso", day(2021, 1, 1)),
	}}
	m := Merge(previous, newest, oldest)
	if !m.PreviousDate.Equal(previous.Date) {
		t.Errorf("PreviousDate %v, want %v", m.PreviousDate, previous.Date)
	}
	want := map[string]analyze.Previous{
		"Ann": {Company: "Contoso", Position: "Engineer", In: true},
		"Bob": {},
		"Cid": {Company: "Amazon", Position: "Engineer", In: true},
	}
	if len(m.Previous) != len(m.Contacts) {
		t.Fatalf("%d previous for %d contacts", len(m.Previous), len(m.Contacts))
	}
	for i, ct := range m.Contacts {
		if w, ok := want[ct.FirstName]; !ok || m.Previous[i] != w {
			t.Errorf("%s at %s: previous %+v, want %+v", ct.FirstName, ct.Company, m.Previous[i], w)
		}
	}
	// Since the oldest, named: Ann was at Initech then; Cid was not
	// connected yet.
	since := MergeSince(oldest, previous, newest)
	for i, ct := range since.Contacts {
		w := analyze.Previous{}
		if ct.FirstName == "Ann" {
			w = analyze.Previous{Company: "Initech", Position: "Engineer", In: true}
		}
		if since.Previous[i] != w {
			t.Errorf("since the oldest: %s: previous %+v, want %+v", ct.FirstName, since.Previous[i], w)
		}
	}
	if !since.PreviousDate.Equal(oldest.Date) {
		t.Errorf("since the oldest: PreviousDate %v", since.PreviousDate)
	}
	if one := Merge(newest); one.Previous != nil || !one.PreviousDate.IsZero() {
		t.Errorf("one export: previous %v, %v", one.Previous, one.PreviousDate)
	}
}

// FuzzReadJobSearch feeds any bytes to the readers of the job search:
// none panics, a posting always names its company and kind, a follow its
// company, and a list value is never empty nor given twice.
func FuzzReadJobSearch(f *testing.F) {
	for _, name := range []string{"Job Applications.csv", "Job Applications_1.csv", "Saved Jobs.csv", "Job Seeker Preferences.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "Jobs", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "Company Follows.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, read := range []func() ([]analyze.Posting, error){
			func() ([]analyze.Posting, error) {
				ps, _, _, err := ReadApplications(bytes.NewReader(b), "a.csv")
				return ps, err
			},
			func() ([]analyze.Posting, error) {
				ps, _, _, err := ReadSavedJobs(bytes.NewReader(b), "s.csv")
				return ps, err
			},
		} {
			ps, err := read()
			if err != nil && ps != nil {
				t.Fatalf("postings %v with error %v", ps, err)
			}
			for _, p := range ps {
				if p.Company == "" || p.Kind != analyze.Applied && p.Kind != analyze.Saved || p.Line < 1 {
					t.Fatalf("posting %+v", p)
				}
			}
		}
		titles, companies, _, _, _ := ReadPreferences(bytes.NewReader(b), "p.csv")
		for _, list := range [][]string{titles, companies} {
			for i, v := range list {
				if v == "" || slices.ContainsFunc(list[:i], func(w string) bool { return strings.EqualFold(v, w) }) {
					t.Fatalf("list %q: value %d empty or repeated", list, i)
				}
			}
		}
		fs, _, _, _ := ReadFollows(bytes.NewReader(b), "f.csv")
		for _, fo := range fs {
			if fo.Company == "" {
				t.Fatalf("follow %+v without a company", fo)
			}
		}
	})
}
