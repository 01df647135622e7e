package report_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/export"
	"github.com/refrank/refrank/analyze/report"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

// BenchmarkWriteNetwork writes the result refrank rank makes of a network
// at LinkedIn's cap of 30,000 connections (100,000 messages), without
// targets, so that every contact with an employer is a referral and the
// All Contacts sheet holds all 30,000: as a workbook (the target is under
// a second) and as CSV. Bytes are those written.
func BenchmarkWriteNetwork(b *testing.B) {
	ex, err := export.Open(benchExport(b, 30_000, 100_000))
	if err != nil {
		b.Fatal(err)
	}
	res := score.Rank(ex.Contacts, score.Options{
		Role:         analyze.Software,
		History:      tie.History{Jobs: ex.Jobs, Schools: ex.Schools, Now: ex.Date},
		Owner:        ex.Owner,
		Interactions: ex.Interactions,
	})
	res.Inputs, res.ExportDate = ex.Inputs, ex.Date
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
			for b.Loop() {
				buf.Reset()
				if err := bc.write(&buf, res); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// The benchmarks read synthetic exports at LinkedIn's limits, written by
// cmd/refrank-gen. Its package is main, so it is built once per process
// into a temporary folder, which TestMain removes; each export is
// generated the first time a benchmark asks for it. Plain go test never
// builds or generates anything.
var bench struct {
	mu   sync.Mutex
	root string // the temporary folder, "" until the first benchmark
	gen  string // the built generator
	err  error  // why the generator could not be built
	dirs map[[2]int]string
}

// benchExport returns the folder of a synthetic export of n connections
// and m rows of messages.csv (`refrank-gen -n N -m M`), generating it the
// first time. It skips b, saying why, when the generator cannot be built
// or run (no go command, no module cache).
func benchExport(b *testing.B, n, m int) string {
	b.Helper()
	bench.mu.Lock()
	defer bench.mu.Unlock()
	if d, ok := bench.dirs[[2]int{n, m}]; ok {
		return d
	}
	if bench.root == "" && bench.err == nil {
		bench.root, bench.err = os.MkdirTemp("", "refrank-bench-")
		if bench.err == nil {
			bench.gen = filepath.Join(bench.root, "refrank-gen")
			out, err := exec.Command("go", "build", "-o", bench.gen, "github.com/refrank/refrank/cmd/refrank-gen").CombinedOutput()
			if err != nil {
				bench.err = fmt.Errorf("go build cmd/refrank-gen: %v\n%s", err, out)
			}
		}
		bench.dirs = make(map[[2]int]string)
	}
	if bench.err != nil {
		b.Skipf("skipping: no benchmark data: %v", bench.err)
	}
	dir := filepath.Join(bench.root, fmt.Sprintf("export-%d-%d", n, m))
	out, err := exec.Command(bench.gen, "-n", fmt.Sprint(n), "-m", fmt.Sprint(m), "-o", dir).CombinedOutput()
	if err != nil {
		b.Skipf("skipping: refrank-gen -n %d -m %d: %v\n%s", n, m, err, out)
	}
	bench.dirs[[2]int{n, m}] = dir
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.root != "" {
		os.RemoveAll(bench.root)
	}
	os.Exit(code)
}
