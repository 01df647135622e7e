package export

import (
	"strings"
	"time"
)

// dayLayouts are the forms a day takes in the files read, newest first:
// LinkedIn's "02 Jan 2006" since about 2020, "1/2/06, 3:04 PM" in 2018,
// and what Excel makes of them when it re-saves a file ("6-Feb-26",
// "2/6/2026"). Slashed dates are read month first, as LinkedIn and a US
// Excel write them.
var dayLayouts = []string{
	"2 Jan 2006",
	"1/2/06, 3:04 PM",
	"2-Jan-06",
	"1/2/2006",
	"1/2/06",
	"2-Jan-2006",
	"2006-01-02",
	"1/2/06 3:04 PM",
	"1/2/2006, 3:04 PM",
	"1/2/2006 3:04 PM",
	"1/2/06 15:04",
	"1/2/2006 15:04",
	"1/2/06 15:04:05",
	"1/2/2006 15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05 MST",
	"2 January 2006",
	"Jan 2, 2006",
	"January 2, 2006",
	"Mon Jan 2 15:04:05 MST 2006",
}

// monthLayouts are the forms a month takes in Positions.csv and
// Education.csv ("Sep 2000") and after an Excel re-save ("Sep-00").
var monthLayouts = []string{
	"Jan 2006",
	"January 2006",
	"Jan-06",
	"Jan-2006",
	"1/2006",
	"2006-01",
}

// Years outside this range are taken for a misreading.
const minYear, maxYear = 1900, 2100

// parseDate reads the day s names, at midnight UTC (the time of day, when
// given, is dropped). It reports false for an empty or unknown s.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t.Year(), t.Month(), t.Day())
		}
	}
	return time.Time{}, false
}

// parsePeriod reads a day, a month or a year and returns the first and
// the last day of it: "2019" is 2019-01-01 to 2019-12-31, "Jul 2021" is
// 2021-07-01 to 2021-07-31. It reports false for an empty or unknown s.
func parsePeriod(s string) (first, last time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) == 4 && isDigits(s) {
		y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
		if first, ok = day(y, time.January, 1); ok {
			last, _ = day(y, time.December, 31)
		}
		return first, last, ok
	}
	for _, layout := range monthLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if first, ok = day(t.Year(), t.Month(), 1); ok {
				last = first.AddDate(0, 1, -1)
			}
			return first, last, ok
		}
	}
	if d, ok := parseDate(s); ok {
		return d, d, true
	}
	return time.Time{}, time.Time{}, false
}

// day returns the date at midnight UTC, and false if the year is out of
// range.
func day(y int, m time.Month, d int) (time.Time, bool) {
	if y < minYear || y > maxYear {
		return time.Time{}, false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// date is a day as a cell holds it, for gocsv. Unmarshalling never fails:
// an unknown form keeps its text in raw and leaves t zero, so that the row
// is kept and a warning can name the line.
type date struct {
	raw string
	t   time.Time
}

// UnmarshalCSV implements gocsv.TypeUnmarshaller.
func (d *date) UnmarshalCSV(s string) error {
	d.raw = strings.TrimSpace(s)
	d.t, _ = parseDate(d.raw)
	return nil
}

// unknown reports whether the cell held text that is not a known date.
func (d date) unknown() bool { return d.raw != "" && d.t.IsZero() }

// period is a day, month or year as a cell holds it, for gocsv; see date.
type period struct {
	raw         string
	first, last time.Time
}

// UnmarshalCSV implements gocsv.TypeUnmarshaller.
func (p *period) UnmarshalCSV(s string) error {
	p.raw = strings.TrimSpace(s)
	p.first, p.last, _ = parsePeriod(p.raw)
	return nil
}

// unknown reports whether the cell held text that is not a known period.
func (p period) unknown() bool { return p.raw != "" && p.first.IsZero() }
