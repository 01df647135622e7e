package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
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
				dir := benchExport(b, 30_000, m)
				out := filepath.Join(b.TempDir(), "referrers."+format)
				b.SetBytes(dirSize(b, dir))
				var scan, rank time.Duration
				var peak uint64
				for b.Loop() {
					t := time.Now()
					scanExport(b, dir)
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

// scanExport reads every CSV file of the export folder dir with bare
// encoding/csv: the floor for anything that reads them.
func scanExport(b *testing.B, dir string) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(f)
		r.ReuseRecord = true
		r.FieldsPerRecord = -1
		r.LazyQuotes = true // Connections.csv's "Notes:" preamble
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatalf("%s: %v", p, err)
			}
		}
		f.Close()
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

func dirSize(b *testing.B, dir string) int64 {
	es, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, e := range es {
		fi, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		n += fi.Size()
	}
	return n
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
