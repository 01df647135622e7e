package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"time"
)

// quoteAll renders a record as the 2026 messages.csv does, every field
// quoted, to compare with what the writer wrote.
func quoteAll(rec []string) string {
	q := make([]string, len(rec))
	for i, f := range rec {
		q[i] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return strings.Join(q, ",")
}

func messagesOf(t testing.TB, n, m int, seed uint64) []byte {
	t.Helper()
	e := generate(samplePersona, n, seed, day(2026, 11, 20))
	e.messages = m
	var buf bytes.Buffer
	if err := writeMessages(&buf, e); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestMessagesFormat checks, on a large file, what a reader of the April
// 2026 messages.csv meets.
func TestMessagesFormat(t *testing.T) {
	const m = 60000
	data := messagesOf(t, 3000, m, 5)
	if bytes.HasSuffix(data, []byte("\n")) || bytes.Contains(data, []byte("\r")) {
		t.Error("want LF line ends and no final newline")
	}
	rd := csv.NewReader(bytes.NewReader(data))
	recs, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var joined []string
	for _, rec := range recs {
		joined = append(joined, quoteAll(rec))
	}
	if strings.Join(joined, "\n") != string(data) {
		t.Error("not every field is quoted")
	}
	if got, want := recs[0], messagesHeader; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("header %q, want %q", got, want)
	}
	var rows, system [][]string
	for _, rec := range recs[1:] {
		if rec[2] == "" { // FROM: a group chat's system row
			system = append(system, rec)
		} else {
			rows = append(rows, rec)
		}
	}
	if len(rows) != m || len(system) == 0 {
		t.Fatalf("%d rows and %d system rows, want %d and some", len(rows), len(system), m)
	}
	col := map[string]int{}
	for i, h := range messagesHeader {
		col[h] = i
	}
	get := func(r []string, h string) string { return r[col[h]] }

	var breaks, drafts, sponsored, groups, hidden, spam, accented, owner, long, veryLong int
	done := map[string]bool{} // conversations already left
	prev := ""
	for i, r := range rows {
		if _, err := time.Parse(messageDate, get(r, "DATE")); err != nil {
			t.Fatalf("row %d: %v", i+2, err)
		}
		content := get(r, "CONTENT")
		if strings.Contains(content, "\n") {
			breaks++
		}
		if len(content) > 400 {
			long++
		}
		if len(content) > 2000 {
			veryLong++
		}
		for _, h := range []string{"SENDER PROFILE URL", "RECIPIENT PROFILE URLS"} {
			if u := get(r, h); strings.Contains(u, "%") {
				t.Errorf("row %d: %s %q is percent-encoded", i+2, h, u)
			} else if strings.ContainsFunc(u, func(c rune) bool { return c > 127 }) {
				accented++
			}
		}
		if get(r, "FROM") == "Jordan Avery" || strings.Contains(get(r, "TO"), "Jordan Avery") {
			owner++
		}
		switch f := get(r, "FOLDER"); f {
		case "SPAM":
			spam++
		case "INBOX", "ARCHIVE":
		case "":
			if get(r, "IS MESSAGE DRAFT") != "Yes" {
				t.Errorf("row %d: no folder on a sent message", i+2)
			}
		default:
			t.Errorf("row %d: folder %q", i+2, f)
		}
		if get(r, "IS MESSAGE DRAFT") == "Yes" {
			drafts++
			if get(r, "CONVERSATION ID") != "" || get(r, "TO") != "" || get(r, "RECIPIENT PROFILE URLS") != "" {
				t.Errorf("row %d: a draft with an id or recipients: %q", i+2, r)
			}
			continue
		}
		if get(r, "CONVERSATION TITLE") == "Sponsored Conversation" {
			sponsored++
			if !strings.HasPrefix(content, "<p>") {
				t.Errorf("row %d: sponsored content not HTML: %.60q", i+2, content)
			}
		}
		if strings.Contains(get(r, "RECIPIENT PROFILE URLS"), ",") {
			groups++
		}
		if get(r, "FROM") == "LinkedIn Member" {
			hidden++
			if get(r, "SENDER PROFILE URL") != "" {
				t.Errorf("row %d: a hidden member with a URL", i+2)
			}
		}
		id := get(r, "CONVERSATION ID")
		if id != prev {
			if done[id] {
				t.Fatalf("row %d: conversation %s comes back: rows not grouped", i+2, id)
			}
			done[prev] = true
			prev = id
		}
	}
	for _, c := range []struct {
		what   string
		n, min int
	}{
		{"rows with line breaks in CONTENT", breaks, m / 20},
		{"rows over 400 bytes of CONTENT", long, m / 50},
		{"rows over 2,000 bytes of CONTENT", veryLong, m / 1000},
		{"drafts", drafts, m / 500},
		{"sponsored InMail", sponsored, m / 100},
		{"group chat rows", groups, m / 50},
		{"rows from LinkedIn Member", hidden, m / 500},
		{"rows in SPAM", spam, m / 500},
		{"URLs with accents", accented, 10},
		{"rows to or from the owner", owner, m * 9 / 10},
	} {
		if c.n < c.min {
			t.Errorf("%d %s, want at least %d", c.n, c.what, c.min)
		}
	}
}

// TestMessagesCount checks that --messages is the exact number of rows,
// story or not, beside the group chats' system rows (no sender).
func TestMessagesCount(t *testing.T) {
	for _, tt := range []struct {
		name string
		n, m int
	}{
		{"none", 350, 0},
		{"fewer than the story", 350, 7},
		{"no contacts", 0, 50},
		{"a few contacts", 5, 300},
		{"the sample", 350, 1500},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := csv.NewReader(bytes.NewReader(messagesOf(t, tt.n, tt.m, 1))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for _, rec := range recs[1:] {
				if rec[2] != "" {
					got++
				}
			}
			if got != tt.m {
				t.Errorf("%d rows, want %d", got, tt.m)
			}
		})
	}
}

// BenchmarkGenerateMessages1M writes a million-row messages.csv for a
// network at LinkedIn's cap.
func BenchmarkGenerateMessages1M(b *testing.B) {
	e := generate(samplePersona, maxConnections, 1, day(2026, 11, 20))
	e.messages = 1_000_000
	for b.Loop() {
		var n countWriter
		if err := writeMessages(&n, e); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(n))
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

// TestMessagesMinimalQuotes checks --minimal-quotes: the same records as
// the April 2026 form, each field quoted only when it holds a comma, a
// quote or a line break.
func TestMessagesMinimalQuotes(t *testing.T) {
	all := messagesOf(t, 300, 3000, 5)
	e := generate(samplePersona, 300, 5, day(2026, 11, 20))
	e.messages, e.minimalQuotes = 3000, true
	var buf bytes.Buffer
	if err := writeMessages(&buf, e); err != nil {
		t.Fatal(err)
	}
	minimal := buf.Bytes()
	want, err := csv.NewReader(bytes.NewReader(all)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(bytes.NewReader(minimal)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	var quoted, bare int
	var out []string
	for i := range got {
		if strings.Join(got[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Fatalf("record %d: %q, want %q", i+1, got[i], want[i])
		}
		fields := make([]string, len(got[i]))
		for j, f := range got[i] {
			if strings.ContainsAny(f, ",\"\r\n") {
				fields[j] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
				quoted++
			} else {
				fields[j] = f
				bare++
			}
		}
		out = append(out, strings.Join(fields, ","))
	}
	if strings.Join(out, "\n") != string(minimal) {
		t.Error("a field is quoted that needs no quotes, or the other way round")
	}
	if quoted == 0 || bare == 0 {
		t.Errorf("%d fields quoted, %d bare: want both", quoted, bare)
	}
}
