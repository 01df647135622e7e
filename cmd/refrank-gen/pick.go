package main

import (
	"math/rand/v2"
	"sort"
	"time"
)

// weighted is a value and its relative weight in a draw.
type weighted[T any] struct {
	w int
	v T
}

// A picker draws values in proportion to their weights, with a binary
// search over the running sums so that big draws stay cheap.
type picker[T any] struct {
	vals []T
	sums []int
}

func newPicker[T any](ws []weighted[T]) picker[T] {
	p := picker[T]{vals: make([]T, 0, len(ws)), sums: make([]int, 0, len(ws))}
	total := 0
	for _, w := range ws {
		if w.w <= 0 {
			continue
		}
		total += w.w
		p.vals = append(p.vals, w.v)
		p.sums = append(p.sums, total)
	}
	return p
}

func (p picker[T]) pick(r *rand.Rand) T {
	n := r.IntN(p.sums[len(p.sums)-1])
	return p.vals[sort.SearchInts(p.sums, n+1)]
}

// uniform draws one of vals with equal chances.
func uniform[T any](r *rand.Rand, vals []T) T { return vals[r.IntN(len(vals))] }

// day returns the date at midnight UTC.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// between draws a day from from to to, both included.
func between(r *rand.Rand, from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours() / 24)
	if days <= 0 {
		return from
	}
	return from.AddDate(0, 0, r.IntN(days+1))
}

// earlyIn draws a day from the window, half the time from its first
// months: people connect with most colleagues soon after joining.
func earlyIn(r *rand.Rand, from, to time.Time) time.Time {
	if r.IntN(2) == 0 {
		if early := from.AddDate(0, 8, 0); early.Before(to) {
			to = early
		}
	}
	return between(r, from, to)
}

// growing draws a day from the window with a density that grows linearly
// over it, as a network grows with a career.
func growing(r *rand.Rand, from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours() / 24)
	a, b := r.IntN(days+1), r.IntN(days+1)
	return from.AddDate(0, 0, max(a, b))
}
