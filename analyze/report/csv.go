package report

import (
	"encoding/csv"
	"io"

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
// as OWASP advises against CSV injection; other fields come back as is.
func defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
