package outreach

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/internal/golden"
)

func contact(first, last, company, position string) analyze.Contact {
	return analyze.Contact{
		FirstName: first,
		LastName:  last,
		URL:       "https://www.linkedin.com/in/" + strings.ToLower(first+"-"+last),
		Company:   company,
		Position:  position,
	}
}

func referral(target string, c analyze.Contact, tie analyze.Tier, strength float64, team, why string, ctx analyze.Context) analyze.Referral {
	return analyze.Referral{Target: target, Member: analyze.Member{Contact: c, EmployerKey: employerKey(c.Company), Tie: tie, TieStrength: strength, Team: team, Context: ctx}, Why: why}
}

// employerKey is the key of an employer, as package score's one step
// puts it on every Member.
func employerKey(name string) string {
	return company.NewMatcher().Resolve(name).Key
}

// at is a shared context at place from one year to another.
func at(kind analyze.ContextKind, place string, from, to int) analyze.Context {
	return analyze.Context{Kind: kind, Place: place,
		Start: time.Date(from, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(to, 6, 30, 0, 0, 0, 0, time.UTC)}
}

// sample is a small result: Contoso (wanted team Payments) with a referrer
// of every tier, and Northwind with strangers only. Eve, at Northwind,
// worked at Contoso before, as the user's notes say; Gus, at Fabrikam, is a
// close friend.
func sample() *analyze.Result {
	eve := referral("Northwind", contact("Eve", "Stone", "Northwind Traders", "Engineering Manager"), "acquainted", 20, "",
		"software (not software) · manager · possibly met at Fabrikam (connected while you worked there, 2016-2019)",
		at(analyze.MetAtJob, "Fabrikam", 2016, 2019))
	eve.Note = analyze.Note{PastCompanies: []string{"Contoso Ltd."}}
	refs := []analyze.Referral{
		referral("Contoso", contact("Ana", "Lopez", "Contoso", "Senior Software Engineer, Payments"), "close", 72, "Payments",
			"same team (Payments) · software · senior · probable colleague (Contoso, 2019-2022)",
			at(analyze.Colleague, "Contoso", 2019, 2022)),
		referral("Contoso", contact("Bo", "Chen", "Contoso Ltd", "Staff Engineer"), "known", 45, "Payments",
			"same team (Payments) · software · staff · possible classmate (University of Washington, 2015-2019)",
			at(analyze.Classmate, "University of Washington", 2015, 2019)),
		referral("Contoso", contact("Cara", "Diaz", "Contoso", "Product Manager"), "acquainted", 22, "",
			"other team (Search) · product (close to software) · mid · possibly met at Fabrikam (connected while you worked there, 2016-2019)",
			at(analyze.MetAtJob, "Fabrikam", 2016, 2019)),
		referral("Contoso", contact("Dev", "Patel", "Contoso", "Principal Engineer"), "none", 3, "",
			"software · staff · connected Mar 2024", analyze.Context{}),
		eve,
		referral("Northwind", contact("Finn", "Berg", "Northwind Traders", "Software Engineer"), "none", 2, "",
			"software · mid · connected Jan 2025", analyze.Context{}),
	}
	r := &analyze.Result{
		Referrals: refs,
		Targets:   []analyze.Target{{Company: "Contoso", Team: "Payments"}, {Company: "Northwind"}},
		Role:      analyze.Software,
		Schools:   []string{"University of Washington"},
	}
	for _, ref := range refs {
		r.Network = append(r.Network, analyze.Member{Contact: ref.Contact, Employer: ref.Contact.Company, EmployerKey: ref.EmployerKey, TieStrength: ref.TieStrength, Tie: ref.Tie})
	}
	r.Network = append(r.Network,
		analyze.Member{Contact: contact("Gus", "Ivanov", "Fabrikam", "Designer"), Employer: "Fabrikam", EmployerKey: employerKey("Fabrikam"), TieStrength: 66, Tie: "close"},
		analyze.Member{Contact: contact("Hana", "Kim", "Litware", "Analyst"), Employer: "Litware", EmployerKey: employerKey("Litware"), TieStrength: 30, Tie: "acquainted"},
	)
	return r
}

func options() Options {
	return Options{
		User: "Sam Lee",
		Role: analyze.Software,
		Jobs: map[string][]string{"Contoso": {"https://contoso.example/jobs/42"}},
	}
}

func draftFor(t *testing.T, drafts []analyze.Draft, first string) analyze.Draft {
	t.Helper()
	for _, d := range drafts {
		if d.Contact.FirstName == first {
			return d
		}
	}
	t.Fatalf("no draft for %s", first)
	return analyze.Draft{}
}

func TestDraftKinds(t *testing.T) {
	drafts, err := Draft(sample(), options())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, first, kind, via string
		message, note          []string // phrases that must appear
		absent                 []string // phrases that must not
	}{
		{
			name: "close is direct", first: "Ana", kind: Direct,
			message: []string{"Hi Ana,", "a software engineering role at Contoso on the Payments team", "your referral",
				"https://contoso.example/jobs/42", "resume and a short blurb", "Sam Lee"},
			note: []string{"Hi Ana!", "referral", "https://contoso.example/jobs/42"},
		},
		{
			name: "known is advice with the classmate context", first: "Bo", kind: Advice,
			message: []string{"We were at the University of Washington around the same time", "I saw you work on Payments",
				"15-20 minutes this week or next", "[Tue 2-4pm or Thu morning]", "To be upfront", "referral",
				"https://contoso.example/jobs/42"},
			note: []string{"we were at the University of Washington", "[Tue 2-4pm or Thu morning]"},
		},
		{
			name: "acquainted is advice without a known team", first: "Cara", kind: Advice,
			message: []string{"We connected while I was at Fabrikam", "[One line on something specific", "15-20 minutes"},
			absent:  []string{"I saw you work on"},
		},
		{
			name: "none is an introduction via the contact who worked at the target", first: "Dev", kind: Introduction, via: "Eve Stone",
			message: []string{"Hi Eve,", "Since you worked at Contoso", "check with them first", "Only if they say yes",
				"---\nHi Dev, Eve suggested I get in touch.", "https://contoso.example/jobs/42"},
			note:   []string{"Hi Eve,", "Since you were there", "Dev Patel"},
			absent: []string{"refer me"},
		},
		{
			name: "none with no notes is an introduction via the strongest tie", first: "Finn", kind: Introduction, via: "Ana Lopez",
			message: []string{"Hi Ana,", "Do you know them, or someone at Northwind who does?", "Hi Finn, Ana suggested"},
			absent:  []string{"contoso.example", "Since you worked"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := draftFor(t, drafts, tt.first)
			if d.Kind != tt.kind || d.Via != tt.via {
				t.Errorf("kind, via = %q, %q; want %q, %q", d.Kind, d.Via, tt.kind, tt.via)
			}
			for _, p := range tt.message {
				if !strings.Contains(d.Message, p) {
					t.Errorf("message lacks %q:\n%s", p, d.Message)
				}
			}
			for _, p := range tt.note {
				if !strings.Contains(d.Note, p) {
					t.Errorf("note lacks %q:\n%s", p, d.Note)
				}
			}
			for _, p := range tt.absent {
				if strings.Contains(d.Message, p) || strings.Contains(d.Note, p) {
					t.Errorf("draft has %q:\n%s\n%s", p, d.Message, d.Note)
				}
			}
			if n := utf8.RuneCountInString(d.Note); n > analyze.NoteLimit {
				t.Errorf("note has %d characters", n)
			}
			if d.Subject == "" || strings.Contains(d.Subject, "\n") {
				t.Errorf("subject %q", d.Subject)
			}
		})
	}
}

// TestTierDecides checks that the kind follows the referral's tier, which
// already holds the notes' Relationship (package tie applies it), and
// nothing else: not the strength, not the note.
func TestTierDecides(t *testing.T) {
	r := sample()
	r.Referrals[3].Tie = analyze.Close               // Dev, strength 3
	r.Referrals[0].Tie = analyze.NoTie               // Ana, strength 72
	r.Referrals[0].Note.Relationship = analyze.Close // not read again
	drafts, err := Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	if d := draftFor(t, drafts, "Dev"); d.Kind != Direct || d.Tie != "close" {
		t.Errorf("Dev: kind %q, tie %q; want direct, close", d.Kind, d.Tie)
	}
	if d := draftFor(t, drafts, "Ana"); d.Kind != Introduction || d.Tie != "none" {
		t.Errorf("Ana: kind %q, tie %q; want introduction, none", d.Kind, d.Tie)
	}
}

func TestJobs(t *testing.T) {
	tests := []struct {
		name  string
		jobs  map[string][]string
		first string
		want  []string
		not   []string
	}{
		{"per target", map[string][]string{"Contoso": {"https://c.example/1"}}, "Ana",
			[]string{"Here's the posting: https://c.example/1"}, nil},
		{"per target, not another's", map[string][]string{"Contoso": {"https://c.example/1"}}, "Eve",
			nil, []string{"https://c.example/1"}},
		{"for every target", map[string][]string{"": {"https://all.example/1"}}, "Eve",
			[]string{"https://all.example/1"}, nil},
		{"matched by employer, then every target's, no repeats",
			map[string][]string{"Contoso Ltd.": {"https://c.example/1"}, "": {"https://all.example/1", "https://c.example/1"}}, "Ana",
			[]string{"The postings:\n\n- https://c.example/1\n- https://all.example/1\n\nI'll send"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := options()
			opt.Jobs = tt.jobs
			drafts, err := Draft(sample(), opt)
			if err != nil {
				t.Fatal(err)
			}
			d := draftFor(t, drafts, tt.first)
			for _, p := range tt.want {
				if !strings.Contains(d.Message, p) {
					t.Errorf("message lacks %q:\n%s", p, d.Message)
				}
			}
			for _, p := range tt.not {
				if strings.Contains(d.Message, p) || strings.Contains(d.Note, p) {
					t.Errorf("draft has %q:\n%s", p, d.Message)
				}
			}
		})
	}
}

func TestIntroducer(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(r *analyze.Result)
		via    string
		worked bool
	}{
		{"notes name the target", func(r *analyze.Result) {}, "Eve Stone", true},
		{"notes match the target by employer, not spelling", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = []string{"CONTOSO, Inc."}
		}, "Eve Stone", true},
		{"strongest tie not at the target when no notes match", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = []string{"Litware"}
		}, "Gus Ivanov", false}, // Ana is closer, but at Contoso
		{"a known tie when no one is close", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = nil
			r.Network[len(r.Network)-2].Tie = "acquainted" // Gus
			r.Network = append(r.Network, analyze.Member{Contact: contact("Ida", "Ho", "Litware", "CTO"), Employer: "Litware", EmployerKey: employerKey("Litware"), TieStrength: 41, Tie: "known"})
		}, "Ida Ho", false},
		{"close beats a stronger known tie", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = nil
			r.Network = append(r.Network, analyze.Member{Contact: contact("Ida", "Ho", "Litware", "CTO"), Employer: "Litware", EmployerKey: employerKey("Litware"), TieStrength: 59, Tie: "close"})
			r.Network[len(r.Network)-3].TieStrength = 0 // Gus: close, but weaker
		}, "Ida Ho", false},
		{"the tier counts, not the strength", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = nil
			r.Referrals[5].Tie = analyze.Close        // Finn, at Northwind, strength 2
			r.Network[len(r.Network)-2].Tie = "known" // Gus
		}, "Finn Berg", false},
		{"nobody: only weak ties outside the target", func(r *analyze.Result) {
			r.Referrals[4].Note.PastCompanies = nil
			r.Network = r.Network[len(r.Network)-1:] // Hana, acquainted
			for i := range r.Referrals {
				if r.Referrals[i].Tie != analyze.Acquainted { // Cara, at Contoso, stays: Dev still gets a draft
					r.Referrals[i].Tie, r.Referrals[i].TieStrength = "none", 1
				}
			}
		}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample()
			tt.edit(r)
			drafts, err := Draft(r, options())
			if err != nil {
				t.Fatal(err)
			}
			d := draftFor(t, drafts, "Dev")
			if d.Kind != Introduction || d.Via != tt.via {
				t.Fatalf("kind, via = %q, %q; want introduction, %q", d.Kind, d.Via, tt.via)
			}
			if got := strings.Contains(d.Message, "Since you worked at Contoso"); got != tt.worked {
				t.Errorf("says the introducer worked there: %v, want %v:\n%s", got, tt.worked, d.Message)
			}
			if tt.via == "" {
				for _, p := range []string{"No one in your network", "Search sheet", "don't send one", "---\nHi Dev, I'm Sam Lee"} {
					if !strings.Contains(d.Message, p) {
						t.Errorf("message lacks %q:\n%s", p, d.Message)
					}
				}
			}
		})
	}
}

func TestPerTarget(t *testing.T) {
	for _, tt := range []struct{ per, want int }{{0, 6}, {1, 2}, {2, 4}, {9, 6}} {
		opt := options()
		opt.PerTarget = tt.per
		drafts, err := Draft(sample(), opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(drafts) != tt.want {
			t.Errorf("PerTarget %d: %d drafts, want %d", tt.per, len(drafts), tt.want)
		}
	}
}

// TestContactTextIsData checks that template actions in contact fields
// come out literally and control characters are dropped.
func TestContactTextIsData(t *testing.T) {
	r := sample()
	r.Referrals[0].Contact.FirstName = "{{.User}}"
	r.Referrals[0].Contact.LastName = `{{template "x"}}`
	r.Referrals[0].Contact.Company = "Contoso\x00\x1b[31m\u202e"
	r.Referrals[0].Team = "Pay\nments"
	drafts, err := Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	d := drafts[0]
	if !strings.Contains(d.Message, "Hi {{.User}},") || !strings.Contains(d.Note, "Hi {{.User}}!") {
		t.Errorf("template action in a name was not kept literally:\n%s\n%s", d.Message, d.Note)
	}
	// Ana, renamed, introduces the user to Finn.
	if f := draftFor(t, drafts, "Finn"); f.Via != `{{.User}} {{template "x"}}` || !strings.Contains(f.Message, "Hi {{.User}},") {
		t.Errorf("introducer name not literal: %q\n%s", f.Via, f.Message)
	}
	for _, s := range []string{d.Subject, d.Message, d.Note} {
		if strings.ContainsAny(s, "\x00\x1b\u202e") {
			t.Errorf("control character left in %q", s)
		}
	}
}

func TestNoteLimit(t *testing.T) {
	long := strings.Repeat("Verylongname ", 30)
	tests := []struct {
		name string
		edit func(r *analyze.Result)
	}{
		{"long names", func(r *analyze.Result) {
			for i := range r.Referrals {
				r.Referrals[i].Contact.FirstName = long
				r.Referrals[i].Contact.LastName = long
			}
		}},
		{"long company and team", func(r *analyze.Result) {
			for i := range r.Referrals {
				r.Referrals[i].Target = "Contoso " + long
				r.Referrals[i].Team = long
			}
		}},
		{"one long word", func(r *analyze.Result) {
			for i := range r.Referrals {
				r.Referrals[i].Contact.FirstName = strings.Repeat("é", 400)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample()
			tt.edit(r)
			drafts, err := Draft(r, options())
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range drafts {
				if n := utf8.RuneCountInString(d.Note); n > analyze.NoteLimit || !strings.HasSuffix(d.Note, "…") {
					t.Errorf("%s note: %d characters, want at most %d ending in …: %q", d.Kind, n, analyze.NoteLimit, d.Note)
				}
			}
		})
	}
}

func TestFitNote(t *testing.T) {
	tests := []struct {
		name, in, want string
		limit          int
	}{
		{"fits", "hello world", "hello world", 11},
		{"word boundary", "hello big world", "hello big…", 12},
		{"cut at a space", "hello big world", "hello big…", 11},
		{"trailing comma dropped", "hello, big world", "hello…", 10},
		{"one word", "abcdefghij", "abcd…", 5},
		{"multibyte", "ééé ééé ééé", "ééé ééé…", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fitNote(tt.in, tt.limit); got != tt.want {
				t.Errorf("fitNote(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestConnection(t *testing.T) {
	ctx := func(kind analyze.ContextKind, place string, noted bool) analyze.Context {
		return analyze.Context{Kind: kind, Place: place, Noted: noted}
	}
	tests := []struct {
		name string
		ctx  analyze.Context
		why  string
		note []string
		want string
	}{
		{"colleague", at(analyze.Colleague, "Contoso", 2019, 2022), "", nil, "we overlapped at Contoso"},
		{"colleague with a comma in the name", ctx(analyze.Colleague, "Northwind Traders, Inc.", false), "", nil, "we overlapped at Northwind Traders, Inc."},
		{"former colleague, from the notes", ctx(analyze.Colleague, "Contoso Ltd.", true), "", nil, "we both worked at Contoso Ltd."},
		{"classmate", at(analyze.Classmate, "University of Washington", 2015, 2019), "", nil,
			"we were at the University of Washington around the same time"},
		{"classmate at a school without article", ctx(analyze.Classmate, "Stanford University", false), "", nil,
			"we were at Stanford University around the same time"},
		{"fellow alum, from the notes, as the user names the school", ctx(analyze.Classmate, "University of Washington", true), "",
			[]string{"university of washington"}, "we both went to the University of Washington"},
		{"met at a job", at(analyze.MetAtJob, "Fabrikam", 2016, 2019), "", nil,
			"we connected while I was at Fabrikam"},
		{"the value, not the words", ctx(analyze.MetAtJob, "Fabrikam", false), "probable colleague (Contoso, 2019-2022)", nil,
			"we connected while I was at Fabrikam"},
		{"nothing", analyze.Context{}, "software · probable colleague (Contoso, 2019-2022)", []string{"University of Washington"}, ""},
		{"no place", ctx(analyze.Colleague, "", false), "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := &analyze.Referral{Member: analyze.Member{Context: tt.ctx}, Why: tt.why, Note: analyze.Note{Schools: tt.note}}
			if got := connection(ref); got != tt.want {
				t.Errorf("connection = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRolePhrase(t *testing.T) {
	tests := map[analyze.Function]string{
		analyze.Software:   "a software engineering role",
		analyze.Data:       "a data role",
		analyze.HR:         "an HR role",
		analyze.Operations: "an operations role",
		analyze.Student:    "an internship",
		"":                 "a role",
	}
	for f, want := range tests {
		if _, got := rolePhrase(f); got != want {
			t.Errorf("rolePhrase(%q) = %q, want %q", f, got, want)
		}
	}
}

func TestLoadOverride(t *testing.T) {
	fsys := fstest.MapFS{
		"direct.tmpl": {Data: []byte(`{{define "subject"}}Hey {{.First}}{{end}}Yo {{.First}}, refer me to {{.Target}}?`)},
		"advice.tmpl": {Data: []byte(`Hello {{.First}}`)}, // no subject: the built-in one
		"README.md":   {Data: []byte("ignored")},
	}
	tmpl, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	opt := options()
	opt.Templates = tmpl
	drafts, err := Draft(sample(), opt)
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := Draft(sample(), options())
	ana := draftFor(t, drafts, "Ana")
	if ana.Message != "Yo Ana, refer me to Contoso?" || ana.Subject != "Hey Ana" {
		t.Errorf("direct override: %q / %q", ana.Subject, ana.Message)
	}
	if ana.Note != draftFor(t, builtin, "Ana").Note {
		t.Errorf("note should stay built-in: %q", ana.Note)
	}
	bo, bo0 := draftFor(t, drafts, "Bo"), draftFor(t, builtin, "Bo")
	if bo.Message != "Hello Bo" || bo.Subject != bo0.Subject {
		t.Errorf("advice override: %q / %q", bo.Subject, bo.Message)
	}
	if dev := draftFor(t, drafts, "Dev"); !reflect.DeepEqual(dev, draftFor(t, builtin, "Dev")) {
		t.Errorf("introduction should stay built-in:\n%s", dev.Message)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"parse error", fstest.MapFS{"advice.tmpl": {Data: []byte("Hi\n{{.First}\n")}}, "advice.tmpl:2"},
		{"unknown function", fstest.MapFS{"note-direct.tmpl": {Data: []byte("{{upper .First}}")}}, `note-direct.tmpl:1: function "upper" not defined`},
		{"unknown field", fstest.MapFS{"introduction.tmpl": {Data: []byte("Hi\n\n{{.Nickname}}")}}, "introduction.tmpl:3"},
		{"unknown file", fstest.MapFS{"drect.tmpl": {Data: []byte("x")}}, "drect.tmpl: unknown template file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestBuiltinFiles(t *testing.T) {
	entries, err := builtinFS.ReadDir("templates")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	for _, f := range Files {
		if !strings.Contains(strings.Join(got, " "), f) {
			t.Errorf("built-in %s missing", f)
		}
	}
	if len(got) != len(Files) {
		t.Errorf("built-in files %v, want %v", got, Files)
	}
}

func TestDeterministic(t *testing.T) {
	opt := options()
	opt.Jobs = map[string][]string{"": {"https://all.example/1"}, "Contoso": {"https://c.example/1"}, "Contoso Ltd": {"https://c.example/2"}, "contoso": {"https://c.example/3"}}
	first, err := Draft(sample(), opt)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		again, err := Draft(sample(), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(first, again) {
			t.Fatal("two runs on the same input differ")
		}
	}
}

// TestGolden renders the built-in drafts of the sample so reviewers can
// read them in testdata/drafts.golden.
func TestGolden(t *testing.T) {
	r := sample()
	drafts, err := Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	r.Referrals = r.Referrals[:1]
	r.Network = r.Network[:1] // Ana alone: no introducer for anyone
	r.Referrals = append(r.Referrals, referral("Contoso", contact("Dev", "Patel", "Contoso", "Principal Engineer"), "none", 3, "", "", analyze.Context{}))
	nobody, err := Draft(r, Options{Role: analyze.Data})
	if err != nil {
		t.Fatal(err)
	}
	drafts = append(drafts, nobody[1])
	var b bytes.Buffer
	for _, d := range drafts {
		fmt.Fprintf(&b, "==== %s · %s · %s (%s)", d.Target, d.Contact.Name(), d.Kind, d.Tie)
		if d.Via != "" {
			fmt.Fprintf(&b, " via %s", d.Via)
		}
		fmt.Fprintf(&b, "\nSubject: %s\n\n%s\n\n---- note (%d characters)\n%s\n\n", d.Subject, d.Message, utf8.RuneCountInString(d.Note), d.Note)
	}
	golden.Check(t, filepath.Join("testdata", "drafts.golden"), b.Bytes())
}

func TestDraftTargets(t *testing.T) {
	var refs []analyze.Referral
	for _, co := range []string{"Contoso", "Fabrikam", "Northwind"} {
		for _, first := range []string{"Ana", "Bo"} {
			refs = append(refs, referral(co, contact(first, "Lee", co, "Software Engineer"), "known", 45, "", "software · mid", analyze.Context{}))
		}
	}
	r := &analyze.Result{Referrals: refs}
	for _, tt := range []struct{ targets, want int }{{0, 6}, {1, 2}, {2, 4}, {5, 6}} {
		ds, err := Draft(r, Options{Targets: tt.targets, Role: analyze.Software})
		if err != nil || len(ds) != tt.want {
			t.Errorf("Targets %d: %d drafts (err %v), want %d", tt.targets, len(ds), err, tt.want)
		}
	}
}

// TestOnlyStrangers checks that a target whose listed referrers are all
// strangers gets one draft: an introduction to the best of them, through
// the best introducer, that says the user knows no one there well.
func TestOnlyStrangers(t *testing.T) {
	r := sample()
	zoe := referral("Litware", contact("Zoe", "Hart", "Litware", "Staff Engineer"), "none", 4, "", "software · staff · connected May 2022", analyze.Context{})
	yan := referral("Litware", contact("Yan", "Wu", "Litware", "Software Engineer"), "none", 6, "", "software · mid · connected May 2021", analyze.Context{})
	r.Referrals = append(r.Referrals, zoe, yan)
	r.Targets = append(r.Targets, analyze.Target{Company: "Litware"})
	drafts, err := Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	var got []analyze.Draft
	for _, d := range drafts {
		if d.Target == "Litware" {
			got = append(got, d)
		}
	}
	if len(got) != 1 || got[0].Contact.FirstName != "Zoe" || got[0].Kind != Introduction || got[0].Via != "Ana Lopez" {
		t.Fatalf("want one introduction to Zoe via Ana Lopez, the strongest tie not at Litware: %+v", got)
	}
	if !strings.Contains(got[0].Message, "I don't know anyone there well yet") {
		t.Errorf("the draft does not say the user knows no one there:\n%s", got[0].Message)
	}
	if n := len(drafts) - len(got); n != 6 {
		t.Errorf("the other targets got %d drafts, want 6 as before", n)
	}

	// With no one to introduce them, the draft to the user says so.
	r.Network = nil
	r.Referrals = []analyze.Referral{zoe, yan}
	drafts, err = Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 1 || drafts[0].Via != "" || !strings.Contains(drafts[0].Message, "All 2 of your contacts at Litware are strangers to you") {
		t.Errorf("want one draft saying both contacts are strangers: %+v", drafts)
	}
}
