package report

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestWriteTableXLSX(t *testing.T) {
	header := []string{"Client", "Contacts", "Note"}
	rows := [][]string{
		{"ana", "29", "=HYPERLINK(\"https://evil.example\")"},
		{"ben", "007", "1e5"},
		{"chloe", "-2.5"},
	}
	tests := []struct {
		name string
		cell string
		want string
		num  bool // stored as a number
	}{
		{"header", "A1", "Client", false},
		{"number", "B2", "29", true},
		{"leading zero stays text", "B3", "007", false},
		{"exponent stays text", "C3", "1e5", false},
		{"negative fraction", "B4", "-2.5", true},
		{"formula-like text stays text", "C2", "=HYPERLINK(\"https://evil.example\")", false},
		{"short row", "C4", "", false},
	}
	var b bytes.Buffer
	if err := WriteTableXLSX(&b, "Clients", header, rows); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Clients"}) {
		t.Errorf("sheets %q", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := f.GetCellValue("Clients", tt.cell)
			if got != tt.want {
				t.Errorf("%s = %q, want %q", tt.cell, got, tt.want)
			}
			typ, _ := f.GetCellType("Clients", tt.cell)
			if isNum := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset && tt.want != ""; isNum != tt.num {
				t.Errorf("%s: type %v, want a number: %v", tt.cell, typ, tt.num)
			}
			if formula, _ := f.GetCellFormula("Clients", tt.cell); formula != "" {
				t.Errorf("%s holds formula %q", tt.cell, formula)
			}
		})
	}
	panes, err := f.GetPanes("Clients")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	if tables, err := f.GetTables("Clients"); err != nil || len(tables) != 1 || tables[0].Range != "A1:C4" {
		t.Errorf("tables %+v (%v), want one over A1:C4", tables, err)
	}
	w, _ := f.GetColWidth("Clients", "C")
	if w < float64(len(rows[0][2])) || w > maxWidth {
		t.Errorf("column C width %v", w)
	}

	// The same table gives the same bytes.
	var again bytes.Buffer
	WriteTableXLSX(&again, "Clients", header, rows)
	if !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("a second write gave other bytes")
	}
}

// TestWriteTableXLSXWraps checks that a column of text longer than the
// cap wraps in a row tall enough, rather than run over its neighbours.
func TestWriteTableXLSXWraps(t *testing.T) {
	long := strings.Repeat("no Connections.csv at the top level ", 6)
	var b bytes.Buffer
	if err := WriteTableXLSX(&b, "Clients", []string{"Client", "Failure", "Workbook"}, [][]string{{"ana", "", "ana.xlsx"}, {"ben", long}}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if w, _ := f.GetColWidth("Clients", "B"); w != maxWidth {
		t.Errorf("Failure width %v, want %v", w, float64(maxWidth))
	}
	if h, _ := f.GetRowHeight("Clients", 3); h < 3*lineHeight {
		t.Errorf("row 3 height %v, want room for %d characters wrapped", h, len(long))
	}
	if got, _ := f.GetCellValue("Clients", "B3"); got != long {
		t.Errorf("B3 = %q", got)
	}
}

func TestWriteTableXLSXErrors(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		rows   [][]string
		want   string
	}{
		{"no header", nil, nil, "needs a header"},
		{"row too long", []string{"A"}, [][]string{{"1", "2"}}, "row 1 has 2 cells"},
		{"repeated column", []string{"Name", "name"}, nil, `column 2 of the header, "name", is empty or repeated`},
		{"empty column", []string{"Name", ""}, nil, "column 2 of the header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteTableXLSX(&bytes.Buffer{}, "T", tt.header, tt.rows)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// sheetXML returns the XML of the first sheet of the workbook data.
func sheetXML(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	xml, _ := io.ReadAll(r)
	return string(xml)
}
