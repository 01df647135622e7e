package main

import (
	"fmt"
	"io"
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
	return "refrank: " + m.what + " (" + ellipsis(clean(m.current), 24) + ")"
}

// count says how much of the work is done, in words.
func (m *meter) count(done int64) string {
	if m.what == "" {
		return fmt.Sprintf("read %d%% of %s", done*100/m.total, analyze.ByteSize(m.total))
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

// openExport is export.Open, reporting the bytes read to m.
func openExport(path string, m *meter) (*analyze.Export, error) {
	if m == nil {
		return export.Open(path, nil)
	}
	var done, total int64 // what m was told of this export
	return export.Open(path, func(d, t int64) {
		m.grow(t - total)
		m.add(d-done, "")
		done, total = d, t
	})
}

// ellipsis cuts s to at most n runes, the last "…" when cut.
func ellipsis(s string, n int) string {
	if t := analyze.Truncate(s, n); t != s {
		return analyze.Truncate(s, n-1) + "…"
	}
	return s
}
