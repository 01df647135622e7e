package report

import (
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
)

// TestAskAndGaps checks that the Summary's Ask counts only referrers
// worth asking now, and that a target with only strangers says so and
// names the introducer its draft names.
func TestAskAndGaps(t *testing.T) {
	ref := func(target, first string, tier analyze.Tier, score float64) analyze.Referral {
		return analyze.Referral{Target: target, Score: score, Member: analyze.Member{
			Contact: analyze.Contact{FirstName: first, LastName: "Doe", URL: "https://www.linkedin.com/in/" + first}, Tie: tier}}
	}
	r := &analyze.Result{
		Referrals: []analyze.Referral{
			ref("Contoso", "Ana", analyze.Close, 64), ref("Contoso", "Bo", analyze.NoTie, 18), ref("Contoso", "Cy", analyze.NoTie, 17),
			ref("Litware", "Dan", analyze.NoTie, 19), ref("Litware", "Eve", analyze.NoTie, 12),
			ref("Fabrikam", "Fay", analyze.NoTie, 15),
			ref("Tailspin", "Gus", analyze.Known, 44), ref("Tailspin", "Hal", analyze.Acquainted, 30), ref("Tailspin", "Ida", analyze.Acquainted, 28), ref("Tailspin", "Jo", analyze.Acquainted, 20),
		},
	}
	r.Drafts = []analyze.Draft{
		{Target: "Contoso", Contact: r.Referrals[0].Contact, Kind: "direct"},
		{Target: "Litware", Contact: r.Referrals[3].Contact, Kind: "introduction", Via: "Kim Lee"},
		{Target: "Fabrikam", Contact: r.Referrals[5].Contact, Kind: "introduction"},
	}
	tests := []struct {
		target string
		ask    int
		gap    string
	}{
		{"Contoso", 1, ""}, // one close friend: the strangers want an introduction first
		{"Litware", 0, "only strangers at Litware: ask Kim Lee to introduce you to Dan Doe first"},
		{"Fabrikam", 0, "only strangers at Fabrikam: find someone to introduce you"},
		{"Tailspin", 2, "no close contact at Tailspin; no strong referrer"},
	}
	var targets []string
	for _, tt := range tests {
		targets = append(targets, tt.target)
	}
	for i, s := range stats(r, targets) {
		tt := tests[i]
		if got := s.ask(); got != tt.ask {
			t.Errorf("%s: ask %d, want %d", tt.target, got, tt.ask)
		}
		if got := s.gaps(); tt.gap == "" && got != "" || !strings.Contains(got, tt.gap) {
			t.Errorf("%s: gaps %q, want %q", tt.target, got, tt.gap)
		}
	}
}
