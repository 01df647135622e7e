package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

var eras = []string{"2018", "2022", "2023-06", "current", "excel"}

func FuzzReadConnections(f *testing.F) {
	for _, era := range eras {
		f.Add(fixture(f, era)["Connections.csv"])
	}
	f.Add(fixture(f, "current")["Positions.csv"])
	f.Add([]byte(header + "Maya,Ok\"afor,,,Contoso,Recruiter,04 Dec 2025\n\"Bob\"x,Roe\nAl,Poe,,,Acme,CFO,\n,,,,,,1 Jan 2020"))
	f.Add([]byte(utf16le("\ufeffFirst Name\tLast Name\tCompany\tPosition\r\nJ\tM\tS\tE\r\n")))
	f.Add([]byte(header + "J\xfcrgen,M\xfcller,,,SAP,Entwickler,14 Dec 2021"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, in, warns, err := ReadConnections(bytes.NewReader(data), "c.csv")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *ParseError: %v", err)
			}
			if pe.Line < 1 && pe.Err.Error() != "file is empty" || pe.File != "c.csv" {
				t.Fatalf("bad ParseError %#v: %v", pe, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error on many lines: %q", err)
			}
			if cs != nil {
				t.Fatalf("contacts with an error")
			}
			return
		}
		if len(cs) != in.Rows || in.Skipped < 0 || in.File != "c.csv" {
			t.Fatalf("%d contacts, input %+v", len(cs), in)
		}
		if in.Skipped > 0 && len(warns) == 0 {
			t.Fatalf("%d rows skipped without a warning", in.Skipped)
		}
		for _, c := range cs {
			if c.FirstName == "" && c.LastName == "" {
				t.Fatalf("nameless contact %+v", c)
			}
			line, err := strconv.Atoi(strings.TrimPrefix(c.Source, "c.csv:"))
			if err != nil || line < 1 {
				t.Fatalf("bad Source %q", c.Source)
			}
			if c.FirstName != strings.TrimSpace(c.FirstName) || strings.HasPrefix(c.Email, "urn:") {
				t.Fatalf("untrimmed contact %+v", c)
			}
		}
		for _, w := range warns {
			if w.File != "c.csv" || w.Line < 0 || w.Msg == "" {
				t.Fatalf("bad warning %#v", w)
			}
		}
	})
}

func FuzzRead(f *testing.F) {
	for _, era := range eras {
		files := fixture(f, era)
		var names []string
		for name := range files {
			names = append(names, name)
		}
		f.Add(zipOf(f, names, files))
	}
	f.Add(zipOf(f, nil, nil))
	f.Add(zipOf(f, []string{"a/", "a/Connections.csv"}, map[string][]byte{"a/Connections.csv": []byte(header)}))
	f.Fuzz(func(t *testing.T, data []byte) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
			return
		}
		x, err := Read(zr, "f.zip")
		if err == nil && (x == nil || len(x.Inputs) == 0) {
			t.Fatalf("no error and no input: %+v", x)
		}
		if err != nil && (x != nil || strings.Contains(err.Error(), "\n")) {
			t.Fatalf("bad error %q with %+v", err, x)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"14 Dec 2021", "1/8/18, 6:14 PM", "6-Feb-26", "2/6/2026", "Sep 2000", "2017", "Jul 2021", "Sep-00", "", "2024-12-16 18:24:37 UTC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDate(s); ok {
			if d.Location().String() != "UTC" || d.Hour() != 0 || d.Minute() != 0 || d.Year() < minYear || d.Year() > maxYear {
				t.Fatalf("parseDate(%q) = %v", s, d)
			}
		} else if !d.IsZero() {
			t.Fatalf("parseDate(%q) = %v, false", s, d)
		}
		first, last, ok := parsePeriod(s)
		if ok != !first.IsZero() || ok != !last.IsZero() || last.Before(first) {
			t.Fatalf("parsePeriod(%q) = %v, %v, %v", s, first, last, ok)
		}
	})
}
