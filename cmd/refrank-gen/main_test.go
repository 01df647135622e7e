package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/sample from the generator")

// sampleDir is the README's sample export, and sampleArgs the flags that
// write it.
var (
	sampleDir = filepath.Join("..", "..", "testdata", "sample")
	// previousDir is the sample account's export of June 2025.
	previousDir = filepath.Join("..", "..", "testdata", "sample-2025-06")
	// resavedDir is the sample account's export of June 2021, re-saved
	// by a European Excel.
	resavedDir = filepath.Join("..", "..", "testdata", "sample-2021")
	sampleArgs = []string{"-n", "350", "--seed", "1"}
	// spacedDir is a small current export with the files re-saved and
	// named as 2018-2022 exports named them, written by spacedArgs.
	spacedDir  = filepath.Join("..", "..", "testdata", "eras", "excel-eu")
	spacedArgs = []string{"-n", "90", "-m", "300", "--excel-eu", "--spaced-names"}
)

func runOK(t *testing.T, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("run(%q) = %d, stderr:\n%s", args, code, stderr.String())
	}
}

// TestSample regenerates the sample export, the same account's exports
// of June 2025 and June 2021 and the small spaced export, and compares
// them byte for byte with testdata/sample, testdata/sample-2025-06,
// testdata/sample-2021 and testdata/eras/excel-eu, so they never drift.
func TestSample(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		args       []string
		files      []exportFile
	}{
		{"current", sampleDir, sampleArgs, (&export{persona: samplePersona}).files()},
		{"June 2025", previousDir, append(slices.Clip(sampleArgs), "--as-of", "2025-06-01"), previousFiles},
		{"June 2021, re-saved", resavedDir, append(slices.Clip(sampleArgs), "--as-of", "2021-06-30", "--excel-eu"), previousFiles},
		{"spaced names, re-saved", spacedDir, spacedArgs, (&export{persona: samplePersona, spacedNames: true}).written()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if *update {
				dir = tt.want
			}
			runOK(t, append(tt.args, "-o", dir)...)
			for _, f := range tt.files {
				want, err := os.ReadFile(filepath.Join(tt.want, f.name))
				if err != nil {
					t.Fatal(err)
				}
				got, err := os.ReadFile(filepath.Join(dir, f.name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s; if the change is meant, run go test ./cmd/refrank-gen -update", f.name, tt.want)
				}
			}
		})
	}
}

// TestAsOf checks an older export: only contacts connected by then, the
// movers at their employer of then, no URL column before June 2023, and
// the positions that had started.
func TestAsOf(t *testing.T) {
	dir := t.TempDir()
	runOK(t, "-n", "500", "--seed", "3", "--as-of", "2020-10-01", "-o", dir)
	b, err := os.ReadFile(filepath.Join(dir, "Connections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if !strings.Contains(text, "First Name,Last Name,Email Address,Company,Position,Connected On\n") || strings.Contains(text, "linkedin.com/in/") {
		t.Errorf("a 2020 export has a URL column or URLs:\n%.300s", text)
	}
	for _, line := range strings.Split(text, "\n")[4:] {
		f := strings.Split(line, ",")
		if d, err := time.Parse("02 Jan 2006", f[len(f)-1]); err != nil || d.After(day(2020, 10, 1)) {
			t.Fatalf("row %q: connected after the export, or no date", line)
		}
	}
	if !strings.Contains(text, "Marcus,Lindqvist,,Spotify,Senior Backend Engineer,19 Aug 2020") {
		t.Error("the mover Marcus Lindqvist is not at Spotify in 2020")
	}
	pos, _ := os.ReadFile(filepath.Join(dir, "Positions.csv"))
	if strings.Contains(string(pos), "Northwind") {
		t.Errorf("Positions.csv of 2020 holds the 2022 job:\n%s", pos)
	}
	if _, err := os.Stat(filepath.Join(dir, "messages.csv")); err == nil {
		t.Error("an older export has messages.csv; want the basic export's files")
	}
}

// TestZipDeterministic writes the same zip twice and checks it is the same
// bytes, laid out as LinkedIn's archive, with the folder export's files.
func TestZipDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.zip"), filepath.Join(dir, "Basic_LinkedInDataExport_11-20-2026.zip")
	runOK(t, "-n", "500", "--seed", "7", "-o", a)
	runOK(t, "-n", "500", "--seed", "7", "-o", b)
	runOK(t, "-n", "500", "--seed", "7", "-o", filepath.Join(dir, "folder"))
	za, _ := os.ReadFile(a)
	zb, _ := os.ReadFile(b)
	if !bytes.Equal(za, zb) {
		t.Fatal("two runs with the same flags wrote different zips")
	}

	zr, err := zip.NewReader(bytes.NewReader(za), int64(len(za)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
		if f.Flags&0x8 == 0 {
			t.Errorf("%s: no data descriptor", f.Name)
		}
		if want := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC); !f.Modified.Equal(want) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, want)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		want, _ := os.ReadFile(filepath.Join(dir, "folder", f.Name))
		if !bytes.Equal(got, want) {
			t.Errorf("%s in the zip differs from the folder export", f.Name)
		}
	}
	var want []string
	for _, f := range (&export{persona: samplePersona}).files() {
		want = append(want, f.name)
	}
	if !slices.Equal(names, want) {
		t.Errorf("zip entries %q, want %q", names, want)
	}
}

// TestSeeds checks that the seed changes the network but not the anchors.
func TestSeeds(t *testing.T) {
	a := generate(samplePersona, 350, 1, day(2026, 11, 20))
	b := generate(samplePersona, 350, 2, day(2026, 11, 20))
	var ca, cb bytes.Buffer
	writeConnections(&ca, a)
	writeConnections(&cb, b)
	if bytes.Equal(ca.Bytes(), cb.Bytes()) {
		t.Error("seeds 1 and 2 wrote the same Connections.csv")
	}
	for _, an := range samplePersona.anchors {
		if !strings.Contains(cb.String(), an.position) {
			t.Errorf("seed 2 lacks the anchor %s %s (%s)", an.first, an.last, an.position)
		}
	}
}

func TestUsage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of the message
	}{
		{"help", []string{"--help"}, 0, ""},
		{"short help", []string{"-h"}, 0, ""},
		{"no output", []string{"-n", "10"}, 2, "missing -o"},
		{"unknown flag", []string{"--frobnicate", "-o", out}, 2, "unknown flag: --frobnicate"},
		{"negative count", []string{"-n", "-1", "-o", out}, 2, "--connections must be from 0 to 30000"},
		{"count over cap", []string{"-n", "30001", "-o", out}, 2, "--connections must be from 0 to 30000"},
		{"count not a number", []string{"-n", "many", "-o", out}, 2, "invalid argument"},
		{"seed not a number", []string{"--seed", "-3", "-o", out}, 2, "invalid argument"},
		{"unknown persona", []string{"--persona", "ceo", "-o", out}, 2, `--persona "ceo" is unknown`},
		{"bad date", []string{"--date", "20 Nov 2026", "-o", out}, 2, "is not a date like 2026-11-20"},
		{"date before the current job", []string{"--date", "2021-01-01", "-o", out}, 2, "--date must be after 2022-03-07"},
		{"stray argument", []string{"-o", out, "extra"}, 2, `unexpected argument "extra"`},
		{"unwritable output", []string{"-n", "5", "-o", filepath.Join(out, "x.zip", "y.zip")}, 1, "refrank-gen: error:"},
		{"zero connections", []string{"-n", "0", "-o", out}, 0, ""},
		{"negative messages", []string{"-m", "-5", "-o", out}, 2, "--messages must be from 0 to 10000000"},
		{"too many messages", []string{"--messages", "10000001", "-o", out}, 2, "--messages must be from 0 to 10000000"},
		{"zero messages", []string{"-n", "3", "-m", "0", "-o", out}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderr)
			}
			if tt.code == 0 && stderr.Len() > 0 {
				t.Errorf("stderr not empty on success: %q", stderr.String())
			}
			if strings.Contains(tt.name, "help") && !strings.Contains(stdout.String(), "usage: refrank-gen") {
				t.Errorf("help printed %q to stdout", stdout.String())
			}
		})
	}
}

// readConnections parses Connections.csv as a reader must: preamble, header, rows.
func readConnections(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(connectionsNotes+"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")) {
		t.Fatalf("Connections.csv does not start with the notes and header:\n%.400s", data)
	}
	r := csv.NewReader(bytes.NewReader(data[len(connectionsNotes):]))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

// TestConnectionsFormat checks what readers rely on, at LinkedIn's cap.
func TestConnectionsFormat(t *testing.T) {
	e := generate(samplePersona, maxConnections, 42, day(2026, 11, 20))
	var buf bytes.Buffer
	if err := writeConnections(&buf, e); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if bytes.HasSuffix(data, []byte("\n")) || bytes.Contains(data, []byte("\r")) {
		t.Error("want LF line ends and no final newline")
	}
	if !utf8.Valid(data) {
		t.Error("not UTF-8")
	}
	rows := readConnections(t, data)
	if len(rows) != maxConnections {
		t.Fatalf("%d rows, want %d", len(rows), maxConnections)
	}
	urls := map[string]bool{}
	hidden, emails := 0, 0
	prev := day(2100, 1, 1)
	first := prev
	for i, row := range rows {
		on, err := time.Parse("02 Jan 2006", row[6])
		if err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		if on.After(prev) {
			t.Fatalf("row %d: %s after %s: not newest first", i, row[6], prev.Format("02 Jan 2006"))
		}
		prev = on
		first = on
		if row[0] == "" && row[1] == "" {
			hidden++
			if strings.Join(row[:6], "") != "" {
				t.Errorf("row %d: nameless row with data: %q", i, row)
			}
			continue
		}
		if row[3] != "" {
			emails++
		}
		u := row[2]
		if !strings.HasPrefix(u, "https://www.linkedin.com/in/") || strings.HasSuffix(u, "/") {
			t.Errorf("row %d: URL %q", i, u)
		}
		for _, c := range u {
			if c > 127 || c == ' ' {
				t.Errorf("row %d: URL %q not percent-encoded", i, u)
				break
			}
		}
		if urls[u] {
			t.Errorf("row %d: URL %q repeated", i, u)
		}
		urls[u] = true
	}
	if first.Before(day(2014, 1, 1)) || first.After(day(2014, 12, 31)) {
		t.Errorf("oldest connection %v, want one in 2014", first)
	}
	if pct := 100 * hidden / len(rows); pct < 1 || pct > 3 {
		t.Errorf("%d%% hidden rows, want 1-3%%", pct)
	}
	if pct := 100 * emails / len(rows); pct > 5 {
		t.Errorf("%d%% rows with email, want few", pct)
	}
}

// TestSampleStory checks that the sample holds what the README's
// walk-through (--target Amazon:Music --target Stripe --role software)
// shows.
func TestSampleStory(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sampleDir, "Connections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := readConnections(t, data)
	count := func(pred func(company, position string, on time.Time) bool) int {
		n := 0
		for _, r := range rows {
			on, _ := time.Parse("02 Jan 2006", r[6])
			if pred(r[4], strings.ToLower(r[5]), on) {
				n++
			}
		}
		return n
	}
	amazon := func(c string) bool {
		return slices.Contains([]string{"Amazon", "Amazon Web Services (AWS)", "Audible", "Twitch"}, c)
	}
	software := func(p string) bool {
		return strings.Contains(p, "software") || strings.Contains(p, "sde") || strings.Contains(p, "engineer")
	}
	recruiter := func(p string) bool { return strings.Contains(p, "recruit") || strings.Contains(p, "sourcer") }
	during := func(on time.Time, from, to time.Time) bool { return !on.Before(from) && !on.After(to) }
	checks := []struct {
		what string
		min  int
		pred func(company, position string, on time.Time) bool
	}{
		{"software people at Amazon", 8, func(c, p string, _ time.Time) bool { return amazon(c) && software(p) }},
		{"software people on Amazon Music", 2, func(c, p string, _ time.Time) bool {
			return amazon(c) && software(p) && strings.Contains(p, "music")
		}},
		{"senior software people at Amazon", 3, func(c, p string, _ time.Time) bool {
			return amazon(c) && software(p) && (strings.Contains(p, "senior") || strings.Contains(p, "sr.") || strings.Contains(p, "principal"))
		}},
		{"recruiters at Amazon", 2, func(c, p string, _ time.Time) bool { return amazon(c) && recruiter(p) }},
		{"non-software people at Amazon", 5, func(c, p string, _ time.Time) bool { return amazon(c) && !software(p) }},
		{"Stripe software people from the UW years", 3, func(c, p string, on time.Time) bool {
			return c == "Stripe" && software(p) && during(on, day(2015, 9, 1), day(2019, 6, 30))
		}},
		{"recruiters at Stripe", 1, func(c, p string, _ time.Time) bool { return c == "Stripe" && recruiter(p) }},
		{"non-software people at Stripe", 2, func(c, p string, _ time.Time) bool { return c == "Stripe" && !software(p) }},
		{"Contoso colleagues", 5, func(c, p string, on time.Time) bool {
			return strings.HasPrefix(c, "Contoso") && during(on, day(2019, 7, 8), day(2022, 2, 25))
		}},
		{"Northwind colleagues", 5, func(c, p string, on time.Time) bool {
			return strings.HasPrefix(c, "Northwind") && !on.Before(day(2022, 3, 7))
		}},
		{"lookalike companies", 5, func(c, _ string, _ time.Time) bool {
			return slices.Contains([]string{"Amazonas Energia", "Amazing Apps LLC", "Stripes Convenience Stores", "Epic Systems", "Apple Leisure Group"}, c)
		}},
		{"companies with a comma", 3, func(c, _ string, _ time.Time) bool { return strings.Contains(c, ",") }},
	}
	for _, c := range checks {
		if n := count(c.pred); n < c.min {
			t.Errorf("sample has %d %s, want at least %d", n, c.what, c.min)
		}
	}
}

func TestTrimFinalNewline(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"one record", []string{"a,b\n"}, "a,b"},
		{"records in one write", []string{"a\nb\n"}, "a\nb"},
		{"a write ending a line", []string{"a\n", "b\n"}, "a\nb"},
		{"a write without newline", []string{"a", "b\n"}, "ab"},
		{"an empty write", []string{"a\n", ""}, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := &trimFinalNewline{w: &buf}
			for _, s := range tt.writes {
				w.Write([]byte(s))
			}
			if buf.String() != tt.want {
				t.Errorf("got %q, want %q", buf.String(), tt.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ first, last, want string }{
		{"Tomás", "Rivera, PMP", "tomás-rivera"},
		{"Li", "Wu (they/them)", "li-wu"},
		{"Sam 🚀", "Lee", "sam-lee"},
		{"Anna M.", "O'Brien", "anna-m-obrien"},
		{"Ana Clara", "da Silva", "ana-clara-da-silva"},
		{"🚀", "", "member"},
	}
	for _, tt := range tests {
		if got := slugBase(tt.first, tt.last); got != tt.want {
			t.Errorf("slugBase(%q, %q) = %q, want %q", tt.first, tt.last, got, tt.want)
		}
	}
}

func BenchmarkGenerate30000(b *testing.B) {
	for b.Loop() {
		e := generate(samplePersona, maxConnections, 1, day(2026, 11, 20))
		if err := writeConnections(io.Discard, e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkZip30000(b *testing.B) {
	out := filepath.Join(b.TempDir(), "export.zip")
	for b.Loop() {
		if code := run([]string{"-n", "30000", "-o", out}, io.Discard, io.Discard); code != 0 {
			b.Fatal(code)
		}
	}
}

// TestSpacedNames checks the names of 2018-2022 exports: spaces for the
// underscores of the files at the root, the folders' files as they are.
func TestSpacedNames(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Recommendations_Received.csv", "Recommendations Received.csv"},
		{"Endorsement_Received_Info.csv", "Endorsement Received Info.csv"},
		{"Connections.csv", "Connections.csv"},
		{"Jobs/Job Applications_1.csv", "Jobs/Job Applications_1.csv"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := spacedName(tt.name); got != tt.want {
				t.Errorf("spacedName(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}
