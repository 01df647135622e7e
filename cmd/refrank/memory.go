package main

import (
	"os"
	"runtime/debug"
)

// memoryBudget is the heap refrank aims to stay under for one export: with
// the runtime's own overhead, a run at LinkedIn's limits (30,000
// connections, a 400 MB messages.csv) peaks at about 90 MB, and at the
// same with 100,000 messages; its live heap is at most about 50 MB.
const memoryBudget = 80 << 20

// tuneMemory sets the garbage collector for a batch job with a memory
// budget: collect rarely while the heap is small (GOGC=400), and harder
// as it nears budget bytes (a soft limit, as GOMEMLIMIT sets). That both
// caps the peak and saves most of the collector's work. A GOGC or
// GOMEMLIMIT the user set wins. The returned function restores the
// previous settings.
func tuneMemory(budget int64) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(400)
	limit := debug.SetMemoryLimit(budget)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
