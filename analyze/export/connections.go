package export

import (
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/refrank/refrank/analyze"
)

var connectionsLayout = layout{
	name:     "Connections.csv",
	header:   "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
	identify: []string{"first name", "last name"},
	required: []string{"First Name", "Last Name", "Company", "Position"},
	optional: map[string]string{"Connected On": "connection dates unknown"},
	dates:    []string{"Connected On"},
}

// connectionRow is one row of Connections.csv; the tags are the
// normalised column names.
type connectionRow struct {
	FirstName   string `csv:"first name"`
	LastName    string `csv:"last name"`
	URL         string `csv:"url"`
	Email       string `csv:"email address"`
	Company     string `csv:"company"`
	Position    string `csv:"position"`
	ConnectedOn date   `csv:"connected on"`
}

// ReadConnections reads Connections.csv from r; file names it in the
// contacts' Source, the Input and the messages.
//
// Rows without a name (hidden or deactivated members) are skipped and
// counted in one warning; badly quoted rows and rows with the wrong
// number of fields are skipped with a warning each; a date in an unknown
// form leaves ConnectedOn zero with a warning. A Company that is a
// placeholder ("NA", "N/A", "-", "none") is left empty. A row for a
// contact seen on an earlier row (the same [analyze.Contact.Key]: profile
// URL, else name and company, and then the same connection day) is
// skipped: the first is kept, the repeats are counted in one warning. The
// error, when the file
// cannot be read at all, is a [*ParseError] wrapping [ErrNoHeader] or
// [ErrMissingColumn], or a read error.
func ReadConnections(r io.Reader, file string) (contacts []analyze.Contact, in analyze.Input, warns []analyze.Warning, err error) {
	nameless, repeats := 0, 0
	seen := map[string]bool{}
	in, warns, err = scan(r, file, &connectionsLayout, func(s *sheet, row *connectionRow, line int) bool {
		c := analyze.Contact{
			FirstName:   clean(row.FirstName),
			LastName:    clean(row.LastName),
			URL:         clean(row.URL),
			Email:       cleanEmail(row.Email),
			Company:     employer(clean(row.Company)),
			Position:    clean(row.Position),
			ConnectedOn: row.ConnectedOn.t,
			Source:      file + ":" + strconv.Itoa(line),
		}
		if c.FirstName == "" && c.LastName == "" {
			nameless++
			return false
		}
		k := c.Key()
		if c.URL == "" {
			// Namesakes without URLs, connected on other days, are
			// other people; a repeated row is the same day's.
			k += "|" + c.ConnectedOn.Format(time.DateOnly)
		}
		if seen[k] {
			repeats++
			return false
		}
		seen[k] = true
		if row.ConnectedOn.unknown() {
			s.warnf(line, "unknown date %q; connection date left empty", row.ConnectedOn.raw)
		}
		contacts = append(contacts, c)
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	if nameless > 0 {
		warns = append(warns, analyze.Warning{File: file, Expected: true,
			Msg: analyze.Plural(nameless, "row had", "rows had") + " no name, hidden or deactivated members; skipped"})
	}
	if repeats > 0 {
		warns = append(warns, analyze.Warning{File: file,
			Msg: analyze.Plural(repeats, "row repeated", "rows repeated") + " a contact of an earlier row (same profile URL, or same name, company and connection day); the first kept"})
	}
	if in.Rows == 0 {
		warns = append(warns, analyze.Warning{File: file, Msg: "no connections in the file"})
	}
	return contacts, in, warns, nil
}

// employer returns the Company cell s, or "" when s is a placeholder
// that names no employer: no letter or digit ("-", "—", "."), or one of
// the words people write for none ("NA", "N/A", "n.a.", "none", "null",
// "nil").
func employer(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	key := strings.Map(func(r rune) rune {
		if r == '.' || r == '/' || unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	switch key {
	case "na", "none", "null", "nil", "nan":
		return ""
	}
	return s
}

// cleanEmail returns the email address in s, or "" when s is not one
// (exports once held "urn:li:member:123" there).
func cleanEmail(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "@") || strings.HasPrefix(strings.ToLower(s), "urn:") {
		return ""
	}
	return s
}
