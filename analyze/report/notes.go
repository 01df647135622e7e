package report

import (
	"archive/zip"
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
	"github.com/xuri/excelize/v2"
)

// MaxNotesSize is the largest notes file ReadNotes reads, in bytes.
const MaxNotesSize = 64 << 20

// Caps on a notes workbook unzipped, so that a zip bomb given as notes
// fails at once instead of filling memory or disk: maxNotesUnzip bytes in
// all (excelize's default is 16 GB), and maxNotesXML bytes of one sheet
// or the shared strings held in memory (more goes to a temporary file).
const (
	maxNotesUnzip = 256 << 20
	maxNotesXML   = 64 << 20
)

// ErrNoKeyColumn is returned for a notes file whose header names neither a
// profile URL nor a name column.
var ErrNoKeyColumn = errors.New("no Profile URL or Name column")

// noteColumn names the fields of a notes file, by lower-cased header.
var noteColumns = map[string]string{
	"profile url":    "url",
	"url":            "url",
	"name":           "name",
	"first name":     "first",
	"last name":      "last",
	"relationship":   "relationship",
	"schools":        "schools",
	"past companies": "past",
	"team":           "team",
	"status":         "status",
	"asked on":       "asked",
	"follow up":      "follow",
	"notes":          "notes",
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
// rows for the same person are merged. The tool's own CSV and workbook are
// notes files: their tracking columns come back exactly as written.
func ReadNotes(r io.Reader, name string) ([]analyze.Note, []analyze.Warning, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxNotesSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxNotesSize {
		return nil, nil, fmt.Errorf("%s: larger than %d MB", name, MaxNotesSize>>20)
	}
	var rows []noteRow
	file := name
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		var sheet string
		rows, sheet, err = xlsxRows(data)
		file = name + ":" + sheet
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0")):
		err = errors.New("an old Excel (.xls) workbook; save it as .xlsx or .csv")
	case strings.HasSuffix(strings.ToLower(name), ".xlsx"):
		err = errors.New("not an xlsx workbook (no zip archive)")
	default:
		rows, err = csvRows(data)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	notes, warns, err := parseNotes(rows, file)
	if err != nil {
		return nil, warns, fmt.Errorf("%s: %w", file, err)
	}
	return notes, warns, nil
}

// noteRow is one row of a notes file and its line number.
type noteRow struct {
	line   int
	fields []string
}

// csvRows reads CSV records, a byte order mark stripped and the quote
// that WriteCSV puts before formula characters removed.
func csvRows(data []byte) ([]noteRow, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows []noteRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		for i, f := range rec {
			rec[i] = undefuse(f)
		}
		rows = append(rows, noteRow{line, rec})
	}
}

// xlsxRows reads the rows of a workbook's Referrers sheet, else its first
// sheet, as the user sees them, and the sheet's name.
func xlsxRows(data []byte) (rows []noteRow, sheet string, err error) {
	defer func() {
		// excelize reads any zip given; a malformed one should be an error,
		// never a crash of the run.
		if p := recover(); p != nil {
			rows, err = nil, fmt.Errorf("unreadable workbook: %v", p)
		}
	}()
	// excelize checks the sizes the archive declares, as this does to say
	// so plainly; archive/zip fails a part that unzips to more than it
	// declares.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, "", fmt.Errorf("unreadable workbook: %w", err)
	}
	var size uint64
	for _, zf := range zr.File {
		if size += zf.UncompressedSize64; size > maxNotesUnzip || size < zf.UncompressedSize64 {
			return nil, "", fmt.Errorf("unreadable workbook: unzips to more than %d MB", maxNotesUnzip>>20)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxNotesUnzip,
		UnzipXMLSizeLimit: maxNotesXML,
	})
	if err != nil {
		return nil, "", fmt.Errorf("unreadable workbook: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, "", errors.New("workbook has no sheet")
	}
	sheet = sheets[0]
	if slices.Contains(sheets, SheetReferrers) {
		sheet = SheetReferrers
	}
	recs, err := f.GetRows(sheet)
	if err != nil {
		return nil, sheet, err
	}
	for i, rec := range recs {
		rows = append(rows, noteRow{i + 1, rec})
	}
	return rows, sheet, nil
}

// parseNotes turns rows, the first a header, into notes merged per person.
func parseNotes(rows []noteRow, file string) ([]analyze.Note, []analyze.Warning, error) {
	var warns []analyze.Warning
	warn := func(line int, format string, args ...any) {
		warns = append(warns, analyze.Warning{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if len(rows) == 0 {
		return nil, nil, errors.New("empty file: no header row")
	}
	index := make(map[string]int)
	var unknown []string
	for j, h := range rows[0].fields {
		h = strings.TrimSpace(h)
		key := strings.ToLower(h)
		switch field, ok := noteColumns[key]; {
		case h == "":
		case ok:
			if _, dup := index[field]; !dup {
				index[field] = j
			}
		case ownColumns[key], isPointsColumn(key):
		default:
			unknown = append(unknown, h)
		}
	}
	_, hasURL := index["url"]
	_, hasName := index["name"]
	_, hasFirst := index["first"]
	_, hasLast := index["last"]
	if !hasURL && !hasName && !hasFirst && !hasLast {
		return nil, nil, ErrNoKeyColumn
	}
	if len(unknown) > 0 {
		warn(rows[0].line, "ignored columns: %s", strings.Join(unknown, ", "))
	}

	var notes []analyze.Note
	byKey := make(map[string]int)
	for _, row := range rows[1:] {
		get := func(field string) string {
			if j, ok := index[field]; ok && j < len(row.fields) {
				return strings.TrimSpace(row.fields[j])
			}
			return ""
		}
		if slices.IndexFunc(row.fields, func(s string) bool { return strings.TrimSpace(s) != "" }) < 0 {
			continue // blank rows are common at the end of edited sheets
		}
		n := analyze.Note{
			URL:      get("url"),
			Name:     get("name"),
			Team:     get("team"),
			Status:   get("status"),
			AskedOn:  normalizeDay(get("asked")),
			FollowUp: normalizeDay(get("follow")),
			Notes:    raw(row.fields, index, "notes"),
			Source:   fmt.Sprintf("%s:%d", file, row.line),
		}
		if n.Name == "" {
			n.Name = strings.Join(strings.Fields(get("first")+" "+get("last")), " ")
		}
		if n.URL == "" && n.Name == "" {
			warn(row.line, "no Profile URL or Name; row skipped")
			continue
		}
		if rel := get("relationship"); rel != "" {
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
		n.Schools = splitList(get("schools"))
		n.PastCompanies = splitList(get("past"))

		key := analyze.NormalizeURL(n.URL)
		if key == "" {
			key = "name:" + analyze.NameKey(n.Name)
		}
		i, seen := byKey[key]
		if !seen {
			byKey[key] = len(notes)
			notes = append(notes, n)
			continue
		}
		first := &notes[i]
		if first.Status != "" && n.Status != "" && !strings.EqualFold(first.Status, n.Status) {
			warn(row.line, "status %q differs from %q at %s; kept the first", n.Status, first.Status, first.Source)
		}
		merge(first, &n)
	}
	return notes, warns, nil
}

// raw returns the field's value untrimmed: notes are kept as typed.
func raw(fields []string, index map[string]int, field string) string {
	if j, ok := index[field]; ok && j < len(fields) && strings.TrimSpace(fields[j]) != "" {
		return fields[j]
	}
	return ""
}

// merge fills the empty fields of dst from src.
func merge(dst, src *analyze.Note) {
	for _, f := range []struct{ d, s *string }{
		{&dst.URL, &src.URL}, {&dst.Name, &src.Name},
		{&dst.Team, &src.Team}, {&dst.Status, &src.Status}, {&dst.AskedOn, &src.AskedOn},
		{&dst.FollowUp, &src.FollowUp}, {&dst.Notes, &src.Notes},
	} {
		if *f.d == "" {
			*f.d = *f.s
		}
	}
	if dst.Relationship == "" {
		dst.Relationship = src.Relationship
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
	// Serials from 1982 to 2119: five digits, nothing else.
	if len(s) == 5 {
		if n, err := strconv.Atoi(s); err == nil && n >= 30000 && n < 80000 {
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
