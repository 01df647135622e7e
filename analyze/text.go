package analyze

import (
	"fmt"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The few helpers of wording and numbers that several stages share, so
// that each is said one way.

// Capitalize upper-cases the first letter of s.
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Plural returns n and the word for it: "1 row", "3 rows" from
// Plural(n, "row", "rows").
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// ByteSize says n bytes in binary units, as limits are set: "64 MiB",
// "1.5 GiB", "12.3 KiB", "512 bytes"; whole units without a decimal.
func ByteSize(n int64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		switch {
		case n < 1<<u.shift || u.shift == 10 && n < 10<<10:
			continue
		case n%(1<<u.shift) == 0:
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(int64(1)<<u.shift), u.name)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Truncate cuts s to at most n runes.
func Truncate(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// Round1 rounds x to one decimal, without a negative zero: the digits
// every format shows.
func Round1(x float64) float64 {
	x = math.Round(x*10) / 10
	if x == 0 {
		return 0
	}
	return x
}
