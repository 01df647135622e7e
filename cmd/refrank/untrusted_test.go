package main

// Tests of refrank rank on input it cannot trust: exports mangled by
// Excel, cut short or built to hurt, and contact text written to attack
// whoever opens the output. Every input is generated in t.TempDir().

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"html"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

const (
	utHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
	utNotes  = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
	utRow    = "Maya,Okafor,https://www.linkedin.com/in/maya-okafor,,Contoso,Senior Software Engineer,04 Dec 2025\n"
	utRow2   = "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Stripe,Recruiter,01 Jan 2024\n"
)

// utZip returns a zip archive of the files, in the order of names.
func utZip(t *testing.T, names []string, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utBomb returns a zip archive whose Connections.csv is a header and n
// bytes of one row repeated: it compresses about a thousand times.
func utBomb(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("Connections.csv")
	io.WriteString(w, utHeader)
	block := []byte(strings.Repeat(utRow, 1000))
	for done := 0; done < n; done += len(block) {
		w.Write(block)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utHash returns the SHA-256 of every file under path (a file or folder).
func utHash(t *testing.T, path string) map[string][32]byte {
	t.Helper()
	sums := map[string][32]byte{}
	filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err == nil {
			sums[p] = sha256.Sum256(b)
		}
		return nil
	})
	return sums
}

func utWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestUntrustedInput is the matrix of bad inputs: for each, the exit
// code; on failure exactly one error line naming the file (and line) and
// at most one hint, no output and no temporary file left behind; on
// success the warnings expected, printed and counted. Never a panic, and
// the input is left as it was.
func TestUntrustedInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	export := utZip(t, []string{"Connections.csv", "Positions.csv"}, map[string][]byte{
		"Connections.csv": []byte(utNotes + utHeader + strings.Repeat(utRow+utRow2, 50)),
		"Positions.csv":   []byte("Company Name,Title,Description,Location,Started On,Finished On\nNorthwind,Engineer,,,Sep 2019,\n"),
	})
	utf16 := func(s string) []byte {
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8)) // the text is in the BMP
		}
		return b
	}

	tests := []struct {
		name string
		// input writes the export under dir and returns its path.
		input func(t *testing.T, dir string) string
		// out is the output's name in its own folder; "" is out.csv.
		out  string
		code int
		// msg must be in the error line (code 1) or among the warnings
		// (code 0), with the input's path cut to its base name.
		msg string
		// warnings is how many warnings a run that succeeds gives.
		warnings int
	}{
		{
			name:  "empty file",
			input: func(t *testing.T, dir string) string { return file(t, dir, "Connections.csv", "") },
			code:  exitFail, msg: "Connections.csv: file is empty",
		},
		{
			name:  "header only",
			input: func(t *testing.T, dir string) string { return file(t, dir, "Connections.csv", utNotes+utHeader) },
			code:  exitOK, msg: "Connections.csv: no connections in the file", warnings: 1,
		},
		{
			name:  "preamble without header",
			input: func(t *testing.T, dir string) string { return file(t, dir, "Connections.csv", utNotes) },
			code:  exitFail, msg: `Connections.csv:1: no "First Name,Last Name,URL,Email Address,Company,Position,Connected On" header found`,
		},
		{
			name: "messages.csv given as Connections.csv",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n1,,Ann,,Me,2024-12-16 18:24:37 UTC,,hi,INBOX\n")
			},
			code: exitFail, msg: "Connections.csv:1: no \"First Name",
		},
		{
			name: "Positions.csv given as the export",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\nNorthwind,Engineer,,,Sep 2019,\n")
			},
			code: exitFail, msg: "Positions.csv:1: no \"First Name",
		},
		{
			name:  "random binary",
			input: func(t *testing.T, dir string) string { return file(t, dir, "export.bin", string(random)) },
			code:  exitFail, msg: "export.bin",
		},
		{
			name: "truncated zip",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "export.zip", string(export[:len(export)/2]))
			},
			code: exitFail, msg: "export.zip: cannot read the zip archive",
		},
		{
			name: "zip that is not an export",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "photos.zip", string(utZip(t, []string{"cat.jpg"}, map[string][]byte{"cat.jpg": random[:100]})))
			},
			code: exitFail, msg: "photos.zip: no Connections.csv at the top level",
		},
		{
			name: "zip with ../ and absolute names",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "export.zip", string(utZip(t, []string{"../../Connections.csv", "/etc/Positions.csv"}, map[string][]byte{
					"../../Connections.csv": []byte(utHeader + utRow), "/etc/Positions.csv": []byte("garbage")})))
			},
			code: exitOK, // read as Connections.csv; nothing is ever extracted
		},
		{
			name:  "zip bomb",
			input: func(t *testing.T, dir string) string { return file(t, dir, "export.zip", string(utBomb(t, 40<<20))) },
			code:  exitFail, msg: "export.zip:Connections.csv: compressed more than 200 times",
		},
		{
			name: "zip bomb of 5 GiB",
			input: func(t *testing.T, dir string) string {
				var buf bytes.Buffer
				zw := zip.NewWriter(&buf)
				w, _ := zw.CreateRaw(&zip.FileHeader{Name: "Connections.csv", Method: zip.Store, CompressedSize64: 3, UncompressedSize64: 5 << 30})
				w.Write([]byte("abc"))
				zw.Close()
				return file(t, dir, "export.zip", buf.String())
			},
			code: exitFail, msg: "export.zip:Connections.csv: 5 GiB uncompressed, more than a Connections.csv can be (64 MiB)",
		},
		{
			name: "nested zip",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "outer.zip", string(utZip(t, []string{"export.zip"}, map[string][]byte{"export.zip": export})))
			},
			code: exitFail, msg: "outer.zip: no Connections.csv at the top level",
		},
		{
			name: "UTF-16LE with BOM and tabs",
			input: func(t *testing.T, dir string) string {
				text := "First Name\tLast Name\tCompany\tPosition\tConnected On\r\nJürgen\tMüller\tSAP\tEntwickler\t14 Dec 2021\r\n"
				return file(t, dir, "Connections.csv", string(utf16(text)))
			},
			code: exitOK,
		},
		{
			name: "Windows-1252",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+"J\xfcrgen,M\xfcller,,,SAP,Entwickler,14 Dec 2021\n")
			},
			code: exitOK, msg: "Connections.csv:2: not valid UTF-8; read as Windows-1252", warnings: 1,
		},
		{
			name: "CRLF and mixed line endings",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", "Notes:\r\n\"x\"\n\r\n"+strings.TrimSuffix(utHeader, "\n")+"\r\n"+strings.TrimSuffix(utRow, "\n")+"\r\n"+utRow2)
			},
			code: exitOK,
		},
		{
			name: "bare and unterminated quotes on some rows",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+"Bo\"b,Roe,,,Acme,CTO,01 Jan 2020\n"+utRow+utRow2+"Al,\"Poe,,,Acme,CFO")
			},
			code: exitOK, msg: "Connections.csv: 2 rows like line 2: bad quoting (bare \" in non-quoted-field, column 3); row skipped", warnings: 1,
		},
		{
			name: "a quote never closed",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+utRow+"Al,\"Poe,,,Acme,CFO,01 Jan 2020\n"+strings.Repeat(utRow2, 300))
			},
			code: exitFail, msg: "Connections.csv:3: a quote opened in this row is never closed",
		},
		{
			name: "ragged rows",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+"Bob,Roe,,,Acme\n"+utRow+"Al,Poe,,,Acme,CFO,01 Jan 2020,x,y\n")
			},
			code: exitOK, msg: "Connections.csv: 2 rows like line 2: 5 fields, want 7 as in the header; row skipped", warnings: 1,
		},
		{
			name: "a 10 MB field",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+utRow+"Al,Poe,,,Acme,\""+strings.Repeat("CFO ", 10<<18)+"\",01 Jan 2020\n")
			},
			code: exitOK, msg: "Connections.csv:3: a row longer than 1 MiB, longer than any LinkedIn writes; row skipped", warnings: 1,
		},
		{
			name: "NUL bytes",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+"Ma\x00ya,Okafor,,,Contoso,Engineer,04 Dec 2025\n"+strings.Repeat("\x00", 300))
			},
			code: exitOK, msg: "Connections.csv:3: 1 fields, want 7", warnings: 1,
		},
		{
			name: "30,000 duplicate rows",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+strings.Repeat(utRow, 30_000))
			},
			code: exitOK, msg: "Connections.csv: 29999 rows repeated a contact of an earlier row", warnings: 1,
		},
		{
			name: "dates in unknown formats",
			input: func(t *testing.T, dir string) string {
				return file(t, dir, "Connections.csv", utHeader+"Bob,Roe,,,Acme,CTO,2020-13-45\n"+utRow+"Al,Poe,,,Acme,CFO,yesterday\n")
			},
			code: exitOK, msg: `Connections.csv: 2 rows like line 2: unknown date "2020-13-45"; connection date left empty`, warnings: 1,
		},
		{
			name: "folder without Connections.csv",
			input: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "export")
				utWrite(t, filepath.Join(p, "Positions.csv"), []byte("Company Name,Title\n"))
				return p
			},
			code: exitFail, msg: "export: no Connections.csv at the top level",
		},
		{
			name: "unreadable file",
			input: func(t *testing.T, dir string) string {
				if os.Geteuid() == 0 {
					t.Skip("running as root, who reads any file: TestUnreadableAsNobody runs this case as nobody")
				}
				p := file(t, dir, "Connections.csv", utHeader+utRow)
				os.Chmod(p, 0)
				t.Cleanup(func() { os.Chmod(p, 0o644) })
				return p
			},
			code: exitFail, msg: "Connections.csv: permission denied",
		},
		{
			name:  "output in a missing folder",
			input: func(t *testing.T, dir string) string { return file(t, dir, "Connections.csv", utHeader+utRow) },
			out:   filepath.Join("missing", "out.csv"),
			code:  exitFail, msg: "folder", // "cannot write .../missing/out.csv: folder ... does not exist"
		},
		{
			name:  "output on the input",
			input: func(t *testing.T, dir string) string { return file(t, dir, "Connections.csv", utHeader+utRow) },
			out:   "=input",
			code:  exitFail, msg: "Connections.csv: it is an input",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inDir, outDir := t.TempDir(), t.TempDir()
			in := tt.input(t, inDir)
			out := filepath.Join(outDir, "out.csv")
			switch tt.out {
			case "":
			case "=input":
				out = in
			default:
				out = filepath.Join(outDir, tt.out)
			}
			before := utHash(t, inDir)
			start := time.Now()
			code, stdout, stderr := runCmd(t, "", "rank", "-o", out, in)
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %v", took)
			}
			stderr = strings.ReplaceAll(strings.ReplaceAll(stderr, inDir+string(filepath.Separator), ""), outDir+string(filepath.Separator), "")
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") || stdout != "" {
				t.Errorf("stdout %q, stderr:\n%s", stdout, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			var errs, hints, warns []string
			for _, l := range lines {
				switch {
				case strings.HasPrefix(l, "refrank: hint: "):
					hints = append(hints, l)
				case strings.HasPrefix(l, "refrank: warning: "):
					warns = append(warns, l)
				case strings.HasPrefix(l, "refrank: "):
					errs = append(errs, l)
				default:
					t.Errorf("stray line %q", l)
				}
			}
			if code == exitFail {
				if len(errs) != 1 || len(hints) > 1 || len(warns) > 0 || !strings.Contains(errs[0], tt.msg) {
					t.Errorf("want one error line with %q and at most one hint; stderr:\n%s", tt.msg, stderr)
				}
				if out != in {
					if entries, _ := os.ReadDir(outDir); len(entries) > 0 {
						t.Errorf("a failed run left %v", entries)
					}
				}
			} else {
				if len(warns) != tt.warnings || tt.msg != "" && !slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, tt.msg) }) {
					t.Errorf("want %d warnings, one with %q; stderr:\n%s", tt.warnings, tt.msg, stderr)
				}
				if _, err := os.Stat(out); err != nil {
					t.Errorf("no output: %v", err)
				}
				if entries, _ := os.ReadDir(outDir); len(entries) != 1 {
					t.Errorf("output folder holds %v", entries)
				}
			}
			if after := utHash(t, inDir); !mapsEqual(before, after) {
				t.Errorf("the input changed")
			}
		})
	}
	// Nothing was extracted next to the test, whatever the zip said.
	for _, p := range []string{"../Connections.csv", "../../Connections.csv", "/etc/Positions.csv"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s exists", p)
		}
	}
}

func file(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	utWrite(t, p, []byte(content))
	return p
}

func mapsEqual(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// attacks are contact texts written to attack whoever opens the output:
// spreadsheet formulas, terminal escapes, template actions, markup.
var attacks = []string{
	`=HYPERLINK("http://evil.example","x")`,
	`+cmd|' /C calc'!A0`,
	`@SUM(1)`,
	`-2+3`,
	"\tTabbed",
	"\x1b[31mRed\x1b[0m",
	"\x1b]0;pwned\x07Title",
	`{{.User}}`,
	`{{template "x"}}`,
	`</script><script>alert(1)</script>`,
}

// TestContactTextIsData runs refrank rank on contacts whose names,
// companies and positions are attacks, and checks every output: CSV
// fields that a spreadsheet would run are prefixed with ', JSON keeps
// them exact, the workbook holds no formula but profile links and no
// executed template, and stderr holds no escape character.
func TestContactTextIsData(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(utHeader)
	w := csv.NewWriter(&b)
	for i, a := range attacks {
		w.Write([]string{a, "Lee" + a, "https://www.linkedin.com/in/p" + string(rune('a'+i)), "", "Acme" + a, "Software Engineer " + a, "01 Jan 2024"})
		w.Write([]string{"Ann" + string(rune('a'+i)), a, "https://www.linkedin.com/in/q" + string(rune('a'+i)), "", a, a, a})
	}
	w.Flush()
	in := filepath.Join(dir, "Connections.csv")
	utWrite(t, in, []byte(b.String()))
	outs := map[string][]byte{}
	for _, ext := range []string{".csv", ".json", ".xlsx"} {
		out := filepath.Join(dir, "out"+ext)
		code, _, stderr := runCmd(t, "", "rank", "-o", out, "--school", "{{.User}}", in)
		if code != exitOK {
			t.Fatalf("%s: exit %d:\n%s", ext, code, stderr)
		}
		if strings.ContainsAny(stderr, "\x1b\x07") {
			t.Errorf("%s: stderr holds control characters: %q", ext, stderr)
		}
		if !strings.Contains(stderr, "warning") {
			t.Errorf("%s: no warning about the dates: %q", ext, stderr)
		}
		outs[ext], _ = os.ReadFile(out)
	}

	// CSV: no field starts like a formula.
	r := csv.NewReader(bytes.NewReader(outs[".csv"]))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	prefixed := map[string]bool{}
	for _, rec := range recs {
		for _, f := range rec {
			if f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) {
				t.Errorf("CSV field %q starts like a formula", f)
			}
			if strings.HasPrefix(f, "'") {
				prefixed[f[1:]] = true
			}
		}
	}
	for _, a := range attacks[:5] {
		if a = strings.TrimSpace(a); !prefixed[a] && strings.ContainsRune("=+-@", rune(a[0])) {
			t.Errorf("CSV lacks '%s", a)
		}
	}

	// JSON: every attack comes out exactly as written.
	var v any
	if err := json.Unmarshal(outs[".json"], &v); err != nil {
		t.Fatal(err)
	}
	strs := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			strs[v] = true
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	for _, a := range attacks {
		if a = strings.TrimSpace(a); !strs[a] { // cells are trimmed of spaces when read
			t.Errorf("JSON lacks %q", a)
		}
	}

	// XLSX: the only formulas are links to LinkedIn profiles (the report
	// package reads its cells back with excelize), and the outreach
	// drafts hold the template text as text.
	xml := xlsxText(t, outs[".xlsx"], "xl/worksheets/")
	link := regexp.MustCompile(`^HYPERLINK\("https://www\.linkedin\.com/(in|search)/[^"]*","([^"]|"")*"\)$`)
	for _, f := range regexp.MustCompile(`<f>([^<]*)</f>`).FindAllStringSubmatch(xml, -1) {
		if formula := html.UnescapeString(f[1]); !link.MatchString(formula) {
			t.Errorf("workbook formula %q", formula)
		}
	}
	if !strings.Contains(xlsxText(t, outs[".xlsx"], ""), "{{.User}}") {
		t.Errorf("the workbook lost the text {{.User}}")
	}
}

// xlsxText returns the XML of the parts of the workbook b whose names
// start with prefix, joined.
func xlsxText(t *testing.T, b []byte, prefix string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, prefix) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(&all, rc)
		rc.Close()
	}
	return all.String()
}

// utSample copies the sample export to a new folder and returns it.
func utSample(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "export")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(root, "testdata", "sample"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// utRanks runs refrank rank on export with args to CSV, JSON and XLSX,
// and returns each output (the workbook as its XML) and stderr.
func utRanks(t *testing.T, export string, args ...string) (outs map[string]string, stderr string) {
	t.Helper()
	outs = map[string]string{}
	dir := t.TempDir()
	for _, ext := range []string{".csv", ".json", ".xlsx"} {
		out := filepath.Join(dir, "out"+ext)
		code, stdout, errText := runCmd(t, "", append(append([]string{"rank", "-o", out}, args...), export)...)
		if code != exitOK {
			t.Fatalf("exit %d:\n%s", code, errText)
		}
		b, _ := os.ReadFile(out)
		if ext == ".xlsx" {
			b = []byte(xlsxText(t, b, ""))
		}
		outs[ext] = string(b)
		stderr += stdout + errText
	}
	return outs, stderr
}

// TestNoEmail checks that --no-email leaves every email address out of
// every output.
func TestNoEmail(t *testing.T) {
	export := utSample(t)
	f, err := os.Open(filepath.Join(export, "Connections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	var emails []string
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		for _, c := range rec {
			if strings.Contains(c, "@") && strings.Contains(c, "example") {
				emails = append(emails, c)
			}
		}
	}
	if len(emails) == 0 {
		t.Fatal("the sample has no emails")
	}
	with, _ := utRanks(t, export)
	if !strings.Contains(with[".csv"], emails[0]) && !slices.ContainsFunc(emails, func(e string) bool { return strings.Contains(with[".csv"], e) }) {
		t.Fatalf("without --no-email, no email in the CSV: the test proves nothing")
	}
	outs, stderr := utRanks(t, export, "--no-email")
	for ext, out := range outs {
		for _, e := range emails {
			if strings.Contains(out, e) {
				t.Errorf("%s holds %s", ext, e)
			}
		}
		if strings.Contains(out, "@mail.example") || strings.Contains(out, "@example.") {
			t.Errorf("%s holds an email address", ext)
		}
	}
	if strings.Contains(stderr, "@example") {
		t.Errorf("stderr holds an email address")
	}
}

// TestMessageContentStaysPrivate puts a marker in the subject and content
// of messages, some in rows that are skipped with a warning, and checks
// that it reaches no output and no message.
func TestMessageContentStaysPrivate(t *testing.T) {
	const marker = "ZQX-private-7f3a"
	export := utSample(t)
	path := filepath.Join(export, "messages.csv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	var extra [][]string
	for i, rec := range recs[1:] {
		if i%10 == 0 {
			rec[col["CONTENT"]] = "see " + marker + " =cmd|' /C calc'!A0\x1b[31m"
			rec[col["SUBJECT"]] = marker
		}
		if i == 1 {
			bad := slices.Clone(rec)
			bad[col["DATE"]] = "sometime" // a warning, undated
			bad[col["CONTENT"]] = marker
			extra = append(extra, bad)
			short := slices.Clone(rec[:col["CONTENT"]+1]) // ragged: skipped with a warning
			extra = append(extra, short)
		}
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll(append(recs, extra...))
	utWrite(t, path, buf.Bytes())

	outs, stderr := utRanks(t, export, "--drafts", "50")
	for ext, out := range outs {
		if strings.Contains(out, marker) {
			t.Errorf("%s holds message text", ext)
		}
	}
	if strings.Contains(stderr, marker) {
		t.Errorf("stderr holds message text:\n%s", stderr)
	}
	if !strings.Contains(stderr, "warning") {
		t.Errorf("no warning for the bad rows:\n%s", stderr)
	}
}

// TestNoNetwork checks that refrank's own packages import no networking
// package. Third-party dependencies that import one are listed: they are
// allowed only by name, so a new one shows up here.
func TestNoNetwork(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH")
	}
	cmd := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./cmd/refrank")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	network := []string{"net", "net/http", "net/rpc", "net/smtp", "crypto/tls", "os/exec"}
	// allowed are the dependencies that import a networking package,
	// and why; none of them is called to open a connection.
	allowed := map[string]string{
		"github.com/spf13/pflag": "net: the IP and IPMask flag types",
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		if !strings.Contains(pkg, ".") || strings.HasPrefix(pkg, "vendor/") || strings.HasPrefix(pkg, "golang.org/x/net/") {
			continue // the standard library, among itself
		}
		for _, imp := range imports {
			if !slices.Contains(network, imp) {
				continue
			}
			if strings.HasPrefix(pkg, "github.com/refrank/refrank") {
				t.Errorf("%s imports %s: refrank has no network code", pkg, imp)
			} else if _, ok := allowed[pkg]; !ok {
				t.Errorf("dependency %s imports %s; check it opens no connection and add it to allowed", pkg, imp)
			}
		}
	}
}
