package export

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/refrank/refrank/analyze"
)

// zipRaw builds a zip archive with one deflated entry whose header claims
// size bytes uncompressed, whatever data expands to: headers can lie.
func zipRaw(t testing.TB, name string, data []byte, size uint64) []byte {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(data)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bomb returns a zip archive holding Connections.csv: a header, then n
// bytes of one repeated row, which deflate shrinks about a thousand times.
func bomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("Connections.csv")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, header)
	row := []byte(strings.Repeat("Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n", 1000))
	for written := 0; written < n; written += len(row) {
		w.Write(row)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readZip reads the archive b with Read, returning the error, how long it
// took and how many bytes it allocated.
func readZip(t *testing.T, b []byte) (err error, took time.Duration, alloc uint64) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err = Read(zr, "x.zip")
	took = time.Since(start)
	runtime.ReadMemStats(&after)
	return err, took, after.TotalAlloc - before.TotalAlloc
}

// TestZipBombs checks that archives built to exhaust memory or time fail
// fast, with ErrTooLarge or a zip format error, allocating little.
func TestZipBombs(t *testing.T) {
	cur := fixture(t, "current")
	tests := []struct {
		name    string
		zip     func(t *testing.T) []byte
		set     func() // lowers a limit, undone after the case
		errText string
		tooBig  bool // the error wraps ErrTooLarge
		// maxAlloc is the most bytes reading may allocate, 4 MiB when 0.
		maxAlloc uint64
	}{
		{
			name:    "header claims 5 GiB",
			zip:     func(t *testing.T) []byte { return zipRaw(t, "Connections.csv", []byte(header), 5<<30) },
			errText: "x.zip:Connections.csv: 5 GiB uncompressed, more than a Connections.csv can be (64 MiB); not a LinkedIn export?",
			tooBig:  true,
		},
		{
			name:    "Positions.csv over its limit",
			zip:     func(t *testing.T) []byte { return zipOf(t, []string{"Connections.csv", "Positions.csv"}, cur) },
			set:     func() { maxOtherBytes = 100 },
			errText: "x.zip:Positions.csv: " + analyze.ByteSize(int64(len(cur["Positions.csv"]))) + " uncompressed, more than a Positions.csv can be (100 bytes); not a LinkedIn export?",
			tooBig:  true,
		},
		{
			name: "header lies: 100 bytes that inflate to 32 MiB",
			zip: func(t *testing.T) []byte {
				return zipRaw(t, "Connections.csv", bytes.Repeat([]byte("a,"), 16<<20), 100)
			},
			errText: "x.zip:Connections.csv: zip: not a valid zip file",
		},
		{
			name:    "compressed a thousand times",
			zip:     func(t *testing.T) []byte { return bomb(t, 20<<20) },
			errText: "x.zip:Connections.csv: compressed more than 200 times (20.0 MiB in 59.8 KiB); a zip bomb, not a LinkedIn export",
			tooBig:  true,
		},
		{
			name: "bytes counted as read",
			zip: func(t *testing.T) []byte {
				rows := strings.Repeat("Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n", 50_000)
				return zipRaw(t, "Connections.csv", []byte(header+rows), 1<<30)
			},
			set:      func() { maxConnectionsBytes = 1 << 30; maxTotalBytes = 1 << 20; ratioFloor = 2 << 30 },
			errText:  "x.zip:Connections.csv: the export holds more than 1 MiB uncompressed in all; not reading further",
			tooBig:   true,
			maxAlloc: 32 << 20, // the contacts of the first MiB

		},
		{
			name: "too many entries",
			zip: func(t *testing.T) []byte {
				return zipOf(t, []string{"Connections.csv", "Positions.csv", "Education.csv"}, cur)
			},
			set:     func() { maxEntries = 2 },
			errText: "x.zip: more than 2 entries in the archive; not a LinkedIn export? (too large)",
			tooBig:  true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func(e int, c, m, o, tot, r int64) {
				maxEntries, maxConnectionsBytes, maxMessagesBytes, maxOtherBytes, maxTotalBytes, ratioFloor = e, c, m, o, tot, r
			}(maxEntries, maxConnectionsBytes, maxMessagesBytes, maxOtherBytes, maxTotalBytes, ratioFloor)
			b := tt.zip(t)
			if tt.set != nil {
				tt.set()
			}
			err, took, alloc := readZip(t, b)
			if err == nil || err.Error() != tt.errText || errors.Is(err, ErrTooLarge) != tt.tooBig {
				t.Fatalf("err = %v, want %q (ErrTooLarge: %v)", err, tt.errText, tt.tooBig)
			}
			if tt.maxAlloc == 0 {
				tt.maxAlloc = 4 << 20
			}
			// The allocations are the measure; the time, with room for a
			// machine shared by many tests, only catches a hang.
			if took > 10*time.Second || alloc > tt.maxAlloc {
				t.Errorf("took %v and %d bytes to fail", took, alloc)
			}
		})
	}
}

// TestNestedZipIgnored checks that an archive inside the export, a bomb
// or not, is never opened.
func TestNestedZipIgnored(t *testing.T) {
	cur := fixture(t, "current")
	files := map[string][]byte{"Connections.csv": cur["Connections.csv"], "inner.zip": bomb(t, 20<<20), "Connections.zip": bomb(t, 1<<20)}
	err, _, alloc := readZip(t, zipOf(t, []string{"inner.zip", "Connections.zip", "Connections.csv"}, files))
	if err != nil || alloc > 4<<20 {
		t.Errorf("err = %v, %d bytes allocated", err, alloc)
	}
}

// TestInsecureNames checks entries named "../Connections.csv" or
// "/Connections.csv": io/fs cleans the names, nothing is extracted, and
// the file is read as what its cleaned name says.
func TestInsecureNames(t *testing.T) {
	cur := fixture(t, "current")
	for _, name := range []string{"../Connections.csv", "/Connections.csv", "a/../../Connections.csv"} {
		t.Run(name, func(t *testing.T) {
			b := zipOf(t, []string{name}, map[string][]byte{name: cur["Connections.csv"]})
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
				t.Fatal(err)
			}
			x, err := Read(zr, "x.zip")
			if err != nil || len(x.Contacts) != 29 {
				t.Fatalf("err = %v, %d contacts", err, len(x.Contacts))
			}
		})
	}
}

// TestTotalLimit checks that the bytes of all files add up against
// maxTotalBytes, counted as they are read.
func TestTotalLimit(t *testing.T) {
	defer func(n int64) { maxTotalBytes = n }(maxTotalBytes)
	cur := fixture(t, "current")
	fsys := fstest.MapFS{}
	for name, b := range cur {
		fsys[name] = &fstest.MapFile{Data: b}
	}
	maxTotalBytes = int64(len(cur["Connections.csv"]) + len(cur["Positions.csv"]))
	_, err := Read(fsys, "")
	want := "Education.csv: the export holds more than " + analyze.ByteSize(maxTotalBytes) + " uncompressed in all; not reading further"
	if !errors.Is(err, ErrTooLarge) || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// TestLimitedReader checks the count of bytes read without any header to
// trust: an endless stream stops after the limit.
func TestLimitedReader(t *testing.T) {
	n, err := io.Copy(io.Discard, &limitedReader{r: endless{}, n: 1 << 20, max: 1 << 20, total: &budget{left: 1 << 30}, label: "x"})
	if !errors.Is(err, ErrTooLarge) || n > 1<<20 || err.Error() != "more than 1 MiB uncompressed; not reading further" {
		t.Errorf("read %d, err = %v", n, err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestHugeInput feeds ReadConnections inputs with big fields and rows,
// endless ones too, and checks their outcome and that memory stays
// bounded.
func TestHugeInput(t *testing.T) {
	row := "Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n"
	tests := []struct {
		name     string
		in       func() io.Reader
		contacts int
		warns    []string
		errText  string
		maxAlloc uint64
	}{
		{
			name: "a 10 MB field",
			in: func() io.Reader {
				return strings.NewReader(header + "Ann,Lee,,,Acme,\"" + strings.Repeat("x", 10<<20) + "\",1 Jan 2020\n" + row)
			},
			contacts: 1,
			warns:    []string{"c.csv:2: a row longer than 1 MiB, longer than any LinkedIn writes; row skipped"},
			maxAlloc: 16 << 20,
		},
		{
			name: "a long field under the record limit is kept",
			in: func() io.Reader {
				return strings.NewReader(header + "Ann,Lee,,,Acme,\"" + strings.Repeat("x", 500<<10) + "\",1 Jan 2020\n" + row)
			},
			contacts: 2,
			maxAlloc: 16 << 20,
		},
		{
			name: "an endless field stops at the limit for a row skipped",
			in: func() io.Reader {
				return io.MultiReader(strings.NewReader(header+row+"Ann,Lee,,,Acme,\""), endless{})
			},
			errText:  "c.csv:3: " + hugeRow,
			maxAlloc: 16 << 20,
		},
		{
			name:     "an endless line of commas too",
			in:       func() io.Reader { return io.MultiReader(strings.NewReader(header+row), commas{}) },
			errText:  "c.csv:3: " + hugeRow,
			maxAlloc: 256 << 20,
		},
		{
			name: "a quote left open swallows the rest",
			in: func() io.Reader {
				return strings.NewReader(header + row + "Ann,\"Lee,,,Acme,CEO,1 Jan 2020\n" + strings.Repeat(row, 300))
			},
			errText:  `c.csv:3: a quote opened in this row is never closed: the 300 lines below it were read as one field; close or remove the quote`,
			maxAlloc: 1 << 20,
		},
		{
			name: "a last row cut short in a quote is skipped",
			in: func() io.Reader {
				return strings.NewReader(header + strings.Repeat(row, 3) + "Ann,Lee,,,Acme,\"Chief\nExec")
			},
			contacts: 1,
			warns:    []string{"c.csv:5: bad quoting (extraneous or missing \" in quoted-field, line 6 column 5); row skipped", "c.csv: 2 rows repeated a contact of an earlier row (same profile URL, or same name, company and connection day); the first kept"},
			maxAlloc: 1 << 20,
		},
		{
			name: "NUL bytes are dropped from fields; a NUL tail is a bad row",
			in: func() io.Reader {
				return strings.NewReader(header + "M\x00aya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n" + strings.Repeat("\x00", 500))
			},
			contacts: 1,
			warns:    []string{"c.csv:3: 1 fields, want 7 as in the header; row skipped"},
			maxAlloc: 1 << 20,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			cs, _, warns, err := ReadConnections(in, "c.csv")
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("allocated %d bytes", alloc)
			if alloc > tt.maxAlloc {
				t.Errorf("allocated %d bytes, want at most %d", alloc, tt.maxAlloc)
			}
			if tt.errText != "" {
				if err == nil || err.Error() != tt.errText {
					t.Fatalf("err = %v, want %q", err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range warns {
				got = append(got, w.String())
			}
			if len(cs) != tt.contacts || !equalSlices(got, tt.warns) {
				t.Errorf("%d contacts, warnings %q; want %d, %q", len(cs), got, tt.contacts, tt.warns)
			}
			for _, c := range cs {
				if strings.ContainsRune(c.FirstName, 0) {
					t.Errorf("NUL kept in %q", c.FirstName)
				}
			}
		})
	}
}

const hugeRow = "a row longer than 16 MiB starts here; a quote left open, or not a CSV file?"

type commas struct{}

func (commas) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ','
	}
	return len(p), nil
}

// TestDuplicateRows checks a Connections.csv of 30,000 copies of a row:
// the first is kept, the rest counted in one warning.
func TestDuplicateRows(t *testing.T) {
	in := header + strings.Repeat("Maya,Okafor,https://www.linkedin.com/in/maya,,Contoso,Recruiter,04 Dec 2025\n", 30_000) +
		"Maya,Okafor,,,Contoso,Recruiter,04 Dec 2025\n" // no URL: another key
	cs, in2, warns, err := ReadConnections(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || in2.Rows != 2 || in2.Skipped != 29_999 || len(warns) != 1 ||
		warns[0].String() != "c.csv: 29999 rows repeated a contact of an earlier row (same profile URL, or same name, company and connection day); the first kept" {
		t.Errorf("%d contacts, %+v, %v", len(cs), in2, warns)
	}
	if cs[0].Source != "c.csv:2" {
		t.Errorf("kept %s, want the first", cs[0].Source)
	}
}
