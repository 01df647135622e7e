package main

// Tests that the user's notes reach the right person, or say why not,
// through refrank rank on exports and notes files made in the test.

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// notesExport writes a Connections.csv of rows (First,Last,URL slug,
// Company) to a new folder and returns its path.
func notesExport(t *testing.T, rows ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "export")
	var b strings.Builder
	b.WriteString(utHeader)
	for _, r := range rows {
		f := strings.Split(r, ",")
		fmt.Fprintf(&b, "%s,%s,https://www.linkedin.com/in/%s,,%s,Software Engineer,04 Dec 2025\n", f[0], f[1], f[2], f[3])
	}
	utWrite(t, filepath.Join(dir, "Connections.csv"), []byte(b.String()))
	return dir
}

// tracking returns the Status and Notes of each row of a refrank CSV, by
// profile URL.
func tracking(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for j, h := range recs[0] {
		col[h] = j
	}
	m := map[string]string{}
	for _, r := range recs[1:] {
		m[strings.TrimPrefix(r[col["Profile URL"]], "https://www.linkedin.com/in/")+" "+r[col["Target"]]] = strings.Trim(r[col["Status"]]+"|"+r[col["Notes"]], "|")
	}
	return m
}

// TestNotesReachTheRightPerson: a note keyed by URL goes to that URL only,
// a name is used only when the note has none and one contact has it, a
// note naming its target goes to that target's row only, and every note
// that cannot be placed is one warning naming its line and why.
func TestNotesReachTheRightPerson(t *testing.T) {
	export := notesExport(t,
		"Alex,Kim,alex-kim-bbbb,Stripe",
		"Rachel,Goldberg,rachel-goldberg-1,Stripe",
		"Sam,Lee,sam-lee,Stripe",
		"Pat,Solo,pat-solo-1,Stripe",
		"Pat,Solo,pat-solo-2,Stripe",
		"Dana,Ray,dana-ray,Stripe",
	)
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.csv")
	utWrite(t, notes, []byte("Name,Profile URL,Target,Status,Notes\n"+
		"Alex Kim,https://www.linkedin.com/in/alex-kim-bbbb,,asked,the current Alex\n"+
		"Alex Kim,https://www.linkedin.com/in/alex-kim-aaaa,,declined,the Alex who left\n"+ // line 3
		"Rachel Goldberg,https://www.linkedin.com/in/rachel-goldberg-2,,referred,another Rachel\n"+ // line 4
		"Sam Lee,,Amazon,referred,\n"+ // line 5
		"Pat Solo,,,asked,which Pat?\n"+ // line 6
		"Dana Ray,,Stripe,thanked,\n",
	))
	out := filepath.Join(dir, "out.csv")
	code, _, stderr := runCmd(t, "", "rank", "--target", "Stripe", "--target", "Amazon", "--notes", notes, "-o", out, export)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	got := tracking(t, out)
	for who, want := range map[string]string{
		"alex-kim-bbbb Stripe":     "asked|the current Alex",
		"rachel-goldberg-1 Stripe": "",
		"sam-lee Stripe":           "",
		"pat-solo-1 Stripe":        "",
		"pat-solo-2 Stripe":        "",
		"dana-ray Stripe":          "thanked",
	} {
		if got[who] != want {
			t.Errorf("%s: tracking %q, want %q", who, got[who], want)
		}
	}
	for _, want := range []string{
		"notes.csv:3: no connection with the profile URL https://www.linkedin.com/in/alex-kim-aaaa in the export (gone from your network?); note not used",
		"notes.csv:4: no connection with the profile URL https://www.linkedin.com/in/rachel-goldberg-2 in the export",
		"notes.csv:5: Sam Lee is not ranked for Amazon in this run",
		`notes.csv:6: 2 contacts named "Pat Solo"; add the profile URL to the note`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "warning: "+notes); n != 4 {
		t.Errorf("%d warnings about the notes, want 4:\n%s", n, stderr)
	}
}

// notesWorkbook returns a workbook whose first sheet is the XML rows
// given, its text in inline strings, as a program other than Excel might
// save it.
func notesWorkbook(t *testing.T, rows string) []byte {
	t.Helper()
	return utZip(t, []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"}, map[string][]byte{
		"[Content_Types].xml":        []byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
		"_rels/.rels":                []byte(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
		"xl/workbook.xml":            []byte(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>`),
		"xl/_rels/workbook.xml.rels": []byte(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
		"xl/worksheets/sheet1.xml":   []byte(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`),
	})
}

// is is an inline string cell.
func is(ref, text string) string {
	return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, text)
}

// TestNotesFormulasWithoutValues reads a workbook saved by a program that
// keeps formulas but not their results (openpyxl): the Profile URL and
// Name cells are HYPERLINK formulas without a value, and the note still
// finds the one of two namesakes its URL names.
func TestNotesFormulasWithoutValues(t *testing.T) {
	export := notesExport(t, "Pat,Solo,pat-solo-1,Stripe", "Pat,Solo,pat-solo-2,Stripe")
	dir := t.TempDir()
	notes := filepath.Join(dir, "tracker.xlsx")
	utWrite(t, notes, notesWorkbook(t,
		`<row r="1">`+is("A1", "Name")+is("B1", "Profile URL")+is("C1", "Status")+`</row>`+
			`<row r="2"><c r="A2"><f>HYPERLINK("https://www.linkedin.com/in/pat-solo-2","Pat Solo")</f></c>`+
			`<c r="B2"><f>HYPERLINK("https://www.linkedin.com/in/pat-solo-2","https://www.linkedin.com/in/pat-solo-2")</f><v></v></c>`+is("C2", "asked")+`</row>`))
	out := filepath.Join(dir, "out.csv")
	code, _, stderr := runCmd(t, "", "rank", "--notes", notes, "-o", out, export)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	got := tracking(t, out)
	if got["pat-solo-2 Stripe"] != "asked" || got["pat-solo-1 Stripe"] != "" {
		t.Errorf("tracking %q, want asked for pat-solo-2 only\n%s", got, stderr)
	}
	if strings.Contains(stderr, "warning") {
		t.Errorf("warnings:\n%s", stderr)
	}
}

// TestNotesWorkbookDamaged: a notes workbook cut short, corrupt, or whose
// zip misstates a size is an error naming the file, never a partial read.
func TestNotesWorkbookDamaged(t *testing.T) {
	export := notesExport(t, "Pat,Solo,pat-solo-1,Stripe")
	good := `<row r="1">` + is("A1", "Name") + is("B1", "Status") + `</row><row r="2">` + is("A2", "Pat Solo") + is("B2", "asked") + `</row>`
	whole := notesWorkbook(t, good)
	// The sheet's XML cut in the middle of the second row.
	cut := notesWorkbook(t, good[:len(good)-30])
	// A sheet that unzips to more than the size its header declares.
	var lying bytes.Buffer
	zw := zip.NewWriter(&lying)
	zr, err := zip.NewReader(bytes.NewReader(whole), int64(len(whole)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		raw, err := zf.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		h := zf.FileHeader
		if strings.HasSuffix(h.Name, "sheet1.xml") {
			h.UncompressedSize64 -= 40
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(mustRead(t, raw)); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"cut short", cut},
		{"corrupt", notesWorkbook(t, good+`<row r="3"><c r="A3" t="s"><v>7</v></c></row>`)},
		{"size that lies", lying.Bytes()},
		{"zip cut short", whole[:len(whole)*2/3]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			notes := filepath.Join(dir, "notes.xlsx")
			utWrite(t, notes, tc.data)
			out := filepath.Join(dir, "out.csv")
			code, _, stderr := runCmd(t, "", "rank", "--notes", notes, "-o", out, export)
			if code != exitFail || !strings.HasPrefix(stderr, "refrank: "+notes+": ") {
				t.Errorf("exit %d, want %d and an error naming %s:\n%s", code, exitFail, notes, stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("wrote an output")
			}
		})
	}
}

func mustRead(t *testing.T, r io.Reader) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := b.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestNotesWorkbookWide reads a small hostile workbook, 10,000 rows that
// each set a cell in column XFD (the last), with little memory: only the
// columns refrank reads are kept.
func TestNotesWorkbookWide(t *testing.T) {
	export := notesExport(t, "Pat,Solo,pat-solo-1,Stripe")
	var rows strings.Builder
	rows.WriteString(`<row r="1">` + is("A1", "Name") + is("B1", "Status") + `</row><row r="2">` + is("A2", "Pat Solo") + is("B2", "asked") + `</row>`)
	for r := 3; r < 10_003; r++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
	}
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.xlsx")
	utWrite(t, notes, notesWorkbook(t, rows.String()))
	out := filepath.Join(dir, "out.csv")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code, _, stderr := runCmd(t, "", "rank", "--notes", notes, "-o", out, export)
	runtime.ReadMemStats(&after)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if got := tracking(t, out)["pat-solo-1 Stripe"]; got != "asked" {
		t.Errorf("tracking %q, want asked", got)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Errorf("allocated %d MB to read a notes workbook of %d rows", alloc>>20, 10_002)
	}
}
