package export

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/refrank/refrank/analyze"
)

// brief is an interaction on one line, for exact comparisons: name, URL,
// sent/received, group sent/received, conversations, first and last
// message (minutes, UTC), and the other evidence when there is any.
func brief(x analyze.Interaction) string {
	s := fmt.Sprintf("%s|%s|%d/%d g%d/%d c%d", x.Person.Name, x.Person.URL, x.Sent, x.Received, x.GroupSent, x.GroupReceived, x.Conversations)
	if !x.FirstMessage.IsZero() || !x.LastMessage.IsZero() {
		s += "|" + x.FirstMessage.Format("2006-01-02 15:04") + ".." + x.LastMessage.Format("2006-01-02 15:04")
	}
	for _, f := range []struct {
		on   bool
		name string
	}{
		{x.InvitedByUser, "invited"}, {x.InvitedUser, "invited-by"}, {x.InvitationNote, "note"},
		{x.EndorsedUser > 0, fmt.Sprintf("endorsed-user:%d", x.EndorsedUser)},
		{x.EndorsedByUser > 0, fmt.Sprintf("endorsed-by-user:%d", x.EndorsedByUser)},
		{x.RecommendedUser, "recommended-user"}, {x.RecommendedByUser, "recommended-by-user"},
	} {
		if f.on {
			s += " " + f.name
		}
	}
	return s
}

func briefs(xs []analyze.Interaction, file string) []string {
	var out []string
	for _, x := range xs {
		if x.File != file {
			out = append(out, "wrong File "+x.File)
		}
		out = append(out, brief(x))
	}
	return out
}

func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("interactions (-want +got):\n-%s\n+%s", strings.Join(want, "\n-"), strings.Join(got, "\n+"))
	}
}

func warnText(ws []analyze.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}

func TestReadMessagesEras(t *testing.T) {
	jordan := analyze.Person{Name: "Jordan Avery", URL: "https://www.linkedin.com/in/jordan-avery-nw"}
	tests := []struct {
		name    string
		path    string
		profile string
		owner   analyze.Person
		rows    int
		skipped int
		want    []string
		warns   []string
	}{
		{
			name: "2018 Messages.csv, owner from Direction", path: "testdata/messages/2018.csv",
			owner: analyze.Person{Name: "Jordan Avery"}, rows: 5, skipped: 1,
			want: []string{
				"Grace Nakamura||1/1 g1/1 c2|2018-09-04 09:00..2018-10-16 08:36",
				"Tomás Rivera||0/1 g1/0 c2|2018-09-03 11:20..2018-09-04 09:00",
			},
			warns: []string{"m.csv: 1 message in the SPAM folder; skipped"},
		},
		{
			name: "2018 Messages.csv, one conversation: owner from Direction", path: "testdata/messages/2018-one.csv",
			owner: analyze.Person{Name: "Jordan Avery"}, rows: 3,
			want: []string{"Grace Nakamura||1/2 g0/0 c1|2018-10-15 17:02..2018-10-16 08:36"},
		},
		{
			name: "2022 recipients by name only", path: "testdata/messages/2022.csv",
			owner: jordan, rows: 7, skipped: 2,
			want: []string{
				"Elena Petrova|https://www.linkedin.com/in/elena-petrova-sde|1/2 g0/0 c1|2021-12-15 10:00..2022-01-10 14:00",
				"Yuki Tanaka||1/0 g0/0 c1|2022-02-01 09:00..2022-02-01 09:00",
				"Tomás Rivera, PMP|https://www.linkedin.com/in/tomás-rivera-8812a5|0/0 g1/1 c1|2022-03-01 18:30..2022-03-02 09:00",
				"Oliver Brandt|https://www.linkedin.com/in/oliver-brandt-dev|0/0 g1/1 c1|2022-03-01 18:00..2022-03-01 18:30",
			},
			warns: []string{
				"m.csv: 1 sponsored message (InMail ad); skipped",
				`m.csv: 1 message from a hidden member ("LinkedIn Member"); skipped`,
			},
		},
		{
			name: "2024 recipient URLs and draft columns", path: "testdata/messages/2024.csv",
			owner: jordan, rows: 5, skipped: 4,
			want: []string{
				"Priya Raman|https://www.linkedin.com/in/priya-raman-eng|2/1 g1/1 c2|2024-11-30 08:00..2024-12-17 10:00",
				"Rivera, Tomás|https://www.linkedin.com/in/tomás-rivera-8812a5|0/0 g1/0 c1|2024-12-17 10:00..2024-12-17 10:00",
			},
			warns: []string{"m.csv: 3 drafts; skipped", "m.csv: 1 message in the SPAM folder; skipped"},
		},
		{
			name: "2026 all quoted, with Profile.csv's name", path: "../../testdata/tie/messages.csv", profile: "jordan avery",
			owner: jordan, rows: 81, skipped: 5,
			want: tieMessages,
			warns: []string{
				"m.csv: 2 drafts; skipped",
				"m.csv: 1 sponsored message (InMail ad); skipped",
				"m.csv: 1 message in the SPAM folder; skipped",
				`m.csv: 1 message from a hidden member ("LinkedIn Member"); skipped`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			xs, owner, in, warns, err := ReadMessages(f, "m.csv", tt.profile)
			if err != nil {
				t.Fatal(err)
			}
			if owner != tt.owner {
				t.Errorf("owner = %+v, want %+v", owner, tt.owner)
			}
			if in != (analyze.Input{File: "m.csv", Rows: tt.rows, Skipped: tt.skipped}) {
				t.Errorf("input = %+v, want %d rows, %d skipped", in, tt.rows, tt.skipped)
			}
			diffLines(t, briefs(xs, "m.csv"), tt.want)
			if got := warnText(warns); strings.Join(got, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings:\n got %q\nwant %q", got, tt.warns)
			}
		})
	}
}

// tieMessages is what testdata/tie/messages.csv says; see its README.
var tieMessages = []string{
	"Priya 🚀 Raman|https://www.linkedin.com/in/priya-raman-eng|20/22 g3/2 c2|2024-03-04 17:05..2026-04-02 16:45",
	"Nikolai Sørensen|https://www.linkedin.com/in/nikolai-sørensen-18c4d2|0/0 g3/1 c1|2026-03-10 11:30..2026-03-20 18:40",
	"Tomás Rivera, PMP|https://www.linkedin.com/in/tomás-rivera-8812a5|3/3 g2/1 c2|2024-11-20 18:30..2026-03-03 21:05",
	"Oliver Brandt|https://www.linkedin.com/in/oliver-brandt-dev|0/0 g2/2 c1|2024-11-20 18:00..2024-12-06 11:00",
	"Fatima Zahra El Amrani|https://www.linkedin.com/in/fatima-zahra-el-amrani|0/0 g2/0 c1|2024-11-20 18:30..2024-12-06 11:00",
	"Grace Nakamura|https://www.linkedin.com/in/grace-nakamura-swe|4/4 g0/0 c1|2018-03-03 17:00..2024-05-06 10:00",
	"Elena Petrova|https://www.linkedin.com/in/elena-petrova-sde|2/2 g0/0 c1|2021-12-15 09:00..2022-01-10 14:00",
	"Yuki Tanaka|https://www.linkedin.com/in/yuki-tanaka-9d12|2/0 g0/0 c1|2025-06-12 09:00..2025-07-01 09:00",
	"Maya Okafor|https://www.linkedin.com/in/maya-okafor-3b1a2c|0/1 g0/0 c1|2022-05-03 15:00..2022-05-03 15:00",
	"陽翔 佐藤|https://www.linkedin.com/in/佐藤-陽翔-a41b07|1/1 g0/0 c1|2022-03-29 01:00..2022-03-29 04:00",
	"Mateo Gómez|https://www.linkedin.com/in/mateo-gómez-5c3e90|1/3 g0/0 c1|2025-01-21 13:00..2025-02-02 09:00",
}

const msgHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n"

func TestReadMessagesRules(t *testing.T) {
	const (
		me  = "Me Myself,https://www.linkedin.com/in/me"
		ann = "Ann Lee,https://www.linkedin.com/in/ann"
	)
	tests := []struct {
		name    string
		csv     string
		profile string
		owner   string // name
		rows    int
		skipped int
		want    []string
		warns   []string
	}{
		{
			name: "draft by flag, and by empty conversation and recipients",
			csv: msgHeader +
				"c1,," + me + ",Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,hi,INBOX,,No\n" +
				",," + me + ",,,2024-01-02 10:00:00 UTC,,draft one,,,Yes\n" +
				",," + me + ",,,2024-01-03 10:00:00 UTC,,draft two,,,No\n" +
				"c1,," + ann + ",Me Myself,https://www.linkedin.com/in/me,2024-01-04 10:00:00 UTC,,yo,INBOX,,No\n",
			owner: "Me Myself", rows: 2, skipped: 2,
			want:  []string{"Ann Lee|https://www.linkedin.com/in/ann|1/1 g0/0 c1|2024-01-01 10:00..2024-01-04 10:00"},
			warns: []string{"m.csv: 2 drafts; skipped"},
		},
		{
			name: "sponsored, spam and hidden senders",
			csv: msgHeader +
				"c1,," + me + ",Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,hi,INBOX,,No\n" +
				"c2,Sponsored Conversation,Acme Ads,https://www.linkedin.com/in/acme,Me Myself,https://www.linkedin.com/in/me,2024-01-01 10:00:00 UTC,,<p>ad</p>,INBOX,,No\n" +
				"c3,,Bot,https://www.linkedin.com/in/bot,Me Myself,https://www.linkedin.com/in/me,2024-01-01 10:00:00 UTC,,spam,SPAM,,No\n" +
				"c3,,Bot,https://www.linkedin.com/in/bot,Me Myself,https://www.linkedin.com/in/me,2024-01-01 10:00:00 UTC,,spam,spam,,No\n" +
				"c4,,LinkedIn Member,,Me Myself,https://www.linkedin.com/in/me,2024-01-01 10:00:00 UTC,,hello,INBOX,,No\n",
			owner: "Me Myself", rows: 1, skipped: 4,
			want: []string{"Ann Lee|https://www.linkedin.com/in/ann|1/0 g0/0 c1|2024-01-01 10:00..2024-01-01 10:00"},
			warns: []string{
				"m.csv: 1 sponsored message (InMail ad); skipped",
				"m.csv: 2 messages in the SPAM folder; skipped",
				`m.csv: 1 message from a hidden member ("LinkedIn Member"); skipped`,
			},
		},
		{
			name: "group chat with commas in names: recipients counted from URLs",
			csv: msgHeader +
				`g1,Team,Me Myself,https://www.linkedin.com/in/me,"Rivera, Tomás,Lee, PhD, Ann","https://www.linkedin.com/in/tomas,https://www.linkedin.com/in/ann",2024-02-01 10:00:00 UTC,,"hi all, welcome",INBOX,,No` + "\n" +
				`g1,Team,"Lee, PhD, Ann",https://www.linkedin.com/in/ann,"Me Myself,Rivera, Tomás","https://www.linkedin.com/in/me,https://www.linkedin.com/in/tomas",2024-02-02 10:00:00 UTC,,thanks,INBOX,,No` + "\n" +
				`d1,,Me Myself,https://www.linkedin.com/in/me,"Rivera, Tomás",https://www.linkedin.com/in/tomas,2024-02-03 10:00:00 UTC,,one to one,INBOX,,No` + "\n",
			owner: "Me Myself", rows: 3,
			want: []string{
				"Rivera, Tomás|https://www.linkedin.com/in/tomas|1/0 g1/0 c2|2024-02-01 10:00..2024-02-03 10:00",
				"Lee, PhD, Ann|https://www.linkedin.com/in/ann|0/0 g1/1 c1|2024-02-01 10:00..2024-02-02 10:00",
			},
		},
		{
			name: "group chat without URLs: names split at commas without a space",
			csv: "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n" +
				`g1,,Me Myself,https://www.linkedin.com/in/me,"Rivera, PMP, Tomás,Ann Lee",2022-02-01 10:00:00 UTC,,hi,INBOX` + "\n" +
				`g2,,Me Myself,https://www.linkedin.com/in/me,"Rivera, PMP, Tomás",2022-02-01 11:00:00 UTC,,hi,INBOX` + "\n",
			owner: "Me Myself", rows: 2,
			want: []string{
				"Rivera, PMP, Tomás||1/0 g1/0 c2|2022-02-01 10:00..2022-02-01 11:00",
				"Ann Lee||0/0 g1/0 c1|2022-02-01 10:00..2022-02-01 10:00",
			},
		},
		{
			name: "owner without Profile.csv: in the most conversations",
			csv: msgHeader +
				"c1,," + ann + ",Me Myself,https://www.linkedin.com/in/me,2024-01-01 10:00:00 UTC,,a,INBOX,,No\n" +
				"c1,," + ann + ",Me Myself,https://www.linkedin.com/in/me,2024-01-02 10:00:00 UTC,,b,INBOX,,No\n" +
				"c2,,Bo Yang,https://www.linkedin.com/in/bo,Me Myself,https://www.linkedin.com/in/me,2024-01-03 10:00:00 UTC,,c,INBOX,,No\n",
			owner: "Me Myself", rows: 3,
			want: []string{
				"Ann Lee|https://www.linkedin.com/in/ann|0/2 g0/0 c1|2024-01-01 10:00..2024-01-02 10:00",
				"Bo Yang|https://www.linkedin.com/in/bo|0/1 g0/0 c1|2024-01-03 10:00..2024-01-03 10:00",
			},
		},
		{
			name: "owner from Profile.csv, without regard to case and accents",
			csv: msgHeader +
				"c1,,Renée Dubois,https://www.linkedin.com/in/renee,Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,a,INBOX,,No\n" +
				"c2,," + ann + ",Bo Yang,https://www.linkedin.com/in/bo,2024-01-02 10:00:00 UTC,,b,INBOX,,No\n",
			profile: "RENEE  DUBOIS", owner: "Renée Dubois", rows: 1, skipped: 1,
			want:  []string{"Ann Lee|https://www.linkedin.com/in/ann|1/0 g0/0 c1|2024-01-01 10:00..2024-01-01 10:00"},
			warns: []string{"m.csv: 1 conversation without the account owner (1 message); skipped"},
		},
		{
			name: "Profile.csv's name not found: most conversations",
			csv: msgHeader +
				"c1,," + me + ",Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,a,INBOX,,No\n" +
				"c2,," + me + ",Bo Yang,https://www.linkedin.com/in/bo,2024-01-02 10:00:00 UTC,,b,INBOX,,No\n",
			profile: "Someone Else", owner: "Me Myself", rows: 2,
			want: []string{
				"Ann Lee|https://www.linkedin.com/in/ann|1/0 g0/0 c1|2024-01-01 10:00..2024-01-01 10:00",
				"Bo Yang|https://www.linkedin.com/in/bo|1/0 g0/0 c1|2024-01-02 10:00..2024-01-02 10:00",
			},
		},
		{
			name: "bad rows: no sender, no conversation, unknown date, wrong field count",
			csv: msgHeader +
				"c1,," + me + ",Ann Lee,https://www.linkedin.com/in/ann,yesterday,,a,INBOX,,No\n" +
				"c1,,,,Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,secret,INBOX,,No\n" +
				"," + "," + me + ",Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,secret,INBOX,,No\n" +
				"c1,," + me + ",Ann Lee,https://www.linkedin.com/in/ann,2024-01-01 10:00:00 UTC,,\"secret, too\",INBOX\n" +
				"c1,," + ann + ",Me Myself,https://www.linkedin.com/in/me,2024-01-05 10:00:00 UTC,,b,INBOX,,No\n",
			owner: "Me Myself", rows: 2, skipped: 3,
			want: []string{"Ann Lee|https://www.linkedin.com/in/ann|1/1 g0/0 c1|2024-01-05 10:00..2024-01-05 10:00"},
			warns: []string{
				`m.csv:2: unknown date "yesterday"; message kept without a date`,
				"m.csv:4: no conversation id; message skipped",
				"m.csv:5: 10 fields, want 12 as in the header; row skipped",
				`m.csv: 1 row without a sender (a group chat's system row, such as "X left the conversation", or an empty row); skipped`,
			},
		},
		{
			name: "extra unknown columns and another column order",
			csv: "FOLDER,DATE,Surprise,TO,FROM,CONVERSATION ID,CONTENT\n" +
				"INBOX,2025-05-05 05:05:05 UTC,x,Ann Lee,Me Myself,c1,hello\n",
			profile: "Me Myself", owner: "Me Myself", rows: 1,
			want: []string{"Ann Lee||1/0 g0/0 c1|2025-05-05 05:05..2025-05-05 05:05"},
		},
		{
			name:  "header only",
			csv:   msgHeader,
			owner: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs, owner, in, warns, err := ReadMessages(strings.NewReader(tt.csv), "m.csv", tt.profile)
			if err != nil {
				t.Fatal(err)
			}
			if owner.Name != tt.owner {
				t.Errorf("owner = %+v, want %q", owner, tt.owner)
			}
			if in.Rows != tt.rows || in.Skipped != tt.skipped {
				t.Errorf("input = %+v, want %d rows, %d skipped", in, tt.rows, tt.skipped)
			}
			diffLines(t, briefs(xs, "m.csv"), tt.want)
			if got := warnText(warns); strings.Join(got, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings:\n got %q\nwant %q", got, tt.warns)
			}
			for _, w := range warns {
				if strings.Contains(w.Msg, "secret") {
					t.Errorf("message content in a warning: %v", w)
				}
			}
		})
	}
}

func TestMessageTime(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2024-12-16 18:24:37 UTC": time.Date(2024, 12, 16, 18, 24, 37, 0, time.UTC),
		"10/16/18, 8:36 AM":       time.Date(2018, 10, 16, 8, 36, 0, 0, time.UTC),
		"2024-12-16 18:24:37":     time.Date(2024, 12, 16, 18, 24, 37, 0, time.UTC),
		"16 Dec 2024":             time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC),
		"2024-02-30 10:00:00 UTC": {},
		"2024-13-01 10:00:00 UTC": {},
		"0000-01-01 10:00:00 UTC": {},
		"yesterday":               {},
		"":                        {},
	} {
		got, ok := messageTime(in)
		if ok != !want.IsZero() || ok && got != want.Unix() {
			t.Errorf("messageTime(%q) = %v, %v; want %v", in, time.Unix(got, 0).UTC(), ok, want)
		}
	}
}

func TestSplitNames(t *testing.T) {
	for in, want := range map[string]string{
		"Ann Lee":                       "Ann Lee",
		"Ann Lee,Bo Yang":               "Ann Lee|Bo Yang",
		"Tomás Rivera, PMP,Ann Lee":     "Tomás Rivera, PMP|Ann Lee",
		"Rivera, Tomás":                 "Rivera, Tomás",
		" Ann Lee , Bo,,Cy ":            "Ann Lee , Bo|Cy",
		"":                              "",
		",":                             "",
		"Lee, PhD, Ann,Rivera, Tomás,X": "Lee, PhD, Ann|Rivera, Tomás|X",
	} {
		var got []string
		for n := range splitNames(in) {
			got = append(got, n)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMessagesInChunks reads one messages.csv of many conversations, some
// coming back, group chats, long texts with line breaks and quotes, a
// bad row, in chunks of several sizes, and checks that every reading
// sums it up as reading it in one chunk does: the chunks' batches are
// taken in the order of the file, and nothing a row leaves behind is
// overwritten when its batch is used again.
func TestMessagesInChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString(msgHeader)
	person := func(i int) (string, string) {
		pad := strings.Repeat("x", i%11) // so that fields move about in a batch's buffer
		return fmt.Sprintf("Person %s%d", pad, i), fmt.Sprintf("https://www.linkedin.com/in/person-%s%d", pad, i)
	}
	line := 1
	for c := range 400 {
		conv := c % 150 // conversations come back
		others := []int{conv, conv + 151}[:1+conv%2]
		for m := range 1 + c%7 {
			from, fromURL := "Me Myself", "https://www.linkedin.com/in/me"
			var to, toURLs []string
			if m%2 == 1 {
				from, fromURL = person(others[m%len(others)])
				to, toURLs = []string{"Me Myself"}, []string{"https://www.linkedin.com/in/me"}
			} else {
				for _, o := range others {
					n, u := person(o)
					to, toURLs = append(to, n), append(toURLs, u)
				}
			}
			text := strings.Repeat(fmt.Sprintf("line %d, \"\"quoted\"\"\n", m), c%5)
			fmt.Fprintf(&b, "conv-%s%d,,%s,%s,\"%s\",\"%s\",2024-%02d-%02d 10:%02d:00 UTC,,\"%s\",INBOX,,No\n",
				strings.Repeat("c", conv%9), conv, from, fromURL, strings.Join(to, ","), strings.Join(toURLs, ","), 1+c%12, 1+m, m, text)
			line++
			if c == 200 && m == 0 {
				b.WriteString("conv-x,,Ann \"Bare\" Lee,u,Me,v,2024-01-01 10:00:00 UTC,,,INBOX,,No\n")
			}
		}
	}
	in := b.String()
	read := func(size int) string {
		defer func(s int) { chunkSize = s }(chunkSize)
		chunkSize = size
		is, owner, input, warns, err := ReadMessages(strings.NewReader(in), "messages.csv", "")
		return fmt.Sprintf("%v\n%+v\n%+v\n%v\n%v", err, owner, input, warns, is)
	}
	want := read(len(in) + 1)
	if !strings.Contains(want, "bad quoting") {
		t.Fatalf("the bad row is not in the warnings:\n%s", want)
	}
	for _, size := range []int{1, 97, 4096, 64 << 10} {
		if got := read(size); got != want {
			t.Errorf("in chunks of %d bytes:\n%s\nwant\n%s", size, got, want)
		}
	}

	// A row's fields are written over once it is summed up, as a batch
	// used again does: what the row left behind must be copies.
	m := newMessageReader("messages.csv")
	input, warns, err := rows(strings.NewReader(in), "messages.csv", &messagesLayout, func(s *sheet, rec []string, line int) bool {
		kept := m.row(s, rec, line)
		for _, f := range rec {
			if len(f) > 0 {
				clear(unsafe.Slice(unsafe.StringData(f), len(f)))
			}
		}
		return kept
	})
	is, owner := m.finish("", []*analyze.Input{&input})
	if got := fmt.Sprintf("%v\n%+v\n%+v\n%v\n%v", err, owner, input, append(warns, m.warnings()...), is); got != want {
		t.Errorf("with each row written over once read:\n%s\nwant\n%s", got, want)
	}
}
