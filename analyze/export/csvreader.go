// readLine and readFields follow readLine and readRecord of encoding/csv
// (reader.go), Copyright 2011 The Go Authors, used under Go's BSD-style
// license, which is in the file LICENSE-GO beside this one.

package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
)

// A csvReader reads the records of a CSV file as encoding/csv's Reader
// does with FieldsPerRecord -1, ReuseRecord and an ASCII Comma: the same
// records, the same lines and columns from FieldPos and in errors
// (a *csv.ParseError wrapping csv.ErrQuote or csv.ErrBareQuote), the same
// InputOffset, for any input (FuzzCSVReader holds it to that). It differs
// in one thing: the fields that skip marks are checked but not copied,
// and read as "".
//
// That is what reading messages.csv needs: the subjects, texts and
// attachments of the messages, nearly all of its bytes, are never used,
// and passing over a field costs only the search for its quotes, where
// encoding/csv copies every byte of every field into its record (a
// quarter of the time it takes). Line by line, the structure is
// encoding/csv's own.
type csvReader struct {
	r     *bufio.Reader
	comma byte
	// skip marks the fields, by index, that are read as "". Fields past
	// its end are kept.
	skip []bool

	numLine   int   // lines read
	offset    int64 // bytes read
	rawBuffer []byte

	// Where each field of the record last read starts in the file.
	fieldPositions []filePos

	// For Read: the text of the record's kept fields, where each ends in
	// it, and the record.
	recordBuffer []byte
	fieldIndexes []int
	lastRecord   []string
}

// A filePos is a line and a 1-based byte column.
type filePos struct{ line, col int }

func newCSVReader(r *bufio.Reader, comma byte) *csvReader {
	return &csvReader{r: r, comma: comma}
}

// Read reads one record, as encoding/csv's Reader.Read. The slice
// returned is reused by the next call.
func (r *csvReader) Read() ([]string, error) {
	var err error
	r.recordBuffer, r.fieldIndexes, err = r.readFields(r.recordBuffer[:0], r.fieldIndexes[:0])
	if err == io.EOF {
		return nil, err
	}
	// One string for the record, sliced into its fields.
	str := string(r.recordBuffer)
	rec := r.lastRecord
	if cap(rec) < len(r.fieldIndexes) {
		rec = make([]string, len(r.fieldIndexes))
	}
	rec = rec[:len(r.fieldIndexes)]
	prev := 0
	for i, end := range r.fieldIndexes {
		rec[i] = str[prev:end]
		prev = end
	}
	r.lastRecord = rec
	return rec, err
}

// FieldPos returns the line and column where the field with the given
// index of the record last read starts, as encoding/csv's Reader.FieldPos.
func (r *csvReader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the offset in the input of the end of the record
// last read.
func (r *csvReader) InputOffset() int64 { return r.offset }

// readLine reads a line, ending in "\n" unless it is the last one: a
// "\r\n" is read as "\n", and a "\r" before the end of the file dropped.
func (r *csvReader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.numLine++
	r.offset += int64(n)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL reports the number of bytes of the newline ending b: 1 or 0.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// readFields reads one record as Read does, but appends the text of its
// kept fields to text, and where each of its fields ends in text to ends.
// At the end of the file, it returns io.EOF and appends nothing.
func (r *csvReader) readFields(text []byte, ends []int) ([]byte, []int, error) {
	// A record starts on the next line that is not empty.
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if errRead == nil && len(line) == lengthNL(line) {
			continue
		}
		break
	}
	if errRead == io.EOF {
		return text, ends, errRead
	}

	var err error
	recLine := r.numLine
	r.fieldPositions = r.fieldPositions[:0]
	pos := filePos{line: r.numLine, col: 1}
parseField:
	for {
		n := len(r.fieldPositions)
		keep := n >= len(r.skip) || !r.skip[n]
		if len(line) == 0 || line[0] != '"' {
			// An unquoted field, which may hold no quote.
			i := bytes.IndexByte(line, r.comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			if j := bytes.IndexByte(field, '"'); j >= 0 {
				err = &csv.ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: csv.ErrBareQuote}
				break parseField
			}
			if keep {
				text = append(text, field...)
			}
			ends = append(ends, len(text))
			r.fieldPositions = append(r.fieldPositions, pos)
			if i >= 0 {
				line = line[i+1:]
				pos.col += i + 1
				continue parseField
			}
			break parseField
		}
		// A quoted field, which may run over lines.
		fieldPos := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				if keep {
					text = append(text, line[:i]...)
				}
				line = line[i+1:]
				pos.col += i + 1
				switch {
				case len(line) > 0 && line[0] == '"':
					// `""`: a quote.
					if keep {
						text = append(text, '"')
					}
					line = line[1:]
					pos.col++
				case len(line) > 0 && line[0] == r.comma:
					// `",`: the end of the field.
					line = line[1:]
					pos.col++
					ends = append(ends, len(text))
					r.fieldPositions = append(r.fieldPositions, fieldPos)
					continue parseField
				case lengthNL(line) == len(line):
					// `"\n`: the end of the record.
					ends = append(ends, len(text))
					r.fieldPositions = append(r.fieldPositions, fieldPos)
					break parseField
				default:
					// A quote inside a quoted field that is not doubled.
					err = &csv.ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - 1, Err: csv.ErrQuote}
					break parseField
				}
			case len(line) > 0:
				// The field goes on to the next line.
				if keep {
					text = append(text, line...)
				}
				if errRead != nil {
					break parseField
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// The end of the file, or a read error, in the field.
				if errRead == nil {
					err = &csv.ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: csv.ErrQuote}
					break parseField
				}
				ends = append(ends, len(text))
				r.fieldPositions = append(r.fieldPositions, fieldPos)
				break parseField
			}
		}
	}
	if err == nil {
		err = errRead
	}
	return text, ends, err
}
