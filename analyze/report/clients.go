package report

import (
	"fmt"
	"io"
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// plainNumber matches the cells WriteTableXLSX stores as numbers: an
// optional minus, digits without a leading zero, an optional fraction.
// "007", "1e5", "+3" and "NaN" stay text.
var plainNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?$`)

// WriteTableXLSX writes a plain table to w as a workbook of one sheet: the
// header row in bold, frozen and with an autofilter, then rows, each cell
// text except one that is a plain decimal number, stored as a number. Columns
// are as wide as their longest cell, up to a cap. Rows may be shorter than
// the header. The same table gives the same bytes.
func WriteTableXLSX(w io.Writer, sheet string, header []string, rows [][]string) error {
	if len(header) == 0 {
		return fmt.Errorf("report: a table needs a header")
	}
	sheet = SheetName(sheet)
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: font, Size: 11},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
		Border:    []excelize.Border{{Type: "bottom", Color: headerLine, Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	})
	if err != nil {
		return err
	}
	top, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	widths := headerWidths(header)
	for j, h := range header {
		if err := f.SetCellValue(sheet, cellName(j+1, 1), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, cellName(1, 1), cellName(len(header), 1), bold); err != nil {
		return err
	}
	for i, row := range rows {
		if len(row) > len(header) {
			return fmt.Errorf("report: row %d has %d cells, the header %d", i+1, len(row), len(header))
		}
		for j, v := range row {
			name := cellName(j+1, i+2)
			var value any = clip(v)
			if plainNumber.MatchString(v) {
				if x, err := strconv.ParseFloat(v, 64); err == nil {
					value = x
				}
			}
			if err := f.SetCellValue(sheet, name, value); err != nil {
				return err
			}
			widths[j] = max(widths[j], textWidth(v)+2)
		}
	}
	if len(rows) > 0 {
		if err := f.SetCellStyle(sheet, cellName(1, 2), cellName(len(header), len(rows)+1), top); err != nil {
			return err
		}
	}
	if err := setWidths(f, sheet, widths); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, headerPanes()); err != nil {
		return err
	}
	last := cellName(len(header), max(len(rows), 1)+1)
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "refrank", Title: sheet}); err != nil {
		return err
	}
	return save(f, w)
}
