package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
)

// TestTieExport reads testdata/tie, the export of Jordan Avery that
// testdata/tie/README.md describes, end to end.
func TestTieExport(t *testing.T) {
	x, err := Read(osDirFS(t, "../../testdata/tie"), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := (analyze.Person{Name: "Jordan Avery", URL: "https://www.linkedin.com/in/jordan-avery-nw"}); x.Owner != want {
		t.Errorf("Owner = %+v, want %+v", x.Owner, want)
	}
	wantInputs := []analyze.Input{
		{File: "Connections.csv", Rows: 29, Skipped: 3},
		{File: "Positions.csv", Rows: 7},
		{File: "Education.csv", Rows: 3},
		{File: "Profile.csv", Rows: 1},
		{File: "messages.csv", Rows: 81, Skipped: 5},
		{File: "Invitations.csv", Rows: 5},
		{File: "Endorsement_Received_Info.csv", Rows: 5, Skipped: 1},
		{File: "Endorsement_Given_Info.csv", Rows: 4},
		{File: "Recommendations_Received.csv", Rows: 2, Skipped: 1},
		{File: "Recommendations_Given.csv", Rows: 2},
	}
	if len(x.Inputs) != len(wantInputs) {
		t.Fatalf("inputs = %+v", x.Inputs)
	}
	for i := range wantInputs {
		if x.Inputs[i] != wantInputs[i] {
			t.Errorf("input %d = %+v, want %+v", i, x.Inputs[i], wantInputs[i])
		}
	}
	byFile := map[string][]analyze.Interaction{}
	for _, it := range x.Interactions {
		byFile[it.File] = append(byFile[it.File], it)
	}
	want := map[string][]string{
		"messages.csv": tieMessages,
		"Invitations.csv": {
			"Hana Kobayashi|https://www.linkedin.com/in/hana-kobayashi-pay|0/0 g0/0 c0 invited note",
			"Marcus Lee|https://www.linkedin.com/in/marcus-lee-talent|0/0 g0/0 c0 invited-by",
			"Daniel Park|https://www.linkedin.com/in/daniel-park-77e1f0|0/0 g0/0 c0 invited-by note",
			"Ethan Brooks|https://www.linkedin.com/in/ethanbrooks|0/0 g0/0 c0 invited note",
		},
		"Endorsement_Received_Info.csv": {
			"Priya 🚀 Raman|www.linkedin.com/in/priya-raman-eng|0/0 g0/0 c0 endorsed-user:3",
			"Tomás Rivera, PMP|www.linkedin.com/in/tomás-rivera-8812a5|0/0 g0/0 c0 endorsed-user:1",
			"Grace Nakamura|www.linkedin.com/in/grace-nakamura-swe|0/0 g0/0 c0 endorsed-user:1",
		},
		"Endorsement_Given_Info.csv": {
			"Tomás Rivera, PMP|www.linkedin.com/in/tom%C3%A1s-rivera-8812a5|0/0 g0/0 c0 endorsed-by-user:2",
			"Oliver Brandt|www.linkedin.com/in/oliver-brandt-dev|0/0 g0/0 c0 endorsed-by-user:1",
			"Priya 🚀 Raman|www.linkedin.com/in/priya-raman-eng|0/0 g0/0 c0 endorsed-by-user:1",
		},
		"Recommendations_Received.csv": {
			"Priya 🚀 Raman||0/0 g0/0 c0 recommended-user",
			"Tomás Rivera, PMP||0/0 g0/0 c0 recommended-user",
		},
		"Recommendations_Given.csv": {
			"Oliver Brandt||0/0 g0/0 c0 recommended-by-user",
			"Sakura Ito||0/0 g0/0 c0 recommended-by-user",
		},
	}
	for file, w := range want {
		t.Run(file, func(t *testing.T) { diffLines(t, briefs(byFile[file], file), w) })
	}
	if len(byFile) != len(want) {
		t.Errorf("interactions from %d files, want %d", len(byFile), len(want))
	}

	// Interactions come in the order of the files table.
	last := -1
	for _, it := range x.Interactions {
		i := fileIndex(it.File)
		if i < last {
			t.Errorf("%s after a later file", it.File)
		}
		last = i
	}

	// Every URL of the files joins a contact's percent-encoded one.
	contacts := map[string]bool{}
	for _, c := range x.Contacts {
		contacts[analyze.NormalizeURL(c.URL)] = true
	}
	for _, it := range x.Interactions {
		switch it.Person.Name {
		case "Hana Kobayashi", "Marcus Lee", "Sakura Ito":
			continue // not connections, or named only
		}
		if it.Person.URL != "" && !contacts[analyze.NormalizeURL(it.Person.URL)] {
			t.Errorf("%s: %s joins no contact", it.File, it.Person.URL)
		}
	}

	got := warnText(x.Warnings)
	wantWarns := []string{
		"Connections.csv: 3 rows had no name, hidden or deactivated members; skipped",
		"messages.csv: 2 drafts; skipped",
		"messages.csv: 1 sponsored message (InMail ad); skipped",
		"messages.csv: 1 message in the SPAM folder; skipped",
		`messages.csv: 1 message from a hidden member ("LinkedIn Member"); skipped`,
		"Endorsement_Received_Info.csv: 1 endorsement with status REJECTED; skipped",
		"Recommendations_Received.csv: 1 recommendation with status HIDDEN; skipped",
	}
	if strings.Join(got, "\n") != strings.Join(wantWarns, "\n") {
		t.Errorf("warnings:\n%s", strings.Join(got, "\n"))
	}
}

func fileIndex(name string) int {
	for i, f := range files {
		if strings.EqualFold(f.layout.name, name) {
			return i
		}
	}
	return -1
}

// TestOptionalFiles checks that the new files are optional and that a
// bad one is a warning: the connections still rank.
func TestOptionalFiles(t *testing.T) {
	cur := fixture(t, "current")
	tests := []struct {
		name  string
		files map[string]string
		warns []string
		owner analyze.Person
		n     int // interactions
	}{
		{
			name: "messages.csv without DATE",
			files: map[string]string{
				"messages.csv": "CONVERSATION ID,FROM,TO,CONTENT\nc1,Ann,Me,secret text\n",
			},
			warns: []string{`messages.csv:1: header has no "DATE" column; messages not used`},
		},
		{
			name:  "messages.csv of another kind",
			files: map[string]string{"MESSAGES.CSV": "a,b\n1,2\n"},
			warns: []string{"MESSAGES.CSV:1: no header row found; messages not used"},
		},
		{
			name:  "empty Invitations.csv",
			files: map[string]string{"Invitations.csv": ""},
			warns: []string{"Invitations.csv: file is empty; invitations not used"},
		},
		{
			name: "coach and guide messages are not the history",
			files: map[string]string{
				"coach_messages.csv":              msgHeader + "c1,,Coach,,Me,,2024-01-01 10:00:00 UTC,,hi,,,No\n",
				"guide_messages.csv":              msgHeader + "c1,,Guide,,Me,,2024-01-01 10:00:00 UTC,,hi,,,No\n",
				"learning_coach_messages.csv":     msgHeader + "c1,,Coach,,Me,,2024-01-01 10:00:00 UTC,,hi,,,No\n",
				"learning_role_play_messages.csv": msgHeader + "c1,,Coach,,Me,,2024-01-01 10:00:00 UTC,,hi,,,No\n",
			},
		},
		{
			name: "2018 Messages.csv and Profile.csv",
			files: map[string]string{
				"Messages.csv": "From,To,Date,Subject,Content,Direction,Folder\nAnn Lee,Jo Ng,\"10/16/18, 8:36 AM\",,hi,INCOMING,INBOX\n",
				"profile.csv":  "First Name,Last Name,Maiden Name,Address,Birth Date,Headline\nJo,Ng,,,,Engineer\n",
			},
			owner: analyze.Person{Name: "Jo Ng"},
			n:     1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "Connections.csv"), cur["Connections.csv"])
			for name, body := range tt.files {
				write(t, filepath.Join(dir, name), []byte(body))
			}
			x, err := Read(os.DirFS(dir), "")
			if err != nil {
				t.Fatal(err)
			}
			if len(x.Contacts) != 29 || x.Owner != tt.owner || len(x.Interactions) != tt.n {
				t.Errorf("%d contacts, owner %+v, interactions %+v", len(x.Contacts), x.Owner, x.Interactions)
			}
			got := warnText(x.Warnings[1:]) // after the hidden members of Connections.csv
			if strings.Join(got, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings:\n got %q\nwant %q", got, tt.warns)
			}
		})
	}
}

func TestInvitationsEras(t *testing.T) {
	tests := []struct {
		name, csv string
		want      []string
		warns     []string
	}{
		{
			name: "before 2023: no URL columns",
			csv:  "From,To,Sent At,Message,Direction\nAnn Lee,Me,\"3/9/21, 1:00 PM\",,INCOMING\nMe,Bo Yang,\"3/9/21, 2:00 PM\",hello,OUTGOING\n",
			want: []string{"Ann Lee||0/0 g0/0 c0 invited-by", "Bo Yang||0/0 g0/0 c0 invited note"},
		},
		{
			name: "2023: URNs, not URLs",
			csv:  "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\nAnn Lee,Me,\"3/9/23, 1:00 PM\",,INCOMING,urn:li:member:1,urn:li:member:2\n",
			want: []string{"Ann Lee||0/0 g0/0 c0 invited-by"},
		},
		{
			name: "urn in a URL column, odd direction, no name",
			csv: "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" +
				"Ann Lee,Me,\"3/9/24, 1:00 PM\",,INCOMING,urn:li:member:1,\n" +
				"Ann Lee,Me,\"3/9/24, 1:00 PM\",,SIDEWAYS,,\n" +
				"Me,,\"3/9/24, 1:00 PM\",,OUTGOING,,\n",
			want:  []string{"Ann Lee||0/0 g0/0 c0 invited-by"},
			warns: []string{`i.csv:3: direction "SIDEWAYS" is neither INCOMING nor OUTGOING; invitation skipped`, "i.csv:4: no name; invitation skipped"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs, _, warns, err := ReadInvitations(strings.NewReader(tt.csv), "i.csv")
			if err != nil {
				t.Fatal(err)
			}
			diffLines(t, briefs(xs, "i.csv"), tt.want)
			if got := warnText(warns); strings.Join(got, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings: %q", got)
			}
		})
	}
}

func TestEndorsementsAndRecommendations(t *testing.T) {
	t.Run("endorsements before 2023: no URL column", func(t *testing.T) {
		xs, in, warns, err := ReadEndorsementsReceived(strings.NewReader(
			"Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n"+
				"2022/01/01 10:00:00 UTC,Go,Ann,Lee,ACCEPTED\n2022/01/01 10:00:00 UTC,SQL,ann,LEE,\n2022/01/02 10:00:00 UTC,Go,Bo,Yang,PENDING\n"), "e.csv")
		if err != nil {
			t.Fatal(err)
		}
		diffLines(t, briefs(xs, "e.csv"), []string{"Ann Lee||0/0 g0/0 c0 endorsed-user:2"})
		if in.Rows != 2 || in.Skipped != 1 || len(warns) != 1 || warns[0].Msg != "1 endorsement with status PENDING; skipped" {
			t.Errorf("input %+v, warnings %v", in, warns)
		}
	})
	t.Run("endorsements given, name-only rows join the URL ones", func(t *testing.T) {
		xs, _, _, err := ReadEndorsementsGiven(strings.NewReader(
			"Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n"+
				"2024/01/01 10:00:00 UTC,Go,Ann,Lee,,ACCEPTED\n2024/01/01 10:00:00 UTC,SQL,Ann,Lee,www.linkedin.com/in/ann,ACCEPTED\n"), "g.csv")
		if err != nil {
			t.Fatal(err)
		}
		diffLines(t, briefs(xs, "g.csv"), []string{"Ann Lee|www.linkedin.com/in/ann|0/0 g0/0 c0 endorsed-by-user:2"})
	})
	t.Run("recommendations: text never read, hidden and pending skipped", func(t *testing.T) {
		xs, in, warns, err := ReadRecommendationsGiven(strings.NewReader(
			"First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"+
				"Ann,Lee,Acme,CTO,\"secret, words\",\"04/28/07, 07:28 AM\",VISIBLE\n"+
				"Bo,Yang,Acme,CFO,secret,\"04/28/07, 07:28 AM\",HIDDEN\n"+
				"Cy,Oh,Acme,CEO,secret,\"04/28/07, 07:28 AM\",PENDING\n"+
				",,Acme,CEO,secret,\"04/28/07, 07:28 AM\",VISIBLE\n"), "r.csv")
		if err != nil {
			t.Fatal(err)
		}
		diffLines(t, briefs(xs, "r.csv"), []string{"Ann Lee||0/0 g0/0 c0 recommended-by-user"})
		if in.Rows != 1 || in.Skipped != 3 || len(warns) != 3 {
			t.Errorf("input %+v, warnings %v", in, warns)
		}
		for _, w := range warns {
			if strings.Contains(w.Msg, "secret") {
				t.Errorf("text in a warning: %v", w)
			}
		}
	})
	t.Run("profile", func(t *testing.T) {
		p, in, _, err := ReadProfile(strings.NewReader("\ufeffFirst Name,Last Name,Maiden Name,Headline\n Jo , Ng ,,Engineer\n"), "p.csv")
		if err != nil || p != (analyze.Person{Name: "Jo Ng"}) || in.Rows != 1 {
			t.Errorf("ReadProfile = %+v, %+v, %v", p, in, err)
		}
	})
}
