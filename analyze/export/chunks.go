package export

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Reading a big file on every core. The records of messages.csv, after
// its header, are read by several csvReaders at once, each over a chunk
// of the file: a cutter goroutine reads the input in blocks of chunkSize
// bytes and cuts each at its last line feed outside quotes, parsers (one
// per core) split the chunks into records, and an orderer hands their
// batches on in the order of the file, as one csvReader reading the
// whole file would have given them.
//
// Where a chunk is cut is found from the parity of its quotes: in a file
// that encoding/csv reads without error, a line feed after an even
// number of quotes since the start of a record ends a record (quotes in
// a field are doubled, and only a quoted field holds line feeds). The
// parsers read every chunk from its first byte as the start of a record;
// what makes that exact for any input is the orderer's check: a chunk
// is right when the one before it was and its parser did not reach the
// end of the chunk inside a quoted field. A badly quoted row can make
// the parity lie (a row given up at a stray quote, where encoding/csv
// goes on at the next line); then the orderer reads on from the start of
// the record left open, with one csvReader over the bytes of that chunk
// and the ones after it, as it does after a chunk where no cut was found
// in maxChunk bytes (a record longer than that). Either way the records,
// their lines and their errors are those of reading the file in one
// pass; FuzzCSVReader holds the parallel reading to that too.

// chunkSize is how much of the input a chunk holds, about, and maxChunk
// the most a chunk may grow to in search of a cut before the rest of the
// file is read in one pass. Variables for the tests.
var (
	chunkSize = 256 << 10
	maxChunk  = 8 << 20
)

// errChunkEnd is what a csvReader over a chunk gives at the end of a
// chunk that is not the last.
var errChunkEnd = errors.New("end of chunk")

// A chunk is a piece of the input that starts at the start of a record.
type chunk struct {
	data []byte
	line int   // the line data[0] is on
	off  int64 // where data[0] is in the input
	// end is what the input gives after data: errChunkEnd when more
	// follows, else io.EOF or the error reading stopped at.
	end error
	// cut is whether data ends at a line feed outside quotes (or at
	// end); when not, data is only bytes, no parser reads them.
	cut bool

	// What its parser gave: batches of records in order, and, when the
	// last record ran into the end of the chunk inside a quoted field,
	// where that record starts (open), in data and in lines.
	batches  []*batch
	open     bool
	openAt   int
	openLine int
	parsed   chan struct{} // closed once the parser is done with data
}

// A chunkedReader reads the records of a csvReader's input after what
// the csvReader read, in parallel; see above. Its batches come out of
// full in order, the last one ending in io.EOF or another error that
// stops reading; release gives a batch back once its rows are used.
type chunkedReader struct {
	tmpl *csvReader // the csvReader of the header, the model of the others
	// size and most are chunkSize and maxChunk, or smaller in tests.
	size, most int
	full       chan *batch
	todo       chan *chunk // to the parsers
	order      chan *chunk // to the orderer, in order
	bufs       chan []byte // free chunk buffers
	serial     atomic.Bool // set once the orderer reads in one pass: parsers stop
	quit       chan struct{}
	// ended is closed, by end, when the orderer needs no more chunks or
	// the reading is stopped: the cutter stops.
	ended chan struct{}
	end   func()
	wg    sync.WaitGroup
	// spare holds batches released, for use again: a sync.Pool would
	// drop them at every collection, and their buffers would grow anew.
	spare chan *batch
}

// readChunked starts reading the rest of r's input in parallel. r must
// be between records (after a call of next), and is not used again.
func readChunked(r *csvReader) *chunkedReader {
	return readChunks(r, chunkSize, maxChunk)
}

// readChunks is readChunked with chunks of size bytes that grow to most.
func readChunks(r *csvReader, size, most int) *chunkedReader {
	workers := max(1, min(runtime.GOMAXPROCS(0), 4))
	c := &chunkedReader{tmpl: r, size: size, most: most,
		full:  make(chan *batch, 2),
		todo:  make(chan *chunk, workers*2),
		order: make(chan *chunk, workers*2+2),
		bufs:  make(chan []byte, workers*2+3),
		quit:  make(chan struct{}),
		ended: make(chan struct{}),
	}
	c.end = sync.OnceFunc(func() { close(c.ended) })
	for range cap(c.bufs) {
		c.bufs <- nil // allocated when first used
	}
	c.spare = make(chan *batch, 4*workers+4)
	c.wg.Add(2 + workers)
	go c.cut()
	for range workers {
		go c.parse()
	}
	go c.orderer()
	return c
}

// stop makes the goroutines stop and waits until they have: none reads
// the input any more.
func (c *chunkedReader) stop() {
	c.end()
	close(c.quit)
	c.wg.Wait()
}

// release gives back a batch that full gave.
func (c *chunkedReader) release(b *batch) {
	select {
	case c.spare <- b:
	default:
	}
}

// batch returns a batch to fill: one released, or a new one.
func (c *chunkedReader) batch() *batch {
	select {
	case b := <-c.spare:
		return b
	default:
		return new(batch)
	}
}

// cut reads the input and sends it on in chunks, to the parsers and the
// orderer.
func (c *chunkedReader) cut() {
	defer c.wg.Done()
	defer close(c.order)
	defer close(c.todo)
	r := c.tmpl
	r.sync(r.pos)
	line, off := r.line, r.at(r.pos)
	// What r holds and has not parsed is the start of the first chunk.
	carry := r.buf[r.pos:r.end]
	src, srcErr := r.src, r.rerr
	for {
		var buf []byte
		select {
		case buf = <-c.bufs:
		case <-c.ended:
			return
		}
		buf = append(buf[:0], carry...)
		ch := &chunk{line: line, off: off, parsed: make(chan struct{})}
		for {
			if srcErr == nil {
				var n int
				buf = slices.Grow(buf, c.size)
				n, srcErr = io.ReadFull(src, buf[len(buf):len(buf)+c.size])
				buf = buf[:len(buf)+n]
				if srcErr == io.ErrUnexpectedEOF {
					srcErr = io.EOF
				}
			}
			if srcErr != nil {
				ch.data, ch.end, ch.cut = buf, srcErr, true
				break
			}
			if n := cutAt(buf); n > 0 && !c.serial.Load() {
				ch.data, ch.end, ch.cut = buf[:n], errChunkEnd, true
				break
			}
			if len(buf) >= c.most || c.serial.Load() {
				ch.data, ch.end = buf, errChunkEnd
				break
			}
		}
		carry = buf[len(ch.data):]
		line += bytes.Count(ch.data, []byte{'\n'})
		off += int64(len(ch.data))
		if !ch.cut {
			close(ch.parsed)
		}
		select {
		case c.order <- ch:
		case <-c.ended:
			return
		}
		if ch.cut {
			select {
			case c.todo <- ch:
			case <-c.ended:
				return
			}
		}
		if ch.end != errChunkEnd {
			return
		}
	}
}

// cutAt returns the length of the longest start of b that ends with a
// line feed after an even number of quotes, or 0 for none; b starts
// outside quotes.
func cutAt(b []byte) int {
	quotes := bytes.Count(b, []byte{'"'})
	end := len(b)
	for {
		i := bytes.LastIndexByte(b[:end], '\n')
		if i < 0 {
			return 0
		}
		quotes -= bytes.Count(b[i+1:end], []byte{'"'})
		if quotes%2 == 0 {
			return i + 1
		}
		end = i
	}
}

// parse splits the chunks it is given into batches of records.
func (c *chunkedReader) parse() {
	defer c.wg.Done()
	for ch := range c.todo {
		if !c.serial.Load() {
			c.parseChunk(ch)
		}
		close(ch.parsed)
	}
}

func (c *chunkedReader) parseChunk(ch *chunk) {
	t := c.tmpl
	r := &csvReader{sep: t.sep, skip: t.skip, keepMax: t.keepMax, skipMax: t.skipMax, ends: t.ends,
		buf: ch.data, end: len(ch.data), cr: bytes.IndexByte(ch.data, '\r') >= 0, off: ch.off, rerr: ch.end,
		line: ch.line, lineAt: ch.off, tailAt: ch.off}
	for {
		select {
		case <-c.quit:
			return
		default:
		}
		b := c.batch()
		stop := b.fillFrom(r)
		if len(b.recs) > 0 {
			ch.batches = append(ch.batches, b)
		} else {
			c.release(b)
		}
		if stop == errChunkEnd && r.begin >= 0 {
			ch.open, ch.openAt, ch.openLine = true, int(r.begin-ch.off), r.first
		}
		if stop != nil {
			return
		}
	}
}

// orderer hands the chunks' batches on in order, and reads in one pass
// from where the parallel reading went wrong, if it did.
func (c *chunkedReader) orderer() {
	defer c.wg.Done()
	defer close(c.full)
	defer c.end()
	for ch := range c.order {
		select {
		case <-ch.parsed:
		case <-c.quit:
			return
		}
		if !ch.cut || ch.open {
			c.serial.Store(true)
			from, line := 0, ch.line
			if ch.open {
				from, line = ch.openAt, ch.openLine
			}
			if !c.send(ch.batches) {
				return
			}
			c.serialFrom(ch, from, line)
			return
		}
		c.bufs <- ch.data[:0]
		if !c.send(ch.batches) {
			return
		}
		if ch.end != errChunkEnd {
			return
		}
	}
}

// send sends batches on, in order, and reports whether the reading goes
// on: whether no batch ended in an error that stops it.
func (c *chunkedReader) send(batches []*batch) bool {
	for _, b := range batches {
		select {
		case c.full <- b:
		case <-c.quit:
			return false
		}
		if n := len(b.recs); n > 0 && b.recs[n-1].err != nil && isFatal(b.recs[n-1].err) {
			return false
		}
	}
	return true
}

// serialFrom reads the records from data[from:] of ch, which starts on
// line, and the chunks after it, in one pass.
func (c *chunkedReader) serialFrom(ch *chunk, from, line int) {
	t := c.tmpl
	s := &chunkStream{c: c, cur: ch, rest: ch.data[from:]}
	off := ch.off + int64(from)
	r := &csvReader{src: s, sep: t.sep, skip: t.skip, keepMax: t.keepMax, skipMax: t.skipMax, ends: t.ends,
		buf: make([]byte, readSize), off: off, line: line, lineAt: off, tailAt: off}
	for {
		b := c.batch()
		stop := b.fillFrom(r)
		if !c.send([]*batch{b}) || stop != nil {
			s.close()
			return
		}
	}
}

// A chunkStream reads the bytes of a chunk from some point, then of the
// chunks after it, then the input's end.
type chunkStream struct {
	c    *chunkedReader
	cur  *chunk
	rest []byte
}

func (s *chunkStream) Read(p []byte) (int, error) {
	for len(s.rest) == 0 {
		if s.cur.end != errChunkEnd {
			return 0, s.cur.end
		}
		s.c.bufs <- s.cur.data[:0]
		var ok bool
		select {
		case s.cur, ok = <-s.c.order:
		case <-s.c.quit:
			return 0, errChunkEnd // never seen: the reading stops
		}
		if !ok {
			return 0, io.EOF // not reached: the last chunk says its end
		}
		<-s.cur.parsed
		s.rest = s.cur.data
	}
	n := copy(p, s.rest)
	s.rest = s.rest[n:]
	return n, nil
}

// close ends the reading, and waits until the cutter has.
func (s *chunkStream) close() {
	s.c.end()
	for range s.c.order {
	}
}
