package title

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

// row is one labelled title of testdata/titles.csv.
type row struct {
	line      int
	title     string
	function  analyze.Function
	seniority analyze.Seniority
	team      string // "" is not checked; "-" is no team
}

func readTable(tb testing.TB) []row {
	tb.Helper()
	f, err := os.Open("testdata/titles.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = 4
	recs, err := r.ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	if want := []string{"title", "function", "seniority", "team"}; !slices.Equal(recs[0], want) {
		tb.Fatalf("header is %q, want %q", recs[0], want)
	}
	var rows []row
	seen := map[string]bool{}
	for _, rec := range recs[1:] {
		line, _ := r.FieldPos(0)
		fn, ok := analyze.ParseFunction(rec[1])
		if !ok {
			tb.Fatalf("titles.csv: %q: unknown function %q", rec[0], rec[1])
		}
		sen := analyze.Seniority(rec[2])
		if !slices.Contains(analyze.Seniorities, sen) {
			tb.Fatalf("titles.csv: %q: unknown seniority %q", rec[0], rec[2])
		}
		if seen[rec[0]] {
			tb.Fatalf("titles.csv: %q is listed twice", rec[0])
		}
		seen[rec[0]] = true
		rows = append(rows, row{line, rec[0], fn, sen, rec[3]})
	}
	return rows
}

func check(t *testing.T, title string, fn analyze.Function, sen analyze.Seniority, team string) {
	t.Helper()
	got := Classify(title)
	if got.Function != fn || got.Seniority != sen {
		t.Errorf("Classify(%q) = %s/%s, want %s/%s", title, got.Function, got.Seniority, fn, sen)
	}
	switch team {
	case "":
	case "-":
		if got.Team != "" {
			t.Errorf("Classify(%q).Team = %q, want none", title, got.Team)
		}
	default:
		if got.Team != team {
			t.Errorf("Classify(%q).Team = %q, want %q", title, got.Team, team)
		}
	}
}

// TestTable checks the labelled titles of testdata/titles.csv.
func TestTable(t *testing.T) {
	rows := readTable(t)
	if len(rows) < 400 {
		t.Errorf("titles.csv has %d rows, want at least 400", len(rows))
	}
	for _, r := range rows {
		t.Run(r.title, func(t *testing.T) {
			check(t, r.title, r.function, r.seniority, r.team)
		})
	}
}

// TestTricky checks the decisions doc.go documents, one case each.
func TestTricky(t *testing.T) {
	tests := []struct {
		name, title string
		fn          analyze.Function
		sen         analyze.Seniority
		team        string
	}{
		{"founder outranks chief", "CEO & Co-Founder", analyze.Other, analyze.Owner, "-"},
		{"founder takes the named discipline", "Co-Founder & CTO", analyze.Software, analyze.Owner, "-"},
		{"discipline from a later role", "Founder | Software Engineer", analyze.Software, analyze.Owner, "-"},
		{"ic manager", "Product Manager", analyze.Product, analyze.Mid, "-"},
		{"ic manager with marker", "Senior Technical Program Manager", analyze.Program, analyze.Senior, "-"},
		{"group makes a manager", "Group Product Manager", analyze.Product, analyze.Manager, "-"},
		{"discipline manager", "Recruiting Manager", analyze.Recruiting, analyze.Manager, "-"},
		{"manager comma", "Manager, Product Marketing", analyze.Marketing, analyze.Manager, "Product Marketing"},
		{"manager beats staff", "Principal Software Engineering Manager", analyze.Software, analyze.Manager, "-"},
		{"associate is entry", "Associate Product Manager", analyze.Product, analyze.Entry, "-"},
		{"associate director", "Associate Director of Engineering", analyze.Software, analyze.Director, "-"},
		{"associate professor", "Associate Professor of Computer Science", analyze.Research, analyze.Senior, "-"},
		{"team lead manages", "Team Lead", analyze.Other, analyze.Manager, "-"},
		{"lead is senior", "Lead Data Scientist", analyze.Data, analyze.Senior, "-"},
		{"head of", "Head of Product Design", analyze.Design, analyze.Director, "-"},
		{"student is intern", "PhD Student in Machine Learning", analyze.Student, analyze.Intern, "-"},
		{"intern wins in its segment", "Senior Software Engineering Intern", analyze.Software, analyze.Intern, "-"},
		{"credential", "Data Scientist, PhD", analyze.Data, analyze.Mid, "-"},
		{"credentials", "Financial Analyst, CPA, CFA", analyze.Finance, analyze.Mid, "-"},
		{"pmp", "Project Manager, PMP", analyze.Program, analyze.Mid, "-"},
		{"level is not a team", "Software Engineer, III", analyze.Software, analyze.Senior, "-"},
		{"ladder", "Software Engineer (L6)", analyze.Software, analyze.Staff, "-"},
		{"level beats ladder", "SDE II (L5)", analyze.Software, analyze.Mid, "-"},
		{"place is not a team", "Account Executive - EMEA", analyze.Sales, analyze.Mid, "-"},
		{"team kept as written", "software engineer, aws LAMBDA ", analyze.Software, analyze.Mid, "aws LAMBDA"},
		{"employer is not a role", "Software Engineer at Principal Financial Group", analyze.Software, analyze.Mid, "Principal Financial Group"},
		{"employer names no discipline", "CEO @ Marketing Genius", analyze.Other, analyze.CXO, "Marketing Genius"},
		{"product name is not a discipline", "Intern, Amazon Web Services", analyze.Other, analyze.Intern, "Amazon Web Services"},
		{"former employer", "Product Manager | ex-Google", analyze.Product, analyze.Mid, "-"},
		{"partner is a role", "HR Business Partner", analyze.HR, analyze.Mid, "-"},
		{"partner is an owner", "Partner at Sequoia Capital", analyze.Other, analyze.Owner, "Sequoia Capital"},
		{"chief without officer", "Chief Architect", analyze.Other, analyze.Staff, "-"},
		{"chief of staff", "Chief of Staff to the CEO", analyze.Other, analyze.Director, "-"},
		{"member of technical staff", "Member of Technical Staff", analyze.Software, analyze.Mid, "-"},
		{"postdoctoral fellow", "Postdoctoral Fellow", analyze.Research, analyze.Mid, "-"},
		{"sales and marketing", "Sales and Marketing Manager", analyze.Sales, analyze.Manager, "-"},
		{"software sales", "Enterprise Software Sales Executive", analyze.Sales, analyze.Mid, "-"},
		{"german compound", "Senior Softwareentwicklerin", analyze.Software, analyze.Senior, "-"},
		{"decomposed accent", "Inge\u0301nieur Logiciel", analyze.Software, analyze.Mid, "-"},
		{"nbsp and bullets", "Senior\u00a0Software Engineer \u2022 Payments", analyze.Software, analyze.Senior, "Payments"},
		{"assistant takes no rank from a later segment", "Executive Assistant | CEO Office", analyze.Admin, analyze.Mid, "-"},
		{"assistant to", "Senior Executive Assistant to the Managing Director", analyze.Admin, analyze.Senior, "-"},
		{"personal chef is no HR", "Personal Chef", analyze.Other, analyze.Mid, "-"},
		{"Swedish Personalchef is HR", "Biträdande personalchef", analyze.HR, analyze.Manager, "-"},
		{"assistant of a department is its discipline", "Asistente de Recursos Humanos", analyze.HR, analyze.Mid, "-"},
		{"assistant manager is a rank", "Assistant Manager", analyze.Other, analyze.Manager, "-"},
		{"compound part means what it means alone", "Stadtentwicklung", analyze.Other, analyze.Mid, "-"},
		{"compound of three parts", "Gebietsverkaufsleiter", analyze.Sales, analyze.Director, "-"},
		{"compound with an unknown part", "Krankenhausgeschäftsführer", analyze.Other, analyze.CXO, "-"},
		{"employer is not split", "Berater at Teamleitungswerk", analyze.Consulting, analyze.Mid, "Teamleitungswerk"},
		{"slip", "Senior Sofware Enginer", analyze.Software, analyze.Senior, "-"},
		{"short word is no slip", "Open Source Maintainer", analyze.Other, analyze.Mid, "-"},
		{"seven letters changed is no slip", "Context Manager", analyze.Other, analyze.Manager, "-"},
		{"first letter is no slip", "Gartner", analyze.Other, analyze.Mid, "-"},
		{"unknown short part", "Intern, Gilead Sciences", analyze.Research, analyze.Intern, "Gilead Sciences"},
		{"camel case is a name", "WarnerMedia", analyze.Other, analyze.Mid, "-"},
		{"compound ends in its discipline", "Leiter, Softwareentwicklung", analyze.Software, analyze.Director, "Softwareentwicklung"},
		{"small word is no part", "Latest", analyze.Other, analyze.Mid, "-"},
		{"brand alone names no discipline", "Intern, SAP", analyze.Other, analyze.Intern, "SAP"},
		{"employer is not corrected", "Consultant at Managment Partners", analyze.Consulting, analyze.Mid, "Managment Partners"},
		{"later discipline over a hint", "Consultant, Supply Chain", analyze.Operations, analyze.Mid, "Supply Chain"},
		{"no role, first segment's discipline", "Talent Acquisition Google Public Sector", analyze.Recruiting, analyze.Mid, "-"},
		{"managing director", "Managing Director, Investment Banking", analyze.Finance, analyze.VP, "Investment Banking"},
		{"empty", "", analyze.Other, analyze.Mid, "-"},
		{"punctuation", " - , | ", analyze.Other, analyze.Mid, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.title, tt.fn, tt.sen, tt.team)
		})
	}
}

// TestClassifyAt checks every cell of the taxonomy's table of employer
// ladders, and that the same titles read generically elsewhere.
func TestClassifyAt(t *testing.T) {
	tests := []struct {
		name, title, employer string
		sen                   analyze.Seniority
	}{
		{"amazon sde i", "SDE I", "Amazon", analyze.Entry},
		{"amazon l4", "Software Development Engineer (L4)", "Amazon Web Services", analyze.Entry},
		{"amazon sde ii", "SDE II, Prime Video", "Amazon", analyze.Mid},
		{"amazon l5", "Software Engineer L5", "Amazon", analyze.Mid},
		{"amazon sde iii", "SDE III", "Amazon", analyze.Senior},
		{"amazon senior sde", "Senior SDE", "Amazon", analyze.Senior},
		{"amazon l6", "SDE - L6", "Amazon", analyze.Senior},
		{"amazon principal", "Principal Engineer", "Amazon", analyze.Staff},
		{"amazon l7", "Software Engineer (L7)", "Audible", analyze.Staff},
		{"amazon level beats ladder", "SDE II (L5)", "Amazon", analyze.Mid},
		{"google swe ii", "Software Engineer II", "Google", analyze.Entry},
		{"google l3", "Software Engineer, L3", "Google", analyze.Entry},
		{"google swe iii", "Software Engineer III", "Google", analyze.Mid},
		{"google l4", "SWE (L4)", "YouTube", analyze.Mid},
		{"google senior", "Senior Software Engineer", "Google", analyze.Senior},
		{"google l5", "Software Engineer L5", "Google", analyze.Senior},
		{"google staff", "Staff Software Engineer", "Google", analyze.Staff},
		{"google l6", "Software Engineer (L6)", "Google", analyze.Staff},
		{"google swe", "Software Engineer", "Google", analyze.Mid},
		{"microsoft swe", "Software Engineer", "Microsoft", analyze.Entry},
		{"microsoft 59", "Software Engineer (59)", "Microsoft", analyze.Entry},
		{"microsoft 60", "Software Engineer, 60", "Microsoft", analyze.Entry},
		{"microsoft swe ii", "Software Engineer II", "Microsoft", analyze.Mid},
		{"microsoft 62", "Software Engineer 62", "Microsoft", analyze.Mid},
		{"microsoft senior", "Senior Software Engineer", "Microsoft", analyze.Senior},
		{"microsoft 64", "Software Engineer (64)", "Microsoft", analyze.Senior},
		{"microsoft principal", "Principal Software Engineer", "Microsoft", analyze.Staff},
		{"microsoft 65", "Software Engineer, 65", "Microsoft", analyze.Staff},
		{"microsoft partner", "Partner Software Engineer", "Microsoft", analyze.Staff},
		{"microsoft partner manager", "Partner Software Engineering Manager", "Microsoft", analyze.Manager},
		{"microsoft partner role", "Partner Manager", "Microsoft", analyze.Mid},
		{"partner engineer elsewhere", "Partner Software Engineer", "Stripe", analyze.Mid},
		{"microsoft developer", "Software Developer", "LinkedIn", analyze.Entry},
		{"microsoft pm is not an engineer", "Product Manager", "Microsoft", analyze.Mid},
		{"microsoft architect", "Cloud Solution Architect", "Microsoft", analyze.Mid},
		{"meta e3", "Software Engineer (E3)", "Meta", analyze.Entry},
		{"meta ic3", "Software Engineer, IC3", "Facebook", analyze.Entry},
		{"meta e4", "Software Engineer E4", "Meta", analyze.Mid},
		{"meta ic4", "Data Scientist (IC4)", "Meta", analyze.Mid},
		{"meta e5", "Software Engineer - E5", "Instagram", analyze.Senior},
		{"meta ic5", "Software Engineer IC5", "Meta", analyze.Senior},
		{"meta e6", "Software Engineer (E6)", "Meta", analyze.Staff},
		{"meta ic7", "Research Scientist, IC7", "Meta", analyze.Staff},
		{"apple ict2", "Software Engineer (ICT2)", "Apple", analyze.Entry},
		{"apple ict3", "Software Engineer ICT3", "Apple", analyze.Mid},
		{"apple ict4", "Software Engineer - ICT4", "Apple", analyze.Senior},
		{"apple ict5", "Software Engineer (ICT5)", "Apple", analyze.Staff},
		{"apple ict6", "Machine Learning Engineer, ICT6", "Apple", analyze.Staff},
		{"salesforce mts", "Member of Technical Staff", "Salesforce", analyze.Mid},
		{"salesforce smts", "SMTS", "Salesforce", analyze.Senior},
		{"salesforce lmts", "LMTS", "Salesforce", analyze.Staff},
		{"salesforce pmts", "PMTS, Data Cloud", "Salesforce", analyze.Staff},
		{"mts elsewhere", "Senior Member of Technical Staff", "Oracle", analyze.Senior},
		{"generic swe ii", "Software Engineer II", "Stripe", analyze.Mid},
		{"generic swe iii", "Software Engineer III", "", analyze.Senior},
		{"generic l4", "Software Engineer (L4)", "Stripe", analyze.Mid},
		{"generic swe", "Software Engineer", "Stripe", analyze.Mid},
		{"generic ic3", "Software Engineer IC3", "", analyze.Mid},
		{"generic 62", "Software Engineer 62", "", analyze.Mid},
		{"generic ict4", "Software Engineer ICT4", "", analyze.Mid},
	}
	m := company.NewMatcher()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key := ""
			if tt.employer != "" {
				key = m.Resolve(tt.employer).Key
			}
			if got := ClassifyAt(tt.title, key); got.Seniority != tt.sen {
				t.Errorf("ClassifyAt(%q, %q) = %s, want %s", tt.title, key, got.Seniority, tt.sen)
			}
		})
	}
}

// TestLadderKeys checks that every ladder's key is what analyze/company
// resolves the employer's own name to, so that no ladder is dead.
func TestLadderKeys(t *testing.T) {
	m := company.NewMatcher()
	for _, l := range employerLadders {
		if got := m.Resolve(l.key).Key; got != l.key {
			t.Errorf("ladder %q: company resolves the name to %q", l.key, got)
		}
		if got := company.Normalize(l.key); got != l.key {
			t.Errorf("ladder %q: the key normalises to %q", l.key, got)
		}
	}
	if ladderAt("stripe") != &genericLadder || ladderAt("") != &genericLadder {
		t.Error("an employer without a ladder of its own does not get the generic one")
	}
}

// TestLexicon checks that every lexicon word is written as the scanner
// reads it, so that no rule is dead.
func TestLexicon(t *testing.T) {
	for w, id := range wordIDs {
		var sc scanner
		sc.scan(w)
		if sc.ntok != 1 || sc.toks[0].id != id || w == "at" {
			t.Errorf("lexicon word %q scans as %d tokens", w, sc.ntok)
		}
	}
	for _, src := range []string{"engineer", "a : nonsense/3", "a : software/9", "a, a : head", "a : level=x"} {
		if err := load(src); err == nil {
			t.Errorf("load(%q) succeeded", src)
		}
	}
	if err := load(lexicon); err != nil {
		t.Fatal(err)
	}
}

// TestAllocs checks that Classify does not allocate.
func TestAllocs(t *testing.T) {
	rows := readTable(t)
	n := testing.AllocsPerRun(10, func() {
		for _, r := range rows {
			Classify(r.title)
		}
	})
	if n != 0 {
		t.Errorf("Classify allocates %v times per table", n)
	}
}

// TestLong checks that a title longer than the limits is still read.
func TestLong(t *testing.T) {
	long := "Senior Software Engineer, " + strings.Repeat("Payments ", 100)
	got := Classify(long)
	if got.Function != analyze.Software || got.Seniority != analyze.Senior || !strings.HasPrefix(got.Team, "Payments Payments") {
		t.Errorf("Classify(long) = %+v", got)
	}
}

func FuzzClassify(f *testing.F) {
	for _, r := range readTable(f) {
		f.Add(r.title)
	}
	f.Fuzz(func(t *testing.T, title string) {
		c := Classify(title)
		if !slices.Contains(analyze.Functions, c.Function) {
			t.Errorf("Classify(%q).Function = %q", title, c.Function)
		}
		if !slices.Contains(analyze.Seniorities, c.Seniority) {
			t.Errorf("Classify(%q).Seniority = %q", title, c.Seniority)
		}
		if !strings.Contains(title, c.Team) {
			t.Errorf("Classify(%q).Team = %q is not in the title", title, c.Team)
		}
		if c2 := Classify(title); c2 != c {
			t.Errorf("Classify(%q) = %+v, then %+v", title, c, c2)
		}
	})
}

func BenchmarkClassify(b *testing.B) {
	rows := readTable(b)
	titles := make([]string, len(rows))
	for i, r := range rows {
		titles[i] = r.title
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Classify(titles[i%len(titles)])
	}
}
