package report

import (
	"fmt"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// SheetChanges is the sheet of what changed at the targets since the
// previous export.
const SheetChanges = "Changes"

// ChangeCounts says how many of changes are of each kind, for stderr and
// the Summary: "2 joined a target, 1 new connection there, 1 left one".
func ChangeCounts(changes []analyze.Change) string {
	n := map[string]int{}
	for _, c := range changes {
		n[c.Kind]++
	}
	if len(changes) == 0 {
		return "no one joined or left a target, and no new connection works at one"
	}
	var parts []string
	if k := n[analyze.Joined]; k > 0 {
		parts = append(parts, fmt.Sprintf("%d joined a target", k))
	}
	if k := n[analyze.NewConnection]; k == 1 {
		parts = append(parts, "1 new connection there")
	} else if k > 1 {
		parts = append(parts, fmt.Sprintf("%d new connections there", k))
	}
	if k := n[analyze.Left]; k > 0 {
		parts = append(parts, fmt.Sprintf("%d left one", k))
	}
	return strings.Join(parts, ", ")
}

// changes writes one row per move at a target since the previous export:
// who joined it (and the employer they left), who is a new connection
// there, who left it (and where they are now).
func (b *book) changes(sheet string) error {
	r := b.r
	cols := []column{
		{name: "Target", width: 30},
		{name: "Change"},
		{name: "Name", width: 30},
		{name: "Position", width: 40},
		{name: "Company", width: 30},
		{name: "Before", width: 30},
		{name: "Connected On", kind: kindDate},
	}
	since := "your previous export"
	if !r.PreviousDate.IsZero() {
		since = "your export of " + r.PreviousDate.Format("2006-01-02")
	}
	title := cell{style: b.st.section, spill: true}
	title.setText("What changed at your targets since " + since + ": " + ChangeCounts(r.Changes))
	note := cell{style: b.st.subtitle, spill: true}
	note.setText("New joiners are often the most eager referrers: they remember being referred themselves.")
	return b.queue(&tableSheet{
		sheet:    sheet,
		preamble: []line{{cells: []cell{title}}, {cells: []cell{note}}, {}},
		cols:     cols,
		rows:     len(r.Changes),
		fill: func(i int, cells []cell) {
			c := &r.Changes[i]
			cells[0].setText(c.Target)
			cells[1].setText(c.Kind)
			linkCell(&cells[2], c.Contact.URL, c.Contact.Name(), b.st)
			cells[3].setText(c.Contact.Position)
			cells[4].setText(c.Contact.Company)
			cells[5].setText(c.From)
			dayCell(&cells[6], c.Contact.ConnectedOn)
		},
		freeze: 3,
	})
}
