package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/report"
	"github.com/refrank/refrank/internal/golden"
)

// root is the repository's top folder, where the shared testdata lives.
const root = "../.."

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	notExport := filepath.Join(dir, "empty")
	os.Mkdir(notExport, 0o755)
	sample := filepath.Join(root, "testdata", "sample")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring
		stderr   string // substring
		noStderr bool
	}{
		{"no command", nil, exitUsage, "", "usage: refrank COMMAND", false},
		{"unknown command", []string{"rnak"}, exitUsage, "", `unknown command "rnak"`, false},
		{"help", []string{"help"}, exitOK, "rank EXPORT", "", true},
		{"rank help", []string{"rank", "--help"}, exitOK, "--target COMPANY[:TEAM]", "", true},
		{"titles help", []string{"titles", "-h"}, exitOK, "title,function,seniority", "", true},
		{"rank without export", []string{"rank"}, exitUsage, "", "rank needs an EXPORT", false},
		{"unknown flag", []string{"rank", "--tagret", "Amazon", sample}, exitUsage, "", "unknown flag: --tagret", false},
		{"bad role", []string{"rank", "--role", "wizard", sample}, exitUsage, "", `--role: "wizard" is not a function`, false},
		{"negative top", []string{"rank", "--top", "-1", sample}, exitUsage, "", "--top: must be at least 0", false},
		{"bad weight", []string{"rank", "--weight", "tie", sample}, exitUsage, "", `--weight: "tie": want COMPONENT=NUMBER`, false},
		{"unknown weight", []string{"rank", "--weight", "luck=3", sample}, exitUsage, "", `unknown score component "luck"`, false},
		{"empty target", []string{"rank", "--target", ":Music", sample}, exitUsage, "", "names no company", false},
		{"bad school years", []string{"rank", "--school", "UW:2019-2015", sample}, exitUsage, "", "years in order", false},
		{"bad alias", []string{"rank", "--alias", "Amazon", sample}, exitUsage, "", "--alias", false},
		{"unknown format", []string{"rank", "-o", filepath.Join(dir, "out.txt"), sample}, exitUsage, "", "cannot tell the format", false},
		{"xlsx to stdout", []string{"rank", "--format", "xlsx", "-o", "-", sample}, exitUsage, "", "cannot go to stdout", false},
		{"missing export", []string{"rank", "-o", filepath.Join(dir, "a.csv"), filepath.Join(dir, "nope.zip")}, exitFail, "", "refrank: " + filepath.Join(dir, "nope.zip") + ": no such file or directory\nrefrank: hint: ", false},
		{"folder without connections", []string{"rank", "-o", filepath.Join(dir, "a.csv"), notExport}, exitFail, "", "hint:", false},
		{"output folder missing", []string{"rank", "-o", filepath.Join(dir, "no", "a.csv"), sample}, exitFail, "", "does not exist", false},
		{"output over an input", []string{"rank", "-o", filepath.Join(sample, "Connections.csv"), sample}, exitFail, "", "will not write", false},
		{"output over another input", []string{"rank", "--no-config", "-o", filepath.Join(sample, "Recommendations_Given.csv"), sample}, exitFail, "", "will not write", false},
		{"output is a folder", []string{"rank", "--format", "csv", "-o", dir, sample}, exitFail, "", "it is a folder", false},
		{"titles missing file", []string{"titles", filepath.Join(dir, "nope.txt")}, exitFail, "", "refrank: " + filepath.Join(dir, "nope.txt") + ": no such file or directory\n", false},
		{"missing config", []string{"rank", "--config", filepath.Join(dir, "nope.toml"), sample}, exitFail, "", "refrank: " + filepath.Join(dir, "nope.toml") + ": no such file or directory\n", false},
		{"titles two files", []string{"titles", "a", "b"}, exitUsage, "", "at most one FILE", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stdout, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, stdout)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
			// A command's usage error, titles' among them, has the hint
			// to its help.
			if cmd, _, ok := strings.Cut(strings.TrimPrefix(stderr, "refrank "), ":"); ok && code == exitUsage && strings.HasPrefix(stderr, "refrank ") &&
				!strings.Contains(stderr, "\nrefrank: hint: run 'refrank "+cmd+" --help' for usage\n") {
				t.Errorf("no hint to 'refrank %s --help':\n%s", cmd, stderr)
			}
			if tt.noStderr && stderr != "" {
				t.Errorf("stderr should be empty:\n%s", stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr shows a crash:\n%s", stderr)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("failed runs left files behind: %v", entries)
	}
}

func TestTitles(t *testing.T) {
	in := "SDE II, Amazon Music\r\nHead of Talent Acquisition\n\nIngeniero de Software Senior"
	code, out, stderr := runCmd(t, in, "titles")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want := `title,function,seniority
"SDE II, Amazon Music",software,mid
Head of Talent Acquisition,recruiting,director
,other,mid
Ingeniero de Software Senior,software,senior
`
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	// A file and "-" read the same way.
	f := filepath.Join(t.TempDir(), "titles.txt")
	os.WriteFile(f, []byte(in), 0o644)
	if _, out2, _ := runCmd(t, "", "titles", f); out2 != want {
		t.Errorf("from a file:\n%s", out2)
	}
	if _, out3, _ := runCmd(t, in, "titles", "-"); out3 != want {
		t.Errorf("from -:\n%s", out3)
	}
}

// TestTitlesCompany checks refrank titles --company: each title read on
// its resolved employer's ladder, and bad rows refused with their line.
func TestTitlesCompany(t *testing.T) {
	tests := []struct {
		name, in   string
		code       int
		out, errIs string
	}{
		{"header and ladders", "\ufefftitle,company\r\nSoftware Engineer III,Google\r\nSoftware Engineer III,Stripe\r\nSDE III,AWS\r\n",
			exitOK, "title,company,employer,function,seniority\n" +
				"Software Engineer III,Google,Google,software,mid\n" +
				"Software Engineer III,Stripe,Stripe,software,senior\n" +
				"SDE III,AWS,Amazon,software,senior\n", ""},
		{"no header", "Software Engineer II,YouTube\n\"Senior Engineer, Payments\",\nSoftware Engineer\n",
			exitOK, "title,company,employer,function,seniority\n" +
				"Software Engineer II,YouTube,Google,software,entry\n" +
				"\"Senior Engineer, Payments\",,,software,senior\n" +
				"Software Engineer,,,software,mid\n", ""},
		{"empty", "", exitOK, "title,company,employer,function,seniority\n", ""},
		{"three columns", "SDE I,Amazon\nEngineer, Payments,Stripe\n", exitFail, "", "stdin:2: 3 columns"},
		{"bare quote", "SDE I,Amazon\nSDE \"II,Amazon\n", exitFail, "", "stdin:2: bare \""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tt.in, "titles", "--company")
			if code != tt.code || out != tt.out {
				t.Errorf("exit %d, stdout:\n%s\nwant exit %d, stdout:\n%s", code, out, tt.code, tt.out)
			}
			if tt.errIs == "" && stderr != "" || !strings.Contains(stderr, tt.errIs) {
				t.Errorf("stderr %q, want %q", stderr, tt.errIs)
			}
		})
	}
}

// golden runs refrank rank on each shipped export, writing CSV and JSON,
// and compares with testdata/golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"sample", []string{"--target", "Amazon:Music", "--target", "Stripe", "testdata/sample"}},
		{"all-companies", []string{"--top", "3", "testdata/tie"}},
		{"sample-job-search", []string{"--top", "5", "testdata/sample"}},
		{"sample-since", []string{"--target", "Amazon:Music", "--target", "Stripe", "--since", "testdata/sample-2025-06", "testdata/sample"}},
		{"sample-data-role", []string{"--role", "data", "--target", "Google", "--target", "Microsoft", "--weight", "tie=60", "testdata/sample"}},
		{"era-2018", []string{"--target", "Amazon", "--target", "Google", "--target", "Stripe", "testdata/eras/2018/Connections.csv"}},
		{"era-2022", []string{"--target", "Amazon", "--target", "Google", "--target", "Stripe", "testdata/eras/2022"}},
		{"era-2023-06", []string{"--target", "Amazon", "--target", "Google", "--target", "Stripe", "testdata/eras/2023-06"}},
		{"era-current", []string{"--target", "Amazon:Music", "--target", "Stripe", "--target", "Contoso", "testdata/eras/current"}},
		{"era-excel", []string{"--target", "Amazon:Music", "--target", "Stripe", "--target", "Contoso", "testdata/eras/excel"}},
		{"era-excel-eu", []string{"--target", "Amazon:Music", "--target", "Stripe", "--target", "Contoso", "testdata/eras/excel-eu"}},
		{"eras-merged", []string{"--target", "Amazon", "--target", "Stripe", "testdata/eras/current", "testdata/eras/excel/Connections.csv"}},
		{"full-export", []string{"--target", "Stripe", "--target", "Amazon:Music", "--target", "Contoso", "testdata/tie"}},
		{"sample-merged-2021", []string{"--target", "Amazon:Music", "--target", "Stripe", "testdata/sample", "testdata/sample-2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, ext := range []string{".csv", ".json"} {
				out := filepath.Join(dir, "out"+ext)
				args := append([]string{"rank", "-q", "--no-config", "-o", out}, tt.args...)
				for i, a := range args {
					if strings.HasPrefix(a, "testdata/") {
						args[i] = filepath.Join(root, a)
					}
				}
				code, _, stderr := runCmd(t, "", args...)
				if code != exitOK {
					t.Fatalf("exit %d:\n%s", code, stderr)
				}
				got, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				// The same run twice gives the same bytes.
				runCmd(t, "", args...)
				if again, _ := os.ReadFile(out); !bytes.Equal(got, again) {
					t.Errorf("%s: a second run wrote different output", ext)
				}
				golden.Check(t, filepath.Join("testdata", "golden", tt.name+ext), got)
			}
			checkWorkbook(t, dir, tt.args)
		})
	}
}

// checkWorkbook runs the same ranking to a workbook and reads it back: its
// Referrers sheet must name the same people, with the same tracking
// columns, as the CSV.
func checkWorkbook(t *testing.T, dir string, args []string) {
	t.Helper()
	out := filepath.Join(dir, "out.xlsx")
	args = append([]string{"rank", "-q", "--no-config", "-o", out}, args...)
	for i, a := range args {
		if strings.HasPrefix(a, "testdata/") {
			args[i] = filepath.Join(root, a)
		}
	}
	if code, _, stderr := runCmd(t, "", args...); code != exitOK {
		t.Fatalf("xlsx: exit %d:\n%s", code, stderr)
	}
	fromXLSX := notesOf(t, out)
	fromCSV := notesOf(t, filepath.Join(dir, "out.csv"))
	if len(fromXLSX) == 0 || len(fromXLSX) != len(fromCSV) {
		t.Fatalf("the workbook lists %d people, the CSV %d", len(fromXLSX), len(fromCSV))
	}
	for i := range fromCSV {
		x, c := fromXLSX[i], fromCSV[i]
		if x.URL != c.URL || x.Name != c.Name || x.Status != c.Status {
			t.Errorf("person %d: workbook %q %q, CSV %q %q", i, x.Name, x.URL, c.Name, c.URL)
		}
	}
}

func notesOf(t *testing.T, path string) []analyze.Note {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	notes, _, err := report.ReadNotes(f, path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return notes
}

// TestRoutineSkipsAreNotWarnings: a healthy export (drafts, InMail ads,
// hidden members and all) gives no warning; -q prints nothing at all.
func TestRoutineSkipsAreNotWarnings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.csv")
	sample := filepath.Join(root, "testdata", "sample")
	code, _, stderr := runCmd(t, "", "rank", "--no-config", "-o", out, sample)
	if code != exitOK || strings.Contains(stderr, "warning:") || !strings.Contains(stderr, "10 drafts; skipped") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "rank", "-q", "--no-config", "-o", out, sample)
	if code != exitOK || stderr != "" {
		t.Errorf("-q: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestSameExportTwice ranks the sample export given twice as it ranks it
// given once: two archives of one account hold the same messages, which
// count once.
func TestSameExportTwice(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join(root, "testdata", "sample")
	var outs []string
	for _, args := range [][]string{{sample}, {sample, sample}} {
		out := filepath.Join(dir, fmt.Sprintf("%d.csv", len(args)))
		if code, _, stderr := runCmd(t, "", append([]string{"rank", "-q", "--no-config", "--target", "Amazon", "-o", out}, args...)...); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(b))
	}
	if outs[0] != outs[1] {
		t.Errorf("the sample given twice ranks differently from once")
	}
}

// FuzzTitlesAt checks that refrank titles --company reads any input
// without panicking, and either writes one row per record after the
// header or nothing at all with an error that names the line.
func FuzzTitlesAt(f *testing.F) {
	for _, s := range []string{
		"title,company\nSoftware Engineer III,Google\n",
		"SDE II,AWS\r\n\"Engineer, Payments\",Stripe\r\n",
		"a,b,c\n", "a\"b,c\n", "\ufeff", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out strings.Builder
		err := titlesAt(strings.NewReader(in), "in.csv", &out)
		if err != nil {
			if out.Len() != 0 || !strings.HasPrefix(err.Error(), "in.csv") {
				t.Fatalf("error %q after writing %q", err, out.String())
			}
			return
		}
		if !strings.HasPrefix(out.String(), "title,company,employer,function,seniority\n") {
			t.Fatalf("no header: %q", out.String())
		}
	})
}
