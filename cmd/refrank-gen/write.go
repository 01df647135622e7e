package main

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// modified is the time stamped on every zip entry: 09:00 UTC on the export
// date, so the same flags give the same archive.
func modified(e *export) time.Time { return e.date.Add(9 * time.Hour) }

// writeDir writes the export's files into the folder dir, creating it if
// needed. Each file is written to a temporary file and renamed into place.
func writeDir(dir string, e *export) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range e.written() {
		path := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := atomicWrite(path, func(w io.Writer) error { return f.write(w, e) }); err != nil {
			return err
		}
	}
	return nil
}

// writeZip writes the export as LinkedIn's archive: the files at the root,
// deflated, streamed with data descriptors, every entry stamped with the
// same time.
func writeZip(path string, e *export) error {
	return atomicWrite(path, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, f := range e.written() {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: modified(e)})
			if err != nil {
				return err
			}
			if err := f.write(fw, e); err != nil {
				return fmt.Errorf("%s: %w", f.name, err)
			}
		}
		return zw.Close()
	})
}

// atomicWrite writes path through a temporary file in the same folder and
// renames it into place, so a failed run leaves no half-written file.
func atomicWrite(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
