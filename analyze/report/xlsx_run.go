package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// run writes the Run sheet: labelled sections of the export's date,
// parameters, score components, inputs, row counts and warnings. It is
// small and written cell by cell.
func (b *book) run(sheet string) error {
	r, st := b.r, b.st
	var rows [][]any
	text := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.text, Value: clip(s)} }
	num := func(n int) excelize.Cell { return excelize.Cell{StyleID: st.count, Value: n} }
	head := func(s ...string) []any {
		row := make([]any, len(s))
		for i, v := range s {
			row[i] = excelize.Cell{StyleID: st.header, Value: v}
		}
		return row
	}
	section := func(title string) {
		if len(rows) > 0 {
			rows = append(rows, nil)
		}
		rows = append(rows, []any{excelize.Cell{StyleID: st.section, Value: title}})
	}
	none := func() { rows = append(rows, []any{text("(none)")}) }

	section("Export")
	date := text("unknown")
	if d := exportDate(r); !d.IsZero() {
		date = excelize.Cell{StyleID: st.countDay, Value: serial(d)}
	}
	rows = append(rows, []any{text("Export date"), date})

	section("Parameters")
	rows = append(rows, head("Parameter", "Value"))
	for _, p := range r.Params {
		rows = append(rows, []any{text(p.Name), text(p.Value)})
	}
	if len(r.Params) == 0 {
		none()
	}

	section("Score components")
	rows = append(rows, head("Component", "Column"))
	cols := Columns(r)
	for i, c := range r.Components {
		rows = append(rows, []any{text(c), text(cols[colPoints+i])})
	}
	if len(r.Components) == 0 {
		none()
	}

	section("Inputs read")
	rows = append(rows, head("File", "Rows", "Skipped"))
	for _, in := range r.Inputs {
		rows = append(rows, []any{text(in.File), num(in.Rows), num(in.Skipped)})
	}
	if len(r.Inputs) == 0 {
		none()
	}

	section("Totals")
	rows = append(rows,
		[]any{text("Contacts read"), num(r.Contacts)},
		[]any{text("Referrers listed"), num(len(r.Referrals))},
		[]any{text("Targets"), num(len(r.Companies))},
		[]any{text("Contacts in All Contacts"), num(len(r.Network))},
		[]any{text("Outreach drafts"), num(len(r.Drafts))},
		[]any{text("Searches"), num(len(searches(r, b.targets)))},
		[]any{text("Notes kept"), num(notesKept(b))},
		[]any{text("Warnings"), num(len(r.Warnings))},
	)

	// Fit the columns to labels, files and values; the warnings below may
	// overflow to the right, into the empty cells beside them.
	widths := []float64{12, 12, 10}
	for _, row := range rows {
		for j, v := range row {
			if c, ok := v.(excelize.Cell); ok && c.StyleID != st.section && c.StyleID != st.countDay {
				widths[j] = max(widths[j], textWidth(fmt.Sprint(c.Value))+2)
			}
		}
	}

	section("Warnings")
	for i, w := range r.Warnings {
		if i == MaxWarnings {
			rows = append(rows, []any{text(fmt.Sprintf("... and %d more", len(r.Warnings)-MaxWarnings))})
			break
		}
		rows = append(rows, []any{text(w.String())})
	}
	if len(r.Warnings) == 0 {
		none()
	}
	if err := setWidths(b.f, sheet, widths); err != nil {
		return err
	}
	if err := printSetup(b.f, sheet); err != nil {
		return err
	}
	return setRows(b.f, sheet, rows)
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
