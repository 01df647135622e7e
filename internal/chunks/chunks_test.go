package chunks

import (
	"runtime"
	"testing"
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		procs int
	}{
		{"none", 0, 2},
		{"fewer than a chunk", Min - 1, 2},
		{"two chunks", 2 * Min, 2},
		{"uneven", 3*Min + 7, 3},
		{"one core", 5 * Min, 1},
		{"more cores than chunks", 2*Min + 1, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(tc.procs))
			seen := make([]int, tc.n)
			calls := make(chan [2]int, tc.procs+1)
			Run(tc.n, func(lo, hi int) {
				calls <- [2]int{lo, hi}
				for i := lo; i < hi; i++ {
					seen[i]++
				}
			})
			close(calls)
			for i, c := range seen {
				if c != 1 {
					t.Fatalf("item %d done %d times, want 1", i, c)
				}
			}
			ranges := 0
			for r := range calls {
				ranges++
				if tc.n >= Min && r[1]-r[0] < Min {
					t.Errorf("range %v has fewer than %d items", r, Min)
				}
			}
			if most := max(1, min(tc.procs, tc.n/Min)); ranges != most {
				t.Errorf("%d ranges, want %d", ranges, most)
			}
		})
	}
}
