//go:build unix

package main

import (
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestUnreadableAsNobody runs the "unreadable file" case of
// TestUntrustedInput and TestReadOnlyOutputFolder, which root skips (root
// reads and writes any file), as the user nobody: in CI, tests run as
// root.
func TestUnreadableAsNobody(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("not root: TestUntrustedInput runs the case itself")
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("no user nobody: %v", err)
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err1 != nil || err2 != nil {
		t.Skipf("user nobody is %s:%s", u.Uid, u.Gid)
	}
	// A copy of this test binary that nobody may run: the build's own
	// folder is root's alone.
	dir, err := os.MkdirTemp("", "refrank-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "refrank.test")
	copyFile(t, os.Args[0], bin)
	tmp := filepath.Join(dir, "tmp") // nobody's own, for its temporary files
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(tmp, int(uid), int(gid)); err != nil {
		t.Fatal(err)
	}
	const run = "^(TestUntrustedInput|TestReadOnlyOutputFolder)$/^(unreadable_file)?$"
	cmd := exec.Command(bin, "-test.run="+run, "-test.v")
	cmd.Env = append(os.Environ(), "HOME="+tmp, "TMPDIR="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	out, err := cmd.CombinedOutput()
	if _, failed := err.(*exec.ExitError); err != nil && !failed {
		// This machine does not let root start a process as nobody
		// here (a folder above os.TempDir closed to others, say).
		t.Skipf("cannot run the test binary as nobody: %v", err)
	}
	if err != nil {
		t.Fatalf("%s -test.run=%s as nobody: %v\n%s", bin, run, err, out)
	}
	for _, test := range []string{"TestUntrustedInput/unreadable_file", "TestReadOnlyOutputFolder"} {
		if !strings.Contains(string(out), "--- PASS: "+test) {
			t.Fatalf("%s did not pass as nobody:\n%s", test, out)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
