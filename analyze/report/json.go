package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/refrank/refrank/analyze"
)

// WriteJSON writes r's referrer table to w as a JSON array with one object
// per referral, in r.Referrals order. Each object's keys are [Columns] in
// their order; Rank is an integer, Score, Tie Strength and the points are
// numbers with one decimal, Connected On is "YYYY-MM-DD" or "", and every
// other value is the string as given. The output is indented by two spaces
// and ends in a newline; an empty table is "[]".
func WriteJSON(w io.Writer, r *analyze.Result) error {
	if err := check(r); err != nil {
		return err
	}
	cols := Columns(r)
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		keys[i] = append(quote(nil, c), ':', ' ')
	}
	bw := bufio.NewWriter(w)
	if len(r.Referrals) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	bw.WriteString("[\n")
	var row []string
	var buf []byte
	for i := range r.Referrals {
		row = fields(row[:0], &r.Referrals[i], r.Components)
		buf = append(buf[:0], "  {\n"...)
		for j, f := range row {
			buf = append(buf, "    "...)
			buf = append(buf, keys[j]...)
			switch kindOf(j, len(r.Components)) {
			case kindInt, kindDecimal:
				buf = append(buf, f...)
			default:
				buf = quote(buf, f)
			}
			if j < len(row)-1 {
				buf = append(buf, ',')
			}
			buf = append(buf, '\n')
		}
		buf = append(buf, "  }"...)
		if i < len(r.Referrals)-1 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// quote appends s to dst as a JSON string, leaving <, > and & as they are.
func quote(dst []byte, s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(dst, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...)
}
