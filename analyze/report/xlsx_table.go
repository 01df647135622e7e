package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// column is one column of a sheet's table.
type column struct {
	name string
	kind kind
	// wrap wraps the column's text, rows growing to fit; width is then
	// the column's width, else the most it may take (0 for maxWidth).
	wrap  bool
	width float64
}

// tableSheet is one table sheet: a header row, frozen, then rows, all under an
// Excel table with an autofilter. Every table sheet of the workbook is
// streamed, several at once (see [tableJob]); [sortedZip] keeps the file's
// bytes the same from run to run.
type tableSheet struct {
	sheet string
	cols  []column
	rows  int
	// fill sets the cells of row i (from 0). Each cell comes in with the
	// style of its column's kind and no value; fill sets a value, and may
	// set the style or a formula. A cell without a value or formula, or
	// with "", is left empty. fill runs twice per row (widths, then rows),
	// so it only sets values: the work of writing them waits for the
	// rows.
	fill func(i int, cells []cell)
	// freeze is how many columns stay in view when scrolling right.
	freeze int
	// maxLines caps the height of a wrapped row, in lines; 0 is
	// [maxLines], enough for a Why or a note. Outreach's messages need more.
	maxLines int
	// after adds what the stream writer cannot write itself (conditional
	// formats, validations) in normal mode, before the sheet is flushed;
	// last is the table's last row.
	after func(f *excelize.File, last int) error
}

// cell is one cell of a table row as fill sets it: text or a number, its
// style, and maybe a formula. Its value is typed, not an interface, so
// that fitting the widths allocates nothing.
type cell struct {
	value   value
	text    string
	num     float64 // a valueFloat; valueInt's is n
	n       int
	style   int
	formula string
	// link makes the cell a link to its text, a profile URL: the rows
	// build its formula, so that the widths need not.
	link bool
}

// value is what a cell holds.
type value uint8

const (
	valueNone value = iota
	valueText
	valueInt
	valueFloat
)

func (c *cell) setText(s string)   { c.value, c.text = valueText, s }
func (c *cell) setInt(n int)       { c.value, c.n = valueInt, n }
func (c *cell) setFloat(x float64) { c.value, c.num = valueFloat, x }

// empty reports whether c is left out of the sheet.
func (c *cell) empty() bool {
	return (c.value == valueNone || c.value == valueText && c.text == "") && c.formula == "" && !c.link
}

// put sets x, a cell of the stream writer, to c.
func (c *cell) put(x *excelize.Cell) {
	*x = excelize.Cell{StyleID: c.style, Formula: c.formula}
	switch c.value {
	case valueText:
		x.Value = clip(c.text)
	case valueInt:
		x.Value = c.n
	case valueFloat:
		x.Value = c.num
	}
	if c.link {
		q := strings.ReplaceAll(c.text, `"`, `""`)
		x.Formula = hyperlink(q, q)
	}
}

// defaultStyle returns the style of a cell of kind k.
func (s *styles) defaultStyle(k kind, wrap bool) int {
	switch {
	case wrap:
		return s.wrap
	case k == kindInt:
		return s.integer
	case k == kindDecimal:
		return s.decimal
	case k == kindDate, k == kindNoteDate:
		return s.day
	}
	return s.text
}

// tableJob is a table sheet being streamed. Its steps run in this order:
// [book.begin] and [tableJob.finish] call excelize on the whole file and
// run one at a time, in sheet order; [tableJob.rows] touches only the
// job's own stream writer (its worksheet and buffer), so the rows of
// different sheets are written at once, one goroutine each.
type tableJob struct {
	t   *tableSheet
	sw  *excelize.StreamWriter
	st  *styles
	err error // from rows
}

// begin prepares t's sheet for printing and starts its stream writer.
func (b *book) begin(t *tableSheet) (*tableJob, error) {
	if err := printSetup(b.f, t.sheet); err != nil {
		return nil, err
	}
	sw, err := b.f.NewStreamWriter(t.sheet)
	if err != nil {
		return nil, err
	}
	return &tableJob{t: t, sw: sw, st: b.st}, nil
}

// rows streams the widths and panes, the header and the rows, each as
// tall as its wrapped text.
func (j *tableJob) rows() error {
	t, sw := j.t, j.sw
	cells := make([]cell, len(t.cols))
	styles := make([]int, len(t.cols))
	for k, c := range t.cols {
		styles[k] = j.st.defaultStyle(c.kind, c.wrap)
	}
	reset := func() {
		for k := range cells {
			cells[k] = cell{style: styles[k]}
		}
	}

	widths := j.widths(cells, reset)
	// A run of columns of one width is set at once: the stream writer
	// looks every cell's style up among the columns set.
	for k := 0; k < len(widths); {
		n := 1
		for k+n < len(widths) && widths[k+n] == widths[k] {
			n++
		}
		if err := sw.SetColWidth(k+1, k+n, widths[k]); err != nil {
			return err
		}
		k += n
	}
	if err := sw.SetPanes(panes(t.freeze)); err != nil {
		return err
	}

	header := make([]any, len(t.cols))
	height := float64(headerHeight)
	for k, c := range t.cols {
		style := j.st.header
		if c.kind != kindText {
			style = j.st.headerNum
			height = max(height, float64(lineHeight*wrappedLines(c.name, widths[k]-1)+5))
		}
		header[k] = excelize.Cell{StyleID: style, Value: c.name}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: height}); err != nil {
		return err
	}

	capLines := t.maxLines
	if capLines == 0 {
		capLines = maxLines
	}
	out := make([]excelize.Cell, len(t.cols))
	vals := make([]any, len(t.cols))
	for i := range t.rows {
		reset()
		t.fill(i, cells)
		lines := 1
		for k, c := range t.cols {
			vals[k] = nil // leave empty cells out of the file
			if cells[k].empty() {
				continue
			}
			if c.wrap && cells[k].value == valueText {
				lines = max(lines, wrappedLines(cells[k].text, widths[k]))
			}
			cells[k].put(&out[k])
			vals[k] = &out[k]
		}
		// Viewers do not grow a row for wrapped text themselves.
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: float64(lineHeight * min(lines, capLines))})
		}
		if err := sw.SetRow(cellName(1, i+2), vals, opts...); err != nil {
			return err
		}
	}
	return nil
}

// widths fits each column to its header and longest cell, within its cap.
func (j *tableJob) widths(cells []cell, reset func()) []float64 {
	t := j.t
	widths := make([]float64, len(t.cols))
	var fit []int // the columns fitted to their cells
	for k, c := range t.cols {
		widths[k] = textWidth(c.name) + 5 // bold, and the filter button
		if c.kind != kindText {
			widths[k] = min(widths[k], 14) // numeric headers wrap
		}
		switch c.kind {
		case kindDate, kindNoteDate:
			widths[k] = max(widths[k], 12) // "2024-01-31"
		case kindInt, kindDecimal:
			widths[k] = max(widths[k], 8) // "100.0"
		}
		if !c.wrap {
			fit = append(fit, k)
		}
	}
	for i := range t.rows {
		reset()
		t.fill(i, cells)
		for _, k := range fit {
			if cells[k].value == valueText {
				widths[k] = max(widths[k], textWidth(cells[k].text)+2)
			}
		}
	}
	for k, c := range t.cols {
		switch {
		case c.wrap:
			widths[k] = max(widths[k], c.width)
		case c.width > 0:
			widths[k] = min(widths[k], c.width)
		default:
			widths[k] = min(widths[k], maxWidth)
		}
	}
	return widths
}

// finish adds the table and what the stream writer cannot write itself
// (t.after), then flushes the sheet.
func (b *book) finish(j *tableJob) error {
	t := j.t
	b.tables++
	last := max(t.rows+1, 2)
	if err := j.sw.AddTable(&excelize.Table{
		Range:          "A1:" + cellName(len(t.cols), last),
		Name:           fmt.Sprintf("Table%d", b.tables),
		StyleName:      tableStyle,
		ShowRowStripes: ptr(true),
	}); err != nil {
		return err
	}
	if t.after != nil {
		if err := t.after(b.f, last); err != nil {
			return err
		}
	}
	return j.sw.Flush()
}

// printSetup prints sheet landscape, one page wide. A stream writer
// writes the sheet's properties when it starts: call it before.
func printSetup(f *excelize.File, sheet string) error {
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0),
	})
}

// panes keeps row 1, and the first cols columns, in view when the sheet
// scrolls.
func panes(cols int) *excelize.Panes {
	if cols == 0 {
		return headerPanes()
	}
	top := cellName(cols+1, 2)
	return &excelize.Panes{
		Freeze:      true,
		XSplit:      cols,
		YSplit:      1,
		TopLeftCell: top,
		ActivePane:  "bottomRight",
		Selection: []excelize.Selection{
			{SQRef: cellName(cols+1, 1), ActiveCell: cellName(cols+1, 1), Pane: "topRight"},
			{SQRef: cellName(1, 2), ActiveCell: cellName(1, 2), Pane: "bottomLeft"},
			{SQRef: top, ActiveCell: top, Pane: "bottomRight"},
		},
	}
}

// colRange returns the A1 range of column j (from 0), rows 2 to last.
func colRange(j, last int) string {
	return cellName(j+1, 2) + ":" + cellName(j+1, last)
}
