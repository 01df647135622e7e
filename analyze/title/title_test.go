package title

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
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
		{"empty", "", analyze.Other, analyze.Mid, "-"},
		{"punctuation", " - , | ", analyze.Other, analyze.Mid, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.title, tt.fn, tt.sen, tt.team)
		})
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
