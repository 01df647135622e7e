package main

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/export"
)

// meter shows the progress of a long task on stderr: a bar when stderr is
// a terminal, else a plain line at every tenth of the work or every
// plainEvery, whichever comes first. It shows nothing until delay has
// passed, so quick runs stay quiet. A nil *meter does nothing; it is safe
// for concurrent use.
type meter struct {
	w      io.Writer
	tty    bool
	what   string // "clients", or "" for bytes
	delay  time.Duration
	start  time.Time
	ticker chan struct{} // closed by stop; nil when there is no ticker
	wg     sync.WaitGroup

	mu       sync.Mutex
	total    int64
	done     int64
	current  string
	drawn    time.Time // when the bar was last drawn; zero when it is not on screen
	lastLine time.Time
	tenths   int64 // tenths of the work last reported in a plain line
	stopped  bool
}

// plainEvery is the most time between two plain progress lines.
const plainEvery = 5 * time.Second

// newMeter returns a meter writing to stderr, or nil when quiet. what
// names the units counted ("clients"); "" counts bytes.
func newMeter(stderr io.Writer, quiet bool, what string, delay time.Duration) *meter {
	if quiet {
		return nil
	}
	now := time.Now()
	m := &meter{w: stderr, what: what, delay: delay, start: now, lastLine: now}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		m.tty = true
		m.ticker = make(chan struct{})
		m.wg.Add(1)
		go func() {
			defer m.wg.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-m.ticker:
					return
				case <-t.C:
					m.mu.Lock()
					m.show()
					m.mu.Unlock()
				}
			}
		}()
	}
	return m
}

// grow adds n to the work to do.
func (m *meter) grow(n int64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.total += n
}

// add counts n more units done; current, when not "", names what is
// being worked on.
func (m *meter) add(n int64, current string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.done += n
	if current != "" {
		m.current = current
	}
	m.show()
}

// show draws the bar or prints a plain line when it is time; m.mu is held.
func (m *meter) show() {
	if m.stopped || m.total <= 0 {
		return
	}
	now := time.Now()
	elapsed := now.Sub(m.start)
	if elapsed < m.delay {
		return
	}
	done := min(m.done, m.total)
	if m.tty {
		if now.Sub(m.drawn) < barEvery {
			return
		}
		m.drawn = now
		const width = 30
		fill := int(done * width / m.total)
		bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
		// Carriage return and erase-line redraw the bar in place.
		fmt.Fprintf(m.w, "\r\x1b[K%s [%s] %s", m.description(), bar, m.timing(done, elapsed))
		return
	}
	tenths := done * 10 / m.total
	if tenths <= m.tenths && now.Sub(m.lastLine) < plainEvery {
		return
	}
	m.tenths, m.lastLine = tenths, now
	line := "refrank: " + m.timing(done, elapsed)
	if m.current != "" {
		line += " (" + clean(m.current) + ")"
	}
	fmt.Fprintln(m.w, line)
}

// barEvery is the least time between two drawings of the bar.
const barEvery = 100 * time.Millisecond

// timing says how far the work is, how long it took and how long is left.
func (m *meter) timing(done int64, elapsed time.Duration) string {
	s := fmt.Sprintf("%s, %s elapsed", m.count(done), clock(elapsed))
	if done > 0 && done < m.total {
		left := time.Duration(float64(elapsed) * float64(m.total-done) / float64(done))
		s += ", about " + clock(left) + " left"
	}
	return s
}

func (m *meter) description() string {
	if m.what == "" {
		return "refrank: reading"
	}
	if m.current == "" {
		return "refrank: " + m.what
	}
	return "refrank: " + m.what + " (" + truncate(clean(m.current), 24) + ")"
}

// count says how much of the work is done, in words.
func (m *meter) count(done int64) string {
	if m.what == "" {
		return fmt.Sprintf("read %d%% of %s", done*100/m.total, bytesize(m.total))
	}
	return fmt.Sprintf("%d/%d %s done", done, m.total, m.what)
}

// stop ends the meter, clearing the bar.
func (m *meter) stop() {
	if m == nil {
		return
	}
	if m.ticker != nil {
		m.mu.Lock()
		stopped := m.stopped
		m.mu.Unlock()
		if !stopped {
			close(m.ticker)
			m.wg.Wait()
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.drawn.IsZero() && !m.stopped {
		fmt.Fprint(m.w, "\r\x1b[K") // clear the bar
	}
	m.stopped = true
}

// clock formats d as m:ss, or h:mm:ss from an hour.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func bytesize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// openExport is export.Open, reporting the bytes read to m: the files of
// an export folder, or the archive's bytes for a .zip. A bare CSV file is
// read without progress (it is Connections.csv, which is quick).
func openExport(path string, m *meter) (*analyze.Export, error) {
	if m == nil {
		return export.Open(path)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		fsys := countingFS{os.DirFS(path), m}
		if entries, err := fs.ReadDir(fsys.FS, "."); err == nil {
			for _, e := range entries {
				if info, err := e.Info(); err == nil && info.Mode().IsRegular() && strings.HasSuffix(strings.ToLower(e.Name()), ".csv") {
					m.grow(info.Size())
				}
			}
		}
		return export.Read(fsys, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	magic := make([]byte, 4)
	if n, _ := io.ReadFull(f, magic); n < 4 || string(magic[:2]) != "PK" {
		return export.Open(path) // not a zip archive: its errors are export's
	}
	m.grow(fi.Size())
	zr, err := zip.NewReader(countingReaderAt{f, m}, fi.Size())
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return export.Open(path) // the same error, in export's words
	}
	return export.Read(zr, path)
}

// countingFS counts the bytes read from its files.
type countingFS struct {
	fs.FS
	m *meter
}

func (c countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return f, nil
	}
	return countingFile{f, c.m}, nil
}

func (c countingFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(c.FS, name) }
func (c countingFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(c.FS, name) }

type countingFile struct {
	fs.File
	m *meter
}

func (f countingFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	f.m.add(int64(n), "")
	return n, err
}

type countingReaderAt struct {
	r io.ReaderAt
	m *meter
}

func (c countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.m.add(int64(n), "")
	return n, err
}
