package pzip

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"runtime"
	"slices"
	"time"

	"github.com/klauspost/compress/flate"
)

// PieceSize is the size of the pieces the bytes of [File.Write] are
// deflated in.
const PieceSize = 1 << 20

// Modified is the modification time of every file: the first day zip's
// MS-DOS dates can hold, as reproducible builds use.
var Modified = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// dosDate is Modified as an MS-DOS date: day 1, month 1, year 1980+0.
const dosDate = 1<<5 | 1

// Writer writes a zip archive to an io.Writer. Its methods are for one
// goroutine; the workers it starts touch only their own pieces.
type Writer struct {
	w      io.Writer
	files  map[string]*File
	slots  chan struct{} // one per piece being made or deflated
	closed bool
	// buffers are free piece buffers and flaters free compressors, about
	// 1 MB each. They are kept while the Writer lives: a sync.Pool drops
	// its values at every collection, which writing a workbook that holds
	// tens of megabytes makes several times, and then each piece made
	// its buffer anew (39 of the 54 MB a 30k workbook allocated).
	buffers spares[*[]byte]
	flaters spares[*flater]
}

// spares holds up to its capacity of free values, for reuse.
type spares[T any] chan T

// get returns a free value, or false when there is none.
func (s spares[T]) get() (T, bool) {
	select {
	case v := <-s:
		return v, true
	default:
		var none T
		return none, false
	}
}

// put keeps v for reuse, unless enough are kept already.
func (s spares[T]) put(v T) {
	select {
	case s <- v:
	default:
	}
}

// NewWriter returns a Writer that writes the archive to w at Close.
func NewWriter(w io.Writer) *Writer {
	n := runtime.GOMAXPROCS(0)
	return &Writer{
		w:       w,
		files:   make(map[string]*File),
		slots:   make(chan struct{}, n),
		buffers: make(spares[*[]byte], 2*n), // those being deflated and written
		flaters: make(spares[*flater], n),
	}
}

// File is one file of the archive being written.
type File struct {
	z      *Writer
	raw    *[]byte // bytes written and not yet handed to a piece
	pieces []*piece
}

// piece is some bytes of a file, deflated, with their CRC-32 and length.
type piece struct {
	data []byte
	crc  uint32
	n    int64
	done chan struct{}
	err  error
}

// Create adds the file name; its bytes are what Write and Go give it, in
// order. A name may be used once.
func (z *Writer) Create(name string) (*File, error) {
	if z.closed {
		return nil, errors.New("pzip: create after close")
	}
	if _, dup := z.files[name]; dup {
		return nil, fmt.Errorf("pzip: duplicate file %s", name)
	}
	f := &File{z: z}
	z.files[name] = f
	return f, nil
}

// Write appends b to the file. Each PieceSize bytes are deflated on a
// worker as soon as they are written.
func (f *File) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		switch {
		case f.raw == nil && len(b) < PieceSize:
			// Most files are small, and each holds its bytes until
			// Close: a piece buffer each would hold a megabyte.
			f.raw = new([]byte)
		case f.raw == nil:
			f.raw = f.z.getBuffer()
		}
		k := min(len(b), PieceSize-len(*f.raw))
		*f.raw = append(*f.raw, b[:k]...)
		b = b[k:]
		if len(*f.raw) == PieceSize {
			f.seal()
		}
	}
	return n, nil
}

// Go appends the bytes that gen returns, made on a worker: gen appends
// them to an empty buffer it is given and returns it, or an error, which
// Close returns. The bytes written before come first, those written after
// come after, whenever gen runs. Go does not wait: gen runs once a worker
// is free, after the gens given before it.
func (f *File) Go(gen func(buf []byte) ([]byte, error)) {
	f.seal()
	f.start(nil, gen)
}

// Detached returns a file that is not in the archive: its bytes are
// written and deflated as a file's are, while the caller does other work,
// and [File.Attach] puts them into a file of the archive.
func (z *Writer) Detached() *File { return &File{z: z} }

// Attach appends the bytes of d, a detached file, to f: after the bytes
// written to f before, before those written after. d is left empty.
func (f *File) Attach(d *File) {
	f.seal()
	d.seal()
	f.pieces = append(f.pieces, d.pieces...)
	d.pieces = nil
}

// seal hands the bytes written so far to a worker.
func (f *File) seal() {
	if f.raw != nil && len(*f.raw) > 0 {
		f.start(f.raw, nil)
	}
	f.raw = nil
}

// start deflates raw, or the bytes gen makes, on a worker, once one is
// free. The caller waits for it with raw, bytes it holds already, so that
// no more are written meanwhile; a gen waits on its goroutine, holding
// nothing.
func (f *File) start(raw *[]byte, gen func([]byte) ([]byte, error)) {
	p := &piece{done: make(chan struct{})}
	f.pieces = append(f.pieces, p)
	if raw != nil {
		f.z.slots <- struct{}{}
	}
	go func() {
		if raw == nil {
			f.z.slots <- struct{}{}
		}
		defer func() { <-f.z.slots; close(p.done) }()
		if raw == nil {
			raw = f.z.getBuffer()
			*raw, p.err = gen((*raw)[:0])
		}
		if p.err == nil {
			p.crc, p.n = crc32.ChecksumIEEE(*raw), int64(len(*raw))
			p.data, p.err = f.z.deflate(*raw)
		}
		f.z.putBuffer(raw)
	}()
}

// getBuffer returns an empty piece buffer.
func (z *Writer) getBuffer() *[]byte {
	b, ok := z.buffers.get()
	if !ok {
		b = new([]byte)
		*b = make([]byte, 0, PieceSize)
	}
	*b = (*b)[:0]
	return b
}

// putBuffer keeps b for another piece, unless it is a small file's, or
// make grew it far past a piece's size.
func (z *Writer) putBuffer(b *[]byte) {
	if PieceSize <= cap(*b) && cap(*b) <= 4*PieceSize {
		z.buffers.put(b)
	}
}

// flater is a compressor and the buffer it deflates a piece into.
type flater struct {
	fw  *flate.Writer
	out bytes.Buffer
}

// deflate returns raw deflated and flushed to a byte boundary, in a slice
// of its own: the compressor and its buffer are kept for the next piece.
func (z *Writer) deflate(raw []byte) ([]byte, error) {
	f, ok := z.flaters.get()
	if ok {
		f.out.Reset()
		f.fw.Reset(&f.out)
	} else {
		f = new(flater)
		f.fw, _ = flate.NewWriter(&f.out, flate.BestSpeed) // BestSpeed is a valid level
	}
	_, err := f.fw.Write(raw)
	if err == nil {
		err = f.fw.Flush()
	}
	data := bytes.Clone(f.out.Bytes())
	z.flaters.put(f)
	return data, err
}

// finalBlock ends a deflate stream: an empty last block of fixed codes.
var finalBlock = []byte{0x03, 0x00}

// Close waits for every piece and writes the archive: the files in the
// order of their names, then the central directory.
func (z *Writer) Close() error {
	if z.closed {
		return errors.New("pzip: closed twice")
	}
	z.closed = true
	for _, f := range z.files {
		f.seal()
	}
	zw := zip.NewWriter(z.w)
	var first error
	for _, name := range slices.Sorted(maps.Keys(z.files)) {
		f := z.files[name]
		var crc uint32
		var n int64
		size := uint64(len(finalBlock))
		for _, p := range f.pieces {
			<-p.done
			if p.err != nil && first == nil {
				first = fmt.Errorf("pzip: %s: %w", name, p.err)
			}
			crc = joinCRC(crc, p.crc, p.n)
			n += p.n
			size += uint64(len(p.data))
		}
		if first != nil {
			continue // wait for every worker before returning
		}
		// CreateRaw takes the MS-DOS fields as they are (it would leave
		// Modified out), which are what every unzip tool reads.
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               name,
			Method:             zip.Deflate,
			ModifiedDate:       dosDate, //nolint:staticcheck // see above
			ModifiedTime:       0,       //nolint:staticcheck // midnight
			CRC32:              crc,
			CompressedSize64:   size,
			UncompressedSize64: uint64(n),
		})
		if err != nil {
			first = err
			continue
		}
		for _, p := range f.pieces {
			if _, err := w.Write(p.data); err != nil && first == nil {
				first = err
			}
			p.data = nil
		}
		if _, err := w.Write(finalBlock); err != nil && first == nil {
			first = err
		}
	}
	if first != nil {
		return first
	}
	return zw.Close()
}

// joinCRC returns the CRC-32 (IEEE) of a followed by b, given the CRC of
// a, the CRC of b and the length of b.
//
// The CRC register is linear over GF(2) in its start value: running
// bytes b from register s gives shift(s) XOR run(0, b), where shift moves
// s past len(b) zero bytes. With crc32's start and final inversions, that
// makes crc(a+b) = shift(crc(a)) XOR crc(b). Moving the register past one
// zero bit multiplies it, as a polynomial, by x modulo the CRC's
// polynomial; so shift multiplies it by x^(8 len(b)), which takes a few
// dozen multiplications (see [xPower]) whatever the length.
func joinCRC(crcA, crcB uint32, lenB int64) uint32 {
	return mulMod(crcA, xPower(8*lenB)) ^ crcB
}

// The register's polynomials are in crc32's reflected order: bit 31 is
// the coefficient of x^0, bit 0 that of x^31. reversedIEEE is the CRC's
// polynomial, its x^32 left out.
const (
	reversedIEEE = 0xedb88320
	one          = 1 << 31 // x^0
)

// mulMod returns a times b modulo the CRC's polynomial.
func mulMod(a, b uint32) uint32 {
	var p uint32
	for bit := uint32(one); bit != 0; bit >>= 1 { // x^0, x^1, ... of a
		if a&bit != 0 {
			p ^= b
		}
		b = timesX(b) // b times the next power of x
	}
	return p
}

// timesX returns p times x modulo the CRC's polynomial: what the register
// holds after one more zero bit.
func timesX(p uint32) uint32 {
	if p&1 != 0 { // x^31 times x is x^32, which the polynomial reduces
		return p>>1 ^ reversedIEEE
	}
	return p >> 1
}

// xPower returns x^n modulo the CRC's polynomial, by squaring: x^(2^k)
// for each bit k of n.
func xPower(n int64) uint32 {
	p, sq := uint32(one), timesX(one) // x^0 and x^1
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			p = mulMod(p, sq)
		}
		sq = mulMod(sq, sq)
	}
	return p
}
