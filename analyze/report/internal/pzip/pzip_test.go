package pzip

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// file is one file to write: its bytes come from writes of step bytes
// (all at once for 0), and from gen pieces after every write when gen is
// set.
type file struct {
	name string
	data []byte
	gen  []byte // the bytes of each generated piece
}

// write writes files as an archive, the writes cut in step bytes.
func write(t *testing.T, files []file, step int) []byte {
	t.Helper()
	var out bytes.Buffer
	z := NewWriter(&out)
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		for data := f.data; len(data) > 0; {
			n := len(data)
			if step > 0 {
				n = min(step, n)
			}
			w.Write(data[:n])
			data = data[n:]
			if f.gen != nil {
				w.Go(func(b []byte) ([]byte, error) { return append(b, f.gen...), nil })
			}
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// want returns the bytes the archive should hold for f written in step
// bytes.
func (f file) want(step int) []byte {
	if f.gen == nil {
		return f.data
	}
	var b []byte
	for data := f.data; len(data) > 0; {
		n := len(data)
		if step > 0 {
			n = min(step, n)
		}
		b = append(append(b, data[:n]...), f.gen...)
		data = data[n:]
	}
	return b
}

// read returns the names and contents of the archive, in order; the zip
// reader checks each CRC and size.
func read(t *testing.T, archive []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	got := make(map[string][]byte)
	for _, zf := range zr.File {
		names = append(names, zf.Name)
		//lint:ignore SA1019 the MS-DOS fields are what old unzip tools read
		if zf.ModifiedDate != 1<<5|1 || zf.ModifiedTime != 0 || !zf.Modified.Equal(Modified) { //nolint:staticcheck
			t.Errorf("%s: modified %v (DOS date %#x time %#x), want 1980-01-01 00:00", zf.Name, zf.Modified, zf.ModifiedDate, zf.ModifiedTime)
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", zf.Name, err)
		}
		got[zf.Name] = data
	}
	return names, got
}

func TestWriter(t *testing.T) {
	row := []byte(`<row r="1"><c r="A1" t="inlineStr"><is><t>Ana</t></is></c></row>`)
	big := bytes.Repeat(row, 3*PieceSize/len(row))
	tests := []struct {
		name  string
		files []file
		steps []int // the cuts that must give the same bytes
	}{
		{"empty archive", nil, []int{0}},
		{"files sorted by name", []file{
			{name: "b.xml", data: []byte("<b/>")},
			{name: "empty.xml"},
			{name: "a.xml", data: []byte("<a/>")},
		}, []int{0, 1}},
		{"a file over three pieces", []file{
			{name: "sheet.xml", data: big},
			{name: "a.xml", data: []byte("<a/>")},
		}, []int{0, 7, 32 << 10, PieceSize, 3 << 20}},
		{"generated pieces between writes", []file{
			{name: "sheet.xml", data: big[:PieceSize+100], gen: bytes.Repeat([]byte("<row/>"), 50000)},
		}, []int{PieceSize / 3}},
		{"an empty generated piece", []file{
			{name: "x.xml", data: []byte("<x>"), gen: []byte{}},
		}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, step := range tt.steps {
				archive := write(t, tt.files, step)
				names, got := read(t, archive)
				var want []string
				for _, f := range tt.files {
					want = append(want, f.name)
					if !bytes.Equal(got[f.name], f.want(step)) {
						t.Errorf("step %d: %s: read %d bytes, want %d", step, f.name, len(got[f.name]), len(f.want(step)))
					}
				}
				slices.Sort(want)
				if !slices.Equal(names, want) {
					t.Errorf("step %d: files %q, want %q", step, names, want)
				}
				if tt.files != nil && tt.files[0].gen == nil && !bytes.Equal(archive, write(t, tt.files, tt.steps[0])) {
					t.Errorf("writes of %d bytes gave another archive than writes of %d", step, tt.steps[0])
				}
			}
		})
	}
}

// TestWriterCPUs checks that the bytes do not depend on how many pieces
// are deflated at once.
func TestWriterCPUs(t *testing.T) {
	files := []file{{name: "s.xml", data: bytes.Repeat([]byte("<row>refrank</row>"), PieceSize/4), gen: []byte("<gen/>")}}
	withProcs := func(n int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(n))
		return write(t, files, PieceSize/2)
	}
	if !bytes.Equal(withProcs(1), withProcs(4)) {
		t.Error("the archive differs between GOMAXPROCS 1 and 4")
	}
}

// TestDetached makes a file's middle in a detached file, before the file
// is created, and checks that Go never waits for a worker: the first gen
// runs only once every Go has returned.
func TestDetached(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var out bytes.Buffer
	z := NewWriter(&out)
	d := z.Detached()
	d.Write([]byte("<rows>"))
	started := make(chan struct{})
	for i := range 20 {
		d.Go(func(b []byte) ([]byte, error) {
			<-started
			return append(b, fmt.Sprintf("<row r=%q/>", rune('a'+i))...), nil
		})
	}
	close(started)
	d.Write([]byte("</rows>"))
	f, err := z.Create("sheet.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("<sheet>"))
	f.Attach(d)
	f.Write([]byte("</sheet>"))
	f.Attach(d) // empty now: adds nothing
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	_, got := read(t, out.Bytes())
	want := "<sheet><rows>"
	for i := range 20 {
		want += fmt.Sprintf("<row r=%q/>", rune('a'+i))
	}
	want += "</rows></sheet>"
	if string(got["sheet.xml"]) != want {
		t.Errorf("sheet.xml:\n%s\nwant\n%s", got["sheet.xml"], want)
	}
	if len(got) != 1 {
		t.Errorf("%d files, want 1: a detached file is not in the archive", len(got))
	}
}

func TestWriterErrors(t *testing.T) {
	z := NewWriter(io.Discard)
	if _, err := z.Create("a"); err != nil {
		t.Fatal(err)
	}
	if _, err := z.Create("a"); err == nil || !strings.Contains(err.Error(), "duplicate file a") {
		t.Errorf("second a: %v, want a duplicate", err)
	}
	f, _ := z.Create("b")
	bad := errors.New("no rows")
	f.Go(func(b []byte) ([]byte, error) { return b, bad })
	f.Write([]byte("after"))
	if err := z.Close(); !errors.Is(err, bad) || !strings.Contains(err.Error(), "pzip: b: ") {
		t.Errorf("Close: %v, want the piece's error, naming b", err)
	}
	if err := z.Close(); err == nil {
		t.Error("a second Close gave no error")
	}
	if _, err := z.Create("c"); err == nil {
		t.Error("Create after Close gave no error")
	}
}

func TestJoinCRC(t *testing.T) {
	long := bytes.Repeat([]byte("0123456789abcdef"), 10000)
	tests := []struct {
		name string
		a, b []byte
	}{
		{"both empty", nil, nil},
		{"empty first", nil, []byte("refrank")},
		{"empty second", []byte("refrank"), nil},
		{"short", []byte("Ana "), []byte("García")},
		{"second long", []byte("x"), long},
		{"both long", long, long[:77777]},
		{"second of one byte", long, []byte{0}},
		{"second of zeros", []byte("refrank"), make([]byte, 1<<20+3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := crc32.ChecksumIEEE(append(slices.Clone(tt.a), tt.b...))
			got := joinCRC(crc32.ChecksumIEEE(tt.a), crc32.ChecksumIEEE(tt.b), int64(len(tt.b)))
			if got != want {
				t.Errorf("joinCRC = %#x, want %#x", got, want)
			}
		})
	}
}
