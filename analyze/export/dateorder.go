package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// A dayOrder says how a file writes the two numbers of a numeric date
// ("03/04/2021"): month first, as LinkedIn and a US Excel do, or day
// first, as Excel does in most other locales ("16.09.2021",
// "16/09/2021").
type dayOrder int8

const (
	unsettled dayOrder = iota
	monthFirst
	dayFirst
)

// maxHeld is how many rows a sheet holds back, waiting for a date that
// says which order its dates are in, before it assumes one.
const maxHeld = 50_000

// A numericDate is a date cell that starts with two numbers and a year
// separated by '/', '.' or '-' ("16.09.2021", "1/8/18, 6:14 PM").
type numericDate struct {
	a, b  int
	dots  bool   // separated by '.'
	slash bool   // separated by '/'
	year  string // the year and what follows it: "18, 6:14 PM"
}

// splitNumeric reads s as a numericDate, and reports whether it is one.
func splitNumeric(s string) (numericDate, bool) {
	var d numericDate
	num := func(i int) (n, next int) {
		j := i
		for j < len(s) && j-i < 2 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return -1, i
		}
		n, _ = strconv.Atoi(s[i:j])
		return n, j
	}
	a, i := num(0)
	if a < 0 || i >= len(s) || s[i] != '/' && s[i] != '.' && s[i] != '-' {
		return d, false
	}
	sep := s[i]
	b, j := num(i + 1)
	if b < 0 || j >= len(s) || s[j] != sep {
		return d, false
	}
	year := s[j+1:]
	k := 0
	for k < len(year) && year[k] >= '0' && year[k] <= '9' {
		k++
	}
	if k != 2 && k != 4 || k < len(year) && year[k] != ' ' && year[k] != ',' {
		return d, false
	}
	return numericDate{a: a, b: b, dots: sep == '.', slash: sep == '/', year: year}, true
}

// says returns the order the date settles: day first when its first
// number cannot be a month, month first when its second cannot, else
// unsettled.
func (d numericDate) says() dayOrder {
	switch {
	case d.a > 12 && d.b <= 12:
		return dayFirst
	case d.b > 12 && d.a <= 12:
		return monthFirst
	}
	return unsettled
}

// monthFirst returns the date written month first with slashes, as the
// layouts of date.go read it, taking it to be in order o.
func (d numericDate) monthFirst(o dayOrder) string {
	m, day := d.a, d.b
	if o == dayFirst && d.says() != monthFirst || d.says() == dayFirst {
		m, day = d.b, d.a
	}
	return strconv.Itoa(m) + "/" + strconv.Itoa(day) + "/" + d.year
}

// findDates notes the columns of the header that hold dates.
func (s *sheet) findDates() {
	s.dateCols = s.dateCols[:0]
	for _, c := range s.layout.dates {
		if i := s.column(c); i >= 0 {
			s.dateCols = append(s.dateCols, i)
		}
	}
}

// observe takes what the dates of rec say of the file's order: the first
// that settles it settles it. It reports whether rec holds a date that
// the order decides, and whether it holds a numeric date at all (one
// that fixDates may rewrite).
func (s *sheet) observe(rec []string) (ambiguous, numeric bool) {
	for _, i := range s.dateCols {
		if i >= len(rec) {
			continue
		}
		d, ok := splitNumeric(trim(rec[i]))
		if !ok {
			continue
		}
		numeric = true
		switch o := d.says(); {
		case o != unsettled:
			if s.order == unsettled {
				s.order = o
			}
		case d.a != d.b:
			ambiguous = true
			if s.example == "" {
				s.example, s.dots = strings.Clone(trim(rec[i])), d.dots
			}
		}
	}
	return ambiguous, numeric
}

// assumed is the order taken when no date settles it: day first for
// dotted dates, which no locale writes month first; else month first.
func (s *sheet) assumed() dayOrder {
	if s.dots {
		return dayFirst
	}
	return monthFirst
}

// assume settles the order with the one assumed when no date said which,
// with a warning when a date could be read either way.
func (s *sheet) assume() {
	if s.order != unsettled || s.example == "" {
		return
	}
	s.order = s.assumed()
	which := "month first, as LinkedIn writes them"
	if s.order == dayFirst {
		which = "day first, as dotted dates are"
	}
	s.warns = append(s.warns, analyze.Warning{File: s.file,
		Msg: fmt.Sprintf("no date in the file says whether its dates are day or month first (such as %q); read %s", s.example, which)})
}

// fixDates rewrites the numeric dates of rec month first with slashes,
// in the order of the file, or the one assumed while none is known.
func (s *sheet) fixDates(rec []string) {
	o := s.order
	if o == unsettled {
		o = s.assumed()
	}
	for _, i := range s.dateCols {
		if i >= len(rec) {
			continue
		}
		if d, ok := splitNumeric(trim(rec[i])); ok && (!d.slash || o == dayFirst || d.says() == dayFirst) {
			rec[i] = d.monthFirst(o)
		}
	}
}
