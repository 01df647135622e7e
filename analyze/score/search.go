package score

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/title"
)

// DefaultSearchDays is how far back an application makes its company a
// target, when the user does not say.
const DefaultSearchDays = 90

// A Search is what a run takes from the user's own job search when the
// user names no target: the targets, each with its postings, the role,
// and where each came from, for the messages and the Run sheet.
type Search struct {
	// Targets are the companies of the job search, the most recently
	// active first, each with the function most of its postings are for
	// (or none).
	Targets []analyze.Target
	// Postings are the jobs applied to in the window and the saved
	// jobs, newest first, for Options.Postings.
	Postings []analyze.Posting
	// Applied, Saved and Dream count the targets by where they came
	// from: a company applied to in the window, one with a saved job
	// (and no recent application), one named as a dream company only.
	Applied, Saved, Dream int
	// Followed lists the followed companies that are not targets; when
	// nothing else names a target, they are the targets and Followed is
	// empty.
	Followed    []string
	FromFollows bool
	// Role is the function the user is looking for, and RoleFrom where
	// it came from: "jobs", "preferences", "headline" or "default".
	Role     analyze.Function
	RoleFrom string
}

// Describe says where the targets came from, in a phrase for stderr and
// the Run sheet: "6 companies you applied to, 3 with saved jobs, 1 dream
// company".
func (s *Search) Describe() string {
	if s.FromFollows {
		return analyze.Plural(len(s.Targets), "company you follow", "companies you follow")
	}
	var parts []string
	if s.Applied > 0 {
		parts = append(parts, analyze.Plural(s.Applied, "company you applied to", "companies you applied to"))
	}
	if s.Saved > 0 {
		parts = append(parts, analyze.Plural(s.Saved, "company with saved jobs", "companies with saved jobs"))
	}
	if s.Dream > 0 {
		parts = append(parts, analyze.Plural(s.Dream, "dream company", "dream companies"))
	}
	return strings.Join(parts, ", ")
}

// DescribeRole says where the role came from, for stderr.
func (s *Search) DescribeRole() string {
	switch s.RoleFrom {
	case "jobs":
		return "the jobs you applied to or saved"
	case "preferences":
		return "the job titles of your job-seeker preferences"
	case "headline":
		return "your headline"
	}
	return "the default"
}

// FromSearch makes the targets and the role of a run from the user's own
// job search s, as of the day today (the export's date): the companies of
// the jobs applied to in the last days days, of the saved jobs, and the
// dream companies; without any of those, the followed companies. Company
// names are resolved with m as contacts' employers are, so "Amazon Web
// Services (AWS)" and "Amazon" are one target. Each target's role is the
// most frequent function of its postings' titles, when one is; the run's
// role is that of all postings, else of the preferences' job titles, else
// of the headline, else software. It returns a zero Search when s names
// no company.
func FromSearch(s *analyze.JobSearch, today time.Time, days int, m *company.Matcher) Search {
	if days <= 0 {
		days = DefaultSearchDays
	}
	since := today.AddDate(0, 0, -days)
	var out Search
	at := map[string]int{}       // employer key -> index in out.Targets
	titles := map[int][]string{} // index in out.Targets -> its postings' titles
	add := func(name string) (int, bool) {
		e := m.Resolve(name)
		if e.Key == "" {
			return -1, false
		}
		if i, ok := at[e.Key]; ok {
			return i, false
		}
		at[e.Key] = len(out.Targets)
		out.Targets = append(out.Targets, analyze.Target{Company: e.Name})
		return len(out.Targets) - 1, true
	}
	postings := slices.Clone(s.Postings)
	slices.SortStableFunc(postings, func(a, b analyze.Posting) int { return b.Date.Compare(a.Date) })
	for _, kind := range []string{analyze.Applied, analyze.Saved} {
		for _, p := range postings {
			if p.Kind != kind || kind == analyze.Applied && !p.Date.IsZero() && p.Date.Before(since) {
				continue
			}
			i, isNew := add(p.Company)
			if i < 0 {
				continue
			}
			if isNew && kind == analyze.Applied {
				out.Applied++
			} else if isNew {
				out.Saved++
			}
			out.Postings = append(out.Postings, p)
			titles[i] = append(titles[i], p.Title)
		}
	}
	for _, d := range s.DreamCompanies {
		if _, isNew := add(d); isNew {
			out.Dream++
		}
	}
	for _, f := range s.Follows {
		k := m.Resolve(f.Company).Key
		if _, isTarget := at[k]; !isTarget && k != "" {
			out.Followed = append(out.Followed, f.Company)
		}
	}
	if len(out.Targets) == 0 && len(out.Followed) > 0 {
		for _, f := range out.Followed {
			add(f)
		}
		out.Followed, out.FromFollows = nil, true
	}
	var all []string
	for i := range out.Targets {
		out.Targets[i].Role = mostFrequent(titles[i])
		all = append(all, titles[i]...)
	}
	switch {
	case len(out.Targets) == 0:
	case mostFrequent(all) != "":
		out.Role, out.RoleFrom = mostFrequent(all), "jobs"
	case mostFrequent(s.JobTitles) != "":
		out.Role, out.RoleFrom = mostFrequent(s.JobTitles), "preferences"
	case mostFrequent([]string{s.Headline}) != "":
		out.Role, out.RoleFrom = mostFrequent([]string{s.Headline}), "headline"
	default:
		out.Role, out.RoleFrom = analyze.Software, "default"
	}
	return out
}

// mostFrequent returns the function most of the titles have, leaving out
// those classified other; ties go to the function of the earliest such
// title. It returns "" when no title has a function.
func mostFrequent(titles []string) analyze.Function {
	counts := map[analyze.Function]int{}
	var order []analyze.Function
	for _, t := range titles {
		f := title.Classify(t).Function
		if f == analyze.Other || f == "" {
			continue
		}
		if counts[f] == 0 {
			order = append(order, f)
		}
		counts[f]++
	}
	var best analyze.Function
	for _, f := range order {
		if best == "" || counts[f] > counts[best] {
			best = f
		}
	}
	return best
}

// JobReferrers is how many referrers the Jobs sheet names for a posting.
const JobReferrers = 3

// rankJobs ranks the referrers of net for each of opt.Postings that is at
// one of opt.Targets: at the posting's company, for the function of its
// title (else its target's role, else the run's), and for the team its
// title names ("Software Engineer, Prime Video"), with the weights ws. It
// keeps the best JobReferrers of each and counts them all.
func (net *network) rankJobs(opt Options, ws []Weight, m *company.Matcher) []analyze.JobReferrers {
	if len(opt.Postings) == 0 {
		return nil
	}
	byKey := map[string]analyze.Target{}
	for _, t := range opt.Targets {
		if k := m.Resolve(t.Company).Key; k != "" {
			if _, ok := byKey[k]; !ok {
				byKey[k] = t
			}
		}
	}
	var jobs []analyze.JobReferrers
	var targets []analyze.Target
	for _, p := range opt.Postings {
		e := m.Resolve(p.Company)
		t, ok := byKey[e.Key]
		if !ok {
			continue
		}
		class := title.Classify(p.Title)
		role := class.Function
		if role == analyze.Other || role == "" {
			role = cmp.Or(t.Role, opt.Role)
		}
		team := m.Team(class.Team, e)
		targets = append(targets, analyze.Target{Company: t.Company, Team: team, Role: role, Deadline: t.Deadline})
		jobs = append(jobs, analyze.JobReferrers{Posting: p, Target: t.Company, Team: team, Role: role, Deadline: t.Deadline})
	}
	if len(jobs) == 0 {
		return nil
	}
	companies, referrals := net.rank(targets, opt.Role, ws, JobReferrers, m)
	i := 0 // the groups are the targets', in order, each cut to JobReferrers
	for j := range jobs {
		jobs[j].Count = companies[j].Contacts
		k := min(jobs[j].Count, JobReferrers)
		jobs[j].Referrers = referrals[i : i+k : i+k]
		i += k
	}
	slices.SortStableFunc(jobs, func(a, b analyze.JobReferrers) int { return b.Posting.Date.Compare(a.Posting.Date) })
	return jobs
}

// changes returns the moves at r's targets since the previous export
// (opt.Previous): contacts who joined a target, by target in order, then
// new connections there, then those who left one, each in the order of
// the contacts. A referrer who joined their target is marked in r's Why:
// new joiners are often the most eager referrers.
func changes(contacts []analyze.Contact, opt Options, m *company.Matcher, r *analyze.Result) []analyze.Change {
	if len(opt.Previous) != len(contacts) || len(opt.Targets) == 0 {
		return nil
	}
	targets := map[string]string{} // employer key -> target as given
	for _, t := range opt.Targets {
		if k := m.Resolve(t.Company).Key; k != "" {
			if _, ok := targets[k]; !ok {
				targets[k] = t.Company
			}
		}
	}
	since := ""
	if !opt.PreviousDate.IsZero() {
		since = " since your export of " + opt.PreviousDate.Format("2006-01-02")
	}
	var joined, added, left []analyze.Change
	joiners := map[string]string{} // contact key -> the target they joined
	for i, c := range contacts {
		p := opt.Previous[i]
		now := m.Resolve(c.Company).Key
		if p.In && p.Company == c.Company {
			continue
		}
		before := ""
		if p.In {
			before = m.Resolve(p.Company).Key
		}
		nowTarget, isNow := targets[now]
		beforeTarget, wasThere := targets[before]
		switch {
		case isNow && p.In && before != now:
			joined = append(joined, analyze.Change{Kind: analyze.Joined, Target: nowTarget, Contact: c, From: p.Company})
			joiners[c.Key()] = nowTarget
		case isNow && !p.In && (c.ConnectedOn.IsZero() || !c.ConnectedOn.Before(opt.PreviousDate)):
			added = append(added, analyze.Change{Kind: analyze.NewConnection, Target: nowTarget, Contact: c})
		}
		if wasThere && before != now {
			left = append(left, analyze.Change{Kind: analyze.Left, Target: beforeTarget, Contact: c, From: p.Company, To: c.Company})
		}
	}
	order := map[string]int{}
	for i, t := range opt.Targets {
		if _, ok := order[t.Company]; !ok {
			order[t.Company] = i
		}
	}
	byTarget := func(a, b analyze.Change) int { return cmp.Compare(order[a.Target], order[b.Target]) }
	slices.SortStableFunc(joined, byTarget)
	slices.SortStableFunc(added, byTarget)
	slices.SortStableFunc(left, byTarget)
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		if t, ok := joiners[ref.Contact.Key()]; ok && t == ref.Target {
			ref.Why += " · joined " + t + since
		}
	}
	return slices.Concat(joined, added, left)
}
