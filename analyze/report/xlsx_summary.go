package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/xuri/excelize/v2"
)

// summaryTargets returns the targets Summary and Search show: the user's
// targets in their order, else the TopCompanies best companies.
func summaryTargets(r *analyze.Result) []string {
	var list []string
	seen := make(map[string]bool)
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			list = append(list, t)
		}
	}
	if len(r.Targets) > 0 {
		for _, t := range r.Targets {
			add(t.Company)
		}
		return list
	}
	for _, c := range r.Companies {
		add(c.Target)
	}
	for i := range r.Referrals {
		add(r.Referrals[i].Target)
	}
	return list[:min(len(list), TopCompanies)]
}

// targetStats sums up one target's listed referrers.
type targetStats struct {
	target   string
	contacts int    // contacts at the target, as the result counts them
	listed   int    // referrers listed
	tiers    [4]int // listed referrers per tie tier, closest first
	strong   int
	best     []*analyze.Referral // up to three, best first
	via      string              // the introducer the drafts name for the best referrer, or ""
	// deadline is the earliest deadline the user set for the target, or
	// zero; passed says it was before the export was made.
	deadline time.Time
	passed   bool
}

// ask is how many referrers the user should ask: two or three, the strong
// ones first, never more than are worth asking (any but strangers, who
// want an introduction first: 0 when all are strangers).
func (s *targetStats) ask() int {
	return min(s.listed-s.tiers[3], min(max(s.strong, 2), 3))
}

// gaps says in words what the target lacks, or "".
func (s *targetStats) gaps() string {
	var g []string
	if s.passed {
		g = append(g, "deadline "+s.deadline.Format(dateLayout)+" passed before the export")
	}
	switch {
	case s.listed == 0:
		return strings.Join(append(g, "no contact at "+s.target+": see the Search sheet"), "; ")
	case s.tiers[3] == s.listed && s.via != "":
		g = append(g, "only strangers at "+s.target+": ask "+s.via+" to introduce you to "+s.best[0].Contact.Name()+" first")
	case s.tiers[3] == s.listed:
		g = append(g, "only strangers at "+s.target+": find someone to introduce you (see the Search sheet)")
	case s.tiers[0] == 0 && s.tiers[1] == 0:
		g = append(g, "no close or known contact at "+s.target)
	case s.tiers[0] == 0:
		g = append(g, "no close contact at "+s.target)
	}
	if s.strong == 0 {
		g = append(g, fmt.Sprintf("no strong referrer (score %d+)", analyze.StrongScore))
	}
	return strings.Join(g, "; ")
}

// stats returns the stats of each target, in order.
func stats(r *analyze.Result, targets []string) []targetStats {
	index := make(map[string]int, len(targets))
	list := make([]targetStats, len(targets))
	for i, t := range targets {
		index[t] = i
		list[i].target = t
		list[i].contacts = -1
	}
	exported := exportDate(r)
	for _, t := range r.Targets {
		i, ok := index[t.Company]
		if !ok || t.Deadline.IsZero() {
			continue
		}
		s := &list[i]
		if s.deadline.IsZero() || t.Deadline.Before(s.deadline) {
			s.deadline = t.Deadline
			s.passed = !exported.IsZero() && calendarDay(t.Deadline).Before(calendarDay(exported))
		}
	}
	for _, c := range r.Companies {
		if i, ok := index[c.Target]; ok && list[i].contacts < 0 {
			list[i].contacts = c.Contacts
		}
	}
	for k := range r.Referrals {
		ref := &r.Referrals[k]
		i, ok := index[ref.Target]
		if !ok {
			continue
		}
		s := &list[i]
		s.listed++
		for j, t := range tiers {
			if ref.Tie == t.name {
				s.tiers[j]++
			}
		}
		if ref.Score >= analyze.StrongScore {
			s.strong++
		}
		if len(s.best) < 3 {
			s.best = append(s.best, ref)
		}
	}
	for i := range list {
		if list[i].contacts < 0 {
			list[i].contacts = list[i].listed
		}
	}
	for _, d := range r.Drafts {
		if i, ok := index[d.Target]; ok && list[i].via == "" && len(list[i].best) > 0 && d.Contact.Key() == list[i].best[0].Contact.Key() {
			list[i].via = d.Via
		}
	}
	return list
}

// exportDate returns when the export was made: r.ExportDate, else the
// newest Connected On.
func exportDate(r *analyze.Result) time.Time {
	if !r.ExportDate.IsZero() {
		return r.ExportDate
	}
	var d time.Time
	for i := range r.Network {
		if t := r.Network[i].Contact.ConnectedOn; t.After(d) {
			d = t
		}
	}
	for i := range r.Referrals {
		if t := r.Referrals[i].Contact.ConnectedOn; t.After(d) {
			d = t
		}
	}
	return d
}

// calendarDay returns t's calendar day, at midnight UTC.
func calendarDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// hasDeadline reports whether any target has a deadline.
func hasDeadline(r *analyze.Result) bool {
	for _, t := range r.Targets {
		if !t.Deadline.IsZero() {
			return true
		}
	}
	return false
}

// summaryTop is the row of the Summary table's header, below the title
// and the two lines of notes, when there is no job search or to-do list.
const summaryTop = 4

// summary writes the Summary sheet: a title, the export's date, one row
// per target and a bar chart of referrers per target by tie tier, added
// before the flush.
func (b *book) summary(sheet string) error {
	r, st := b.r, b.st
	list := stats(r, b.targets)
	cols := []column{
		{name: "Target", least: 16},
		{name: "Contacts", kind: kindInt},
		{name: "Close", kind: kindInt},
		{name: "Known", kind: kindInt},
		{name: "Acquainted", kind: kindInt},
		{name: "None", kind: kindInt},
		{name: "Strong", kind: kindInt},
		{name: "Ask", kind: kindInt},
	}
	deadlines := hasDeadline(r)
	if deadlines {
		cols = append(cols, column{name: "Deadline", kind: kindDate})
	}
	best := len(cols) // the column of the best referrer, from 0
	cols = append(cols,
		column{name: "Best Referrer"},
		column{name: "Second"},
		column{name: "Third"},
		column{name: "Gaps", wrap: true, width: 45},
	)
	gaps := len(cols) - 1

	title := "Who can refer you at your target companies"
	note := "Ask two or three people per company: more referrals help. Track them on the Referrers sheet."
	if len(r.Targets) == 0 {
		title = "The companies where your network is strongest"
		if n := len(r.Companies); n > len(list) {
			note = fmt.Sprintf("The %d best of %d companies; every referrer is on the Referrers sheet.", len(list), n)
		}
	}
	text := func(style int, s string) cell {
		c := cell{style: style, spill: true}
		c.setText(s)
		return c
	}
	date := text(st.countDay, "unknown")
	if d := exportDate(r); !d.IsZero() {
		date.setInt(serial(d))
	}
	var t *tableSheet
	t = &tableSheet{
		sheet: sheet,
		preamble: append([]line{
			{cells: []cell{text(st.title, title)}, height: 24},
			{cells: []cell{
				text(st.subtitle, "LinkedIn export of"), date,
				text(st.subtitle, "Connections and messages after this date are not counted: download a new export when it is old."),
			}},
			{cells: []cell{text(st.subtitle, note)}},
		}, b.summaryLines()...),
		cols: cols,
		rows: len(list),
		fill: func(i int, cells []cell) {
			s := &list[i]
			cells[0].setText(s.target)
			cells[1].setInt(s.contacts)
			for j, n := range s.tiers {
				cells[2+j].setInt(n)
				if n > 0 {
					cells[2+j].style = st.tier[tiers[j].name]
				}
			}
			cells[6].setInt(s.strong)
			cells[7].setInt(s.ask())
			if deadlines {
				dayCell(&cells[8], s.deadline)
			}
			for k, ref := range s.best {
				linkCell(&cells[best+k], ref.Contact.URL, ref.Contact.Name(), st)
			}
			cells[gaps].setText(s.gaps())
			cells[gaps].style = st.gap
		},
		after: func(f *excelize.File, last int) error {
			if err := f.SetSheetView(sheet, 0, &excelize.ViewOptions{ShowGridLines: ptr(false)}); err != nil {
				return err
			}
			if len(list) == 0 {
				return nil
			}
			return f.AddChart(sheet, cellName(1, last+3), tierChart(sheet, t.top(), len(list)))
		},
	}
	return b.queue(t)
}

// tierChart is a stacked bar chart of the referrers at each of the n
// targets of the Summary table, one colour per tie tier.
func tierChart(sheet string, top, n int) *excelize.Chart {
	first, last := top+1, top+n
	ref := func(col int) string {
		c, _ := excelize.ColumnNumberToName(col)
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheet, c, first, c, last)
	}
	var series []excelize.ChartSeries
	for j, t := range tiers {
		c, _ := excelize.ColumnNumberToName(3 + j)
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("'%s'!$%s$%d", sheet, c, top),
			Categories: ref(1),
			Values:     ref(3 + j),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{t.bar}},
		})
	}
	return &excelize.Chart{
		Type:       excelize.BarStacked,
		VaryColors: ptr(false),
		Series:     series,
		Dimension:  excelize.ChartDimension{Width: 720, Height: uint(120 + 26*n)},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Referrers per target, by tie", Font: &excelize.Font{Bold: true, Size: 12, Family: font}}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, Font: axisFont},
		Format:     excelize.GraphicOptions{OffsetX: 4, OffsetY: 4},
		GapWidth:   ptr(uint(60)),
		Overlap:    ptr(100),
	}
}

// axisFont is the font of the chart's axis labels: dark grey, where
// excelize's default grey (text colour lightened by 85%) is barely
// readable.
var axisFont = excelize.Font{Color: "404040", Size: 9, Family: font}

// targetSheet is one per-target sheet: its name and its target.
type targetSheet struct{ sheet, target string }

// targetSheets names one sheet per target the user gave, safe for Excel
// (see [SheetName]) and unique among the workbook's sheets.
func targetSheets(r *analyze.Result, targets []string) []targetSheet {
	if len(r.Targets) == 0 {
		return nil
	}
	taken := make(map[string]bool)
	for _, s := range []string{SheetSummary, SheetReferrers, SheetOutreach, SheetSearch, SheetContacts, SheetRun, "History"} {
		taken[strings.ToLower(s)] = true
	}
	var list []targetSheet
	for _, t := range targets {
		name := SheetName(t)
		base := name
		for n := 2; taken[strings.ToLower(name)]; n++ {
			suffix := " (" + strconv.Itoa(n) + ")"
			name = analyze.Truncate(base, 31-utf8.RuneCountInString(suffix)) + suffix
		}
		taken[strings.ToLower(name)] = true
		list = append(list, targetSheet{name, t})
	}
	return list
}

// SheetName returns s as a sheet name Excel accepts: the characters
// / \ ? * [ ] : replaced by "-", control characters dropped, no
// leading or trailing apostrophe or space, at most 31 characters, and
// "Target" if nothing is left.
func SheetName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`/\?*[]:`, r):
			b.WriteByte('-')
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Trim(analyze.Truncate(strings.Trim(b.String(), "' "), 31), "' ")
	if name == "" {
		return "Target"
	}
	return name
}
