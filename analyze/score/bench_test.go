package score_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/export"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

// BenchmarkRank scores and ranks a network at LinkedIn's cap of 30,000
// connections with the interactions of 100,000 messages: against five
// targets, and without targets (every employer a target), as refrank rank
// does. Bytes are not counted: the input is values.
func BenchmarkRank(b *testing.B) {
	ex, err := export.Open(benchExport(b, 30_000, 100_000))
	if err != nil {
		b.Fatal(err)
	}
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
