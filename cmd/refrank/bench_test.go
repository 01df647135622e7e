package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/internal/benchdata"
)

// BenchmarkRank runs refrank rank end to end on a network at LinkedIn's
// cap (30,000 connections) with 100,000 and 1,000,000 rows of messages
// (about 43 and 430 MB), writing CSV and the full workbook to a file.
// Each iteration first scans every CSV file of the export with bare
// encoding/csv (ReuseRecord, nothing else), then runs refrank, and reports
// refrank's time as a multiple of the scan's ("x-scan"; the targets are
// 1.5 for CSV and 3 for the workbook) and the most heap in use during the
// run ("peak-heap-MB", sampled; the process's peak RSS is measured with
// /usr/bin/time -v, see the README).
func BenchmarkRank(b *testing.B) {
	for _, m := range []int{100_000, 1_000_000} {
		for _, format := range []string{"csv", "xlsx"} {
			b.Run(fmt.Sprintf("m=%d/%s", m, format), func(b *testing.B) {
				dir := benchdata.Export(b, 30_000, m)
				out := filepath.Join(b.TempDir(), "referrers."+format)
				b.SetBytes(benchdata.DirSize(b, dir))
				var scan, rank time.Duration
				var peak uint64
				for b.Loop() {
					t := time.Now()
					if err := benchdata.Scan(dir); err != nil {
						b.Fatal(err)
					}
					scan += time.Since(t)

					stop := samplePeak()
					t = time.Now()
					var stderr strings.Builder
					if code := run([]string{"rank", "-q", "-o", out, dir}, nil, io.Discard, &stderr); code != 0 {
						b.Fatalf("exit %d: %s", code, stderr.String())
					}
					rank += time.Since(t)
					peak = max(peak, stop())
				}
				b.ReportMetric(rank.Seconds()/scan.Seconds(), "x-scan")
				b.ReportMetric(rank.Seconds()/float64(b.N), "rank-s")
				b.ReportMetric(scan.Seconds()/float64(b.N), "scan-s")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			})
		}
	}
}

// samplePeak samples the heap in use every 2 ms until the returned
// function is called, which returns the most seen.
func samplePeak() func() uint64 {
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(stop); return <-done }
}

func TestMain(m *testing.M) { benchdata.Main(m) }
