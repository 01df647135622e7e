package company

import (
	"fmt"
	"testing"
)

// benchNames is a mix like a real Connections.csv: mostly unknown
// employers, some big ones, some with legal suffixes and accents.
var benchNames = func() []string {
	names := []string{
		"Amazon Web Services (AWS)", "Northwind Traders, Inc.", "Amazon", "Google",
		"Microsoft", "Contoso", "Société Générale", "Samsung Electronics Co., Ltd.",
		"Amazon Development Center Germany GmbH", "Meta", "Self-employed", "Stripe",
		"Deloitte", "Accenture", "JPMorgan Chase & Co.", "Freelance",
	}
	for i := range 16 {
		names = append(names, fmt.Sprintf("Acme Widgets %d LLC", i))
	}
	return names
}()

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Normalize(benchNames[i%len(benchNames)])
		i++
	}
}

func BenchmarkResolve(b *testing.B) {
	m := NewMatcher()
	m.Add("Amazon", "Kuiper", "Zoox")
	b.Run("mix", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			m.Resolve(benchNames[i%len(benchNames)])
			i++
		}
	})
	for _, name := range []string{"Amazon Web Services (AWS)", "Northwind Traders, Inc.", "Amazon Development Center Germany GmbH"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.Resolve(name)
			}
		})
	}
}

func BenchmarkTeamMatches(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		TeamMatches("Prime Video", "AWS", "Amazon Prime Video")
	}
}
