package export

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

const notes = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"

const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"

func TestEras(t *testing.T) {
	tomas := analyze.Contact{FirstName: "Tomás", LastName: "Rivera, PMP", Email: "tomas.rivera@example.com", Company: "Contoso"}
	tests := []struct {
		era               string
		contacts, skipped int
		date              time.Time
		jobs, schools     int
		first             analyze.Contact // Source is checked too
		tomas             analyze.Contact // Tomás Rivera, PMP, but for Source
	}{
		{
			era: "2018", contacts: 14, skipped: 1, date: d(2018, 3, 2),
			first: analyze.Contact{FirstName: "Grace", LastName: "Nakamura", Company: "Google",
				Position: "Software Engineering Intern", ConnectedOn: d(2018, 3, 2), Source: "2018/Connections.csv:2"},
			tomas: with(tomas, "", "Senior Program Manager", d(2018, 2, 20)),
		},
		{
			era: "2022", contacts: 22, skipped: 2, date: d(2022, 5, 2),
			first: analyze.Contact{FirstName: "Maya", LastName: "Okafor", Company: "Northwind Traders, Inc.",
				Position: "Senior Technical Recruiter", ConnectedOn: d(2022, 5, 2), Source: "2022/Connections.csv:5"},
			tomas: with(tomas, "", "Director, Platform Engineering", d(2018, 2, 20)),
		},
		{
			era: "2023-06", contacts: 26, skipped: 3, date: d(2023, 5, 30),
			first: analyze.Contact{FirstName: "Zoe", LastName: "Adams", Company: "Epic Games",
				Position: "Senior Gameplay Engineer", ConnectedOn: d(2023, 5, 30), Source: "2023-06/Connections.csv:5"},
			tomas: with(tomas, "", "Director, Platform Engineering", d(2018, 2, 20)),
		},
		{
			era: "current", contacts: 29, skipped: 3, date: d(2026, 2, 3), jobs: 4, schools: 3,
			first: analyze.Contact{FirstName: "Daniel", LastName: "Park", URL: "https://www.linkedin.com/in/daniel-park-77e1f0",
				Company: "Northwind Traders", Position: "Software Engineer", ConnectedOn: d(2026, 2, 3), Source: "current/Connections.csv:5"},
			tomas: with(tomas, "https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", "Director, Platform Engineering", d(2018, 2, 20)),
		},
		{
			era: "excel", contacts: 17, skipped: 3, date: d(2025, 12, 4), jobs: 4, schools: 3,
			first: analyze.Contact{FirstName: "Leah", LastName: "Goldberg", URL: "https://www.linkedin.com/in/leah-goldberg-recruits",
				Company: "Stripe", Position: "Recruiter, University Programs", ConnectedOn: d(2025, 12, 4), Source: "excel/Connections.csv:5"},
			tomas: with(tomas, "https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", "Director, Platform Engineering", d(2018, 2, 20)),
		},
	}
	for _, tt := range tests {
		t.Run(tt.era, func(t *testing.T) {
			x, err := Read(osDirFS(t, "../../testdata/eras/"+tt.era), tt.era)
			if err != nil {
				t.Fatal(err)
			}
			if len(x.Contacts) != tt.contacts || x.Inputs[0].Rows != tt.contacts || x.Inputs[0].Skipped != tt.skipped {
				t.Errorf("got %d contacts, input %+v; want %d contacts, %d skipped", len(x.Contacts), x.Inputs[0], tt.contacts, tt.skipped)
			}
			if !x.Date.Equal(tt.date) {
				t.Errorf("Date = %v, want %v", x.Date, tt.date)
			}
			if len(x.Jobs) != tt.jobs || len(x.Schools) != tt.schools {
				t.Errorf("got %d jobs, %d schools; want %d, %d", len(x.Jobs), len(x.Schools), tt.jobs, tt.schools)
			}
			if x.Contacts[0] != tt.first {
				t.Errorf("first contact:\n got %+v\nwant %+v", x.Contacts[0], tt.first)
			}
			var got analyze.Contact
			for _, c := range x.Contacts {
				if c.FirstName == "Tomás" {
					got = c
					got.Source = ""
				}
			}
			if got != tt.tomas {
				t.Errorf("Tomás:\n got %+v\nwant %+v", got, tt.tomas)
			}
			// The only warning is the summary of hidden members.
			if len(x.Warnings) != 1 || !strings.Contains(x.Warnings[0].Msg, "no name, hidden or deactivated") {
				t.Errorf("warnings = %v", x.Warnings)
			}
			for _, c := range x.Contacts {
				if c.ConnectedOn.IsZero() || c.Name() == "" || strings.HasPrefix(c.Email, "urn:") {
					t.Errorf("bad contact %+v", c)
				}
			}
		})
	}
}

func with(c analyze.Contact, url, position string, on time.Time) analyze.Contact {
	c.URL, c.Position, c.ConnectedOn = url, position, on
	return c
}

func TestFixtureDetails(t *testing.T) {
	x, err := Read(osDirFS(t, "../../testdata/eras/current"), "")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]analyze.Contact{}
	for _, c := range x.Contacts {
		byName[c.Name()] = c
	}
	for name, position := range map[string]string{
		"Elena Petrova":          "SDE II, Amazon Music",
		"Priya 🚀 Raman":          "Senior Engineering Manager, Payments",
		"陽翔 佐藤":                  "シニアソフトウェアエンジニア",
		"Mateo Gómez":            "Ingeniero de Software Sr.",
		"Daniel Park":            "Software Engineer",
		"Arjun Nair":             "Principal Solutions Architect",
		"Ana Ribeiro":            "Gerente de Engenharia",
		"Fatima Zahra El Amrani": "Group Product Manager",
	} {
		if c, ok := byName[name]; !ok || c.Position != position {
			t.Errorf("%s: got %+v, want position %q", name, c, position)
		}
	}
	wantJobs := []analyze.Job{
		{Company: "Northwind Traders", Title: "Senior Software Engineer", Start: d(2022, 7, 1)},
		{Company: "Contoso", Title: "Software Engineer", Start: d(2019, 9, 1), End: d(2022, 6, 30)},
		{Company: "Fabrikam", Title: "Software Engineering Intern", Start: d(2018, 6, 1), End: d(2018, 9, 30)},
		{Company: "University of Washington", Title: "Undergraduate Teaching Assistant", Start: d(2017, 1, 1), End: d(2018, 12, 31)},
	}
	wantSchools := []analyze.School{
		{Name: "Stanford Online", Start: d(2021, 1, 1), End: d(2021, 7, 31)},
		{Name: "University of Washington", Start: d(2015, 1, 1), End: d(2019, 12, 31)},
		{Name: "Roosevelt High School", Start: d(2011, 1, 1), End: d(2015, 12, 31)},
	}
	for _, era := range []string{"current", "excel"} {
		x, err := Read(osDirFS(t, "../../testdata/eras/"+era), "")
		if err != nil {
			t.Fatal(err)
		}
		if !equalSlices(x.Jobs, wantJobs) || !equalSlices(x.Schools, wantSchools) {
			t.Errorf("%s:\n jobs %+v\n schools %+v", era, x.Jobs, x.Schools)
		}
		if !x.Jobs[0].Current() || x.Jobs[1].Current() {
			t.Errorf("%s: Current() wrong", era)
		}
	}
}

func equalSlices[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestConnectionsQuirks feeds ReadConnections the oddities seen in real
// files, one per case.
func TestConnectionsQuirks(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		contacts int
		skipped  int
		// warns are the warnings expected, as Warning.String gives them,
		// in order.
		warns []string
		err   error  // a sentinel the error must wrap
		errIs string // the error's text
		check func(t *testing.T, cs []analyze.Contact)
	}{
		{
			name:     "notes preamble",
			in:       notes + header + "Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025",
			contacts: 1,
			check:    source("c.csv:5"),
		},
		{
			name:     "no preamble",
			in:       header + "Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025",
			contacts: 1,
			check:    source("c.csv:2"),
		},
		{
			name:     "excel preamble",
			in:       "Notes:,,,,,,\n\"When exporting, some are missing\",,,,,,\n,,,,,,\n" + header + "Maya,Okafor,,,Contoso,Recruiter,4-Dec-25",
			contacts: 1,
			check:    onDate(d(2025, 12, 4)),
		},
		{
			name:     "preamble with line break in the quoted note",
			in:       "Notes:\n\"When exporting,\nsome are missing\"\n\n" + header + "Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025",
			contacts: 1,
			check:    source("c.csv:6"),
		},
		{
			name:     "BOM and CRLF",
			in:       "\ufeff" + strings.ReplaceAll(notes+header+"Maya,Okafor,,,Contoso,Recruiter,2/6/2026\n", "\n", "\r\n"),
			contacts: 1,
			check:    onDate(d(2026, 2, 6)),
			warns:    []string{`c.csv: no date in the file says whether its dates are day or month first (such as "2/6/2026"); read month first, as LinkedIn writes them`},
		},
		{
			name:     "header case and spaces, columns reordered",
			in:       " connected on , POSITION,company,last name,First Name\n12 Jan 2021,CEO,Acme,Doe,Jane",
			contacts: 1,
			check: func(t *testing.T, cs []analyze.Contact) {
				want := analyze.Contact{FirstName: "Jane", LastName: "Doe", Company: "Acme", Position: "CEO", ConnectedOn: d(2021, 1, 12), Source: "c.csv:2"}
				if cs[0] != want {
					t.Errorf("got %+v, want %+v", cs[0], want)
				}
			},
		},
		{
			name:     "2018 dates",
			in:       "First Name,Last Name,Email Address,Company,Position,Connected On\nMaya,Okafor,,Contoso,Recruiter,\"1/8/18, 6:14 PM\"",
			contacts: 1,
			check:    onDate(d(2018, 1, 8)),
			warns:    []string{`c.csv: no date in the file says whether its dates are day or month first (such as "1/8/18, 6:14 PM"); read month first, as LinkedIn writes them`},
		},
		{
			name: "placeholder employers and none, every named contact kept",
			in: header + "A,One,,,NA,Engineer,01 Jan 2020\nB,Two,,,N/A,Engineer,01 Jan 2020\nC,Three,,,-,Engineer,01 Jan 2020\n" +
				"D,Four,,,—,Engineer,01 Jan 2020\nE,Five,,,.,Engineer,01 Jan 2020\nF,Six,,,none,Engineer,01 Jan 2020\n" +
				"G,Seven,,,,Engineer,01 Jan 2020\nH,Eight,,,n.a.,,01 Jan 2020\nI,Nine,,,NAB,Banker,01 Jan 2020\nJ,Ten,,,3M,Chemist,01 Jan 2020",
			contacts: 10,
			check: func(t *testing.T, cs []analyze.Contact) {
				var got []string
				for _, c := range cs {
					got = append(got, c.Company)
				}
				if want := []string{"", "", "", "", "", "", "", "", "NAB", "3M"}; !equalSlices(got, want) {
					t.Errorf("companies %q, want %q", got, want)
				}
			},
		},
		{
			name:     "namesakes without URLs are kept, a repeated row is not",
			in:       header + "Jane,Doe,,,,CEO,01 Jan 2020\nJane,Doe,,,,CTO,02 Feb 2021\nJane,Doe,,,,CEO,01 Jan 2020",
			contacts: 2, skipped: 1,
			warns: []string{"c.csv: 1 row repeated a contact of an earlier row (same profile URL, or same name, company and connection day); the first kept"},
		},
		{
			name:     "empty but date rows",
			in:       header + ",,,,,,03 Oct 2025\nMaya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n,,,,,,01 Oct 2025\n , ,,,,,01 Oct 2025",
			contacts: 1, skipped: 3,
			warns: []string{"c.csv: 3 rows had no name, hidden or deactivated members; skipped"},
		},
		{
			name:     "bad quotes",
			in:       header + "Maya,Ok\"afor,,,Contoso,Recruiter,04 Dec 2025\nJane,Doe,,,Acme,CEO,01 Jan 2020\n\"Bob\"x,Roe,,,Acme,CTO,01 Jan 2020\nAl,Poe,,,Acme,CFO,01 Jan 2020",
			contacts: 2, skipped: 2,
			warns: []string{
				`c.csv:2: bad quoting (bare " in non-quoted-field, column 8); row skipped`,
				`c.csv:4: bad quoting (extraneous or missing " in quoted-field, column 5); row skipped`,
			},
			check: source("c.csv:3"),
		},
		{
			name:     "ragged rows",
			in:       header + "Maya,Okafor,,,Contoso,Recruiter\nJane,Doe,,,Acme,CEO,01 Jan 2020,extra\nAl,Poe,,,Acme,CFO,01 Jan 2020",
			contacts: 1, skipped: 2,
			warns: []string{
				"c.csv:2: 6 fields, want 7 as in the header; row skipped",
				"c.csv:3: 8 fields, want 7 as in the header; row skipped",
			},
		},
		{
			name:     "unknown date",
			in:       header + "Maya,Okafor,,,Contoso,Recruiter,sometime in 2021\nJane,Doe,,,Acme,CEO,",
			contacts: 2,
			warns:    []string{`c.csv:2: unknown date "sometime in 2021"; connection date left empty`},
			check:    onDate(time.Time{}),
		},
		{
			name:     "credentials, emoji, percent-encoded URL, spaces, urn email",
			in:       header + " Tomás ,\"Rivera, PMP\", https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5 ,urn:li:member:123,\"Contoso, Inc.\",\"Director, Platform\",17 Mar 2021\nPriya 🚀,Raman,,priya@example.com,Stripe,EM,17 Mar 2021",
			contacts: 2,
			check: func(t *testing.T, cs []analyze.Contact) {
				want := analyze.Contact{FirstName: "Tomás", LastName: "Rivera, PMP", URL: "https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5",
					Company: "Contoso, Inc.", Position: "Director, Platform", ConnectedOn: d(2021, 3, 17), Source: "c.csv:2"}
				if cs[0] != want {
					t.Errorf("got %+v, want %+v", cs[0], want)
				}
				if cs[1].FirstName != "Priya 🚀" || cs[1].Email != "priya@example.com" {
					t.Errorf("got %+v", cs[1])
				}
			},
		},
		{
			name:     "no Connected On column",
			in:       "First Name,Last Name,Company,Position\nMaya,Okafor,Contoso,Recruiter",
			contacts: 1,
			warns:    []string{`c.csv:1: header has no "Connected On" column; connection dates unknown`},
		},
		{
			name:  "missing column",
			in:    notes + "First Name,Last Name,URL,Email Address,Position,Connected On\nMaya,Okafor,,,Recruiter,04 Dec 2025",
			err:   ErrMissingColumn,
			errIs: `c.csv:4: header has no "Company" column`,
		},
		{
			name:  "missing columns",
			in:    "First Name,Last Name\nMaya,Okafor",
			err:   ErrMissingColumn,
			errIs: `c.csv:1: header has no "Company", "Position" columns`,
		},
		{
			name:  "header only",
			in:    notes + header,
			warns: []string{"c.csv: no connections in the file"},
		},
		{
			name:  "empty file",
			in:    "",
			err:   ErrNoHeader,
			errIs: "c.csv: file is empty",
		},
		{
			name:  "BOM only",
			in:    "\ufeff",
			err:   ErrNoHeader,
			errIs: "c.csv: file is empty",
		},
		{
			name:  "Positions.csv passed as connections",
			in:    "Company Name,Title,Description,Location,Started On,Finished On\nContoso,Engineer,,,Sep 2019,Jun 2022",
			err:   ErrNoHeader,
			errIs: `c.csv:1: no "First Name,Last Name,URL,Email Address,Company,Position,Connected On" header found; is this LinkedIn's Connections.csv?`,
		},
		{
			name:  "header too far down",
			in:    strings.Repeat("x\n", maxPreamble) + header,
			err:   ErrNoHeader,
			errIs: `c.csv:1: no "First Name,Last Name,URL,Email Address,Company,Position,Connected On" header found; is this LinkedIn's Connections.csv?`,
		},
		{
			name:     "UTF-16LE with tabs",
			in:       utf16le("\ufeffFirst Name\tLast Name\tCompany\tPosition\tConnected On\r\nJürgen\tMüller\tSAP\tEntwickler\t14 Dec 2021\r\n"),
			contacts: 1,
			check: func(t *testing.T, cs []analyze.Contact) {
				if cs[0].Name() != "Jürgen Müller" || cs[0].Position != "Entwickler" || !cs[0].ConnectedOn.Equal(d(2021, 12, 14)) {
					t.Errorf("got %+v", cs[0])
				}
			},
		},
		{
			name:     "Windows-1252",
			in:       header + "J\xfcrgen,M\xfcller,,,SAP,Entwickler,14 Dec 2021\nAna,Lima,,,Acme,CEO,14 Dec 2021",
			contacts: 2,
			warns:    []string{"c.csv:2: not valid UTF-8; read as Windows-1252"},
			check: func(t *testing.T, cs []analyze.Contact) {
				if cs[0].Name() != "Jürgen Müller" {
					t.Errorf("got %q", cs[0].Name())
				}
			},
		},
		{
			name:     "quoted header and multi-line field",
			in:       `"First Name","Last Name","Company","Position","Connected On"` + "\n" + `"Maya","Okafor","Contoso","Recruiter` + "\n" + `and more","04 Dec 2025"` + "\nAl,Poe,Acme,CFO,01 Jan 2020",
			contacts: 2,
			check: func(t *testing.T, cs []analyze.Contact) {
				if cs[0].Position != "Recruiter\nand more" || cs[1].Source != "c.csv:4" {
					t.Errorf("got %+v", cs)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, in, warns, err := ReadConnections(strings.NewReader(tt.in), "c.csv")
			if tt.err != nil {
				var pe *ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || err.Error() != tt.errIs {
					t.Fatalf("err = %v, want %q wrapping %v in a *ParseError", err, tt.errIs, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != tt.contacts || in.Rows != tt.contacts || in.Skipped != tt.skipped || in.File != "c.csv" {
				t.Errorf("got %d contacts, %+v; want %d, %d skipped", len(cs), in, tt.contacts, tt.skipped)
			}
			var got []string
			for _, w := range warns {
				got = append(got, w.String())
			}
			if !equalSlices(got, tt.warns) {
				t.Errorf("warnings:\n got %q\nwant %q", got, tt.warns)
			}
			if tt.check != nil && len(cs) > 0 {
				tt.check(t, cs)
			}
		})
	}
}

func source(want string) func(*testing.T, []analyze.Contact) {
	return func(t *testing.T, cs []analyze.Contact) {
		t.Helper()
		if cs[0].Source != want {
			t.Errorf("Source = %q, want %q", cs[0].Source, want)
		}
	}
}

func onDate(want time.Time) func(*testing.T, []analyze.Contact) {
	return func(t *testing.T, cs []analyze.Contact) {
		t.Helper()
		if !cs[0].ConnectedOn.Equal(want) {
			t.Errorf("ConnectedOn = %v, want %v", cs[0].ConnectedOn, want)
		}
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		if r > 0xffff {
			panic("not in the BMP")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestManyWarningsAreCapped(t *testing.T) {
	in := header + strings.Repeat("a,b\n", maxWarnings+5) + "Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025"
	cs, info, warns, err := ReadConnections(strings.NewReader(in), "c.csv")
	if err != nil || len(cs) != 1 || info.Skipped != maxWarnings+5 {
		t.Fatalf("got %d contacts, %+v, %v", len(cs), info, err)
	}
	if len(warns) != maxWarnings+1 || warns[maxWarnings].String() != "c.csv: 5 more warnings like the above not shown" {
		t.Errorf("got %d warnings, last %v", len(warns), warns[len(warns)-1])
	}
}
