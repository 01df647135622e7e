package report

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

// SheetJobs is the sheet of the user's own job search: one row per posting.
const SheetJobs = "Jobs"

// jobs writes one row per posting of the user's job search, newest first:
// the company, the job (a link to the posting), applied or saved, the
// day and how many days before the export that was, the target's
// deadline when any has one, what to check first, the best referrers for
// that job (links to their profiles) and how many contacts work there.
func (b *book) jobs(sheet string) error {
	r := b.r
	deadlines := false
	for _, j := range r.Jobs {
		deadlines = deadlines || !j.Deadline.IsZero()
	}
	cols := []column{
		{name: "Company", width: 30},
		{name: "Job", width: 50},
		{name: "Kind"},
		{name: "Date", kind: kindDate},
		{name: "Days Ago", kind: kindInt},
	}
	if deadlines {
		cols = append(cols, column{name: "Deadline", kind: kindDate})
	}
	cols = append(cols, column{name: "Check", wrap: true, width: 40})
	first := len(cols)
	for k := range 3 {
		cols = append(cols, column{name: "Referrer " + string(rune('1'+k)), width: 30})
	}
	cols = append(cols, column{name: "Referrers", kind: kindInt})
	return b.queue(&tableSheet{
		sheet: sheet,
		cols:  cols,
		rows:  len(r.Jobs),
		fill: func(i int, cells []cell) {
			j := &r.Jobs[i]
			p := &j.Posting
			cells[0].setText(j.Target)
			jobCell(&cells[1], p.URL, p.Title, b.st)
			cells[2].setText(p.Kind)
			dayCell(&cells[3], p.Date)
			c := 4
			if days, ok := p.DaysAgo(r.ExportDate); ok {
				cells[c].setInt(days)
			}
			c++
			if deadlines {
				dayCell(&cells[c], j.Deadline)
				c++
			}
			cells[c].setText(p.Check(j.Deadline, r.ExportDate))
			for k, ref := range j.Referrers {
				linkCell(&cells[first+k], ref.Contact.URL, ref.Contact.Name(), b.st)
			}
			cells[first+3].setInt(j.Count)
		},
		freeze: 2,
	})
}

// jobCell makes c show label (else u), a link to the posting u when u is
// an https URL plain enough to link (see [jobURL]), else plain text.
func jobCell(c *cell, u, label string, st *styles) {
	if label == "" {
		label = u
	}
	c.setText(label)
	if link, ok := jobURL(u); ok && utf8.ValidString(label) && !hasControl(label) &&
		utf8.RuneCountInString(label)+strings.Count(label, `"`) <= maxLinkChars {
		c.style = st.link
		c.formula = hyperlink(strings.ReplaceAll(link, `"`, `""`), strings.ReplaceAll(label, `"`, `""`))
	}
}

// jobURL returns the link for a posting's URL u and whether it may be
// linked: an https URL without user info or port on any host (a company's
// careers page), or LinkedIn's own job link, which the export writes as
// http:// and which is linked as https://. Anything else is shown as text.
func jobURL(u string) (string, bool) {
	u = analyze.JobLink(u)
	if !strings.HasPrefix(u, "https://") || !utf8.ValidString(u) || hasControl(u) ||
		len(u)+strings.Count(u, `"`) > maxLinkChars {
		return "", false
	}
	p, err := url.Parse(u)
	if err != nil || p.User != nil || p.Port() != "" || p.Host == "" {
		return "", false
	}
	return u, true
}
