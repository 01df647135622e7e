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
		{name: "huge role", toml: "role = \"" + huge + "\"\n", export: export, code: exitUsage, want: `role "xxxxxxxxxx`},
		{name: "huge --role", args: []string{"--role", huge}, export: export, code: exitUsage, want: `--role "xxxxxxxxxx`},
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

// TestFlagsAndConfigAgree: a value is checked the same way from a flag
// and from refrank.toml (a job URL with a space, a misspelled weight).
func TestFlagsAndConfigAgree(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	for _, tc := range []struct {
		name, toml string
		flag       []string
		want       string
	}{
		{"job URL with a space", "jobs = [\"https://jobs.example.com/a b\"]\n", []string{"--job", "https://jobs.example.com/a b"}, `"https://jobs.example.com/a b" is not an http(s):// URL`},
		{"misspelled weight", "[weights]\ntei = 3\n", []string{"--weight", "tei=3"}, `unknown score component "tei" (did you mean "tie"?)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			config := filepath.Join(t.TempDir(), "refrank.toml")
			utWrite(t, config, []byte(tc.toml))
			out := filepath.Join(dir, "out.csv")
			for _, args := range [][]string{
				{"rank", "--config", config, "-o", out, export},
				append(append([]string{"rank", "--no-config", "-o", out}, tc.flag...), export),
			} {
				code, _, stderr := runCmd(t, "", args...)
				if code != exitUsage || !strings.Contains(stderr, tc.want) {
					t.Errorf("%q: exit %d, want %d and %q:\n%s", args[1:len(args)-1], code, exitUsage, tc.want, stderr)
				}
			}
		})
	}
}
