package export

import (
	"errors"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
)

func TestReadPositions(t *testing.T) {
	in := "Company Name,Title,Description,Location,Started On,Finished On\n" +
		"Northwind Traders,Engineer,\"Line one\nline two\",Seattle,Jul 2022,\n" +
		"Contoso,Engineer,,,2019,2022\n" +
		",Volunteer,,,2015,2016\n" +
		"Fabrikam,Intern,,,Summer 2018,Sep-18"
	jobs, info, warns, err := ReadPositions(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Job{
		{Company: "Northwind Traders", Title: "Engineer", Start: d(2022, 7, 1)},
		{Company: "Contoso", Title: "Engineer", Start: d(2019, 1, 1), End: d(2022, 12, 31)},
		{Company: "Fabrikam", Title: "Intern", End: d(2018, 9, 30)},
	}
	if !equalSlices(jobs, want) {
		t.Errorf("jobs:\n got %+v\nwant %+v", jobs, want)
	}
	if info.Rows != 3 || info.Skipped != 1 {
		t.Errorf("input = %+v", info)
	}
	wantWarns := []string{
		"p.csv:5: no company name; position skipped",
		`p.csv:6: unknown start date "Summer 2018"; left empty`,
	}
	if got := warnStrings(warns); !equalSlices(got, wantWarns) {
		t.Errorf("warnings:\n got %q\nwant %q", got, wantWarns)
	}
}

func TestReadEducation(t *testing.T) {
	in := "\ufeffSchool Name,Start Date,End Date,Notes,Degree Name,Activities\r\n" +
		"University of Washington,2015,2019,,\"Bachelor of Science - BS, Computer Science\",\r\n" +
		",,,,,\r\n" +
		"Coursera,,Jul 2021,,,\r\n" +
		"Night School,,,,,\r\n"
	schools, info, warns, err := ReadEducation(strings.NewReader(in), "e.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.School{
		{Name: "University of Washington", Start: d(2015, 1, 1), End: d(2019, 12, 31)},
		{Name: "Coursera", End: d(2021, 7, 31)},
		{Name: "Night School"},
	}
	if !equalSlices(schools, want) || info.Rows != 3 || info.Skipped != 0 || len(warns) != 0 {
		t.Errorf("got %+v, %+v, %v", schools, info, warns)
	}
}

func TestReadPositionsNotPositions(t *testing.T) {
	_, _, _, err := ReadPositions(strings.NewReader(header+"a,b,c,d,e,f,g"), "p.csv")
	if !errors.Is(err, ErrNoHeader) || err.Error() != `p.csv:1: no "Company Name,Title,Description,Location,Started On,Finished On" header found; is this LinkedIn's Positions.csv?` {
		t.Errorf("err = %v", err)
	}
}

func warnStrings(warns []analyze.Warning) []string {
	var s []string
	for _, w := range warns {
		s = append(s, w.String())
	}
	return s
}
