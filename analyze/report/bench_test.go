package report_test

import (
	"bytes"
	"testing"

	"github.com/refrank/refrank/internal/benchdata"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/report"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

// BenchmarkWriteNetwork writes the result refrank rank makes of a network
// at LinkedIn's cap of 30,000 connections (100,000 messages), without
// targets, so that every contact with an employer is a referral and the
// All Contacts sheet holds all 30,000: as a workbook (the target is under
// a second) and as CSV. Bytes are those written; cpu-ns/op is the CPU
// time of the whole process (every goroutine and the garbage collector)
// per write.
func BenchmarkWriteNetwork(b *testing.B) {
	res := benchdata.Ranked(b, 30_000, 100_000)
	b.Logf("%d referrals, %d network rows", len(res.Referrals), len(res.Network))
	for _, bc := range []struct {
		name  string
		write func(*bytes.Buffer, *analyze.Result) error
	}{
		{"xlsx", func(w *bytes.Buffer, r *analyze.Result) error { return report.WriteXLSX(w, r) }},
		{"csv", func(w *bytes.Buffer, r *analyze.Result) error { return report.WriteCSV(w, r) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			cpu := benchdata.CPUTime()
			for b.Loop() {
				buf.Reset()
				if err := bc.write(&buf, res); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(benchdata.CPUTime()-cpu)/float64(b.N), "cpu-ns/op")
			b.SetBytes(int64(buf.Len()))
		})
	}
}

func TestMain(m *testing.M) { benchdata.Main(m) }

// BenchmarkReadNotes reads back, as a notes file, the workbook of a
// network at LinkedIn's cap of 30,000 connections: the file a user
// passes to --notes after tracking last week's run.
func BenchmarkReadNotes(b *testing.B) {
	ex := benchdata.Open(b, 30_000, 100_000)
	res := score.Rank(ex.Contacts, score.Options{
		Role:    analyze.Software,
		History: tie.History{Jobs: ex.Jobs, Schools: ex.Schools, Now: ex.Date},
		Owner:   ex.Owner,
	})
	for i := range res.Referrals {
		res.Referrals[i].Note.Status = "asked"
	}
	var buf bytes.Buffer
	if err := report.WriteXLSX(&buf, res); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		notes, _, err := report.ReadNotes(bytes.NewReader(buf.Bytes()), "notes.xlsx")
		if err != nil || len(notes) != len(res.Referrals) {
			b.Fatalf("%d notes of %d rows: %v", len(notes), len(res.Referrals), err)
		}
	}
}
