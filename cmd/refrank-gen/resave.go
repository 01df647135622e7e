package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"time"
)

// written are the files of the export as written: e.files(), named as
// 2018-2022 exports named them when e.spacedNames is set, and re-saved as
// a European Excel does when e.excelEU is set.
func (e *export) written() []exportFile {
	fs := e.files()
	if !e.excelEU && !e.spacedNames {
		return fs
	}
	out := make([]exportFile, len(fs))
	for i, f := range fs {
		out[i] = f
		if e.spacedNames {
			out[i].name = spacedName(f.name)
		}
		if e.excelEU {
			out[i].write = func(w io.Writer, e *export) error {
				var buf bytes.Buffer
				if err := f.write(&buf, e); err != nil {
					return err
				}
				return resaveEU(w, buf.Bytes())
			}
		}
	}
	return out
}

// spacedName is a file's name as 2018-2022 exports gave it: the
// underscores of a file at the root are spaces
// (Recommendations Received.csv); files in folders keep their names.
func spacedName(name string) string {
	if strings.Contains(name, "/") {
		return name
	}
	return strings.ReplaceAll(name, "_", " ")
}

// resaveEU writes the CSV file b as Excel saves it in most European
// locales: a byte order mark, ";" between fields, CRLF, every row as wide
// as the widest (the notes of Connections.csv become "Notes:;;;;;;"),
// and the dates of LinkedIn's "02 Jan 2006" form day first with dots.
func resaveEU(w io.Writer, b []byte) error {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return err
	}
	wide := 0
	for _, rec := range recs {
		wide = max(wide, len(rec))
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	for _, rec := range recs {
		for i, f := range rec {
			if t, err := time.Parse("02 Jan 2006", f); err == nil {
				rec[i] = t.Format("02.01.2006")
			}
		}
		for len(rec) < wide {
			rec = append(rec, "")
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// placeholders are what people write where they have no employer.
var placeholders = []string{"N/A", "-", "NA", "none", "."}

// placeholderShare is the percentage of the contacts of an export from
// before 2022 whose employer was a placeholder then.
const placeholderShare = 4

// withPlaceholders gives a share of the contacts of an export of the day
// d, before 2022, a placeholder for an employer, from a stream of its own
// so that the rest of the export stays as it was.
func (e *export) withPlaceholders(d time.Time) {
	if !d.Before(day(2022, time.January, 1)) {
		return
	}
	r := e.stream("placeholders")
	for i := range e.contacts {
		if r.IntN(100) < placeholderShare {
			e.contacts[i].company = placeholders[r.IntN(len(placeholders))]
		}
	}
}
