package report

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

// contract is the fixed head of the referrer table, a public contract.
var contract = []string{
	"Rank", "Score", "Name", "Profile URL", "Email", "Company", "Target", "Team",
	"Position", "Function", "Seniority", "Tie Strength", "Approach", "Why",
}

// extra are the columns after the contract and before the component points.
var extra = []string{"Tie", "Messages", "Last Message", "Connected On"}

// tracking are the last columns, the ones the user fills in; they come
// from and go back to a notes file (see [ReadNotes]).
var tracking = []string{"Status", "Asked On", "Follow Up", "Notes"}

// Statuses are the values the Status column offers, in the order of the
// workbook's dropdown.
var Statuses = []string{"to ask", "asked", "referred", "declined", "thanked"}

// Column indexes of the referrer table.
const (
	colRank = iota
	colScore
	colName
	colURL
	colEmail
	colCompany
	colTarget
	colTeam
	colPosition
	colFunction
	colSeniority
	colTieStrength
	colApproach
	colWhy
	colTie
	colMessages
	colLastMessage
	colConnectedOn
	colPoints // the first component's points; the others follow, then the tracking columns
)

// Offsets of the tracking columns after the last points column.
const (
	trackStatus = iota
	trackAskedOn
	trackFollowUp
	trackNotes
)

// trackCol returns the index of tracking column k for n components.
func trackCol(n, k int) int { return colPoints + n + k }

// dateLayout is how Connected On is written.
const dateLayout = "2006-01-02"

// kind is how a column's values are typed in JSON and XLSX.
type kind int

const (
	kindText     kind = iota
	kindInt           // Rank
	kindDecimal       // a number with one decimal
	kindDate          // Last Message, Connected On
	kindNoteDate      // Asked On, Follow Up: a date when the text reads as one
)

// kindOf returns the kind of column i of a table with n components.
func kindOf(i, n int) kind {
	switch {
	case i == colRank, i == colMessages:
		return kindInt
	case i == colScore, i == colTieStrength, i >= colPoints && i < colPoints+n:
		return kindDecimal
	case i == colLastMessage, i == colConnectedOn:
		return kindDate
	case i == trackCol(n, trackAskedOn), i == trackCol(n, trackFollowUp):
		return kindNoteDate
	}
	return kindText
}

// Columns returns the header of the referrer table for r: the contract columns, then the extra ones.
//
// The extra columns are Tie, Messages, Last Message, Connected On, then
// "<Component> Points" for each of r.Components in order, the name
// title-cased ("role" becomes "Role Points", "shared_school" "Shared School
// Points"), then the tracking columns Status, Asked On, Follow Up and Notes.
// Should two components give the same header, the later ones get " (2)",
// " (3)", ... so that every header stays unique.
func Columns(r *analyze.Result) []string {
	cols := make([]string, 0, len(contract)+len(extra)+len(r.Components)+len(tracking))
	cols = append(cols, contract...)
	cols = append(cols, extra...)
	seen := make(map[string]bool, cap(cols))
	for _, c := range cols {
		seen[c] = true
	}
	for _, c := range tracking {
		seen[c] = true
	}
	for _, c := range r.Components {
		name := titleCase(c) + " Points"
		for n := 2; seen[name]; n++ {
			name = fmt.Sprintf("%s Points (%d)", titleCase(c), n)
		}
		seen[name] = true
		cols = append(cols, name)
	}
	return append(cols, tracking...)
}

// titleCase splits s into words at spaces, underscores and hyphens and
// joins them by one space, each word with its first letter upper-cased.
func titleCase(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == '_' || r == '-' || unicode.IsSpace(r)
	})
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// errNotFinite is returned for a score that is NaN or infinite, which no
// format can show as a number.
var errNotFinite = errors.New("number is not finite")

// check reports the first referral with a number that cannot be written.
func check(r *analyze.Result) error {
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		bad := ""
		switch {
		case !finite(ref.Score):
			bad = "score"
		case !finite(ref.TieStrength):
			bad = "tie strength"
		}
		for _, c := range ref.Components {
			if bad == "" && !finite(c.Points) {
				bad = c.Name + " points"
			}
		}
		if bad != "" {
			return fmt.Errorf("report: referral %d (%s, %s): %s: %w", i+1, ref.Contact.Name(), ref.Target, bad, errNotFinite)
		}
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// decimal formats x with one decimal.
func decimal(x float64) string {
	return strconv.FormatFloat(analyze.Round1(x), 'f', 1, 64)
}

// points returns the points of the component named name, 0 if absent.
func points(ref *analyze.Referral, name string) float64 {
	for _, c := range ref.Components {
		if c.Name == name {
			return c.Points
		}
	}
	return 0
}

// ymd formats t as YYYY-MM-DD, or "" for the zero time.
func ymd(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// fields appends to dst the cells of ref's row as text, in the order of
// Columns: numbers with the digits every format shows, strings as given.
func fields(dst []string, ref *analyze.Referral, components []string) []string {
	c := &ref.Contact
	dst = append(dst,
		strconv.Itoa(ref.Rank),
		decimal(ref.Score),
		c.Name(),
		c.URL,
		c.Email,
		c.Company,
		ref.Target,
		ref.Team,
		c.Position,
		string(ref.Function),
		string(ref.Seniority),
		decimal(ref.TieStrength),
		string(ref.Approach),
		ref.Why,
		string(ref.Tie),
		strconv.Itoa(ref.Messages),
		ymd(ref.LastMessage),
		ymd(c.ConnectedOn),
	)
	for _, name := range components {
		dst = append(dst, decimal(points(ref, name)))
	}
	n := &ref.Note
	return append(dst, n.Status, n.AskedOn, n.FollowUp, n.Notes)
}
