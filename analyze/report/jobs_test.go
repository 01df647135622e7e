package report

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
)

// jobSearchResult is sampleResult with the user's own job search: two
// applications at Stripe (one old), a saved job at Datadog with a link
// that must not be linked, a followed company and tracking.
func jobSearchResult() *analyze.Result {
	r := sampleResult()
	r.TargetsFrom = "1 company you applied to, 1 company with saved jobs"
	r.Followed = []string{"Figma"}
	r.Tracking = true
	stripe := r.Referrals[:3]
	r.Jobs = []analyze.JobReferrers{
		{Target: "Stripe", Role: analyze.Software, Count: 10, Referrers: stripe[:3], Posting: analyze.Posting{
			Kind: analyze.Applied, Company: "Stripe", Title: "Backend Engineer, Payments",
			URL: "http://www.linkedin.com/jobs/view/4180272490", Date: day(2025, 2, 20)}},
		{Target: "Datadog", Team: "Platform", Count: 10, Referrers: r.Referrals[10:11], Posting: analyze.Posting{
			Kind: analyze.Saved, Company: "Datadog", Title: "SRE, Platform", URL: "javascript:alert(1)", Date: day(2025, 2, 10)}},
		{Target: "Stripe", Count: 10, Posting: analyze.Posting{
			Kind: analyze.Applied, Company: "Stripe", Title: "Staff Engineer", URL: "https://stripe.example.com/jobs/9", Date: day(2025, 1, 2)}},
	}
	return r
}

func TestWriteXLSXJobs(t *testing.T) {
	r := jobSearchResult()
	f := openXLSX(t, r)
	if list := f.GetSheetList(); !slices.Contains(list, SheetJobs) {
		t.Fatalf("no %s sheet in %q", SheetJobs, list)
	}
	rows, err := f.GetRows(SheetJobs)
	if err != nil {
		t.Fatal(err)
	}
	head := []string{"Company", "Job", "Kind", "Date", "Days Ago", "Check", "Referrer 1", "Referrer 2", "Referrer 3", "Referrers"}
	if !slices.Equal(rows[0], head) {
		t.Fatalf("header %q, want %q", rows[0], head)
	}
	if got := rows[1]; got[0] != "Stripe" || got[1] != "Backend Engineer, Payments" || got[2] != "applied" || got[3] != "2025-02-20" ||
		got[4] != "9" || got[5] != "" || got[6] != r.Referrals[0].Contact.Name() || got[9] != "10" {
		t.Errorf("first job %q", got)
	}
	if got := rows[3]; got[4] != "58" || got[5] != "applied 58 days ago: check the posting is still open before asking" {
		t.Errorf("old application %q, want a check", got)
	}
	links := map[string]string{"B2": "https://www.linkedin.com/jobs/view/4180272490", "B3": "", "B4": "https://stripe.example.com/jobs/9"}
	for c, want := range links {
		formula, _ := f.GetCellFormula(SheetJobs, c)
		if want == "" && formula != "" || want != "" && !strings.Contains(formula, `"`+want+`"`) {
			t.Errorf("%s: formula %q, want a link to %q", c, formula, want)
		}
	}
}

func TestWriteXLSXSummaryJobSearch(t *testing.T) {
	r := jobSearchResult()
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, row := range rows {
		text = append(text, strings.Join(row, " | "))
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{
		"What to do next",
		// Ana was asked on 2025-02-24, 5 days before the export, and her
		// Follow Up date (2025-03-03) has not come: no follow-up yet.
		"Thank " + r.Referrals[11].Contact.Name() + " (Datadog, SRE, Platform): they referred you: thank them and keep them updated",
		"Targets from your export: 1 company you applied to, 1 company with saved jobs.",
		"Followed, not yet a target: Figma.",
		"Applications to check before asking",
		"Stripe, Staff Engineer: applied 58 days ago: check the posting is still open before asking",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Summary lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "Follow up with Ana") {
		t.Errorf("Ana was asked 5 days ago, under the 7 days of a follow-up:\n%s", all)
	}
	// The table's header moved down; the chart still reads the table.
	top := slices.IndexFunc(rows, func(row []string) bool { return len(row) > 1 && row[0] == "Target" && row[1] == "Contacts" })
	if top < 0 {
		t.Fatal("no table header on Summary")
	}
	if v, _ := f.GetCellValue(SheetSummary, cellName(1, top+2)); v != "Stripe" {
		t.Errorf("first target row %q", v)
	}
}

func TestTodo(t *testing.T) {
	r := sampleResult()
	r.Tracking = true
	tests := []struct {
		name string
		note analyze.Note
		want string // what, or "" for no task
	}{
		{"asked a week ago", analyze.Note{Status: "asked", AskedOn: "2025-02-22"}, "Follow up with"},
		{"asked yesterday", analyze.Note{Status: "asked", AskedOn: "2025-02-28"}, ""},
		{"follow-up date today", analyze.Note{Status: "to ask", FollowUp: "2025-03-01"}, "Follow up with"},
		{"follow-up date to come", analyze.Note{Status: "asked", AskedOn: "2025-02-28", FollowUp: "2025-03-05"}, ""},
		{"referred", analyze.Note{Status: "Referred"}, "Thank"},
		{"thanked", analyze.Note{Status: "thanked", FollowUp: "2025-02-01"}, ""},
		{"declined", analyze.Note{Status: "declined", AskedOn: "2025-01-01"}, ""},
		{"nothing", analyze.Note{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := *r
			r.Referrals = []analyze.Referral{r.Referrals[0]}
			r.Referrals[0].Note = tt.note
			tasks := todo(&r)
			got := ""
			if len(tasks) > 0 {
				got = tasks[0].what
			}
			if got != tt.want {
				t.Errorf("task %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteXLSXChanges(t *testing.T) {
	r := sampleResult()
	r.PreviousDate = day(2024, 6, 1)
	ana, bo, lena := r.Referrals[0].Contact, r.Referrals[1].Contact, r.Referrals[6].Contact
	r.Changes = []analyze.Change{
		{Kind: analyze.Joined, Target: "Stripe", Contact: ana, From: "Contoso"},
		{Kind: analyze.NewConnection, Target: "Stripe", Contact: bo},
		{Kind: analyze.Left, Target: "Datadog", Contact: lena, To: lena.Company},
	}
	f := openXLSX(t, r)
	rows, err := f.GetRows(SheetChanges)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || rows[0][0] != "What changed at your targets since your export of 2024-06-01: 1 joined a target, 1 new connection there, 1 left one" {
		t.Fatalf("Changes rows %q", rows)
	}
	if got := rows[4]; got[0] != "Stripe" || got[1] != "joined" || got[2] != ana.Name() || got[5] != "Contoso" {
		t.Errorf("joined row %q", got)
	}
	sum, _ := f.GetRows(SheetSummary)
	var all []string
	for _, row := range sum {
		all = append(all, strings.Join(row, " | "))
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"Since your export of 2024-06-01", ana.Name() + " joined Stripe (from Contoso): a likely eager referrer"} {
		if !strings.Contains(text, want) {
			t.Errorf("Summary lacks %q:\n%s", want, text)
		}
	}
	// One export: no Changes sheet.
	r.PreviousDate, r.Changes = time.Time{}, nil
	if slices.Contains(openXLSX(t, r).GetSheetList(), SheetChanges) {
		t.Error("a Changes sheet without a previous export")
	}
}
