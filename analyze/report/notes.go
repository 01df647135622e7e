package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
)

// MaxNotesSize is the largest notes file ReadNotes reads, in bytes.
const MaxNotesSize = 64 << 20

// Caps on a notes file, so that a hostile one fails at once or is read in
// bounded time and memory: a workbook unzips to at most maxNotesUnzip
// bytes in all (a zip bomb fails before anything is unzipped), its shared
// strings hold at most maxNotesXML bytes of text and maxNotesStrings
// strings; a sheet has at most maxNotesRows rows of at most
// maxNotesCells cells, and only the columns of the first maxNotesColumns
// that refrank reads are kept. A cell's text is at most maxNotesCellBytes.
const (
	maxNotesUnzip     = 256 << 20
	maxNotesXML       = 64 << 20
	maxNotesStrings   = 4 << 20
	maxNotesRows      = 250_000
	maxNotesCells     = 16_384 // Excel's columns
	maxNotesColumns   = 1_024
	maxNotesCellBytes = 4 * MaxCellChars
)

// ErrNoKeyColumn is returned for a notes file whose header names neither a
// profile URL nor a name column.
var ErrNoKeyColumn = errors.New("no Profile URL or Name column")

// The fields of a notes file, in the order of noteRow.fields.
const (
	fURL = iota
	fName
	fFirst
	fLast
	fRelationship
	fSchools
	fPast
	fTeam
	fTarget
	fStatus
	fAsked
	fFollow
	fNotes
	nFields
)

// noteColumns maps the lower-cased headers of a notes file to its fields.
var noteColumns = map[string]int{
	"profile url":    fURL,
	"url":            fURL,
	"name":           fName,
	"first name":     fFirst,
	"last name":      fLast,
	"relationship":   fRelationship,
	"schools":        fSchools,
	"past companies": fPast,
	"team":           fTeam,
	"target":         fTarget,
	"status":         fStatus,
	"asked on":       fAsked,
	"follow up":      fFollow,
	"notes":          fNotes,
}

// ownColumns are the tool's output columns that a notes file may carry
// and that ReadNotes ignores without a warning.
var ownColumns = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range append(slices.Clone(contract), extra...) {
		m[strings.ToLower(c)] = true
	}
	return m
}()

// ReadNotes reads a notes file: what the user knows of their contacts and
// how far they got in asking them. name is the file's name, for warnings.
//
// The file is a workbook (.xlsx, read from its Referrers sheet if it has
// one, else from its first sheet) or CSV, told apart by content: a zip
// archive is a workbook. The first row is the header; columns are found
// by name, case-insensitively (see the package documentation). A row
// without a URL or name, or with an unknown Relationship, gives a warning;
// rows for the same person and target are merged. The tool's own CSV and
// workbook are notes files: their tracking columns come back exactly as
// written, each with the target of its row.
func ReadNotes(r io.Reader, name string) ([]analyze.Note, []analyze.Warning, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxNotesSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxNotesSize {
		return nil, nil, fmt.Errorf("%s: larger than %d MB", name, MaxNotesSize>>20)
	}
	var t *noteTable
	file := name
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		var sheet string
		t, sheet, err = xlsxTable(data)
		if sheet != "" {
			file = name + ":" + sheet
		}
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0")):
		err = errors.New("an old Excel (.xls) workbook; save it as .xlsx or .csv")
	case strings.HasSuffix(strings.ToLower(name), ".xlsx"):
		err = errors.New("not an xlsx workbook (no zip archive)")
	default:
		t, err = csvTable(data)
	}
	if errors.Is(err, ErrNoKeyColumn) {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	notes, warns := parseNotes(t, file)
	return notes, warns, nil
}

// noteTable is a notes file as read: the header's line, the column of
// each field (-1 when the file has none), the rows that follow, and what
// the reader noticed.
type noteTable struct {
	headerLine int
	unknown    []string // headers of columns not read
	cols       [nFields]int
	byCol      []int8 // column -> field, -1 for a column not read
	rows       []noteRow
	warns      []string // at the header's line
}

// noteRow is one row of a notes file, its fields in the order of the
// f... constants, and its line number.
type noteRow struct {
	line   int
	fields [nFields]string
}

// setHeader reads the header row: cells are the values of its columns
// from the first.
func (t *noteTable) setHeader(line int, cells []string) error {
	t.headerLine = line
	for k := range t.cols {
		t.cols[k] = -1
	}
	t.byCol = make([]int8, len(cells))
	for j, h := range cells {
		t.byCol[j] = -1
		h = strings.TrimSpace(h)
		key := strings.ToLower(h)
		switch k, ok := noteColumns[key]; {
		case h == "":
		case ok:
			if t.cols[k] < 0 {
				t.cols[k], t.byCol[j] = j, int8(k)
			}
		case ownColumns[key], isPointsColumn(key):
		default:
			t.unknown = append(t.unknown, h)
		}
	}
	if t.cols[fURL] < 0 && t.cols[fName] < 0 && t.cols[fFirst] < 0 && t.cols[fLast] < 0 {
		return ErrNoKeyColumn
	}
	return nil
}

// field returns the field of column j, or -1 when it is not read.
func (t *noteTable) field(j int) int {
	if j < 0 || j >= len(t.byCol) {
		return -1
	}
	return int(t.byCol[j])
}

// csvTable reads CSV records, a byte order mark stripped and the quote
// that WriteCSV puts before formula characters removed.
func csvTable(data []byte) (*noteTable, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	t := &noteTable{}
	header := false
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			if !header {
				return nil, errors.New("empty file: no header row")
			}
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if !header {
			if err := t.setHeader(line, rec); err != nil {
				return nil, err
			}
			header = true
			continue
		}
		if len(t.rows) == maxNotesRows {
			return nil, fmt.Errorf("line %d: more than %d rows", line, maxNotesRows)
		}
		row := noteRow{line: line}
		for j, f := range rec {
			if k := t.field(j); k >= 0 {
				row.fields[k] = undefuse(f)
			}
		}
		t.rows = append(t.rows, row)
	}
}

// parseNotes turns the rows of t into notes merged per person and target.
// A person's Relationship, Schools, Past Companies and Team, written on
// one of their rows, go on every note of theirs.
func parseNotes(t *noteTable, file string) ([]analyze.Note, []analyze.Warning) {
	var warns []analyze.Warning
	warn := func(line int, format string, args ...any) {
		warns = append(warns, analyze.Warning{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	for _, w := range t.warns {
		warn(t.headerLine, "%s", w)
	}
	if len(t.unknown) > 0 {
		warn(t.headerLine, "ignored columns: %s", strings.Join(t.unknown, ", "))
	}

	var notes []analyze.Note
	byKey := make(map[string]int)      // person and target -> note
	byPerson := make(map[string][]int) // person -> notes
	var people []string                // in the order first seen
	for i := range t.rows {
		row := &t.rows[i]
		get := func(k int) string { return strings.TrimSpace(row.fields[k]) }
		if slices.IndexFunc(row.fields[:], func(s string) bool { return strings.TrimSpace(s) != "" }) < 0 {
			continue // blank rows are common at the end of edited sheets
		}
		n := analyze.Note{
			URL:      get(fURL),
			Name:     get(fName),
			Team:     get(fTeam),
			Target:   get(fTarget),
			Status:   get(fStatus),
			AskedOn:  normalizeDay(get(fAsked)),
			FollowUp: normalizeDay(get(fFollow)),
			Source:   fmt.Sprintf("%s:%d", file, row.line),
		}
		if get(fNotes) != "" {
			n.Notes = row.fields[fNotes] // kept as typed
		}
		if n.Name == "" {
			n.Name = strings.Join(strings.Fields(get(fFirst)+" "+get(fLast)), " ")
		}
		if n.URL == "" && n.Name == "" {
			warn(row.line, "no Profile URL or Name; row skipped")
			continue
		}
		if rel := get(fRelationship); rel != "" {
			if t, ok := analyze.ParseTier(rel); ok {
				n.Relationship = t
			} else {
				names := make([]string, len(analyze.Tiers))
				for i, t := range analyze.Tiers {
					names[i] = string(t)
				}
				warn(row.line, "relationship %q is not one of %s; ignored", rel, strings.Join(names, ", "))
			}
		}
		n.Schools = splitList(get(fSchools))
		n.PastCompanies = splitList(get(fPast))

		person := analyze.NormalizeURL(n.URL)
		if person == "" {
			person = "name:" + analyze.NameKey(n.Name)
		}
		key := person + "\x00" + strings.ToLower(analyze.OneSpaced(n.Target))
		i, seen := byKey[key]
		if !seen {
			byKey[key] = len(notes)
			if _, ok := byPerson[person]; !ok {
				people = append(people, person)
			}
			byPerson[person] = append(byPerson[person], len(notes))
			notes = append(notes, n)
			continue
		}
		first := &notes[i]
		if first.Status != "" && n.Status != "" && !strings.EqualFold(first.Status, n.Status) {
			warn(row.line, "status %q differs from %q at %s; kept the first", n.Status, first.Status, first.Source)
		}
		merge(first, &n)
	}
	for _, person := range people {
		idx := byPerson[person]
		if len(idx) < 2 {
			continue
		}
		var facts analyze.Note
		for _, i := range idx {
			mergeFacts(&facts, &notes[i])
		}
		for _, i := range idx {
			mergeFacts(&notes[i], &facts)
		}
	}
	return notes, warns
}

// merge fills the empty fields of dst from src.
func merge(dst, src *analyze.Note) {
	for _, f := range []struct{ d, s *string }{
		{&dst.URL, &src.URL}, {&dst.Name, &src.Name},
		{&dst.Status, &src.Status}, {&dst.AskedOn, &src.AskedOn},
		{&dst.FollowUp, &src.FollowUp}, {&dst.Notes, &src.Notes},
	} {
		if *f.d == "" {
			*f.d = *f.s
		}
	}
	mergeFacts(dst, src)
}

// mergeFacts fills the empty facts of dst about the person from src:
// their relationship, schools, past companies and team.
func mergeFacts(dst, src *analyze.Note) {
	if dst.Relationship == "" {
		dst.Relationship = src.Relationship
	}
	if dst.Team == "" {
		dst.Team = src.Team
	}
	if len(dst.Schools) == 0 {
		dst.Schools = src.Schools
	}
	if len(dst.PastCompanies) == 0 {
		dst.PastCompanies = src.PastCompanies
	}
}

// isPointsColumn reports whether a lower-cased header is one of the
// "<Component> Points" columns.
func isPointsColumn(h string) bool {
	if i := strings.LastIndex(h, " points"); i > 0 {
		rest := h[i+len(" points"):]
		return rest == "" || strings.HasPrefix(rest, " (") && strings.HasSuffix(rest, ")")
	}
	return false
}

// splitList splits a semicolon-separated list, trimming and dropping
// empty items.
func splitList(s string) []string {
	var list []string
	for item := range strings.SplitSeq(s, ";") {
		if item = strings.TrimSpace(item); item != "" {
			list = append(list, item)
		}
	}
	return list
}

// dayLayouts are the date forms a notes file's dates are read in. Dates
// with slashes or dashes are read month first, as US Excel shows them
// (and as excelize shows the built-in short date format); with dots, day
// first, as most of Europe writes them.
var dayLayouts = []string{
	"2006-01-02", "2006/01/02", "2006-1-2", "2006/1/2",
	"1/2/2006", "01/02/2006", "1/2/06", "01/02/06", "01-02-06", "1-2-06", "01-02-2006",
	"2.1.2006", "02.01.2006", "2.1.06", "02.01.06",
	"2 Jan 2006", "02 Jan 2006", "2 January 2006", "Jan 2, 2006", "January 2, 2006", "Jan 2 2006",
	"2-Jan-2006", "2-Jan-06", "02-Jan-06",
	"2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05",
}

// parseDay reads s as a calendar date in one of dayLayouts, or as an Excel
// date serial (a cell that lost its date format shows one).
func parseDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1900 && t.Year() < 10000 {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	// Serials from 1982 to 2119: five digits, maybe a time of day after
	// the point, as a workbook stores a date.
	if whole, frac, _ := strings.Cut(s, "."); len(whole) == 5 && strings.Trim(frac, "0123456789") == "" {
		if n, err := strconv.Atoi(whole); err == nil && n >= 30000 && n < 80000 {
			return excelEpoch.AddDate(0, 0, n), true
		}
	}
	return time.Time{}, false
}

// normalizeDay returns s as YYYY-MM-DD when it reads as a date, else s.
func normalizeDay(s string) string {
	if t, ok := parseDay(s); ok {
		return t.Format(dateLayout)
	}
	return s
}
