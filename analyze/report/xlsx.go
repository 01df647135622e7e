package report

import (
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
	// maxWidth caps a column's width, in characters.
	maxWidth = 60
	// maxLinkChars is the longest URL made a link: Excel's HYPERLINK takes
	// at most 255 characters per argument.
	maxLinkChars = 255
)

// styles are the cell styles of the workbook.
type styles struct {
	header, section       int
	text, wrap, link      int
	integer, decimal, day int
}

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	var s styles
	for _, st := range []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: "000000"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "9BC2E6", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center"},
		}},
		{&s.section, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}},
		{&s.text, excelize.Style{Alignment: top}},
		{&s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.link, excelize.Style{Alignment: top, Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
		{&s.integer, excelize.Style{Alignment: top, NumFmt: 1}},
		{&s.decimal, excelize.Style{Alignment: top, CustomNumFmt: ptr("0.0")}},
		{&s.day, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, CustomNumFmt: ptr("yyyy-mm-dd")}},
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
	var row []string
	for i := range r.Referrals {
		row = fields(row[:0], &r.Referrals[i], r.Components)
		for j, s := range row {
			widths[j] = max(widths[j], textWidth(s)+2)
		}
	}
	for j, wd := range widths {
		if err := sw.SetColWidth(j+1, j+1, min(wd, maxWidth)); err != nil {
			return err
		}
	}
	if err := freezeHeader(sw); err != nil {
		return err
	}
	if err := writeHeader(sw, st, cols); err != nil {
		return err
	}

	// One reused Cell per column: SetRow copies what it is given.
	cells := make([]excelize.Cell, len(cols))
	vals := make([]any, len(cols))
	for j := range cells {
		vals[j] = &cells[j]
	}
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		row = fields(row[:0], ref, r.Components)
		for j, s := range row {
			c := excelize.Cell{StyleID: st.text, Value: clip(s)}
			switch kindOf(j) {
			case kindInt:
				c = excelize.Cell{StyleID: st.integer, Value: ref.Rank}
			case kindDecimal:
				c = excelize.Cell{StyleID: st.decimal, Value: round1(decimalValue(ref, r.Components, j))}
			case kindDate:
				c = excelize.Cell{StyleID: st.day}
				if t := ref.Contact.ConnectedOn; !t.IsZero() {
					c.Value = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
				}
			}
			switch j {
			case colWhy:
				c.StyleID = st.wrap
			case colURL:
				if formula, ok := profileLink(s); ok {
					c = excelize.Cell{StyleID: st.link, Formula: formula, Value: s}
				}
			}
			cells[j] = c
		}
		if err := sw.SetRow(cellName(1, i+2), vals); err != nil {
			return err
		}
	}
	if err := sw.AddTable(&excelize.Table{
		Range:          "A1:" + cellName(len(cols), len(r.Referrals)+1),
		Name:           "ReferrerTable",
		StyleName:      "TableStyleLight1",
		ShowRowStripes: ptr(true),
	}); err != nil {
		return err
	}
	return sw.Flush()
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

// writeCompanies streams one row per target, as a filterable table.
func writeCompanies(f *excelize.File, st *styles, r *analyze.Result) error {
	cols := []string{"Target", "Contacts", "Strong referrers", "Best referrers"}
	sw, err := f.NewStreamWriter(SheetCompanies)
	if err != nil {
		return err
	}
	widths := headerWidths(cols)
	best := make([]string, len(r.Companies))
	for i, c := range r.Companies {
		best[i] = strings.Join(c.Best, ", ")
		widths[0] = max(widths[0], textWidth(c.Target)+2)
		widths[3] = max(widths[3], textWidth(best[i])+2)
	}
	for j, wd := range widths {
		if err := sw.SetColWidth(j+1, j+1, min(wd, maxWidth)); err != nil {
			return err
		}
	}
	if err := freezeHeader(sw); err != nil {
		return err
	}
	if err := writeHeader(sw, st, cols); err != nil {
		return err
	}
	for i, c := range r.Companies {
		if err := sw.SetRow(cellName(1, i+2), []any{
			excelize.Cell{StyleID: st.text, Value: clip(c.Target)},
			excelize.Cell{StyleID: st.integer, Value: c.Contacts},
			excelize.Cell{StyleID: st.integer, Value: c.Strong},
			excelize.Cell{StyleID: st.wrap, Value: clip(best[i])},
		}); err != nil {
			return err
		}
	}
	if err := sw.AddTable(&excelize.Table{
		Range:          "A1:" + cellName(len(cols), len(r.Companies)+1),
		Name:           "CompanyTable",
		StyleName:      "TableStyleLight1",
		ShowRowStripes: ptr(true),
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// writeRun streams the Run sheet: labelled sections of parameters, inputs,
// totals and warnings.
func writeRun(f *excelize.File, st *styles, r *analyze.Result) error {
	var rows [][]any
	text := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.text, Value: clip(s)} }
	num := func(n int) excelize.Cell { return excelize.Cell{StyleID: st.integer, Value: n} }
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

	// Fit columns to labels, files and values; warnings may overflow to
	// the right, into the empty cells beside them.
	widths := []float64{12, 12, 10}
	warnings := len(rows) - min(len(r.Warnings), MaxWarnings+1)
	for i, row := range rows[:warnings] {
		for j, v := range row {
			if c, ok := v.(excelize.Cell); ok && i > 0 && j < len(widths) {
				widths[j] = max(widths[j], textWidth(fmt.Sprint(c.Value))+2)
			}
		}
	}
	sw, err := f.NewStreamWriter(SheetRun)
	if err != nil {
		return err
	}
	for j, wd := range widths {
		if err := sw.SetColWidth(j+1, j+1, min(wd, maxWidth)); err != nil {
			return err
		}
	}
	for i, row := range rows {
		if err := sw.SetRow(cellName(1, i+1), row); err != nil {
			return err
		}
	}
	return sw.Flush()
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

// freezeHeader keeps row 1 in view when the sheet scrolls.
func freezeHeader(sw *excelize.StreamWriter) error {
	return sw.SetPanes(&excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// writeHeader writes cols as the styled row 1.
func writeHeader(sw *excelize.StreamWriter, st *styles, cols []string) error {
	row := make([]any, len(cols))
	for j, c := range cols {
		row[j] = excelize.Cell{StyleID: st.header, Value: c}
	}
	return sw.SetRow("A1", row, excelize.RowOpts{Height: 20})
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
