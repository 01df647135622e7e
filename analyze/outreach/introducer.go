package outreach

import (
	"cmp"
	"slices"
	"strings"

	"github.com/refrank/refrank/analyze"
)

// candidate is one contact who might introduce the user: everyone in the
// network and among the referrals, once each.
type candidate struct {
	contact  analyze.Contact
	key      string // Contact.Key()
	name     string // Contact.Name(), made once for sorting
	employer string // Member.EmployerKey: the employer as resolved once, by package score
	strength float64
	tie      analyze.Tier
	past     []string // Note.PastCompanies
}

// people gathers the candidates from r.Referrals (whose notes say where
// the contact worked before)
// and r.Network, in a fixed order: strongest tier, then tie strength, then
// name, then key.
func people(r *analyze.Result) []candidate {
	byKey := map[string]int{}
	var out []candidate
	for _, ref := range r.Referrals {
		k := ref.Contact.Key()
		if i, ok := byKey[k]; ok {
			if len(out[i].past) == 0 {
				out[i].past = ref.Note.PastCompanies
			}
			continue
		}
		byKey[k] = len(out)
		out = append(out, candidate{
			contact: ref.Contact, key: k, employer: ref.EmployerKey,
			strength: ref.TieStrength, tie: ref.Tie, past: ref.Note.PastCompanies,
		})
	}
	for _, mem := range r.Network {
		k := mem.Contact.Key()
		if i, ok := byKey[k]; ok {
			if mem.EmployerKey != "" {
				out[i].employer = mem.EmployerKey
			}
			continue
		}
		byKey[k] = len(out)
		out = append(out, candidate{
			contact: mem.Contact, key: k, employer: mem.EmployerKey,
			strength: mem.TieStrength, tie: mem.Tie,
		})
	}
	for i := range out {
		out[i].name = out[i].contact.Name()
	}
	slices.SortStableFunc(out, func(a, b candidate) int {
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
	if target != "" {
		for i := range d.people {
			c := &d.people[i]
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
	for i := range d.people {
		c := &d.people[i]
		if c.tie.Rank() >= analyze.Known.Rank() && eligible(c) {
			return c, false
		}
	}
	return nil, false
}
