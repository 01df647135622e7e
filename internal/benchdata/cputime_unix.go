//go:build unix

package benchdata

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time the process has used, user and system:
// what a benchmark costs on a machine shared with other jobs, where wall
// time varies.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
