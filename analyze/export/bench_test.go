package export_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/refrank/refrank/internal/benchdata"

	"github.com/refrank/refrank/analyze/export"
)

// BenchmarkOpen reads a whole export folder: 30,000 connections (LinkedIn's
// cap) with their invitations and endorsements, without messages and with
// a million rows of messages.csv. The bytes are those of every file read.
func BenchmarkOpen(b *testing.B) {
	for _, m := range []int{0, 1_000_000} {
		b.Run(fmt.Sprintf("n=30000/m=%d", m), func(b *testing.B) {
			dir := benchdata.Export(b, 30_000, m)
			b.SetBytes(benchdata.DirSize(b, dir))
			b.ReportAllocs()
			for b.Loop() {
				ex, err := export.Open(dir, nil)
				if err != nil {
					b.Fatal(err)
				}
				if len(ex.Contacts) == 0 {
					b.Fatal("no contacts")
				}
			}
		})
	}
}

// BenchmarkReadConnections reads Connections.csv of 30,000 connections
// from memory, and reports the allocations and the CPU time (user and
// system, of the whole process) per row as well.
func BenchmarkReadConnections(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(benchdata.Export(b, 30_000, 0), "Connections.csv"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var rows int
	a, c := mallocs(), benchdata.CPUTime()
	for b.Loop() {
		cs, _, _, err := export.ReadConnections(bytes.NewReader(data), "Connections.csv")
		if err != nil || len(cs) == 0 {
			b.Fatal(len(cs), err)
		}
		rows += len(cs)
	}
	b.ReportMetric(float64(mallocs()-a)/float64(rows), "allocs/row")
	b.ReportMetric(float64((benchdata.CPUTime()-c).Nanoseconds())/float64(rows), "cpu-ns/row")
}

// BenchmarkMessagesVsBare reads the generator's messages.csv of 100,000
// and 1,000,000 rows (about 43 and 430 MB) from the file, first with a bare
// encoding/csv loop (ReuseRecord, nothing else) and then with
// ReadMessages, in the same iteration. It reports the reader's throughput
// as a share of the bare loop's (the target is at least 0.70) and each
// side's allocations per row (the reader's must not grow with the file).
// ReadMessages reads records on one core and sums them up on the other;
// cpu-x-bare is the same ratio in CPU time (user and system, of the whole
// process, garbage collection included), what a busy machine sees.
func BenchmarkMessagesVsBare(b *testing.B) {
	for _, m := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("m=%d", m), func(b *testing.B) {
			path := filepath.Join(benchdata.Export(b, 30_000, m), "messages.csv")
			size := fileSize(b, path)
			b.SetBytes(size)
			var bare, reader, bareCPU, readerCPU time.Duration
			var bareAllocs, readerAllocs uint64
			var rows int
			for b.Loop() {
				t, c, a := time.Now(), benchdata.CPUTime(), mallocs()
				rows = bareScan(b, path)
				bare += time.Since(t)
				bareCPU += benchdata.CPUTime() - c
				bareAllocs += mallocs() - a

				t, c, a = time.Now(), benchdata.CPUTime(), mallocs()
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				_, _, in, _, err := export.ReadMessages(f, "messages.csv", "")
				f.Close()
				if err != nil {
					b.Fatal(err)
				}
				reader += time.Since(t)
				readerCPU += benchdata.CPUTime() - c
				readerAllocs += mallocs() - a
				if in.Rows == 0 {
					b.Fatal("no messages read")
				}
			}
			b.ReportMetric(bare.Seconds()/reader.Seconds(), "x-bare")
			b.ReportMetric(bareCPU.Seconds()/readerCPU.Seconds(), "cpu-x-bare")
			b.ReportMetric(float64(size)*float64(b.N)/bare.Seconds()/1e6, "bare-MB/s")
			b.ReportMetric(float64(readerAllocs)/float64(b.N)/float64(rows), "allocs/row")
			b.ReportMetric(float64(bareAllocs)/float64(b.N)/float64(rows), "bare-allocs/row")
		})
	}
}

// bareScan reads the CSV file at path with encoding/csv and nothing else,
// and returns its records.
func bareScan(b *testing.B, path string) int {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			return n
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func fileSize(b *testing.B, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

func TestMain(m *testing.M) { benchdata.Main(m) }
