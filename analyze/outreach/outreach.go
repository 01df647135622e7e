package outreach

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

// DefaultPerTarget is how many referrers of each target get a draft when
// Options.PerTarget is 0.
const DefaultPerTarget = 5

// Options controls Draft.
type Options struct {
	// PerTarget is how many of each target's best referrers get a draft;
	// 0 means DefaultPerTarget.
	PerTarget int
	// Targets is how many targets, in the result's order, get drafts; 0
	// means all. A run without targets, where every employer is one,
	// drafts for the strongest few, as its Summary lists them.
	Targets int
	// User is the user's name (from Profile.csv), or "".
	User string
	// Role is the function applied for; the drafts say it as a phrase
	// ("software" is "a software engineering role"). "" is "a role".
	Role analyze.Function
	// Jobs maps a target company, as the user gave it, to job posting
	// URLs; the key "" holds URLs for every target. A key matches a target
	// when the two name the same employer.
	Jobs map[string][]string
	// Templates are the templates to use; nil means Builtin().
	Templates *Templates
	// Matcher resolves company names; nil means company.NewMatcher(). Pass
	// the one the ranking used so --alias names match here too.
	Matcher *company.Matcher
}

// Data is what a template is executed on: one draft's facts. Every string
// is plain text from the user's data, cleaned of control characters; it is
// never parsed as a template.
type Data struct {
	// Kind is direct, advice or introduction; Tie is the referrer's tier
	// (close, known, acquainted or none).
	Kind, Tie string
	// First and Name are the referrer's first and full name; Position and
	// Company are their title and employer as their row has them.
	First, Name, Position, Company string
	// Target is the target company as the user gave it.
	Target string
	// Team is the referrer's team (from the notes file, else from their
	// title or employer brand), or "". TargetTeam is the team the user
	// wants (--target Company:Team, or the brand named as target), or "".
	Team, TargetTeam string
	// Role is the role as a phrase ("software engineering role"), ARole
	// the same with its article ("a software engineering role").
	Role, ARole string
	// Jobs are the job posting URLs for the target, the target's own
	// first; Job is the first of them, or "".
	Jobs []string
	Job  string
	// Posting is the posting of the user's own job search this draft is
	// about, or nil: the newest one at the target for which the referrer
	// is among the best, else the newest at the target. Its link comes
	// first in Jobs.
	Posting *Posting
	// Applying is the sentence's start that says what the user goes after,
	// from Posting when there is one: "I applied for Software Engineer,
	// Payments (https://...) at Stripe on 3 Nov", "I'm applying for Staff
	// Engineer (https://...) at Stripe" for a saved job; "" without one.
	Applying string
	// User is the user's name, or "": templates write
	// {{or .User "[Your name]"}}.
	User string
	// Connection says what the user shares with the referrer as a clause
	// starting lower-case: "we overlapped at Contoso", "we were at the
	// University of Washington around the same time", "we connected while
	// I was at Fabrikam", "we both worked at Contoso" (from the notes);
	// "" when nothing is known.
	Connection string
	// Via and ViaFirst are the introducer's full and first name, and
	// ViaCompany their employer, for introductions; all "" when no one
	// fits. ViaWorkedThere is true when the user's notes say the
	// introducer worked at the target.
	Via, ViaFirst, ViaCompany string
	ViaWorkedThere            bool
	// Strangers counts the target's listed referrers when every one of
	// them is a stranger (tier none), else 0: the one draft of such a
	// target is an introduction to the best of them.
	Strangers int
}

// Draft writes outreach drafts for the best opt.PerTarget referrers of
// each target of r, in the order of r.Referrals, and one, an
// introduction, for a target whose referrers are all strangers. The kind
// follows the referrer's tie tier (see [Kind]); an introduction names an
// introducer (see the package doc). The result depends only on r and opt.
func Draft(r *analyze.Result, opt Options) ([]analyze.Draft, error) {
	per := opt.PerTarget
	if per <= 0 {
		per = DefaultPerTarget
	}
	tmpl := opt.Templates
	if tmpl == nil {
		tmpl = Builtin()
	}
	m := opt.Matcher
	if m == nil {
		m = company.NewMatcher()
	}
	d := drafter{r: r, opt: opt, m: m}
	d.people = sync.OnceValue(func() []candidate { return people(r) })
	var drafts []analyze.Draft
	for start, n := 0, 0; start < len(r.Referrals) && (opt.Targets <= 0 || n < opt.Targets); n++ {
		end := start + 1
		for end < len(r.Referrals) && r.Referrals[end].Target == r.Referrals[start].Target {
			end++
		}
		// Drafts go to the best referrers, in the ranking's order, which
		// ranks those worth asking first. A target with only strangers
		// gets one: an introduction to the best of them, through the best
		// introducer (asking one introducer about five strangers at once
		// asks too much).
		strangers, k := 0, per
		if !slices.ContainsFunc(r.Referrals[start:end], func(ref analyze.Referral) bool { return Kind(ref.Tie) != Introduction }) {
			strangers, k = end-start, 1
		}
		for i := start; i < end && i-start < k; i++ {
			ref := &r.Referrals[i]
			data := d.data(ref)
			data.Strangers = strangers
			out, err := tmpl.render(data)
			if err != nil {
				return nil, fmt.Errorf("drafting to %s for %s: %w", data.Name, data.Target, err)
			}
			drafts = append(drafts, analyze.Draft{
				Target:  ref.Target,
				Contact: ref.Contact,
				Tie:     ref.Tie,
				Kind:    data.Kind,
				Via:     data.Via,
				Subject: out.subject,
				Message: out.message,
				Note:    out.note,
				Check:   data.Posting.checkFirst(),
			})
		}
		start = end
	}
	return drafts, nil
}

// A Posting is a job of the user's own job search, for the templates.
type Posting struct {
	// Title is the job's title and URL its link, or "".
	Title, URL string
	// Applied is true for a job applied to, false for a saved one; On is
	// the day, as "3 Nov" ("" when unknown), and DaysAgo how many days
	// before the export that was.
	Applied bool
	On      string
	DaysAgo int

	check string // what the user should check first, for the Draft
}

// drafter holds what every draft of one run shares.
type drafter struct {
	r      *analyze.Result
	opt    Options
	m      *company.Matcher
	people func() []candidate // made for the first introduction, if any
}

// data gathers the template data for one referral.
func (d *drafter) data(ref *analyze.Referral) *Data {
	c := ref.Contact
	x := &Data{
		Kind:     Kind(ref.Tie),
		Tie:      clean(string(ref.Tie)),
		First:    clean(c.FirstName),
		Name:     clean(c.Name()),
		Position: clean(c.Position),
		Company:  clean(c.Company),
		Target:   clean(ref.Target),
		Team:     clean(cmp.Or(ref.Note.Team, ref.Team)),
		User:     clean(d.opt.User),
	}
	if x.First == "" {
		x.First, _, _ = strings.Cut(x.Name, " ")
	}
	x.First = cmp.Or(x.First, "there")
	x.Name = cmp.Or(x.Name, x.First)
	x.TargetTeam = clean(d.targetTeam(ref.Target))
	role := d.opt.Role
	for _, t := range d.r.Targets {
		if t.Company == ref.Target && t.Role != "" {
			role = t.Role // the target's own role
		}
	}
	x.Role, x.ARole = rolePhrase(role)
	x.Jobs = d.jobs(ref.Target)
	if x.Posting = d.posting(ref); x.Posting != nil && x.Posting.URL != "" {
		x.Jobs = slices.Insert(slices.DeleteFunc(x.Jobs, func(u string) bool { return u == x.Posting.URL }), 0, x.Posting.URL)
	}
	if len(x.Jobs) > 0 {
		x.Job = x.Jobs[0]
	}
	if p := x.Posting; p != nil {
		link := ""
		if p.URL != "" {
			link = " (" + p.URL + ")"
		}
		if p.Applied {
			x.Applying = "I applied for " + p.Title + link + " at " + x.Target
			if p.On != "" {
				x.Applying += " on " + p.On
			}
		} else {
			x.Applying = "I'm applying for " + p.Title + link + " at " + x.Target
		}
	}
	x.Connection = clean(connection(ref))
	if x.Kind == Introduction {
		if via, worked := d.introducer(ref); via != nil {
			x.Via = clean(via.contact.Name())
			x.ViaFirst = clean(via.contact.FirstName)
			if x.ViaFirst == "" {
				x.ViaFirst, _, _ = strings.Cut(x.Via, " ")
			}
			x.ViaCompany = clean(via.contact.Company)
			x.ViaWorkedThere = worked
		}
	}
	return x
}

// posting returns the posting of the user's job search a draft to ref is
// about (see analyze.Result.JobFor), for the templates; nil for none.
func (d *drafter) posting(ref *analyze.Referral) *Posting {
	pick := d.r.JobFor(ref)
	if pick == nil {
		return nil
	}
	p := &Posting{Title: clean(pick.Posting.Title), URL: analyze.JobLink(clean(pick.Posting.URL)), Applied: pick.Posting.Kind == analyze.Applied}
	if t := pick.Posting.Date; !t.IsZero() {
		p.On = t.Format("2 Jan")
	}
	p.DaysAgo, _ = pick.Posting.DaysAgo(d.r.ExportDate)
	p.check = pick.Posting.Check(pick.Deadline, d.r.ExportDate)
	return p
}

// checkFirst returns what the user should check before sending a draft
// about p, or "" (also for no posting).
func (p *Posting) checkFirst() string {
	if p == nil {
		return ""
	}
	return p.check
}

// targetTeam is the team the user wants at target: from the targets, else
// the brand the target names ("AWS").
func (d *drafter) targetTeam(target string) string {
	for _, t := range d.r.Targets {
		if t.Company == target && t.Team != "" {
			return t.Team
		}
	}
	return d.m.Resolve(target).Team
}

// jobs lists the posting URLs for target: the target's own (keys naming
// the same employer, in key order), then those for every target, without
// repeats.
func (d *drafter) jobs(target string) []string {
	key := d.m.Resolve(target).Key
	var keys []string
	for k := range d.opt.Jobs {
		if k != "" && (k == target || key != "" && d.m.Resolve(k).Key == key) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	keys = append(keys, "")
	var out []string
	for _, k := range keys {
		for _, u := range d.opt.Jobs[k] {
			if u = clean(u); u != "" && !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	return out
}

// roles are the phrases for the functions that do not read well as
// "<function> role".
var roles = map[analyze.Function]string{
	analyze.Software: "software engineering role",
	analyze.Hardware: "hardware engineering role",
	analyze.Product:  "product management role",
	analyze.Program:  "program management role",
	analyze.HR:       "HR role",
	analyze.Support:  "customer support role",
	analyze.Admin:    "administrative role",
	analyze.Student:  "internship",
	analyze.Other:    "role",
	"":               "role",
}

// rolePhrase says the function applied for as a noun phrase, without and
// with its article.
func rolePhrase(f analyze.Function) (role, arole string) {
	role, ok := roles[f]
	if !ok {
		role = strings.TrimSpace(clean(string(f)) + " role")
	}
	if strings.HasPrefix(role, "HR") || strings.ContainsRune("aeiou", rune(role[0])) {
		return role, "an " + role
	}
	return role, "a " + role
}

// connection says what the user shares with the referrer, from the
// strongest shared context the tie package found: inferred from dates, or
// from the user's notes (a past company or school of the referrer's that
// was the user's too).
func connection(ref *analyze.Referral) string {
	c := &ref.Context
	if c.Place == "" {
		return ""
	}
	switch {
	case c.Kind == analyze.Colleague && c.Noted:
		return "we both worked at " + c.Place
	case c.Kind == analyze.Colleague:
		return "we overlapped at " + c.Place
	case c.Kind == analyze.Classmate && c.Noted:
		return "we both went to " + withArticle(c.Place)
	case c.Kind == analyze.Classmate:
		return "we were at " + withArticle(c.Place) + " around the same time"
	case c.Kind == analyze.MetAtJob:
		return "we connected while I was at " + c.Place
	}
	return ""
}

// withArticle puts "the" before institution names that want it: "the
// University of Washington", not "the Stanford University".
func withArticle(place string) string {
	lower := strings.ToLower(place)
	for _, p := range []string{"university of ", "college of ", "institute of ", "school of "} {
		if strings.HasPrefix(lower, p) {
			return "the " + place
		}
	}
	return place
}
