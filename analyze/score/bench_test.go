package score_test

import (
	"testing"

	"github.com/refrank/refrank/internal/benchdata"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

// BenchmarkRank scores and ranks a network at LinkedIn's cap of 30,000
// connections with the interactions of 1,000,000 messages (about 73,000:
// conversations, invitations and endorsements, as a real run at that size
// joins): against five targets, and without targets (every employer a
// target), as refrank rank does. Bytes are not counted: the input is
// values. cpu-ns/op is the CPU time of the whole process per ranking,
// garbage collection included: on a shared machine it moves less than the
// wall time.
func BenchmarkRank(b *testing.B) {
	ex := benchdata.Open(b, 30_000, 1_000_000)
	var five []analyze.Target
	for _, c := range []string{"Amazon", "Microsoft", "Google", "Stripe", "Meta"} {
		five = append(five, analyze.Target{Company: c})
	}
	for _, bc := range []struct {
		name    string
		targets []analyze.Target
	}{{"targets=5", five}, {"targets=all", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := benchdata.CPUTime()
			for b.Loop() {
				res := score.Rank(ex.Contacts, score.Options{
					Targets:      bc.targets,
					Role:         analyze.Software,
					History:      tie.History{Jobs: ex.Jobs, Schools: ex.Schools, Now: ex.Date},
					Owner:        ex.Owner,
					Interactions: ex.Interactions,
				})
				if len(res.Referrals) == 0 {
					b.Fatal("no referrals")
				}
			}
			b.ReportMetric(float64(benchdata.CPUTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

func TestMain(m *testing.M) { benchdata.Main(m) }
