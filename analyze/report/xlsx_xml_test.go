package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// sheetParts returns the XML of each sheet of a workbook, by part name.
func sheetParts(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := make(map[string][]byte)
	for _, zf := range zr.File {
		if path.Dir(zf.Name) != "xl/worksheets" {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[zf.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", zf.Name, err)
		}
	}
	return parts
}

// usedRange reads a sheet's XML as a streaming reader does: its
// dimension, and the range its cells take.
func usedRange(t *testing.T, name string, data []byte) (dimension, used string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	cols, rows := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range el.Attr {
			switch {
			case el.Name.Local == "dimension" && a.Name.Local == "ref":
				dimension = a.Value
			case el.Name.Local == "c" && a.Name.Local == "r":
				col, row, err := excelize.CellNameToCoordinates(a.Value)
				if err != nil {
					t.Fatalf("%s: cell %q: %v", name, a.Value, err)
				}
				cols, rows = max(cols, col), max(rows, row)
			}
		}
	}
	return dimension, "A1:" + cellName(max(cols, 1), max(rows, 1))
}

// workbooks are the workbooks of the tests below, by name.
func workbooks(t *testing.T) map[string][]byte {
	t.Helper()
	books := make(map[string][]byte)
	for name, r := range map[string]*analyze.Result{
		"sample":       sampleResult(),
		"two blocks":   bigResult(blockRows + 100), // rows in two pieces
		"empty":        {Components: components},
		"no targets":   func() *analyze.Result { r := sampleResult(); r.Targets = nil; return r }(),
		"one referral": func() *analyze.Result { r := sampleResult(); r.Referrals = r.Referrals[:1]; return r }(),
	} {
		var b bytes.Buffer
		if err := WriteXLSX(&b, r); err != nil {
			t.Fatal(err)
		}
		books[name] = b.Bytes()
	}
	var b bytes.Buffer
	if err := WriteTableXLSX(&b, "Clients", []string{"Client", "Contacts", "Failure"}, [][]string{{"ana", "29"}, {"ben", "3", "no export"}}); err != nil {
		t.Fatal(err)
	}
	books["clients"] = b.Bytes()
	return books
}

// TestWorkbookDimensions checks that each sheet's dimension is the range
// its cells take, which readers that stream a sheet (openpyxl's read-only
// mode) take for its size.
func TestWorkbookDimensions(t *testing.T) {
	for name, data := range workbooks(t) {
		for part, xml := range sheetParts(t, data) {
			dimension, used := usedRange(t, part, xml)
			if dimension != used {
				t.Errorf("%s: %s: dimension %q, cells in %s", name, part, dimension, used)
			}
		}
	}
}

// TestWorkbookColumnsInOrder checks that the widths of each sheet's
// columns (its <col> elements) come in the order of their columns,
// without overlaps, as Excel wants them.
func TestWorkbookColumnsInOrder(t *testing.T) {
	for name, data := range workbooks(t) {
		for part, sheet := range sheetParts(t, data) {
			d := xml.NewDecoder(bytes.NewReader(sheet))
			last := 0 // the last column of the <col> before
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s: %s: %v", name, part, err)
				}
				el, ok := tok.(xml.StartElement)
				if !ok || el.Name.Local != "col" {
					continue
				}
				var lo, hi int
				for _, a := range el.Attr {
					switch a.Name.Local {
					case "min":
						lo, _ = strconv.Atoi(a.Value)
					case "max":
						hi, _ = strconv.Atoi(a.Value)
					}
				}
				if lo <= last || hi < lo {
					t.Errorf("%s: %s: <col min=%d max=%d> after a <col> up to %d", name, part, lo, hi, last)
				}
				last = hi
			}
		}
	}
}

// TestWorkbookStreamed reads every sheet with excelize's streaming row
// iterator, which reads the XML as it comes, and checks it against the
// rows read whole.
func TestWorkbookStreamed(t *testing.T) {
	for name, data := range workbooks(t) {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			whole, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := f.Rows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for rows.Next() {
				cols, err := rows.Columns()
				if err != nil {
					t.Fatalf("%s: %s row %d: %v", name, sheet, n+1, err)
				}
				if n >= len(whole) || strings.Join(cols, "\x00") != strings.Join(whole[n], "\x00") {
					t.Errorf("%s: %s row %d streamed as %q", name, sheet, n+1, cols)
				}
				n++
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
			if n != len(whole) || n == 0 {
				t.Errorf("%s: %s: %d rows streamed, %d read whole", name, sheet, n, len(whole))
			}
		}
		f.Close()
	}
}

// TestCellText checks that text the rows' XML writer escapes reads back
// as written, or with U+FFFD where XML cannot hold a character.
func TestCellText(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"markup", `a & b <c> "d" 'e'`, `a & b <c> "d" 'e'`},
		{"line breaks", "one\r\ntwo\nthree\r", "one\r\ntwo\nthree\r"},
		{"spaces kept at the ends", "  two spaces  ", "  two spaces  "},
		{"tab", "\tlead", "\tlead"},
		{"escaped-looking text", "_x0041_ and _x005F_ and _xZZZZ_", "_x0041_ and _x005F_ and _xZZZZ_"},
		{"control characters", "a\x01b\x1fc", "a\uFFFDb\uFFFDc"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"non-characters", "a\uFFFEb\uFFFF", "a\uFFFDb\uFFFD"},
		{"wide", "Zoë 🚀 黄", "Zoë 🚀 黄"},
	}
	header := []string{"Name"}
	var rows [][]string
	for _, tt := range tests {
		rows = append(rows, []string{tt.text})
	}
	var b bytes.Buffer
	if err := WriteTableXLSX(&b, "T", header, rows); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := f.GetCellValue("T", cellName(1, i+2)); got != tt.want {
				t.Errorf("read back %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLinkFormula checks profile links whose URL holds what the XML, a
// formula's string or a cell's text escape.
func TestLinkFormula(t *testing.T) {
	for _, tt := range []struct{ name, url string }{
		{"an ampersand and quotes", `https://www.linkedin.com/in/a?x=1&y="2"<`},
		{"an underscore", `https://www.linkedin.com/in/ana_lopez_x00`},
		{"plain", `https://www.linkedin.com/in/ana-lopez`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleResult()
			u := tt.url
			r.Referrals[0].Contact.URL = u
			f := openXLSX(t, r)
			cell := cellName(colURL+1, 2)
			q := strings.ReplaceAll(u, `"`, `""`)
			if got, _ := f.GetCellFormula(SheetReferrers, cell); got != `HYPERLINK("`+q+`","`+q+`")` {
				t.Errorf("formula %s", got)
			}
			if got, _ := f.GetCellValue(SheetReferrers, cell); got != u {
				t.Errorf("value %q, want %q", got, u)
			}
		})
	}
}

// FuzzCellText writes any text as a cell, through the rows' own XML
// writer, and reads it back with excelize: the sheet is well-formed XML
// and the text comes back as written, each character XML cannot hold as
// U+FFFD.
func FuzzCellText(f *testing.F) {
	for _, s := range []string{"Ana", "a & b <c>", "_x0041_", "_x005F_x0041_", "\r\n\t ", "a\x00b", "\xff\xfe", "\uFFFE", "Zoë 🚀", `"quoted"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 || plainNumber.MatchString(s) {
			return // long text is clipped, a plain number stored as a number
		}
		var b bytes.Buffer
		if err := WriteTableXLSX(&b, "T", []string{"Text"}, [][]string{{s}}); err != nil {
			t.Fatal(err)
		}
		for part, data := range sheetParts(t, b.Bytes()) {
			if err := xml.Unmarshal(data, new(struct{})); err != nil {
				t.Fatalf("%s is not well-formed: %v", part, err)
			}
		}
		x, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		var want strings.Builder
		for _, r := range s { // an invalid byte ranges as one U+FFFD
			if r == 0xFFFE || r == 0xFFFF || r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
				r = utf8.RuneError
			}
			want.WriteRune(r)
		}
		if got, _ := x.GetCellValue("T", "A2"); got != want.String() {
			t.Errorf("read back %q, want %q", got, want.String())
		}
	})
}

// FuzzAppendNumber checks appendNumber against strconv.AppendFloat, the
// output it must match, for any number, tenths or not.
func FuzzAppendNumber(f *testing.F) {
	for _, x := range []float64{0, 1, 64.6, -0.5, -12.3, 0.1, 100, 1e21, 3.14159, 1 << 53, -1e-7} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		for _, y := range []float64{x, math.Round(x*10) / 10} {
			want := strconv.AppendFloat(nil, y, 'f', -1, 64)
			if got := appendNumber(nil, y); string(got) != string(want) {
				t.Fatalf("appendNumber(%v) = %s, want %s", y, got, want)
			}
		}
	})
}
