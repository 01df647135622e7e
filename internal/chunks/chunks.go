// Package chunks runs a loop over many items on every core: the items
// are cut into contiguous chunks, one per goroutine, each writing only
// its own items' results, so that the outcome is the same as one loop's
// whatever the number of cores.
package chunks

import (
	"runtime"
	"sync"
)

// Min is the fewest items a chunk gets: below it, starting a goroutine
// costs more than it saves.
const Min = 512

// Run calls f(lo, hi) for contiguous ranges that cover [0, n) once, at
// most one per core and each of at least Min items, concurrently, and
// returns when every call has. f must write nothing that another range's
// call reads or writes.
func Run(n int, f func(lo, hi int)) {
	k := min(runtime.GOMAXPROCS(0), n/Min)
	if k <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for i := range k {
		lo, hi := i*n/k, (i+1)*n/k
		if i == k-1 {
			f(lo, hi) // the caller's goroutine does the last
			break
		}
		wg.Go(func() { f(lo, hi) })
	}
	wg.Wait()
}
