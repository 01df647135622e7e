package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, got, want string
	}{
		{"same", "a\nb\nc\n", ""},
		{"a line differs", "a\nB\nc\n", `output differs from ` + path + ` at line 2 (run go test -update to accept it, then review the diff):
 got "B"
want "b"`},
		{"shorter", "a\nb\n", `output differs from ` + path + ` at line 3 (run go test -update to accept it, then review the diff):
 got ""
want "c"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Check(r, path, []byte(tc.got))
			got := ""
			if len(r.errs) > 0 {
				got = r.errs[0]
			}
			if len(r.errs) > 1 || got != tc.want {
				t.Errorf("errors %q, want %q", r.errs, tc.want)
			}
		})
	}
}
