package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// genMessages writes a messages.csv of n messages in the 2026 form, all
// fields quoted: mostly one-to-one conversations of a few to a hundred
// messages, some group chats, contents of realistic lengths with commas,
// quotes and line breaks. The same n gives the same bytes.
func genMessages(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT"})
	const me, meURL = "Jordan Avery", "https://www.linkedin.com/in/jordan-avery-nw"
	words := strings.Fields("hi thanks for reaching out, I'd love to \"chat\" about the role next week; are you free Tuesday? the team is hiring senior engineers in Seattle and remote, referral submitted good luck")
	at := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	rec := make([]string, 12)
	for written, conv := 0, 0; written < n; conv++ {
		others := 1
		if r.IntN(10) == 0 {
			others = 2 + r.IntN(5)
		}
		var names, urls []string
		for k := 0; k < others; k++ {
			id := r.IntN(n/10 + 10)
			names = append(names, fmt.Sprintf("Person %d, PhD", id))
			urls = append(urls, fmt.Sprintf("https://www.linkedin.com/in/person-é-%d", id))
		}
		id := fmt.Sprintf("2-%016x==", r.Uint64())
		msgs := 1 + r.IntN(20)
		if r.IntN(20) == 0 {
			msgs = 50 + r.IntN(100)
		}
		for m := 0; m < msgs && written < n; m++ {
			at = at.Add(time.Duration(r.IntN(3600)) * time.Second)
			from, fromURL := me, meURL
			toN, toU := strings.Join(names, ","), strings.Join(urls, ",")
			if s := r.IntN(others + 1); s > 0 {
				from, fromURL = names[s-1], urls[s-1]
				toN = strings.Join(append([]string{me}, without(names, s-1)...), ",")
				toU = strings.Join(append([]string{meURL}, without(urls, s-1)...), ",")
			}
			var c strings.Builder
			for k, l := 0, 5+r.IntN(120); k < l; k++ {
				c.WriteString(words[r.IntN(len(words))])
				if r.IntN(25) == 0 {
					c.WriteString("\n")
				} else {
					c.WriteString(" ")
				}
			}
			rec[0], rec[1], rec[2], rec[3], rec[4], rec[5] = id, "", from, fromURL, toN, toU
			rec[6], rec[7], rec[8], rec[9], rec[10], rec[11] = at.Format("2006-01-02 15:04:05 UTC"), "", c.String(), "INBOX", "", "No"
			w.Write(rec)
			written++
		}
	}
	w.Flush()
	return b.Bytes()
}

func without(s []string, i int) []string {
	return append(append([]string(nil), s[:i]...), s[i+1:]...)
}

func BenchmarkReadMessages(b *testing.B) {
	for _, n := range []int{50_000, 200_000} {
		data := genMessages(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				_, _, in, _, err := ReadMessages(bytes.NewReader(data), "m.csv", "")
				if err != nil || in.Rows != n {
					b.Fatal(in, err)
				}
			}
			reportPerRow(b, &before, n)
		})
	}
}

// BenchmarkBareCSV is the yardstick: encoding/csv reading the same bytes
// with ReuseRecord and doing nothing else.
func BenchmarkBareCSV(b *testing.B) {
	for _, n := range []int{50_000, 200_000} {
		data := genMessages(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				r := csv.NewReader(bytes.NewReader(data))
				r.ReuseRecord = true
				r.FieldsPerRecord = -1
				rows := 0
				for {
					_, err := r.Read()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					rows++
				}
				if rows != n+1 {
					b.Fatal(rows)
				}
			}
			reportPerRow(b, &before, n)
		})
	}
}

// messageRowGocsv is what ReadMessages would map with gocsv, had it used
// scan: everything but CONTENT.
type messageRowGocsv struct {
	ID        string `csv:"conversation id"`
	Title     string `csv:"conversation title"`
	From      string `csv:"from"`
	SenderURL string `csv:"sender profile url"`
	To        string `csv:"to"`
	ToURLs    string `csv:"recipient profile urls"`
	Date      string `csv:"date"`
	Folder    string `csv:"folder"`
	Draft     string `csv:"is message draft"`
}

// BenchmarkScanGocsv measures the road not taken: table.go's scan (parse,
// re-encode, parse again with gocsv), rows mapped and dropped. See
// doc.go.
func BenchmarkScanGocsv(b *testing.B) {
	data := genMessages(50_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		in, _, err := scan(bytes.NewReader(data), "m.csv", &messagesLayout, func(s *sheet, row *messageRowGocsv, line int) bool { return true })
		if err != nil || in.Rows != 50_000 {
			b.Fatal(in, err)
		}
	}
	reportPerRow(b, &before, 50_000)
}

// reportPerRow reports allocations per row over the loop that has just
// run, from the allocations counted since before.
func reportPerRow(b *testing.B, before *runtime.MemStats, rows int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/float64(rows), "allocs/row")
}

// TestReadMessagesMemoryFlat checks that memory follows conversations,
// not messages: the same conversations with four times the messages take
// about the same heap at their peak, and allocations per row do not grow
// with the file. The files are generated as they are read, so that only
// the reader's own memory counts.
func TestReadMessagesMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 140 MB")
	}
	const people = 5_000
	type result struct {
		perRow float64
		peak   uint64 // bytes of heap in use above the start, at most
		mb     int64
	}
	read := func(per int) result {
		g := &genReader{per: per, people: people}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		stop, done := make(chan struct{}), make(chan uint64)
		go func() {
			var m runtime.MemStats
			var peak uint64
			for {
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
				select {
				case <-stop:
					done <- peak
					return
				case <-time.After(2 * time.Millisecond):
				}
			}
		}()
		xs, _, in, _, err := ReadMessages(g, "m.csv", "")
		close(stop)
		peak := <-done
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if err != nil || len(xs) != people || in.Rows != per*people {
			t.Fatalf("%d interactions, %+v, %v", len(xs), in, err)
		}
		return result{float64(after.Mallocs-before.Mallocs) / float64(in.Rows), peak - min(peak, before.HeapInuse), g.n >> 20}
	}
	small, large := read(10), read(40)
	t.Logf("%d MB: %.2f allocations per row, peak heap +%d KB", small.mb, small.perRow, small.peak>>10)
	t.Logf("%d MB: %.2f allocations per row, peak heap +%d KB", large.mb, large.perRow, large.peak>>10)
	if large.perRow > small.perRow {
		t.Errorf("allocations per row grow with the file")
	}
	if large.peak > small.peak*3/2+(4<<20) {
		t.Errorf("peak heap grows with the messages")
	}
}

// genReader is a messages.csv of people one-to-one conversations of per
// messages each, 440 bytes of content each, made as it is read.
type genReader struct {
	per, people int
	p, m        int
	n           int64
	buf         bytes.Buffer
}

var genContent = strings.ReplaceAll(strings.Repeat("lorem, ipsum \"dolor\"\n", 20), `"`, `""`)

func (g *genReader) Read(b []byte) (int, error) {
	if g.buf.Len() == 0 {
		switch {
		case g.n == 0 && g.p == 0 && g.m == 0:
			g.buf.WriteString(msgHeader)
		case g.p == g.people:
			return 0, io.EOF
		default:
			from, fromURL, to, toURL := "Me Myself", "https://www.linkedin.com/in/me", fmt.Sprintf("P %d", g.p), fmt.Sprintf("https://www.linkedin.com/in/p-%d", g.p)
			if g.m%2 == 1 {
				from, fromURL, to, toURL = to, toURL, from, fromURL
			}
			fmt.Fprintf(&g.buf, "c%d,,%s,%s,%s,%s,2024-01-%02d 10:00:00 UTC,,\"%s\",INBOX,,No\n", g.p, from, fromURL, to, toURL, 1+g.m%28, genContent)
			if g.m++; g.m == g.per {
				g.p, g.m = g.p+1, 0
			}
		}
	}
	n, err := g.buf.Read(b)
	g.n += int64(n)
	return n, err
}
