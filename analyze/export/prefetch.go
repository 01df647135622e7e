package export

import "io"

// A prefetcher reads from r in a goroutine of its own, ahead of its
// reader, a chunk at a time. Reading a file of a zip archive means
// inflating it, as much work as parsing it: with a prefetcher, the two
// overlap on two cores. It holds at most prefetchChunks chunks of
// prefetchSize bytes; its reads give the bytes of r and then r's error,
// at the same place. Close stops the goroutine and waits for it, so that
// r may be closed after.
type prefetcher struct {
	full  chan []byte // chunks read, in order; closed after the last
	free  chan []byte
	err   error  // why reading r stopped; set before full is closed
	chunk []byte // the chunk being read, whole
	cur   []byte // what is left of it
	quit  chan struct{}
	done  chan struct{}
}

const (
	prefetchChunks = 4
	prefetchSize   = 256 << 10
)

func newPrefetcher(r io.Reader) *prefetcher {
	p := &prefetcher{full: make(chan []byte, prefetchChunks), free: make(chan []byte, prefetchChunks),
		quit: make(chan struct{}), done: make(chan struct{})}
	for range prefetchChunks {
		p.free <- make([]byte, prefetchSize)
	}
	go p.run(r)
	return p
}

func (p *prefetcher) run(r io.Reader) {
	defer close(p.done)
	defer close(p.full)
	for {
		var b []byte
		select {
		case b = <-p.free:
		case <-p.quit:
			return
		}
		n, err := 0, error(nil)
		for n < len(b) && err == nil {
			var m int
			m, err = r.Read(b[n:])
			n += m
		}
		if n > 0 {
			select {
			case p.full <- b[:n]:
			case <-p.quit:
				return
			}
		}
		if err != nil {
			p.err = err
			return
		}
	}
}

// Read implements io.Reader.
func (p *prefetcher) Read(b []byte) (int, error) {
	if len(p.cur) == 0 {
		if p.chunk != nil {
			p.free <- p.chunk[:cap(p.chunk)]
		}
		var ok bool
		if p.chunk, ok = <-p.full; !ok {
			return 0, p.err
		}
		p.cur = p.chunk
	}
	n := copy(b, p.cur)
	p.cur = p.cur[n:]
	return n, nil
}

// Close stops reading ahead and waits until the goroutine has.
func (p *prefetcher) Close() error {
	close(p.quit)
	<-p.done
	return nil
}
