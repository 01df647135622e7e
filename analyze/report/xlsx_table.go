package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/refrank/refrank/analyze/report/internal/pzip"
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
	// least is the least width the column takes.
	least float64
}

// tableSheet is one sheet of a workbook, written by the one sheet writer
// of this package: lines of its preamble (a title, notes), then a header
// row, frozen, then rows, all under an Excel table with an autofilter. A
// plain sheet (Run) is its preamble alone. Every sheet is streamed,
// several at once (see [sheets]); [sheetZip] keeps the file's bytes the
// same from run to run.
type tableSheet struct {
	sheet string
	// preamble are the rows above the header, from row 1. Their cells
	// widen their columns unless they spill (see [cell]).
	preamble []line
	// plain leaves out the header, the rows, the table and the panes:
	// the sheet is its preamble, its columns fitted to it.
	plain bool
	cols  []column
	rows  int
	// fill sets the cells of row i (from 0). Each cell comes in with the
	// style of its column's kind and no value; fill sets a value, and may
	// set the style or a formula. A cell without a value or formula, or
	// with "", is left empty. fill runs once per row, for blocks of rows
	// at once on several goroutines: it only reads what it shares.
	fill func(i int, cells []cell)
	// freeze is how many columns stay in view when scrolling right.
	freeze int
	// maxLines caps the height of a wrapped row, in lines; 0 is
	// [maxLines], enough for a Why or a note. Outreach's messages need more.
	maxLines int
	// after adds what the stream writer cannot write itself (conditional
	// formats, validations, a chart) in normal mode, before the sheet is
	// flushed; last is the table's last row.
	after func(f *excelize.File, last int) error
}

// line is one row of a sheet's preamble: its cells from column A, and its
// height in points, 0 for the default. A line without cells is an empty row.
type line struct {
	cells  []cell
	height float64
}

// top returns the row of t's header, from 1.
func (t *tableSheet) top() int { return len(t.preamble) + 1 }

// last returns the last row of t's table: the header and at least one row.
func (t *tableSheet) last() int { return t.top() + max(t.rows, 1) }

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
	// spill lets the text run into the empty cells to its right: its
	// column is not widened for it.
	spill bool
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

// sheets writes the sheets of one workbook: its file, its styles, the
// zip writer it is saved through, and the sheets started, in order. A
// sheet's rows, the bulk of the file, are XML of our own, made and
// deflated in blocks on every CPU as soon as [sheets.queue] starts the
// sheet (see [tableJob.start]); each block also fits the columns to its
// rows. Meanwhile excelize lays out the sheets one at a time, in order:
// [sheets.queue] starts each, and once its rows are made, [sheets.write]
// gives it the widths, its head and its table. [sheets.save] puts the
// rows into each sheet's part (see [sheetZip]).
type sheets struct {
	f      *excelize.File
	st     *styles
	z      *pzip.Writer
	tables int         // tables added so far, to name the next one
	jobs   []*tableJob // the sheets started, in sheet order
}

// newSheets returns the sheets of f, saved to w.
func newSheets(f *excelize.File, st *styles, w io.Writer) sheets {
	return sheets{f: f, st: st, z: pzip.NewWriter(w)}
}

// tableJob is a sheet being written.
type tableJob struct {
	t      *tableSheet
	sw     *excelize.StreamWriter
	st     *styles
	part   string    // the sheet's part in the file
	styles []int     // the default style of each column's cells
	base   []float64 // the widths before the rows: header, kind, preamble
	wraps  []float64 // the widths of the wrapped columns, which no row changes
	rows   *pzip.File
	fits   [][]float64    // per block of rows, the widths its cells want
	made   sync.WaitGroup // for the blocks' rows and fits
}

// queue starts the sheet t: its used range, its print setup, its stream
// writer and its rows. Its head is written by write, its rows go into
// the file as it is saved.
func (s *sheets) queue(t *tableSheet) error {
	cols, rows := t.used()
	if err := s.f.SetSheetDimension(t.sheet, "A1:"+cellName(max(cols, 1), max(rows, 1))); err != nil {
		return err
	}
	if err := printSetup(s.f, t.sheet); err != nil {
		return err
	}
	sw, err := s.f.NewStreamWriter(t.sheet)
	if err != nil {
		return err
	}
	j := &tableJob{t: t, sw: sw, st: s.st, part: fmt.Sprintf("xl/worksheets/sheet%d.xml", sw.SheetID)}
	j.styles = make([]int, len(t.cols))
	for k, c := range t.cols {
		j.styles[k] = s.st.defaultStyle(c.kind, c.wrap)
	}
	j.base = j.baseWidths()
	j.wraps = j.capWidths(slices.Clone(j.base))
	if !t.plain && t.rows > 0 {
		j.start(s.z)
	}
	s.jobs = append(s.jobs, j)
	return nil
}

// used returns how many columns and rows of t hold a cell: the sheet's
// used range, which readers that stream a sheet take for its size.
func (t *tableSheet) used() (cols, rows int) {
	for i, l := range t.preamble {
		for k := len(l.cells) - 1; k >= 0; k-- {
			if !l.cells[k].empty() {
				cols, rows = max(cols, k+1), i+1
				break
			}
		}
	}
	if t.plain {
		return cols, rows
	}
	return max(cols, len(t.cols)), t.top() + t.rows
}

// write writes the head and the table of every queued sheet, in order,
// each once its rows are made.
func (s *sheets) write() error {
	for _, j := range s.jobs {
		j.made.Wait()
		err := j.head()
		if err == nil {
			err = s.finish(j)
		}
		if err != nil {
			return fmt.Errorf("report: %s sheet: %w", j.t.sheet, err)
		}
	}
	return nil
}

// reset empties cells, each with its column's default style.
func (j *tableJob) reset(cells []cell) {
	for k := range cells {
		cells[k] = cell{style: j.styles[k]}
	}
}

// head streams the widths of the columns, fitted to the preamble and
// the rows, the panes, the preamble and the header.
func (j *tableJob) head() error {
	t, sw := j.t, j.sw
	widths := slices.Clone(j.base)
	for _, fit := range j.fits {
		for k, w := range fit {
			widths[k] = max(widths[k], w)
		}
	}
	widths = j.capWidths(widths)
	// A run of columns of one width is set at once: the stream writer
	// looks every cell's style up among the columns set. It writes the
	// columns of each call before those set already, and Excel wants
	// them in order: the runs are set from the last.
	for end := len(widths); end > 0; {
		k := end - 1
		for k > 0 && widths[k-1] == widths[end-1] {
			k--
		}
		if err := sw.SetColWidth(k+1, end, widths[k]); err != nil {
			return err
		}
		end = k
	}
	if !t.plain {
		if err := sw.SetPanes(panes(t.freeze, t.top())); err != nil {
			return err
		}
	}

	// put writes row as cells from column A.
	put := func(row int, cells []cell, height float64) error {
		out := make([]excelize.Cell, len(cells))
		vals := make([]any, len(cells))
		for k := range cells {
			if !cells[k].empty() { // leave empty cells out of the file
				cells[k].put(&out[k])
				vals[k] = &out[k]
			}
		}
		var opts []excelize.RowOpts
		if height > 0 {
			opts = append(opts, excelize.RowOpts{Height: min(height, excelize.MaxRowHeight)})
		}
		return sw.SetRow(cellName(1, row), vals, opts...)
	}
	for i, l := range t.preamble {
		if len(l.cells) == 0 && l.height == 0 {
			continue
		}
		if err := put(i+1, l.cells, l.height); err != nil {
			return err
		}
	}
	if t.plain {
		return nil
	}
	header := make([]cell, len(t.cols))
	height := float64(headerHeight)
	for k, c := range t.cols {
		header[k] = cell{style: j.st.header}
		if c.kind != kindText {
			header[k].style = j.st.headerNum
			height = max(height, float64(lineHeight*wrappedLines(c.name, widths[k]-1)+5))
		}
		header[k].setText(c.name)
	}
	return put(t.top(), header, height)
}

// blockRows is how many rows of a sheet are made into XML and deflated
// at once, a piece of the file of about half a megabyte.
const blockRows = 512

// start makes the rows of the sheet into a detached file of z, in blocks
// made on every CPU, each of which also notes the widths its rows want
// in fits.
func (j *tableJob) start(z *pzip.Writer) {
	t := j.t
	capLines := t.maxLines
	if capLines == 0 {
		capLines = maxLines
	}
	cols := make([]string, len(t.cols))
	for k := range cols {
		cols[k], _ = excelize.ColumnNumberToName(k + 1)
	}
	j.rows = z.Detached()
	j.fits = make([][]float64, (t.rows+blockRows-1)/blockRows)
	j.made.Add(len(j.fits))
	for n := range j.fits {
		start, end := n*blockRows, min((n+1)*blockRows, t.rows)
		j.rows.Go(func(b []byte) ([]byte, error) {
			defer j.made.Done()
			cells := make([]cell, len(t.cols))
			fit := make([]float64, len(t.cols))
			for i := start; i < end; i++ {
				j.reset(cells)
				t.fill(i, cells)
				lines := 1
				for k, c := range t.cols {
					switch {
					case !c.wrap:
						widen(fit, k, &cells[k])
					case cells[k].value == valueText:
						lines = max(lines, wrappedLines(cells[k].text, j.wraps[k]))
					}
				}
				// Viewers do not grow a row for wrapped text themselves.
				height := 0.0
				if lines > 1 {
					height = min(float64(lineHeight*min(lines, capLines)), excelize.MaxRowHeight)
				}
				b = appendRow(b, t.top()+1+i, height, cols, cells)
			}
			j.fits[n] = fit
			return b, nil
		})
	}
}

// widen widens column k of widths to fit c, unless c's text spills.
func widen(widths []float64, k int, c *cell) {
	if c.value == valueText && !c.spill {
		widths[k] = max(widths[k], textWidth(c.text)+2)
	}
}

// baseWidths returns the widths of the columns before any row: each
// fits its header and the preamble's cells, within its least width.
func (j *tableJob) baseWidths() []float64 {
	t := j.t
	widths := make([]float64, len(t.cols))
	for k, c := range t.cols {
		if !t.plain {
			widths[k] = textWidth(c.name) + 5 // bold, and the filter button
			if c.kind != kindText {
				widths[k] = min(widths[k], 14) // numeric headers wrap
			}
		}
		switch c.kind {
		case kindDate, kindNoteDate:
			widths[k] = max(widths[k], 12) // "2024-01-31"
		case kindInt, kindDecimal:
			widths[k] = max(widths[k], 8) // "100.0"
		}
		widths[k] = max(widths[k], c.least)
	}
	for _, l := range t.preamble {
		for k := range min(len(l.cells), len(t.cols)) {
			if !t.cols[k].wrap {
				widen(widths, k, &l.cells[k])
			}
		}
	}
	return widths
}

// capWidths caps widths, those the columns' cells want, at what each
// column may take, and returns them: a wrapped column takes its width.
func (j *tableJob) capWidths(widths []float64) []float64 {
	for k, c := range j.t.cols {
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
func (s *sheets) finish(j *tableJob) error {
	t := j.t
	if !t.plain {
		s.tables++
		if err := j.sw.AddTable(&excelize.Table{
			Range:          cellName(1, t.top()) + ":" + cellName(len(t.cols), t.last()),
			Name:           fmt.Sprintf("Table%d", s.tables),
			StyleName:      tableStyle,
			ShowRowStripes: ptr(true),
		}); err != nil {
			return err
		}
	}
	if t.after != nil {
		if err := t.after(s.f, t.last()); err != nil {
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

// panes keeps the rows to top, the header, and the first cols columns
// in view when the sheet scrolls.
func panes(cols, top int) *excelize.Panes {
	first := cellName(1, top+1)
	if cols == 0 {
		return &excelize.Panes{
			Freeze:      true,
			YSplit:      top,
			TopLeftCell: first,
			ActivePane:  "bottomLeft",
			Selection:   []excelize.Selection{{SQRef: first, ActiveCell: first, Pane: "bottomLeft"}},
		}
	}
	corner := cellName(cols+1, top+1)
	return &excelize.Panes{
		Freeze:      true,
		XSplit:      cols,
		YSplit:      top,
		TopLeftCell: corner,
		ActivePane:  "bottomRight",
		Selection: []excelize.Selection{
			{SQRef: cellName(cols+1, top), ActiveCell: cellName(cols+1, top), Pane: "topRight"},
			{SQRef: first, ActiveCell: first, Pane: "bottomLeft"},
			{SQRef: corner, ActiveCell: corner, Pane: "bottomRight"},
		},
	}
}

// colRange returns the A1 range of column j (from 0), rows 2 to last.
func colRange(j, last int) string {
	return cellName(j+1, 2) + ":" + cellName(j+1, last)
}
