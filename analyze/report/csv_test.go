package report

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/internal/golden"
)

func TestColumns(t *testing.T) {
	got := Columns(&analyze.Result{Components: []string{"role", "shared_school", "tie", "Role"}})
	want := []string{
		"Rank", "Score", "Name", "Profile URL", "Email", "Company", "Target", "Team",
		"Position", "Function", "Seniority", "Tie Strength", "Approach", "Why",
		"Tie", "Messages", "Last Message", "Connected On",
		"Role Points", "Shared School Points", "Tie Points", "Role Points (2)",
		"Status", "Asked On", "Follow Up", "Notes",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Columns:\n got %q\nwant %q", got, want)
	}
}

func TestWriteCSVGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "sample.csv.golden"), b.Bytes())
	if bytes.Contains(b.Bytes(), []byte("\r\n")) {
		t.Error("CSV has CRLF line ends, want \\n")
	}
}

// TestWriteCSVRows reads the CSV back and checks it against the table.
func TestWriteCSVRows(t *testing.T) {
	r := sampleResult()
	var b bytes.Buffer
	if err := WriteCSV(&b, r); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := table(r, defuse)
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d", len(got), len(want))
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("record %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
}

func TestWriteCSVEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, &analyze.Result{Components: []string{"role"}}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join(Columns(&analyze.Result{Components: []string{"role"}}), ",") + "\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestDefuse(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Ana Müller", "Ana Müller"},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+1 Data Scientist", "'+1 Data Scientist"},
		{"minus", "-Intern-", "'-Intern-"},
		{"at", "@olu", "'@olu"},
		{"tab", "\tOperations Lead", "'\tOperations Lead"},
		{"carriage return", "\rx", "'\rx"},
		{"dde payload", `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
		{"inner equals", "a=b", "a=b"},
		{"leading space", " =1", " =1"},
		{"quote already", "'=1", "''=1"},
		{"quote before text", "'tis", "'tis"},
		{"lone quote", "'", "'"},
		{"number", "87.5", "87.5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := defuse(tc.in); got != tc.want {
				t.Errorf("defuse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestWriteCSVInjection puts formula-like text in every text column of one
// referral and checks each comes back with a leading quote.
func TestWriteCSVInjection(t *testing.T) {
	for _, tc := range []struct {
		name    string
		payload string
	}{
		{"equals", `=HYPERLINK("http://evil.example","x")`},
		{"plus", "+1 555 0100"},
		{"minus", "-2+3"},
		{"at", "@SUM(1+1)"},
		{"tab", "\t=1"},
		{"carriage return", "\r=1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.payload
			r := &analyze.Result{
				Components: []string{"role"},
				Referrals: []analyze.Referral{{
					Rank: 1, Score: 50,
					Member: analyze.Member{
						Contact: analyze.Contact{FirstName: p, URL: p, Email: p, Company: p, Position: p},
						Team:    p, Function: analyze.Function(p), Seniority: analyze.Seniority(p), Tie: analyze.Tier(p),
					},
					Target: p, Approach: analyze.Approach(p), Why: p,
					Note: analyze.Note{Status: p, AskedOn: p, FollowUp: p, Notes: p},
				}},
			}
			var b bytes.Buffer
			if err := WriteCSV(&b, r); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			raw := fields(nil, &r.Referrals[0], r.Components)
			for j, f := range recs[1] {
				switch kindOf(j, len(r.Components)) {
				case kindText, kindNoteDate: // Name is trimmed: "\t=1" becomes "=1"
					if f != "'"+raw[j] {
						t.Errorf("%s = %q, want %q", recs[0][j], f, "'"+raw[j])
					}
				default:
					if strings.HasPrefix(f, "'") {
						t.Errorf("%s = %q, a number or date got a quote", recs[0][j], f)
					}
				}
			}
		})
	}
}

// table returns the header and rows of r as text, each field passed
// through fix.
func table(r *analyze.Result, fix func(string) string) [][]string {
	rows := [][]string{Columns(r)}
	for i := range r.Referrals {
		row := fields(nil, &r.Referrals[i], r.Components)
		for j := range row {
			row[j] = fix(row[j])
		}
		rows = append(rows, row)
	}
	return rows
}

func BenchmarkWriteCSV(b *testing.B) {
	r := bigResult(30000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteCSV(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
