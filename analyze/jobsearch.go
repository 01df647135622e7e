package analyze

import (
	"strconv"
	"strings"
	"time"
)

// How a user went after a posting: they applied to it, or saved it.
const (
	Applied = "applied"
	Saved   = "saved"
)

// A Posting is one job of the user's own job search, from the export's
// Job Applications or Saved Jobs file.
type Posting struct {
	// Company is the employer as the file names it; Title the job's title.
	Company, Title string
	// URL is the posting's link as the file gives it, or "".
	URL string
	// Date is the day the user applied or saved it; zero when unknown.
	Date time.Time
	// Kind is Applied or Saved.
	Kind string
	// File and Line say where the posting was read.
	File string
	Line int
}

// A Follow is a company the user follows on LinkedIn.
type Follow struct {
	Company string
	// Date is the day they followed it; zero when unknown.
	Date time.Time
}

// A JobSearch is what the export says the user is going after: the jobs
// they applied to and saved, the companies and job titles they named in
// their job-seeker preferences, the companies they follow, and their own
// headline. Every part may be empty: the files are only in the complete
// export, and only when the user used those features.
type JobSearch struct {
	Postings []Posting
	// DreamCompanies and JobTitles are the preferences' lists, in order.
	DreamCompanies, JobTitles []string
	Follows                   []Follow
	// Headline is the user's own title line from Profile.csv.
	Headline string
}

// Empty reports whether the job search names no posting, dream company,
// job title or followed company (the headline alone does not count).
func (s *JobSearch) Empty() bool {
	return len(s.Postings) == 0 && len(s.DreamCompanies) == 0 && len(s.JobTitles) == 0 && len(s.Follows) == 0
}

// JobReferrers are the best referrers for one posting of the user's job
// search, for the Jobs sheet.
type JobReferrers struct {
	Posting Posting
	// Target is the target company the posting is at, Team the team its
	// title names, or "", and Role the function it was ranked for.
	Target, Team string
	Role         Function
	// Deadline is the target's referral deadline, or zero.
	Deadline time.Time
	// Referrers are the best few, best first; Count is how many contacts
	// there are at the company.
	Referrers []Referral
	Count     int
}

// JobLink returns a posting's link u as it may be shown and followed:
// LinkedIn's own job links, which the export writes as http://, as
// https://; any other u as it is.
func JobLink(u string) string {
	if rest, ok := strings.CutPrefix(u, "http://"); ok {
		host, _, _ := strings.Cut(rest, "/")
		if h := strings.ToLower(host); h == "linkedin.com" || h == "www.linkedin.com" {
			return "https://" + rest
		}
	}
	return u
}

// StaleDays is how old an application may be, when its target has no
// deadline, before the user is told to check that the posting is still
// open.
const StaleDays = 30

// DaysAgo returns how many days before the day now p was applied to or
// saved, and false when either day is unknown.
func (p *Posting) DaysAgo(now time.Time) (int, bool) {
	if p.Date.IsZero() || now.IsZero() {
		return 0, false
	}
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	return int(day(now).Sub(day(p.Date)).Hours()/24 + 0.5), true
}

// Check says what the user should check before asking for a referral to
// the job p, as of the day now, given its target's deadline (zero for
// none): that an application past the deadline, or older than StaleDays
// without one, is still open ("applied 41 days ago: check the posting is
// still open before asking"). It returns "" when there is nothing to
// check.
func (p *Posting) Check(deadline, now time.Time) string {
	days, ok := p.DaysAgo(now)
	if !ok || p.Kind != Applied {
		return ""
	}
	if !deadline.IsZero() {
		if deadline.Before(now) {
			return "applied " + strconv.Itoa(days) + " days ago and the deadline (" + deadline.Format("2006-01-02") + ") has passed: check the posting is still open before asking"
		}
		return ""
	}
	if days > StaleDays {
		return "applied " + strconv.Itoa(days) + " days ago: check the posting is still open before asking"
	}
	return ""
}

// A Previous is what the previous export of the account said of one
// contact, for what changed since: their company and position there, or
// In false when that export does not list them.
type Previous struct {
	Company, Position string
	In                bool
}

// A Change is one contact's move at a target since the previous export:
// they joined it, they are a new connection there, or they left it. From
// is their employer in the previous export ("" for a new connection), To
// where they are now, for one who left.
type Change struct {
	Kind     string // Joined, NewConnection or Left
	Target   string
	Contact  Contact
	From, To string
}

// The kinds of Change.
const (
	Joined        = "joined"
	NewConnection = "new connection"
	Left          = "left"
)

// JobFor returns the posting of the user's job search that a referral is
// about: of r.Jobs (newest first) at ref's target, the first that names
// ref among its best referrers, else the first; nil when the target has
// none.
func (r *Result) JobFor(ref *Referral) *JobReferrers {
	var pick *JobReferrers
	key := ref.Contact.Key()
	for i := range r.Jobs {
		j := &r.Jobs[i]
		if j.Target != ref.Target {
			continue
		}
		if pick == nil {
			pick = j
		}
		for k := range j.Referrers {
			if j.Referrers[k].Contact.Key() == key {
				return j
			}
		}
	}
	return pick
}
