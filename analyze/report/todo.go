package report

import (
	"strconv"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// A task is one line of the Summary's to-do list: a referrer, what to do
// and why, and the job it is about.
type task struct {
	ref  *analyze.Referral
	what string // "Follow up with", "Thank"
	why  string // "asked 9 days ago"
	job  *analyze.Posting
}

// todo builds the to-do list from the tracking columns of r's referrers,
// as of the export's date: a follow-up for each referrer asked
// r.FollowUpDays or more days ago whose Status is still asked, thanks and
// an update for each who referred, and a reminder for each whose Follow
// Up date has come. A referrer is named once, in the order of the
// Referrers sheet.
func todo(r *analyze.Result) []task {
	days := r.FollowUpDays
	if days <= 0 {
		days = analyze.DefaultFollowUpDays
	}
	today := calendarDay(exportDate(r))
	var list []task
	seen := map[string]bool{}
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		n := &ref.Note
		k := ref.Contact.Key() + "\x00" + ref.Target
		if seen[k] {
			continue
		}
		t := task{ref: ref}
		if j := r.JobFor(ref); j != nil {
			t.job = &j.Posting
		}
		status := strings.ToLower(strings.TrimSpace(n.Status))
		follow, hasFollow := parseDay(n.FollowUp)
		asked, hasAsked := parseDay(n.AskedOn)
		switch {
		case hasFollow && !today.IsZero() && !follow.After(today) && status != "thanked" && status != "declined":
			t.what, t.why = "Follow up with", "follow-up date "+follow.Format("2006-01-02")
		case status == "asked" && hasAsked && !today.IsZero() && !asked.AddDate(0, 0, days).After(today):
			ago := int(today.Sub(asked).Hours()/24 + 0.5)
			t.what, t.why = "Follow up with", "asked "+strconv.Itoa(ago)+" days ago, no answer yet"
		case status == "referred":
			t.what, t.why = "Thank", "they referred you: thank them and keep them updated"
		default:
			continue
		}
		seen[k] = true
		list = append(list, t)
	}
	return list
}

// summaryLines returns the lines the Summary shows above its table for
// the user's job search and tracking: the to-do list (when a notes file
// was read), where the targets came from, the companies followed but not
// targets, and the applications to check before asking.
func (b *book) summaryLines() []line {
	r, st := b.r, b.st
	text := func(style int, s string) cell {
		c := cell{style: style, spill: true}
		c.setText(s)
		return c
	}
	var lines []line
	add := func(cells ...cell) { lines = append(lines, line{cells: cells}) }
	if r.Tracking {
		add()
		add(text(st.section, "What to do next"))
		tasks := todo(r)
		for _, t := range tasks {
			// One cell, linked to the person, running over the empty
			// cells to its right.
			about := t.ref.Target
			if t.job != nil {
				about += ", " + t.job.Title
			}
			var c cell
			linkCell(&c, t.ref.Contact.URL, t.what+" "+t.ref.Contact.Name()+" ("+about+"): "+t.why, st)
			c.spill = true
			add(c)
		}
		if len(tasks) == 0 {
			days := r.FollowUpDays
			if days <= 0 {
				days = analyze.DefaultFollowUpDays
			}
			add(text(st.subtitle, "Nothing to do today: no referrer asked "+strconv.Itoa(days)+" or more days ago is waiting, none has referred you, and no Follow Up date has come."))
		}
	}
	if r.TargetsFrom != "" || len(r.Followed) > 0 {
		add()
		if r.TargetsFrom != "" {
			add(text(st.subtitle, "Targets from your export: "+r.TargetsFrom+". Run with --target to choose your own."))
		}
		if len(r.Followed) > 0 {
			add(text(st.subtitle, "Followed, not yet a target: "+strings.Join(r.Followed, ", ")+"."))
		}
	}
	if !r.PreviousDate.IsZero() && len(r.Targets) > 0 {
		add()
		add(text(st.section, "Since your export of "+r.PreviousDate.Format("2006-01-02")))
		add(text(st.subtitle, analyze.Capitalize(ChangeCounts(r.Changes))+"; the Changes sheet lists them."))
		shown := 0
		for _, c := range r.Changes {
			if c.Kind != analyze.Joined {
				continue
			}
			if shown++; shown > 5 {
				add(text(st.subtitle, "... and more on the Changes sheet."))
				break
			}
			var p cell
			linkCell(&p, c.Contact.URL, c.Contact.Name()+" joined "+c.Target+" (from "+c.From+"): a likely eager referrer", st)
			p.spill = true
			add(p)
		}
	}
	var stale []*analyze.JobReferrers
	for i := range r.Jobs {
		if r.Jobs[i].Posting.Check(r.Jobs[i].Deadline, r.ExportDate) != "" {
			stale = append(stale, &r.Jobs[i])
		}
	}
	if len(stale) > 0 {
		add()
		add(text(st.section, "Applications to check before asking"))
		for _, j := range stale {
			var c cell
			jobCell(&c, j.Posting.URL, j.Target+", "+j.Posting.Title+": "+j.Posting.Check(j.Deadline, r.ExportDate), st)
			c.spill = true
			add(c)
		}
	}
	if len(lines) > 0 {
		add() // a row between them and the table
	}
	return lines
}
