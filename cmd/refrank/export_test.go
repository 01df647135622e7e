package main

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes files (name -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestMergedExports ranks an old export (2020: no URLs, old employers)
// with a new one: stderr says how many contacts were merged, by key, and
// the old copy of someone who changed jobs is no referrer at their old
// employer.
func TestMergedExports(t *testing.T) {
	dir := t.TempDir()
	old := writeFiles(t, filepath.Join(dir, "2020"), map[string]string{"Connections.csv": "First Name,Last Name,Email Address,Company,Position,Connected On\n" +
		"Maya,Okafor,,Stripe,Software Engineer,04 Mar 2019\n" +
		"John,Smith,,Stripe,Software Engineer,01 Jan 2018\n"})
	cur := writeFiles(t, filepath.Join(dir, "2025"), map[string]string{"Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Maya,Okafor,https://www.linkedin.com/in/maya,,Northwind,Software Engineer,04 Mar 2019\n" +
		"John,Smith,https://www.linkedin.com/in/john-2,,Stripe,Software Engineer,05 May 2020\n"})
	out := filepath.Join(dir, "out.csv")
	code, _, stderr := runCmd(t, "", "rank", "--no-config", "--target", "Stripe", "-o", out, old, cur)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "refrank: contacts merged across exports: 1 (1 by name and connection day)\n"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "Maya") || strings.Count(string(b), "John Smith") != 2 {
		t.Errorf("Maya left Stripe; the two John Smiths are namesakes:\n%s", b)
	}
}

// TestZipAndFolderAgree ranks the sample export as a zip archive named by
// LinkedIn and as a folder of another name: the outputs are
// byte-identical.
func TestZipAndFolderAgree(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join(root, "testdata", "sample")
	archive := filepath.Join(dir, "Basic_LinkedInDataExport_01-20-2027.zip")
	f, err := os.Create(archive)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	if err := zw.AddFS(os.DirFS(sample)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var outs []string
	for i, in := range []string{archive, sample} {
		for _, ext := range []string{".csv", ".json"} {
			out := filepath.Join(dir, fmt.Sprintf("out%d%s", i, ext))
			if code, _, stderr := runCmd(t, "", "rank", "-q", "--no-config", "--target", "Amazon", "-o", out, in); code != exitOK {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, string(b))
		}
	}
	if outs[0] != outs[2] || outs[1] != outs[3] || len(outs[0]) < 1000 {
		t.Errorf("the zip archive and the folder rank differently")
	}
}

// TestWarningsOncePerFile checks that the row warnings of one kind are one
// counted line per file on stderr, and that a merged run names the export
// each count of skipped rows comes from.
func TestWarningsOncePerFile(t *testing.T) {
	dir := t.TempDir()
	const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
	old := writeFiles(t, filepath.Join(dir, "2020"), map[string]string{"Connections.csv": header +
		"Maya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Engineer,04 Mar 2019\n,,,,,,01 Jan 2019\n"})
	var msgs strings.Builder
	msgs.WriteString("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n")
	msgs.WriteString("1,Team,Me,https://www.linkedin.com/in/me,Maya Okafor,https://www.linkedin.com/in/maya,2024-12-16 18:24:37 UTC,hi\n")
	for range 5 {
		msgs.WriteString("1,Team,,,,,2024-12-16 18:25:00 UTC,Maya Okafor left the conversation\n")
	}
	for range 3 {
		msgs.WriteString(",,Maya Okafor,https://www.linkedin.com/in/maya,Me,https://www.linkedin.com/in/me,2024-12-16 18:26:00 UTC,hi\n")
	}
	cur := writeFiles(t, filepath.Join(dir, "2025"), map[string]string{
		"Connections.csv": header + "Maya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Engineer,04 Mar 2019\n,,,,,,01 Jan 2019\n,,,,,,02 Jan 2019\n",
		"messages.csv":    msgs.String(),
	})
	code, _, stderr := runCmd(t, "", "rank", "--no-config", "--target", "Stripe", "-o", filepath.Join(dir, "out.csv"), old, cur)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"refrank: " + filepath.Join(cur, "messages.csv") + `: 5 rows without a sender (group chats' system rows, such as "X left the conversation", or empty rows); skipped` + "\n",
		"refrank: warning: " + filepath.Join(cur, "messages.csv") + ": 3 rows like line 8: no conversation id; message skipped (each is listed in the Run sheet)\n",
		"(rows skipped: 1 in 2020/Connections.csv, 2 in 2025/Connections.csv, 8 in 2025/messages.csv)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "without a sender"); n != 1 {
		t.Errorf("%d lines say no sender:\n%s", n, stderr)
	}
}
