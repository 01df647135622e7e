package export

import (
	"io"

	"github.com/refrank/refrank/analyze"
)

var positionsLayout = layout{
	name:     "Positions.csv",
	header:   "Company Name,Title,Description,Location,Started On,Finished On",
	identify: []string{"company name", "title"},
	required: []string{"Company Name", "Title", "Started On", "Finished On"},
	dates:    []string{"Started On", "Finished On"},
}

// positionRow is one row of Positions.csv.
type positionRow struct {
	Company    string `csv:"company name"`
	Title      string `csv:"title"`
	StartedOn  period `csv:"started on"`
	FinishedOn period `csv:"finished on"`
}

// ReadPositions reads Positions.csv, the user's own positions, from r;
// file names it in the Input and the messages. Dates are months ("Sep
// 2000") or years ("2017"): a job starts on the first day of its start
// and ends on the last day of its end; an empty Finished On means a
// current job (End zero). A row without a company is skipped with a
// warning; a date in an unknown form is left zero with a warning.
func ReadPositions(r io.Reader, file string) ([]analyze.Job, analyze.Input, []analyze.Warning, error) {
	var jobs []analyze.Job
	in, warns, err := scan(r, file, &positionsLayout, func(s *sheet, row *positionRow, line int) bool {
		j := analyze.Job{
			Company: clean(row.Company),
			Title:   clean(row.Title),
			Start:   row.StartedOn.first,
			End:     row.FinishedOn.last,
		}
		if j.Company == "" {
			s.warnf(line, "no company name; position skipped")
			return false
		}
		if row.StartedOn.unknown() {
			s.warnf(line, "unknown start date %q; left empty", row.StartedOn.raw)
		}
		if row.FinishedOn.unknown() {
			s.warnf(line, "unknown end date %q; position read as current", row.FinishedOn.raw)
		}
		jobs = append(jobs, j)
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return jobs, in, warns, nil
}
