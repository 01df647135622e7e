package report

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// plainNumber matches the cells WriteTableXLSX stores as numbers: an
// optional minus, digits without a leading zero, an optional fraction.
// "007", "1e5", "+3" and "NaN" stay text.
var plainNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?$`)

// WriteTableXLSX writes a plain table to w as a workbook of one sheet,
// laid out as the tables of [WriteXLSX]: the header row bold, frozen, an
// Excel table with an autofilter, then rows, each cell text except one that
// is a plain decimal number, stored as a number. Columns are as wide as
// their longest cell, up to a cap, past which they wrap. Rows may be
// shorter than the header; the header's names must be unique. The same table gives the same bytes.
func WriteTableXLSX(w io.Writer, sheet string, header []string, rows [][]string) error {
	if len(header) == 0 {
		return fmt.Errorf("report: a table needs a header")
	}
	cols := make([]column, len(header))
	seen := make(map[string]bool, len(header))
	for j, h := range header {
		if seen[strings.ToLower(h)] || h == "" {
			return fmt.Errorf("report: column %d of the header, %q, is empty or repeated", j+1, h)
		}
		seen[strings.ToLower(h)] = true
		cols[j].name = h
	}
	for i, row := range rows {
		if len(row) > len(header) {
			return fmt.Errorf("report: row %d has %d cells, the header %d", i+1, len(row), len(header))
		}
		// A column with text wider than the cap wraps, its rows as tall
		// as their text, rather than run over the cells to its right.
		for j, v := range row {
			if textWidth(v)+2 > maxWidth {
				cols[j].wrap, cols[j].width = true, maxWidth
			}
		}
	}
	sheet = SheetName(sheet)
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	s := newSheets(f, st, w)
	if err := s.queue(&tableSheet{
		sheet: sheet,
		cols:  cols,
		rows:  len(rows),
		fill: func(i int, cells []cell) {
			for j, v := range rows[i] {
				if x, err := strconv.ParseFloat(v, 64); err == nil && plainNumber.MatchString(v) {
					cells[j].setFloat(x)
				} else {
					cells[j].setText(v)
				}
			}
		},
	}); err != nil {
		return err
	}
	if err := s.write(); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "refrank", Title: sheet}); err != nil {
		return err
	}
	return s.save()
}
