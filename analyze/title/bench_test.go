package title_test

import (
	"testing"

	"github.com/refrank/refrank/internal/benchdata"

	"github.com/refrank/refrank/analyze/title"
)

// BenchmarkClassifyNetwork classifies every position of a network at
// LinkedIn's cap of 30,000 connections, one title per op, on one
// goroutine. The target is at least a million titles a second and no
// allocation.
func BenchmarkClassifyNetwork(b *testing.B) {
	cs := benchdata.Open(b, 30_000, 0).Contacts
	titles := make([]string, len(cs))
	for i, c := range cs {
		titles[i] = c.Position
	}
	b.ReportAllocs()
	i, n := 0, 0
	for b.Loop() {
		n++
		title.Classify(titles[i])
		if i++; i == len(titles) {
			i = 0
		}
	}
	b.ReportMetric(1e9/(float64(b.Elapsed().Nanoseconds())/float64(n)), "titles/s")
	// Allocations over the whole network, once warm: 0 is the target.
	b.ReportMetric(testing.AllocsPerRun(1, func() {
		for _, s := range titles {
			title.Classify(s)
		}
	}), "allocs/network")
}

func TestMain(m *testing.M) { benchdata.Main(m) }
