package outreach

import (
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
)

// TestPostings checks that drafts name the posting of the user's own job
// search the referrer is best for, with its link and day, and that an old
// application gets a note to check the posting first.
func TestPostings(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	r := sample()
	r.ExportDate = day(time.November, 20)
	ana, bo := r.Referrals[0], r.Referrals[1]
	r.Jobs = []analyze.JobReferrers{
		{Target: "Contoso", Posting: analyze.Posting{Kind: analyze.Applied, Company: "Contoso", Title: "Software Engineer II, Payments",
			URL: "http://www.linkedin.com/jobs/view/111", Date: day(time.November, 3)}, Referrers: []analyze.Referral{ana}},
		{Target: "Contoso", Posting: analyze.Posting{Kind: analyze.Applied, Company: "Contoso", Title: "Senior Engineer, Search",
			URL: "https://www.linkedin.com/jobs/view/222", Date: day(time.October, 10)}, Referrers: []analyze.Referral{bo}},
	}
	drafts, err := Draft(r, options())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, first, message, check string
	}{
		{"the posting the referrer is best for", "Ana",
			"I applied for Software Engineer II, Payments (https://www.linkedin.com/jobs/view/111) at Contoso on 3 Nov", ""},
		{"an old application", "Bo",
			"I applied for Senior Engineer, Search (https://www.linkedin.com/jobs/view/222) at Contoso on 10 Oct",
			"applied 41 days ago: check the posting is still open before asking"},
		{"not among any job's best: the newest", "Cara",
			"I applied for Software Engineer II, Payments (https://www.linkedin.com/jobs/view/111) at Contoso on 3 Nov", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := draftFor(t, drafts, tt.first)
			if !strings.Contains(d.Message, tt.message) {
				t.Errorf("message does not say %q:\n%s", tt.message, d.Message)
			}
			if d.Check != tt.check {
				t.Errorf("check %q, want %q", d.Check, tt.check)
			}
		})
	}
	if d := draftFor(t, drafts, "Finn"); strings.Contains(d.Message, "I applied") || d.Check != "" {
		t.Errorf("a target without postings got a posting: %q, %q", d.Message, d.Check)
	}
}
