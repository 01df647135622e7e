package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"testing"
)

// sameAsStdlib reads data with encoding/csv and with a csvReader (on a
// bufio.Reader of bufSize bytes, skipping the fields skip marks) and
// fails unless they agree record for record: fields (a skipped one reads
// as ""), errors, FieldPos and InputOffset.
func sameAsStdlib(t *testing.T, data []byte, comma byte, skip []bool, bufSize int) {
	t.Helper()
	std := csv.NewReader(bytes.NewReader(data))
	std.Comma = rune(comma)
	std.FieldsPerRecord = -1
	std.ReuseRecord = true
	r := newCSVReader(bufio.NewReaderSize(bytes.NewReader(data), bufSize), comma)
	r.skip = skip
	for n := 1; ; n++ {
		want, werr := std.Read()
		got, gerr := r.Read()
		if fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("record %d: error %v, want %v", n, gerr, werr)
		}
		if len(got) != len(want) {
			t.Fatalf("record %d: %q, want %q", n, got, want)
		}
		for i := range want {
			w := want[i]
			if i < len(skip) && skip[i] {
				w = ""
			}
			if got[i] != w {
				t.Fatalf("record %d field %d: %q, want %q", n, i, got[i], w)
			}
			gl, gc := r.FieldPos(i)
			if wl, wc := std.FieldPos(i); gl != wl || gc != wc {
				t.Fatalf("record %d field %d: at %d:%d, want %d:%d", n, i, gl, gc, wl, wc)
			}
		}
		if g, w := r.InputOffset(), std.InputOffset(); g != w {
			t.Fatalf("record %d: offset %d, want %d", n, g, w)
		}
		if werr == io.EOF {
			return
		}
	}
}

func TestCSVReader(t *testing.T) {
	skipNone, skip2 := []bool(nil), []bool{false, false, true}
	for _, tc := range []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"one field", "a"},
		{"rows", "a,b,c\nd,e,f\n"},
		{"no final newline", "a,b,c\nd,e,f"},
		{"crlf", "a,b,c\r\nd,\"e\r\nf\",g\r\n"},
		{"cr at the end", "a,b\r"},
		{"lone cr", "a\rb,c\n"},
		{"empty lines", "\n\na,b\n\n\nc,d\n\n"},
		{"empty fields", ",,\n,\"\",\n"},
		{"quoted", "\"a\",\"b,c\",\"d\"\"e\"\n"},
		{"quoted line breaks", "a,\"line 1\nline 2\n\nline 4\",c\nd,e,f\n"},
		{"quoted field at the end", "a,b,\"x\ny\""},
		{"bare quote", "a,b\"c,d\ne,f,g\n"},
		{"bare quote in a skipped field", "a,b,c\"d\ne,f,g\n"},
		{"extraneous quote", "a,\"b\"c,d\ne,f,g\n"},
		{"extraneous quote in a skipped field", "a,b,\"c\"d\"\ne,f,g\n"},
		{"quote never closed", "a,b,\"c\nd\ne\n"},
		{"quote never closed on the last line", "a,b,\"c"},
		{"quote after a line break", "a,\"b\nc\"d,e\nf,g,h\n"},
		{"unicode", "Jürgen,\"Müller, PhD\",東京\n"},
		{"long line", "a,\"" + strings.Repeat("x", 100) + "\",b\n" + strings.Repeat("y,", 60) + "\n"},
		{"long quoted lines", "\"" + strings.Repeat("x\n", 50) + "\"," + strings.Repeat("z", 70) + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, skip := range [][]bool{skipNone, skip2} {
				sameAsStdlib(t, []byte(tc.in), ',', skip, 16)
				sameAsStdlib(t, []byte(tc.in), ',', skip, 4096)
				sameAsStdlib(t, []byte(strings.ReplaceAll(tc.in, ",", "\t")), '\t', skip, 16)
			}
		})
	}
}

func FuzzCSVReader(f *testing.F) {
	f.Add([]byte("a,b,c\nd,\"e\nf\",g\r\n"), false, uint8(0), uint8(0))
	f.Add([]byte(msgHeader+`g1,,"A, B",u1,"C,D, E","u2,u3",2024-12-16 18:24:37 UTC,,"x""y",SPAM,,No`), false, uint8(0x80), uint8(200))
	f.Add([]byte("a\t\"b\"\"\"\tc\n\n\"d\"x\te\n"), true, uint8(3), uint8(1))
	f.Add([]byte("a,\"b\nc"), false, uint8(2), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, tab bool, mask, bufSize uint8) {
		comma := byte(',')
		if tab {
			comma = '\t'
		}
		var skip []bool
		for i := range 8 {
			skip = append(skip, mask&(1<<i) != 0)
		}
		sameAsStdlib(t, data, comma, skip, 16+int(bufSize))
	})
}
