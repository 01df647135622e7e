//go:build !unix

package benchdata

import "time"

// CPUTime returns 0: the CPU time is measured on Unix only.
func CPUTime() time.Duration { return 0 }
