package company_test

import (
	"testing"

	"github.com/refrank/refrank/internal/benchdata"

	"github.com/refrank/refrank/analyze/company"
)

// BenchmarkResolveNetwork resolves every employer of a network at
// LinkedIn's cap of 30,000 connections, one name per op, on one goroutine,
// with a user alias as refrank rank --alias adds. The target is at least a
// million names a second and no allocation.
func BenchmarkResolveNetwork(b *testing.B) {
	cs := benchdata.Open(b, 30_000, 0).Contacts
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Company
	}
	m := company.NewMatcher()
	m.Add("Amazon", "Kuiper", "Zoox")
	b.ReportAllocs()
	i, n := 0, 0
	for b.Loop() {
		n++
		m.Resolve(names[i])
		if i++; i == len(names) {
			i = 0
		}
	}
	b.ReportMetric(1e9/(float64(b.Elapsed().Nanoseconds())/float64(n)), "names/s")
	// Allocations over the whole network, once warm: 0 is the target.
	b.ReportMetric(testing.AllocsPerRun(1, func() {
		for _, s := range names {
			m.Resolve(s)
		}
	}), "allocs/network")
}

func TestMain(m *testing.M) { benchdata.Main(m) }
