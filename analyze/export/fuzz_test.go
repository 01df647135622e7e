package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
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

func FuzzReadMessages(f *testing.F) {
	for _, name := range []string{"2018", "2022", "2024"} {
		b, err := os.ReadFile("testdata/messages/" + name + ".csv")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	tie, err := os.ReadFile("../../testdata/tie/messages.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tie, "Jordan Avery")
	f.Add([]byte(msgHeader+`g1,,"A, B",u1,"C,D, E","u2,u3",2024-12-16 18:24:37 UTC,,"x""y",SPAM,,No`), "C")
	f.Add([]byte("From,To,Date,Content\nA,B,\"1/2/18, 3:04 PM\",hi\n"), "")
	f.Fuzz(func(t *testing.T, data []byte, owner string) {
		xs, _, in, warns, err := ReadMessages(bytes.NewReader(data), "m.csv", owner)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || strings.Contains(err.Error(), "\n") || xs != nil {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		if in.Rows < 0 || in.Skipped < 0 || in.File != "m.csv" {
			t.Fatalf("input %+v", in)
		}
		for _, x := range xs {
			if x.Sent < 0 || x.Received < 0 || x.GroupSent < 0 || x.GroupReceived < 0 || x.Conversations < 1 ||
				x.File != "m.csv" || x.Person.Name == "" && x.Person.URL == "" ||
				x.LastMessage.Before(x.FirstMessage) || x.FirstMessage.IsZero() != x.LastMessage.IsZero() {
				t.Fatalf("bad interaction %+v", x)
			}
		}
		// No message content in any warning: every content of 12 bytes
		// or more that is not also some other field of the file.
		contents, others := contentsOf(data)
		for _, w := range warns {
			if w.File != "m.csv" || w.Line < 0 || w.Msg == "" {
				t.Fatalf("bad warning %#v", w)
			}
			for c := range contents {
				if len(c) >= 12 && !others[c] && strings.Contains(w.Msg, c) {
					t.Fatalf("content %q in warning %q", c, w)
				}
			}
		}
	})
}

// contentsOf returns the CONTENT fields of a messages.csv as encoding/csv
// reads it, and every other field.
func contentsOf(data []byte) (contents, others map[string]bool) {
	contents, others = map[string]bool{}, map[string]bool{}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	col := -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			continue
		}
		for i, f := range rec {
			if col < 0 && strings.EqualFold(strings.TrimSpace(f), "content") {
				col = i
			}
			if i == col {
				contents[strings.TrimSpace(f)] = true
			} else {
				others[f] = true
				for _, g := range strings.Split(f, ",") {
					others[strings.TrimSpace(g)] = true
				}
			}
		}
	}
	return contents, others
}
