package export

import (
	"io"
	"strings"

	"github.com/refrank/refrank/analyze"
)

var endorsementsReceivedLayout = layout{
	name:     "Endorsement_Received_Info.csv",
	header:   "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status",
	identify: []string{"endorser first name", "endorser last name"},
	required: []string{"Endorser First Name", "Endorser Last Name"},
}

var endorsementsGivenLayout = layout{
	name:     "Endorsement_Given_Info.csv",
	header:   "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status",
	identify: []string{"endorsee first name", "endorsee last name"},
	required: []string{"Endorsee First Name", "Endorsee Last Name"},
}

// endorserRow is one row of Endorsement_Received_Info.csv, and
// endorseeRow of Endorsement_Given_Info.csv: the skill and date are not
// read.
type endorserRow struct {
	FirstName string `csv:"endorser first name"`
	LastName  string `csv:"endorser last name"`
	URL       string `csv:"endorser public url"`
	Status    string `csv:"endorsement status"`
}

type endorseeRow struct {
	FirstName string `csv:"endorsee first name"`
	LastName  string `csv:"endorsee last name"`
	URL       string `csv:"endorsee public url"`
	Status    string `csv:"endorsement status"`
}

// endorsement is what is read of a row of either file.
type endorsement struct{ first, last, url, status string }

func (r *endorserRow) get() endorsement { return endorsement{r.FirstName, r.LastName, r.URL, r.Status} }
func (r *endorseeRow) get() endorsement { return endorsement{r.FirstName, r.LastName, r.URL, r.Status} }

// ReadEndorsementsReceived reads Endorsement_Received_Info.csv from r;
// file names it in the interactions, the Input and the messages. It
// returns one interaction per endorser, in the order they first appear,
// with EndorsedUser counting their endorsements. Endorsements whose status
// is other than ACCEPTED (or empty) are skipped, one warning per status:
// the user turned them down or has not accepted them. The endorser's
// profile URL is kept as given, without a scheme
// ("www.linkedin.com/in/slug"), and is empty in files from before 2023.
func ReadEndorsementsReceived(r io.Reader, file string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	return readEndorsements[endorserRow](r, file, &endorsementsReceivedLayout, func(x *analyze.Interaction) { x.EndorsedUser++ })
}

// ReadEndorsementsGiven reads Endorsement_Given_Info.csv from r like
// [ReadEndorsementsReceived], with EndorsedByUser counting the
// endorsements the user gave each person.
func ReadEndorsementsGiven(r io.Reader, file string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	return readEndorsements[endorseeRow](r, file, &endorsementsGivenLayout, func(x *analyze.Interaction) { x.EndorsedByUser++ })
}

func readEndorsements[T any, P interface {
	*T
	get() endorsement
}](r io.Reader, file string, l *layout, count func(*analyze.Interaction)) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	t := tally{file: file}
	var skipped skippedStatus
	in, warns, err := scan(r, file, l, func(s *sheet, v *T, line int) bool {
		row := P(v).get()
		if st := clean(row.status); st != "" && !strings.EqualFold(st, "ACCEPTED") {
			skipped.add(st)
			return false
		}
		name, url := fullName(row.first, row.last), profileURL(row.url)
		if name == "" && url == "" {
			s.warnf(line, "no name; endorsement skipped")
			return false
		}
		count(t.get(name, url))
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return t.list, in, append(warns, skipped.warnings(file, "endorsement", "endorsements")...), nil
}
