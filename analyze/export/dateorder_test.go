package export

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestDateOrder checks that each file's numeric dates are read in the
// order its own dates settle, and that one warning says which was
// assumed when none does.
func TestDateOrder(t *testing.T) {
	const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
	row := func(i int, date string) string {
		return "Ada,Lovelace" + strconv.Itoa(i) + ",,,Contoso,Engineer," + date + "\n"
	}
	tests := []struct {
		name  string
		dates []string
		want  []time.Time
		warn  string
	}{
		{"dotted, settled by a later day over 12", []string{"03.04.2021", "16.09.2021"}, []time.Time{d(2021, 4, 3), d(2021, 9, 16)}, ""},
		{"slashed day first", []string{"03/04/2021", "02/03/2021", "16/09/2021"}, []time.Time{d(2021, 4, 3), d(2021, 3, 2), d(2021, 9, 16)}, ""},
		{"slashed month first", []string{"03/04/2021", "09/16/2021"}, []time.Time{d(2021, 3, 4), d(2021, 9, 16)}, ""},
		{"2018 form, settled", []string{`"1/8/18, 6:14 PM"`, `"12/24/17, 9:01 AM"`}, []time.Time{d(2018, 1, 8), d(2017, 12, 24)}, ""},
		{"ISO and a same day either way", []string{"2021-09-16", "05.05.2021"}, []time.Time{d(2021, 9, 16), d(2021, 5, 5)}, ""},
		{"dashes, day first", []string{"3-4-2021", "30-4-2021"}, []time.Time{d(2021, 4, 3), d(2021, 4, 30)}, ""},
		{"slashed, nothing settles", []string{"03/04/2021", "05/06/2021"}, []time.Time{d(2021, 3, 4), d(2021, 5, 6)},
			`c.csv: no date in the file says whether its dates are day or month first (such as "03/04/2021"); read month first, as LinkedIn writes them`},
		{"dotted, nothing settles", []string{"03.04.21", "05.06.21"}, []time.Time{d(2021, 4, 3), d(2021, 6, 5)},
			`c.csv: no date in the file says whether its dates are day or month first (such as "03.04.21"); read day first, as dotted dates are`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := header
			for i, date := range tt.dates {
				in += row(i, date)
			}
			cs, _, warns, err := ReadConnections(strings.NewReader(in), "c.csv")
			if err != nil {
				t.Fatal(err)
			}
			var got []time.Time
			for _, c := range cs {
				got = append(got, c.ConnectedOn)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("dates %v, want %v", got, tt.want)
			}
			var ws []string
			for _, w := range warns {
				ws = append(ws, w.String())
			}
			if want := []string{tt.warn}; tt.warn == "" && len(ws) > 0 || tt.warn != "" && !reflect.DeepEqual(ws, want) {
				t.Errorf("warnings %q, want %q", ws, tt.warn)
			}
		})
	}
}

// TestEuropeanResave checks that an export whose files Excel re-saved in
// a European locale (semicolons, day-first dates, a padded preamble) or
// as tab-separated text reads as the original does.
func TestEuropeanResave(t *testing.T) {
	original := fstest.MapFS{
		"Connections.csv": {Data: []byte("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Ada,Lovelace,https://www.linkedin.com/in/ada,,\"Contoso, Inc.\",Engineer,03 Apr 2021\n" +
			"Alan,Turing,https://www.linkedin.com/in/alan,,Northwind,Analyst,16 Sep 2021\n")},
		"Positions.csv": {Data: []byte("Company Name,Title,Description,Location,Started On,Finished On\nContoso,Engineer,,,Jul 2019,Feb 2022\n")},
		"messages.csv": {Data: []byte("CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n" +
			"1,Ada Lovelace,https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,2021-04-03 10:00:00 UTC,hi; there\n" +
			"1,Me,https://www.linkedin.com/in/me,Ada Lovelace,https://www.linkedin.com/in/ada,2021-09-16 18:24:00 UTC,hello\n")},
	}
	european := fstest.MapFS{
		"Connections.csv": {Data: []byte("\ufeffNotes:;;;;;;\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\";;;;;;\r\n;;;;;;\r\n" +
			"First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n" +
			"Ada;Lovelace;https://www.linkedin.com/in/ada;;Contoso, Inc.;Engineer;03.04.2021\r\n" +
			"Alan;Turing;https://www.linkedin.com/in/alan;;Northwind;Analyst;16.09.2021\r\n")},
		"Positions.csv": {Data: []byte("Company Name\tTitle\tDescription\tLocation\tStarted On\tFinished On\nContoso\tEngineer\t\t\tJul 2019\tFeb 2022\n")},
		"messages.csv": {Data: []byte("CONVERSATION ID;FROM;SENDER PROFILE URL;TO;RECIPIENT PROFILE URLS;DATE;CONTENT\n" +
			"1;Ada Lovelace;https://www.linkedin.com/in/ada;Me;https://www.linkedin.com/in/me;03/04/2021 10:00;\"hi; there\"\n" +
			"1;Me;https://www.linkedin.com/in/me;Ada Lovelace;https://www.linkedin.com/in/ada;16/09/2021 18:24;hello\n")},
	}
	want, err := Read(original, "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read(european, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Warnings) > 0 {
		t.Errorf("warnings: %v", got.Warnings)
	}
	for i := range want.Contacts {
		want.Contacts[i].Source = ""
		got.Contacts[i].Source = ""
	}
	if !reflect.DeepEqual(got.Contacts, want.Contacts) || !reflect.DeepEqual(got.Jobs, want.Jobs) || !reflect.DeepEqual(got.Interactions, want.Interactions) || got.Date != want.Date {
		t.Errorf("the re-save reads\n%+v\nthe original\n%+v", got, want)
	}
}
