package export

import (
	"errors"
	"strconv"
)

// Errors that a [ParseError] or an error from [Open] or [Read] may wrap;
// test for them with [errors.Is].
var (
	// ErrNoHeader means a file holds no row with the expected column
	// names, or nothing at all: it is not the file it was taken for.
	ErrNoHeader = errors.New("no header row found")
	// ErrMissingColumn means the header row lacks a required column.
	ErrMissingColumn = errors.New("missing column")
	// ErrNotExport means a zip archive or folder holds no Connections.csv
	// at its top level.
	ErrNotExport = errors.New("not a LinkedIn data export")
	// ErrTooLarge means an archive has too many entries or a file is
	// larger than refrank is willing to read.
	ErrTooLarge = errors.New("too large")
)

// A ParseError reports where an input went wrong, like
// [encoding/csv.ParseError]. Line is 1-based, counting every line of the
// file (the Notes preamble too); it is 0 when the error is about the whole
// file.
type ParseError struct {
	File string // the file, e.g. "export.zip:Connections.csv"
	Line int    // the line where the error is, or 0
	Err  error  // the error, wrapping one of the Err variables
}

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// detail is an error with its own message that still matches a sentinel
// under errors.Is.
type detail struct {
	msg string
	err error
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.err }
