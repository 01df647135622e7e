package title_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/refrank/refrank/analyze/export"
	"github.com/refrank/refrank/analyze/title"
)

// BenchmarkClassifyNetwork classifies every position of a network at
// LinkedIn's cap of 30,000 connections, one title per op, on one
// goroutine. The target is at least a million titles a second and no
// allocation.
func BenchmarkClassifyNetwork(b *testing.B) {
	f, err := os.Open(filepath.Join(benchExport(b, 30_000, 0), "Connections.csv"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	cs, _, _, err := export.ReadConnections(f, "Connections.csv")
	if err != nil {
		b.Fatal(err)
	}
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
