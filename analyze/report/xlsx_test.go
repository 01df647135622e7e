package report

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// openXLSX writes r as a workbook and opens it again.
func openXLSX(t testing.TB, r *analyze.Result) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := WriteXLSX(&b, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestWriteXLSXSheets(t *testing.T) {
	f := openXLSX(t, sampleResult())
	want := []string{SheetReferrers, SheetCompanies, SheetRun}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if got := f.GetSheetName(f.GetActiveSheetIndex()); got != SheetReferrers {
		t.Errorf("active sheet %q, want %q", got, SheetReferrers)
	}
}

// TestWriteXLSXReferrers checks that the Referrers sheet shows the same
// header and rows as the CSV, minus its quote prefix, cell by cell.
func TestWriteXLSXReferrers(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	got, err := f.GetRows(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	want := table(r, func(s string) string { return s })
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		row := got[i]
		for len(row) < len(want[i]) { // GetRows drops trailing empty cells
			row = append(row, "")
		}
		if !slices.Equal(row, want[i]) {
			t.Errorf("row %d:\n got %q\nwant %q", i+1, row, want[i])
		}
	}
}

func TestWriteXLSXLinks(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	for i, ref := range r.Referrals {
		cell := cellName(colURL+1, i+2)
		formula, err := f.GetCellFormula(SheetReferrers, cell)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := profileLink(ref.Contact.URL)
		if formula != want {
			t.Errorf("%s (%q): formula %q, want %q", cell, ref.Contact.URL, formula, want)
		}
		if ok && !strings.HasPrefix(ref.Contact.URL, "https://") {
			t.Errorf("%s: %q linked", cell, ref.Contact.URL)
		}
		name := cellName(colName+1, i+2)
		if fm, _ := f.GetCellFormula(SheetReferrers, name); fm != "" {
			t.Errorf("%s: name %q stored as formula %q", name, ref.Contact.Name(), fm)
		}
		if typ, _ := f.GetCellType(SheetReferrers, name); typ != excelize.CellTypeInlineString {
			t.Errorf("%s: name %q has type %v, want an inline string", name, ref.Contact.Name(), typ)
		}
	}
}

func TestProfileLink(t *testing.T) {
	for _, tc := range []struct {
		name, url, want string
	}{
		{"www", "https://www.linkedin.com/in/ana", `HYPERLINK("https://www.linkedin.com/in/ana","https://www.linkedin.com/in/ana")`},
		{"bare host", "https://linkedin.com/in/ana", `HYPERLINK("https://linkedin.com/in/ana","https://linkedin.com/in/ana")`},
		{"locale", "https://de.linkedin.com/in/ana", `HYPERLINK("https://de.linkedin.com/in/ana","https://de.linkedin.com/in/ana")`},
		{"upper-case host", "https://WWW.LinkedIn.com/in/ana", `HYPERLINK("https://WWW.LinkedIn.com/in/ana","https://WWW.LinkedIn.com/in/ana")`},
		{"quote escaped", `https://www.linkedin.com/in/o"b`, `HYPERLINK("https://www.linkedin.com/in/o""b","https://www.linkedin.com/in/o""b")`},
		{"http", "http://www.linkedin.com/in/ana", ""},
		{"empty", "", ""},
		{"other host", "https://example.com/in/ana", ""},
		{"lookalike host", "https://www.linkedin.com.evil.example/in/ana", ""},
		{"host suffix", "https://evillinkedin.com/in/ana", ""},
		{"long subdomain", "https://evil.linkedin.com/in/ana", ""},
		{"user info", "https://evil@www.linkedin.com/in/ana", ""},
		{"port", "https://www.linkedin.com:8443/in/ana", ""},
		{"newline", "https://www.linkedin.com/in/ana\n", ""},
		{"javascript", "javascript:alert(1)//https://www.linkedin.com", ""},
		{"too long", "https://www.linkedin.com/in/" + strings.Repeat("a", 240), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := profileLink(tc.url)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("profileLink(%q) = %q, %v; want %q", tc.url, got, ok, tc.want)
			}
		})
	}
}

func TestWriteXLSXLayout(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	for _, sheet := range []string{SheetReferrers, SheetCompanies} {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 {
			t.Errorf("%s panes %+v, want row 1 frozen", sheet, panes)
		}
	}
	tables, err := f.GetTables(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	wantRange := "A1:" + cellName(len(Columns(r)), len(r.Referrals)+1)
	if len(tables) != 1 || tables[0].Range != wantRange {
		t.Errorf("Referrers tables %+v, want one over %s", tables, wantRange)
	}
	tables, err = f.GetTables(SheetCompanies)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 || tables[0].Range != "A1:D3" {
		t.Errorf("Companies tables %+v, want one over A1:D3", tables)
	}
	// Numbers are stored as numbers, the date as a date serial.
	for _, col := range []int{colRank, colScore, colTieStrength, colConnectedOn, colPoints} {
		cell := cellName(col+1, 2)
		typ, err := f.GetCellType(SheetReferrers, cell)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := f.GetCellValue(SheetReferrers, cell, excelize.Options{RawCellValue: true})
		if _, err := strconv.ParseFloat(raw, 64); err != nil || (typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber) {
			t.Errorf("%s (%s) = %q of type %v, want a number", cell, Columns(r)[col], raw, typ)
		}
	}
	if raw, _ := f.GetCellValue(SheetReferrers, cellName(colConnectedOn+1, 2), excelize.Options{RawCellValue: true}); raw != "43538" {
		t.Errorf("Connected On 2019-03-14 stored as %q, want serial 43538", raw)
	}
	// The Why column wraps; widths are set and capped.
	for col := 1; col <= len(Columns(r)); col++ {
		name, _ := excelize.ColumnNumberToName(col)
		w, err := f.GetColWidth(SheetReferrers, name)
		limit := float64(maxWidth)
		if col == colWhy+1 {
			limit = whyWidth
		}
		if err != nil || w < 6 || w > limit {
			t.Errorf("column %s width %v, %v", name, w, err)
		}
	}
}

func TestWriteXLSXCompanies(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetCompanies)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Target", "Contacts", "Strong referrers", "Best referrers"}}
	for _, c := range r.Companies {
		want = append(want, []string{c.Target, strconv.Itoa(c.Contacts), strconv.Itoa(c.Strong), strings.Join(c.Best, ", ")})
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("Companies rows:\n got %q\nwant %q", rows, want)
	}
}

func TestWriteXLSXRun(t *testing.T) {
	r := sampleResult()
	for i := range MaxWarnings + 5 {
		r.Warnings = append(r.Warnings, analyze.Warning{File: "x.csv", Line: i + 2, Msg: "bad row"})
	}
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetRun)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, row := range rows {
		text = append(text, strings.Join(row, "|"))
	}
	for _, want := range []string{
		"Parameters", "Parameter|Value", "Targets|Stripe, Datadog:Platform",
		"Inputs read", "File|Rows|Skipped", "export.zip:Connections.csv|412|3", "export.zip:Positions.csv|6|0",
		"Totals", "Contacts read|412", "Referrers listed|20", "Targets|2", "Warnings|1008",
		"Warnings", r.Warnings[0].String(), "export.zip:messages.csv: not in this export; tie strength from shared history only",
		"... and 8 more",
	} {
		if !slices.Contains(text, want) {
			t.Errorf("Run sheet has no row %q", want)
		}
	}
	if got := len(rows); got > 50+MaxWarnings {
		t.Errorf("Run sheet has %d rows; warnings not capped", got)
	}
}

func TestWriteXLSXEmpty(t *testing.T) {
	r := &analyze.Result{Components: components}
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || !slices.Equal(rows[0], Columns(r)) {
		t.Errorf("rows %q, want the header only", rows)
	}
}

func TestWriteXLSXLongText(t *testing.T) {
	r := sampleResult()
	r.Referrals[0].Why = strings.Repeat("ab🚀", 20000) // 80,000 UTF-16 units
	f := openXLSX(t, r)
	got, err := f.GetCellValue(SheetReferrers, cellName(colWhy+1, 2))
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(got)); !strings.HasSuffix(got, "…") || n < 20000 {
		t.Errorf("Why cut to %d runes ending %q", n, got[max(0, len(got)-8):])
	}
	if units := len(utf16.Encode([]rune(got))); units > MaxCellChars {
		t.Errorf("Why has %d UTF-16 units, more than %d", units, MaxCellChars)
	}
}

// TestWriteXLSXDeterministic writes the same result twice.
func TestWriteXLSXDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteXLSX(&a, sampleResult()); err != nil {
		t.Fatal(err)
	}
	if err := WriteXLSX(&b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs wrote different workbooks")
	}
}

func BenchmarkWriteXLSX(b *testing.B) {
	r := bigResult(30000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteXLSX(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func TestWrappedLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		s     string
		width float64
		want  int
	}{
		{"empty", "", 20, 1},
		{"fits", "close tie, 90/100", 20, 1},
		{"two lines", "works at Stripe as staff engineer", 20, 2},
		{"newline", "a\nb", 20, 2},
		{"long word", strings.Repeat("x", 50), 20, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := wrappedLines(tc.s, tc.width); got != tc.want {
				t.Errorf("wrappedLines(%q, %v) = %d, want %d", tc.s, tc.width, got, tc.want)
			}
		})
	}
}
