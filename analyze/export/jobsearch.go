package export

import (
	"io"
	"slices"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// The files of the user's own job search. They are only in the complete
// export, in its Jobs folder (flattened beside Connections.csv when a
// user unzips by hand); Job Applications is split into parts
// (Job Applications_1.csv, ...) once large. None is required.
var (
	applicationsLayout = layout{
		name:     "Job Applications.csv",
		header:   "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers",
		identify: []string{"application date", "company name", "job title"},
		required: []string{"Application Date", "Company Name", "Job Title"},
		read:     []string{"Application Date", "Company Name", "Job Title", "Job Url"},
		dates:    []string{"Application Date"},
	}
	savedJobsLayout = layout{
		name:     "Saved Jobs.csv",
		header:   "Saved Date,Job Url,Job Title,Company Name",
		identify: []string{"saved date", "company name", "job title"},
		required: []string{"Saved Date", "Company Name", "Job Title"},
		read:     []string{"Saved Date", "Company Name", "Job Title", "Job Url"},
		dates:    []string{"Saved Date"},
	}
	preferencesLayout = layout{
		name:     "Job Seeker Preferences.csv",
		header:   "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred Start Time Range,Commute Preference Starting Address,Commute Preference Starting Time,Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,Job Seeking Urgency Level",
		identify: []string{"job titles", "open to recruiters"},
		required: []string{"Job Titles"},
		optional: map[string]string{"Dream Companies": "no dream companies read"},
		read:     []string{"Job Titles", "Dream Companies"},
	}
	followsLayout = layout{
		name:     "Company Follows.csv",
		header:   "Organization,Followed On",
		identify: []string{"organization", "followed on"},
		required: []string{"Organization"},
	}
)

// postingRow is one row of Job Applications.csv or Saved Jobs.csv; the
// contact details, resume name and answers of an application are never
// read.
type postingRow struct {
	Applied date   `csv:"application date"`
	Saved   date   `csv:"saved date"`
	Company string `csv:"company name"`
	Title   string `csv:"job title"`
	URL     string `csv:"job url"`
}

// ReadApplications reads Job Applications.csv (or one of its parts), the
// jobs the user applied to, from r; file names it in the postings, the
// Input and the messages. A row without a company is skipped with a
// warning; an unknown date is left zero with a warning. The error, when
// the file cannot be read at all, is a [*ParseError] wrapping
// [ErrNoHeader] or [ErrMissingColumn], or a read error.
func ReadApplications(r io.Reader, file string) ([]analyze.Posting, analyze.Input, []analyze.Warning, error) {
	return readPostings(r, file, &applicationsLayout, analyze.Applied)
}

// ReadSavedJobs reads Saved Jobs.csv, the jobs the user saved, from r, as
// ReadApplications does.
func ReadSavedJobs(r io.Reader, file string) ([]analyze.Posting, analyze.Input, []analyze.Warning, error) {
	return readPostings(r, file, &savedJobsLayout, analyze.Saved)
}

func readPostings(r io.Reader, file string, l *layout, kind string) ([]analyze.Posting, analyze.Input, []analyze.Warning, error) {
	var ps []analyze.Posting
	in, warns, err := scan(r, file, l, func(s *sheet, row *postingRow, line int) bool {
		d := row.Applied
		if kind == analyze.Saved {
			d = row.Saved
		}
		p := analyze.Posting{
			Company: clean(row.Company),
			Title:   clean(row.Title),
			URL:     clean(row.URL),
			Date:    d.t,
			Kind:    kind,
			File:    file,
			Line:    line,
		}
		if p.Company == "" {
			s.warnf(line, "no company name; job skipped")
			return false
		}
		if d.unknown() {
			s.warnf(line, "unknown date %q; left empty", d.raw)
		}
		ps = append(ps, p)
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return ps, in, warns, nil
}

// preferencesRow is the part of Job Seeker Preferences.csv that is read.
type preferencesRow struct {
	JobTitles      string `csv:"job titles"`
	DreamCompanies string `csv:"dream companies"`
}

// ReadPreferences reads Job Seeker Preferences.csv from r and returns its
// Job Titles and Dream Companies: lists whose values LinkedIn joins with
// " | ", split, trimmed, and each kept once (case-insensitively) in the
// order given. The file has one row; later rows add to the lists.
func ReadPreferences(r io.Reader, file string) (titles, companies []string, in analyze.Input, warns []analyze.Warning, err error) {
	in, warns, err = scan(r, file, &preferencesLayout, func(s *sheet, row *preferencesRow, line int) bool {
		titles = appendList(titles, row.JobTitles)
		companies = appendList(companies, row.DreamCompanies)
		return true
	})
	if err != nil {
		return nil, nil, in, warns, err
	}
	return titles, companies, in, warns, nil
}

// appendList appends the values of a " | "-joined list to vs, skipping
// empty ones and those already in vs (see appendNew).
func appendList(vs []string, list string) []string {
	return appendNew(vs, strings.Split(list, "|")...)
}

// appendNew appends each of values, trimmed, to vs unless it is empty or
// vs holds it already, ignoring case.
func appendNew(vs []string, values ...string) []string {
	for _, v := range values {
		v = clean(v)
		if v != "" && !slices.ContainsFunc(vs, func(w string) bool { return strings.EqualFold(v, w) }) {
			vs = append(vs, v)
		}
	}
	return vs
}

// followRow is one row of Company Follows.csv.
type followRow struct {
	Organization string `csv:"organization"`
	FollowedOn   date   `csv:"followed on"`
}

// ReadFollows reads Company Follows.csv, the companies the user follows,
// from r. A row without a name is skipped with a warning.
func ReadFollows(r io.Reader, file string) ([]analyze.Follow, analyze.Input, []analyze.Warning, error) {
	var fs []analyze.Follow
	in, warns, err := scan(r, file, &followsLayout, func(s *sheet, row *followRow, line int) bool {
		f := analyze.Follow{Company: clean(row.Organization), Date: row.FollowedOn.t}
		if f.Company == "" {
			s.warnf(line, "no organization; follow skipped")
			return false
		}
		fs = append(fs, f)
		return true
	})
	if err != nil {
		return nil, in, warns, err
	}
	return fs, in, warns, nil
}

func readApplicationsInto(r io.Reader, label string) (*result, error) {
	ps, in, w, err := ReadApplications(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Search.Postings = append(x.Search.Postings, ps...) }), nil
}

func readSavedJobsInto(r io.Reader, label string) (*result, error) {
	ps, in, w, err := ReadSavedJobs(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Search.Postings = append(x.Search.Postings, ps...) }), nil
}

func readPreferencesInto(r io.Reader, label string) (*result, error) {
	titles, companies, in, w, err := ReadPreferences(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) {
		x.Search.JobTitles = append(x.Search.JobTitles, titles...)
		x.Search.DreamCompanies = append(x.Search.DreamCompanies, companies...)
	}), nil
}

func readFollowsInto(r io.Reader, label string) (*result, error) {
	fs, in, w, err := ReadFollows(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Search.Follows = append(x.Search.Follows, fs...) }), nil
}

// mergeSearch joins the job searches of the exports xs, newest first: a
// newer export's Job Applications holds an older one's, so each posting
// is kept once (by kind and link, else by kind, company, title and day),
// and so is each dream company, job title and follow. The headline is the
// newest export's.
func mergeSearch(xs []*analyze.Export) analyze.JobSearch {
	var m analyze.JobSearch
	seen := map[string]bool{}
	follows := map[string]bool{}
	for _, x := range xs {
		s := &x.Search
		for _, p := range s.Postings {
			k := p.Kind + "\x00" + fold(p.URL)
			if p.URL == "" {
				k += "\x00" + fold(p.Company) + "\x00" + fold(p.Title) + "\x00" + dayKey(p.Date)
			}
			if !seen[k] {
				seen[k] = true
				m.Postings = append(m.Postings, p)
			}
		}
		m.DreamCompanies = appendNew(m.DreamCompanies, s.DreamCompanies...)
		m.JobTitles = appendNew(m.JobTitles, s.JobTitles...)
		for _, f := range s.Follows {
			if k := fold(f.Company); !follows[k] {
				follows[k] = true
				m.Follows = append(m.Follows, f)
			}
		}
		if m.Headline == "" {
			m.Headline = s.Headline
		}
	}
	return m
}
