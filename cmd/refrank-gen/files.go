package main

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"
)

// An exportFile is one file of the export and the function that writes it.
// Each file has its own function; one that needs randomness draws it from
// export.stream(name), never from another file's stream.
type exportFile struct {
	name  string
	write func(w io.Writer, e *export) error
}

// exportFiles are the files written, in the order they are written.
var exportFiles = []exportFile{
	{"Connections.csv", writeConnections},
	{"Education.csv", writeEducation},
	{"Endorsement_Given_Info.csv", writeEndorsementsGiven},
	{"Endorsement_Received_Info.csv", writeEndorsementsReceived},
	{"Invitations.csv", writeInvitations},
	{"Positions.csv", writePositions},
	{"Profile.csv", writeProfile},
	{"Recommendations_Given.csv", writeRecommendationsGiven},
	{"Recommendations_Received.csv", writeRecommendationsReceived},
	{"messages.csv", writeMessages},
}

// connectionsNotes is the preamble LinkedIn has written above the header
// of Connections.csv since about 2021.
const connectionsNotes = "Notes:\n" +
	`"When exporting your connection data, you may notice that some of the email addresses are missing. ` +
	`You will only see email addresses for connections who have allowed their connections to see or download ` +
	`their email address using this setting https://www.linkedin.com/psettings/privacy/email. ` +
	`You can learn more here https://www.linkedin.com/help/linkedin/answer/261"` + "\n\n"

// writeConnections writes Connections.csv in the current format: the
// notes, the header with URL, one row per contact, newest first.
func writeConnections(w io.Writer, e *export) error {
	if _, err := io.WriteString(w, connectionsNotes); err != nil {
		return err
	}
	cw := newCSV(w)
	cw.Write([]string{"First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"})
	for _, c := range e.contacts {
		cw.Write([]string{c.first, c.last, c.url, c.email, c.company, c.position, c.on.Format("02 Jan 2006")})
	}
	return cw.close()
}

// writeProfile writes Profile.csv: one row, the account owner.
func writeProfile(w io.Writer, e *export) error {
	p := e.persona
	cw := newCSV(w)
	cw.Write([]string{"First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
		"Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"})
	cw.Write([]string{p.first, p.last, "", "", "", p.headline, p.summary, p.industry, p.zipCode, p.geo, "", p.websites, ""})
	return cw.close()
}

// writePositions writes Positions.csv: the user's jobs, newest first,
// dated by month; the current job has no end.
func writePositions(w io.Writer, e *export) error {
	cw := newCSV(w)
	cw.Write([]string{"Company Name", "Title", "Description", "Location", "Started On", "Finished On"})
	for _, j := range e.persona.jobs {
		cw.Write([]string{j.company, j.title, j.description, j.location, month(j.start), month(j.end)})
	}
	return cw.close()
}

// writeEducation writes Education.csv: the user's schools, dated by year.
func writeEducation(w io.Writer, e *export) error {
	cw := newCSV(w)
	cw.Write([]string{"School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"})
	for _, s := range e.persona.schools {
		cw.Write([]string{s.name, year(s.start), year(s.end), s.notes, s.degree, s.activities})
	}
	return cw.close()
}

func month(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("Jan 2006")
}

func year(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Year())
}

// csvFile writes CSV as LinkedIn does: RFC 4180 quoting only where needed,
// LF line ends, and no newline after the last record.
type csvFile struct {
	*csv.Writer
	t *trimFinalNewline
}

func newCSV(w io.Writer) csvFile {
	t := &trimFinalNewline{w: w}
	return csvFile{csv.NewWriter(t), t}
}

// close flushes the records and reports the first error of any write.
func (f csvFile) close() error {
	f.Flush()
	return f.Error()
}

// trimFinalNewline passes writes through but holds back a trailing "\n"
// until more data follows, so the last one is never written.
type trimFinalNewline struct {
	w       io.Writer
	pending bool
}

func (t *trimFinalNewline) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if t.pending {
		if _, err := t.w.Write([]byte{'\n'}); err != nil {
			return 0, err
		}
		t.pending = false
	}
	body := p
	if p[len(p)-1] == '\n' {
		body = p[:len(p)-1]
		t.pending = true
	}
	if _, err := t.w.Write(body); err != nil {
		return 0, err
	}
	return len(p), nil
}
