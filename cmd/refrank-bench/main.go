// Refrank-bench measures refrank end to end against the floor for anything
// that reads an export: a bare encoding/csv loop that reads every record
// of every CSV file of the same folder and does nothing else.
//
// Usage:
//
//	refrank-bench [-n PAIRS] [--refrank PATH] EXPORT [-- RANK-FLAGS...]
//
// It runs the bare scan and `refrank rank -q RANK-FLAGS... EXPORT` (by
// default `-o` a CSV file in a temporary folder, `--target Amazon:Music`)
// alternately, PAIRS times (default 7), each in a process of its own, and
// prints, per pair, the wall-clock and CPU times (user + system) of both
// and refrank's peak resident memory, then the median of the ratios
// refrank/scan and the largest peak. Runs alternate so that the load of a
// shared machine falls on both sides alike; the CPU-time ratio is the
// steadier figure when the machine is busy. EXPORT must be a folder.
//
// The scan is this program itself, run with the hidden first argument
// "scan", so that both sides are measured as processes.
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/refrank/refrank/internal/benchdata"
	flag "github.com/spf13/pflag"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "scan" {
		if err := benchdata.Scan(os.Args[2]); err != nil {
			fmt.Fprintln(os.Stderr, "refrank-bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := bench(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "refrank-bench:", err)
		os.Exit(2)
	}
}

// A run is what one process took.
type run struct {
	wall, cpu time.Duration
	rssMB     float64
}

func bench(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("refrank-bench", flag.ContinueOnError)
	pairs := fs.IntP("pairs", "n", 7, "alternating pairs of runs")
	refrank := fs.String("refrank", "refrank", "the refrank binary")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() < 1 || *pairs < 1 {
		return fmt.Errorf("usage: refrank-bench [-n PAIRS] [--refrank PATH] EXPORT [-- RANK-FLAGS...]")
	}
	dir := fs.Arg(0)
	rankFlags := fs.Args()[1:]
	if len(rankFlags) == 0 {
		tmp, err := os.MkdirTemp("", "refrank-bench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		rankFlags = []string{"--target", "Amazon:Music", "-o", filepath.Join(tmp, "out.csv")}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	scanCmd := []string{self, "scan", dir}
	rankCmd := append(append([]string{*refrank, "rank", "-q"}, rankFlags...), dir)
	fmt.Fprintf(out, "refrank: %s\n", strings.Join(rankCmd, " "))
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Fprintf(out, "load before: %s", load)
	}
	var wall, cpu []float64
	var peak float64
	for i := range *pairs {
		s, err := measure(scanCmd)
		if err != nil {
			return fmt.Errorf("scan: %w", err)
		}
		r, err := measure(rankCmd)
		if err != nil {
			return fmt.Errorf("refrank: %w", err)
		}
		wall = append(wall, r.wall.Seconds()/s.wall.Seconds())
		cpu = append(cpu, r.cpu.Seconds()/s.cpu.Seconds())
		peak = max(peak, r.rssMB)
		fmt.Fprintf(out, "pair %d: scan %.2fs (cpu %.2fs, %.0f MB)  refrank %.2fs (cpu %.2fs, %.0f MB)  ratio %.2f (cpu %.2f)\n",
			i+1, s.wall.Seconds(), s.cpu.Seconds(), s.rssMB, r.wall.Seconds(), r.cpu.Seconds(), r.rssMB, wall[i], cpu[i])
	}
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Fprintf(out, "load after: %s", load)
	}
	fmt.Fprintf(out, "median ratio %.2f, in CPU time %.2f; refrank's peak RSS %.0f MB\n", median(wall), median(cpu), peak)
	return nil
}

// measure runs argv and returns what it took.
func measure(argv []string) (run, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	t := time.Now()
	if err := cmd.Run(); err != nil {
		return run{}, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	r := run{wall: time.Since(t), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = float64(u.Maxrss) / 1024 // KiB on Linux
	}
	return r, nil
}

func median(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}
