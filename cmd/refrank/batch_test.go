package main

import (
	"archive/zip"
	"bytes"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// coach is the example folder of a career coach's clients.
var coach = filepath.Join(root, "testdata", "coach")

// sheetText returns the text of a workbook's shared strings and first
// sheet: enough to check what clients.xlsx says without a second excelize
// user (the report package's tests read it back cell by cell).
func sheetText(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var b strings.Builder
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" || f.Name == "xl/worksheets/sheet1.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(&b, r)
			r.Close()
		}
	}
	return b.String()
}

func TestBatchBrokenClient(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCmd(t, "", "batch", coach, "-o", out)
	if code != exitFail {
		t.Errorf("exit %d, want %d:\n%s", code, exitFail, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout: %q", stdout)
	}
	for _, f := range []string{"ana-garcia.xlsx", "ben-okafor.xlsx", "clients.xlsx"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "chloe-nguyen.xlsx")); err == nil {
		t.Errorf("the broken client got a workbook")
	}
	for _, want := range []string{
		"refrank: chloe-nguyen: " + filepath.Join(coach, "chloe-nguyen") + ": no Connections.csv",
		"refrank: hint: give the archive .zip",
		"refrank: 1 of 3 clients failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	text := sheetText(t, filepath.Join(out, "clients.xlsx"))
	for _, want := range []string{"Failure", "failed", "no Connections.csv at the top level", "ana-garcia.xlsx", "Amazon:Music", "Stripe 2026-12-15", "Google:"} {
		if !strings.Contains(text, want) {
			t.Errorf("clients.xlsx lacks %q", want)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 3 {
		t.Errorf("OUT_DIR holds %v, want the two workbooks and clients.xlsx", entries)
	}
}

// TestBatchJobs checks that the outputs do not depend on --jobs.
func TestBatchJobs(t *testing.T) {
	// The same OUT_DIR each time: the Run sheets record the output path.
	out := filepath.Join(t.TempDir(), "out")
	var runs []map[string][]byte
	for _, jobs := range []string{"1", "4", "1"} {
		os.RemoveAll(out)
		code, _, stderr := runCmd(t, "", "batch", "-q", "--jobs", jobs, coach, "-o", out)
		if code != exitFail {
			t.Fatalf("--jobs %s: exit %d:\n%s", jobs, code, stderr)
		}
		files := map[string][]byte{}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			files[e.Name()], _ = os.ReadFile(filepath.Join(out, e.Name()))
		}
		runs = append(runs, files)
	}
	names := slices.Sorted(maps.Keys(runs[0]))
	if !slices.Equal(names, []string{"ana-garcia.xlsx", "ben-okafor.xlsx", "clients.xlsx"}) {
		t.Errorf("wrote %v", names)
	}
	for i, jobs := range []string{"4", "1 again"} {
		for _, name := range names {
			if !bytes.Equal(runs[0][name], runs[i+1][name]) {
				t.Errorf("%s differs between --jobs 1 and --jobs %s", name, jobs)
			}
		}
		if len(runs[i+1]) != len(names) {
			t.Errorf("--jobs %s wrote %d files", jobs, len(runs[i+1]))
		}
	}
}

// copyDir copies the files of src into dst, one level of folders deep.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestBatchQuiet(t *testing.T) {
	clients := t.TempDir()
	copyDir(t, filepath.Join(coach, "ana-garcia"), filepath.Join(clients, "ana-garcia"))
	// A client given as a bare .zip: the export itself, with the defaults.
	data, _ := os.ReadFile(filepath.Join(coach, "ana-garcia", "Basic_LinkedInDataExport_11-20-2026.zip"))
	os.WriteFile(filepath.Join(clients, "dev.zip"), data, 0o644)
	os.WriteFile(filepath.Join(clients, "README.md"), []byte("not a client\n"), 0o644)
	out := filepath.Join(clients, "out") // inside CLIENTS_DIR: not a client
	code, stdout, stderr := runCmd(t, "", "batch", "--quiet", clients, "-o", out)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing printed", code, stdout, stderr)
	}
	// Run again: the output folder is not taken for a client.
	code, _, stderr = runCmd(t, "", "batch", clients, "-o", out)
	if code != exitOK || !strings.Contains(stderr, "ranked 2 clients") {
		t.Errorf("second run: exit %d:\n%s", code, stderr)
	}
	text := sheetText(t, filepath.Join(out, "clients.xlsx"))
	if !strings.Contains(text, "every company in the network") {
		t.Errorf("the .zip client did not rank every company")
	}
}

func TestBatchUsage(t *testing.T) {
	out := t.TempDir()
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no folder", []string{"batch", "-o", out}, exitUsage, "batch needs one CLIENTS_DIR"},
		{"no output", []string{"batch", coach}, exitUsage, "batch needs -o OUT_DIR"},
		{"zero jobs", []string{"batch", "--jobs", "0", coach, "-o", out}, exitUsage, "refrank batch: --jobs: must be at least 1, not 0\nrefrank: hint: run 'refrank batch --help' for usage\n"},
		{"missing folder", []string{"batch", filepath.Join(out, "nope"), "-o", out}, exitFail, "hint:"},
		{"no clients", []string{"batch", out, "-o", filepath.Join(out, "x")}, exitFail, "no client folders"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d (want %d), stderr:\n%s", code, tt.code, stderr)
			}
		})
	}
}

// TestCoachZip checks that the example client's archive holds the files of
// testdata/eras/current, so the two cannot drift apart.
func TestCoachZip(t *testing.T) {
	zr, err := zip.OpenReader(filepath.Join(coach, "ana-garcia", "Basic_LinkedInDataExport_11-20-2026.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 3 {
		t.Errorf("%d files in the archive", len(zr.File))
	}
	for _, f := range zr.File {
		r, _ := f.Open()
		got, _ := io.ReadAll(r)
		r.Close()
		want, err := os.ReadFile(filepath.Join(root, "testdata", "eras", "current", f.Name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from testdata/eras/current (rebuild the archive: see testdata/coach/README.md)", f.Name)
		}
	}
}

// TestProgressPlain checks the plain progress lines written when stderr is
// not a terminal: one per tenth of the work, and none once quiet.
func TestProgressPlain(t *testing.T) {
	var b bytes.Buffer
	m := newMeter(&b, false, "clients", 0)
	m.grow(20)
	for i := range 20 {
		m.add(1, "client"+string(rune('a'+i)))
	}
	m.stop()
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 10 {
		t.Errorf("%d lines, want 10:\n%s", len(lines), b.String())
	}
	if !strings.HasPrefix(lines[len(lines)-1], "refrank: 20/20 clients done") {
		t.Errorf("last line %q", lines[len(lines)-1])
	}
	b.Reset()
	q := newMeter(&b, true, "clients", 0)
	q.grow(3)
	q.add(3, "x")
	q.stop()
	if b.Len() != 0 {
		t.Errorf("quiet meter wrote %q", b.String())
	}
}
