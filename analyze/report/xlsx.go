package report

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// Sheet names of the workbook, in order.
const (
	SheetReferrers = "Referrers"
	SheetCompanies = "Companies"
	SheetRun       = "Run"
)

// Layout limits of the workbook.
const (
	// MaxCellChars is the most UTF-16 code units a cell holds; longer
	// text is cut to fit and ends in "…".
	MaxCellChars = excelize.TotalCellChars
	// MaxWarnings is the most warnings the Run sheet lists one per row; a
	// last row says how many more there were.
	MaxWarnings = 1000
	// maxWidth caps a column's width, in characters; Why may take
	// whyWidth and wraps.
	maxWidth = 60
	whyWidth = 80
	// lineHeight is the height in points of one line of text, and
	// headerHeight that of the header row.
	lineHeight   = 15
	headerHeight = 20
	// maxLines caps the height of a row, in lines.
	maxLines = 12
	// tableStyle is the look of the tables: light stripes.
	tableStyle = "TableStyleLight1"
	// maxLinkChars is the longest URL made a link: Excel's HYPERLINK takes
	// at most 255 characters per argument.
	maxLinkChars = 255
)

// font is the workbook's default font, named in every style that sets a
// font so that no viewer falls back to its own default.
const font = "Calibri"

// styles are the cell styles of the workbook.
type styles struct {
	header, headerNum, section int
	text, wrap, link           int
	integer, decimal, day      int // centred in their columns
	count                      int // a number in the Run sheet, left-aligned
}

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	centre := &excelize.Alignment{Vertical: "top", Horizontal: "center"}
	header := func(horizontal string) excelize.Style {
		return excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: font, Size: 11, Color: "000000"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "9BC2E6", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center", Horizontal: horizontal},
		}
	}
	var s styles
	for _, st := range []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, header("")},
		{&s.headerNum, header("center")},
		{&s.section, excelize.Style{Font: &excelize.Font{Bold: true, Family: font, Size: 12}}},
		{&s.text, excelize.Style{Alignment: top}},
		{&s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.link, excelize.Style{Alignment: top, Font: &excelize.Font{Family: font, Size: 11, Color: "0563C1", Underline: "single"}}},
		{&s.integer, excelize.Style{Alignment: centre, NumFmt: 1}},
		{&s.decimal, excelize.Style{Alignment: centre, CustomNumFmt: ptr("0.0")}},
		{&s.day, excelize.Style{Alignment: centre, CustomNumFmt: ptr("yyyy-mm-dd")}},
		{&s.count, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"}, NumFmt: 1}},
	} {
		id, err := f.NewStyle(&st.style)
		if err != nil {
			return nil, err
		}
		*st.id = id
	}
	return &s, nil
}

func ptr[T any](v T) *T { return &v }

// WriteXLSX writes r to w as an Excel workbook with three sheets: Referrers
// (the referrer table of [Columns]), Companies (one row per target) and Run
// (parameters, inputs, totals and warnings). See the package documentation
// for their layout.
func WriteXLSX(w io.Writer, r *analyze.Result) error {
	if err := check(r); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(fastZip)
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetReferrers); err != nil {
		return err
	}
	for _, name := range []string{SheetCompanies, SheetRun} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	if err := writeReferrers(f, st, r); err != nil {
		return fmt.Errorf("report: %s sheet: %w", SheetReferrers, err)
	}
	if err := writeCompanies(f, st, r); err != nil {
		return fmt.Errorf("report: %s sheet: %w", SheetCompanies, err)
	}
	if err := writeRun(f, st, r); err != nil {
		return fmt.Errorf("report: %s sheet: %w", SheetRun, err)
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "refrank", Title: "Referrers"}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// fastZip compresses with flate.BestSpeed: the sheet XML is large and
// repetitive, and the default level spends most of the writing time for a
// file only a little smaller.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	return zw
}

// writeReferrers streams the referrer table: widths and pane first, then
// the header, the rows and a table with an autofilter over them.
func writeReferrers(f *excelize.File, st *styles, r *analyze.Result) error {
	cols := Columns(r)
	sw, err := f.NewStreamWriter(SheetReferrers)
	if err != nil {
		return err
	}

	// Fit each column to its longest cell.
	widths := headerWidths(cols)
	for j := range widths {
		switch kindOf(j) {
		case kindDate:
			widths[j] = max(widths[j], 12) // "2024-01-31"
		case kindInt, kindDecimal:
			widths[j] = max(widths[j], 8) // "100.0"
		}
	}
	var row []string
	for i := range r.Referrals {
		row = textFields(row[:0], &r.Referrals[i])
		for j, s := range row {
			if kindOf(j) == kindText {
				widths[j] = max(widths[j], textWidth(s)+2)
			}
		}
	}
	for j := range widths {
		if j == colWhy {
			widths[j] = min(max(widths[j], 30), whyWidth)
		} else {
			widths[j] = min(widths[j], maxWidth)
		}
		if err := sw.SetColWidth(j+1, j+1, widths[j]); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(headerPanes()); err != nil {
		return err
	}
	if err := writeHeader(sw, st, cols); err != nil {
		return err
	}

	// One reused Cell per column: SetRow copies what it is given.
	cells := make([]excelize.Cell, len(cols))
	vals := make([]any, len(cols))
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		row = textFields(row[:0], ref)
		for j := range cells {
			var c excelize.Cell
			switch kindOf(j) {
			case kindText:
				c = excelize.Cell{StyleID: st.text, Value: clip(row[j])}
			case kindInt:
				c = excelize.Cell{StyleID: st.integer, Value: ref.Rank}
			case kindDecimal:
				c = excelize.Cell{StyleID: st.decimal, Value: round1(decimalValue(ref, r.Components, j))}
			case kindDate:
				c = excelize.Cell{StyleID: st.day}
				if t := ref.Contact.ConnectedOn; !t.IsZero() {
					c.Value = serial(t)
				}
			}
			switch j {
			case colWhy:
				c.StyleID = st.wrap
			case colURL:
				if formula, ok := profileLink(row[j]); ok {
					c = excelize.Cell{StyleID: st.link, Formula: formula, Value: row[j]}
				}
			}
			cells[j], vals[j] = c, &cells[j]
			if c.Value == nil || c.Value == "" {
				vals[j] = nil // leave empty cells out of the file
			}
		}
		// Viewers do not grow a row for wrapped text themselves.
		var opts []excelize.RowOpts
		if n := wrappedLines(ref.Why, widths[colWhy]); n > 1 {
			opts = append(opts, excelize.RowOpts{Height: float64(lineHeight * min(n, maxLines))})
		}
		if err := sw.SetRow(cellName(1, i+2), vals, opts...); err != nil {
			return err
		}
	}
	if err := sw.AddTable(&excelize.Table{
		Range:          "A1:" + cellName(len(cols), len(r.Referrals)+1),
		Name:           "ReferrerTable",
		StyleName:      tableStyle,
		ShowRowStripes: ptr(true),
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// excelEpoch is day 0 of Excel's 1900 date system, as it counts after
// February 1900.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// serial returns the Excel serial number of t's calendar day.
func serial(t time.Time) int {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int(d.Sub(excelEpoch).Hours()/24 + 0.5)
}

// decimalValue returns the number shown in decimal column j of ref's row.
func decimalValue(ref *analyze.Referral, components []string, j int) float64 {
	switch j {
	case colScore:
		return ref.Score
	case colTieStrength:
		return ref.TieStrength
	}
	return points(ref, components[j-colPoints])
}

// writeCompanies writes one row per target, as a filterable table. It and
// the Run sheet are small and written cell by cell: with one stream only,
// excelize writes the parts of the file in a fixed order.
func writeCompanies(f *excelize.File, st *styles, r *analyze.Result) error {
	const sheet = SheetCompanies
	cols := []string{"Target", "Contacts", "Strong referrers", "Best referrers"}
	widths := headerWidths(cols)
	rows := [][]any{{
		excelize.Cell{StyleID: st.header, Value: cols[0]},
		excelize.Cell{StyleID: st.headerNum, Value: cols[1]},
		excelize.Cell{StyleID: st.headerNum, Value: cols[2]},
		excelize.Cell{StyleID: st.header, Value: cols[3]},
	}}
	for _, c := range r.Companies {
		best := strings.Join(c.Best, ", ")
		widths[0] = max(widths[0], textWidth(c.Target)+2)
		widths[3] = max(widths[3], textWidth(best)+2)
		rows = append(rows, []any{
			excelize.Cell{StyleID: st.text, Value: clip(c.Target)},
			excelize.Cell{StyleID: st.integer, Value: c.Contacts},
			excelize.Cell{StyleID: st.integer, Value: c.Strong},
			excelize.Cell{StyleID: st.text, Value: clip(best)},
		})
	}
	if err := setWidths(f, sheet, widths); err != nil {
		return err
	}
	if err := setRows(f, sheet, rows); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, headerHeight); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, headerPanes()); err != nil {
		return err
	}
	return f.AddTable(sheet, &excelize.Table{
		Range:          "A1:" + cellName(len(cols), max(len(r.Companies)+1, 2)),
		Name:           "CompanyTable",
		StyleName:      tableStyle,
		ShowRowStripes: ptr(true),
	})
}

// writeRun writes the Run sheet: labelled sections of parameters, inputs,
// totals and warnings.
func writeRun(f *excelize.File, st *styles, r *analyze.Result) error {
	const sheet = SheetRun
	var rows [][]any
	text := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.text, Value: clip(s)} }
	num := func(n int) excelize.Cell { return excelize.Cell{StyleID: st.count, Value: n} }
	head := func(s ...string) []any {
		row := make([]any, len(s))
		for i, v := range s {
			row[i] = excelize.Cell{StyleID: st.header, Value: v}
		}
		return row
	}
	section := func(title string) {
		if len(rows) > 0 {
			rows = append(rows, nil)
		}
		rows = append(rows, []any{excelize.Cell{StyleID: st.section, Value: title}})
	}
	none := func() { rows = append(rows, []any{text("(none)")}) }

	section("Parameters")
	rows = append(rows, head("Parameter", "Value"))
	for _, p := range r.Params {
		rows = append(rows, []any{text(p.Name), text(p.Value)})
	}
	if len(r.Params) == 0 {
		none()
	}

	section("Inputs read")
	rows = append(rows, head("File", "Rows", "Skipped"))
	for _, in := range r.Inputs {
		rows = append(rows, []any{text(in.File), num(in.Rows), num(in.Skipped)})
	}
	if len(r.Inputs) == 0 {
		none()
	}

	section("Totals")
	rows = append(rows,
		[]any{text("Contacts read"), num(r.Contacts)},
		[]any{text("Referrers listed"), num(len(r.Referrals))},
		[]any{text("Targets"), num(len(r.Companies))},
		[]any{text("Warnings"), num(len(r.Warnings))},
	)

	// Fit the columns to labels, files and values; the warnings below may
	// overflow to the right, into the empty cells beside them.
	widths := []float64{12, 12, 10}
	for _, row := range rows {
		for j, v := range row {
			if c, ok := v.(excelize.Cell); ok && c.StyleID != st.section {
				widths[j] = max(widths[j], textWidth(fmt.Sprint(c.Value))+2)
			}
		}
	}

	section("Warnings")
	for i, w := range r.Warnings {
		if i == MaxWarnings {
			rows = append(rows, []any{text(fmt.Sprintf("... and %d more", len(r.Warnings)-MaxWarnings))})
			break
		}
		rows = append(rows, []any{text(w.String())})
	}
	if len(r.Warnings) == 0 {
		none()
	}
	if err := setWidths(f, sheet, widths); err != nil {
		return err
	}
	return setRows(f, sheet, rows)
}

// setWidths sets the widths of the first columns of sheet, capped.
func setWidths(f *excelize.File, sheet string, widths []float64) error {
	for j, w := range widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(sheet, col, col, min(w, maxWidth)); err != nil {
			return err
		}
	}
	return nil
}

// setRows writes rows from row 1 of sheet; each value is an excelize.Cell
// (never a formula) or nil for an empty cell.
func setRows(f *excelize.File, sheet string, rows [][]any) error {
	for i, row := range rows {
		for j, v := range row {
			c, ok := v.(excelize.Cell)
			if !ok {
				continue
			}
			name := cellName(j+1, i+1)
			if err := f.SetCellValue(sheet, name, c.Value); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, name, name, c.StyleID); err != nil {
				return err
			}
		}
	}
	return nil
}

// headerPanes keeps row 1 in view when the sheet scrolls.
func headerPanes() *excelize.Panes {
	return &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}
}

// headerWidths returns the width each header needs, with room for the
// bold face and the autofilter button.
func headerWidths(cols []string) []float64 {
	w := make([]float64, len(cols))
	for j, c := range cols {
		w[j] = textWidth(c) + 5
	}
	return w
}

// writeHeader writes cols as the styled row 1, centred over numbers.
func writeHeader(sw *excelize.StreamWriter, st *styles, cols []string) error {
	row := make([]any, len(cols))
	for j, c := range cols {
		style := st.header
		if kindOf(j) != kindText {
			style = st.headerNum
		}
		row[j] = excelize.Cell{StyleID: style, Value: c}
	}
	return sw.SetRow("A1", row, excelize.RowOpts{Height: headerHeight})
}

// cellName returns the A1-style name of the cell at col and row, both from 1.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // col and row come from slice lengths well within limits
	}
	return name
}

// textWidth estimates how many character widths s takes on screen: its
// longest line, wide (East Asian, emoji) characters counting two.
func textWidth(s string) float64 {
	longest, n := 0, 0
	for _, r := range s {
		switch {
		case r == '\n':
			n = 0
			continue
		case r >= 0x1100:
			n += 2
		default:
			n++
		}
		longest = max(longest, n)
	}
	return float64(longest)
}

// wrappedLines estimates how many lines s takes when wrapped at word
// boundaries in a column width characters wide. A width counts the "0"
// digit; text averages about a tenth narrower in Calibri and in the fonts
// that stand in for it, and the estimate stays on the side of more lines.
func wrappedLines(s string, width float64) int {
	per := max(int(width*1.1)-1, 1)
	lines := 0
	for para := range strings.SplitSeq(s, "\n") {
		lines++
		n := 0
		for word := range strings.FieldsSeq(para) {
			w := int(textWidth(word))
			switch {
			case n == 0:
				n = w
			case n+1+w <= per:
				n += 1 + w
			default:
				lines++
				n = w
			}
			for n > per { // a word longer than a line breaks anywhere
				lines++
				n -= per
			}
		}
	}
	return lines
}

// clip cuts s to at most MaxCellChars UTF-16 code units, ending the cut
// text in "…", so that Excel does not cut it silently.
func clip(s string) string {
	if len(s) <= MaxCellChars { // a byte never stands for more than one unit
		return s
	}
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r) // invalid UTF-8 decodes to U+FFFD, one unit
		if units > MaxCellChars-1 {
			return s[:i] + "…"
		}
	}
	return s
}

// profileLink returns the HYPERLINK formula that opens u and shows it, and
// whether u may be linked: an https:// URL on linkedin.com, www.linkedin.com
// or a two-letter locale host such as de.linkedin.com, without user info
// or port, control characters, or more characters than HYPERLINK takes.
func profileLink(u string) (string, bool) {
	if !strings.HasPrefix(u, "https://") || !utf8.ValidString(u) {
		return "", false
	}
	for _, r := range u {
		if r < 0x20 || r == 0x7f {
			return "", false
		}
	}
	p, err := url.Parse(u)
	if err != nil || p.User != nil || p.Port() != "" {
		return "", false
	}
	host := strings.ToLower(p.Host)
	sub, ok := strings.CutSuffix(host, ".linkedin.com")
	switch {
	case host == "linkedin.com":
	case ok && (sub == "www" || len(sub) == 2 && isLower(sub[0]) && isLower(sub[1])):
	default:
		return "", false
	}
	q := strings.ReplaceAll(u, `"`, `""`)
	if len(q) > maxLinkChars {
		return "", false
	}
	return `HYPERLINK("` + q + `","` + q + `")`, true
}

func isLower(b byte) bool { return 'a' <= b && b <= 'z' }
