package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf16"

	"github.com/refrank/refrank/analyze"
)

// utf16LE encodes s as UTF-16LE with its byte order mark, as 2018-2022
// exports wrote some files.
func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// connections is a Connections.csv of n contacts.
func connections(n int) []byte {
	var b strings.Builder
	b.WriteString("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
	for i := range n {
		fmt.Fprintf(&b, "Ada%d,Lovelace,https://www.linkedin.com/in/ada-%d,,Contoso,Engineer,0%d Mar 2024\n", i, i, i%9+1)
	}
	return []byte(b.String())
}

const recommendationsHeader = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"

// TestFileNames checks that files are found under the names genuine
// exports give them: spaced, in any case, as copies, split in parts, one
// folder down; and that of two spellings of one file the longer is read.
func TestFileNames(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string][]byte
		inputs []string // Input.File of each file read, in order
		people []string // the names of the interactions, in order
		warn   string   // a warning that must be given
	}{
		{
			name: "spaced names of 2018-2022",
			files: map[string][]byte{
				"Connections.csv":               connections(2),
				"Recommendations Received.csv":  []byte(recommendationsHeader + "Ada0,Lovelace,Contoso,Engineer,Great,\"04/28/20, 07:28 AM\",VISIBLE\n"),
				"Endorsement Received Info.csv": []byte("Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n2020/06/26 00:52:03 UTC,Go,Ada1,Lovelace,ACCEPTED\n"),
			},
			inputs: []string{"Connections.csv", "Endorsement Received Info.csv", "Recommendations Received.csv"},
			people: []string{"Ada1 Lovelace", "Ada0 Lovelace"},
		},
		{
			name: "two spellings, the spaced one UTF-16LE and longer",
			files: map[string][]byte{
				"Connections.csv":              connections(3),
				"Recommendations_Received.csv": []byte(recommendationsHeader + "Ada0,Lovelace,Contoso,Engineer,Great,,VISIBLE\n"),
				"Recommendations Received.csv": utf16LE(recommendationsHeader + "Ada1,Lovelace,Contoso,Engineer,Great,,VISIBLE\r\nAda2,Lovelace,Contoso,Engineer,Great,,VISIBLE\r\n"),
			},
			inputs: []string{"Connections.csv", "Recommendations Received.csv"},
			people: []string{"Ada1 Lovelace", "Ada2 Lovelace"},
			warn:   `Recommendations Received.csv: the same file as "Recommendations_Received.csv", under another name; this one, with more rows (2), was read`,
		},
		{
			name: "parts, read in order",
			files: map[string][]byte{
				"connections.CSV":    connections(3),
				"Invitations_2.csv":  []byte("From,To,Direction\nAda2 Lovelace,Me,INCOMING\n"),
				"Invitations.csv":    []byte("From,To,Direction\nAda0 Lovelace,Me,INCOMING\n"),
				"Invitations_1.csv":  []byte("From,To,Direction\nAda1 Lovelace,Me,INCOMING\n"),
				"coach_messages.csv": []byte("CONVERSATION ID,FROM,TO,DATE\n1,Coach,Me,2024-12-16 18:24:37 UTC\n"),
			},
			inputs: []string{"connections.CSV", "Invitations.csv", "Invitations_1.csv", "Invitations_2.csv"},
			people: []string{"Ada0 Lovelace", "Ada1 Lovelace", "Ada2 Lovelace"},
		},
		{
			name: "parts in the Jobs folder",
			files: map[string][]byte{
				"Connections.csv":             connections(1),
				"Jobs/Job Applications_1.csv": []byte("Application Date,Company Name,Job Title\n\"10/3/24, 2:15 PM\",Stripe,Engineer\n"),
				"Jobs/Job Applications.csv":   []byte("Application Date,Company Name,Job Title\n\"11/3/24, 2:15 PM\",Contoso,Engineer\n"),
			},
			inputs: []string{"Connections.csv", "Jobs/Job Applications.csv", "Jobs/Job Applications_1.csv"},
		},
		{
			name: "a browser's copy",
			files: map[string][]byte{
				"Connections (1).csv": connections(1),
			},
			inputs: []string{"Connections (1).csv"},
		},
		{
			name: "one folder down, with hyphens",
			files: map[string][]byte{
				"Basic_LinkedInDataExport/Connections.csv":              connections(1),
				"Basic_LinkedInDataExport/recommendations-received.csv": []byte(recommendationsHeader + "Ada0,Lovelace,Contoso,Engineer,Great,,VISIBLE\n"),
				"notes.txt": []byte("mine"),
			},
			inputs: []string{"Basic_LinkedInDataExport/Connections.csv", "Basic_LinkedInDataExport/recommendations-received.csv"},
			people: []string{"Ada0 Lovelace"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []*analyze.Export
			for _, form := range forms(t, tt.files) {
				x, err := Read(form, "")
				if err != nil {
					t.Fatal(err)
				}
				var inputs, people []string
				for _, in := range x.Inputs {
					inputs = append(inputs, filepath.ToSlash(in.File))
				}
				for _, in := range x.Interactions {
					people = append(people, in.Person.Name)
				}
				if !reflect.DeepEqual(inputs, tt.inputs) || !reflect.DeepEqual(people, tt.people) {
					t.Errorf("read %q, people %q; want %q, %q", inputs, people, tt.inputs, tt.people)
				}
				found := tt.warn == ""
				for _, w := range x.Warnings {
					found = found || w.String() == tt.warn
				}
				if !found {
					t.Errorf("no warning %q in %v", tt.warn, x.Warnings)
				}
				got = append(got, x)
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Errorf("the folder and the zip archive read differently:\n%+v\n%+v", got[0], got[1])
			}
		})
	}
}

// forms returns files as a folder and as a zip archive.
func forms(t *testing.T, files map[string][]byte) []fs.FS {
	t.Helper()
	dir := fstest.MapFS{}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range files {
		dir[name] = &fstest.MapFile{Data: b}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return []fs.FS{dir, zr}
}

// TestProgress checks that Open tells its Progress of every byte read,
// and of no more than it said.
func TestProgress(t *testing.T) {
	dir := "../../testdata/sample"
	var last, total int64
	calls := 0
	if _, err := Open(dir, func(done, all int64) {
		if done < last || all != total && calls > 0 {
			t.Errorf("progress went from %d of %d to %d of %d", last, total, done, all)
		}
		last, total = done, all
		calls++
	}); err != nil {
		t.Fatal(err)
	}
	if calls == 0 || last != total || total == 0 {
		t.Errorf("%d calls, ended at %d of %d", calls, last, total)
	}
}

// TestExportDate checks that the export's date comes from its content,
// the same in a zip archive named by LinkedIn and in a folder of another
// name, and says where it came from.
func TestExportDate(t *testing.T) {
	files := map[string][]byte{
		"Connections.csv": connections(3),
		"messages.csv": []byte("CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n" +
			"1,Ada0 Lovelace,https://www.linkedin.com/in/ada-0,Me,https://www.linkedin.com/in/me,2024-04-01 23:59:00 UTC\n" +
			"1,Me,https://www.linkedin.com/in/me,Ada0 Lovelace,https://www.linkedin.com/in/ada-0,2024-03-30 10:00:00 UTC\n"),
	}
	for i, form := range forms(t, files) {
		label := []string{"renamed", "Basic_LinkedInDataExport_04-05-2024.zip"}[i]
		x, err := Read(form, label)
		if err != nil {
			t.Fatal(err)
		}
		if !x.Date.Equal(d(2024, 4, 1)) || x.DateFrom != "the newest message in messages.csv" {
			t.Errorf("%s: date %v from %q", label, x.Date, x.DateFrom)
		}
	}
	delete(files, "messages.csv")
	x, err := Read(forms(t, files)[0], "")
	if err != nil {
		t.Fatal(err)
	}
	if !x.Date.Equal(d(2024, 3, 3)) || x.DateFrom != "the newest connection in Connections.csv" {
		t.Errorf("date %v from %q", x.Date, x.DateFrom)
	}
}

// TestMessagesInParts checks that a messages.csv split in parts is summed
// up as one file: a conversation that runs on from one part into the next
// counts once, the owner is decided from all parts, and the rows of a
// conversation without the owner are skipped in the part that holds them,
// each part keeping its own Input.
func TestMessagesInParts(t *testing.T) {
	const header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
	row := func(conv, from, fromURL, to, toURL, date string) string {
		return conv + "," + from + "," + fromURL + "," + to + "," + toURL + "," + date + " 10:00:00 UTC\n"
	}
	me, ann, bo, cy := "https://www.linkedin.com/in/me", "https://www.linkedin.com/in/ann", "https://www.linkedin.com/in/bo", "https://www.linkedin.com/in/cy"
	files := map[string][]byte{
		"Connections.csv": connections(1),
		"messages.csv": []byte(header +
			row("c1", "Me Myself", me, "Ann Lee", ann, "2024-01-01") +
			row("c1", "Ann Lee", ann, "Me Myself", me, "2024-01-02")),
		"messages_1.csv": []byte(header +
			row("c1", "Me Myself", me, "Ann Lee", ann, "2024-01-03") +
			row("c2", "Bo Oh", bo, "Cy Ng", cy, "2024-01-04") +
			row("c2", "Cy Ng", cy, "Bo Oh", bo, "2024-01-05")),
	}
	for _, form := range forms(t, files) {
		x, err := Read(form, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, in := range x.Inputs {
			got = append(got, fmt.Sprintf("%s: %d rows, %d skipped", filepath.ToSlash(in.File), in.Rows, in.Skipped))
		}
		for _, in := range x.Interactions {
			got = append(got, fmt.Sprintf("%s: %d sent, %d received, %d conversations, %s to %s", in.Person.Name,
				in.Sent, in.Received, in.Conversations, in.FirstMessage.Format(time.DateOnly), in.LastMessage.Format(time.DateOnly)))
		}
		want := []string{
			"Connections.csv: 1 rows, 0 skipped",
			"messages.csv: 2 rows, 0 skipped",
			"messages_1.csv: 1 rows, 2 skipped",
			"Ann Lee: 2 sent, 1 received, 1 conversations, 2024-01-01 to 2024-01-03",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if x.Owner.URL != me {
			t.Errorf("owner %+v, want the one of %s", x.Owner, me)
		}
	}
}
