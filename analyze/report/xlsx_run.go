package report

import (
	"fmt"
	"strings"
)

// run writes the Run sheet: labelled sections of the export's date,
// parameters, score components, inputs, row counts and warnings, a plain
// sheet of three columns fitted to its labels, files and values.
func (b *book) run(sheet string) error {
	r, st := b.r, b.st
	var lines []line
	cellOf := func(style int, s string) cell {
		c := cell{style: style}
		c.setText(s)
		return c
	}
	text := func(s string) cell { return cellOf(st.text, s) }
	num := func(n int) cell { c := cell{style: st.count}; c.setInt(n); return c }
	add := func(cells ...cell) { lines = append(lines, line{cells: cells}) }
	head := func(s ...string) {
		var row []cell
		for _, v := range s {
			row = append(row, cellOf(st.header, v))
		}
		add(row...)
	}
	section := func(title string) {
		if len(lines) > 0 {
			add()
		}
		c := cellOf(st.section, title)
		c.spill = true
		add(c)
	}
	none := func() { add(text("(none)")) }

	section("Export")
	date := text("unknown")
	if d := exportDate(r); !d.IsZero() {
		date = cell{style: st.countDay}
		date.setInt(serial(d))
	}
	add(text("Export date"), date)
	if r.ExportDateFrom != "" {
		add(text("Export date from"), text(r.ExportDateFrom))
	}
	if r.Merged.Total() > 0 {
		add(text("Contacts merged across exports"), text(r.Merged.String()))
	}

	section("Parameters")
	head("Parameter", "Value")
	for _, p := range r.Params {
		add(text(p.Name), text(p.Value))
	}
	if len(r.Params) == 0 {
		none()
	}

	section("Score components")
	head("Component", "Column")
	cols := Columns(r)
	for i, c := range r.Components {
		add(text(c), text(cols[colPoints+i]))
	}
	if len(r.Components) == 0 {
		none()
	}

	section("Inputs read")
	head("File", "Rows", "Skipped")
	for _, in := range r.Inputs {
		add(text(in.File), num(in.Rows), num(in.Skipped))
	}
	if len(r.Inputs) == 0 {
		none()
	}

	section("Totals")
	for _, t := range []struct {
		label string
		n     int
	}{
		{"Contacts read", r.Contacts},
		{"Referrers listed", len(r.Referrals)},
		{"Targets", len(r.Companies)},
		{"Contacts in All Contacts", len(r.Network)},
		{"Outreach drafts", len(r.Drafts)},
		{"Searches", len(searches(r, b.targets))},
		{"Notes kept", notesKept(b)},
		{"Warnings", len(r.Warnings)},
	} {
		add(text(t.label), num(t.n))
	}

	// The warnings may overflow to the right, into the empty cells
	// beside them.
	section("Warnings")
	for i, w := range r.Warnings {
		c := text(w.String())
		if i == MaxWarnings {
			c = text(fmt.Sprintf("... and %d more", len(r.Warnings)-MaxWarnings))
		}
		c.spill = true
		add(c)
		if i == MaxWarnings {
			break
		}
	}
	if len(r.Warnings) == 0 {
		none()
	}
	return b.queue(&tableSheet{
		sheet:    sheet,
		preamble: lines,
		plain:    true,
		cols:     []column{{least: 12}, {least: 12}, {least: 10}},
	})
}

// notesKept counts the referrals with a tracking value from a notes file.
func notesKept(b *book) int {
	n := 0
	for i := range b.r.Referrals {
		note := &b.r.Referrals[i].Note
		if strings.TrimSpace(note.Status+note.AskedOn+note.FollowUp+note.Notes) != "" {
			n++
		}
	}
	return n
}
