package report

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// referrerColumns returns the columns of the referrer table, typed.
func referrerColumns(r *analyze.Result) []column {
	names := Columns(r)
	cols := make([]column, len(names))
	n := len(r.Components)
	for j, name := range names {
		cols[j] = column{name: name, kind: kindOf(j, n)}
		switch j {
		case colWhy:
			cols[j].wrap, cols[j].width = true, whyWidth
		case colPosition, colApproach:
			cols[j].width = 40
		case trackCol(n, trackNotes):
			cols[j].wrap, cols[j].width = true, 40
		case trackCol(n, trackStatus):
			cols[j].width = 12 // room for the dropdown's longest value
		}
	}
	return cols
}

// fillReferral sets the cells of the row of referral i of the referrer table.
func (b *book) fillReferral(i int, cells []cell) {
	ref := &b.r.Referrals[i]
	c := &ref.Contact
	n := len(b.r.Components)
	cells[colRank].setInt(ref.Rank)
	cells[colScore].setFloat(analyze.Round1(ref.Score))
	cells[colName].setText(c.Name())
	profileCell(&cells[colURL], c.URL, b.st)
	cells[colEmail].setText(c.Email)
	cells[colCompany].setText(c.Company)
	cells[colTarget].setText(ref.Target)
	cells[colTeam].setText(ref.Team)
	cells[colPosition].setText(c.Position)
	cells[colFunction].setText(string(ref.Function))
	cells[colSeniority].setText(string(ref.Seniority))
	cells[colTieStrength].setFloat(analyze.Round1(ref.TieStrength))
	cells[colApproach].setText(string(ref.Approach))
	cells[colWhy].setText(ref.Why)
	cells[colTie].setText(string(ref.Tie))
	cells[colTie].style = b.st.tierStyle(ref.Tie)
	cells[colMessages].setInt(ref.Messages)
	dayCell(&cells[colLastMessage], ref.LastMessage)
	dayCell(&cells[colConnectedOn], c.ConnectedOn)
	for k, name := range b.r.Components {
		cells[colPoints+k].setFloat(analyze.Round1(points(ref, name)))
	}
	if len(cells) > trackCol(n, trackNotes) {
		cells[trackCol(n, trackStatus)].setText(ref.Note.Status)
		noteDayCell(&cells[trackCol(n, trackAskedOn)], ref.Note.AskedOn, b.st)
		noteDayCell(&cells[trackCol(n, trackFollowUp)], ref.Note.FollowUp, b.st)
		cells[trackCol(n, trackNotes)].setText(ref.Note.Notes)
	}
}

// dayCell sets c to t's date serial, or leaves it empty for the zero time.
func dayCell(c *cell, t time.Time) {
	if !t.IsZero() {
		c.setInt(serial(t))
	}
}

// noteDayCell sets c to the date s reads as, else to s as text.
func noteDayCell(c *cell, s string, st *styles) {
	if t, ok := parseDay(s); ok {
		c.setInt(serial(t))
		return
	}
	c.style = st.text
	c.setText(s)
}

// linkCell makes c a link to u showing label when u is a LinkedIn https
// URL (see [linkable]), else plain text: label, or u when label is "".
func linkCell(c *cell, u, label string, st *styles) {
	if label == "" {
		label = u
	}
	c.setText(label)
	if formula, ok := linkFormula(u, label); ok {
		c.style, c.formula = st.link, formula
	}
}

// profileCell makes c show the profile URL u, a link to it when u may be
// linked (see [linkable]).
func profileCell(c *cell, u string, st *styles) {
	c.setText(u)
	if linkable(u, u) {
		c.style, c.link = st.link, true
	}
}

// referrers writes the referrer table, with the tracking columns the user
// fills in: a data bar on Score, a dropdown on Status.
func (b *book) referrers(sheet string) error {
	r := b.r
	cols := referrerColumns(r)
	status := trackCol(len(r.Components), trackStatus)
	return b.queue(&tableSheet{
		sheet:  sheet,
		cols:   cols,
		rows:   len(r.Referrals),
		fill:   b.fillReferral,
		freeze: colName + 1,
		after: func(f *excelize.File, last int) error {
			if err := scoreBar(f, sheet, last); err != nil {
				return err
			}
			dv := excelize.NewDataValidation(true)
			dv.Sqref = colRange(status, last)
			if err := dv.SetDropList(Statuses); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleWarning, "Status", "Pick one of: "+strings.Join(Statuses, ", "))
			return f.AddDataValidation(sheet, dv)
		},
	})
}

// scoreBar adds a data bar from 0 to 100 to the Score column.
func scoreBar(f *excelize.File, sheet string, last int) error {
	return f.SetConditionalFormat(sheet, colRange(colScore, last), []excelize.ConditionalFormatOptions{{
		Type: "data_bar", Criteria: "=",
		MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "100",
		BarColor: "#" + barColour, BarSolid: true,
	}})
}

// target writes the referrer table filtered to one target, without the
// tracking columns: those are kept in Referrers, the sheet a notes file
// is read from.
func (b *book) target(sheet, target string) error {
	r := b.r
	var rows []int
	for i := range r.Referrals {
		if r.Referrals[i].Target == target {
			rows = append(rows, i)
		}
	}
	cols := referrerColumns(r)
	cols = cols[:len(cols)-len(tracking)]
	return b.queue(&tableSheet{
		sheet:  sheet,
		cols:   cols,
		rows:   len(rows),
		fill:   func(i int, cells []cell) { b.fillReferral(rows[i], cells) },
		freeze: colName + 1,
		after: func(f *excelize.File, last int) error {
			return scoreBar(f, sheet, last)
		},
	})
}

// outreach writes the drafted messages, one row per draft, the long
// message wrapped in a tall row, connection notes over LinkedIn's limit
// flagged.
func (b *book) outreach(sheet string) error {
	drafts := b.r.Drafts
	cols := []column{
		{name: "Target", width: 30},
		{name: "Name", width: 30},
		{name: "Tie"},
		{name: "Kind"},
		{name: "Via", width: 30},
		{name: "Subject", wrap: true, width: 30},
		{name: "Message", wrap: true, width: 70},
		{name: "Note", wrap: true, width: 45},
		{name: "Note Length", kind: kindInt},
	}
	checks := slices.ContainsFunc(drafts, func(d analyze.Draft) bool { return d.Check != "" })
	if checks {
		cols = append(cols, column{name: "Check First", wrap: true, width: 40})
	}
	return b.queue(&tableSheet{
		sheet: sheet,
		cols:  cols,
		rows:  len(drafts),
		fill: func(i int, cells []cell) {
			d := &drafts[i]
			cells[0].setText(d.Target)
			linkCell(&cells[1], d.Contact.URL, d.Contact.Name(), b.st)
			cells[2].setText(string(d.Tie))
			cells[2].style = b.st.tierStyle(d.Tie)
			cells[3].setText(d.Kind)
			cells[4].setText(d.Via)
			cells[5].setText(d.Subject)
			cells[6].setText(d.Message)
			cells[7].setText(d.Note)
			cells[8].setInt(utf8.RuneCountInString(d.Note))
			if checks {
				cells[9].setText(d.Check)
			}
		},
		freeze:   2,
		maxLines: outreachLines,
		after: func(f *excelize.File, last int) error {
			return f.SetConditionalFormat(sheet, colRange(8, last), []excelize.ConditionalFormatOptions{{
				Type: "cell", Criteria: ">", Value: fmt.Sprint(analyze.NoteLimit), Format: &b.st.longNote,
			}})
		},
	})
}

// search is one LinkedIn search the Search sheet links to.
type search struct {
	target, what, keywords string
	secondDegree           bool
}

// URL returns the LinkedIn people search for s.
func (s search) URL() string {
	u := "https://www.linkedin.com/search/results/people/?keywords=" + url.QueryEscape(s.keywords)
	if s.secondDegree {
		u += "&network=%5B%22S%22%5D" // ["S"]: second-degree connections
	}
	return u
}

// searches lists, for each target, the searches that find what the export
// cannot: second-degree people there, alumni of the user's schools there,
// and people there in the target role.
func searches(r *analyze.Result, targets []string) []search {
	var list []search
	for _, t := range targets {
		list = append(list, search{t, "2nd-degree connections at " + t, t, true})
		for _, school := range r.Schools {
			list = append(list, search{t, "Alumni of " + school + " at " + t, t + " " + school, false})
		}
		if r.Role != "" {
			role := rolePhrase(r.Role)
			list = append(list, search{t, "People working as " + role + " at " + t, t + " " + role, false})
		}
	}
	return list
}

// rolePhrase is what people in a function call themselves, for a search.
func rolePhrase(f analyze.Function) string {
	switch f {
	case analyze.Software:
		return "software engineer"
	case analyze.Product:
		return "product manager"
	case analyze.Program:
		return "program manager"
	case analyze.Design:
		return "designer"
	case analyze.Research:
		return "research scientist"
	case analyze.Hardware:
		return "hardware engineer"
	case analyze.Recruiting:
		return "recruiter"
	case analyze.HR:
		return "human resources"
	case analyze.Support:
		return "customer support"
	}
	return string(f)
}

// search writes the Search sheet: one LinkedIn search per row, linked.
func (b *book) search(sheet string) error {
	list := searches(b.r, b.targets)
	return b.queue(&tableSheet{
		sheet: sheet,
		cols: []column{
			{name: "Target", width: 30},
			{name: "Search", width: 50},
			{name: "Keywords", width: 40},
			{name: "Link", width: 50},
		},
		rows: len(list),
		fill: func(i int, cells []cell) {
			s := list[i]
			cells[0].setText(s.target)
			cells[1].setText(s.what)
			cells[2].setText(s.keywords)
			linkCell(&cells[3], s.URL(), "Open on LinkedIn", b.st)
			if cells[3].formula == "" {
				cells[3].setText(s.URL()) // too long for HYPERLINK: show it to copy
			}
		},
		freeze: 1,
	})
}

// contacts writes All Contacts: every contact with a name, with an
// employer or without, as the network view classifies them.
func (b *book) contacts(sheet string) error {
	members := b.r.Network
	cols := []column{
		{name: "Name"},
		{name: "Profile URL"},
		{name: "Email"},
		{name: "Company"},
		{name: "Employer"},
		{name: "Position", width: 40},
		{name: "Function"},
		{name: "Seniority"},
		{name: "Team"},
		{name: "Tie"},
		{name: "Tie Strength", kind: kindDecimal},
		{name: "Messages", kind: kindInt},
		{name: "Last Message", kind: kindDate},
		{name: "Connected On", kind: kindDate},
	}
	return b.queue(&tableSheet{
		sheet: sheet,
		cols:  cols,
		rows:  len(members),
		fill: func(i int, cells []cell) {
			m := &members[i]
			c := &m.Contact
			cells[0].setText(c.Name())
			profileCell(&cells[1], c.URL, b.st)
			cells[2].setText(c.Email)
			cells[3].setText(c.Company)
			cells[4].setText(m.Employer)
			cells[5].setText(c.Position)
			cells[6].setText(string(m.Function))
			cells[7].setText(string(m.Seniority))
			cells[8].setText(m.Team)
			cells[9].setText(string(m.Tie))
			cells[9].style = b.st.tierStyle(m.Tie)
			cells[10].setFloat(analyze.Round1(m.TieStrength))
			cells[11].setInt(m.Messages)
			dayCell(&cells[12], m.LastMessage)
			dayCell(&cells[13], c.ConnectedOn)
		},
		freeze: 1,
	})
}
