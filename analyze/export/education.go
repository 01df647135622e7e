package export

import (
	"io"

	"github.com/refrank/refrank/analyze"
)

var educationLayout = layout{
	name:     "Education.csv",
	header:   "School Name,Start Date,End Date,Notes,Degree Name,Activities",
	identify: []string{"school name", "start date"},
	required: []string{"School Name", "Start Date", "End Date"},
	dates:    []string{"Start Date", "End Date"},
}

// educationRow is one row of Education.csv.
type educationRow struct {
	School string `csv:"school name"`
	Start  period `csv:"start date"`
	End    period `csv:"end date"`
}

// ReadEducation reads Education.csv, the user's own schools, from r; file
// names it in the Input and the messages. Dates are years or months ("Jul
// 2021") and may be empty (zero): studies start on the first day of the
// start and end on the last day of the end. Rows without a school name
// are left out silently (there is nothing to match them on) and are
// not counted; a date in an unknown form is left zero with a warning.
func ReadEducation(r io.Reader, file string) ([]analyze.School, analyze.Input, []analyze.Warning, error) {
	var schools []analyze.School
	blank := 0
	in, warns, err := scan(r, file, &educationLayout, func(s *sheet, row *educationRow, line int) bool {
		sc := analyze.School{Name: clean(row.School), Start: row.Start.first, End: row.End.last}
		if sc.Name == "" {
			blank++
			return false
		}
		if row.Start.unknown() {
			s.warnf(line, "unknown start date %q; left empty", row.Start.raw)
		}
		if row.End.unknown() {
			s.warnf(line, "unknown end date %q; left empty", row.End.raw)
		}
		schools = append(schools, sc)
		return true
	})
	in.Skipped -= blank
	if err != nil {
		return nil, in, warns, err
	}
	return schools, in, warns, nil
}
