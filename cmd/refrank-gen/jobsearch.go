package main

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// A posting is a job the persona applied to or saved, daysAgo days before
// the export date.
type posting struct {
	company, title string
	daysAgo        int
}

// A jobSearch is the persona's own job search, as the complete export
// records it in Jobs/ and Company Follows.csv.
type jobSearch struct {
	applied, saved []posting
	titles, dream  []string
	follows        []string
	// partRows is how many applications one part of Job Applications
	// holds before the next part (_1, _2, ...) starts.
	partRows int
}

// searches are the personas' job searches, by persona id.
var searches = map[string]*jobSearch{"sample": sampleSearch}

// sampleSearch is Jordan Avery's: a search that started in the spring
// (applications elsewhere, months old now), and recent applications to
// Amazon, on Music, Prime Video and AWS, and to Stripe; saved jobs at
// Google and Stripe; Stripe and Amazon as dream companies.
var sampleSearch = &jobSearch{
	applied: []posting{
		{"Stripe", "Backend Engineer, Payments", 9},
		{"Amazon", "Software Development Engineer II, Amazon Music", 18},
		{"Stripe", "Software Engineer, Billing", 27},
		{"Amazon", "Senior Software Development Engineer, Prime Video", 41},
		{"Amazon Web Services (AWS)", "Software Development Engineer, AWS Lambda", 63},
		{"Microsoft", "Software Engineer II, Azure Storage", 131},
		{"Google", "Software Engineer III, YouTube", 140},
		{"Zalando SE", "Senior Backend Engineer", 152},
		{"Mercado Libre", "Senior Software Engineer", 160},
		{"SAP", "Senior Developer", 171},
		{"Meta", "Software Engineer, Infrastructure", 183},
		{"Microsoft", "Senior Software Engineer, Teams", 190},
		{"Epic Games", "Senior Engineer, Online Services", 204},
		{"Capgemini", "Cloud Engineer", 211},
		{"Nubank", "Software Engineer", 223},
		{"Google", "Software Engineer, Payments", 230},
		{"Meta", "Production Engineer", 238},
		{"Dassault Systèmes", "Backend Developer", 245},
		{"Microsoft", "Software Engineer, Xbox Live", 251},
		{"Apple", "Software Engineer, Apple Pay", 259},
		{"Amazon", "Software Development Engineer, Alexa Shopping", 266},
		{"Stripe", "Software Engineer, Terminal", 270},
	},
	saved: []posting{
		{"Google", "Senior Software Engineer, Google Pay", 5},
		{"Stripe", "Staff Software Engineer, Connect", 30},
	},
	titles:   []string{"Senior Software Engineer", "Backend Engineer", "Software Development Engineer"},
	dream:    []string{"Stripe", "Amazon"},
	follows:  []string{"Stripe", "Amazon", "Google", "Microsoft", "Netflix", "Spotify"},
	partRows: 15,
}

// searchFiles are the files of the job search, written after the others
// when the persona has one.
var searchFiles = []exportFile{
	{"Jobs/Job Applications.csv", func(w io.Writer, e *export) error { return writeApplications(w, e, 0) }},
	{"Jobs/Job Applications_1.csv", func(w io.Writer, e *export) error { return writeApplications(w, e, 1) }},
	{"Jobs/Saved Jobs.csv", writeSavedJobs},
	{"Jobs/Job Seeker Preferences.csv", writePreferences},
	{"Company Follows.csv", writeFollows},
}

// files returns the files of the export e: the export's own, then its
// job search's.
func (e *export) files() []exportFile {
	if e.previous {
		fs := previousFiles
		if e.date.Before(urlColumnSince) {
			fs = append([]exportFile{{"Connections.csv", writeOldConnections}}, previousFiles[1:]...)
		}
		return fs
	}
	if searches[e.persona.id] == nil {
		return exportFiles
	}
	return append(exportFiles[:len(exportFiles):len(exportFiles)], searchFiles...)
}

// jobURL is a posting's link as the export gives it: LinkedIn's job view
// with a number drawn from the export's stream of job ids.
func jobURL(id uint64) string {
	return "http://www.linkedin.com/jobs/view/" + strconv.FormatUint(4000000000+id%300000000, 10)
}

// jobDate is the day daysAgo before the export, at a time of day, as the
// Jobs files write it: "10/3/24, 2:15 PM".
func jobDate(e *export, daysAgo, minute int) string {
	return e.date.AddDate(0, 0, -daysAgo).Add(time.Duration(9*60+minute%600) * time.Minute).Format("1/2/06, 3:04 PM")
}

// writeApplications writes part part of Job Applications: newest first,
// partRows applications a part.
func writeApplications(w io.Writer, e *export, part int) error {
	s := searches[e.persona.id]
	r := e.stream("Job Applications")
	cw := newCSV(w)
	cw.Write([]string{"Application Date", "Contact Email", "Contact Phone Number", "Company Name", "Job Title", "Job Url", "Resume Name", "Question And Answers"})
	mail := strings.ToLower(e.persona.first+"."+e.persona.last) + "@mail.example.com"
	for i, p := range s.applied {
		id, minute := r.Uint64(), r.IntN(600)
		if i/s.partRows != part {
			continue
		}
		qa := ""
		if i%3 == 0 {
			qa = "How many years of work experience do you have with Go?: 6 | Are you legally authorized to work in the United States?: Yes"
		}
		cw.Write([]string{jobDate(e, p.daysAgo, minute), mail, "", p.company, p.title, jobURL(id),
			e.persona.first + "_" + e.persona.last + "_Resume.pdf", qa})
	}
	return cw.close()
}

// writeSavedJobs writes Jobs/Saved Jobs.csv.
func writeSavedJobs(w io.Writer, e *export) error {
	s := searches[e.persona.id]
	r := e.stream("Saved Jobs")
	cw := newCSV(w)
	cw.Write([]string{"Saved Date", "Job Url", "Job Title", "Company Name"})
	for _, p := range s.saved {
		cw.Write([]string{jobDate(e, p.daysAgo, r.IntN(600)), jobURL(r.Uint64()), p.title, p.company})
	}
	return cw.close()
}

// writePreferences writes Jobs/Job Seeker Preferences.csv: one row, its
// lists joined by " | ".
func writePreferences(w io.Writer, e *export) error {
	s := searches[e.persona.id]
	cw := newCSV(w)
	cw.Write([]string{"Locations", "Industries", "Company Employee Count", "Preferred Job Types", "Job Titles",
		"Open To Recruiters", "Dream Companies", "Profile Shared With Job Poster", "Job Title For Searching Fast Growing Companies",
		"Introduction Statement", "Phone Number", "Job Seeker Activity Level", "Preferred Start Time Range",
		"Commute Preference Starting Address", "Commute Preference Starting Time", "Mode Of Transportation",
		"Maximum Commute Duration", "Open Candidate Visibility", "Job Seeking Urgency Level"})
	cw.Write([]string{e.persona.geo, e.persona.industry, "", "Full-time", strings.Join(s.titles, " | "),
		"Yes", strings.Join(s.dream, " | "), "Yes", "", "", "", "Actively applying", "Immediately", "", "", "",
		"", "Recruiters", "Actively looking"})
	return cw.close()
}

// writeFollows writes Company Follows.csv, the newest follow first.
func writeFollows(w io.Writer, e *export) error {
	s := searches[e.persona.id]
	r := e.stream("Company Follows")
	cw := newCSV(w)
	cw.Write([]string{"Organization", "Followed On"})
	for i, c := range s.follows {
		on := e.date.AddDate(0, 0, -20-45*i).Add(time.Duration(r.IntN(86400)) * time.Second)
		cw.Write([]string{c, on.Format("Mon Jan 02 15:04:05 MST 2006")})
	}
	return cw.close()
}
