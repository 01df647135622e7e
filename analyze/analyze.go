package analyze

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Function is what a person does, one of the lowercase words of the title
// taxonomy. The words are a public contract: users filter on them.
type Function string

// The functions of the taxonomy, in its order.
const (
	Software   Function = "software"
	Data       Function = "data"
	Product    Function = "product"
	Program    Function = "program"
	Design     Function = "design"
	Research   Function = "research"
	Hardware   Function = "hardware"
	Recruiting Function = "recruiting"
	HR         Function = "hr"
	Sales      Function = "sales"
	Marketing  Function = "marketing"
	Operations Function = "operations"
	Finance    Function = "finance"
	Legal      Function = "legal"
	Support    Function = "support"
	Consulting Function = "consulting"
	Admin      Function = "admin"
	Student    Function = "student"
	Other      Function = "other"
)

// Functions lists every function in the taxonomy's order.
var Functions = []Function{
	Software, Data, Product, Program, Design, Research, Hardware, Recruiting,
	HR, Sales, Marketing, Operations, Finance, Legal, Support, Consulting,
	Admin, Student, Other,
}

// ParseFunction returns the function named s (case-insensitive, surrounding
// space ignored) and whether s names one.
func ParseFunction(s string) (Function, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, f := range Functions {
		if string(f) == s {
			return f, true
		}
	}
	return "", false
}

// Seniority is how senior a person is, one of the lowercase words of the
// title taxonomy, ordered by [Seniority.Rank].
type Seniority string

// The seniorities of the taxonomy, lowest first.
const (
	Intern   Seniority = "intern"
	Entry    Seniority = "entry"
	Mid      Seniority = "mid"
	Senior   Seniority = "senior"
	Staff    Seniority = "staff"
	Manager  Seniority = "manager"
	Director Seniority = "director"
	VP       Seniority = "vp"
	CXO      Seniority = "cxo"
	Owner    Seniority = "owner"
)

// Seniorities lists every seniority in the taxonomy's order.
var Seniorities = []Seniority{Intern, Entry, Mid, Senior, Staff, Manager, Director, VP, CXO, Owner}

// MaxRank is the highest [Seniority.Rank].
const MaxRank = 7

// Rank is the seniority's rank in the taxonomy, 0 (intern) to 7 (cxo and
// owner); staff and manager rank the same. An unknown seniority ranks as mid.
func (s Seniority) Rank() int {
	switch s {
	case Intern:
		return 0
	case Entry:
		return 1
	case Senior:
		return 3
	case Staff, Manager:
		return 4
	case Director:
		return 5
	case VP:
		return 6
	case CXO, Owner:
		return 7
	}
	return 2
}

// Contact is one first-degree connection, as Connections.csv lists it.
type Contact struct {
	FirstName string
	LastName  string
	// URL is the profile URL as exported: percent-encoded and clickable.
	// It is empty in exports from before mid-2023.
	URL      string
	Email    string
	Company  string
	Position string
	// ConnectedOn is the day the two connected; zero when the row had no
	// date or one in a format refrank does not know.
	ConnectedOn time.Time
	// Source is where the row was read, as "file:line".
	Source string
}

// Name is the contact's first and last name joined by one space, trimmed.
func (c Contact) Name() string {
	return OneSpaced(c.FirstName + " " + c.LastName)
}

// OneSpaced returns s with its runs of white space made one space and none
// at either end, as strings.Join(strings.Fields(s), " ") does; s itself,
// with nothing allocated, when it is so already (most names are).
func OneSpaced(s string) string {
	for i, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// Key identifies a contact across exports: the normalised profile URL, else
// the name and company (NameKey).
func (c Contact) Key() string {
	if u := NormalizeURL(c.URL); u != "" {
		return u
	}
	return c.NameKey()
}

// NameKey identifies a contact by name and company, for rows without a
// profile URL: the [NameKey] of the name (so "Tomás Rivera, PMP" is
// "Tomas Rivera") and the company folded ([Fold]) and one-spaced.
func (c Contact) NameKey() string {
	b := make([]byte, 0, len("name:|")+len(c.FirstName)+len(c.LastName)+len(c.Company)+1)
	b = append(b, "name:"...)
	b = AppendNameKey(b, c.FirstName+" "+c.LastName)
	b = append(b, '|')
	for _, r := range OneSpaced(c.Company) {
		b = AppendFold(b, r)
	}
	return string(b)
}

// NormalizeURL returns the form of a LinkedIn profile URL used to join
// files: percent-decoded, without scheme, query, fragment or trailing slash,
// with the host lower-cased and a leading "www." dropped. Connections.csv
// percent-encodes its URLs and messages.csv does not; both normalise alike.
// It returns "" for an empty URL.
func NormalizeURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	if n, ok := normalURL(u); ok {
		return n
	}
	return normalizeURL(u)
}

// normalizeURL is NormalizeURL for any u, trimmed and not empty.
func normalizeURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if d, err := url.PathUnescape(u); err == nil {
		u = d
	}
	host, path, _ := strings.Cut(u, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	path = strings.TrimRight(path, "/")
	if path == "" {
		return host
	}
	return host + "/" + strings.ToLower(path)
}

// normalURL returns the normal form of u when u is already normal but for
// a scheme, "www." and percent-escapes (the common case: lower case, no
// query, no trailing slash, no space, escapes that decode to lower-case
// UTF-8, as Connections.csv writes accented names), and whether it was.
// It allocates only for the decoded form of an escaped URL.
func normalURL(u string) (string, bool) {
	rest := u
	if i := strings.Index(u, "://"); i >= 0 {
		rest = u[i+3:]
	}
	rest = strings.TrimPrefix(rest, "www.")
	if rest == "" || rest[len(rest)-1] == '/' {
		return "", false
	}
	escaped, wide := false, false
	for j := 0; j < len(rest); j++ {
		switch c := rest[j]; {
		case c == '%':
			escaped = true
			j += 2 // hex digits, of either case, as unescape checks
		case c >= utf8.RuneSelf:
			wide = true
		case c == '?' || c == '#' || c <= ' ' || c >= 'A' && c <= 'Z':
			return "", false
		}
	}
	if escaped {
		var buf [128]byte
		d := unescape(buf[:0], rest)
		// What the escapes hid must be normal too.
		if d == nil || d[len(d)-1] == '/' || bytes.HasPrefix(d, []byte("www.")) {
			return "", false
		}
		rest, wide = string(d), true
	}
	if wide && !lowerUTF8(rest) {
		return "", false // lower-casing changes it, or it is broken UTF-8
	}
	return rest, true
}

// lowerUTF8 reports whether s is valid UTF-8 that lower-casing leaves as
// it is (and holds no U+FFFD, the mark of broken UTF-8).
func lowerUTF8(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if 'A' <= s[i] && s[i] <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// unescape appends s, percent-decoded, to b, or returns nil when an
// escape is not a % and two hex digits.
func unescape(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) {
				return nil
			}
			hi, ok1 := fromHex(s[i+1])
			lo, ok2 := fromHex(s[i+2])
			if !ok1 || !ok2 {
				return nil
			}
			c = hi<<4 | lo
			i += 2
		}
		b = append(b, c)
	}
	return b
}

// fromHex returns the value of hex digit c, and whether it is one.
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Job is one of the user's own positions, from Positions.csv.
type Job struct {
	Company string
	Title   string
	// Start and End bound the job; End is zero for a current job. Dates
	// given as a month cover that whole month, a year that whole year.
	Start, End time.Time
}

// Current reports whether the job has no end date.
func (j Job) Current() bool { return j.End.IsZero() }

// School is one of the user's own schools, from Education.csv or --school.
type School struct {
	Name string
	// Start and End bound the studies; either may be zero when unknown.
	Start, End time.Time
}

// Input describes one file that was read.
type Input struct {
	// File is the file's name as the user would find it, e.g.
	// "export.zip:Connections.csv".
	File string
	// Rows counts the records kept; Skipped those left out (see the
	// warnings for why).
	Rows, Skipped int
}

// Warning is a problem that did not stop the run: a skipped row, a date
// that could not be read. Line is 0 when the warning is about a whole file.
type Warning struct {
	File string
	Line int
	Msg  string
	// Expected marks a skip that is routine in a healthy export (drafts,
	// InMail ads, rows of hidden members): counted and listed, but not a
	// problem with the file.
	Expected bool
	// Kind is the same for the warnings of one kind about single rows
	// (bad quoting, a row without a sender), so that they can be said
	// once per file, counted; "" for a warning of its own.
	Kind string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	if w.File != "" {
		return w.File + ": " + w.Msg
	}
	return w.Msg
}

// Export is everything read from one or more LinkedIn exports.
type Export struct {
	Contacts []Contact
	Jobs     []Job
	Schools  []School
	Inputs   []Input
	Warnings []Warning
	// Date is when the export was made, as its content says: the newest
	// day it dates a connection, a message or a job of the user's search;
	// zero when unknown. DateFrom says which ("the newest message in
	// messages.csv").
	Date     time.Time
	DateFrom string
	// Owner is the account owner, from Profile.csv (Name) and the
	// messages they sent (URL); either may be empty.
	Owner Person
	// Interactions are the evidence of relationships found in the files
	// beside Connections.csv: one per person and file.
	Interactions []Interaction
	// Search is the user's own job search, from the Jobs files, Company
	// Follows.csv and the headline of Profile.csv.
	Search JobSearch
	// Merged counts the contacts of older exports that were found to be
	// contacts of a newer one when exports were merged.
	Merged Merged
	// Previous, when several exports were merged, holds for each contact,
	// in order, what the previous export (the newest but one) said of
	// them, and PreviousDate that export's date; nil otherwise.
	Previous     []Previous
	PreviousDate time.Time
}

// Merged counts the contacts of older exports joined to a contact of a
// newer export, by what joined them.
type Merged struct {
	// URL counts those with the same profile URL; NameAndDay those of the
	// same name and connection day, where one has no URL; NameAndCompany
	// those of the same name and employer, where one has no URL and a
	// connection day is unknown.
	URL, NameAndDay, NameAndCompany int
}

// Total is how many contacts were merged.
func (m Merged) Total() int { return m.URL + m.NameAndDay + m.NameAndCompany }

// String says how many were merged, by which key: "12 (10 by profile URL,
// 2 by name and connection day)".
func (m Merged) String() string {
	var by []string
	for _, k := range []struct {
		n   int
		key string
	}{{m.URL, "profile URL"}, {m.NameAndDay, "name and connection day"}, {m.NameAndCompany, "name and company"}} {
		if k.n > 0 {
			by = append(by, fmt.Sprintf("%d by %s", k.n, k.key))
		}
	}
	if len(by) == 0 {
		return "0"
	}
	return fmt.Sprintf("%d (%s)", m.Total(), strings.Join(by, ", "))
}

// Person names someone in a file other than Connections.csv.
type Person struct {
	Name string
	// URL is the profile URL as the file gives it, or "" (files from
	// before 2023 and recommendations carry none).
	URL string
}

// Interaction sums up what one file of the export says about the user's
// relationship with one person. Only the fields of that file's kind are
// set; the tie package joins interactions to contacts (by normalised URL,
// else by name) and adds them up.
type Interaction struct {
	Person Person
	// File is the file it came from, as Input.File names it.
	File string

	// From messages.csv: messages the user sent to the person and received
	// from them in one-to-one conversations, the same in group
	// conversations they were both in, the distinct conversations, and the
	// first and last message dates.
	Sent, Received           int
	GroupSent, GroupReceived int
	Conversations            int
	FirstMessage             time.Time
	LastMessage              time.Time

	// From Invitations.csv: who invited whom, and whether the invitation
	// carried a personal note.
	InvitedByUser, InvitedUser bool
	InvitationNote             bool

	// From Endorsement_Received_Info.csv and Endorsement_Given_Info.csv:
	// endorsements the person gave the user, and the user gave them.
	EndorsedUser, EndorsedByUser int

	// From Recommendations_Received.csv and Recommendations_Given.csv.
	RecommendedUser, RecommendedByUser bool
}

// Tier is how well the user knows a contact, one of four words, the
// strongest first: the tie package maps a tie strength to it, and a
// notes file's Relationship may set it. The words are a public contract:
// users filter on them and write them in their notes.
type Tier string

// The tiers, strongest first.
const (
	Close      Tier = "close"
	Known      Tier = "known"
	Acquainted Tier = "acquainted"
	NoTie      Tier = "none"
)

// Tiers lists every tier, strongest first.
var Tiers = []Tier{Close, Known, Acquainted, NoTie}

// ParseTier returns the tier named s (case-insensitive, surrounding space
// ignored) and whether s names one.
func ParseTier(s string) (Tier, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, t := range Tiers {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// Rank orders the tiers: 3 for close down to 0 for none (and for "").
func (t Tier) Rank() int {
	switch t {
	case Close:
		return 3
	case Known:
		return 2
	case Acquainted:
		return 1
	}
	return 0
}

// Approach is the way to ask a contact for a referral; the tie package
// chooses it by tier.
type Approach string

// The approaches, for close, known or acquainted, and other contacts.
const (
	AskDirectly     Approach = "ask directly"
	AskAdvice       Approach = "ask for advice, then a referral"
	AskIntroduction Approach = "ask for an introduction"
)

// ContextKind is a kind of shared context between the user and a contact;
// the zero value is none.
type ContextKind int

// The kinds of shared context, strongest first after NoContext.
const (
	NoContext ContextKind = iota
	Colleague             // probable colleague: same employer, connected during the user's tenure
	Classmate             // possible classmate: connected during the user's studies
	MetAtJob              // possibly met at a past job: connected while the user worked there
)

// Context is one piece of shared context: where the user and a contact
// probably met, and when that place was the user's. The tie package
// infers it from dates and employers, or takes it from the user's notes.
type Context struct {
	Kind ContextKind
	// Place is the employer or school, as the user's own files name it.
	Place      string
	Start, End time.Time
	// Noted is set when the user's notes say so, rather than inferred
	// from dates.
	Noted bool
	// PerYear is, for a context inferred from dates alone (a possible
	// classmate, someone possibly met at a past job), how many people a
	// year the user connected with while that place was theirs: the more,
	// the less a connection of that time says. It is 0 when not counted.
	PerYear float64
}

// Note is what the user knows of one contact that the export cannot: a
// row of a --notes file (CSV or XLSX; the tool's own Referrers sheet and
// CSV output are valid notes files, so edits survive a re-run).
type Note struct {
	// URL or Name identify the contact: the profile URL when the row has
	// one, else the name.
	URL, Name string
	// Relationship overrides the inferred tie tier; "" keeps the
	// inferred one.
	Relationship Tier
	// Schools and PastCompanies are the contact's, as the user knows them
	// (real alumni and ex-colleague ties).
	Schools, PastCompanies []string
	Team                   string
	// Target is the target company the row is about (the Target column of
	// the tool's own output), or "" for every target. A note with a target
	// gives its tracking to that target's row only.
	Target string
	// Tracking, kept from one run to the next: Status (to ask, asked,
	// referred, declined, thanked), the dates as the user typed them, and
	// free notes.
	Status, AskedOn, FollowUp, Notes string
	// Source is where the row was read, as "file:line".
	Source string
}

// Target is a company the user wants a referral to.
type Target struct {
	// Company is the company's name as the user gave it.
	Company string
	// Team is the team or product the user wants, or "".
	Team string
	// Role is the function applied for at this company, or "" for the
	// run's role.
	Role Function
	// Deadline is when the user wants the referral by, or zero.
	Deadline time.Time
}

func (t Target) String() string {
	if t.Team == "" {
		return t.Company
	}
	return t.Company + ":" + t.Team
}

// Component is one part of a score: its name (a key of the weights table),
// its value from 0 to 1, and its share of the score in points (package
// score apportions a referral's score to its components; the points add
// up to the Score).
type Component struct {
	Name   string
	Value  float64
	Points float64
}

// Referral is one row of the result: a contact, as the network view
// shows them, as a referrer for a target.
type Referral struct {
	// Rank is 1 for the best referrer of each target.
	Rank int
	// Score is 0-100, the sum of the components' points.
	Score float64
	Member
	// Target is the target company's name as the user gave it, or the
	// contact's employer when every company is a target.
	Target   string
	Approach Approach
	// Why says in words what made the score.
	Why        string
	Components []Component
	// Note is what the user's notes file says of the contact, if anything:
	// its tracking fields are written back out.
	Note Note
}

// Member is one contact as the whole-network view shows them: classified,
// with their employer and their tie to the user.
type Member struct {
	Contact Contact
	// Employer is the employer's display name (the parent for a brand).
	Employer string
	// EmployerKey identifies the employer, as package company resolves
	// the contact's Company: two members work at the same employer when
	// their keys are equal. It is "" for no employer.
	EmployerKey string
	Team        string
	Function    Function
	Seniority   Seniority
	// TieStrength is 0-100: how well the user knows the contact.
	TieStrength float64
	// Tie is the tier of TieStrength.
	Tie Tier
	// Context is the strongest shared context with the user (a probable
	// colleague, say), or the zero Context when none is known.
	Context Context
	// Messages counts the messages exchanged with the contact; LastMessage
	// is the newest one's date, or zero.
	Messages    int
	LastMessage time.Time
}

// Draft is a ready-to-edit outreach message to one referrer.
type Draft struct {
	Target  string
	Contact Contact
	Tie     Tier
	// Kind is direct, advice or introduction.
	Kind string
	// Via names the contact asked to introduce the user, for Kind
	// introduction; "" when no one fits.
	Via     string
	Subject string
	Message string
	// Note is the LinkedIn connection-note variant, at most NoteLimit
	// characters.
	Note string
	// Check is a note to the user, not to send: what to check before
	// asking ("applied 41 days ago: check the posting is still open
	// before asking"), or "".
	Check string
}

// NoteLimit is the most characters (Unicode code points) LinkedIn takes in
// a connection note.
const NoteLimit = 300

// CompanySummary sums up one target's referrers.
type CompanySummary struct {
	Target string
	// Contacts counts the contacts at the target; Strong those with a
	// score of at least StrongScore.
	Contacts, Strong int
	// Best names up to three best referrers, best first.
	Best []string
}

// StrongScore is the score from which a referrer counts as strong: about
// what a known peer in the role scores, or a close friend in an adjacent
// role (see package score).
const StrongScore = 50

// Param is one named parameter of a run, for the Run sheet.
type Param struct{ Name, Value string }

// Result is one run's outcome: the ranked table and what went into it.
type Result struct {
	// Referrals are grouped by target, targets in the order the user gave
	// them (by best score when every company is a target), best first.
	Referrals []Referral
	Companies []CompanySummary
	// Components names the score components in the order they are shown.
	Components []string
	Inputs     []Input
	Params     []Param
	Warnings   []Warning
	// Contacts counts the contacts read.
	Contacts int
	// Network is every contact with a name, classified, in the order
	// read, with an employer or without (Employer ""); for the All
	// Contacts sheet.
	Network []Member
	// Drafts are outreach messages to the best referrers of each target.
	Drafts []Draft
	// Targets, Role and Schools are what the user asked for, for the
	// Summary and Search sheets; Targets is empty when every company was a
	// target.
	Targets []Target
	Role    Function
	Schools []string
	// ExportDate is when the export was made, or zero; ExportDateFrom
	// says what gave it.
	ExportDate     time.Time
	ExportDateFrom string
	// Merged counts the contacts merged across exports.
	Merged Merged
	// Jobs are the postings of the user's job search with their best
	// referrers, newest first; empty when the targets carry no postings.
	Jobs []JobReferrers
	// TargetsFrom says where the targets came from when the user named
	// none and the export's job search gave them ("3 companies you
	// applied to, 1 dream company"), and RoleFrom where the role came
	// from when the user gave none ("the jobs you applied to or saved");
	// both are "" otherwise. Followed lists the companies the user
	// follows that are not targets.
	TargetsFrom, RoleFrom string
	Followed              []string
	// Tracking is true when a notes file with the user's tracking was
	// read: the Summary then opens with a to-do list from it, following
	// up with referrers asked FollowUpDays or more days before the export
	// (0 for DefaultFollowUpDays).
	Tracking     bool
	FollowUpDays int
	// Changes are the moves at the targets since the previous export of
	// the account, of date PreviousDate, when several were given: who
	// joined a target, who is a new connection there, who left one.
	Changes      []Change
	PreviousDate time.Time
}

// DefaultFollowUpDays is how many days after asking a referrer the user
// is reminded to follow up, unless the config says otherwise.
const DefaultFollowUpDays = 7
