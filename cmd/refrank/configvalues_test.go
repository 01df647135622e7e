package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConfigValuesChecked: the values of refrank.toml and the flags are
// checked where they are read: weights whose total no number holds are a
// usage error before the export is read (it does not exist here), a
// million schools are taken in without a quadratic pass, and an error
// about a huge value quotes only its start.
func TestConfigValuesChecked(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	huge := strings.Repeat("x", 1<<20)
	var schools strings.Builder
	schools.WriteString("schools = [")
	for i := range 500_000 {
		fmt.Fprintf(&schools, "\"School %d\",", i)
	}
	schools.WriteString("]\n")
	for _, tc := range []struct {
		name, toml string
		args       []string
		export     string
		code       int
		want       string
	}{
		{name: "weights past a number", toml: "[weights]\ntie = 1e308\n", export: filepath.Join(dir, "none"), code: exitUsage, want: "add up to more than a number holds"},
		{name: "--weight past a number", args: []string{"--weight", "tie=1e308"}, export: filepath.Join(dir, "none"), code: exitUsage, want: "add up to more than a number holds"},
		{name: "half a million schools", toml: schools.String(), export: export, code: exitOK},
		{name: "huge role", toml: "role = \"" + huge + "\"\n", export: export, code: exitUsage, want: `role: "xxxxxxxxxx`},
		{name: "huge --role", args: []string{"--role", huge}, export: export, code: exitUsage, want: `--role: "xxxxxxxxxx`},
		{name: "huge job", toml: "jobs = [\"" + huge + "\"]\n", export: export, code: exitUsage, want: `"xxxxxxxxxx`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"rank", "-q", "-o", filepath.Join(dir, "out.csv")}
			if tc.toml != "" {
				config := filepath.Join(t.TempDir(), "refrank.toml")
				utWrite(t, config, []byte(tc.toml))
				args = append(args, "--config", config)
			}
			args = append(append(args, tc.args...), tc.export)
			done := make(chan struct{})
			var code int
			var stderr string
			go func() {
				code, _, stderr = runCmd(t, "", args...)
				close(done)
			}()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("the run does not end")
			}
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d and %q:\n%.500s", code, tc.code, tc.want, stderr)
			}
			for _, line := range strings.Split(stderr, "\n") {
				if len(line) > 400 {
					t.Errorf("a line of %d bytes: %.200s", len(line), line)
				}
			}
		})
	}
}

// TestEncryptedZip: an archive whose files are encrypted fails with a
// hint to remove the password; two files whose names differ only in case
// are reported.
func TestEncryptedZip(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "Connections.csv", Method: zip.Store, Flags: 1})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("\x8f\x12\x99 encrypted bytes, as ZipCrypto leaves them \x01\x02"))
	zw.Close()
	path := filepath.Join(dir, "Basic_LinkedInDataExport.zip")
	utWrite(t, path, buf.Bytes())
	code, _, stderr := runCmd(t, "", "rank", "-o", filepath.Join(dir, "out.csv"), path)
	if code != exitFail || !strings.Contains(stderr, "hint: the archive is encrypted: remove the password") {
		t.Errorf("exit %d, want %d and the hint:\n%s", code, exitFail, stderr)
	}

	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow))
	utWrite(t, filepath.Join(export, "connections.csv"), []byte(utHeader+utRow+utRow2))
	code, _, stderr = runCmd(t, "", "rank", "-o", filepath.Join(dir, "out.csv"), export)
	if code != exitOK || !strings.Contains(stderr, "under another name") {
		t.Errorf("exit %d, want %d and a warning about connections.csv:\n%s", code, exitOK, stderr)
	}
}

// TestFlagsAndConfigAgree: a value is checked once, whatever gives it: a
// flag, refrank.toml, or a batch client's refrank.toml say the same of it,
// after where it came from.
func TestFlagsAndConfigAgree(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	for _, tc := range []struct {
		name, toml string
		flag       []string
		key        string // where in the file: "1: jobs" for refrank.toml:1: jobs
		want       string // the error after where
	}{
		{"job URL with a space", "jobs = [\"https://jobs.example.com/a b\"]\n", []string{"--job", "https://jobs.example.com/a b"},
			"1: jobs", `"https://jobs.example.com/a b" is not an http(s):// URL`},
		{"misspelled weight", "[weights]\ntei = 3\n", []string{"--weight", "tei=3"},
			"2: weights.tei", `unknown score component "tei" (did you mean "tie"?); want one of role, seniority, team, alumni, tie`},
		{"weight past a number", "[weights]\ntie = 1e308\n", []string{"--weight", "tie=1e308"},
			"2: weights.tie", "the weights add up to more than a number holds; keep each under 1e300"},
		{"top out of range", "top = -2\n", []string{"--top", "-2"}, "1: top", "must be at least 0, not -2"},
		{"drafts out of range", "drafts = -1\n", []string{"--drafts", "-1"}, "1: drafts", "must be at least 0, not -1"},
		{"days out of range", "job_search_days = 0\n", []string{"--since-days", "0"}, "1: job_search_days", "must be at least 1, not 0"},
		{"misspelled role", "role = \"sofware\"\n", []string{"--role", "sofware"}, "1: role", `"sofware" is not a function; want one of ` + functionList()},
		{"school years reversed", "schools = [\"UW:2019-2015\"]\n", []string{"--school", "UW:2019-2015"},
			"1: schools", `"UW:2019-2015": want NAME:YYYY-YYYY with the years in order, e.g. "University of Washington:2015-2019"`},
		{"target that names no company", "[[target]]\ncompany = \"--\"\n", []string{"--target", "--"}, "2: target.company", `"--" names no company`},
		{"output of no format", "output = \"/tmp/out.txt\"\n", []string{"-o", "/tmp/out.txt"},
			"1: output", `cannot tell the format of "/tmp/out.txt" from its extension; name a .xlsx, .csv or .json file, or give --format`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			config := filepath.Join(t.TempDir(), "refrank.toml")
			utWrite(t, config, []byte(tc.toml))
			out := filepath.Join(dir, "out.csv")
			flag := tc.flag[0]
			if flag == "-o" {
				flag = "--output"
			}
			rankArgs := []string{"rank", "--config", config, export}
			if !strings.HasPrefix(tc.toml, "output") {
				rankArgs = append(rankArgs[:1], append([]string{"-o", out}, rankArgs[1:]...)...)
			}
			for _, run := range []struct {
				args []string
				line string
			}{
				{rankArgs, "refrank: " + config + ":" + tc.key + ": " + tc.want},
				{append(append([]string{"rank", "--no-config", "-o", out}, tc.flag...), export), "refrank rank: " + flag + ": " + tc.want},
			} {
				code, _, stderr := runCmd(t, "", run.args...)
				if first, _, _ := strings.Cut(stderr, "\n"); code != exitUsage || first != run.line {
					t.Errorf("%q: exit %d, want %d and the line\n%s\nstderr:\n%s", run.args[1:len(run.args)-1], code, exitUsage, run.line, stderr)
				}
				if !strings.Contains(stderr, "refrank: hint: ") {
					t.Errorf("%q: no hint:\n%s", run.args[1:len(run.args)-1], stderr)
				}
			}

			// A batch client's refrank.toml is checked the same way.
			clients := t.TempDir()
			client := filepath.Join(clients, "ana")
			utWrite(t, filepath.Join(client, "Connections.csv"), []byte(utHeader+utRow+utRow2))
			utWrite(t, filepath.Join(client, "refrank.toml"), []byte(tc.toml))
			code, _, stderr := runCmd(t, "", "batch", "-q", clients, "-o", filepath.Join(t.TempDir(), "out"))
			want := "refrank: ana: " + filepath.Join(client, "refrank.toml") + ":" + tc.key + ": " + tc.want + "\n"
			if code != exitFail || !strings.Contains(stderr, want) {
				t.Errorf("batch: exit %d, want %d and the line\n%sstderr:\n%s", code, exitFail, want, stderr)
			}
		})
	}
}
