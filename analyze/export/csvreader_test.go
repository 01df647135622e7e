package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// sameAsStdlib reads data with encoding/csv and with a csvReader (with a
// buffer of bufSize bytes, passing over the fields skip marks and the
// records longer than keepMax) and fails unless they agree record for
// record: fields (a field passed over reads as ""), errors, and the lines
// a record starts and ends on.
func sameAsStdlib(t *testing.T, data []byte, sep byte, skip []bool, bufSize int, keepMax int64) {
	t.Helper()
	std := csv.NewReader(bytes.NewReader(data))
	std.Comma = rune(sep)
	std.FieldsPerRecord = -1
	std.ReuseRecord = true
	r := newCSVReader(iotest.HalfReader(bytes.NewReader(data)), sep)
	r.buf = make([]byte, bufSize)
	r.skip = skip
	r.keepMax = keepMax
	var text []byte
	var ends []int
	prev := int64(0)
	for n := 1; ; n++ {
		want, werr := std.Read()
		var gerr error
		text, ends, gerr = r.next(text[:0], ends[:0])
		if werr == nil {
			// The record's bytes, without the empty lines before it.
			rec := data[prev:std.InputOffset()]
			for len(rec) > 0 && (rec[0] == '\n' || bytes.HasPrefix(rec, []byte("\r\n"))) {
				rec = rec[bytes.IndexByte(rec, '\n')+1:]
			}
			first, _ := std.FieldPos(0)
			last, _ := std.FieldPos(len(want) - 1)
			last += strings.Count(want[len(want)-1], "\n")
			if r.first != first || r.last != last {
				t.Fatalf("record %d: lines %d-%d, want %d-%d", n, r.first, r.last, first, last)
			}
			if int64(len(rec)) > keepMax {
				werr = &csv.ParseError{StartLine: first, Line: last, Err: errLongRecord}
			}
		}
		prev = std.InputOffset()
		if fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("record %d: error %v, want %v", n, gerr, werr)
		}
		if werr != nil {
			if len(text) != 0 || len(ends) != 0 {
				t.Fatalf("record %d: %q and %d ends along with error %v", n, text, len(ends), gerr)
			}
			if werr == io.EOF {
				return
			}
			continue
		}
		if len(ends) != len(want) {
			t.Fatalf("record %d: %d fields, want %q", n, len(ends), want)
		}
		from := 0
		for i, w := range want {
			if i < len(skip) && skip[i] {
				w = ""
			}
			if got := string(text[from:ends[i]]); got != w {
				t.Fatalf("record %d field %d: %q, want %q", n, i, got, w)
			}
			from = ends[i]
		}
	}
}

var csvCases = []struct {
	name string
	in   string
}{
	{"empty", ""},
	{"one field", "a"},
	{"rows", "a,b,c\nd,e,f\n"},
	{"no final newline", "a,b,c\nd,e,f"},
	{"crlf", "a,b,c\r\nd,\"e\r\nf\",g\r\n"},
	{"crlf after a quote", "\"a\"\r\n\"b\"\r"},
	{"cr after a quote", "\"a\"\rb\nc\n"},
	{"cr at the end", "a,b\r"},
	{"cr alone at the end", "a\n\r"},
	{"crs", "a\r\r\n\r\r\n\"\r\r\n\"\n"},
	{"lone cr", "a\rb,c\n"},
	{"empty lines", "\n\na,b\n\n\nc,d\n\n"},
	{"empty lines with cr", "\r\n\r\na\r\n\r\n"},
	{"empty fields", ",,\n,\"\",\n"},
	{"separator at the end", "a,"},
	{"quoted", "\"a\",\"b,c\",\"d\"\"e\"\n"},
	{"quoted line breaks", "a,\"line 1\nline 2\n\nline 4\",c\nd,e,f\n"},
	{"quoted field at the end", "a,b,\"x\ny\""},
	{"bare quote", "a,b\"c,d\ne,f,g\n"},
	{"bare quote in a skipped field", "a,b,c\"d\ne,f,g\n"},
	{"extraneous quote", "a,\"b\"c,d\ne,f,g\n"},
	{"extraneous quote in a skipped field", "a,b,\"c\"d\"\ne,f,g\n"},
	{"quote never closed", "a,b,\"c\nd\ne\n"},
	{"quote never closed on the last line", "a,b,\"c"},
	{"quote left open after a doubled quote", ",\"000\r\"\""},
	{"quote after a line break", "a,\"b\nc\"d,e\nf,g,h\n"},
	{"unicode", "Jürgen,\"Müller, PhD\",東京\n"},
	{"long line", "a,\"" + strings.Repeat("x", 100) + "\",b\n" + strings.Repeat("y,", 60) + "\n"},
	{"long quoted lines", "\"" + strings.Repeat("x\n", 50) + "\"," + strings.Repeat("z", 70) + "\n"},
	{"long quoted crlf lines", "\"" + strings.Repeat("xy\r\n", 50) + "\",z\r\n"},
}

func TestCSVReader(t *testing.T) {
	for _, tc := range csvCases {
		t.Run(tc.name, func(t *testing.T) {
			for _, skip := range [][]bool{nil, {false, false, true}, {true}} {
				for _, size := range []int{3, 4, 7, 16, 4096} {
					for _, sep := range []byte{',', ';', '\t'} {
						in := strings.ReplaceAll(tc.in, ",", string(sep))
						sameAsStdlib(t, []byte(in), sep, skip, size, 1<<20)
						sameAsStdlib(t, []byte(in), sep, skip, size, 12)
					}
				}
			}
		})
	}
}

// TestCSVReaderLongRecords checks that a record longer than keepMax is
// passed over, that reading goes on after it, and that one longer than
// skipMax stops reading.
func TestCSVReaderLongRecords(t *testing.T) {
	long := "a,\"" + strings.Repeat("x\n", 100) + "\",b\n"
	for _, tc := range []struct {
		name string
		in   string
		want []string // records or errors, one line each
	}{
		{"short", "a,b\nc,d\n", []string{"a|b", "c|d", "EOF"}},
		{"long, kept on", "a,b\n" + long + "c,d\n", []string{"a|b", "record on line 2; parse error on line 102, column 0: record too long", "c|d", "EOF"}},
		{"long at the end", "a,b\n" + strings.Repeat("c", 300), []string{"a|b", "parse error on line 2, column 0: record too long", "EOF"}},
		{"huge", "a,b\n\"" + strings.Repeat("c", 1000) + "\"\nd\n", []string{"a|b", "parse error on line 2, column 0: record far too long"}},
		{"long with a bad quote", "a,b\n" + strings.Repeat("c", 300) + "\"\nd\n", []string{"a|b", "parse error on line 2, column 301: bare \" in non-quoted-field", "d", "EOF"}},
		{"quote left open", "a,b\n\"" + strings.Repeat("c\n", 200), []string{"a|b", "record on line 2; parse error on line 201, column 3: extraneous or missing \" in quoted-field", "EOF"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newCSVReader(strings.NewReader(tc.in), ',')
			r.buf = make([]byte, 16)
			r.keepMax, r.skipMax = 100, 500
			var got []string
			for {
				rec, err := r.Read()
				if err != nil {
					got = append(got, err.Error())
					if err == io.EOF || errors.Is(err, errHugeRecord) {
						break
					}
					continue
				}
				got = append(got, strings.Join(rec, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestCSVReaderFailing checks that an error of the input stops reading
// with that error, not io.EOF or a record cut short.
func TestCSVReaderFailing(t *testing.T) {
	bad := errors.New("disk on fire")
	for _, in := range []string{"a,b\nc,d", "a,b\n\"c\nd", "a,b\n"} {
		r := newCSVReader(io.MultiReader(strings.NewReader(in), iotest.ErrReader(bad)), ',')
		var err error
		for err == nil {
			_, err = r.Read()
		}
		if !errors.Is(err, bad) {
			t.Errorf("%q: %v, want %v", in, err, bad)
		}
	}
}

func FuzzCSVReader(f *testing.F) {
	f.Add([]byte("a,b,c\nd,\"e\nf\",g\r\n"), uint8(0), uint8(0), uint8(0), uint8(0))
	f.Add([]byte(msgHeader+`g1,,"A, B",u1,"C,D, E","u2,u3",2024-12-16 18:24:37 UTC,,"x""y",SPAM,,No`), uint8(0), uint8(0x80), uint8(200), uint8(255))
	f.Add([]byte("a\t\"b\"\"\"\tc\n\n\"d\"x\te\n"), uint8(1), uint8(3), uint8(1), uint8(20))
	f.Add([]byte("a;\"b\r\nc\";d\r\n\r\n"), uint8(2), uint8(2), uint8(0), uint8(5))
	f.Add([]byte("a,\"b\nc"), uint8(0), uint8(2), uint8(0), uint8(0))
	for _, tc := range csvCases {
		f.Add([]byte(tc.in), uint8(0), uint8(4), uint8(0), uint8(40))
	}
	f.Fuzz(func(t *testing.T, data []byte, sep, mask, bufSize, keepMax uint8) {
		var skip []bool
		for i := range 8 {
			skip = append(skip, mask&(1<<i) != 0)
		}
		max := int64(1 << 20)
		if keepMax > 0 {
			max = int64(keepMax)
		}
		sameAsStdlib(t, data, ",;\t"[sep%3], skip, 3+int(bufSize), max)
		size := 1 + int(bufSize%64)
		sameChunked(t, data, ",;\t"[sep%3], skip, max, size, size*(1+int(mask%4)))
	})
}

// TestLongMessageRow checks that a well-formed row of messages.csv over
// the row limit is skipped with a warning naming its line, and that the
// rows after it are read, through the reader that runs in a goroutine of
// its own (rows).
func TestLongMessageRow(t *testing.T) {
	row := func(text string) string {
		return "c1,,Me Myself,https://www.linkedin.com/in/me,Ann Lee,https://www.linkedin.com/in/ann,2024-12-16 18:24:37 UTC,,\"" + text + "\",INBOX,,No\n"
	}
	in := msgHeader + row("hi") + row(strings.Repeat("x\n", 600<<10)) + row("again")
	_, _, got, warns, err := ReadMessages(strings.NewReader(in), "m.csv", "Me Myself")
	if err != nil {
		t.Fatal(err)
	}
	want := "m.csv:3: a row longer than 1 MiB, longer than any LinkedIn writes; row skipped"
	if got.Rows != 2 || got.Skipped != 1 || len(warns) == 0 || warns[0].String() != want {
		t.Errorf("%+v, %v; want 2 rows, 1 skipped, %q", got, warns, want)
	}
}

// TestLongQuoteLeftOpen checks that a quote left open that swallows more
// than 1 MiB to the end of the file, on few lines, is an error.
func TestLongQuoteLeftOpen(t *testing.T) {
	in := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Ann,Lee,,,Acme,\"CEO" + strings.Repeat("x", 2<<20) + "\n"
	_, _, _, err := ReadConnections(strings.NewReader(in), "c.csv")
	if err == nil || !strings.HasPrefix(err.Error(), "c.csv:2: a quote opened in this row is never closed") {
		t.Errorf("err = %v", err)
	}
}

// sameChunked reads data with a csvReader in one pass and in chunks of
// size bytes that grow to most (see readChunks), and fails unless they
// give the same records, errors and lines.
func sameChunked(t *testing.T, data []byte, sep byte, skip []bool, keepMax int64, size, most int) {
	t.Helper()
	records := func(next func(b *batch) bool) []string {
		var got []string
		b := new(batch)
		for next(b) {
			for _, r := range b.recs {
				if r.err == io.EOF {
					r.start = 0 // a record that is not there starts nowhere
				}
				got = append(got, fmt.Sprintf("%d-%v %q %v", r.start, r.long, r.fields, r.err))
			}
		}
		return got
	}
	reader := func() *csvReader {
		r := newCSVReader(iotest.HalfReader(bytes.NewReader(data)), sep)
		r.skip, r.keepMax, r.skipMax = skip, keepMax, 16*keepMax
		return r
	}
	one := reader()
	want := records(func(b *batch) bool {
		if len(b.recs) > 0 && isFatal(b.recs[len(b.recs)-1].err) {
			return false
		}
		b.fillFrom(one)
		return true
	})
	c := readChunks(reader(), size, most)
	defer c.stop()
	got := records(func(b *batch) bool {
		next, ok := <-c.full
		if ok {
			*b = *next
		}
		return ok
	})
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("in chunks of %d to %d bytes:\n%s\nin one pass:\n%s", size, most, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestChunked checks that reading in chunks on several cores gives what
// reading in one pass does, where quotes tell where records end and
// where a bad quote makes them lie.
func TestChunked(t *testing.T) {
	cases := append(csvCases[:len(csvCases):len(csvCases)], []struct{ name, in string }{
		{"many rows", strings.Repeat("a,\"b\nc\",d\n", 50)},
		{"a stray quote then line breaks", "a,\"b\"x,c\n" + strings.Repeat("d,\"e\nf\",g\n", 20)},
		{"a bare quote then line breaks", "a,b\"c,d\n" + strings.Repeat("\"e\n\nf\",g\n", 20)},
		{"a quote left open", "a,b\n" + strings.Repeat("c,d\n", 10) + "\"e\n" + strings.Repeat("f,g\n", 30)},
		{"a long record", "a,b\n\"" + strings.Repeat("x\n", 100) + "\",c\nd,e\n"},
	}...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, size := range []int{1, 2, 5, 16, 64} {
				for _, most := range []int{size, 4 * size, 1 << 20} {
					sameChunked(t, []byte(tc.in), ',', nil, 1<<20, size, most)
					sameChunked(t, []byte(tc.in), ',', []bool{false, true}, 40, size, most)
				}
			}
		})
	}
}
