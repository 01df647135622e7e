package report

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// tracked returns the tracking fields of r's notes, one per person and
// target.
func tracked(r *analyze.Result) map[string]analyze.Note {
	m := make(map[string]analyze.Note)
	for _, ref := range r.Referrals {
		key := ref.Contact.URL
		if key == "" {
			key = ref.Contact.Name()
		}
		key += " at " + ref.Target
		if _, ok := m[key]; !ok {
			m[key] = analyze.Note{Status: ref.Note.Status, AskedOn: ref.Note.AskedOn, FollowUp: ref.Note.FollowUp, Notes: ref.Note.Notes}
		}
	}
	return m
}

// TestReadNotesRoundTrip writes a result with notes as CSV and XLSX,
// reads each back as a notes file, and expects every tracking value.
func TestReadNotesRoundTrip(t *testing.T) {
	r := sampleResult()
	// Values that a careless writer or reader would change.
	r.Referrals[3].Note = analyze.Note{Status: "declined", AskedOn: "2024-12-31", Notes: "'=quoted already"}
	r.Referrals[4].Note = analyze.Note{Status: "thanked", Notes: "+1 for the intro\nline two"}
	r.Referrals[5].Note = analyze.Note{Notes: "  spaces kept  "}
	// The same person at a second target, as a run over all companies lists them.
	dup := r.Referrals[0]
	dup.Target, dup.Note = "Datadog", analyze.Note{}
	r.Referrals = append(r.Referrals, dup)

	for _, format := range []struct {
		name  string
		write func(*bytes.Buffer, *analyze.Result) error
	}{
		{"notes.csv", func(b *bytes.Buffer, r *analyze.Result) error { return WriteCSV(b, r) }},
		{"notes.xlsx", func(b *bytes.Buffer, r *analyze.Result) error { return WriteXLSX(b, r) }},
		{"notes.dat", func(b *bytes.Buffer, r *analyze.Result) error { return WriteXLSX(b, r) }}, // by content
	} {
		t.Run(format.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := format.write(&b, r); err != nil {
				t.Fatal(err)
			}
			notes, warns, err := ReadNotes(&b, format.name)
			if err != nil {
				t.Fatal(err)
			}
			if len(warns) > 0 {
				t.Errorf("warnings %q, want none", warns)
			}
			got := make(map[string]analyze.Note)
			for _, n := range notes {
				key := n.URL
				if key == "" {
					key = n.Name
				}
				key += " at " + n.Target
				if _, dup := got[key]; dup {
					t.Errorf("%s read twice", key)
				}
				got[key] = analyze.Note{Status: n.Status, AskedOn: n.AskedOn, FollowUp: n.FollowUp, Notes: n.Notes}
			}
			want := tracked(r)
			for key, w := range want {
				if !reflect.DeepEqual(got[key], w) {
					t.Errorf("%s: got %+v, want %+v", key, got[key], w)
				}
			}
			if len(got) != len(want) {
				t.Errorf("read %d people, want %d", len(got), len(want))
			}
		})
	}
}

// TestReadNotesEdited reads a notes file as a user writes one: other
// column names, other date forms, a byte order mark.
func TestReadNotesEdited(t *testing.T) {
	in := "\ufeffFIRST NAME,Last Name,url,Relationship,Schools,Past Companies,Team,status,Asked On,Follow up,Notes\n" +
		"Ana,Müller,https://www.linkedin.com/in/ana,Close,ETH Zürich; MIT ;,Google;Stripe,Payments,asked,3/5/2025,14.03.2025,call Friday\n" +
		"Bo,Chen,,acquainted,,,,,,,\n"
	notes, warns, err := ReadNotes(strings.NewReader(in), "mine.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Note{
		{
			URL: "https://www.linkedin.com/in/ana", Name: "Ana Müller", Relationship: "close",
			Schools: []string{"ETH Zürich", "MIT"}, PastCompanies: []string{"Google", "Stripe"}, Team: "Payments",
			Status: "asked", AskedOn: "2025-03-05", FollowUp: "2025-03-14", Notes: "call Friday", Source: "mine.csv:2",
		},
		{Name: "Bo Chen", Relationship: "acquainted", Source: "mine.csv:3"},
	}
	if !reflect.DeepEqual(notes, want) {
		t.Errorf("notes\n got %+v\nwant %+v", notes, want)
	}
	if len(warns) != 0 {
		t.Errorf("warnings %q", warns)
	}
}

// TestReadNotesXLSXDates reads dates typed into a workbook, shown in the
// cell's own format, and a workbook whose only sheet is not Referrers.
func TestReadNotesXLSXDates(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"Name", "Asked On", "Follow Up", "Status"},
		{"Ana Müller", nil, "soon", "asked"},
	}
	for i, row := range rows {
		if err := f.SetSheetRow("Sheet1", cellName(1, i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yyyy or the locale's short date
	f.SetCellValue("Sheet1", "B2", 45721)               // 2025-03-05
	f.SetCellStyle("Sheet1", "B2", "B2", style)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	notes, _, err := ReadNotes(&b, "tracker.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || notes[0].AskedOn != "2025-03-05" || notes[0].FollowUp != "soon" || notes[0].Source != "tracker.xlsx:Sheet1:2" {
		t.Errorf("notes %+v", notes)
	}
}

func TestReadNotesBad(t *testing.T) {
	for _, tc := range []struct {
		name, file, in string
		err            error  // want errors.Is
		errText        string // or an error saying this
		warns          []string
		notes          int
	}{
		{name: "empty", file: "n.csv", in: "", errText: "no header row"},
		{name: "no key column", file: "n.csv", in: "Status,Notes\nasked,x\n", err: ErrNoKeyColumn},
		{name: "xlsx name, csv content", file: "n.xlsx", in: "Name\nAna\n", errText: "not an xlsx workbook"},
		{name: "old xls", file: "n.xls", in: "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", errText: ".xls"},
		{name: "broken zip", file: "n.xlsx", in: "PK\x03\x04garbage", errText: "unreadable workbook"},
		{name: "stray quotes", file: "n.csv", in: "Name,Notes\nAna,say \"hi\"\n", notes: 1},
		{
			name: "unknown relationship", file: "n.csv", in: "Name,Relationship\nAna,bestie\nBo,known\n",
			warns: []string{`n.csv:2: relationship "bestie" is not one of close, known, acquainted, none; ignored`}, notes: 2,
		},
		{
			name: "unknown columns", file: "n.csv", in: "Name,Rank,Score,Mood,Company,Role Points,Color\nAna,1,2,happy,X,3,red\n",
			warns: []string{"n.csv:1: ignored columns: Mood, Color"}, notes: 1,
		},
		{
			name: "row without key", file: "n.csv", in: "Name,Profile URL,Notes\n,,orphan note\n,,\nAna,,x\n",
			warns: []string{"n.csv:2: no Profile URL or Name; row skipped"}, notes: 1,
		},
		{
			name: "status conflict", file: "n.csv", in: "Profile URL,Status\nhttps://www.linkedin.com/in/a,asked\nhttp://linkedin.com/in/A/,declined\n",
			warns: []string{`n.csv:3: status "declined" differs from "asked" at n.csv:2; kept the first`}, notes: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notes, warns, err := ReadNotes(strings.NewReader(tc.in), tc.file)
			switch {
			case tc.err != nil || tc.errText != "":
				if err == nil || tc.err != nil && !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.errText) {
					t.Fatalf("error %v, want %v %q", err, tc.err, tc.errText)
				}
				if !strings.HasPrefix(err.Error(), tc.file) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			var got []string
			for _, w := range warns {
				got = append(got, w.String())
			}
			if !slices.Equal(got, tc.warns) {
				t.Errorf("warnings %q, want %q", got, tc.warns)
			}
			if len(notes) != tc.notes {
				t.Errorf("%d notes, want %d: %+v", len(notes), tc.notes, notes)
			}
		})
	}
}

// TestReadNotesZipBomb gives ReadNotes a workbook of a few hundred
// kilobytes whose sheet unzips to 300 MB: it fails at once, without
// unzipping it.
func TestReadNotesZipBomb(t *testing.T) {
	bomb := zipBomb(t, 300)
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes, want a small file", len(bomb))
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, _, err := ReadNotes(bytes.NewReader(bomb), "notes.xlsx")
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "unzips to more than 256 MB") {
		t.Errorf("err = %v, want the unzip limit", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MB for a refused bomb", alloc>>20)
	}
	if elapsed > 5*time.Second {
		t.Errorf("took %v to refuse a bomb", elapsed)
	}
	// excelize, given the same caps, refuses it too.
	if f, err := excelize.OpenReader(bytes.NewReader(bomb), excelize.Options{UnzipSizeLimit: maxNotesUnzip, UnzipXMLSizeLimit: maxNotesXML}); err == nil {
		f.Close()
		t.Error("excelize opened the bomb")
	}
}

// zipBomb returns a zip archive with the parts of a workbook, its sheet mb
// megabytes of zeros that compress to about a kilobyte per megabyte: one
// megabyte deflated and flushed to a byte boundary, repeated, then a final
// empty block.
func zipBomb(t *testing.T, mb int) []byte {
	t.Helper()
	mega := make([]byte, 1<<20)
	var chunk bytes.Buffer
	fw, err := flate.NewWriter(&chunk, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(mega)
	fw.Flush()
	crc := crc32.NewIEEE()
	var body bytes.Buffer
	for range mb {
		body.Write(chunk.Bytes())
		crc.Write(mega)
	}
	body.Write([]byte{0x03, 0x00}) // a final, empty block of fixed codes

	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Referrers" sheetId="1"/></sheets></workbook>`},
	} {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p.data)
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name:               "xl/worksheets/sheet1.xml",
		Method:             zip.Deflate,
		CRC32:              crc.Sum32(),
		CompressedSize64:   uint64(body.Len()),
		UncompressedSize64: uint64(mb) << 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	body.WriteTo(w)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestZipBombIsValid checks that zipBomb's archive unzips, to as many
// bytes as it declares.
func TestZipBombIsValid(t *testing.T) {
	bomb := zipBomb(t, 3)
	zr, err := zip.NewReader(bytes.NewReader(bomb), int64(len(bomb)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		n, err := io.Copy(io.Discard, rc)
		if err != nil || uint64(n) != zf.UncompressedSize64 {
			t.Errorf("%s: unzipped %d bytes (%v), want %d", zf.Name, n, err, zf.UncompressedSize64)
		}
		rc.Close()
	}
}

func TestUndefuse(t *testing.T) {
	for _, s := range []string{"", "'", "''", "=1", "'=1", "''=1", "'tis", "+1", "-", "'-'", "@x", "\t", "plain"} {
		if got := undefuse(defuse(s)); got != s {
			t.Errorf("undefuse(defuse(%q)) = %q", s, got)
		}
	}
}

func TestParseDay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2025-03-05", "2025-03-05"},
		{"3/5/2025", "2025-03-05"},
		{"03/05/25", "2025-03-05"},
		{"05.03.2025", "2025-03-05"},
		{"5 Mar 2025", "2025-03-05"},
		{"March 5, 2025", "2025-03-05"},
		{"45721", "2025-03-05"},
		{"next week", ""},
		{"2025-13-01", ""},
		{"12345", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := parseDay(tc.in)
			got := ""
			if ok {
				got = d.Format(dateLayout)
			}
			if got != tc.want {
				t.Errorf("parseDay(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzReadNotes(f *testing.F) {
	var csvOut, xlsxOut bytes.Buffer
	r := sampleResult()
	if err := WriteCSV(&csvOut, r); err != nil {
		f.Fatal(err)
	}
	if err := WriteXLSX(&xlsxOut, r); err != nil {
		f.Fatal(err)
	}
	f.Add(csvOut.Bytes())
	f.Add(xlsxOut.Bytes())
	f.Add([]byte("Name,Relationship,Status,Asked On\nAna,close,asked,3/5/2025\nAna,none,declined,\n"))
	f.Add([]byte("\ufeffFirst Name,Last Name\n\"a\nb\",c\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		notes, _, err := ReadNotes(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, n := range notes {
			if n.URL == "" && n.Name == "" {
				t.Errorf("note without URL or name: %+v", n)
			}
			if n.Relationship != "" && !slices.Contains(analyze.Tiers, n.Relationship) {
				t.Errorf("relationship %q", n.Relationship)
			}
		}
	})
}

func TestHyperlinkArgs(t *testing.T) {
	for _, tc := range []struct {
		name, f, link, label string
		ok                   bool
	}{
		{"link and label", `HYPERLINK("https://www.linkedin.com/in/a","Ana")`, "https://www.linkedin.com/in/a", "Ana", true},
		{"link alone", `hyperlink( "https://x" )`, "https://x", "https://x", true},
		{"quotes doubled", `=HYPERLINK("https://x/""q""", "say ""hi""")`, `https://x/"q"`, `say "hi"`, true},
		{"not text", `HYPERLINK(A1,"Ana")`, "", "", false},
		{"three arguments", `HYPERLINK("a","b","c")`, "", "", false},
		{"open", `HYPERLINK("a`, "", "", false},
		{"other formula", `SUM(1,2)`, "", "", false},
		{"trailing", `HYPERLINK("a")&"b"`, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link, label, ok := hyperlinkArgs(tc.f)
			if link != tc.link || label != tc.label || ok != tc.ok {
				t.Errorf("hyperlinkArgs(%q) = %q, %q, %v; want %q, %q, %v", tc.f, link, label, ok, tc.link, tc.label, tc.ok)
			}
		})
	}
}

// FuzzHyperlinkArgs: the arguments read back from the formula the
// report package writes for them are those written.
func FuzzHyperlinkArgs(f *testing.F) {
	f.Add("https://www.linkedin.com/in/a", "Ana \"A\" Lopez")
	f.Add("", ",)")
	f.Fuzz(func(t *testing.T, u, label string) {
		formula := hyperlink(strings.ReplaceAll(u, `"`, `""`), strings.ReplaceAll(label, `"`, `""`))
		link, got, ok := hyperlinkArgs(formula)
		if !ok || link != u || got != label {
			t.Errorf("%s read as %q, %q, %v", formula, link, got, ok)
		}
		hyperlinkArgs(u + label) // never panics
	})
}
