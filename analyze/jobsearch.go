package analyze

import "time"

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
