package export

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"io"
	"math/bits"
)

// A csvReader splits CSV text into records. It accepts what
// [encoding/csv.Reader] accepts with LazyQuotes off and FieldsPerRecord
// -1, and gives the same fields, the same lines, and the same errors (a
// [*csv.ParseError] wrapping [csv.ErrQuote] or [csv.ErrBareQuote], with the
// same lines and column), for any input: FuzzCSVReader holds it to that.
// It differs from encoding/csv where refrank needs it to:
//
//   - the fields that skip marks are checked but never copied, and read
//     as "": passing over a message's text costs a search for its quotes;
//   - a record of more than keepMax bytes is read to its end and passed
//     over as a whole: next returns a *csv.ParseError wrapping
//     errLongRecord, and reading goes on with the next record; one of
//     more than skipMax bytes (a quote left open before an endless or a
//     huge file; for a record that cannot be read, with the rest of its
//     line) stops reading with errHugeRecord, as soon as it is known to
//     be that long, wherever the blocks read end. Memory does not grow
//     with the length of a record, only with the fields kept.
//
// It reads its input in blocks of readSize bytes and searches them with
// bytes.IndexByte for the next quote in a quoted field and with a table of
// the bytes that end an unquoted field (the separator, a quote, a line
// feed); the block is only ever moved when fewer than two of its bytes
// are left. Carriage returns are handled where a field ends, not searched
// for. Fields are appended to one buffer given by the caller, so that a
// batch of records costs one string (see rows).
type csvReader struct {
	src io.Reader
	sep byte
	// skip marks the fields, by index, that are read as "". Fields past
	// its end are kept.
	skip []bool
	// keepMax and skipMax are the record lengths, in bytes, over which a
	// record is passed over and over which reading stops.
	keepMax, skipMax int64

	buf      []byte
	pos, end int   // buf[pos:end] is read and not yet parsed
	cr       bool  // buf[:end] holds a CR
	off      int64 // where buf[0] is in the input
	rerr     error // why src gave no more, once it did

	// Lines are counted lazily, a record or a block at a time (see sync):
	// line is the line buf[mark] is on, from 1, lineAt where that line
	// starts in the input, and tailAt where the line before it starts.
	mark   int
	line   int
	lineAt int64
	tailAt int64

	// ends is a table of the bytes that end an unquoted field.
	ends [256]bool

	// About the last record next read: the lines it starts and ends on,
	// and whether it was longer than keepMax; and where it starts in the
	// input, -1 between records.
	first, last int
	long        bool
	begin       int64

	// For Read.
	text   []byte
	bounds []int
	fields []string
}

var (
	// errLongRecord is the error of a record longer than keepMax bytes,
	// passed over.
	errLongRecord = errors.New("record too long")
	// errHugeRecord is the error of a record longer than skipMax bytes,
	// where reading stops.
	errHugeRecord = errors.New("record far too long")
)

// newCSVReader returns a reader of the records of src, whose fields are
// separated by sep: any byte but a quote, CR or LF (refrank uses ',', ';'
// and '\t').
func newCSVReader(src io.Reader, sep byte) *csvReader {
	r := &csvReader{src: src, sep: sep, buf: make([]byte, readSize), line: 1,
		keepMax: maxRecordBytes, skipMax: 16 * maxRecordBytes}
	r.ends[sep], r.ends['"'], r.ends['\n'] = true, true, true
	return r
}

// readSize is how much a csvReader reads from its input at a time.
const readSize = 128 << 10

// fill reads more of the input, keeping the bytes not yet parsed, and
// reports whether there are more bytes to parse. It is called when at most
// two bytes are left, so that it never has to grow the buffer.
func (r *csvReader) fill() bool {
	r.sync(r.pos)
	if r.rerr != nil {
		return false
	}
	if r.begin >= 0 {
		n := r.at(r.pos) - r.begin
		if n > r.skipMax {
			r.huge()
			return false
		}
		r.long = r.long || n > r.keepMax
	}
	n := copy(r.buf, r.buf[r.pos:r.end])
	r.off += int64(r.pos)
	r.pos, r.end, r.mark = 0, n, 0
	for tries := 0; ; tries++ {
		m, err := r.src.Read(r.buf[r.end:])
		r.end += m
		r.cr = bytes.IndexByte(r.buf[:r.end], '\r') >= 0
		if err != nil {
			r.rerr = err
			return m > 0
		}
		if m > 0 {
			return true
		}
		if tries == 100 {
			r.rerr = io.ErrNoProgress
			return false
		}
	}
}

// huge stops the reading at a record longer than skipMax, as soon as it
// is known to be, and returns the error, errHugeRecord on the line the
// record starts on.
func (r *csvReader) huge() error {
	r.rerr = &csv.ParseError{StartLine: r.first, Line: r.first, Err: errHugeRecord}
	r.pos, r.long = r.end, true
	return r.rerr
}

// tooLong reports whether the record being read is longer than skipMax
// from its start to buf[pos].
func (r *csvReader) tooLong() bool { return r.at(r.pos)-r.begin > r.skipMax }

// has reports whether buf[pos+i] can be read, reading more if needed.
func (r *csvReader) has(i int) bool {
	for r.pos+i >= r.end {
		if !r.fill() {
			return false
		}
	}
	return true
}

// at is the position of buf[i] in the input.
func (r *csvReader) at(i int) int64 { return r.off + int64(i) }

// newLine moves past the line feed at buf[i-1], when the lines before it
// are counted.
func (r *csvReader) newLine(i int) {
	r.pos, r.mark = i, i
	r.line++
	r.lineAt = r.at(i)
}

// sync counts the lines of buf[mark:i].
func (r *csvReader) sync(i int) {
	if i <= r.mark {
		return
	}
	seg := r.buf[r.mark:i]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		lf := bytes.LastIndexByte(seg, '\n')
		if n == 1 {
			r.tailAt = r.lineAt
		} else {
			r.tailAt = r.at(r.mark + bytes.LastIndexByte(seg[:lf], '\n') + 1)
		}
		r.line += n
		r.lineAt = r.at(r.mark + lf + 1)
	}
	r.mark = i
}

// column is the 1-based byte column of buf[i] in its line. No LF may
// come between buf[i] and buf[mark] when i is before mark.
func (r *csvReader) column(i int) int {
	r.sync(i)
	return int(r.at(i)-r.lineAt) + 1
}

// readErr is the error at the end of the input: io.EOF, or why src
// failed.
func (r *csvReader) readErr() error {
	if r.rerr == nil {
		return io.EOF
	}
	return r.rerr
}

// next reads the next record and appends the text of its fields to text
// and where each field ends in text to ends. A field passed over (skip)
// adds no text. At the end of the input it returns io.EOF; for a record
// that cannot be read, a *csv.ParseError, having consumed the line where
// the error is, as encoding/csv does; for a record longer than keepMax, a
// *csv.ParseError wrapping errLongRecord. Whatever the error, text and
// ends are returned as given. After a record (or a ParseError), first and
// last give the lines it starts and ends on, and long whether it was
// longer than keepMax (for a record that cannot be read, with the rest of
// its line).
func (r *csvReader) next(text []byte, ends []int) ([]byte, []int, error) {
	r.begin, r.long = -1, false
	// Empty lines, "\n" or "\r\n", and a lone "\r" at the very end.
	for {
		if !r.has(0) {
			return text, ends, r.readErr()
		}
		c := r.buf[r.pos]
		if c == '\n' {
			r.newLine(r.pos + 1)
			continue
		}
		if c != '\r' {
			break
		}
		if !r.has(1) {
			r.pos++
			return text, ends, r.readErr()
		}
		if r.buf[r.pos+1] != '\n' {
			break
		}
		r.newLine(r.pos + 2)
	}
	r.first, r.long, r.begin = r.line, false, r.at(r.pos)
	if text, ends, ok := r.quick(text, ends); ok {
		return text, ends, nil
	}
	text0, ends0 := text, ends
	fail := func(err error, col int) ([]byte, []int, error) {
		r.last = r.line
		pe := &csv.ParseError{StartLine: r.first, Line: r.line, Column: col, Err: err}
		// The rest of the line goes with the record, as in encoding/csv.
		r.sync(r.pos)
		for {
			if j := bytes.IndexByte(r.buf[r.pos:r.end], '\n'); j >= 0 {
				r.newLine(r.pos + j + 1)
				break
			}
			r.pos = r.end
			if !r.fill() {
				break
			}
		}
		if r.tooLong() {
			return text0, ends0, r.huge()
		}
		r.long = r.long || r.at(r.pos)-r.begin > r.keepMax
		return text0, ends0, pe
	}
	for f := 0; ; f++ {
		keep := !r.long && (f >= len(r.skip) || !r.skip[f])
		from := len(text) // where the field starts in text
		if !r.has(0) {
			// The input ends after a separator: an empty field.
			break
		}
		if r.buf[r.pos] != '"' {
			// An unquoted field runs to a separator or the end of the
			// line, and holds no quote.
			for {
				i := r.unquotedEnd(r.buf[:r.end], r.pos)
				if keep {
					text = append(text, r.buf[r.pos:i]...)
				}
				r.pos = i
				if i < r.end {
					break
				}
				if !r.fill() {
					break
				}
				keep = keep && !r.long
			}
			if r.pos == r.end || r.buf[r.pos] == '\n' {
				// The last field: CRLF (and a CR at the very end) ends
				// the line as LF does.
				if keep && len(text) > from && text[len(text)-1] == '\r' {
					text = text[:len(text)-1]
				}
				break
			}
			if r.buf[r.pos] == '"' {
				return fail(csv.ErrBareQuote, r.column(r.pos))
			}
			// A separator.
			if !r.long {
				ends = append(ends, len(text))
			}
			r.pos++
			continue
		}
		// A quoted field runs to a quote that is not doubled, which must
		// be followed by a separator or the end of the line.
		r.pos++
		// The last bytes of the field at the end of each block, and where
		// the line that its last LF ends starts: where encoding/csv puts
		// a quote left open (see unclosed).
		var tail [3]byte
		ntail := 0
		for {
			seg := r.buf[r.pos:r.end]
			q := bytes.IndexByte(seg, '"')
			if q >= 0 {
				seg = seg[:q]
			}
			if q < 0 {
				for _, c := range seg[max(0, len(seg)-3):] {
					tail[0], tail[1], tail[2] = tail[1], tail[2], c
					ntail = min(ntail+1, 3)
				}
			}
			if keep {
				if r.cr || len(seg) > 0 && seg[0] == '\n' {
					text = appendLines(text, seg, from)
				} else {
					text = append(text, seg...)
				}
			}
			r.pos += len(seg)
			if q < 0 {
				if !r.fill() {
					// A quote left open to the end of the input, which
					// encoding/csv places after the last byte of the last
					// line, its LF included.
					if err := r.readErr(); err != io.EOF {
						return text0, ends0, err
					}
					if r.tooLong() {
						return text0, ends0, r.huge()
					}
					line, col := r.unclosed(tail[3-ntail:])
					r.last = line
					r.long = r.long || r.at(r.pos)-r.begin > r.keepMax
					return text0, ends0, &csv.ParseError{StartLine: r.first, Line: line, Column: col, Err: csv.ErrQuote}
				}
				keep = keep && !r.long
				continue
			}
			r.pos++ // the quote
			if !r.has(0) {
				break
			}
			c := r.buf[r.pos]
			if c == '"' {
				if keep {
					text = append(text, '"')
				}
				r.pos++
				ntail = 0 // the input's last bytes are no longer tail's
				continue
			}
			if c == '\r' {
				if !r.has(1) {
					r.pos++ // a CR at the very end
					break
				}
				if r.buf[r.pos+1] != '\n' {
					return fail(csv.ErrQuote, r.column(r.pos-1)) // the quote's
				}
				r.pos++
				c = '\n'
			}
			if c == '\n' || c == r.sep {
				break
			}
			return fail(csv.ErrQuote, r.column(r.pos-1))
		}
		if r.pos < r.end && r.buf[r.pos] == r.sep {
			if !r.long {
				ends = append(ends, len(text))
			}
			r.pos++
			continue
		}
		break
	}
	// The record ends here: at the end of the input, or at a line feed.
	if r.pos == r.end {
		r.sync(r.pos)
		r.last = r.line
		if err := r.readErr(); err != io.EOF {
			return text0, ends0, err
		}
	} else {
		r.line += bytes.Count(r.buf[r.mark:r.pos], []byte{'\n'})
		r.last = r.line
		r.newLine(r.pos + 1)
	}
	if r.tooLong() {
		return text0, ends0, r.huge()
	}
	if r.at(r.pos)-r.begin > r.keepMax {
		r.long = true
	}
	if r.long {
		return text0, ends0, &csv.ParseError{StartLine: r.first, Line: r.last, Err: errLongRecord}
	}
	return text, append(ends, len(text)), nil
}

// quick reads the record at buf[pos], as next does, when the buffer holds
// all of it and its line feed, and it is well formed, no longer than
// keepMax, and without a CR in a field kept: most records. It reports
// whether it did; when not, it has read nothing. It is next without the
// checks for the end of the buffer at every byte.
func (r *csvReader) quick(text []byte, ends []int) ([]byte, []int, bool) {
	buf := r.buf[:r.end]
	text0, ends0 := len(text), len(ends)
	bail := func() ([]byte, []int, bool) { return text[:text0], ends[:ends0], false }
	i := r.pos
	for f := 0; ; f++ {
		keep := f >= len(r.skip) || !r.skip[f]
		if i >= len(buf) {
			return bail()
		}
		if buf[i] != '"' {
			j := r.unquotedEnd(buf, i)
			if j == len(buf) || buf[j] == '"' {
				return bail()
			}
			if keep {
				text = append(text, buf[i:j]...)
				if buf[j] == '\n' && len(text) > 0 && text[len(text)-1] == '\r' && j > i {
					text = text[:len(text)-1] // CRLF ends the line as LF does
				}
			}
			i = j
		} else {
			for i++; ; i++ {
				q := bytes.IndexByte(buf[i:], '"')
				if q < 0 || i+q+1 >= len(buf) {
					return bail()
				}
				if keep {
					if r.cr && bytes.IndexByte(buf[i:i+q], '\r') >= 0 {
						return bail()
					}
					text = append(text, buf[i:i+q]...)
				}
				i += q + 1
				if buf[i] != '"' {
					break
				}
				if keep {
					text = append(text, '"')
				}
			}
			if buf[i] == '\r' {
				if i+1 == len(buf) || buf[i+1] != '\n' {
					return bail()
				}
				i++
			}
			if buf[i] != r.sep && buf[i] != '\n' {
				return bail()
			}
		}
		if buf[i] == '\n' {
			break
		}
		ends = append(ends, len(text))
		i++
	}
	if int64(i+1-r.pos) > r.keepMax { // with its line feed, as next counts
		return bail()
	}
	r.line += bytes.Count(r.buf[r.mark:i], []byte{'\n'})
	r.last = r.line
	r.newLine(i + 1)
	return text, append(ends, len(text)), true
}

// unquotedEnd returns where the unquoted field at buf[i] ends: at the
// first separator, quote or line feed, or len(buf). It looks at eight
// bytes at a time: in a word w, the bytes equal to c are those that are
// zero in w^c, and (x-0x01..01)&^x&0x80..80 has the high bit set in the
// lowest zero byte of x (and maybe in bytes above it, never below).
func (r *csvReader) unquotedEnd(buf []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(x uint64) uint64 { return (x - ones) &^ x & highs }
	sep, quote, lf := uint64(r.sep)*ones, uint64('"')*ones, uint64('\n')*ones
	for ; i+8 <= len(buf); i += 8 {
		w := binary.LittleEndian.Uint64(buf[i:])
		if m := zero(w^sep) | zero(w^quote) | zero(w^lf); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(buf) && !r.ends[buf[i]] {
		i++
	}
	return i
}

// unclosed returns the line and column where encoding/csv reports a quote
// left open to the end of the input: after the last byte of the last line,
// whose CRLF counts as LF, and where a CR at the very end is dropped, and
// with it a last line that held nothing else. tail is the last bytes of
// the input, up to three.
func (r *csvReader) unclosed(tail []byte) (line, col int) {
	end := r.at(r.pos)
	if len(tail) > 0 && tail[len(tail)-1] == '\r' {
		end--
		tail = tail[:len(tail)-1]
	}
	if end > r.lineAt || r.line == r.first {
		return r.line, int(end-r.lineAt) + 1
	}
	// The input ends with the LF of the line before.
	col = int(end-r.tailAt) + 1
	if len(tail) > 1 && tail[len(tail)-2] == '\r' {
		col--
	}
	return r.line - 1, col
}

// appendLines appends seg, a piece of the quoted field that starts at
// text[from:], to text, with each CRLF made LF as encoding/csv does. A CR
// at the end of the previous piece was at the end of the buffer, right
// before seg.
func appendLines(text, seg []byte, from int) []byte {
	if len(seg) > 0 && seg[0] == '\n' && len(text) > from && text[len(text)-1] == '\r' {
		text = text[:len(text)-1]
	}
	for {
		i := bytes.IndexByte(seg, '\r')
		if i < 0 || i+1 == len(seg) {
			return append(text, seg...)
		}
		if seg[i+1] == '\n' {
			text = append(text, seg[:i]...)
			seg = seg[i+1:]
		} else {
			text = append(text, seg[:i+1]...)
			seg = seg[i+1:]
		}
	}
}

// Read reads one record and returns its fields, which share one string
// made for them: the slice is reused by the next call, the strings are
// not.
func (r *csvReader) Read() ([]string, error) {
	var err error
	r.text, r.bounds, err = r.next(r.text[:0], r.bounds[:0])
	if err != nil {
		return nil, err
	}
	s := string(r.text)
	r.fields = r.fields[:0]
	prev := 0
	for _, e := range r.bounds {
		r.fields = append(r.fields, s[prev:e])
		prev = e
	}
	return r.fields, nil
}
