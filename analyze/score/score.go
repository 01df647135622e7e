package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/tie"
	"github.com/refrank/refrank/analyze/title"
	"github.com/refrank/refrank/internal/chunks"
)

// Weight is one component's weight.
type Weight struct {
	Name  string
	Value float64
}

// DefaultWeights is the weights table, in the order components are shown:
// the fit components (role, seniority, team) weigh 50 together, the reach
// components (alumni, tie) 50, so that by default the score is a plain
// product of the two parts.
var DefaultWeights = []Weight{
	{"role", 30},
	{"seniority", 10},
	{"team", 10},
	{"alumni", 10},
	{"tie", 40},
}

// reach reports whether the component named is a part of the reach (how
// likely and how genuine a referral is), not of the fit (what the
// referrer can do).
func reach(name string) bool { return name == "alumni" || name == "tie" }

// The floors and the saturation of the component values (see the package
// doc).
const (
	anyone  = 0.5 // the role value of an employee in an unrelated function
	cold    = 0.1 // the tie value of a contact the user does not know at all
	tieFull = 60  // the tie strength from which the tie value is 1
)

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
	if math.IsInf(100*sum, 0) {
		return nil, fmt.Errorf("the weights add up to more than a number holds; keep each under 1e300")
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
	// Previous, one per contact, is what the previous export said of
	// them, and PreviousDate its date (see analyze.Export): the moves at
	// the targets since then are Result.Changes. Nil for none.
	Previous     []analyze.Previous
	PreviousDate time.Time
}

// adjacent holds the share of the role component a contact in one
// function gets for a role in another; it is read both ways.
var adjacent = map[[2]analyze.Function]float64{
	{analyze.Software, analyze.Data}:         0.5,
	{analyze.Software, analyze.Program}:      0.4,
	{analyze.Software, analyze.Product}:      0.4,
	{analyze.Software, analyze.Hardware}:     0.4,
	{analyze.Software, analyze.Research}:     0.4,
	{analyze.Software, analyze.Design}:       0.2,
	{analyze.Software, analyze.Support}:      0.2,
	{analyze.Data, analyze.Research}:         0.6,
	{analyze.Data, analyze.Product}:          0.3,
	{analyze.Data, analyze.Program}:          0.3,
	{analyze.Data, analyze.Finance}:          0.2,
	{analyze.Product, analyze.Program}:       0.5,
	{analyze.Product, analyze.Design}:        0.5,
	{analyze.Product, analyze.Marketing}:     0.4,
	{analyze.Program, analyze.Operations}:    0.4,
	{analyze.Design, analyze.Research}:       0.3,
	{analyze.Design, analyze.Marketing}:      0.3,
	{analyze.Sales, analyze.Marketing}:       0.5,
	{analyze.Sales, analyze.Support}:         0.4,
	{analyze.Operations, analyze.Finance}:    0.3,
	{analyze.Operations, analyze.Support}:    0.3,
	{analyze.HR, analyze.Recruiting}:         1,
	{analyze.Consulting, analyze.Product}:    0.3,
	{analyze.Consulting, analyze.Program}:    0.3,
	{analyze.Consulting, analyze.Operations}: 0.3,
	{analyze.Consulting, analyze.Finance}:    0.3,
	{analyze.Admin, analyze.Operations}:      0.3,
	{analyze.Admin, analyze.HR}:              0.3,
}

// Adjacent returns how close function f is to the role applied for, from
// 0 (unrelated) to 1 (the role's own function): a share from the table of
// adjacent functions, 0.6 for a recruiter whatever the role, 0.2 for a
// title that names no discipline. The role component's value is
// anyone + (1-anyone) x Adjacent: any employee can refer.
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
	*analyze.Member          // what the network view shows, in Result.Network
	name            string   // the Contact's Name, made once
	at              int      // the contact's index in the contacts ranked
	teams           []string // every team the contact's title, brand and note name
	ev              tie.Evidence
	note            *analyze.Note // what the notes say of the person, for Infer
	general         *analyze.Note // the note without a target, or nil
	targeted        []targetNote  // the notes for one target each
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
	net := knowAll(contacts, opt, m)
	r := &analyze.Result{Contacts: len(contacts), Warnings: net.warns, Targets: opt.Targets, Role: opt.Role, Network: net.members}
	if len(opt.Interactions) > 0 {
		r.Params = append(r.Params, analyze.Param{Name: "interactions joined", Value: net.stats.String()})
	}
	if len(opt.Notes) > 0 {
		r.Params = append(r.Params, analyze.Param{Name: "notes joined", Value: fmt.Sprintf("%d of %d rows", net.stats.Notes, len(opt.Notes))})
	}
	ws := opt.Weights
	if ws == nil {
		ws = DefaultWeights
	}
	for _, w := range ws {
		r.Components = append(r.Components, w.Name)
	}
	r.Companies, r.Referrals = net.rank(opt.Targets, opt.Role, ws, opt.Top, m)
	for _, p := range net.people {
		for _, t := range p.targeted {
			if n := t.n; !t.placed && strings.TrimSpace(n.Status+n.AskedOn+n.FollowUp+n.Notes) != "" {
				r.Warnings = append(r.Warnings, tie.NoteWarning(n, fmt.Sprintf("%s is not ranked for %s in this run; the note's Status, dates and Notes are not in the output", p.name, n.Target)))
			}
		}
	}
	r.Jobs = net.rankJobs(opt, ws, m)
	r.Changes, r.PreviousDate = changes(contacts, opt, m, r), opt.PreviousDate
	return r
}

// network is what Rank knows of the contacts before any target, worked
// out once for the targets and the postings alike.
type network struct {
	people  []*person         // the contacts with a name and an employer
	members []analyze.Member  // every contact with a name: Result.Network
	byKey   map[string][]int  // employer key -> indexes in people
	stats   tie.JoinStats     // how the interactions and notes were joined
	warns   []analyze.Warning // the notes that found no contact
}

// knowAll joins the interactions and notes of opt to contacts, and knows
// each contact (see know) with the tie the evidence gives.
func knowAll(contacts []analyze.Contact, opt Options, m *company.Matcher) *network {
	signals, notes, stats, warns := tie.Join(contacts, opt.Owner, opt.Interactions, opt.Notes)
	net := &network{stats: stats, warns: warns, byKey: map[string][]int{}}
	infer := tie.NewInferrer(&opt.History, m, contacts)
	// Each contact is known on its own: the cores share them out.
	all := make([]person, len(contacts))
	members := make([]analyze.Member, len(contacts))
	chunks.Run(len(contacts), func(lo, hi int) {
		for ci := lo; ci < hi; ci++ {
			c := &contacts[ci]
			name := c.Name()
			if name == "" {
				continue // no one to show
			}
			p := &all[ci]
			*p = know(m, *c, notes[ci], &members[ci])
			p.name, p.at = name, ci
			p.ev = infer.Infer(p.Member, signals[ci], p.note)
			p.TieStrength = p.ev.Strength()
			p.Tie = tie.Tier(p.TieStrength)
			p.Context = p.ev.Strongest()
			p.Messages = p.ev.Signals.Messages()
			p.LastMessage = p.ev.Signals.LastMessage
		}
	})
	// The members of those with a name move up, in order, to be the
	// network.
	net.members = members[:0]
	for ci := range all {
		p := &all[ci]
		if p.name == "" {
			continue
		}
		net.members = append(net.members, *p.Member)
		p.Member = &net.members[len(net.members)-1]
		if p.EmployerKey == "" {
			continue // no employer: in the network, no one to refer to
		}
		net.byKey[p.EmployerKey] = append(net.byKey[p.EmployerKey], len(net.people))
		net.people = append(net.people, p)
	}
	// One employer, one name: the spellings of a name outside the alias
	// table ("Northwind Traders, Inc.", "Northwind Traders") show as one.
	for _, idx := range net.byKey {
		name := displayName(net.people, idx)
		for _, i := range idx {
			net.people[i].Employer = name
		}
	}
	return net
}

// rank scores the people of net for each of targets (for role at those
// that name none; none means every employer) with the weights ws, and
// returns each target's summary and its referrals, the best top of them
// (0 for all), ranked.
func (net *network) rank(targets []analyze.Target, role analyze.Function, ws []Weight, top int, m *company.Matcher) ([]analyze.CompanySummary, []analyze.Referral) {
	mod := newModel(ws)
	// A group is one target's referrers, scored and sorted before their
	// rows are built: a row is large, and --top keeps only the first.
	type group struct {
		key  string
		t    analyze.Target
		role analyze.Function
		rows []scored
		sum  analyze.CompanySummary
	}
	var groups []group
	if len(targets) == 0 {
		for key, idx := range net.byKey {
			groups = append(groups, group{key: key, t: analyze.Target{Company: net.people[idx[0]].Member.Employer}, role: role})
		}
	} else {
		for _, t := range targets {
			te := m.Resolve(t.Company)
			if t.Team == "" {
				t.Team = te.Team // a brand named as the target: "AWS"
			}
			g := group{key: te.Key, t: t, role: cmp.Or(t.Role, role)}
			groups = append(groups, g)
		}
	}
	// Each group is scored on every core; then the best are found
	// (ranking them all only when all are kept, or most).
	for gi := range groups {
		g := &groups[gi]
		idx := net.byKey[g.key]
		g.rows = make([]scored, len(idx))
		chunks.Run(len(idx), func(lo, hi int) {
			for j := lo; j < hi; j++ {
				g.rows[j] = mod.score(net.people[idx[j]], g.t, g.role)
			}
		})
		g.sum = summarize(g.t.Company, g.rows)
		if keep := max(top, cap(g.sum.Best)); top > 0 && keep < len(g.rows)/4 {
			g.rows = best(g.rows, keep)
		} else {
			slices.SortFunc(g.rows, compare)
		}
		g.sum.Best = g.sum.Best[:0]
		for i := range min(len(g.rows), cap(g.sum.Best)) {
			g.sum.Best = append(g.sum.Best, g.rows[i].p.name)
		}
	}
	if len(targets) == 0 {
		slices.SortFunc(groups, func(a, b group) int {
			if d := cmp.Compare(top3(b.rows), top3(a.rows)); d != 0 {
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
		if top > 0 {
			k = min(k, top)
		}
		n += k
	}
	companies := make([]analyze.CompanySummary, 0, len(groups))
	referrals := make([]analyze.Referral, n)
	comps := make([]analyze.Component, n*len(ws)) // every referral's, in one allocation
	j := 0
	for _, g := range groups {
		// The summary counts everyone there; --top only shortens the list.
		companies = append(companies, g.sum)
		if top > 0 && len(g.rows) > top {
			g.rows = g.rows[:top]
		}
		// The rows are built on every core: the people of a group are
		// each in it once, each row written by one goroutine.
		chunks.Run(len(g.rows), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				k := (j + i) * len(ws)
				mod.refer(&referrals[j+i], &g.rows[i], i+1, g.key, g.t, g.role, comps[k:k:k+len(ws)])
			}
		})
		j += len(g.rows)
	}
	return companies, referrals
}

// know is the one step that turns contact c, with the user's notes on
// them, into what refrank knows of them before any tie or
// target (see the package doc): their employer resolved by m, once; the
// function and seniority their title gives on that employer's ladder; and
// their team, with every team name that may match a target's. The
// contact's Member is written to mem, which the person returned points to.
func know(m *company.Matcher, c analyze.Contact, notes []*analyze.Note, mem *analyze.Member) person {
	e := m.Resolve(c.Company)
	class := title.ClassifyAt(c.Position, e.Key)
	hint := m.Team(class.Team, e)
	p := person{Member: mem}
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
	*p.Member = analyze.Member{
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
func displayName(people []*person, idx []int) string {
	first := people[idx[0]].Employer
	if !slices.ContainsFunc(idx[1:], func(i int) bool { return people[i].Employer != first }) {
		return analyze.OneSpaced(first) // one spelling, as at most employers
	}
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

// summarize counts the referrers of rows, and the strong ones, for
// target; Best is left with room for the names of the best three.
func summarize(target string, rows []scored) analyze.CompanySummary {
	s := analyze.CompanySummary{Target: target, Contacts: len(rows), Best: make([]string, 0, min(len(rows), 3))}
	for _, r := range rows {
		if r.score >= analyze.StrongScore {
			s.Strong++
		}
	}
	return s
}

// best returns the k best of rows, in order, as sorting them all and
// keeping the first k would: compare is a total order.
func best(rows []scored, k int) []scored {
	top := make([]scored, 0, k+1)
	for _, r := range rows {
		if len(top) == k && compare(r, top[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, r, compare)
		top = slices.Insert(top, i, r)
		top = top[:min(len(top), k)]
	}
	return top
}

// compare orders two scored referrers: by score, then tie strength, then
// name, then profile URL and where the row was read, then the order of
// the contacts.
func compare(a, b scored) int {
	if d := cmp.Compare(b.score, a.score); d != 0 {
		return d
	}
	if d := cmp.Compare(b.p.TieStrength, a.p.TieStrength); d != 0 {
		return d
	}
	if d := strings.Compare(a.p.name, b.p.name); d != 0 {
		return d
	}
	if d := strings.Compare(a.p.Contact.URL, b.p.Contact.URL); d != 0 {
		return d
	}
	if d := strings.Compare(a.p.Contact.Source, b.p.Contact.Source); d != 0 {
		return d
	}
	return cmp.Compare(a.p.at, b.p.at)
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

// scored is a person scored for one target: what ranking needs, before
// the referral's row is built.
type scored struct {
	p    *person
	v    values
	fit  float64 // the fit part, raised to its exponent
	rch  float64 // the reach part, raised to its exponent
	team bool    // the target names a team: the team component applies
	// exact is the score before rounding, score after.
	exact, score float64
}

// model is the scoring formula for one set of weights.
type model struct {
	ws []Weight
	// fitExp and reachExp are the exponents of the two parts: each part's
	// weight over the heavier part's.
	fitExp, reachExp float64
}

func newModel(ws []Weight) *model {
	m := &model{ws: ws}
	var fit, rch float64
	for _, w := range ws {
		if reach(w.Name) {
			rch += w.Value
		} else {
			fit += w.Value
		}
	}
	if top := max(fit, rch); top > 0 {
		m.fitExp, m.reachExp = fit/top, rch/top
	}
	return m
}

// part returns the weighted mean of the values of the components of one
// part (reach or fit) that apply, and whether any does.
func (m *model) part(v *values, ofReach, team bool) (mean float64, ok bool) {
	var sum, wsum float64
	for _, w := range m.ws {
		if reach(w.Name) != ofReach || w.Name == "team" && !team || w.Value == 0 {
			continue
		}
		sum += w.Value * v.get(w.Name)
		wsum += w.Value
	}
	if wsum == 0 {
		return 1, false
	}
	return sum / wsum, true
}

// raise returns x to the power e, sparing math.Pow the usual cases.
func raise(x, e float64) float64 {
	switch e {
	case 1:
		return x
	case 0:
		return 1
	}
	return math.Pow(x, e)
}

// score scores person p for target t.
func (m *model) score(p *person, t analyze.Target, role analyze.Function) scored {
	v := values{
		role:      anyone + (1-anyone)*Adjacent(role, p.Function),
		seniority: float64(p.Seniority.Rank()+1) / (analyze.MaxRank + 1),
		alumni:    alumni(&p.ev),
		tie:       cold + (1-cold)*min(1, p.TieStrength/tieFull),
	}
	s := scored{p: p, team: t.Team != ""}
	if s.team && company.TeamMatches(t.Team, p.teams...) {
		v.team = 1
	}
	s.v = v
	fit, okFit := m.part(&v, false, s.team)
	rch, okReach := m.part(&v, true, s.team)
	if okFit || okReach { // else no weight applies: nothing to score by
		s.fit, s.rch = raise(fit, m.fitExp), raise(rch, m.reachExp)
		s.exact = 100 * s.fit * s.rch
	}
	s.score = analyze.Round1(s.exact)
	return s
}

// points apportions s's score to the components, in tenths that add up
// to the rounded score: the fit part gets the share fit/(fit+reach) of it
// (0 when no fit component applies), the reach part the rest, and each
// component of a part a share in proportion to its weight times its
// value. Rounding gives the tenths left over to the largest remainders.
func (m *model) points(s *scored, out []analyze.Component) {
	if s.score == 0 {
		return
	}
	fitSum, reachSum := 0.0, 0.0
	for _, w := range m.ws {
		x := w.Value * s.v.get(w.Name)
		if w.Name == "team" && !s.team {
			x = 0
		}
		if reach(w.Name) {
			reachSum += x
		} else {
			fitSum += x
		}
	}
	fitShare := s.fit / (s.fit + s.rch)
	switch {
	case fitSum == 0:
		fitShare = 0
	case reachSum == 0:
		fitShare = 1
	}
	units := int(math.Round(s.score * 10))
	var frac [8]float64 // remainders; components past the eighth get none
	left := units
	for i, w := range m.ws {
		x := w.Value * s.v.get(w.Name)
		if w.Name == "team" && !s.team {
			x = 0
		}
		var exact float64
		switch {
		case x == 0:
		case reach(w.Name):
			exact = 10 * s.exact * (1 - fitShare) * x / reachSum
		default:
			exact = 10 * s.exact * fitShare * x / fitSum
		}
		n := math.Floor(exact)
		out[i].Points = n
		left -= int(n)
		if i < len(frac) {
			frac[i] = exact - n
		}
	}
	for ; left > 0; left-- {
		best := -1
		for i := range min(len(m.ws), len(frac)) {
			if frac[i] > 0 && (best < 0 || frac[i] > frac[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		out[best].Points++
		frac[best] = 0
	}
	for i := range out {
		out[i].Points /= 10
	}
}

// refer fills in ref, the row of s, ranked rank for target t (of employer
// key), appending its components to comps.
func (m *model) refer(ref *analyze.Referral, s *scored, rank int, key string, t analyze.Target, role analyze.Function, comps []analyze.Component) {
	p := s.p
	ref.Rank, ref.Member, ref.Target = rank, *p.Member, t.Company
	ref.Note = p.noteFor(key)
	ref.Approach = tie.Approach(ref.Tie)
	for _, w := range m.ws {
		comps = append(comps, analyze.Component{Name: w.Name, Value: s.v.get(w.Name)})
	}
	m.points(s, comps) // they add up to the score
	ref.Components = comps
	ref.Score = s.score
	ref.Why = why(p, t, role, &s.v)
}

// alumni is the alumni value of the strongest shared context: a colleague
// (noted, or the contact works at one of the user's employers and they
// connected during the user's time there) 1, a fellow alum the notes name
// 0.8; a context guessed from dates alone counts at half that of its kind
// (a possible classmate 0.4, someone possibly met at a past job 0.2),
// times tie's confidence in it. Tie strength counts the context too: this
// is how genuine a referral will look, which a guess says little of.
func alumni(ev *tie.Evidence) float64 {
	if len(ev.Contexts) == 0 {
		return 0
	}
	c := &ev.Contexts[0]
	switch {
	case c.Kind == analyze.Colleague:
		return 1
	case c.Noted:
		return 0.8
	case c.Kind == analyze.Classmate:
		return 0.4 * tie.Confidence(c)
	}
	return 0.2 * tie.Confidence(c)
}

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
	switch {
	case f == role:
		b = append(b, f...)
	case f == analyze.Recruiting:
		b = append(b, "recruiter (can route your resume)"...)
	case f != analyze.Other && Adjacent(role, f) > 0:
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
