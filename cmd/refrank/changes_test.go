package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChangesSince ranks two exports of one account, given as two exports
// and with --since: stderr says what changed at the targets, and the
// referrer who joined a target since the older export is marked in Why.
func TestChangesSince(t *testing.T) {
	dir := t.TempDir()
	const head = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
	old := writeFiles(t, filepath.Join(dir, "2025"), map[string]string{"Connections.csv": "First Name,Last Name,Email Address,Company,Position,Connected On\n" +
		"Ann,Lee,,Contoso,Software Engineer,04 Mar 2019\n" +
		"Cid,Park,,Amazon,Software Development Engineer,01 Jan 2021\n" +
		"Dee,Ruiz,,Amazon,Software Engineer,01 Feb 2021\n"})
	cur := writeFiles(t, filepath.Join(dir, "2026"), map[string]string{"Connections.csv": head +
		"Bob,Diaz,https://www.linkedin.com/in/bob-diaz,,Stripe,Software Engineer,10 Oct 2026\n" +
		"Ann,Lee,https://www.linkedin.com/in/ann-lee,,Amazon Web Services (AWS),Software Engineer,04 Mar 2019\n" +
		"Cid,Park,https://www.linkedin.com/in/cid-park,,Contoso,Engineering Manager,01 Jan 2021\n" +
		"Dee,Ruiz,https://www.linkedin.com/in/dee-ruiz,,Amazon,Senior Software Engineer,01 Feb 2021\n"})
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"two exports", []string{old, cur}},
		{"--since", []string{"--since", old, cur}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.csv")
			args := append([]string{"rank", "--no-config", "--target", "Amazon", "--target", "Stripe", "-o", out}, tt.args...)
			code, _, stderr := runCmd(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			want := "refrank: since your export of 2021-02-01: 1 joined a target, 1 new connection there, 1 left one (the Changes sheet)"
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				marked := strings.Contains(line, "joined Amazon since your export of 2021-02-01")
				if marked != strings.Contains(line, "Ann Lee") {
					t.Errorf("row %q: marked %v", line, marked)
				}
			}
		})
	}
}
