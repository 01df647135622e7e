package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Limits on the inputs besides the export, which package export bounds:
// a template file is at most maxTemplateSize bytes, and the templates of
// a run take at most templateTime to load and draw up the drafts.
const maxTemplateSize = 64 << 10

var templateTime = 20 * time.Second // a variable for the tests

// errNotRegular is the error for an input that is a FIFO, a device or a
// socket (or a link to one): opening one could hang the run or read
// without end, so it is never opened.
type errNotRegular struct {
	path string
	mode fs.FileMode
}

func (e errNotRegular) Error() string {
	return fmt.Sprintf("%s: not a regular file (%s); not read", e.path, kindOf(e.mode))
}

// kindOf names the type of a file that is not regular.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsDir():
		return "a folder"
	}
	return "not a plain file"
}

// openRegular opens the file at path in fsys (or, when fsys is nil, in
// the file system) when it is a regular file, a link to one included.
func openRegular(fsys fs.FS, path string) (fs.File, error) {
	var fi fs.FileInfo
	var err error
	if fsys == nil {
		fi, err = os.Stat(path)
	} else {
		fi, err = fs.Stat(fsys, path)
	}
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular{path, fi.Mode()}
	}
	if fsys == nil {
		return os.Open(path)
	}
	return fsys.Open(path)
}

// fileErr says an error of the file at path as refrank says every error
// of a file, "PATH: what": a *fs.PathError ("stat PATH: no such file or
// directory") loses the name of the call that failed. Any other error
// names its file already and is kept.
func fileErr(path string, err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}

// templateFS is a templates folder whose files must be regular files of
// at most maxTemplateSize bytes: a FIFO, a device or /dev/zero given as a
// template is an error, never opened.
type templateFS struct{ fs.FS }

func (t templateFS) Open(name string) (fs.File, error) {
	fi, err := fs.Stat(t.FS, name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return t.FS.Open(name)
	}
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular{name, fi.Mode()}
	}
	if fi.Size() > maxTemplateSize {
		return nil, fmt.Errorf("%s: larger than %d KiB; a template is a message", name, maxTemplateSize>>10)
	}
	f, err := t.FS.Open(name)
	if err != nil {
		return nil, err
	}
	return limitedFile{f, io.LimitReader(f, maxTemplateSize+1)}, nil
}

// limitedFile reads at most as much as its limit, should the file grow
// after it was checked.
type limitedFile struct {
	fs.File
	r io.Reader
}

func (f limitedFile) Read(p []byte) (int, error) { return f.r.Read(p) }

// inTime runs fn, returning an error naming what when it takes longer
// than d. fn keeps running (a template cannot be stopped), but the run
// does not wait for it.
func inTime(d time.Duration, what string, fn func() error) error {
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		return fmt.Errorf("%s took longer than %v", what, d)
	}
}

// inside returns path relative to dir when it is inside dir, for a path
// of a batch client's refrank.toml, which may reach nothing but the
// client's own folder.
func inside(dir, path, key string) (string, error) {
	rel, err := filepath.Rel(dir, path)
	if err != nil || filepath.IsAbs(rel) || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s %q is outside the client's folder %s", key, path, dir)
	}
	return filepath.ToSlash(rel), nil
}
