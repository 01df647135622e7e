package export

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: not a date
	}{
		{"14 Dec 2021", d(2021, 12, 14)},
		{"02 Jan 2006", d(2006, 1, 2)},
		{" 4 Dec 2025 ", d(2025, 12, 4)},
		{"1/8/18, 6:14 PM", d(2018, 1, 8)},
		{"12/14/17, 10:05 AM", d(2017, 12, 14)},
		{"6-Feb-26", d(2026, 2, 6)},
		{"06-Feb-26", d(2026, 2, 6)},
		{"2/6/2026", d(2026, 2, 6)},
		{"2/6/26", d(2026, 2, 6)},
		{"2026-02-06", d(2026, 2, 6)},
		{"2024-12-16 18:24:37 UTC", d(2024, 12, 16)},
		{"1/8/2018 18:14", d(2018, 1, 8)},
		{"14 dec 2021", d(2021, 12, 14)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"13/13/2020", time.Time{}},
		{"31 Feb 2021", time.Time{}},
		{"01 Jan 0001", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if !got.Equal(tt.want) || ok == tt.want.IsZero() {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in          string
		first, last time.Time
	}{
		{"2019", d(2019, 1, 1), d(2019, 12, 31)},
		{"Jul 2021", d(2021, 7, 1), d(2021, 7, 31)},
		{"Feb 2024", d(2024, 2, 1), d(2024, 2, 29)},
		{"Sep 2000", d(2000, 9, 1), d(2000, 9, 30)},
		{"September 2000", d(2000, 9, 1), d(2000, 9, 30)},
		{"Sep-00", d(2000, 9, 1), d(2000, 9, 30)},
		{"Dec-19", d(2019, 12, 1), d(2019, 12, 31)},
		{"14 Dec 2021", d(2021, 12, 14), d(2021, 12, 14)},
		{"", time.Time{}, time.Time{}},
		{"0000", time.Time{}, time.Time{}},
		{"Summer", time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		first, last, ok := parsePeriod(tt.in)
		if !first.Equal(tt.first) || !last.Equal(tt.last) || ok == tt.first.IsZero() {
			t.Errorf("parsePeriod(%q) = %v, %v, %v; want %v, %v", tt.in, first, last, ok, tt.first, tt.last)
		}
	}
}
