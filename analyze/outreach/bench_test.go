package outreach_test

import (
	"slices"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/outreach"
	"github.com/refrank/refrank/internal/benchdata"
)

// BenchmarkDraftNetwork drafts for the ranking refrank rank makes of a
// network at LinkedIn's cap of 30,000 connections (100,000 messages),
// without targets: the 25 companies the Summary shows, five drafts each;
// and the same with every referrer a stranger, one introduction each.
func BenchmarkDraftNetwork(b *testing.B) {
	res := benchdata.Ranked(b, 30_000, 100_000)
	// strangers is the same ranking with every referrer a stranger, so
	// that each target's one draft is an introduction.
	strangers := *res
	strangers.Referrals = slices.Clone(res.Referrals)
	for i := range strangers.Referrals {
		strangers.Referrals[i].Tie = analyze.NoTie
	}
	opt := outreach.Options{Targets: 25, User: "Avery Quinn", Role: analyze.Software}
	for _, bc := range []struct {
		name string
		res  *analyze.Result
	}{
		{"ranked", res},
		{"strangers", &strangers},
	} {
		b.Run(bc.name, func(b *testing.B) {
			drafts, err := outreach.Draft(bc.res, opt)
			if err != nil {
				b.Fatal(err)
			}
			intro := 0
			for _, d := range drafts {
				if d.Kind == outreach.Introduction {
					intro++
				}
			}
			b.Logf("%d drafts, %d introductions", len(drafts), intro)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := outreach.Draft(bc.res, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestMain(m *testing.M) { benchdata.Main(m) }
