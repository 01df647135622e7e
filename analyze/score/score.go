package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/tie"
	"github.com/refrank/refrank/analyze/title"
)

// Weight is one component's weight.
type Weight struct {
	Name  string
	Value float64
}

// DefaultWeights is the weights table, in the order components are shown.
var DefaultWeights = []Weight{
	{"role", 35},
	{"seniority", 20},
	{"team", 10},
	{"alumni", 15},
	{"tie", 20},
}

// Weights returns DefaultWeights with the given overrides applied. It
// fails on an unknown component name or a negative value, and when every
// weight would be zero.
func Weights(overrides map[string]float64) ([]Weight, error) {
	ws := slices.Clone(DefaultWeights)
	names := make([]string, 0, len(overrides))
	for n := range overrides {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		i := slices.IndexFunc(ws, func(w Weight) bool { return w.Name == n })
		if i < 0 {
			return nil, fmt.Errorf("unknown score component %q (known: %s)", n, componentNames())
		}
		v := overrides[n]
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("weight of %s must be a number of at least 0, not %v", n, v)
		}
		ws[i].Value = v
	}
	var sum float64
	for _, w := range ws {
		sum += w.Value
	}
	if sum == 0 {
		return nil, fmt.Errorf("at least one weight must be above 0")
	}
	return ws, nil
}

func componentNames() string {
	var s []string
	for _, w := range DefaultWeights {
		s = append(s, w.Name)
	}
	return strings.Join(s, ", ")
}

// Options says what to rank for.
type Options struct {
	// Targets are the companies wanted; none means every employer in the
	// network.
	Targets []analyze.Target
	// Role is the function the user is applying for, at every target that
	// names none of its own.
	Role analyze.Function
	// Weights are the component weights; nil means DefaultWeights.
	Weights []Weight
	// Top keeps the best Top referrers per target; 0 keeps all.
	Top int
	// Matcher resolves company names; nil means company.NewMatcher().
	Matcher *company.Matcher
	// History is the user's own jobs and schools, and the day ages are
	// counted to.
	History tie.History
	// Owner is the account owner, whose own rows in the interactions are
	// left out.
	Owner analyze.Person
	// Interactions are the export's evidence of relationships, joined to
	// contacts by profile URL, else by name.
	Interactions []analyze.Interaction
	// Notes are what the user knows of contacts: a relationship tier,
	// schools, past companies, team, and tracking fields carried through.
	Notes []analyze.Note
	// Postings are jobs of the user's job search (see FromSearch): each
	// at one of the Targets gets its own best referrers in Result.Jobs.
	Postings []analyze.Posting
}

// adjacent holds the share of the role component a contact in one
// function gets for a role in another; it is read both ways.
var adjacent = map[[2]analyze.Function]float64{
	{analyze.Software, analyze.Data}:      0.5,
	{analyze.Software, analyze.Program}:   0.4,
	{analyze.Software, analyze.Product}:   0.4,
	{analyze.Software, analyze.Hardware}:  0.4,
	{analyze.Software, analyze.Research}:  0.4,
	{analyze.Software, analyze.Design}:    0.2,
	{analyze.Software, analyze.Support}:   0.2,
	{analyze.Data, analyze.Research}:      0.6,
	{analyze.Data, analyze.Product}:       0.3,
	{analyze.Data, analyze.Program}:       0.3,
	{analyze.Data, analyze.Finance}:       0.2,
	{analyze.Product, analyze.Program}:    0.5,
	{analyze.Product, analyze.Design}:     0.5,
	{analyze.Product, analyze.Marketing}:  0.4,
	{analyze.Program, analyze.Operations}: 0.4,
	{analyze.Design, analyze.Research}:    0.3,
	{analyze.Design, analyze.Marketing}:   0.3,
	{analyze.Sales, analyze.Marketing}:    0.5,
	{analyze.Sales, analyze.Support}:      0.4,
	{analyze.Operations, analyze.Finance}: 0.3,
	{analyze.Operations, analyze.Support}: 0.3,
	{analyze.HR, analyze.Recruiting}:      1,
}

// Adjacent returns the value of the role component for a contact in
// function f when the user applies for role.
func Adjacent(role, f analyze.Function) float64 {
	switch {
	case f == role:
		return 1
	case f == analyze.Recruiting:
		return 0.6
	case f == analyze.Other:
		return 0.2
	}
	if v, ok := adjacent[[2]analyze.Function{role, f}]; ok {
		return v
	}
	return adjacent[[2]analyze.Function{f, role}]
}

// person is a contact with everything that does not depend on the target.
type person struct {
	analyze.Member          // what the network view shows
	teams          []string // every team the contact's title, brand and note name
	ev             tie.Evidence
	note           *analyze.Note // what the notes say of the person, for Infer
	general        *analyze.Note // the note without a target, or nil
	targeted       []targetNote  // the notes for one target each
}

// targetNote is a note that names its target, by the target's employer
// key, and whether a row of that target took it.
type targetNote struct {
	key    string
	n      *analyze.Note
	placed bool
}

// noteFor returns the note of p's row for the target of employer key: the
// note naming that target, else the note without a target, else what the
// notes say of the person, without tracking.
func (p *person) noteFor(key string) analyze.Note {
	for i := range p.targeted {
		if t := &p.targeted[i]; t.key == key {
			t.placed = true
			return *t.n
		}
	}
	if p.general != nil {
		return *p.general
	}
	if p.note == nil {
		return analyze.Note{}
	}
	facts := *p.note
	facts.Target, facts.Status, facts.AskedOn, facts.FollowUp, facts.Notes = "", "", "", "", ""
	return facts
}

// Rank scores every contact against every target and ranks them.
func Rank(contacts []analyze.Contact, opt Options) *analyze.Result {
	m := opt.Matcher
	if m == nil {
		m = company.NewMatcher()
	}
	ws := opt.Weights
	if ws == nil {
		ws = DefaultWeights
	}
	signals, notes, stats, warns := tie.Join(contacts, opt.Owner, opt.Interactions, opt.Notes)
	r := &analyze.Result{Contacts: len(contacts), Warnings: warns, Targets: opt.Targets, Role: opt.Role}
	if len(opt.Interactions) > 0 {
		r.Params = append(r.Params, analyze.Param{Name: "interactions joined", Value: stats.String()})
	}
	if len(opt.Notes) > 0 {
		r.Params = append(r.Params, analyze.Param{Name: "notes joined", Value: fmt.Sprintf("%d of %d rows", stats.Notes, len(opt.Notes))})
	}
	infer := tie.NewInferrer(&opt.History, m, contacts)
	people := make([]person, 0, len(contacts))
	r.Network = make([]analyze.Member, 0, len(contacts))
	for ci, c := range contacts {
		p := know(m, c, notes[ci])
		if p.EmployerKey == "" {
			continue // no employer: no one to refer to
		}
		p.ev = infer.Infer(&p.Member, signals[ci], p.note)
		p.TieStrength = p.ev.Strength()
		p.Tie = tie.Tier(p.TieStrength)
		p.Context = p.ev.Strongest()
		p.Messages = p.ev.Signals.Messages()
		p.LastMessage = p.ev.Signals.LastMessage
		people = append(people, p)
		r.Network = append(r.Network, p.Member)
	}

	var sum float64 // of the weights, to scale them to 100
	for _, w := range ws {
		r.Components = append(r.Components, w.Name)
		sum += w.Value
	}
	targets := opt.Targets
	byKey := map[string][]int{} // employer key -> people
	for i, p := range people {
		byKey[p.EmployerKey] = append(byKey[p.EmployerKey], i)
	}
	// One employer, one name: the spellings of a name outside the alias
	// table ("Northwind Traders, Inc.", "Northwind Traders") show as one.
	for _, idx := range byKey {
		name := displayName(people, idx)
		for _, i := range idx {
			people[i].Member.Employer = name
			r.Network[i].Employer = name
		}
	}
	// A group is one target's referrers, scored and sorted before their
	// rows are built: a row is large, and --top keeps only the first.
	type group struct {
		key  string
		t    analyze.Target
		role analyze.Function
		rows []scored
	}
	var groups []group
	if len(targets) == 0 {
		for key, idx := range byKey {
			groups = append(groups, group{key: key, t: analyze.Target{Company: people[idx[0]].Member.Employer}, role: opt.Role})
		}
	} else {
		for _, t := range targets {
			te := m.Resolve(t.Company)
			if t.Team == "" {
				t.Team = te.Team // a brand named as the target: "AWS"
			}
			g := group{key: te.Key, t: t, role: cmp.Or(t.Role, opt.Role)}
			groups = append(groups, g)
		}
	}
	for gi := range groups {
		g := &groups[gi]
		idx := byKey[g.key]
		g.rows = make([]scored, len(idx))
		for j, i := range idx {
			g.rows[j] = score(&people[i], g.t, g.role, ws, sum)
		}
		slices.SortFunc(g.rows, compare)
	}
	if len(targets) == 0 {
		slices.SortFunc(groups, func(a, b group) int {
			if d := cmpFloat(top3(b.rows), top3(a.rows)); d != 0 {
				return d
			}
			if d := strings.Compare(a.t.Company, b.t.Company); d != 0 {
				return d
			}
			return strings.Compare(a.key, b.key)
		})
	}
	n := 0
	for _, g := range groups {
		k := len(g.rows)
		if opt.Top > 0 {
			k = min(k, opt.Top)
		}
		n += k
	}
	r.Referrals = make([]analyze.Referral, n)
	comps := make([]analyze.Component, n*len(ws)) // every referral's, in one allocation
	j := 0
	for _, g := range groups {
		// The summary counts everyone there; --top only shortens the list.
		r.Companies = append(r.Companies, summarize(g.t.Company, g.rows))
		if opt.Top > 0 && len(g.rows) > opt.Top {
			g.rows = g.rows[:opt.Top]
		}
		for i := range g.rows {
			k := j * len(ws)
			refer(&r.Referrals[j], &g.rows[i], i+1, g.key, g.t, g.role, ws, comps[k:k:k+len(ws)])
			j++
		}
	}
	for i := range people {
		for _, t := range people[i].targeted {
			if n := t.n; !t.placed && strings.TrimSpace(n.Status+n.AskedOn+n.FollowUp+n.Notes) != "" {
				r.Warnings = append(r.Warnings, tie.NoteWarning(n, fmt.Sprintf("%s is not ranked for %s in this run; the note's Status, dates and Notes are not in the output", people[i].Contact.Name(), n.Target)))
			}
		}
	}
	r.Jobs = rankJobs(contacts, opt, m)
	return r
}

// know is the one step that turns contact c, with the user's notes on
// them, into what refrank knows of them before any tie or
// target (see the package doc): their employer resolved by m, once; the
// function and seniority their title gives on that employer's ladder; and
// their team, with every team name that may match a target's.
func know(m *company.Matcher, c analyze.Contact, notes []*analyze.Note) person {
	e := m.Resolve(c.Company)
	class := title.ClassifyAt(c.Position, e.Key)
	hint := m.Team(class.Team, e)
	var p person
	for _, n := range notes {
		switch {
		case n.Target != "":
			p.targeted = append(p.targeted, targetNote{key: m.Resolve(n.Target).Key, n: n})
		case p.general == nil:
			p.general = n
		}
	}
	if p.note = p.general; p.note == nil && len(notes) > 0 {
		p.note = notes[0] // the notes of one person share its facts
	}
	note := p.note
	p.Member = analyze.Member{
		Contact:     c,
		Employer:    e.Name,
		EmployerKey: e.Key,
		Team:        cmp.Or(hint, e.Team),
		Function:    class.Function,
		Seniority:   class.Seniority,
	}
	if note != nil && note.Team != "" {
		p.Team = note.Team
	}
	for _, t := range []string{e.Team, hint, strings.TrimSpace(e.Team + " " + hint), p.Team} {
		if t != "" && !slices.Contains(p.teams, t) {
			p.teams = append(p.teams, t)
		}
	}
	return p
}

func top3(rows []scored) float64 {
	var s float64
	for i := 0; i < len(rows) && i < 3; i++ {
		s += rows[i].score
	}
	return s
}

// displayName names an employer for the no-target run: the alias table's
// parent name when it has one, else the spelling most contacts use (ties
// go to the alphabetically first).
func displayName(people []person, idx []int) string {
	counts := map[string]int{}
	best := ""
	for _, i := range idx {
		n := analyze.OneSpaced(people[i].Employer)
		counts[n]++
		c := counts[n]
		if best == "" || c > counts[best] || c == counts[best] && n < best {
			best = n
		}
	}
	return best
}

func summarize(target string, rows []scored) analyze.CompanySummary {
	s := analyze.CompanySummary{Target: target, Contacts: len(rows)}
	for _, r := range rows {
		if r.score >= analyze.StrongScore {
			s.Strong++
		}
		if len(s.Best) < 3 {
			s.Best = append(s.Best, r.name)
		}
	}
	return s
}

// compare orders two scored referrers: by score, then tie strength, then
// name, then profile URL and where the row was read.
func compare(a, b scored) int {
	if d := cmpFloat(b.score, a.score); d != 0 {
		return d
	}
	if d := cmpFloat(b.p.TieStrength, a.p.TieStrength); d != 0 {
		return d
	}
	if d := strings.Compare(a.name, b.name); d != 0 {
		return d
	}
	if d := strings.Compare(a.p.Contact.URL, b.p.Contact.URL); d != 0 {
		return d
	}
	return strings.Compare(a.p.Contact.Source, b.p.Contact.Source)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// values are the components' values for one referral.
type values struct{ role, seniority, team, alumni, tie float64 }

func (v *values) get(name string) float64 {
	switch name {
	case "role":
		return v.role
	case "seniority":
		return v.seniority
	case "team":
		return v.team
	case "alumni":
		return v.alumni
	case "tie":
		return v.tie
	}
	return 0
}

func (v *values) set(name string, x float64) {
	switch name {
	case "role":
		v.role = x
	case "seniority":
		v.seniority = x
	case "team":
		v.team = x
	case "alumni":
		v.alumni = x
	case "tie":
		v.tie = x
	}
}

// scored is a person scored for one target: what ranking needs, before
// the referral's row is built.
type scored struct {
	p     *person
	v     values
	pts   values // each component's points, rounded to one decimal
	score float64
	name  string // p's Contact.Name, made once for sorting
}

// score scores person p for target t; sum is the sum of the weights ws.
func score(p *person, t analyze.Target, role analyze.Function, ws []Weight, sum float64) scored {
	v := values{
		role:      Adjacent(role, p.Function),
		seniority: float64(p.Seniority.Rank()) / analyze.MaxRank,
		alumni:    alumni(&p.ev),
		tie:       p.TieStrength / 100,
	}
	if t.Team != "" && company.TeamMatches(t.Team, p.teams...) {
		v.team = 1
	}
	// The score is the sum of the rounded points, so that the columns a
	// user reads add up to it.
	var pts values
	var total float64
	for _, w := range ws {
		x := round1(100 * w.Value * v.get(w.Name) / sum)
		pts.set(w.Name, x)
		total += x
	}
	return scored{p: p, v: v, pts: pts, score: round1(total), name: p.Contact.Name()}
}

// refer fills in ref, the row of s, ranked rank for target t (of employer
// key), appending
// its components to comps.
func refer(ref *analyze.Referral, s *scored, rank int, key string, t analyze.Target, role analyze.Function, ws []Weight, comps []analyze.Component) {
	p := s.p
	ref.Rank, ref.Score, ref.Member, ref.Target = rank, s.score, p.Member, t.Company
	ref.Note = p.noteFor(key)
	ref.Approach = tie.Approach(ref.Tie)
	ref.Components = comps
	for _, w := range ws {
		x := s.v.get(w.Name)
		ref.Components = append(ref.Components, analyze.Component{Name: w.Name, Value: x, Points: s.pts.get(w.Name)})
	}
	ref.Why = why(p, t, role, &s.v)
}

func alumni(ev *tie.Evidence) float64 {
	if len(ev.Contexts) == 0 {
		return 0
	}
	switch ev.Contexts[0].Kind {
	case analyze.Colleague:
		return 1
	case analyze.Classmate:
		return 0.8
	}
	return 0.4
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// why says in words what made the score, most telling first.
func why(p *person, t analyze.Target, role analyze.Function, v *values) string {
	const sep = " · "
	var buf [256]byte
	b := buf[:0]
	if t.Team != "" {
		switch {
		case v.team > 0:
			b = append(b, "same team ("+t.Team+")"+sep...)
		case p.Team != "":
			b = append(b, "other team ("+p.Team+")"+sep...)
		}
	}
	f := p.Function
	switch r := v.role; {
	case f == role:
		b = append(b, f...)
	case f == analyze.Recruiting:
		b = append(b, "recruiter (can route your resume)"...)
	case r > 0 && f != analyze.Other:
		b = append(b, string(f)+" (close to "+string(role)+")"...)
	default:
		b = append(b, string(f)+" (not "+string(role)+")"...)
	}
	b = append(b, sep+string(p.Seniority)...)
	n := len(b)
	b = p.ev.AppendWords(b, sep)
	if n == len(b) && !p.Contact.ConnectedOn.IsZero() {
		b = p.Contact.ConnectedOn.AppendFormat(append(b, sep+"connected "...), "Jan 2006")
	}
	return string(b)
}
