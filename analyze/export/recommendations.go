package export

import (
	"io"
	"strings"

	"github.com/refrank/refrank/analyze"
)

var recommendationsReceivedLayout = layout{
	name:     "Recommendations_Received.csv",
	header:   "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
	identify: []string{"first name", "last name", "text"},
	required: []string{"First Name", "Last Name"},
}

var recommendationsGivenLayout = layout{
	name:     "Recommendations_Given.csv",
	header:   "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
	identify: []string{"first name", "last name", "text"},
	required: []string{"First Name", "Last Name"},
}

// recommendationRow is the part of a row of either recommendation file
// that is read; the text is never read.
type recommendationRow struct {
	FirstName string `csv:"first name"`
	LastName  string `csv:"last name"`
	Status    string `csv:"status"`
}

// ReadRecommendationsReceived reads Recommendations_Received.csv from r;
// file names it in the interactions, the Input and the messages. It
// returns one interaction per recommender, by name (the file has no
// URLs), in the order they first appear, with RecommendedUser set.
// Recommendations whose status is other than VISIBLE (or empty) are
// skipped, one warning per status: the user hid them or has not accepted
// them. The text is never read.
func ReadRecommendationsReceived(r io.Reader, file string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	return readRecommendations(r, file, &recommendationsReceivedLayout, func(x *analyze.Interaction) { x.RecommendedUser = true })
}

// ReadRecommendationsGiven reads Recommendations_Given.csv from r like
// [ReadRecommendationsReceived], with RecommendedByUser set.
func ReadRecommendationsGiven(r io.Reader, file string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	return readRecommendations(r, file, &recommendationsGivenLayout, func(x *analyze.Interaction) { x.RecommendedByUser = true })
}

func readRecommendations(r io.Reader, file string, l *layout, set func(*analyze.Interaction)) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	t := tally{file: file}
	var skipped skippedStatus
	in, warns, err := scan(r, file, l, func(s *sheet, row *recommendationRow, line int) bool {
		if st := clean(row.Status); st != "" && !strings.EqualFold(st, "VISIBLE") {
			skipped.add(st)
			return false
		}
		name := fullName(row.FirstName, row.LastName)
		if name == "" {
			s.warnf(line, "no name; recommendation skipped")
			return false
		}
		set(t.get(name, ""))
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return t.list, in, append(warns, skipped.warnings(file, "recommendation", "recommendations")...), nil
}
