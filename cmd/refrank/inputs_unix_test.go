//go:build unix

package main

// Tests of the inputs besides the export: a batch client's paths, and
// templates, notes and a refrank.toml that are not what they should be.

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBatchClientConfined: a batch client's refrank.toml reaches only the
// client's folder: a path with "..", an absolute path and a link that
// leaves the folder are an error for that client alone, and the others
// are ranked.
func TestBatchClientConfined(t *testing.T) {
	clients := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret.csv")
	utWrite(t, secret, []byte("Name,Notes\nMaya Okafor,another client's secret\n"))
	outside := filepath.Join(t.TempDir(), "direct.tmpl")
	utWrite(t, outside, []byte("{{.First}}, another client's template\n"))
	client := func(name, toml string) string {
		dir := filepath.Join(clients, name)
		utWrite(t, filepath.Join(dir, "Connections.csv"), []byte(utHeader+utRow+utRow2))
		utWrite(t, filepath.Join(dir, configName), []byte(toml))
		return dir
	}
	client("ok", "top = 5\n")
	client("dotdot", "notes = \"../ok/../../"+filepath.Base(filepath.Dir(secret))+"/secret.csv\"\n")
	client("absolute", "notes = \""+secret+"\"\n")
	link := client("link", "notes = \"notes.csv\"\n")
	if err := os.Symlink(secret, filepath.Join(link, "notes.csv")); err != nil {
		t.Fatal(err)
	}
	tmpl := client("template-link", "templates = \"tmpl\"\n")
	os.Mkdir(filepath.Join(tmpl, "tmpl"), 0o755)
	if err := os.Symlink(outside, filepath.Join(tmpl, "tmpl", "direct.tmpl")); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, _, stderr := runCmd(t, "", "batch", clients, "-o", out)
	if code != exitFail {
		t.Errorf("exit %d, want %d:\n%s", code, exitFail, stderr)
	}
	for _, c := range []string{"dotdot", "absolute", "link", "template-link"} {
		if !strings.Contains(stderr, "refrank: "+c+": ") {
			t.Errorf("client %s did not fail:\n%s", c, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, c+".xlsx")); err == nil {
			t.Errorf("client %s got a workbook", c)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "ok.xlsx")); err != nil {
		t.Errorf("the good client got no workbook: %v", err)
	}
	if strings.Contains(sheetText(t, filepath.Join(out, summaryName)), "another client") {
		t.Error("another client's notes reached clients.xlsx")
	}
}

// TestTemplatesBounded: a template file that is a FIFO, a device or too
// large is an error naming it, never opened; a template that loops
// without end, or writes without end, fails the run in bounded time and
// memory.
func TestTemplatesBounded(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	defer func(d time.Duration) { templateTime = d }(templateTime)
	// The time limit is short where the case is about time, and long
	// where it is about size, so that a slow machine fails neither.
	const short, long = 100 * time.Millisecond, time.Minute
	for _, tc := range []struct {
		name  string
		make  func(path string) error
		limit time.Duration
		want  string
	}{
		{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o600) }, long, "not a regular file (a named pipe)"},
		{"link to a device", func(p string) error { return os.Symlink("/dev/zero", p) }, long, "not a regular file (a device)"},
		{"too large", func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("x", maxTemplateSize+1)), 0o644) }, long, "larger than 64 KiB"},
		{"loops without end", func(p string) error {
			return os.WriteFile(p, []byte(`{{define "subject"}}s{{end}}{{range 10000000}}{{end}}{{.First}}`), 0o644)
		}, short, "loading the templates took longer than 100ms"},
		{"writes without end", func(p string) error {
			return os.WriteFile(p, []byte(`{{define "subject"}}s{{end}}{{range 1000000000}}{{$.First}} and more text{{end}}`), 0o644)
		}, long, "more than 256 KiB for one draft"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			templateTime = tc.limit
			tmpl := filepath.Join(t.TempDir(), "templates")
			os.Mkdir(tmpl, 0o755)
			if err := tc.make(filepath.Join(tmpl, "direct.tmpl")); err != nil {
				t.Skipf("cannot make the file: %v", err)
			}
			out := filepath.Join(dir, "out.xlsx")
			done := make(chan struct{})
			var code int
			var stderr string
			go func() {
				code, _, stderr = runCmd(t, "", "rank", "--templates", tmpl, "-o", out, export)
				close(done)
			}()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("the run hangs")
			}
			if code != exitFail || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d and %q:\n%s", code, exitFail, tc.want, stderr)
			}
		})
	}
}

// TestInputsNotRegular: a notes file or a refrank.toml that is a FIFO (or
// a link to one) is never opened: the notes are skipped with a warning,
// the config is an error.
func TestInputsNotRegular(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	link := filepath.Join(dir, "notes.csv")
	os.Symlink(fifo, link)
	withFIFO := filepath.Join(dir, "export2")
	utWrite(t, filepath.Join(withFIFO, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	os.Symlink(fifo, filepath.Join(withFIFO, "messages.csv"))
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"notes", []string{"--notes", link}, exitOK, "warning: " + link + ": not a regular file (a named pipe); notes not read"},
		{"config", []string{"--config", fifo}, exitFail, fifo + ": not a regular file (a named pipe)"},
		{"messages.csv of the export", []string{"--no-config", withFIFO}, exitOK, "warning: " + filepath.Join(withFIFO, "messages.csv") + ": not a regular file"},
		{"the export itself", []string{"--no-config", fifo}, exitFail, "refrank: " + fifo + ": not a regular file (a named pipe)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			var code int
			var stderr string
			go func() {
				args := append([]string{"rank", "-o", filepath.Join(dir, "out.csv")}, tc.args...)
				if !strings.HasPrefix(tc.name, "messages") && !strings.HasPrefix(tc.name, "the export") {
					args = append(args, export)
				}
				code, _, stderr = runCmd(t, "", args...)
				close(done)
			}()
			select {
			case <-done:
			case <-time.After(time.Minute):
				t.Fatal("the run hangs on the FIFO")
			}
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d and %q:\n%s", code, tc.code, tc.want, stderr)
			}
		})
	}
}
