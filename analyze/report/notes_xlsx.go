package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// A notes workbook is read from its XML, streamed, rather than through
// excelize: excelize makes every row as long as the sheet's longest (one
// cell in column XFD makes each row 16,384 cells) and gives a formula's
// cached value only, which programs such as openpyxl do not write. Only
// the parts needed are read: the workbook's list of sheets, its
// relationships, the shared strings and the one sheet.

// xlsxTable reads the Referrers sheet of a workbook, else its first
// sheet, and returns it with the sheet's name. Any damage (a part cut
// short, a size the archive misstates, XML that does not parse, a shared
// string that is not there) is an error.
func xlsxTable(data []byte) (*noteTable, string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, "", fmt.Errorf("unreadable workbook: %w", err)
	}
	// archive/zip fails a part that unzips to more, or less, than it
	// declares, so the declared sizes bound what is unzipped.
	parts := make(map[string]*zip.File, len(zr.File))
	var size uint64
	for _, zf := range zr.File {
		if size += zf.UncompressedSize64; size > maxNotesUnzip || size < zf.UncompressedSize64 {
			return nil, "", fmt.Errorf("unreadable workbook: unzips to more than %d MB", maxNotesUnzip>>20)
		}
		parts[strings.ToLower(strings.TrimPrefix(zf.Name, "/"))] = zf
	}
	sheet, sheetPart, stringsPart, err := pickSheet(parts)
	if err != nil {
		return nil, "", fmt.Errorf("unreadable workbook: %w", err)
	}
	var shared []string
	if zf := parts[stringsPart]; zf != nil {
		if shared, err = sharedStrings(zf); err != nil {
			return nil, sheet, fmt.Errorf("unreadable workbook: %s: %w", zf.Name, err)
		}
	}
	zf := parts[sheetPart]
	if zf == nil {
		return nil, sheet, fmt.Errorf("unreadable workbook: sheet %s has no part %s", sheet, sheetPart)
	}
	t, err := readSheet(zf, shared)
	if errors.Is(err, ErrNoKeyColumn) {
		return nil, sheet, err
	}
	if err != nil {
		return nil, sheet, fmt.Errorf("unreadable workbook: %s: %w", zf.Name, err)
	}
	return t, sheet, nil
}

// pickSheet returns the sheet to read (Referrers, else the first), the
// name of its part and that of the shared strings part.
func pickSheet(parts map[string]*zip.File) (sheet, sheetPart, stringsPart string, err error) {
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := decodePart(parts, "xl/workbook.xml", &wb); err != nil {
		return "", "", "", err
	}
	if len(wb.Sheets) == 0 {
		return "", "", "", errors.New("workbook has no sheet")
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if parts["xl/_rels/workbook.xml.rels"] != nil {
		if err := decodePart(parts, "xl/_rels/workbook.xml.rels", &rels); err != nil {
			return "", "", "", err
		}
	}
	target := func(id string) string {
		for _, r := range rels.Rels {
			if r.ID == id {
				if strings.HasPrefix(r.Target, "/") {
					return strings.ToLower(path.Clean(r.Target[1:]))
				}
				return strings.ToLower(path.Join("xl", r.Target))
			}
		}
		return ""
	}
	stringsPart = "xl/sharedstrings.xml"
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			stringsPart = target(r.ID)
		}
	}
	i := 0
	for j, s := range wb.Sheets {
		if s.Name == SheetReferrers {
			i = j
			break
		}
	}
	for _, a := range wb.Sheets[i].Attrs {
		if a.Name.Local == "id" {
			sheetPart = target(a.Value)
		}
	}
	if sheetPart == "" {
		sheetPart = fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
	}
	return wb.Sheets[i].Name, sheetPart, stringsPart, nil
}

// maxNotesMeta bounds the workbook's list of sheets and relationships.
const maxNotesMeta = 4 << 20

// decodePart decodes a small XML part into v.
func decodePart(parts map[string]*zip.File, name string, v any) error {
	zf := parts[name]
	if zf == nil {
		return fmt.Errorf("no %s", name)
	}
	if zf.UncompressedSize64 > maxNotesMeta {
		return fmt.Errorf("%s is larger than %d MB", zf.Name, maxNotesMeta>>20)
	}
	rc, err := zf.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	// Read to the end, so that a part cut short or misstated fails.
	if _, err := io.Copy(io.Discard, rc); err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	return nil
}

// tokens streams the XML of a part, calling fn for each token; it reads
// the part to its end, so that a checksum or size that lies is an error.
func tokens(zf *zip.File, fn func(xml.Token) error) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// sharedStrings reads the shared strings of a workbook: each <si>'s text,
// its phonetic runs (rPh) left out.
func sharedStrings(zf *zip.File) ([]string, error) {
	var list []string
	var b strings.Builder
	total, phonetic, inText := 0, 0, false
	err := tokens(zf, func(tok xml.Token) error {
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "si":
				b.Reset()
			case "rPh":
				phonetic++
			case "t":
				inText = true
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "si":
				if len(list) == maxNotesStrings {
					return fmt.Errorf("more than %d shared strings", maxNotesStrings)
				}
				list = append(list, b.String())
			case "rPh":
				phonetic--
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && phonetic == 0 {
				if total += len(tok); total > maxNotesXML {
					return fmt.Errorf("more than %d MB of text", maxNotesXML>>20)
				}
				b.Write(tok)
			}
		}
		return nil
	})
	return list, err
}

// sheetCell is the cell being read.
type sheetCell struct {
	col     int    // from 0
	kind    string // the t attribute
	read    bool   // the column is one refrank reads
	value   bytes.Buffer
	formula bytes.Buffer
	inline  bytes.Buffer
	in      string // the element whose text is being read: v, f or t
	rph     int
}

// readSheet reads a worksheet's rows: its first row with text is the
// header, and of the rows after it only the columns refrank reads are
// kept.
func readSheet(zf *zip.File, shared []string) (*noteTable, error) {
	t := &noteTable{}
	var header []string // until the header is read
	haveHeader := false
	var row noteRow
	var c sheetCell
	rowNum, cells, rows := 0, 0, 0
	wide := false // a cell past maxNotesColumns was passed over
	cellErr := func(format string, a ...any) error {
		return fmt.Errorf("row %d, column %s: %s", rowNum, columnName(c.col), fmt.Sprintf(format, a...))
	}
	err := tokens(zf, func(tok xml.Token) error {
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "row":
				if rows++; rows > maxNotesRows {
					return fmt.Errorf("more than %d rows", maxNotesRows)
				}
				rowNum++
				if r := attr(tok, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 {
						return fmt.Errorf("row %q is not a row number", r)
					}
					rowNum = n
				}
				row = noteRow{line: rowNum}
				header = header[:0]
				cells, c.col = 0, -1
			case "c":
				if cells++; cells > maxNotesCells {
					return fmt.Errorf("row %d has more than %d cells", rowNum, maxNotesCells)
				}
				c.col++
				if r := attr(tok, "r"); r != "" {
					c.col = columnIndex(r)
				}
				c.kind = attr(tok, "t")
				c.read = c.col >= 0 && (!haveHeader && c.col < maxNotesColumns || haveHeader && t.field(c.col) >= 0)
				if !haveHeader && c.col >= maxNotesColumns {
					wide = true
				}
				c.value.Reset()
				c.formula.Reset()
				c.inline.Reset()
				c.in, c.rph = "", 0
			case "v", "f":
				c.in = tok.Name.Local
			case "t":
				c.in = "t"
			case "rPh":
				c.rph++
			}
		case xml.CharData:
			if !c.read || c.in == "" || c.rph > 0 {
				return nil
			}
			buf := &c.value
			switch c.in {
			case "f":
				buf = &c.formula
			case "t":
				buf = &c.inline
			}
			if buf.Len()+len(tok) > maxNotesCellBytes {
				return cellErr("a cell longer than %d characters", MaxCellChars)
			}
			buf.Write(tok)
		case xml.EndElement:
			switch tok.Name.Local {
			case "v", "f", "t":
				c.in = ""
			case "rPh":
				c.rph--
			case "c":
				if !c.read {
					return nil
				}
				text, err := cellText(&c, shared)
				if err != nil {
					return cellErr("%v", err)
				}
				if !haveHeader {
					for len(header) < c.col {
						header = append(header, "")
					}
					header = append(header[:c.col], text)
					return nil
				}
				k := t.field(c.col)
				if k == fURL {
					if link, _, ok := hyperlinkArgs(c.formula.String()); ok {
						text = link
					}
				}
				row.fields[k] = text
			case "row":
				if !haveHeader {
					if strings.TrimSpace(strings.Join(header, "")) == "" {
						return nil
					}
					if err := t.setHeader(rowNum, header); err != nil {
						return err
					}
					haveHeader = true
					if wide {
						t.warns = append(t.warns, fmt.Sprintf("columns after %s are not read", columnName(maxNotesColumns-1)))
					}
					return nil
				}
				t.rows = append(t.rows, row)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !haveHeader {
		return nil, errors.New("empty sheet: no header row")
	}
	return t, nil
}

// cellText returns the text of cell c as the user sees it: a shared or
// inline string, the value, or for a formula saved without its value
// (openpyxl does so) what a HYPERLINK formula shows.
func cellText(c *sheetCell, shared []string) (string, error) {
	switch c.kind {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(c.value.String()))
		if err != nil || i < 0 || i >= len(shared) {
			return "", fmt.Errorf("shared string %q is not in the workbook", c.value.String())
		}
		return shared[i], nil
	case "inlineStr":
		return c.inline.String(), nil
	}
	if c.value.Len() == 0 && c.formula.Len() > 0 {
		if _, label, ok := hyperlinkArgs(c.formula.String()); ok {
			return label, nil
		}
	}
	return c.value.String(), nil
}

// hyperlinkArgs reads a formula HYPERLINK("link"[, "label"]) whose
// arguments are text, returning the link and the label it shows (the
// link when it has none).
func hyperlinkArgs(f string) (link, label string, ok bool) {
	f = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(f), "="))
	const fn = "HYPERLINK("
	if len(f) < len(fn) || !strings.EqualFold(f[:len(fn)], fn) {
		return "", "", false
	}
	f = f[len(fn):]
	var args []string
	for {
		f = strings.TrimSpace(f)
		s, n, ok := formulaString(f)
		if !ok || len(args) == 2 {
			return "", "", false
		}
		args = append(args, s)
		f = strings.TrimSpace(f[n:])
		switch {
		case strings.HasPrefix(f, ","):
			f = f[1:]
			continue
		case f == ")":
		default:
			return "", "", false
		}
		break
	}
	if len(args) == 1 {
		args = append(args, args[0])
	}
	return args[0], args[1], true
}

// formulaString reads the string literal at the start of f ("text", a
// quote doubled), returning its text and length.
func formulaString(f string) (string, int, bool) {
	if !strings.HasPrefix(f, `"`) {
		return "", 0, false
	}
	var b strings.Builder
	for i := 1; i < len(f); i++ {
		if f[i] != '"' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 < len(f) && f[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		return b.String(), i + 1, true
	}
	return "", 0, false
}

// attr returns the value of tok's attribute named local, or "".
func attr(tok xml.StartElement, local string) string {
	for _, a := range tok.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// columnIndex returns the column, from 0, of a cell reference such as
// "B7", or -1 when it names none.
func columnIndex(ref string) int {
	col, _, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		return -1
	}
	return col - 1
}

// columnName returns the letters of column col, from 0: "A", "AB".
func columnName(col int) string {
	name, _ := excelize.ColumnNumberToName(col + 1)
	return name
}
