// Package benchdata gives refrank's benchmarks their input: synthetic
// LinkedIn exports at LinkedIn's limits, written by cmd/refrank-gen.
//
// That command's package is main, so it is built once per test process
// into a temporary folder, and each export is generated the first time a
// benchmark asks for it. Plain go test never builds or generates
// anything: only benchmarks call [Export]. A package whose benchmarks use
// it removes the folder at the end with
//
//	func TestMain(m *testing.M) { benchdata.Main(m) }
package benchdata

import (
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
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

var state struct {
	mu   sync.Mutex
	root string // the temporary folder, "" until the first benchmark
	gen  string // the built generator
	err  error  // why the generator could not be built
	dirs map[[2]int]string
}

// Export returns the folder of a synthetic export of n connections and m
// rows of messages.csv (`refrank-gen -n N -m M`), generating it the first
// time. It skips tb, saying why, when the generator cannot be built or run
// (no go command, no module cache).
func Export(tb testing.TB, n, m int) string {
	tb.Helper()
	state.mu.Lock()
	defer state.mu.Unlock()
	if d, ok := state.dirs[[2]int{n, m}]; ok {
		return d
	}
	if state.root == "" && state.err == nil {
		state.root, state.err = os.MkdirTemp("", "refrank-bench-")
		if state.err == nil {
			state.gen = filepath.Join(state.root, "refrank-gen")
			out, err := exec.Command("go", "build", "-o", state.gen, "github.com/refrank/refrank/cmd/refrank-gen").CombinedOutput()
			if err != nil {
				state.err = fmt.Errorf("go build cmd/refrank-gen: %v\n%s", err, out)
			}
		}
		state.dirs = make(map[[2]int]string)
	}
	if state.err != nil {
		tb.Skipf("skipping: no benchmark data: %v", state.err)
	}
	dir := filepath.Join(state.root, fmt.Sprintf("export-%d-%d", n, m))
	out, err := exec.Command(state.gen, "-n", fmt.Sprint(n), "-m", fmt.Sprint(m), "-o", dir).CombinedOutput()
	if err != nil {
		tb.Skipf("skipping: refrank-gen -n %d -m %d: %v\n%s", n, m, err, out)
	}
	state.dirs[[2]int{n, m}] = dir
	return dir
}

// Open returns the synthetic export of n connections and m rows of
// messages.csv (see Export), read.
func Open(tb testing.TB, n, m int) *analyze.Export {
	tb.Helper()
	ex, err := export.Open(Export(tb, n, m), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

// Ranked returns the ranking refrank rank makes of the synthetic export
// of n connections and m rows of messages.csv without targets, every
// employer a target, for a software role: what the outputs are written
// from.
func Ranked(tb testing.TB, n, m int) *analyze.Result {
	tb.Helper()
	ex := Open(tb, n, m)
	res := score.Rank(ex.Contacts, score.Options{
		Role:         analyze.Software,
		History:      tie.History{Jobs: ex.Jobs, Schools: ex.Schools, Now: ex.Date},
		Owner:        ex.Owner,
		Interactions: ex.Interactions,
	})
	res.Inputs, res.ExportDate = ex.Inputs, ex.Date
	return res
}

// Main runs the tests and benchmarks of m, removes the generated exports,
// and exits with m's code.
func Main(m *testing.M) {
	code := m.Run()
	if state.root != "" {
		os.RemoveAll(state.root)
	}
	os.Exit(code)
}

// DirSize is the number of bytes in the files below dir, for b.SetBytes.
func DirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err == nil {
			n += fi.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// Scan reads every record of every CSV file of the export folder dir with
// bare encoding/csv (ReuseRecord, nothing else): the floor for anything
// that reads them, which the end-to-end benchmarks compare refrank with.
func Scan(dir string) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return err
	}
	for _, p := range paths {
		if err := scanFile(p); err != nil {
			return err
		}
	}
	return nil
}

func scanFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	r.LazyQuotes = true // Connections.csv's "Notes:" preamble
	for {
		_, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	}
}
