package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/gocarina/gocsv"
	"github.com/refrank/refrank/analyze"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// A layout describes one CSV file of the export: the row that is its
// header, and the columns it must have.
type layout struct {
	// name is the file's name in the export, as LinkedIn spells it.
	name string
	// header is the header as LinkedIn writes it, shown when none is found.
	header string
	// identify lists the columns (normalised, see normalizeColumn) whose
	// presence marks a row as the header row.
	identify []string
	// required lists the columns, as LinkedIn spells them, without which
	// the file cannot be read.
	required []string
	// optional maps columns, as LinkedIn spells them, that may be missing
	// to what a missing one means, for a warning.
	optional map[string]string
	// read lists the columns, as LinkedIn spells them, that rows reads:
	// the others are passed over unread (see csvReader). Nil for all.
	read []string
	// dates lists the columns, as LinkedIn spells them, that hold dates:
	// their numeric dates are read in the order the file settles (see
	// dayOrder).
	dates []string
}

const (
	// maxPreamble is how many records may come before the header row.
	maxPreamble = 10
	// maxWarnings is how many row warnings one file may give; the rest
	// are counted in one last warning.
	maxWarnings = 100
	// sniffSize is how much of a file is looked at to choose between
	// commas and tabs.
	sniffSize = 4096
	// maxQuotedLines is how many lines a quoted field may run over
	// before, at the end of the file, its quote is taken for one left
	// open by mistake rather than a truncated last row.
	maxQuotedLines = 200
)

// maxRecordBytes is the most bytes one record (a row, with its quoted
// line breaks) may hold. Memory and time grow with the longest record
// (encoding/csv reads a whole line before it splits it: a line of a
// million commas is a million fields), and no field LinkedIn writes comes
// near: a message holds at most a few thousand characters. A variable
// for the tests.
var maxRecordBytes int64 = 1 << 20

// scan reads the CSV file r, named file in messages, laid out as l. It
// finds the header row by content (skipping a preamble such as the Notes
// of Connections.csv), maps columns to the fields of T by name with gocsv,
// and calls each with every well-formed row, valid only during the call,
// and the line it starts on; each reports whether it kept the row. Badly
// quoted rows and rows with
// the wrong number of fields are skipped with a warning.
//
// gocsv takes the records the sheet read, checked, through its
// SimpleDecoder interface (a feed), in batches of up to scanBatch rows:
// this goroutine reads and checks a batch, gocsv's turns it into values of
// T, and this one calls each with them, so that everything of the sheet
// happens in this goroutine, in the order of the file.
func scan[T any](r io.Reader, file string, l *layout, each func(s *sheet, row *T, line int) bool) (analyze.Input, []analyze.Warning, error) {
	s := newSheet(r, file, l)
	for s.header == nil {
		if _, _, err := s.record(true); err != nil {
			return s.in, s.warns, err
		}
	}
	f := &feed{header: s.header, batches: make(chan [][]string, 1)}
	values := make(chan T, scanBatch)
	done := make(chan error, 1)
	go func() { done <- gocsv.UnmarshalDecoderToChan(f, values) }()
	// finish stops gocsv and returns its error.
	finish := func() error {
		close(f.batches)
		for range values {
		}
		return <-done
	}
	var batch [][]string
	var v T // the row each sees, valid only during the call
	for {
		err := s.fill()
		if len(s.lines) > 0 {
			batch = s.batch(batch[:0])
			f.batches <- batch
			for _, line := range s.lines {
				var ok bool
				if v, ok = <-values; !ok {
					return s.in, s.warns, fmt.Errorf("%s: internal error: %v", file, <-done)
				}
				if each(s, &v, line) {
					s.in.Rows++
				} else {
					s.in.Skipped++
				}
			}
			s.cells, s.lines = s.cells[:0], s.lines[:0]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			finish()
			return s.in, s.warns, err
		}
	}
	if err := finish(); err != nil {
		// The records fed to gocsv are well formed: this is a bug.
		return s.in, s.warns, fmt.Errorf("%s: internal error: %w", file, err)
	}
	s.done()
	return s.in, s.warns, nil
}

// scanBatch is how many rows scan gives gocsv at a time.
const scanBatch = 256

// A feed is the gocsv.SimpleDecoder that scan gives gocsv: the normalised
// header, then the rows of the batches it is sent, until it is closed.
type feed struct {
	header  []string
	batches chan [][]string
	rows    [][]string
}

func (f *feed) GetCSVRow() ([]string, error) {
	if h := f.header; h != nil {
		f.header = nil
		return h, nil
	}
	for len(f.rows) == 0 {
		b, ok := <-f.batches
		if !ok {
			return nil, io.EOF
		}
		f.rows = b
	}
	row := f.rows[0]
	f.rows = f.rows[1:]
	return row, nil
}

// GetCSVRows is never called by the gocsv functions scan uses; it is part
// of the interface.
func (f *feed) GetCSVRows() ([][]string, error) {
	return nil, errors.New("a feed gives one row at a time")
}

// A sheet is one CSV file being read: it reads the file's records with
// its own csvReader and checks them, so that gocsv (see scan) or rows sees
// a header it can match and never sees a preamble or a bad row.
type sheet struct {
	file   string
	layout *layout
	raw    *csvReader
	header []string // normalised column names; nil until found
	seen   int      // records read before the header

	in      analyze.Input
	warns   []analyze.Warning
	dropped int  // row warnings beyond maxWarnings
	nrow    int  // row warnings given
	cp1252  bool // some field was read as Windows-1252

	// The order of the file's numeric dates: the columns of dates, the
	// order, unsettled until a date settles it, a date that the order
	// decides and whether it was dotted, and the rows held back until
	// the order is settled, with their lines.
	dateCols  []int
	order     dayOrder
	example   string
	dots      bool
	held      [][]string
	heldLines []int
	// open is the bad-quoting error of the last record when it ran over
	// more than maxQuotedLines lines: at the end of the file, a quote
	// left open.
	open *csv.ParseError

	// The batch of rows for gocsv (see scan): their cells, row after
	// row, and their lines.
	cells []string
	lines []int
}

func newSheet(r io.Reader, file string, l *layout) *sheet {
	s := &sheet{file: file, layout: l, in: analyze.Input{File: file}}
	text, comma := decode(r, l)
	s.raw = newCSVReader(text, comma)
	return s
}

// decode returns r as UTF-8 text without a byte order mark, and the field
// separator of its header row, laid out as l (see separator). A UTF-16
// file must start with its byte order mark.
func decode(r io.Reader, l *layout) (io.Reader, byte) {
	br := bufio.NewReaderSize(r, sniffSize)
	var text io.Reader = br
	switch bom, _ := br.Peek(3); {
	case bytes.HasPrefix(bom, []byte("\xef\xbb\xbf")):
		br.Discard(3)
	case bytes.HasPrefix(bom, []byte("\xff\xfe")):
		text = transform.NewReader(br, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder())
	case bytes.HasPrefix(bom, []byte("\xfe\xff")):
		text = transform.NewReader(br, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder())
	}
	if text != io.Reader(br) {
		br = bufio.NewReaderSize(text, sniffSize)
	}
	head, _ := br.Peek(sniffSize)
	return br, separator(head, l)
}

// separators are the field separators a file may use: LinkedIn's comma,
// the semicolon of an Excel re-save in most European locales, and tabs.
var separators = []byte{',', ';', '\t'}

// separator returns the separator of the first line of head that, split
// at it, has the columns that identify l's header; when none has, a tab
// if head holds more tabs than commas, else a comma.
func separator(head []byte, l *layout) byte {
	for line := range bytes.SplitSeq(head, []byte("\n")) {
		for _, sep := range separators {
			if bytes.IndexByte(line, sep) < 0 {
				continue
			}
			var cols []string
			for f := range bytes.SplitSeq(line, []byte{sep}) {
				cols = append(cols, normalizeColumn(strings.Trim(string(f), "\" \r")))
			}
			if hasAll(cols, l.identify) {
				return sep
			}
		}
	}
	if bytes.Count(head, []byte("\t")) > bytes.Count(head, []byte(",")) {
		return '\t'
	}
	return ','
}

// fill reads records until a batch of scanBatch good rows is in cells and
// lines, or the end of the file. It returns io.EOF at the end, or an
// error that stops reading.
//
// While the order of the file's dates is not settled, rows with a date
// it decides are held back, with the rows after them, until a date
// settles it, the end of the file, or maxHeld rows.
func (s *sheet) fill() error {
	for len(s.lines) < scanBatch {
		rec, line, err := s.record(true)
		if err == io.EOF {
			s.assume()
			s.release()
		}
		if err != nil {
			return err
		}
		if rec == nil {
			continue
		}
		if ambiguous, _ := s.observe(rec); ambiguous && s.order == unsettled || len(s.held) > 0 && s.order == unsettled {
			if len(s.held) < maxHeld {
				s.held = append(s.held, slices.Clone(rec))
				s.heldLines = append(s.heldLines, line)
				continue
			}
			s.assume()
		}
		s.release()
		s.emit(rec, line)
	}
	return nil
}

// emit adds the row rec, which starts on line, to the batch for gocsv.
func (s *sheet) emit(rec []string, line int) {
	s.fixDates(rec)
	s.cells = append(s.cells, rec...)
	s.lines = append(s.lines, line)
}

// release adds the rows held back to the batch.
func (s *sheet) release() {
	for i, rec := range s.held {
		s.emit(rec, s.heldLines[i])
	}
	s.held, s.heldLines = nil, nil
}

// batch appends the rows of the batch, as slices of cells, to rows.
func (s *sheet) batch(rows [][]string) [][]string {
	n := len(s.header)
	for i := range s.lines {
		rows = append(rows, s.cells[i*n:(i+1)*n:(i+1)*n])
	}
	return rows
}

// A rawRecord is what the csvReader gave for one record: its fields,
// valid until the next read unless copied, or why it could not be read,
// the line it starts on, and whether it was longer than the reader's
// keepMax.
type rawRecord struct {
	fields []string
	err    error
	start  int
	long   bool
	// numeric is whether a date of the record is numeric, once the
	// sheet observed it (see rows).
	numeric bool
}

// readRaw reads one record with the sheet's csvReader. It touches
// nothing of s but raw (and the recordCap under it), so that it may run
// in a goroutine of its own (see rows).
func (s *sheet) readRaw() rawRecord {
	rec, err := s.raw.Read()
	return rawRecord{fields: rec, err: err, start: s.raw.first, long: s.raw.long}
}

// record reads one record. It returns a good row (after the header, with
// as many fields as the header) and the line it starts on; a nil rec when
// the record was the header, preamble or a skipped row; io.EOF at the end,
// or an error that stops reading. The fields are valid until the next
// call. With fixAll, every field that is not UTF-8 is read as
// Windows-1252; otherwise the caller fixes the fields it keeps with fix.
func (s *sheet) record(fixAll bool) (rec []string, line int, err error) {
	return s.check(s.readRaw(), fixAll)
}

// check does the work of record on a record read by readRaw.
func (s *sheet) check(raw rawRecord, fixAll bool) (rec []string, line int, err error) {
	rec, err = raw.fields, raw.err
	if err == io.EOF {
		if s.header == nil {
			return nil, 0, s.noHeader()
		}
		if pe := s.open; pe != nil {
			return nil, 0, &ParseError{File: s.file, Line: pe.StartLine, Err: &detail{
				msg: fmt.Sprintf("a quote opened in this row is never closed: the %d lines below it were read as one field; close or remove the quote", pe.Line-pe.StartLine),
				err: csv.ErrQuote}}
		}
		return nil, 0, io.EOF
	}
	s.open = nil
	if err != nil {
		var pe *csv.ParseError
		if !errors.As(err, &pe) {
			return nil, 0, fmt.Errorf("%s: %w", s.file, err)
		}
		if pe.Err == errHugeRecord {
			return nil, 0, &ParseError{File: s.file, Line: pe.StartLine, Err: &detail{
				msg: fmt.Sprintf("a row longer than %s starts here; a quote left open, or not a CSV file?", analyze.ByteSize(s.raw.skipMax)),
				err: ErrTooLarge}}
		}
		if s.header == nil {
			s.seen++
			if s.seen >= maxPreamble {
				return nil, 0, s.noHeader()
			}
			return nil, 0, nil
		}
		s.in.Skipped++
		switch {
		case pe.Err == errLongRecord:
			s.warnf(pe.StartLine, "a row longer than %s, longer than any LinkedIn writes; row skipped", analyze.ByteSize(s.raw.keepMax))
			return nil, 0, nil
		case pe.Err == csv.ErrQuote && (pe.Line-pe.StartLine > maxQuotedLines || raw.long):
			s.open = pe
		}
		if pe.Line != pe.StartLine {
			s.warnf(pe.StartLine, "bad quoting (%v, line %d column %d); row skipped", pe.Err, pe.Line, pe.Column)
		} else {
			s.warnf(pe.StartLine, "bad quoting (%v, column %d); row skipped", pe.Err, pe.Column)
		}
		return nil, 0, nil
	}
	line = raw.start
	if s.header == nil {
		s.fixEncoding(rec, line)
		return nil, 0, s.findHeader(rec, line)
	}
	if len(rec) != len(s.header) {
		s.in.Skipped++
		s.warnf(line, "%d fields, want %d as in the header; row skipped", len(rec), len(s.header))
		return nil, 0, nil
	}
	if fixAll {
		s.fixEncoding(rec, line)
	}
	return rec, line, nil
}

// rows reads the CSV file r, named file in messages, laid out as l, like
// scan but without gocsv: it calls each with the fields of every
// well-formed row, valid only during the call, and the line the row
// starts on; each reports whether it kept the row, and fixes the fields it
// keeps with fix. It is for big files (messages.csv): a row costs no
// allocation, its fields are written into reused buffers, and the
// columns l.read leaves out are passed over unread (read as "").
//
// Records are read on every core, in chunks (see readChunked), while
// this goroutine checks them and calls each, in order. Nothing of the
// order of rows, warnings and errors changes, and no goroutine reads r
// any more when rows returns.
func rows(r io.Reader, file string, l *layout, each func(s *sheet, rec []string, line int) bool) (analyze.Input, []analyze.Warning, error) {
	s := newSheet(r, file, l)
	// The header, here, to tell the reader which fields to pass over.
	for s.header == nil {
		if _, _, err := s.record(false); err != nil {
			return s.in, s.warns, err
		}
	}
	if l.read != nil {
		s.raw.skip = make([]bool, len(s.header))
		for i := range s.raw.skip {
			s.raw.skip[i] = true
		}
		for _, c := range l.read {
			if i := s.column(c); i >= 0 {
				s.raw.skip[i] = false
			}
		}
	}
	p := readChunked(s.raw)
	defer p.stop()
	// The batches received and not yet released, the next record to
	// check in the first, and how many records from it on had their
	// dates observed.
	var q []*batch
	pos, observed := 0, 0
	receive := func() bool {
		b, ok := <-p.full
		if ok {
			q = append(q, b)
		}
		return ok
	}
	for {
		for len(q) > 0 && pos == len(q[0].recs) {
			p.release(q[0])
			q, pos = q[1:], 0
		}
		if len(q) == 0 && !receive() {
			break
		}
		if observed == 0 {
			// The order of dates is taken from batchRows records before
			// their rows are.
			for bi, ri := 0, pos; observed < batchRows; {
				if bi == len(q) && !receive() {
					break
				}
				if ri == len(q[bi].recs) {
					bi, ri = bi+1, 0
					continue
				}
				if raw := &q[bi].recs[ri]; raw.err == nil && len(raw.fields) == len(s.header) {
					_, raw.numeric = s.observe(raw.fields)
				}
				ri++
				observed++
			}
		}
		raw := q[0].recs[pos]
		pos++
		observed--
		rec, line, err := s.check(raw, false)
		if err == io.EOF {
			break
		}
		if err != nil {
			return s.in, s.warns, err
		}
		if rec == nil {
			continue
		}
		if raw.numeric {
			s.fixDates(rec)
		}
		if each(s, rec, line) {
			s.in.Rows++
		} else {
			s.in.Skipped++
		}
	}
	s.done()
	return s.in, s.warns, nil
}

// batchRows is how many records a batch holds at most.
const batchRows = 1024

// A batch is records read ahead. Their fields are strings over the
// batch's own text, which the batch's next use writes over: they are
// valid until the batch is released, so that a batch in use costs no
// allocation at all. Whatever outlives a row is copied.
type batch struct {
	recs   []rawRecord
	text   []byte
	ends   []int // where each field ends in text
	nends  []int // how many of ends are each record's
	fields []string
}

// fillFrom empties b and reads records of r into it, up to batchRows. It
// stops early after a record whose error stops the reading (see
// isFatal), and at errChunkEnd, which adds no record; it returns that
// error, or nil.
func (b *batch) fillFrom(r *csvReader) (stop error) {
	// The fields left from the batch's last use keep at most its rows in
	// memory.
	b.recs, b.text, b.ends, b.nends, b.fields = b.recs[:0], b.text[:0], b.ends[:0], b.nends[:0], b.fields[:0]
	for len(b.recs) < batchRows {
		n := len(b.ends)
		var raw rawRecord
		b.text, b.ends, raw.err = r.next(b.text, b.ends)
		if raw.err == errChunkEnd {
			stop = raw.err
			break
		}
		raw.start, raw.long = r.first, r.long
		b.recs = append(b.recs, raw)
		b.nends = append(b.nends, len(b.ends)-n)
		if raw.err != nil && isFatal(raw.err) {
			stop = raw.err
			break
		}
	}
	text, prev, k := "", 0, 0
	if len(b.text) > 0 {
		text = unsafe.String(&b.text[0], len(b.text))
	}
	for _, end := range b.ends {
		b.fields = append(b.fields, text[prev:end])
		prev = end
	}
	for i, n := range b.nends {
		b.recs[i].fields = b.fields[k : k+n : k+n]
		k += n
	}
	return stop
}

// isFatal reports whether reading stops at a record that failed with
// err: anything but a csv.ParseError, and a record far too long.
func isFatal(err error) bool {
	var pe *csv.ParseError
	return !errors.As(err, &pe) || pe.Err == errHugeRecord
}

// done adds the warning that counts the row warnings not shown, and the
// one that says which order of dates was assumed.
func (s *sheet) done() {
	s.assume()
	if s.dropped > 0 {
		s.warns = append(s.warns, analyze.Warning{File: s.file,
			Msg: fmt.Sprintf("%d more warnings like the above not shown", s.dropped)})
		s.dropped = 0
	}
}

// column returns the index of the column named name (as LinkedIn spells
// it) in the header, or -1.
func (s *sheet) column(name string) int {
	return slices.Index(s.header, normalizeColumn(name))
}

// fix returns the field f of the row on line trimmed of spaces and NUL
// bytes and, when it is not UTF-8, read as Windows-1252 (one warning per
// file).
func (s *sheet) fix(f string, line int) string {
	f = clean(f)
	if !utf8.ValidString(f) {
		one := []string{f}
		s.fixEncoding(one, line)
		f = one[0]
	}
	return f
}

// findHeader takes rec, read on line, for the header row if it has the
// identifying columns; otherwise it counts it as preamble.
func (s *sheet) findHeader(rec []string, line int) error {
	cols := make([]string, len(rec))
	for i, f := range rec {
		cols[i] = normalizeColumn(f)
	}
	if !hasAll(cols, s.layout.identify) {
		s.seen++
		if s.seen >= maxPreamble {
			return s.noHeader()
		}
		return nil
	}
	var missing []string
	for _, c := range s.layout.required {
		if !slices.Contains(cols, normalizeColumn(c)) {
			missing = append(missing, fmt.Sprintf("%q", c))
		}
	}
	if len(missing) > 0 {
		plural := ""
		if len(missing) > 1 {
			plural = "s"
		}
		return &ParseError{File: s.file, Line: line, Err: &detail{
			msg: fmt.Sprintf("header has no %s column%s", strings.Join(missing, ", "), plural),
			err: ErrMissingColumn}}
	}
	for _, c := range slices.Sorted(maps.Keys(s.layout.optional)) {
		if !slices.Contains(cols, normalizeColumn(c)) {
			s.warns = append(s.warns, analyze.Warning{File: s.file, Line: line,
				Msg: fmt.Sprintf("header has no %q column; %s", c, s.layout.optional[c])})
		}
	}
	s.header = cols
	s.findDates()
	return nil
}

// noHeader is the error for a file without a header row.
func (s *sheet) noHeader() error {
	if s.seen == 0 {
		return &ParseError{File: s.file, Err: &detail{msg: "file is empty", err: ErrNoHeader}}
	}
	msg := fmt.Sprintf("no %q header found; is this LinkedIn's %s?", s.layout.header, s.layout.name)
	return &ParseError{File: s.file, Line: 1, Err: &detail{msg: msg, err: ErrNoHeader}}
}

// fixEncoding reads the fields of rec that are not UTF-8 as Windows-1252,
// the encoding of a CSV file re-saved by Excel on Windows, with one
// warning per file.
func (s *sheet) fixEncoding(rec []string, line int) {
	for i, f := range rec {
		if utf8.ValidString(f) {
			continue
		}
		if d, err := charmap.Windows1252.NewDecoder().String(f); err == nil {
			rec[i] = d
		} else {
			rec[i] = strings.ToValidUTF8(f, "\uFFFD")
		}
		if !s.cp1252 {
			s.cp1252 = true
			s.warns = append(s.warns, analyze.Warning{File: s.file, Line: line,
				Msg: "not valid UTF-8; read as Windows-1252"})
		}
	}
}

// warnf adds a warning about line, of the Kind format, or counts it once
// maxWarnings were given.
func (s *sheet) warnf(line int, format string, args ...any) {
	if s.nrow >= maxWarnings {
		s.dropped++
		return
	}
	s.nrow++
	s.warns = append(s.warns, analyze.Warning{File: s.file, Line: line, Msg: fmt.Sprintf(format, args...), Kind: format})
}

// normalizeColumn returns a column name as the gocsv tags spell it:
// lower case, spaces trimmed and runs of spaces made one, without a byte
// order mark.
func normalizeColumn(s string) string {
	s = strings.TrimLeft(s, "\ufeff")
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}

// hasAll reports whether cols holds every one of want.
func hasAll(cols, want []string) bool {
	for _, w := range want {
		if !slices.Contains(cols, w) {
			return false
		}
	}
	return true
}

// clean trims a cell of spaces and drops its NUL bytes, which no text
// holds (a download cut short may end in them).
func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.TrimSpace(s)
}
