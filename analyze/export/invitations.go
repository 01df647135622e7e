package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/refrank/refrank/analyze"
)

var invitationsLayout = layout{
	name:     "Invitations.csv",
	header:   "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
	identify: []string{"from", "to", "direction"},
	required: []string{"From", "To", "Direction"},
}

// invitationRow is one row of Invitations.csv. Of the message, only its
// presence is kept. The URL columns exist since 2024; the 2023 files had
// inviterProfileUrn and inviteeProfileUrn instead, which are not read.
type invitationRow struct {
	From       string   `csv:"from"`
	To         string   `csv:"to"`
	Message    nonEmpty `csv:"message"`
	Direction  string   `csv:"direction"`
	InviterURL string   `csv:"inviterprofileurl"`
	InviteeURL string   `csv:"inviteeprofileurl"`
}

// ReadInvitations reads Invitations.csv, the pending invitations, from r;
// file names it in the interactions, the Input and the messages. It
// returns one interaction per person, in the order they first appear:
// InvitedByUser for OUTGOING invitations (the person is To), InvitedUser
// for INCOMING ones (the person is From), and InvitationNote when one
// carried a message, whose text is never kept. A row with another
// direction, or without the person's name, is skipped with a warning. The
// error, when the file cannot be read at all, is a [*ParseError] wrapping
// [ErrNoHeader] or [ErrMissingColumn], or a read error.
func ReadInvitations(r io.Reader, file string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error) {
	t := tally{file: file}
	in, warns, err := scan(r, file, &invitationsLayout, func(s *sheet, row *invitationRow, line int) bool {
		var name, url string
		outgoing := false
		switch dir := clean(row.Direction); {
		case strings.EqualFold(dir, "OUTGOING"):
			name, url, outgoing = clean(row.To), profileURL(row.InviteeURL), true
		case strings.EqualFold(dir, "INCOMING"):
			name, url = clean(row.From), profileURL(row.InviterURL)
		default:
			s.warnf(line, "direction %q is neither INCOMING nor OUTGOING; invitation skipped", dir)
			return false
		}
		if name == "" && url == "" {
			s.warnf(line, "no name; invitation skipped")
			return false
		}
		x := t.get(name, url)
		if outgoing {
			x.InvitedByUser = true
		} else {
			x.InvitedUser = true
		}
		x.InvitationNote = x.InvitationNote || bool(row.Message)
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return t.list, in, warns, nil
}

// profileURL returns a cell that holds a profile URL trimmed, and "" for
// anything else: empty, or a member URN ("urn:li:member:123").
func profileURL(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(strings.ToLower(s), "urn:") {
		return ""
	}
	return s
}

// skippedStatus counts rows skipped for their status, by status, in the
// order first seen, for one warning per status.
type skippedStatus struct {
	order []string
	n     map[string]int
}

func (k *skippedStatus) add(status string) {
	status = strings.ToUpper(status)
	if k.n == nil {
		k.n = map[string]int{}
	}
	if k.n[status] == 0 {
		k.order = append(k.order, status)
	}
	k.n[status]++
}

// warnings returns one warning per status: "2 endorsements with status
// REJECTED; skipped".
func (k *skippedStatus) warnings(file, one, many string) []analyze.Warning {
	var ws []analyze.Warning
	for _, st := range k.order {
		n := k.n[st]
		ws = append(ws, analyze.Warning{File: file, Msg: fmt.Sprintf("%s with status %s; skipped", analyze.Plural(n, one, many), st), Expected: true})
	}
	return ws
}
