// Package golden compares what a test made with a file kept in testdata,
// or rewrites the file when the tests run with -update:
//
//	go test ./... -update   # then review the diff with git diff
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check compares got with the file at path, or writes got there (and the
// folders above it) when the tests run with -update. A difference fails t,
// naming the first line that differs.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	line := 0
	for line < len(g) && line < len(w) && bytes.Equal(g[line], w[line]) {
		line++
	}
	var gl, wl []byte
	if line < len(g) {
		gl = g[line]
	}
	if line < len(w) {
		wl = w[line]
	}
	t.Errorf("output differs from %s at line %d (run go test -update to accept it, then review the diff):\n got %q\nwant %q", path, line+1, gl, wl)
}
