//go:build unix

package main

// Tests that a run leaves nothing private behind and overwrites nothing:
// stopped by a signal, under a strict umask, given an input or a device
// as its output.

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A copy of the test binary started with REFRANK_RUN=1 is refrank itself:
// run with the arguments after the binary's name.
func init() {
	if os.Getenv("REFRANK_RUN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
}

// bigExport writes a Connections.csv of n contacts at a few hundred
// companies, enough for a workbook that takes a while to write.
func bigExport(t *testing.T, dir string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(utHeader)
	for i := range n {
		fmt.Fprintf(&b, "Maya%d,Okafor%d,https://www.linkedin.com/in/maya-okafor-%d,maya%d@example.com,Company %d,Senior Software Engineer,04 Dec 2025\n", i, i, i, i, i%300)
	}
	utWrite(t, filepath.Join(dir, "Connections.csv"), []byte(b.String()))
}

// leftovers lists the files under dirs whose names match one of the
// patterns.
func leftovers(t *testing.T, patterns []string, dirs ...string) []string {
	t.Helper()
	var found []string
	for _, d := range dirs {
		filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			for _, pat := range patterns {
				if ok, _ := filepath.Match(pat, filepath.Base(p)); ok && err == nil {
					found = append(found, p)
				}
			}
			return nil
		})
	}
	return found
}

// TestSignalLeavesNothing stops refrank rank and refrank batch with
// SIGINT and SIGTERM while the workbook is written: the exit code is 130
// or 143, and neither the temporary output nor a spill file of the
// workbook writer is left, in the output folder or the temporary one.
func TestSignalLeavesNothing(t *testing.T) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		code int
		args func(in, out string) []string
	}{
		{"rank SIGINT", syscall.SIGINT, 130, func(in, out string) []string {
			return []string{"rank", "-q", "-o", filepath.Join(out, "out.xlsx"), filepath.Join(in, "client")}
		}},
		{"rank SIGTERM", syscall.SIGTERM, 143, func(in, out string) []string {
			return []string{"rank", "-q", "-o", filepath.Join(out, "out.xlsx"), filepath.Join(in, "client")}
		}},
		{"batch SIGINT", syscall.SIGINT, 130, func(in, out string) []string {
			return []string{"batch", "-q", in, "-o", out}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, out, tmp := t.TempDir(), t.TempDir(), t.TempDir()
			bigExport(t, filepath.Join(in, "client"), 30_000)
			cmd := exec.Command(os.Args[0], tc.args(in, out)...)
			cmd.Env = append(os.Environ(), "REFRANK_RUN=1", "TMPDIR="+tmp)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait for the output's temporary file: the workbook is being
			// written.
			seen := 0
			for seen < 2 {
				if len(leftovers(t, []string{".*.tmp"}, out)) > 0 {
					seen++
				} else {
					seen = 0
				}
				if cmd.ProcessState != nil {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
			cmd.Process.Signal(tc.sig)
			cmd.Wait()
			if got := cmd.ProcessState.ExitCode(); got != tc.code {
				t.Errorf("exit %d, want %d\n%s", got, tc.code, stderr.String())
			}
			if left := leftovers(t, []string{".*.tmp", "excelize-*", "refrank-*"}, out, tmp); len(left) > 0 {
				t.Errorf("left behind: %q", left)
			}
			if left := leftovers(t, []string{"*.xlsx"}, out); len(left) > 0 {
				t.Errorf("wrote %q though stopped", left)
			}
		})
	}
}

// TestOutputHonoursUmask: the output gets the mode the umask leaves, not
// one readable by everyone.
func TestOutputHonoursUmask(t *testing.T) {
	dir := t.TempDir()
	utWrite(t, filepath.Join(dir, "export", "Connections.csv"), []byte(utHeader+utRow+utRow2))
	for _, tc := range []struct {
		umask int
		want  os.FileMode
	}{{0o077, 0o600}, {0o022, 0o644}, {0o002, 0o664}} {
		t.Run(fmt.Sprintf("%03o", tc.umask), func(t *testing.T) {
			old := syscall.Umask(tc.umask)
			defer syscall.Umask(old)
			for _, name := range []string{"out.csv", "out.xlsx"} {
				out := filepath.Join(dir, fmt.Sprintf("%03o-%s", tc.umask, name))
				if code, _, stderr := runCmd(t, "", "rank", "-q", "-o", out, filepath.Join(dir, "export")); code != exitOK {
					t.Fatalf("exit %d:\n%s", code, stderr)
				}
				fi, err := os.Stat(out)
				if err != nil {
					t.Fatal(err)
				}
				if got := fi.Mode().Perm(); got != tc.want {
					t.Errorf("%s: mode %03o, want %03o", name, got, tc.want)
				}
			}
		})
	}
}

// TestOutputNeverAnInput: -o naming the refrank.toml beside the export,
// the --config file, a template or the notes file fails before anything
// is read, and leaves the file as it was.
func TestOutputNeverAnInput(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	beside := filepath.Join(export, configName)
	utWrite(t, beside, []byte("top = 3\n"))
	config := filepath.Join(dir, "other.toml")
	utWrite(t, config, []byte("top = 2\n"))
	tmpl := filepath.Join(dir, "templates", "direct.tmpl")
	utWrite(t, tmpl, []byte("Hi {{.First}}\n"))
	notes := filepath.Join(dir, "notes.csv")
	utWrite(t, notes, []byte("Name,Status\nMaya Okafor,asked\n"))
	for _, tc := range []struct {
		name string
		args []string
		file string
	}{
		{"refrank.toml beside the export", []string{"--format", "csv", "-o", beside}, beside},
		{"--config", []string{"--config", config, "--format", "csv", "-o", config}, config},
		{"a template", []string{"--no-config", "--templates", filepath.Dir(tmpl), "--format", "csv", "-o", tmpl}, tmpl},
		{"the notes", []string{"--no-config", "--notes", notes, "-o", notes}, notes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := utHash(t, dir)
			code, _, stderr := runCmd(t, "", append(append([]string{"rank"}, tc.args...), export)...)
			if code != exitFail || !strings.Contains(stderr, "will not write "+tc.file+": it is an input") {
				t.Errorf("exit %d, want %d and a refusal:\n%s", code, exitFail, stderr)
			}
			if after := utHash(t, dir); len(after) != len(before) || after[tc.file] != before[tc.file] {
				t.Errorf("the files changed")
			}
		})
	}
}

// TestOutputDevice: -o a device or a pipe writes to it, never replaces it
// with a file.
func TestOutputDevice(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export")
	utWrite(t, filepath.Join(export, "Connections.csv"), []byte(utHeader+utRow+utRow2))
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	code, _, stderr := runCmd(t, "", "rank", "-q", "--format", "csv", "-o", fifo, export)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if out := <-got; !strings.Contains(out, "Maya Okafor") {
		t.Errorf("the pipe read %q", out)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi.Mode(), err)
	}
	// A character device, as /dev/null is; only root can make one.
	null := filepath.Join(dir, "null")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Logf("no device made (%v): the pipe stands for it", err)
		return
	}
	if code, _, stderr := runCmd(t, "", "rank", "-q", "--format", "csv", "-o", null, export); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if fi, err := os.Lstat(null); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device was replaced: %v %v", fi.Mode(), err)
	}
}

// TestReadOnlyOutputFolder: an output folder refrank cannot write to
// fails before the export is read (here one that does not exist, which
// would fail first were it read first). Root writes to any folder: then
// TestUnreadableAsNobody runs this test as nobody.
func TestReadOnlyOutputFolder(t *testing.T) {
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	if f, err := os.Create(filepath.Join(ro, "probe")); err == nil {
		f.Close()
		t.Skip("this user writes to a read-only folder (root)")
	}
	code, _, stderr := runCmd(t, "", "rank", "-o", filepath.Join(ro, "out.xlsx"), filepath.Join(dir, "no-such-export"))
	if code != exitFail || !strings.Contains(stderr, "cannot write "+filepath.Join(ro, "out.xlsx")+": ") || !strings.Contains(stderr, "permission denied") {
		t.Errorf("rank: exit %d, want %d and why:\n%s", code, exitFail, stderr)
	}
	utWrite(t, filepath.Join(dir, "clients", "ana", "Connections.csv"), []byte(utHeader+utRow))
	code, _, stderr = runCmd(t, "", "batch", filepath.Join(dir, "clients"), "-o", ro)
	if code != exitFail || !strings.Contains(stderr, "cannot write to "+ro+": ") {
		t.Errorf("batch: exit %d, want %d and why:\n%s", code, exitFail, stderr)
	}
}
