package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
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
	want := []string{SheetSummary, SheetReferrers, "Stripe", "Datadog", "Figma", SheetOutreach, SheetSearch, SheetContacts, SheetRun}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if got := f.GetSheetName(f.GetActiveSheetIndex()); got != SheetSummary {
		t.Errorf("active sheet %q, want %q", got, SheetSummary)
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
	want := table(r, normalized)
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

// normalized is how a tracking date reads back from the workbook: a date
// shown as YYYY-MM-DD, other text as typed.
func normalized(s string) string { return s }

func TestWriteXLSXLinks(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	for i, ref := range r.Referrals {
		cell := cellName(colURL+1, i+2)
		formula, err := f.GetCellFormula(SheetReferrers, cell)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := linkFormula(ref.Contact.URL, ref.Contact.URL)
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
			got, ok := linkFormula(tc.url, tc.url)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("linkFormula(%q) = %q, %v; want %q", tc.url, got, ok, tc.want)
			}
		})
	}
}

// tableSheets are the sheets of the sample workbook that hold one table
// with its header in row 1.
var tableSheets = []string{SheetReferrers, "Stripe", "Datadog", "Figma", SheetOutreach, SheetSearch, SheetContacts}

func TestWriteXLSXLayout(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	for _, sheet := range append([]string{SheetSummary}, tableSheets...) {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		wantY := 1
		if sheet == SheetSummary {
			wantY = summaryTop
		}
		if !panes.Freeze || panes.YSplit != wantY {
			t.Errorf("%s panes %+v, want rows to %d frozen", sheet, panes, wantY)
		}
		tables, err := f.GetTables(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != 1 || tables[0].ShowHeaderRow != nil && !*tables[0].ShowHeaderRow {
			t.Errorf("%s tables %+v, want one with an autofilter", sheet, tables)
		}
	}
	if panes, _ := f.GetPanes(SheetReferrers); panes.XSplit != colName+1 {
		t.Errorf("Referrers XSplit %d, want Rank, Score and Name in view", panes.XSplit)
	}
	tables, err := f.GetTables(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	wantRange := "A1:" + cellName(len(Columns(r)), len(r.Referrals)+1)
	if len(tables) != 1 || tables[0].Range != wantRange {
		t.Errorf("Referrers tables %+v, want one over %s", tables, wantRange)
	}
	tables, _ = f.GetTables(SheetSummary)
	if len(tables) != 1 || tables[0].Range != "A4:L7" {
		t.Errorf("Summary tables %+v, want one over A4:L7", tables)
	}
	// Numbers are stored as numbers, dates as date serials.
	n := len(r.Components)
	for _, col := range []int{colRank, colScore, colTieStrength, colMessages, colLastMessage, colConnectedOn, colPoints, trackCol(n, trackAskedOn), trackCol(n, trackFollowUp)} {
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
	for cell, want := range map[string]string{
		cellName(colConnectedOn+1, 2):             "43538", // 2019-03-14
		cellName(trackCol(n, trackAskedOn)+1, 2):  "45712", // 2025-02-24
		cellName(trackCol(n, trackFollowUp)+1, 4): "next week",
	} {
		if raw, _ := f.GetCellValue(SheetReferrers, cell, excelize.Options{RawCellValue: true}); raw != want {
			t.Errorf("%s stored as %q, want %q", cell, raw, want)
		}
	}
	// Widths are set and capped.
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

// TestWriteXLSXStatus checks the Status dropdown and the Score data bar,
// both added in normal mode to a streamed sheet before its flush.
func TestWriteXLSXStatus(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	dvs, err := f.GetDataValidations(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	col := trackCol(len(r.Components), trackStatus)
	want := colRange(col, len(r.Referrals)+1)
	if len(dvs) != 1 || dvs[0].Sqref != want || dvs[0].Type != "list" {
		t.Fatalf("validations %+v, want a list over %s", dvs, want)
	}
	if got := dvs[0].Formula1; got != `"`+strings.Join(Statuses, ",")+`"` {
		t.Errorf("Status list %s, want %q", got, Statuses)
	}
	formats, err := f.GetConditionalFormats(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	bar := formats[colRange(colScore, len(r.Referrals)+1)]
	if len(bar) != 1 || bar[0].Type != "data_bar" {
		t.Errorf("Score formats %+v, want a data bar", formats)
	}
	if got, _ := f.GetCellValue(SheetReferrers, cellName(col+1, 2)); got != "asked" {
		t.Errorf("Status of the first referrer %q, want %q", got, "asked")
	}
}

func TestWriteXLSXSummary(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 7 || rows[1][1] != "2025-03-01" {
		t.Fatalf("Summary rows %q, want the export date in B2", rows)
	}
	if raw, _ := f.GetCellValue(SheetSummary, "B2", excelize.Options{RawCellValue: true}); raw != "45717" {
		t.Errorf("export date stored as %q, want serial 45717", raw)
	}
	head := []string{"Target", "Contacts", "Close", "Known", "Acquainted", "None", "Strong", "Ask", "Best Referrer", "Second", "Third", "Gaps"}
	if !slices.Equal(rows[3], head) {
		t.Errorf("header %q, want %q", rows[3], head)
	}
	if got := rows[6]; len(got) < 12 || got[0] != "Figma" || got[1] != "0" || !strings.Contains(got[11], "no contact at Figma") {
		t.Errorf("Figma row %q, want a coverage gap", got)
	}
	stripe := rows[4]
	if stripe[0] != "Stripe" || stripe[1] != "10" || stripe[8] != r.Referrals[0].Contact.Name() {
		t.Errorf("Stripe row %q", stripe)
	}
	formula, _ := f.GetCellFormula(SheetSummary, "I5")
	if want, _ := linkFormula(r.Referrals[0].Contact.URL, r.Referrals[0].Contact.Name()); formula != want {
		t.Errorf("I5 formula %q, want %q", formula, want)
	}
	// The chart is in the file, drawn on Summary.
	var b bytes.Buffer
	if err := WriteXLSX(&b, r); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var chart []byte
	for _, zf := range zr.File {
		if zf.Name == "xl/charts/chart1.xml" {
			rc, _ := zf.Open()
			chart, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	for _, want := range []string{"<barChart>", `<grouping val="stacked">`, "&#39;Summary&#39;!$A$5:$A$7", "&#39;Summary&#39;!$C$4<"} {
		if !bytes.Contains(chart, []byte(want)) {
			t.Errorf("chart1.xml lacks %s", want)
		}
	}
}

// TestWriteXLSXSummaryDeadline checks the Deadline column, shown only
// when a target has a deadline, and the gap a passed deadline makes.
func TestWriteXLSXSummaryDeadline(t *testing.T) {
	r := sampleResult() // exported 2025-03-01
	r.Targets[0].Deadline = time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	r.Targets[1].Deadline = time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	head := []string{"Target", "Contacts", "Close", "Known", "Acquainted", "None", "Strong", "Ask", "Deadline", "Best Referrer", "Second", "Third", "Gaps"}
	if len(rows) < 7 || !slices.Equal(rows[3], head) {
		t.Fatalf("Summary rows %q, want header %q", rows, head)
	}
	for _, tc := range []struct {
		name     string
		row      []string
		deadline string
		gap      bool
	}{
		{"passed", rows[4], "2025-02-01", true},
		{"ahead", rows[5], "2025-04-30", false},
		{"none", rows[6], "", false},
	} {
		if got := cellAt(tc.row, 8); got != tc.deadline {
			t.Errorf("%s: %s deadline %q, want %q", tc.name, tc.row[0], got, tc.deadline)
		}
		if got := strings.Contains(cellAt(tc.row, 12), "passed"); got != tc.gap {
			t.Errorf("%s: %s gaps %q, want a passed deadline: %v", tc.name, tc.row[0], cellAt(tc.row, 12), tc.gap)
		}
		if got := cellAt(tc.row, 9); tc.row[0] == "Stripe" && got != r.Referrals[0].Contact.Name() {
			t.Errorf("%s: best referrer %q, want %q", tc.name, got, r.Referrals[0].Contact.Name())
		}
	}
	if raw, _ := f.GetCellValue(SheetSummary, "I5", excelize.Options{RawCellValue: true}); raw != "45689" {
		t.Errorf("deadline stored as %q, want serial 45689", raw)
	}
	if !strings.Contains(cellAt(rows[4], 12), "deadline 2025-02-01 passed before the export") {
		t.Errorf("Stripe gaps %q", cellAt(rows[4], 12))
	}
}

// cellAt returns row[j], or "" past the row's end.
func cellAt(row []string, j int) string {
	if j < len(row) {
		return row[j]
	}
	return ""
}

func TestWriteXLSXNoTargets(t *testing.T) {
	r := bigResult(200)
	r.Targets = nil
	for i := range 40 {
		r.Companies = append(r.Companies, analyze.CompanySummary{Target: fmt.Sprintf("Company %02d", i)})
	}
	f := openXLSX(t, r)
	want := []string{SheetSummary, SheetReferrers, SheetOutreach, SheetSearch, SheetContacts, SheetRun}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	rows, _ := f.GetRows(SheetSummary)
	if got := len(rows) - summaryTop; got != TopCompanies {
		t.Errorf("Summary lists %d companies, want %d", got, TopCompanies)
	}
}

func TestWriteXLSXOutreach(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetOutreach)
	if err != nil {
		t.Fatal(err)
	}
	head := []string{"Target", "Name", "Tie", "Kind", "Via", "Subject", "Message", "Note", "Note Length"}
	if len(rows) != len(r.Drafts)+1 || !slices.Equal(rows[0], head) {
		t.Fatalf("Outreach rows %q", rows)
	}
	d := r.Drafts[2]
	if got := rows[3]; got[4] != "Bo Chen" || got[6] != d.Message || got[8] != strconv.Itoa(len(d.Note)) {
		t.Errorf("draft row %q", got)
	}
	if formula, _ := f.GetCellFormula(SheetOutreach, "B2"); !strings.HasPrefix(formula, `HYPERLINK("https://www.linkedin.com/`) {
		t.Errorf("B2 formula %q, want a link to the profile", formula)
	}
	if h, _ := f.GetRowHeight(SheetOutreach, 2); h < 4*lineHeight {
		t.Errorf("message row height %v, want room for the wrapped message", h)
	}

	// A draft of 25 short lines is not clipped at the tables' usual cap.
	r.Drafts[0].Message = strings.Repeat("A line of the message.\n", 24) + "Jordan"
	f = openXLSX(t, r)
	if h, _ := f.GetRowHeight(SheetOutreach, 2); h < 25*lineHeight {
		t.Errorf("25-line message row height %v, want at least %v", h, 25*lineHeight)
	}
}

// TestWriteXLSXTallRows checks that text of any length is kept whole in a
// row no taller than Excel allows (409 points), where a row that tall
// failed the workbook.
func TestWriteXLSXTallRows(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(r *analyze.Result) string // returns the text expected in the cell
		sheet string
		cell  string
	}{
		{"28-line message", func(r *analyze.Result) string {
			r.Drafts[0].Message = strings.Repeat("A line of the template.\n", 27) + "Jordan"
			return r.Drafts[0].Message
		}, SheetOutreach, "G2"},
		{"800-character last name in the message", func(r *analyze.Result) string {
			r.Drafts[0].Message = "Hi " + strings.Repeat("Verylonglastname", 50) + ",\n" + strings.Repeat("words of a message ", 300)
			return r.Drafts[0].Message
		}, SheetOutreach, "G2"},
		{"a Why of many lines", func(r *analyze.Result) string {
			r.Referrals[0].Why = strings.Repeat("reason\n", 200)
			return r.Referrals[0].Why
		}, SheetReferrers, cellName(colWhy+1, 2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleResult()
			want := tt.edit(r)
			f := openXLSX(t, r)
			if got, _ := f.GetCellValue(tt.sheet, tt.cell); got != want {
				t.Errorf("%s holds %d characters, want the %d written", tt.cell, len(got), len(want))
			}
			_, n, _ := excelize.CellNameToCoordinates(tt.cell)
			if h, _ := f.GetRowHeight(tt.sheet, n); h < 10*lineHeight || h > excelize.MaxRowHeight {
				t.Errorf("row %d height %v, want tall but at most %v", n, h, excelize.MaxRowHeight)
			}
		})
	}
}

func TestWriteXLSXSearch(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetSearch)
	if err != nil {
		t.Fatal(err)
	}
	// Per target: 2nd degree, one per school, the role.
	if want := 1 + len(r.Targets)*(2+len(r.Schools)); len(rows) != want {
		t.Fatalf("Search has %d rows, want %d", len(rows), want)
	}
	formula, _ := f.GetCellFormula(SheetSearch, "D2")
	want := `HYPERLINK("https://www.linkedin.com/search/results/people/?keywords=Stripe&network=%5B%22S%22%5D","Open on LinkedIn")`
	if formula != want {
		t.Errorf("D2 formula %q, want %q", formula, want)
	}
	formula, _ = f.GetCellFormula(SheetSearch, "D4")
	if !strings.Contains(formula, "keywords=Stripe+%22Quoted%22+College\"") {
		t.Errorf("D4 formula %q: school not query-escaped", formula)
	}
}

func TestWriteXLSXContacts(t *testing.T) {
	r := sampleResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetContacts)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(r.Network)+1 {
		t.Fatalf("All Contacts has %d rows, want %d", len(rows), len(r.Network)+1)
	}
	last := rows[len(rows)-1]
	if last[0] != "Rita Gomez" || last[4] != "Acme" || last[6] != "data" || last[13] != "2024-12-01" {
		t.Errorf("last row %q", last)
	}
}

func TestSheetName(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Stripe", "Stripe"},
		{"forbidden", `a/b\c?d*e[f]g:h`, "a-b-c-d-e-f-g-h"},
		{"long", strings.Repeat("x", 40), strings.Repeat("x", 31)},
		{"long runes", strings.Repeat("ü", 40), strings.Repeat("ü", 31)},
		{"apostrophes", "'Quoted'", "Quoted"},
		{"control", "a\tb", "ab"},
		{"empty", "", "Target"},
		{"only quotes", "''", "Target"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SheetName(tc.in); got != tc.want {
				t.Errorf("SheetName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestWriteXLSXTargetSheets gives targets whose names Excel refuses, and
// two that are the same once cut to 31 characters.
func TestWriteXLSXTargetSheets(t *testing.T) {
	long := strings.Repeat("Very Long Company Name ", 3)
	targets := []string{"AT&T/Mobile: R[&]D?*", long + "A", long + "B", "summary", "Run"}
	r := &analyze.Result{Components: components}
	for i, name := range targets {
		r.Targets = append(r.Targets, analyze.Target{Company: name})
		r.Referrals = append(r.Referrals, referral(name, "", person{first: "P", last: strconv.Itoa(i), company: name}))
		r.Referrals[i].Rank = 1
	}
	f := openXLSX(t, r)
	got := f.GetSheetList()[2 : 2+len(targets)]
	want := []string{"AT&T-Mobile- R-&-D--", "Very Long Company Name Very Lon", "Very Long Company Name Very (2)", "summary (2)", "Run (2)"}
	if !slices.Equal(got, want) {
		t.Errorf("target sheets %q, want %q", got, want)
	}
	for i, sheet := range got {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[1][colTarget] != targets[i] {
			t.Errorf("sheet %q rows %q, want the one referrer at %q", sheet, rows, targets[i])
		}
	}
}

func TestWriteXLSXRun(t *testing.T) {
	r := sampleResult()
	r.Merged = analyze.Merged{URL: 2, NameAndDay: 1}
	r.ExportDateFrom = "the newest message in messages.csv"
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
		"Export", "Export date|2025-03-01", "Export date from|the newest message in messages.csv", "Contacts merged across exports|3 (2 by profile URL, 1 by name and connection day)",
		"Totals", "Contacts read|412", "Referrers listed|20", "Targets|2", "Contacts in All Contacts|21", "Outreach drafts|3", "Notes kept|3", "Warnings|1008",
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
	// excelize walks maps when it writes streamed sheets and content
	// types: several runs give map order the chance to differ.
	var first bytes.Buffer
	if err := WriteXLSX(&first, sampleResult()); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		var b bytes.Buffer
		if err := WriteXLSX(&b, sampleResult()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), b.Bytes()) {
			t.Fatalf("run %d wrote a different workbook", i+2)
		}
	}
}

// TestWriteXLSXDeterministicParallel checks that a workbook with sheets
// larger than a compressed piece gives the same bytes whether its sheets
// are written one at a time or at once, and reads back whole.
func TestWriteXLSXDeterministicParallel(t *testing.T) {
	r := bigResult(3000)
	write := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var b bytes.Buffer
		if err := WriteXLSX(&b, r); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	one, many := write(1), write(4)
	if !bytes.Equal(one, many) {
		t.Fatal("the workbook differs between GOMAXPROCS 1 and 4")
	}
	f, err := excelize.OpenReader(bytes.NewReader(many))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetReferrers)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(r.Referrals)+1 || rows[len(rows)-1][colName] != r.Referrals[len(r.Referrals)-1].Contact.Name() {
		t.Errorf("Referrers has %d rows, want %d ending in the last referral", len(rows), len(r.Referrals)+1)
	}
}

// BenchmarkWriteXLSX writes 30,000 referrals across five targets (so the
// per-target sheets hold another 30,000 rows) and 30,000 network members;
// "referrers" is the Referrers sheet alone, as a run without targets,
// network or drafts writes it.
func BenchmarkWriteXLSX(b *testing.B) {
	full := bigResult(30000)
	lean := bigResult(30000)
	lean.Targets, lean.Network = nil, nil
	for _, bc := range []struct {
		name string
		r    *analyze.Result
	}{{"full", full}, {"referrers", lean}} {
		b.Run(bc.name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := WriteXLSX(&buf, bc.r); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
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

// FuzzPlainHost checks that a URL plainHost reads gives the host url.Parse
// gives, without user info, port or error.
func FuzzPlainHost(f *testing.F) {
	for _, u := range []string{
		"https://www.linkedin.com/in/th%C3%A9o-petit-916e17",
		"https://de.linkedin.com/in/anna",
		"https://linkedin.com",
		"https://www.linkedin.com/in/x%zz",
		"https://www.linkedin.com:443/in/x",
		"https://user@www.linkedin.com/in/x",
		"https://www.linkedin.com/in/x?trk=a#b",
		"https:///in/x",
		"https://WWW.LinkedIn.com/in/x",
	} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		host, ok := plainHost(u)
		if !ok {
			return
		}
		p, err := url.Parse(u)
		if err != nil {
			t.Fatalf("plainHost(%q) = %q, but url.Parse fails: %v", u, host, err)
		}
		if p.Host != host || p.User != nil || p.Port() != "" {
			t.Fatalf("plainHost(%q) = %q; url.Parse reads host %q, user %v, port %q", u, host, p.Host, p.User, p.Port())
		}
		for i := 0; i < len(u); i++ {
			if u[i] <= ' ' || u[i] >= 0x7f || u[i] == '"' {
				t.Fatalf("plainHost(%q) = %q, but byte %d is %q", u, host, i, u[i])
			}
		}
	})
}

func TestSerial(t *testing.T) {
	east := time.FixedZone("UTC+14", 14*3600)
	west := time.FixedZone("UTC-12", -12*3600)
	tests := []struct {
		name string
		t    time.Time
		want int
	}{
		{"excel's day 1", time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), 2},
		{"the unix epoch", time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), unixSerial},
		{"the last second of a day", time.Date(2024, 1, 31, 23, 59, 59, 999, time.UTC), 45322},
		{"a day before 1970, late", time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC), unixSerial - 1},
		{"a day before 1970, early", time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), unixSerial - 1},
		{"the calendar day where it is, east", time.Date(2024, 2, 1, 0, 30, 0, 0, east), 45323},
		{"the calendar day where it is, west", time.Date(2024, 1, 31, 23, 30, 0, 0, west), 45322},
		{"a leap day", time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), 45351},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := serial(tt.t); got != tt.want {
				t.Errorf("serial(%v) = %d, want %d", tt.t, got, tt.want)
			}
			d := time.Date(tt.t.Year(), tt.t.Month(), tt.t.Day(), 0, 0, 0, 0, time.UTC)
			if back := excelEpoch.AddDate(0, 0, tt.want); !back.Equal(d) {
				t.Errorf("serial %d reads back as %v, want %v", tt.want, back, d)
			}
		})
	}
}
