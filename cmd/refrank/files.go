package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
)

// scratch is what the running command made that must not outlive it:
// the temporary file of each output until it is renamed into place, and
// a private folder for the files the workbook writer spills rows to
// (names and emails of contacts). run removes them when it returns, and
// on SIGINT or SIGTERM before it exits 130 or 143.
type scratch struct {
	mu    sync.Mutex
	dir   string // the private folder, made when first asked for
	files map[string]bool
	ended bool // removed by a signal: nothing more may be made
}

// runScratch is the scratch of the command running: one per process.
var runScratch = &scratch{}

// errInterrupted is returned for a file asked for after a signal.
var errInterrupted = errors.New("interrupted")

// folder returns the private folder of the run, made on first use.
func (s *scratch) folder() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return "", errInterrupted
	}
	if s.dir == "" {
		dir, err := os.MkdirTemp("", "refrank-")
		if err != nil {
			return "", fmt.Errorf("cannot make a temporary folder: %w", err)
		}
		s.dir = dir
	}
	return s.dir, nil
}

// add records the temporary file path, before it is made.
func (s *scratch) add(path string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return errInterrupted
	}
	if s.files == nil {
		s.files = map[string]bool{}
	}
	s.files[path] = true
	return nil
}

// drop forgets path, renamed into place or removed.
func (s *scratch) drop(path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.files, path)
}

// clean removes every temporary file and the private folder; end says
// whether the run is over (a signal), so that nothing more is made.
func (s *scratch) clean(end bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for path := range s.files {
		os.Remove(path)
	}
	s.files = nil
	if s.dir != "" {
		os.RemoveAll(s.dir)
		s.dir = ""
	}
	s.ended = s.ended || end
}

// onSignal removes the run's scratch and exits on SIGINT (130) or SIGTERM
// (143), the codes a shell gives a command they stop. It returns the
// function that stops listening.
func onSignal(stderr io.Writer) (stop func()) {
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-sigs:
			runScratch.clean(true)
			code, name := 130, "SIGINT"
			if sig == syscall.SIGTERM {
				code, name = 143, "SIGTERM"
			}
			fmt.Fprintf(stderr, "refrank: stopped by %s; its temporary files removed, no output written\n", name)
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// writeFile writes data to path as [createFile] does.
func writeFile(path string, data []byte) error {
	return createFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// createFile writes path with write through a temporary file in the same
// folder, renamed into place only when everything succeeded and removed
// otherwise, so a failed or stopped run leaves no half-written file. The
// file gets the permissions the umask leaves of 0666, as any program's.
// A device or a pipe (-o /dev/stdout) is written to directly, never
// replaced. A failure to write the file is "cannot write PATH"; an error
// of write's own comes back as it is.
func createFile(path string, write func(io.Writer) error) error {
	if isDevice(path) {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		return writeTo(f, path, write, nil)
	}
	f, err := createTemp(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp := f.Name()
	defer runScratch.drop(tmp)
	return writeTo(f, path, write, func() error { return os.Rename(tmp, path) })
}

// writeTo writes f, then closes it and calls done (when not nil), which
// puts the file in place; on any failure, a temporary f is removed.
func writeTo(f *os.File, path string, write func(io.Writer) error, done func() error) error {
	out := &recordingWriter{w: f}
	bw := bufio.NewWriterSize(out, 256<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	ioErr := out.err // a failed write, whatever write made of it
	if cerr := f.Close(); err == nil && cerr != nil {
		err, ioErr = cerr, cerr
	}
	if err == nil && done != nil {
		err = done()
		ioErr = err
	}
	if err != nil {
		if done != nil {
			os.Remove(f.Name())
		}
		if ioErr != nil {
			return fmt.Errorf("cannot write %s: %w", path, ioErr)
		}
		return err
	}
	return nil
}

// createTemp makes a new file beside path, named .BASE.NUMBER.tmp, with
// the mode the umask leaves of 0666, recorded in the run's scratch.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		if err := runScratch.add(name); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			return f, nil
		}
		runScratch.drop(name)
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
	}
}

// canWrite makes and removes a temporary file beside path, so that a
// folder the run cannot write to fails before any work.
func canWrite(path string) error {
	f, err := createTemp(path)
	if err != nil {
		return err
	}
	f.Close()
	os.Remove(f.Name())
	runScratch.drop(f.Name())
	return nil
}

// isDevice reports whether path is a device or a pipe: written to, never
// replaced.
func isDevice(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0
}

// recordingWriter keeps the first error of w, telling a failed write
// from an error of what was being written.
type recordingWriter struct {
	w   io.Writer
	err error
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}
