package export

import (
	"io"

	"github.com/refrank/refrank/analyze"
)

var profileLayout = layout{
	name:     "Profile.csv",
	header:   "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
	identify: []string{"first name", "last name", "headline"},
	required: []string{"First Name", "Last Name"},
}

// profileRow is the part of Profile.csv that is read: the name and the
// headline. The address, birth date and the rest are never read.
type profileRow struct {
	FirstName string `csv:"first name"`
	LastName  string `csv:"last name"`
	Headline  string `csv:"headline"`
}

// ReadProfile reads Profile.csv, the account owner's profile, from r and
// returns the owner's name ("First Last"), with an empty URL; file names
// it in the Input and the messages. Only the first row with a name is
// used; the file has one. The error, when the file cannot be read at all,
// is a [*ParseError] wrapping [ErrNoHeader] or [ErrMissingColumn], or a
// read error.
func ReadProfile(r io.Reader, file string) (analyze.Person, analyze.Input, []analyze.Warning, error) {
	owner, _, in, warns, err := readProfile(r, file)
	return owner, in, warns, err
}

// readProfile is ReadProfile that also returns the owner's headline.
func readProfile(r io.Reader, file string) (owner analyze.Person, headline string, in analyze.Input, warns []analyze.Warning, err error) {
	in, warns, err = scan(r, file, &profileLayout, func(s *sheet, row *profileRow, line int) bool {
		name := fullName(row.FirstName, row.LastName)
		if name == "" || owner.Name != "" {
			return false
		}
		owner.Name = name
		headline = clean(row.Headline)
		return true
	})
	if err != nil {
		return analyze.Person{}, "", in, warns, err
	}
	if owner.Name == "" {
		warns = append(warns, analyze.Warning{File: file, Msg: "no name in the profile"})
	}
	return owner, headline, in, warns, nil
}
