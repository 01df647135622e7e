package outreach

import (
	"cmp"
	"slices"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// candidate is one contact who might introduce the user: everyone in the
// network and among the referrals who could ever be picked, once each.
type candidate struct {
	contact  *analyze.Contact // in the Result, which drafting leaves as it is
	key      string           // Contact.Key()
	name     string           // Contact.Name(), made once for sorting
	employer string           // Member.EmployerKey: the employer as resolved once, by package score
	strength float64
	tie      analyze.Tier
	past     []string // Note.PastCompanies
}

// people gathers the candidates from r.Referrals (whose notes say where
// the contact worked before) and r.Network, in a fixed order: strongest
// tier, then tie strength, then name, then key. Only those [introducer]
// can pick are kept: a tie of tier known or closer, or notes that name a
// past employer. The rest (most of a big network: 30,000 contacts took a
// fifth of a second to sort) could never be an introducer.
func people(r *analyze.Result) []candidate {
	n := len(r.Referrals) + len(r.Network)
	byKey := make(map[string]int, n)
	all := make([]candidate, 0, n)
	for i := range r.Referrals {
		ref := &r.Referrals[i]
		k := ref.Contact.Key()
		if j, ok := byKey[k]; ok {
			if len(all[j].past) == 0 {
				all[j].past = ref.Note.PastCompanies
			}
			continue
		}
		byKey[k] = len(all)
		all = append(all, candidate{
			contact: &ref.Contact, key: k, employer: ref.EmployerKey,
			strength: ref.TieStrength, tie: ref.Tie, past: ref.Note.PastCompanies,
		})
	}
	for i := range r.Network {
		mem := &r.Network[i]
		k := mem.Contact.Key()
		if j, ok := byKey[k]; ok {
			if mem.EmployerKey != "" {
				all[j].employer = mem.EmployerKey
			}
			continue
		}
		byKey[k] = len(all)
		all = append(all, candidate{
			contact: &mem.Contact, key: k, employer: mem.EmployerKey,
			strength: mem.TieStrength, tie: mem.Tie,
		})
	}
	var out []candidate
	for _, c := range all {
		if len(c.past) > 0 || c.tie.Rank() >= analyze.Known.Rank() {
			c.name = c.contact.Name()
			out = append(out, c)
		}
	}
	// The keys differ, so the order is total and needs no stable sort.
	slices.SortFunc(out, func(a, b candidate) int {
		if d := cmp.Compare(b.tie.Rank(), a.tie.Rank()); d != 0 {
			return d
		}
		if d := cmp.Compare(b.strength, a.strength); d != 0 {
			return d
		}
		if d := strings.Compare(a.name, b.name); d != 0 {
			return d
		}
		return strings.Compare(a.key, b.key)
	})
	return out
}

// introducer picks who could introduce the user to ref's contact:
//
//  1. the strongest tie whose notes say they worked at the target;
//  2. else the strongest close or known tie;
//
// in both cases never the referrer, and never someone now at the target
// (they are referrers themselves). worked is true in the first case; nil
// means no one fits.
func (d *drafter) introducer(ref *analyze.Referral) (via *candidate, worked bool) {
	target := d.m.Resolve(ref.Target).Key
	self := ref.Contact.Key()
	eligible := func(c *candidate) bool {
		return c.key != self && (target == "" || c.employer != target)
	}
	people := d.people()
	if target != "" {
		for i := range people {
			c := &people[i]
			if len(c.past) == 0 || !eligible(c) {
				continue
			}
			for _, p := range c.past {
				if d.m.Resolve(p).Key == target {
					return c, true
				}
			}
		}
	}
	for i := range people {
		c := &people[i]
		if c.tie.Rank() >= analyze.Known.Rank() && eligible(c) {
			return c, false
		}
	}
	return nil, false
}
