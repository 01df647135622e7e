package report

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// WriteCSV writes r's referrer table to w as CSV: the header of [Columns],
// then one row per referral in r.Referrals order, lines ending in "\n".
// A field that a spreadsheet could take for a formula gets a leading "'"
// (see the package documentation).
func WriteCSV(w io.Writer, r *analyze.Result) error {
	if err := check(r); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns(r)); err != nil {
		return err
	}
	var row []string
	for i := range r.Referrals {
		row = fields(row[:0], &r.Referrals[i], r.Components)
		for j, f := range row {
			row[j] = defuse(f)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse returns s with a leading "'" when s starts with a character that
// makes a spreadsheet read the field as a formula (=, +, -, @, tab, CR),
// as OWASP advises against CSV injection, or with quotes followed by such
// a character, so that [undefuse] gives back exactly s. Other fields come
// back as is.
func defuse(s string) string {
	if risky(s) {
		return "'" + s
	}
	return s
}

// undefuse removes the quote [defuse] added: undefuse(defuse(s)) == s for
// every s.
func undefuse(s string) string {
	if len(s) > 1 && s[0] == '\'' && risky(s[1:]) {
		return s[1:]
	}
	return s
}

// risky reports whether s starts with a formula character, after any
// number of quotes.
func risky(s string) bool {
	s = strings.TrimLeft(s, "'")
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}
